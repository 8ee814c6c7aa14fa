from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from qda_app.core.replace import replace_names
from qda_app.services import coding, documents
from qda_app.services.commands import History
from qda_app.services.pseudonymise import pseudonymise
from tests.conftest import snapshot


def test_names_replaced_everywhere_and_quotations_keep_their_words(project):
    text = "Juan Pérez dijo que Juan Pérez viajó a Lima. Luego habló Ana con Juan Pérez en Ilave."
    documents.add_text_document(project, name="E01", text=text)
    lima = coding.code_span(project, document=1, start=text.index("viajó"), end=text.index("Lima") + 4, codes=["Viajes"])
    whole = coding.code_span(project, document=1, start=0, end=len(text), codes=["Todo"])
    history = History(project)
    before = snapshot(project)
    summary = pseudonymise(project, replacements={"Juan Pérez": "E01", "Ilave": "[distrito]"})
    assert summary.replacements == 4 and summary.documents_changed == 1
    new_text = documents.document_text(project, 1)
    assert "Juan" not in new_text and "Ilave" not in new_text
    quotes = {q.quotation_id: q for q in coding.list_quotations(project)}
    assert quotes[lima.quotation_id].text == "viajó a Lima"
    assert quotes[whole.quotation_id].text == new_text
    history.undo()
    assert snapshot(project) == before


alphabet = st.sampled_from(list("ab XY.") + ["ñ", "😀"])


@settings(max_examples=200, deadline=None)  # no wall-clock limit: a loaded machine is slow, not wrong
@given(st.text(alphabet, max_size=40), st.data())
def test_mapped_ranges_stay_inside_the_new_text_and_in_order(text, data):
    result = replace_names(text, {"XY": "Nombre", "ab": "z"}, whole_words=False)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            new_start, new_end = result.map_start(start), result.map_end(end)
            assert 0 <= new_start <= new_end <= len(result.text)
    # untouched text between replacements is carried over character for character
    assert result.text.replace("Nombre", "XY").replace("z", "ab") == text
