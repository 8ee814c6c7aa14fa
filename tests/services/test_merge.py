"""Merging coders' copies: nothing lost, idempotent, conflicts reported, undoable."""

from __future__ import annotations

import pytest

from qda_app.core.errors import MergeError
from qda_app.services import codes, coding, documents, memos
from qda_app.services.commands import History
from qda_app.services.documents import text_digest
from qda_app.services.merge import merge_project
from qda_app.services.project import Project
from qda_app.services.team import copy_for_coder
from qda_app.store import documents as document_store
from qda_app.store import quotations as quotation_store
from tests.conftest import snapshot


def _quotation_facts(project: Project) -> dict[str, tuple]:
    """Quotation GUID -> (document text digest, span, creator, comment, {(code, coder)})."""
    db = project.database
    digests = {doc.id: doc.text_sha256 for doc in document_store.list_documents(db)}
    paths = {code.id: code.path for code in codes.list_codes(project)}
    pairs: dict[int, set] = {}
    for item in quotation_store.list_codings(db):
        pairs.setdefault(item.quotation_id, set()).add((paths[item.code_id], item.coder, item.guid))
    return {
        q.guid: (digests[q.document_id], q.start, q.end, q.created_by, q.comment, frozenset(pairs.get(q.id, ())))
        for q in quotation_store.list_quotations(db)
    }


@pytest.fixture
def luis_copy(coded_project, tmp_path):
    """Luis's copy, in which he coded more, made a code, a memo and a new document."""
    target = tmp_path / "luis.qdaproj"
    copy_for_coder(coded_project, target=target, coder="Luis")
    with Project.open(target, coder="Luis") as copy:
        coding.code_span(copy, document=1, start=0, end=12, codes=["Centralismo::Viajes"], comment="pregunta")
        coding.code_span(copy, document=2, start=5, end=25, codes=["Nuevo::Código de Luis"])
        coding.code_quotation(copy, quotation="1:1", codes=["Región"])  # Luis codes Ana's quotation too
        documents.add_text_document(copy, name="E03", text="Tercera entrevista, solo en la copia.")
        coding.code_span(copy, document=3, start=0, end=8, codes=["Región"])
        memos.create_memo(copy, title="Nota de Luis", text="ver 1:3", target_type="quotation", target="1:3")
    return target


def test_merge_loses_nothing_and_keeps_coders_and_guids(coded_project, luis_copy):
    with Project.open(luis_copy, read_only=True) as copy:
        theirs = _quotation_facts(copy)
        their_memos = {memo.guid: (memo.title, memo.text) for memo in memos.list_memos(copy)}
    mine_before = _quotation_facts(coded_project)
    report = merge_project(coded_project, other=luis_copy)
    merged = _quotation_facts(coded_project)
    for guid, facts in theirs.items():
        assert guid in merged, f"quotation {guid} was dropped"
        digest, start, end, creator, comment, pairs = merged[guid]
        assert (digest, start, end, creator, comment) == facts[:5]
        assert facts[5] <= pairs  # every coding of the copy, with its coder and GUID
    for guid, facts in mine_before.items():
        assert merged[guid][:5] == facts[:5] and facts[5] <= merged[guid][5]
    assert {memo.guid: (memo.title, memo.text) for memo in memos.list_memos(coded_project)}.items() >= their_memos.items()
    assert "Nuevo::Código de Luis" in report.codes_added and "Nuevo" in report.codes_added
    assert report.documents_added == [(3, 3, "E03")]
    assert report.quotations_added == 3 and report.codings_added == 4


def test_merging_twice_changes_nothing(coded_project, luis_copy):
    merge_project(coded_project, other=luis_copy)
    once = snapshot(coded_project)
    again = merge_project(coded_project, other=luis_copy)
    assert snapshot(coded_project) == once
    assert not again.changed and again.quotations_added == 0 and again.codings_added == 0


