from __future__ import annotations

import pytest

from qda_app.core.errors import CodeNotFound, CoderNotFound, DocumentNotFound, InvalidRange, DuplicateName, InvalidMove
from qda_app.services import codes, coding
from tests.conftest import SAMPLE_TEXT, snapshot


def test_quotation_text_is_the_document_text_between_offsets(coded_project):
    for quotation in coding.list_quotations(coded_project):
        if quotation.document_number == 1:
            assert quotation.text == SAMPLE_TEXT[quotation.start : quotation.end]


def test_code_span_reuses_the_same_coders_quotation_only(coded_project):
    again = coding.code_span(coded_project, document=1, start=48, end=90, codes=["Región"])
    assert again.quotation_id == "1:1"
    assert set(again.codes) == {"Centralismo::Dependencia", "Región"}
    other = coding.code_span(coded_project, document=1, start=48, end=90, codes=["Región"], coder="Luis")
    assert other.quotation_id == "1:3"


def test_groundedness_counts_quotations_and_categories_include_subcategories(coded_project):
    counts = codes.code_counts(coded_project)
    by_path = {code.path: counts[code.id] for code in codes.list_codes(coded_project)}
    assert by_path["Centralismo::Dependencia"].groundedness == 1
    assert by_path["Centralismo"].groundedness == 2
    assert by_path["Centralismo"].own_groundedness == 0
    only_luis = codes.code_counts(coded_project, coders=["Luis"])
    assert {code.path: only_luis[code.id].groundedness for code in codes.list_codes(coded_project)}["Centralismo"] == 1


def test_density_counts_links_to_other_codes(coded_project):
    codes.relate_codes(coded_project, source="Región", target="Centralismo::Viajes")
    codes.relate_codes(coded_project, source="Región", target="Centralismo::Dependencia", name="contradicts")
    counts = codes.code_counts(coded_project)
    by_path = {code.path: counts[code.id].density for code in codes.list_codes(coded_project)}
    assert by_path["Región"] == 2 and by_path["Centralismo::Viajes"] == 1


@pytest.mark.parametrize(
    "kwargs,error",
    [
        ({"document": 9, "start": 0, "end": 1}, DocumentNotFound),
        ({"document": 1, "start": 5, "end": 5}, InvalidRange),
        ({"document": 1, "start": 10, "end": 2}, InvalidRange),
        ({"document": 1, "start": 0, "end": 10_000}, InvalidRange),
        ({"document": 1, "start": -1, "end": 3}, InvalidRange),
    ],
)
def test_bad_ranges_change_nothing(coded_project, kwargs, error):
    before = snapshot(coded_project)
    with pytest.raises(error):
        coding.code_span(coded_project, codes=["X"], **kwargs)
    assert snapshot(coded_project) == before


def test_filters_refuse_unknown_codes_and_coders(coded_project):
    with pytest.raises(CodeNotFound):
        coding.list_quotations(coded_project, codes=["Nope"])
    with pytest.raises(CoderNotFound):
        coding.list_quotations(coded_project, coders=["Nobody"])
    assert [q.quotation_id for q in coding.list_quotations(coded_project, coders=["Luis"])] == ["1:2"]
    assert len(coding.list_quotations(coded_project, codes=["Centralismo"], with_subcodes=True)) == 2


def test_code_tree_moves_refuse_cycles_and_name_clashes(coded_project):
    with pytest.raises(InvalidMove):
        codes.move_code(coded_project, path="Centralismo", new_parent="Centralismo::Viajes")
    codes.create_code(coded_project, path="Recentralización::Viajes")
    with pytest.raises(DuplicateName):
        codes.move_code(coded_project, path="Recentralización::Viajes", new_parent="Centralismo")
    with pytest.raises(DuplicateName):
        codes.rename_code(coded_project, path="Centralismo::Viajes", new_name="dependencia")


