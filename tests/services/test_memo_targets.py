"""Memos on every kind of target, detached again, and the refusals, each leaving the project
as it was."""

from __future__ import annotations

import pytest

from qda_app.core.errors import InvalidArgument, MemoNotFound, SelfRelation
from qda_app.core.model import MemoLink
from qda_app.services import memos
from qda_app.services.commands import History
from tests.conftest import snapshot


def test_a_memo_on_a_document_and_on_another_memo_is_detached_one_target_at_a_time(coded_project) -> None:
    project = coded_project
    theory = memos.create_memo(project, title="Teoría", text="centralismo")
    note = memos.create_memo(project, title="Lectura de E02", target_type="document", target="2")
    e02 = project.database.scalar("SELECT id FROM documents WHERE number = 2")
    assert note.links == (MemoLink("document", e02),)
    memos.attach_memo(project, memo_id=note.id, target_type="memo", target=theory.id)
    assert [memo.title for memo in memos.list_memos(project, target_type="memo", target=theory.id)] == [
        "Lectura de E02"]
    history = History(project)
    before = snapshot(project)
    detached = memos.detach_memo(project, memo_id=note.id, target_type="document", target=2)
    assert detached.links == (MemoLink("memo", theory.id),)
    assert memos.list_memos(project, target_type="document", target=2) == []
    assert history.undo() == "Detach memo 'Lectura de E02'"
    assert snapshot(project) == before


def test_a_memo_is_not_attached_to_itself(coded_project) -> None:
    note = memos.create_memo(coded_project, title="Nota")
    before = snapshot(coded_project)
    with pytest.raises(SelfRelation) as caught:
        memos.attach_memo(coded_project, memo_id=note.id, target_type="memo", target=note.id)
    assert caught.value.fields == {"kind": "memo", "item": "Nota"}
    assert snapshot(coded_project) == before


def test_unknown_target_kinds_missing_memos_and_empty_titles_are_refused(coded_project) -> None:
    note = memos.create_memo(coded_project, title="Nota")
    before = snapshot(coded_project)
    with pytest.raises(InvalidArgument) as caught:
        memos.attach_memo(coded_project, memo_id=note.id, target_type="coder", target="Luis")
    assert caught.value.fields == {"name": "target", "reason": "use_one_of",
                                   "choices": ("project", "document", "code", "quotation", "network", "memo")}
    with pytest.raises(MemoNotFound) as missing:
        memos.edit_memo(coded_project, memo_id=note.id + 100, text="otra")
    assert missing.value.fields == {"memo": note.id + 100}
    with pytest.raises(MemoNotFound):
        memos.attach_memo(coded_project, memo_id=note.id, target_type="memo", target=note.id + 100)
    with pytest.raises(InvalidArgument) as empty:
        memos.edit_memo(coded_project, memo_id=note.id, title="   ")
    assert empty.value.fields == {"name": "title", "reason": "empty"}
    assert snapshot(coded_project) == before
