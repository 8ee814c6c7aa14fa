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


def _edit_copy_text(copy: Project, number: int, text: str) -> None:
    """A copy whose text was edited outside qda_app (a coder fixed a typo in the transcript)."""
    database = copy.database
    doc_id = document_store.get_document(database, number).id
    with database.transaction():
        document_store.update_document(database, doc_id, {"text": text, "chars": len(text),
                                                          "text_sha256": text_digest(text)})


def test_copy_with_a_corrected_typo_merges_every_coding_onto_the_projects_document(coded_project, tmp_path):
    lead_text = "Segundo texto: recorte presupuestal. " * 5
    target = tmp_path / "luis.qdaproj"
    copy_for_coder(coded_project, target=target, coder="Luis")
    corrected = lead_text.replace("Segundo texto", "Segundo  texto", 1)  # one character more, at 7
    with Project.open(target, coder="Luis") as copy:
        _edit_copy_text(copy, 2, corrected)
        coding.code_span(copy, document=2, start=37, end=73, codes=["Recentralización::Recorte"], comment="de Luis")
        coding.code_span(copy, document=2, start=111, end=148, codes=["Región"], coder="Luis")
        coding.code_span(copy, document=2, start=0, end=20, codes=["Región"], coder="Luis")  # on the typo
        coding.code_quotation(copy, quotation="2:1", codes=["Región"], coder="Luis")  # the lead's quotation
    report = merge_project(coded_project, other=target)
    assert [doc.number for doc in documents.list_documents(coded_project)] == [1, 2]  # no second E02
    assert documents.document_text(coded_project, 2) == lead_text
    aligned = report.documents_aligned
    assert [(a.number, a.changes, a.carried, a.not_carried) for a in aligned] == [(2, 1, 2, 1)]
    luis = [q for q in coding.list_quotations(coded_project, documents=[2], coders=["Luis"]) if q.number != 1]
    # Each passage lands one character earlier, on the same words of the project's text.
    assert [(q.start, q.end, q.codes) for q in luis] == [(36, 72, ("Recentralización::Recorte",)),
                                                         (110, 147, ("Región",))]
    assert [lead_text[q.start:q.end] for q in luis] == [corrected[37:73], corrected[111:148]]
    # Luis's new quotation on the corrected words cannot be placed on the old text: listed.
    assert [(item.quotation_id, item.reason, item.text, item.codes) for item in report.not_carried] == [
        ("2:4", "passage_edited", "Segundo  texto: reco", ("Región",))]
    # The lead's quotation 2:1 spans the typo too, but it is the same quotation: Luis's coding of it comes along.
    first = next(q for q in coding.list_quotations(coded_project, documents=[2]) if q.number == 1)
    assert (first.start, first.end) == (0, 30) and "Región" in first.codes and "Luis" in first.coders
    once = snapshot(coded_project)
    merge_project(coded_project, other=target)
    assert snapshot(coded_project) == once


def test_agreement_warns_when_coders_coded_different_versions(coded_project):
    from qda_app.services.agreement import as_json, compute_agreement
    from qda_app.services.documents import NewDocument, insert_new_document

    original = document_store.get_document(coded_project.database, 2)
    text = "Segundo texto corregido. " * 5
    coded_project.execute("Add version", lambda: insert_new_document(coded_project, NewDocument(
        name="E02 (from Luis)", text=text, original_name=original.original_name, original_size=original.original_size,
        sha256=original.sha256, format=original.format, encoding=original.encoding)))
    coding.code_span(coded_project, document=3, start=0, end=20, codes=["Recentralización::Recorte"], coder="Luis")
    data = as_json(compute_agreement(coded_project, coders=["Ana", "Luis"]))
    differ = [entry for entry in data["left_out"] if entry["reason"] == "documents_differ"]
    assert differ == [{"kind": "document", "item": [2, 3], "reason": "documents_differ",
                       "names": ["E02", "E02 (from Luis)"], "coded_by": {"2": ["Ana"], "3": ["Luis"]}}]


def test_removals_and_resizes_are_decisions_accepted_or_left_pending(coded_project, tmp_path):
    target = tmp_path / "luis.qdaproj"
    copy_for_coder(coded_project, target=target, coder="Luis")
    with Project.open(target, coder="Luis") as copy:
        quotation = next(q for q in coding.list_quotations(copy) if q.quotation_id == "1:2")
        coding.resize_quotation(copy, quotation="1:2", start=62, end=110)
        paths = {code.id: code.path for code in codes.list_codes(copy)}
        removed = next(c for c in quotation_store.list_codings(copy.database)
                       if c.quotation_id == quotation.id and paths[c.code_id] == "Región")
        copy.execute("remove", lambda: copy.database.delete("codings", removed.id))
    before = snapshot(coded_project)
    pending = merge_project(coded_project, other=target)
    assert [(d.number, d.kind, d.quotation_id, d.applied) for d in pending.decisions] == [
        (1, "resize", "1:2", False), (2, "removal", "1:2", False)]
    assert pending.decisions[0].kept == (60, 120) and pending.decisions[0].proposed == (62, 110)
    assert pending.decisions[1].code == "Región" and pending.decisions[1].coder == "Luis"
    assert snapshot(coded_project) == before  # nothing applied, nothing else new
    only_resize = merge_project(coded_project, other=target, accept={1})
    assert [d.applied for d in only_resize.decisions] == [True, False]
    moved = next(q for q in coding.list_quotations(coded_project) if q.quotation_id == "1:2")
    assert (moved.start, moved.end) == (62, 110) and "Región" in moved.codes
    rest = merge_project(coded_project, other=target, accept="all")
    assert [(d.kind, d.applied) for d in rest.decisions] == [("removal", True)]
    moved = next(q for q in coding.list_quotations(coded_project) if q.quotation_id == "1:2")
    assert moved.codes == ("Centralismo::Viajes",)
    assert not merge_project(coded_project, other=target, accept="all").decisions


def test_a_resize_made_here_after_the_copy_is_not_undone_by_the_copy(coded_project, tmp_path):
    target = tmp_path / "luis.qdaproj"
    copy_for_coder(coded_project, target=target, coder="Luis")
    coding.resize_quotation(coded_project, quotation="1:2", start=61, end=119)  # the lead, after the copy
    quotation = next(q for q in coding.list_quotations(coded_project) if q.quotation_id == "1:2")
    with coded_project.database.transaction():  # later than anything in the copy
        quotation_store.update_quotation(coded_project.database, quotation.id, {"modified_at": "2999-01-01T00:00:00Z"})
    report = merge_project(coded_project, other=target, accept="all")
    assert [(d.quotation_id, d.kept, d.other) for d in report.span_differences] == [("1:2", (61, 119), (60, 120))]
    assert not report.decisions
    kept = next(q for q in coding.list_quotations(coded_project) if q.quotation_id == "1:2")
    assert (kept.start, kept.end) == (61, 119)


def test_accepting_decisions_is_one_undoable_step(coded_project, tmp_path):
    history = History(coded_project)
    target = tmp_path / "luis.qdaproj"
    copy_for_coder(coded_project, target=target, coder="Luis")
    with Project.open(target, coder="Luis") as copy:
        coding.uncode_quotation(copy, quotation="1:2", code="Región", coder="Luis")
    before = snapshot(coded_project)
    report = merge_project(coded_project, other=target, accept="all")
    assert [(d.kind, d.code, d.applied) for d in report.decisions] == [("removal", "Región", True)]
    assert snapshot(coded_project) != before
    history.undo()
    assert snapshot(coded_project) == before


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
