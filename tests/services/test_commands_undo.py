"""Every user action: do, undo (state identical to before), redo (identical to after)."""

from __future__ import annotations

import pytest

from qda_app.services import codes, coding, documents, memos
from qda_app.services.commands import History
from tests.conftest import snapshot

ACTIONS = {
    "create quotation with codes": lambda p: coding.code_span(p, document=1, start=0, end=10, codes=["Nuevo::Sub"]),
    "reuse quotation, add code": lambda p: coding.code_span(p, document=1, start=48, end=90, codes=["Región"]),
    "code quotation": lambda p: coding.code_quotation(p, quotation="1:1", codes=["Región", "Otro"]),
    "uncode quotation": lambda p: coding.uncode_quotation(p, quotation="1:2", code="Región"),
    "resize quotation": lambda p: coding.resize_quotation(p, quotation="1:1", start=40, end=95),
    "comment quotation": lambda p: coding.comment_quotation(p, quotation="1:1", comment="clave"),
    "delete quotation": lambda p: coding.delete_quotation(p, quotation="1:2"),
    "mark representative": lambda p: coding.mark_representative(p, quotation="1:1", code="Centralismo::Dependencia"),
    "create code": lambda p: codes.create_code(p, path="A::B::C", color="#112233", description="def"),
    "rename code": lambda p: codes.rename_code(p, path="Centralismo", new_name="Centralism"),
    "recolour code": lambda p: codes.recolour_code(p, path="Región", color="#00ff00"),
    "describe code": lambda p: codes.describe_code(p, path="Región", description="Definición"),
    "move code": lambda p: codes.move_code(p, path="Región", new_parent="Centralismo", position=0),
    "merge codes": lambda p: codes.merge_codes(p, source="Centralismo::Viajes", target="Centralismo::Dependencia"),
    "delete code": lambda p: codes.delete_code(p, path="Centralismo"),
    "relate codes": lambda p: codes.relate_codes(p, source="Región", target="Centralismo::Viajes"),
    "add document": lambda p: documents.add_text_document(p, name="E03", text="Tercero", group="G"),
    "rename document": lambda p: documents.rename_document(p, number=1, name="Entrevista 1"),
    "delete document": lambda p: documents.delete_document(p, number=1),
    "group documents": lambda p: documents.add_to_group(p, numbers=[1, 2], group="Distritales"),
    "ungroup document": lambda p: documents.remove_from_group(p, numbers=[1], group="Alcaldes provinciales"),
    "set attribute": lambda p: documents.set_attribute(p, number=1, name="provincia", value="Puno"),
    "create memo": lambda p: memos.create_memo(p, title="Diario", text="hoy", target_type="code", target="Región"),
}


@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_action_undo_restores_exact_state_and_redo_repeats_it(coded_project, name):
    history = History(coded_project)
    before = snapshot(coded_project)
    ACTIONS[name](coded_project)
    after = snapshot(coded_project)
    assert after != before, "the action changed nothing"
    assert history.undo() is not None
    assert snapshot(coded_project) == before
    assert history.redo() is not None
    assert snapshot(coded_project) == after


def test_memo_edit_and_delete_are_undoable(coded_project):
    history = History(coded_project)
    memo = memos.create_memo(coded_project, title="Diario", text="uno")
    before = snapshot(coded_project)
    memos.edit_memo(coded_project, memo_id=memo.id, text="dos")
    memos.delete_memo(coded_project, memo_id=memo.id)
    history.undo()
    history.undo()
    assert snapshot(coded_project) == before


def test_quotation_numbers_are_never_reused_even_after_delete(coded_project):
    coding.delete_quotation(coded_project, quotation="1:2")
    again = coding.code_span(coded_project, document=1, start=1, end=5, codes=["Región"])
    assert again.quotation_id == "1:3"


def test_undo_of_creation_gives_the_number_back_then_redo_takes_it_again(coded_project):
    history = History(coded_project)
    created = coding.code_span(coded_project, document=2, start=40, end=50, codes=["Región"])
    history.undo()
    history.redo()
    assert coding.list_quotations(coded_project, documents=[2])[-1].quotation_id == created.quotation_id