def test_merge_moves_codings_without_duplicates(coded_project):
    coding.code_span(coded_project, document=1, start=60, end=120, codes=["Centralismo::Dependencia"], coder="Luis")
    codes.merge_codes(coded_project, source="Centralismo::Viajes", target="Centralismo::Dependencia")
    quotation = [q for q in coding.list_quotations(coded_project) if q.quotation_id == "1:2"][0]
    assert quotation.codes.count("Centralismo::Dependencia") == 1
    with pytest.raises(CodeNotFound):
        coding.list_quotations(coded_project, codes=["Centralismo::Viajes"])


def test_delete_code_reports_codings_removed(coded_project):
    assert codes.codings_below(coded_project, path="Centralismo") == 2
    assert codes.delete_code(coded_project, path="Centralismo") == 2
    assert [c.path for c in codes.list_codes(coded_project)] == ["Región", "Recentralización", "Recentralización::Recorte"]


def test_new_quotation_returned_by_code_span_equals_it_read_back(coded_project):
    made = coding.code_span(coded_project, document=1, start=3, end=40, codes=["Región", "Nuevo::Hijo", "Región"],
                            comment="primera lectura")
    read_back = coding.list_quotations(coded_project, documents=[1])
    assert made in read_back
    assert made.codes == ("Región", "Nuevo::Hijo") and made.coders == ("Ana",)
    assert made.text == SAMPLE_TEXT[3:40]


def test_code_paths_follow_renames_moves_and_undo(coded_project):
    from qda_app.services.commands import History

    history = History(coded_project)
    first = coding.code_span(coded_project, document=1, start=0, end=10, codes=["Centralismo::Viajes"])
    codes.rename_code(coded_project, path="Centralismo::Viajes", new_name="Traslados")
    renamed = coding.code_span(coded_project, document=1, start=11, end=20, codes=["Centralismo::Traslados"])
    assert renamed.codes == ("Centralismo::Traslados",)
    # The old path names no code any more: coding with it makes a new one, not the renamed one.
    again = coding.code_span(coded_project, document=1, start=21, end=30, codes=["Centralismo::Viajes"])
    paths = {code.path: code.id for code in codes.list_codes(coded_project)}
    assert again.codes == ("Centralismo::Viajes",)
    assert paths["Centralismo::Viajes"] != paths["Centralismo::Traslados"]
    history.undo()  # the new "Viajes" and its quotation
    history.undo()  # the quotation coded "Traslados"
    history.undo()  # the rename
    restored = coding.code_span(coded_project, document=1, start=31, end=40, codes=["Centralismo::Viajes"])
    assert restored.codes == ("Centralismo::Viajes",)
    assert {c.path for c in codes.list_codes(coded_project)} >= {"Centralismo::Viajes"}
    assert "Centralismo::Traslados" not in {c.path for c in codes.list_codes(coded_project)}
    assert first.codes == restored.codes


def test_a_failed_action_leaves_no_cached_code_behind(coded_project):
    def create_then_fail():
        codes.ensure_code_path(coded_project, "Efímero::Hijo")
        codes.ensure_code_path(coded_project, "Efímero::Hijo")  # found, and kept, after it was made
        raise RuntimeError("the action fails after creating the code")

    with pytest.raises(RuntimeError):
        coded_project.execute("Failing action", create_then_fail)
    assert "Efímero::Hijo" not in {code.path for code in codes.list_codes(coded_project)}
    made = coding.code_span(coded_project, document=1, start=0, end=10, codes=["Efímero::Hijo"])
    assert made.codes == ("Efímero::Hijo",)
    assert "Efímero::Hijo" in {code.path for code in codes.list_codes(coded_project)}


def test_document_text_kept_for_coding_follows_a_renumbered_document(coded_project):
    from qda_app.services import documents

    coding.code_span(coded_project, document=2, start=0, end=5, codes=["Región"])
    documents.delete_document(coded_project, number=2)
    with pytest.raises(DocumentNotFound):
        coding.code_span(coded_project, document=2, start=0, end=5, codes=["Región"])
    documents.add_text_document(coded_project, name="E03", text="Otro texto distinto del segundo.")
    number = max(d.number for d in documents.list_documents(coded_project))
    made = coding.code_span(coded_project, document=number, start=0, end=10, codes=["Región"])
    assert made.text == "Otro texto"