def test_taken_quotation_number_is_renumbered_and_reported(coded_project, luis_copy):
    # The lead coded meanwhile: 1:3 is now a different quotation here than in Luis's copy.
    mine = coding.code_span(coded_project, document=1, start=20, end=30, codes=["Región"])
    assert mine.quotation_id == "1:3"
    report = merge_project(coded_project, other=luis_copy)
    assert [(item.other_id, item.new_id) for item in report.renumbered] == [("1:3", "1:4")]
    moved = next(q for q in coding.list_quotations(coded_project) if q.comment == "pregunta")
    assert moved.quotation_id == "1:4"
    # The memo Luis linked to his 1:3 follows his quotation, not the lead's.
    linked = memos.list_memos(coded_project, target_type="quotation", target="1:4")
    assert [memo.title for memo in linked] == ["Nota de Luis"]


def test_undo_of_merge_restores_the_project(coded_project, luis_copy):
    history = History(coded_project)
    before = snapshot(coded_project)
    merge_project(coded_project, other=luis_copy)
    assert history.done[-1].name == "Merge luis.qdaproj"
    after = snapshot(coded_project)
    assert history.undo() == "Merge luis.qdaproj"
    assert snapshot(coded_project) == before
    history.redo()
    assert snapshot(coded_project) == after


def test_document_with_other_text_is_added_not_dropped(coded_project, tmp_path):
    target = tmp_path / "luis.qdaproj"
    copy_for_coder(coded_project, target=target, coder="Luis")
    changed = "Segundo texto, corregido por Luis: recorte presupuestal."
    with Project.open(target, coder="Luis") as copy:
        document = copy.database
        doc_id = document_store.get_document(document, 2).id
        with document.transaction():  # a copy whose text was edited outside qda_app
            document_store.update_document(document, doc_id, {"text": changed, "chars": len(changed),
                                                             "text_sha256": text_digest(changed)})
        coding.code_span(copy, document=2, start=0, end=15, codes=["Recentralización::Recorte"], comment="de Luis")
    report = merge_project(coded_project, other=target)
    assert len(report.document_conflicts) == 1
    conflict = report.document_conflicts[0]
    assert (conflict.lead_number, conflict.added_number) == (2, 3)
    assert conflict.added_name == "E02 (from Luis)"
    assert documents.document_text(coded_project, 2).startswith("Segundo texto: recorte")
    assert documents.document_text(coded_project, 3) == changed
    moved = [q for q in coding.list_quotations(coded_project, documents=[3])]
    assert [(q.comment, q.start, q.end) for q in moved] == [("de Luis", 0, 15)]
    # The copy's older quotation on that document (2:1) came along too, on the copy's text.
    assert len(coding.list_quotations(coded_project, documents=[2])) == 1
    once = snapshot(coded_project)
    merge_project(coded_project, other=target)
    assert snapshot(coded_project) == once


def test_renamed_code_keeps_the_leads_name_and_is_reported(coded_project, tmp_path):
    target = tmp_path / "luis.qdaproj"
    copy_for_coder(coded_project, target=target, coder="Luis")
    with Project.open(target, coder="Luis") as copy:
        codes.rename_code(copy, path="Región", new_name="Gobierno regional")
        coding.code_span(copy, document=2, start=40, end=60, codes=["Gobierno regional"])
    report = merge_project(coded_project, other=target)
    assert [(item.kept_path, item.other_path) for item in report.code_renames] == [("Región", "Gobierno regional")]
    assert "Gobierno regional" not in [code.path for code in codes.list_codes(coded_project)]
    added = coding.list_quotations(coded_project, documents=[2], coders=["Luis"])
    assert [q.codes for q in added] == [("Región",)]


def test_blind_copy_has_no_other_coders_codings(coded_project, tmp_path):
    made = copy_for_coder(coded_project, target=tmp_path / "luis.qdaproj", coder="Luis", blind=True)
    assert made.blind and made.codings_removed == 2 and made.quotations_removed == 2
    with Project.open(made.path, read_only=True) as copy:
        found = quotation_store.list_codings(copy.database)
        assert {item.coder for item in found} == {"Luis"}
        assert all(q.coders == ("Luis",) for q in coding.list_quotations(copy))
        assert len(documents.list_documents(copy)) == 2
    fresh = copy_for_coder(coded_project, target=tmp_path / "new.qdaproj", coder="Eva", blind=True)
    with Project.open(fresh.path, read_only=True) as copy:
        assert coding.list_quotations(copy) == [] and copy.coder == "Eva"


def test_merging_the_project_into_itself_is_refused(coded_project):
    with pytest.raises(MergeError):
        merge_project(coded_project, other=coded_project.path)
