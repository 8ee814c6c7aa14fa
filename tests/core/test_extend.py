from qda_app.core.extend import extend_span, extend_spans

TEXT = (
    "Entrevista E01\n\n"
    "Alcalde: Todo pasa por Lima. Si el ministerio no pone el presupuesto, la obra no sale.\n"
    "Y eso se repite cada año.\n\n"
    "Entrevistador: ¿Y el resto?\n\n"
    "Alcalde: La torta se reparte en Lima.\n"
)


def _span(word: str, occurrence: int = 0) -> tuple[int, int]:
    position = -1
    for _ in range(occurrence + 1):
        position = TEXT.index(word, position + 1)
    return position, position + len(word)


def test_word_sentence_paragraph():
    start, end = _span("inister")
    assert TEXT[slice(*extend_span(TEXT, start, end, "word"))] == "ministerio"
    assert TEXT[slice(*extend_span(TEXT, start, end, "sentence"))] == \
        "Si el ministerio no pone el presupuesto, la obra no sale."
    assert TEXT[slice(*extend_span(TEXT, start, end, "paragraph"))].startswith("Alcalde: Todo")
    assert TEXT[slice(*extend_span(TEXT, start, end, "paragraph"))].endswith("no sale.")


def test_speaker_turn_runs_to_the_next_speaker():
    start, end = _span("Lima")
    turn = TEXT[slice(*extend_span(TEXT, start, end, "turn"))]
    assert turn.startswith("Alcalde: Todo") and turn.endswith("cada año.")
    start, end = _span("Lima", 1)
    assert TEXT[slice(*extend_span(TEXT, start, end, "turn"))] == "Alcalde: La torta se reparte en Lima."


def test_hits_in_one_turn_become_one_span_and_text_before_speakers_its_paragraph():
    hits = [_span("Lima"), _span("obra"), _span("Lima", 1)]
    assert len(extend_spans(TEXT, hits, "turn")) == 2
    start, end = _span("E01")
    assert TEXT[slice(*extend_span(TEXT, start, end, "turn"))] == "Entrevista E01"


def test_a_time_of_day_is_not_a_speaker():
    text = "Alcalde: primero.\n10:30 llegó el tren.\n"
    start = text.index("tren")
    assert text[slice(*extend_span(text, start, start + 4, "turn"))].startswith("Alcalde:")
