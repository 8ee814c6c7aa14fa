"""The network editor: drops, links, moves, layouts, removal and export, each one undoable command."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF

from qda_app.gui.network.pane_drags import node_mime
from qda_app.gui.views.document_view import CODE_MIME
from qda_app.services import network_view, networks, relations


@pytest.fixture(autouse=True)
def errors_fail(monkeypatch):
    def fail(parent, error, **_):
        raise AssertionError(f"error shown: {error!r}")

    monkeypatch.setattr("qda_app.gui.main_window.show_error", fail)


def _code_mime(*paths: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(CODE_MIME, "\n".join(paths).encode("utf-8"))
    return mime


def _editor(window, name="Model"):
    network_id = window.network_actions.new_network(name)
    window.network_actions.flush()
    return network_id, window.network_actions.editors[network_id]


def test_new_network_opens_as_a_tab_and_is_listed(window):
    network_id, editor = _editor(window)
    assert window.central_tabs.currentWidget() is editor
    assert "Model" in window.central_tabs.tabText(window.central_tabs.currentIndex())
    assert [entry[:2] for entry in window.docks.network_pane.entries] == [(network_id, "Model")]
    window.undo_stack.undo()
    window.network_actions.flush()
    assert network_id not in window.network_actions.editors
    assert window.docks.network_pane.entries == []


def test_dropped_codes_become_nodes_with_density(window):
    network_id, editor = _editor(window)
    added = window.network_actions.drop(network_id, _code_mime("Centralismo", "Centralismo::Recorte presupuestal"),
                                        QPointF(100, 50))
    window.network_actions.flush()
    assert len(added) == 2
    titles = sorted(item.shape_record.title for item in editor.scene.nodes.values())
    assert titles == ["Centralismo", "Recorte presupuestal"]
    node = editor.scene.nodes[added[1]]
    assert (node.x(), node.y()) == (100.0, 90.0)
    assert node.shape_record.subtitle == "{1-0}"
    window.undo_stack.undo()
    window.network_actions.flush()
    assert editor.scene.nodes == {}


def test_pane_drops_place_quotations_documents_and_memos(window):
    network_id, editor = _editor(window)
    quotation = window.docks.quotation_pane.source.rows[0]
    memo = window.memo_pane.model.rows[0] if hasattr(window.memo_pane.model, "rows") else None
    entries = [("quotation", str(quotation.id)), ("document", "1")]
    if memo is not None:
        entries.append(("memo", str(memo.id)))
    window.network_actions.drop(network_id, node_mime(entries), QPointF(0, 0))
    window.network_actions.flush()
    kinds = sorted(item.shape_record.kind for item in editor.scene.nodes.values())
    assert kinds == sorted(kind for kind, _ in entries)
    # The quotation sits in document 1: the derived "is in" link is drawn.
    assert any(key[0] == "document" for key in editor.scene.links)


def test_drawing_a_link_relates_the_codes_and_undo_removes_it(window, monkeypatch):
    project = window.project
    network_id, editor = _editor(window)
    first, second = window.network_actions.drop(
        network_id, _code_mime("Centralismo::Recorte presupuestal", "Centralismo"), QPointF(0, 0))
    window.network_actions.flush()
    part_of = relations.relation_type(project, "is part of").id
    monkeypatch.setattr(window.network_actions, "choose_relation", lambda scope: part_of)
    editor.scene.link_requested.emit(first, second)
    [link] = editor.scene.links.values()  # drawn at once
    window.network_actions.flush()  # the figures around it follow
    assert link.shape_record.label == "is part of"
    assert link.shape_record.directed
    assert (link.source.key, link.target.key) == (first, second)
    assert editor.scene.nodes[second].shape_record.subtitle == "{2-1}"
    window.undo_stack.undo()
    window.network_actions.flush()
    assert editor.scene.links == {}
    assert relations.list_code_relations(project) == []


def test_a_drag_is_one_move_command(window, qtbot):
    network_id, editor = _editor(window)
    added = window.network_actions.drop(network_id, _code_mime("Centralismo", "Cultura política"), QPointF(0, 0))
    before = window.undo_stack.count()
    editor.scene.nodes_moved.emit({added[0]: (200.0, 10.0), added[1]: (-50.0, 300.0)})
    window.network_actions.flush()
    assert window.undo_stack.count() == before + 1
    stored = {node.id: (node.x, node.y) for node in networks.get_network(window.project, network_id).nodes}
    assert stored == {added[0]: (200.0, 10.0), added[1]: (-50.0, 300.0)}
    window.undo_stack.undo()
    window.network_actions.flush()
    assert (editor.scene.nodes[added[0]].x(), editor.scene.nodes[added[0]].y()) == (0.0, 0.0)


def test_layouts_place_every_node_in_one_command(window):
    project = window.project
    network_id, editor = _editor(window)
    window.network_actions.drop(network_id, _code_mime(
        "Centralismo", "Centralismo::Recorte presupuestal", "Centralismo::Dependencia del ministerio"), QPointF(0, 0))
    for sub in ("Centralismo::Recorte presupuestal", "Centralismo::Dependencia del ministerio"):
        relations.relate_codes(project, source=sub, target="Centralismo", relation="is part of")
    window.network_actions.flush()
    for kind in ("hierarchical", "radial", "force"):
        before = window.undo_stack.count()
        window.network_actions.apply_layout(network_id, kind)
        assert window.undo_stack.count() <= before + 1
        positions = {node.node_id: (node.x, node.y) for node in network_view.network_view(project, network_id).nodes}
        assert len(set(positions.values())) == 3
    window.network_actions.apply_layout(network_id, "hierarchical")
    view = network_view.network_view(project, network_id)
    y = {node.name: node.y for node in view.nodes}
    assert y["Centralismo"] < y["Centralismo::Recorte presupuestal"] == y["Centralismo::Dependencia del ministerio"]


def test_add_neighbours_and_remove(window):
    project = window.project
    relations.relate_codes(project, source="Centralismo::Recorte presupuestal", target="Centralismo",
                           relation="is part of")
    network_id, editor = _editor(window)
    [added] = window.network_actions.drop(network_id, _code_mime("Centralismo"), QPointF(0, 0))
    window.network_actions.flush()
    window.network_actions.add_neighbours(network_id, [added])
    assert len(editor.scene.nodes) == 2
    assert len(editor.scene.links) == 1
    assert all(item.shape_record.x is not None for item in editor.scene.nodes.values())
    window.undo_stack.undo()  # one step for the whole gesture
    window.network_actions.flush()
    assert len(editor.scene.nodes) == 1
    window.undo_stack.redo()
    window.network_actions.flush()
    link_key = next(iter(editor.scene.links))
    window.network_actions.remove(network_id, [added], [link_key], ask=False)
    window.network_actions.flush()
    assert len(editor.scene.nodes) == 1 and editor.scene.links == {}
    assert relations.list_code_relations(project) == []
    window.undo_stack.undo()
    window.network_actions.flush()
    assert len(editor.scene.nodes) == 2 and len(editor.scene.links) == 1


def test_double_click_on_a_code_lists_its_quotations(window):
    network_id, editor = _editor(window)
    [added] = window.network_actions.drop(network_id, _code_mime("Centralismo::Recorte presupuestal"), QPointF(0, 0))
    window.network_actions.flush()
    editor.scene.node_activated.emit(added)
    pane = window.docks.quotation_pane
    assert pane.code.currentData() == "Centralismo::Recorte presupuestal"
    assert pane.proxy.rowCount() == 1


def test_export_png_svg_pdf(window, tmp_path):
    network_id, editor = _editor(window)
    window.network_actions.drop(network_id, _code_mime("Centralismo", "Cultura política"), QPointF(0, 0))
    window.network_actions.flush()
    for suffix, magic in ((".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")):
        path = window.network_actions.export(network_id, str(tmp_path / f"model{suffix}"))
        assert path is not None and path.read_bytes().startswith(magic)
    import re

    from pypdf import PdfReader
    from PySide6.QtGui import QImage

    # Each node: its name and {groundedness-density}; the sample codes Recorte and Dependencia
    # (under Centralismo) once each, Paternalismo (under Cultura política) once; no relations.
    shown = ["Centralismo", "{2-0}", "Cultura política", "{1-0}"]
    svg = (tmp_path / "model.svg").read_text(encoding="utf-8")
    assert re.findall(r"<text[^>]*>([^<]*)", svg) == shown  # labels stay editable text
    pdf_text = PdfReader(tmp_path / "model.pdf").pages[0].extract_text()
    assert [" ".join(line.split()) for line in pdf_text.splitlines()] == shown
    image = QImage(str(tmp_path / "model.png"))
    assert image.width() > 100 and image.height() > 100
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert len(colours) > 2  # nodes drawn on the background, not an empty picture


def test_export_refuses_an_unknown_suffix(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    network_id, _ = _editor(window)
    assert window.network_actions.export(network_id, str(tmp_path / "model.gif")) is None
    assert shown and not (tmp_path / "model.gif").exists()


def test_a_click_on_a_link_selects_it_and_delete_removes_the_relation(window, monkeypatch):
    from PySide6.QtTest import QTest
    from PySide6.QtCore import Qt

    project = window.project
    relations.relate_codes(project, source="Centralismo::Recorte presupuestal", target="Centralismo",
                           relation="is part of")
    network_id, editor = _editor(window)
    first, second = window.network_actions.drop(
        network_id, _code_mime("Centralismo", "Centralismo::Recorte presupuestal"), QPointF(0, 0))
    window.network_actions.flush()
    editor.scene.nodes_moved.emit({first: (0.0, 0.0), second: (0.0, 300.0)})
    window.network_actions.flush()
    window.resize(1200, 800)
    window.show()
    editor.view.resetTransform()
    editor.view.centerOn(0, 150)
    [link] = editor.scene.links.values()
    middle = link.line().center()
    assert 20 < link.line().length() < 300
    QTest.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     editor.view.mapFromScene(middle + QPointF(3, 0)))
    assert editor.scene.selected_link_keys() == [link.key]
    QTest.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     editor.view.mapFromScene(QPointF(400, 150)))
    assert editor.scene.selected_link_keys() == []
    editor.scene.layer.select([link.key])
    monkeypatch.setattr("qda_app.gui.network_actions.confirm", lambda *args, **kwargs: True)
    editor.remove_action.trigger()
    window.network_actions.flush()
    assert relations.list_code_relations(project) == [] and editor.scene.links == {}
    window.undo_stack.undo()
    window.network_actions.flush()
    assert len(editor.scene.links) == 1


def test_layer_keeps_lines_on_the_node_borders_after_moves(window):
    relations.relate_codes(window.project, source="Centralismo::Recorte presupuestal", target="Centralismo",
                           relation="is part of")
    network_id, editor = _editor(window)
    first, second = window.network_actions.drop(
        network_id, _code_mime("Centralismo", "Centralismo::Recorte presupuestal"), QPointF(0, 0))
    window.network_actions.flush()
    editor.scene.move_nodes({first: (0.0, 0.0), second: (400.0, 0.0)})
    [link] = editor.scene.links.values()
    line = link.line()
    source, target = editor.scene.nodes[second], editor.scene.nodes[first]  # sub -> category
    assert line.p1().x() == source.x() - source.rect().width() / 2
    assert line.p2().x() == target.x() + target.rect().width() / 2
    assert line.p1().y() == line.p2().y() == 0.0


def test_panes_drag_nodes_and_groups_are_added_from_the_menu(window):
    from PySide6.QtCore import QItemSelectionModel

    from qda_app.services import code_groups

    drags = {drag.kind: drag for drag in window.network_actions.pane_drags}
    table = window.docks.quotation_pane.table
    table.selectionModel().select(table.model().index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
    first = window.docks.quotation_pane.source.rows[0]
    assert drags["quotation"].references() == [str(first.id)]
    documents = window.docks.document_pane.list
    documents.selectRow(0)
    assert drags["document"].references() == ["1"]
    code_groups.create_code_group(window.project, name="Estado", codes=["Centralismo"])
    network_id, editor = _editor(window)
    window.network_actions.add_group(network_id, "code_group", "Estado")
    window.network_actions.add_group(network_id, "document_group", "Provincias")
    window.network_actions.drop(network_id, _code_mime("Centralismo"), QPointF(0, 200))
    window.network_actions.flush()
    kinds = sorted(item.shape_record.kind for item in editor.scene.nodes.values())
    assert kinds == ["code", "code_group", "document_group"]
    assert any(key[0] == "member" for key in editor.scene.links)  # Centralismo is in group Estado


def test_editor_layouts_come_from_the_service_with_the_drawn_boxes(window):
    from qda_app.services import network_layout

    project = window.project
    network_id, editor = _editor(window)
    paths = ["Centralismo", "Centralismo::Recorte presupuestal", "Centralismo::Dependencia del ministerio"]
    window.network_actions.drop(network_id, _code_mime(*paths), QPointF(0, 0))
    for sub in paths[1:]:
        relations.relate_codes(project, source=sub, target="Centralismo", relation="is part of")
    window.network_actions.flush()
    sizes = {key: (item.rect().width(), item.rect().height()) for key, item in editor.scene.nodes.items()}
    for kind in ("hierarchical", "radial", "force"):
        expected = network_layout.layout(network_view.network_view(project, network_id), kind, sizes=sizes)
        window.network_actions.apply_layout(network_id, kind)
        placed = {node.node_id: (node.x, node.y) for node in network_view.network_view(project, network_id).nodes}
        assert placed == {node: (round(x, 1), round(y, 1)) for node, (x, y) in expected.items()}
        rects = [item.sceneBoundingRect() for item in editor.scene.nodes.values()]
        assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:]), kind


def test_a_drawn_link_touches_only_its_items_and_the_two_densities(window, monkeypatch):
    project = window.project
    network_id, editor = _editor(window)
    first, second, third = window.network_actions.drop(network_id, _code_mime(
        "Centralismo::Recorte presupuestal", "Centralismo", "Centralismo::Dependencia del ministerio"), QPointF(0, 0))
    window.network_actions.flush()
    untouched = editor.scene.nodes[third]
    reads, recounts = [], []
    real_view, real_counts = network_view.network_view, window.code_tree.source.update_counts
    monkeypatch.setattr(network_view, "network_view", lambda *a, **k: reads.append(a) or real_view(*a, **k))
    monkeypatch.setattr(window.code_tree.source, "update_counts", lambda *a: recounts.append(a) or real_counts(*a))
    monkeypatch.setattr(untouched, "set_shape", lambda shape: pytest.fail("an unrelated node was redrawn"))
    part_of = relations.relation_type(project, "is part of").id
    monkeypatch.setattr(window.network_actions, "choose_relation", lambda scope: part_of)
    editor.scene.link_requested.emit(first, second)
    QCoreApplication.processEvents()  # the deferred refreshes: the editor's and the code tree's
    assert len(editor.scene.links) == 1
    assert editor.scene.nodes[second].shape_record.subtitle.endswith("-1}")
    assert editor.scene.nodes[first].shape_record.subtitle.endswith("-1}")
    tree = window.code_tree.source
    centralismo = next(item for item in tree.by_id.values() if item.code and item.code.path == "Centralismo")
    assert centralismo.counts.density == 1
    assert (reads, recounts) == ([], [])  # neither the network nor every code's counts read again
    window.undo_stack.undo()
    QCoreApplication.processEvents()
    assert editor.scene.links == {}
    assert editor.scene.nodes[second].shape_record.subtitle.endswith("-0}")
    assert centralismo.counts.density == 0
    assert reads == []


def test_links_drawn_one_after_another_are_each_placed_alone(window, monkeypatch):
    project = window.project
    relations.relate_codes(project, source="Centralismo::Recorte presupuestal", target="Centralismo",
                           relation="is part of")
    network_id, editor = _editor(window)
    nodes = window.network_actions.drop(network_id, _code_mime(
        "Centralismo", "Centralismo::Recorte presupuestal", "Centralismo::Dependencia del ministerio"), QPointF(0, 0))
    window.network_actions.flush()
    editor.scene.move_nodes({nodes[0]: (0.0, 0.0), nodes[1]: (400.0, 0.0), nodes[2]: (0.0, 300.0)})
    layer = editor.scene.layer
    monkeypatch.setattr(layer, "nodes_moved", lambda: pytest.fail("every link recomputed for one new link"))
    associated = relations.relation_type(project, "is associated with").id
    monkeypatch.setattr(window.network_actions, "choose_relation", lambda scope: associated)
    for source, target in ((nodes[2], nodes[0]), (nodes[1], nodes[2])):
        editor.scene.link_requested.emit(source, target)
    assert len(editor.scene.links) == 3
    for link in editor.scene.links.values():  # each line from border to border, as a full recompute gives
        start = link.source.border_point(link.target.pos())
        end = link.target.border_point(link.source.pos())
        assert (link.line().p1(), link.line().p2()) == (start, end)
    placed_alone = [(round(entry.line().x1(), 6), round(entry.line().y2(), 6)) for entry in layer.entries]
    monkeypatch.undo()
    layer.nodes_moved()  # a full recompute puts them where they already are
    assert [(round(entry.line().x1(), 6), round(entry.line().y2(), 6)) for entry in layer.entries] == placed_alone


def test_every_entry_of_the_editor_context_menu_is_named(window):
    from PySide6.QtCore import QPoint

    network_id, _editor_widget = _editor(window)
    menu = window.network_actions.context_menu(network_id, None, None, QPoint(0, 0))
    try:
        entries = [action for action in menu.actions() if not action.isSeparator()]
        assert entries and all(action.text().strip() for action in entries)
        assert "Layout" in [action.text() for action in entries if action.menu()]
    finally:
        menu.hide()


def test_an_open_editor_names_relation_types_in_the_new_language(window):
    from qda_app.gui.i18n import install_language

    project = window.project
    relations.relate_codes(project, source="Centralismo::Recorte presupuestal", target="Centralismo",
                           relation="is part of")
    network_id, editor = _editor(window)
    window.network_actions.drop(network_id, _code_mime("Centralismo::Recorte presupuestal", "Centralismo"),
                                QPointF(0, 0))
    window.network_actions.flush()
    [link] = [entry for key, entry in editor.scene.links.items() if key[0] == "relation"]
    assert link.shape_record.label == "is part of"
    try:
        window.set_language("es")
        assert link.shape_record.label == "es parte de"
    finally:
        window.set_language("en")
        install_language("en")
    assert link.shape_record.label == "is part of"
