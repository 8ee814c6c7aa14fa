"""Code tree: create, rename (setData), recolour, merge, split, delete (with count), move (drop)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from qda_app.gui import refresh
from qda_app.gui.dialogs import common
from qda_app.gui.models.code_tree_model import PathRole
from qda_app.services import codes, coding
from tests.gui.test_coding_actions import snapshot


def paths(window) -> list[str]:
    return [code.path for code in codes.list_codes(window.project)]


def test_counts_shown_in_atlas_style(window):
    model = window.code_tree.source
    index = model.index_of_path("Centralismo::Recorte presupuestal")
    assert index.data() == "Recorte presupuestal"
    assert index.siblingAtColumn(1).data() == "{1-0}"
    category = model.index_of_path("Centralismo")
    assert category.data() == "Centralismo"
    assert category.siblingAtColumn(1).data() == "{2-0}"


def test_create_and_undo(window):
    before = snapshot(window.project)
    window.code_actions.new_code("Centralismo::Nuevo")
    assert "Centralismo::Nuevo" in paths(window)
    assert window.code_tree.source.index_of_path("Centralismo::Nuevo").isValid()
    assert window.code_tree.selected_paths() == ["Centralismo::Nuevo"]
    window.undo_stack.undo()
    assert snapshot(window.project) == before


def test_rename_through_set_data(window, qtbot):
    model = window.code_tree.source
    index = model.index_of_path("Cultura política::Paternalismo")
    assert model.setData(index, "Asistencialismo", Qt.ItemDataRole.EditRole)
    assert "Cultura política::Asistencialismo" in paths(window)
    assert model.index_of_path("Cultura política::Asistencialismo").isValid()
    window.undo_stack.undo()
    assert "Cultura política::Paternalismo" in paths(window)


def test_recolour(window):
    window.code_actions.recolour_code("Centralismo::Recorte presupuestal", "#123456")
    assert window.codes_by_id[window.code_ids_by_path["Centralismo::Recorte presupuestal"]].color == "#123456"


def test_merge_and_undo(window):
    before = snapshot(window.project)
    window.code_actions.merge_code("Centralismo::Recorte presupuestal", "Centralismo::Dependencia del ministerio")
    assert "Centralismo::Recorte presupuestal" not in paths(window)
    assert len(coding.list_quotations(window.project, codes=["Centralismo::Dependencia del ministerio"])) == 2
    window.undo_stack.undo()
    assert snapshot(window.project) == before


def test_split_category_is_one_undo_step(window):
    before = snapshot(window.project)
    window.code_actions.split_category("Centralismo", "Presupuesto", ["Centralismo::Recorte presupuestal"])
    assert "Presupuesto::Recorte presupuestal" in paths(window)
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert snapshot(window.project) == before


def test_delete_confirmation_says_how_many_codings(window, monkeypatch):
    asked = []
    monkeypatch.setattr("qda_app.gui.code_actions.confirm", lambda parent, title, text: asked.append(text) or True)
    before = snapshot(window.project)
    window.code_actions.delete_code("Centralismo")
    assert "2" in asked[0]
    assert not any(path.startswith("Centralismo") for path in paths(window))
    window.undo_stack.undo()
    assert snapshot(window.project) == before


def test_move_by_drop(window, qtbot):
    model = window.code_tree.source
    source = model.index_of_path("Cultura política::Paternalismo")
    mime = model.mimeData([source])
    target = model.index_of_path("Centralismo")
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, target)
    qtbot.waitUntil(lambda: "Centralismo::Paternalismo" in paths(window), timeout=2000)
    assert model.index_of_path("Centralismo::Paternalismo").isValid()
    model.dropMimeData(model.mimeData([model.index_of_path("Centralismo::Paternalismo")]),
                       Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    qtbot.waitUntil(lambda: "Paternalismo" in paths(window), timeout=2000)


def _shown_rows(tree, parent=None) -> list[str]:
    """Paths of the rows the filter shows, depth first."""
    parent = parent or QModelIndex()
    shown = []
    for row in range(tree.source.rowCount(parent)):
        index = tree.source.index(row, 0, parent)
        if not tree.isRowHidden(row, parent):
            shown.append(index.data(PathRole))
            shown.extend(_shown_rows(tree, index))
    return shown


def test_filter_box(window):
    pane = window.docks.code_pane
    everything = _shown_rows(pane.tree)
    pane.filter.setText("recorte")
    # only the category holding the match, and the match (not its sibling)
    assert _shown_rows(pane.tree) == ["Centralismo", "Centralismo::Recorte presupuestal"]
    pane.filter.setText("RECORTE")  # case-insensitive
    assert _shown_rows(pane.tree) == ["Centralismo", "Centralismo::Recorte presupuestal"]
    tree = pane.tree
    assert tree.isExpanded(tree.source.index_of_path("Centralismo"))
    assert not tree.isExpanded(tree.source.index_of_path("Cultura política"))  # hidden: left closed
    pane.filter.setText("")
    assert _shown_rows(pane.tree) == everything
    assert len([path for path in everything if "::" not in path]) == 2


def test_filter_drops_hidden_codes_from_the_selection_and_follows_reloads(window):
    pane = window.docks.code_pane
    tree = pane.tree
    tree.select_codes(["Cultura política::Paternalismo"])
    assert tree.selected_paths() == ["Cultura política::Paternalismo"]
    pane.filter.setText("recorte")
    assert tree.selected_paths() == []  # a filtered-out code cannot stay selected
    tree.select_codes(["Cultura política::Paternalismo"])
    assert tree.selected_paths() == []
    refresh.reload_codes(window)  # a reload keeps the filter
    assert _shown_rows(tree) == ["Centralismo", "Centralismo::Recorte presupuestal"]
    pane.filter.setText("")
    tree.select_codes(["Cultura política::Paternalismo"])
    assert tree.selected_paths() == ["Cultura política::Paternalismo"]


def test_clicking_a_code_lists_its_quotations(window):
    window.code_tree.select_codes(["Centralismo::Recorte presupuestal"])
    proxy = window.docks.quotation_pane.proxy
    assert proxy.rowCount() == 1
    window.code_tree.select_codes(["Centralismo"])
    assert proxy.rowCount() == 2


def _duplicate_of(window, path: str, name: str) -> None:
    """A second code with a name equal by key, as projects from older versions may hold."""
    from qda_app.store import codes as code_store
    from qda_app.store.database import new_guid, utc_now

    project = window.project
    parent = code_store.find_code_id(project.database, path.split("::"))
    project.execute("old duplicate", lambda: code_store.insert_code(project.database, {
        "guid": new_guid(), "parent_id": parent, "name": name, "color": "#123456",
        "description": "", "sort_order": 99, "created_by": None, "created_at": utc_now(),
        "modified_at": utc_now()}))


def test_codes_with_the_same_name_merge_only_after_confirming(window, monkeypatch):
    _duplicate_of(window, "Centralismo", "Recorte  presupuestal")
    asked = []
    monkeypatch.setattr("qda_app.gui.code_actions.confirm",
                        lambda parent, title, text: asked.append(text) or False)
    assert window.code_actions.merge_duplicate_codes() is None
    assert "Centralismo::Recorte  presupuestal" in paths(window)  # refused: nothing merged
    assert "Centralismo::Recorte presupuestal ← Centralismo::Recorte  presupuestal" in asked[0]
    before = snapshot(window.project)
    monkeypatch.setattr("qda_app.gui.code_actions.confirm", lambda parent, title, text: True)
    merged = window.code_actions.merge_duplicate_codes()
    assert [item.kept for item in merged] == ["Centralismo::Recorte presupuestal"]
    assert "Centralismo::Recorte  presupuestal" not in paths(window)
    assert not window.code_tree.source.index_of_path("Centralismo::Recorte  presupuestal").isValid()
    window.undo_stack.undo()
    assert snapshot(window.project) == before


def test_opening_a_project_with_duplicates_asks(window, monkeypatch, qtbot):
    _duplicate_of(window, "Centralismo", "RECORTE  PRESUPUESTAL")
    path = window.project.path
    asked = []
    monkeypatch.setattr("qda_app.gui.code_actions.confirm",
                        lambda parent, title, text: asked.append(text) or True)
    window.close_project()
    assert window.open_project_path(path)
    qtbot.waitUntil(lambda: bool(asked))
    qtbot.waitUntil(lambda: "Centralismo::RECORTE  PRESUPUESTAL" not in paths(window))
    assert window.registry["actionMergeDuplicateCodes"].isEnabled()
