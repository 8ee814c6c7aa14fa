"""The code tree's counts after an action: added up from the CommandRecord, equal to a recount."""

from __future__ import annotations

import random

from qda_app.gui import refresh
from qda_app.services import coding, gui_queries
from qda_app.store.codes import counted_code_counts
from tests.gui.sample import TRANSCRIPT

PATHS = [
    "Centralismo",
    "Centralismo::Recorte presupuestal",
    "Centralismo::Dependencia del ministerio",
    "Cultura política",
    "Cultura política::Paternalismo",
]


def _shown_counts(window) -> dict[int, tuple[int, int]]:
    return {code_id: (item.counts.groundedness, item.counts.own_groundedness) if item.counts else (0, 0)
            for code_id, item in window.code_tree.source.by_id.items()}


def _recounted(window) -> dict[int, tuple[int, int]]:
    return {code_id: (counts.groundedness, counts.own_groundedness)
            for code_id, counts in counted_code_counts(window.project.database).items()}


def _random_action(window, rng: random.Random) -> str:
    project = window.project
    marks = gui_queries.document_marks(project, document=1)
    coded = [mark for mark in marks if mark.codings]
    choice = rng.random()
    if choice < 0.15 and window.undo_stack.canUndo():
        window.undo_stack.undo()
        return "undo"
    if choice < 0.25 and window.undo_stack.canRedo():
        window.undo_stack.redo()
        return "redo"
    if choice < 0.45 and coded:
        mark = rng.choice(coded)
        paths = {code.id: code.path for code in window.codes_by_id.values()}
        coding.uncode_quotation(project, quotation=mark.id, code=paths[rng.choice(mark.code_ids)])
        return "uncode"
    if choice < 0.55 and marks:
        coding.delete_quotation(project, quotation=rng.choice(marks).id)
        return "delete"
    codes = rng.sample(PATHS, rng.choice((1, 1, 2, 3)))
    coder = rng.choice((None, None, "beto"))
    if choice < 0.7 and marks:
        coding.code_quotation(project, quotation=rng.choice(marks).id, codes=codes, coder=coder)
        return "code quotation"
    start = rng.randrange(0, len(TRANSCRIPT) - 40)
    # Few distinct spans, so identical spans are reused and codings pile up on one quotation.
    start -= start % 60
    coding.code_span(project, document=1, start=start, end=start + rng.choice((12, 30)), codes=codes, coder=coder)
    return "code span"


def test_counts_added_up_equal_a_full_recount(window):
    rng = random.Random(5)
    assert _shown_counts(window) == _recounted(window)
    for step in range(120):
        done = _random_action(window, rng)
        # No event-loop pass in between: the figures must be right at once, without a recount.
        assert window not in refresh._COUNTS_PENDING, (step, done)
        assert _shown_counts(window) == _recounted(window), (step, done)


def test_large_actions_fall_back_to_a_recount(window, qtbot, monkeypatch):
    monkeypatch.setattr(gui_queries, "COUNT_LIMIT", 1)
    spans = [(1, start, start + 10) for start in (0, 40, 80)]
    gui_queries.code_spans(window.project, spans=spans, codes=["Cultura política::Paternalismo"])
    assert window in refresh._COUNTS_PENDING
    qtbot.waitUntil(lambda: window not in refresh._COUNTS_PENDING)
    assert _shown_counts(window) == _recounted(window)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window not in refresh._COUNTS_PENDING)
    assert _shown_counts(window) == _recounted(window)


def test_only_the_touched_codes_and_their_ancestors_change(window):
    before = _shown_counts(window)
    ids = {code.path: code.id for code in window.codes_by_id.values()}
    start = TRANSCRIPT.index("Entrevistador")
    coding.code_span(window.project, document=1, start=start, end=start + 13,
                     codes=["Cultura política::Paternalismo"])
    after = _shown_counts(window)
    changed = {code_id for code_id in after if after[code_id] != before[code_id]}
    assert changed == {ids["Cultura política::Paternalismo"], ids["Cultura política"]}
    assert after[ids["Cultura política"]][0] == before[ids["Cultura política"]][0] + 1
    assert after[ids["Cultura política"]][1] == before[ids["Cultura política"]][1]
