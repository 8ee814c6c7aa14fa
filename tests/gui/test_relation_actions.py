"""Relating codes, relation types, code groups, quotation links and memo links from the GUI."""

from __future__ import annotations

import pytest

from qda_app.services import code_groups, memos, quotation_links, relations


@pytest.fixture(autouse=True)
def errors_fail(monkeypatch):
    """A refused action shows a modal box; here it fails the test instead of waiting for a click."""
    def fail(parent, error, **_):
        raise AssertionError(f"error shown: {error!r}")

    monkeypatch.setattr("qda_app.gui.main_window.show_error", fail)


def _select(window, path):
    window.code_tree.select_codes([path])


def test_relate_from_the_code_tree_updates_density(window, qtbot):
    project = window.project
    _select(window, "Centralismo::Recorte presupuestal")
    assert window.registry["actionRelateCode"].isEnabled()
    dialog = window.relation_actions.relate_code()
    dialog.choose_relation(relations.relation_type(project, "is part of").id)
    assert dialog.choose_target("Centralismo")
    dialog.comment.setPlainText("axial coding")
    dialog.accept()
    [relation] = relations.list_code_relations(project)
    assert (relation.name, relation.comment) == ("is part of", "axial coding")
    source = window.codes_by_id[relation.source_code_id]
    assert source.path == "Centralismo::Recorte presupuestal"
    qtbot.waitUntil(lambda: window.code_tree.source.index_of_path("Centralismo").siblingAtColumn(1).data() == "{2-1}")
    assert window.code_tree.source.index_of_path(source.path).siblingAtColumn(1).data() == "{1-1}"
    assert window.undo_stack.undoText()  # one named step
    window.undo_stack.undo()
    assert relations.list_code_relations(project) == []
    qtbot.waitUntil(lambda: window.code_tree.source.index_of_path("Centralismo").siblingAtColumn(1).data() == "{2-0}")


def test_relate_dialog_lists_and_removes_existing_relations(window):
    project = window.project
    relations.relate_codes(project, source="Centralismo::Recorte presupuestal", target="Centralismo",
                           relation="is part of")
    dialog = window.relation_actions.relate_code("Centralismo")
    assert dialog.existing.count() == 1
    assert "is part of" in dialog.existing.item(0).text()
    dialog.existing.setCurrentRow(0)
    dialog.remove_button.click()
    assert relations.list_code_relations(project) == []
    dialog.reject()


def test_cycle_of_a_transitive_relation_is_refused_with_a_message(window, monkeypatch):
    shown = []
    monkeypatch.setattr("qda_app.gui.main_window.show_error", lambda parent, error, **_: shown.append(error))
    project = window.project
    relations.relate_codes(project, source="Centralismo::Recorte presupuestal", target="Centralismo",
                           relation="is part of")
    dialog = window.relation_actions.relate_code("Centralismo")
    dialog.choose_relation(relations.relation_type(project, "is part of").id)
    dialog.choose_target("Centralismo::Recorte presupuestal")
    dialog.accept()
    assert shown and len(relations.list_code_relations(project)) == 1


def test_relation_type_manager_creates_edits_and_deletes(window):
    project = window.project
    dialog = window.relation_actions.relation_types()
    defaults = dialog.list.count()
    assert defaults >= 6
    dialog._new("is condition of")
    assert dialog.list.count() == defaults + 1
    created = relations.relation_type(project, "is condition of")
    assert created.behaviour == "directed"
    dialog.list.setCurrentRow(dialog.list.count() - 1)
    dialog.behaviour.setCurrentIndex(1)
    dialog.line_style.setCurrentIndex(1)
    dialog.name_es.setText("es condición de")
    dialog._save()
    edited = relations.relation_type(project, "is condition of")
    assert (edited.behaviour, edited.line_style, edited.name_es) == ("symmetric", "dashed", "es condición de")
    window.relation_actions._delete_type(edited.id, "code", ask=False)
    assert dialog.list.count() == defaults
    window.undo_stack.undo()
    assert dialog.list.count() == defaults + 1


def test_code_groups_managed_and_their_quotations_listed(window):
    project = window.project
    actions = window.relation_actions
    dialog = actions.manage_code_groups()
    actions.new_group("Estado")
    assert dialog.current_group() == "Estado"
    dialog.set_member("Centralismo::Recorte presupuestal", True)
    assert [g.name for g in code_groups.list_code_groups(project)] == ["Estado"]
    assert actions.group_members() == {"Estado": {"Centralismo::Recorte presupuestal"}}
    actions.show_group_quotations("Estado")  # listed by the query tool
    assert [q.quotation_id for q in window.queries.query_window.results.model.rows] == ["1:2"]
    _select(window, "Cultura política::Paternalismo")
    actions.add_to_group("Estado")
    assert actions.group_members()["Estado"] == {"Centralismo::Recorte presupuestal", "Cultura política::Paternalismo"}
    actions.rename_group("Estado", "Estado y cultura")
    actions.delete_group("Estado y cultura", ask=False)
    assert code_groups.list_code_groups(project) == []


def test_quotation_link_shown_in_the_pane_and_followed(window, qtbot):
    project = window.project
    rows = window.docks.quotation_pane.source.rows
    first, second = rows[0], rows[1]
    dialog = window.relation_actions.link_quotation(first.id)
    dialog.choose_relation(relations.relation_type(project, "supports", scope="quotation").id)
    assert dialog.choose_target(second.id)
    dialog.accept()
    [link] = quotation_links.list_quotation_links(project)
    assert (link.source_quotation_id, link.target_quotation_id) == (first.id, second.id)
    strip = window.relation_actions.link_strip
    window.relation_actions.show_links(first.id)
    assert f"q:{second.id}" in strip.text() and "supports" in strip.text()
    jumped = []
    window.jump_to_quotation = jumped.append  # the strip calls the window
    strip.linkActivated.emit(f"q:{second.id}")
    assert jumped == [second.id]


def test_attach_memo_to_a_code(window):
    project = window.project
    memo = memos.list_memos(project)[0]
    window.memo_pane.select_memo(memo.id)
    _select(window, "Centralismo")
    dialog = window.relation_actions.attach_memo()
    assert dialog.kind.currentData() == "code"
    dialog.choose("code", "Centralismo")
    dialog.accept()
    attached = memos.get_memo(project, memo.id)
    assert any(link.target_type == "code" and link.target_id == window.code_ids_by_path["Centralismo"]
               for link in attached.links)


def test_bracket_menu_links_a_quotation(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMenu

    from qda_app.gui.quotation_menu import fill_quotation_menu

    view = window.document_view
    window.open_document(1)
    mark = view.index.sorted[0]
    menu = QMenu()
    fill_quotation_menu(menu, window, mark.id)
    entries = {action.objectName(): action for action in menu.actions()}
    asked = []
    monkeypatch.setattr(window.relation_actions, "link_quotation", lambda quotation_id=None: asked.append(quotation_id))
    entries["menuLinkQuotation"].trigger()
    assert asked == [mark.id]
    assert [action.objectName() for action in menu.actions()].count("menuLinkQuotation") == 1


def test_linked_quotations_are_marked_in_the_margin(window, qtbot):
    from qda_app.services import coding, quotation_links

    window.open_document(1)
    first, second = coding.list_quotations(window.project, documents=[1])[:2]
    assert window.document_view.margin.linked == frozenset()
    quotation_links.link_quotations(window.project, source=first.id, target=second.id, relation="supports")
    qtbot.waitUntil(lambda: window.document_view.margin.linked == {first.id, second.id})
