"""Networks: the list pane, editors opened as tabs beside the viewer, and what their gestures mean.

Every gesture is one service call (one command on the undo stack): a drag moves nodes
(``move_nodes``), a drop places them (``add_nodes``), a line drawn between two codes relates them
(``relate_codes``), between two quotations links them, from a memo attaches it. The editors are
redrawn from ``network_view`` when a notice names the tables they show.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from dataclasses import replace

from PySide6.QtCore import QMimeData, QObject, QPointF
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from qda_app.gui.dialogs.common import ask_text, confirm
from qda_app.gui.accelerators import assign_menu_accelerators
from qda_app.gui.i18n import current_language
from qda_app.gui.network.editor import NetworkEditor
from qda_app.gui.network.export import export_scene
from qda_app.gui.models.document_model import NumberRole
from qda_app.gui.models.memo_model import MemoIdRole
from qda_app.gui.models.quotation_model import QuotationIdRole
from qda_app.gui.network.pane_drags import NODE_MIME, NodeDragFilter, nodes_from
from qda_app.gui.network.refresh import NetworkRefresh, thaw
from qda_app.gui.network.shapes import LinkShape
from qda_app.gui.views.document_view import CODE_MIME, code_paths_from
from qda_app.services.document_pages import document_by_id
from qda_app.services import (code_groups, coding, memos, network_layout, network_view, networks, quotation_links,
                              relations)
from qda_app.services.atomic_files import file_name_from
from qda_app.services.commands import ChangeNotice, CommandRecord
from qda_app.services.networks import NodeRef

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow

DROP_STEP = 40.0  # several nodes dropped at once step down from the drop point


class NetworkActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.editors: dict[int, NetworkEditor] = {}
        self.views: dict[int, network_view.NetworkView] = {}
        self.relation_types: dict[int, object] = {}  # id -> RelationType, as last read
        self.refresher = NetworkRefresh(self)  # what a notice makes the open editors read again
        pane = window.docks.network_pane
        pane.open_requested.connect(self.open_network)
        pane.create_requested.connect(self.new_network)
        pane.rename_requested.connect(self.rename_network)
        pane.delete_requested.connect(self.delete_network)
        window.registry.connect("actionNewNetwork", self.new_network)
        # Quotations, documents and memos are dragged from their lists (codes: the tree's own drag).
        self.pane_drags = [
            NodeDragFilter(window.docks.quotation_pane.table, "quotation", QuotationIdRole),
            NodeDragFilter(window.docks.document_pane.list, "document", NumberRole),
            NodeDragFilter(window.memo_pane.table, "memo", MemoIdRole),
        ]
        window.central_tabs.tabCloseRequested.connect(self._close_tab)

    @property
    def project(self):
        return self.window.project

    def language(self) -> str:
        return current_language()

    # --- the list of networks -----------------------------------------------------------------

    def reload_list(self) -> None:
        if self.project is None:
            self.window.docks.network_pane.show_networks([])
            return
        self.window.docks.network_pane.show_networks(
            [(network.id, network.name, len(network.nodes)) for network in networks.list_networks(self.project)])

    def new_network(self, name: str | None = None) -> int | None:
        if self.project is None:
            return None
        if name is None:
            name = ask_text(self.window, title=self.tr("New Network"), label=self.tr("Name of the network:"))
        if not name or not name.strip():
            return None
        created = self.window.run(lambda: networks.create_network(self.project, name=name.strip()))
        if created is None:
            return None
        self.open_network(created.id)
        return created.id

    def rename_network(self, network_id: int, name: str | None = None) -> None:
        current = networks.get_network(self.project, network_id)
        if name is None:
            name = ask_text(self.window, title=self.tr("Rename Network"), label=self.tr("New name:"), value=current.name)
        if name and name.strip():
            self.window.run(lambda: networks.rename_network(self.project, network=network_id, new_name=name.strip()))

    def delete_network(self, network_id: int, *, ask: bool = True) -> None:
        current = networks.get_network(self.project, network_id)
        text = self.tr("Delete the network “%1”? The codes, quotations and relations it shows stay in the "
                       "project. You can undo this.").replace("%1", current.name)
        if ask and not confirm(self.window, title=self.tr("Delete Network"), text=text):
            return
        self.window.run(lambda: networks.delete_network(self.project, network=network_id))

    # --- editors ------------------------------------------------------------------------------

    def open_network(self, network_id: int) -> NetworkEditor:
        editor = self.editors.get(network_id)
        tabs = self.window.central_tabs
        if editor is None:
            editor = self.editors[network_id] = NetworkEditor(network_id, tabs)
            editor.scene.accepted_formats = (CODE_MIME, NODE_MIME)
            editor.scene.nodes_moved.connect(lambda positions, n=network_id: self.move_nodes(n, positions))
            editor.scene.link_requested.connect(lambda a, b, n=network_id: self.link_nodes(n, a, b))
            editor.scene.node_activated.connect(lambda node, n=network_id: self.activate_node(n, node))
            editor.scene.dropped.connect(lambda mime, at, n=network_id: self.drop(n, mime, at))
            editor.scene.context_requested.connect(
                lambda node, link, where, n=network_id: self.context_menu(n, node, link, where))
            editor.layout_requested.connect(lambda kind, n=network_id: self.apply_layout(n, kind))
            editor.neighbours_requested.connect(lambda nodes, n=network_id: self.add_neighbours(n, nodes))
            editor.remove_requested.connect(lambda nodes, links, n=network_id: self.remove(n, nodes, links))
            editor.export_requested.connect(lambda n=network_id: self.export(n))
            tabs.addTab(editor, "")
            self.refresh_editor(network_id, first=True)
            self.refresher.pending.pop(network_id, None)  # just read
        tabs.setCurrentWidget(editor)
        return editor

    def _close_tab(self, index: int) -> None:
        widget = self.window.central_tabs.widget(index)
        if isinstance(widget, NetworkEditor):
            self.close_editor(widget.network_id)

    def close_editor(self, network_id: int) -> None:
        editor = self.editors.pop(network_id, None)
        self.views.pop(network_id, None)
        if editor is not None:
            self.window.central_tabs.removeTab(self.window.central_tabs.indexOf(editor))
            editor.deleteLater()
            thaw()

    def refresh_editor(self, network_id: int, *, first: bool = False) -> None:
        self.refresher.editor(network_id, first=first)

    def retranslate(self) -> None:
        """After a language switch: the open editors name built-in relation types anew."""
        for network_id in list(self.editors):
            self.refresh_editor(network_id)

    def project_opened(self) -> None:
        self.reload_list()

    def project_closed(self) -> None:
        for network_id in list(self.editors):
            self.close_editor(network_id)
        self.reload_list()

    def on_change(self, notice: ChangeNotice, record: CommandRecord | None) -> None:
        self.refresher.on_change(notice, record)

    def flush(self) -> None:
        """Apply the pending refreshes now (the timer, or a reader that needs the editors current)."""
        self.refresher.flush()

    # --- gestures -----------------------------------------------------------------------------

    def move_nodes(self, network_id: int, positions: dict) -> None:
        self.window.run(lambda: networks.move_nodes(self.project, network=network_id, positions=positions))

    def drop(self, network_id: int, mime: QMimeData, at: QPointF) -> list[int]:
        refs: list[tuple[str, object]] = [("code", path) for path in code_paths_from(mime)]
        for kind, reference in nodes_from(mime):
            refs.append((kind, int(reference) if kind in ("quotation", "memo") else reference))
        nodes = [NodeRef(kind, target, at.x(), at.y() + index * DROP_STEP) for index, (kind, target) in enumerate(refs)]
        if not nodes:
            return []
        return self.window.run(lambda: networks.add_nodes(self.project, network=network_id, nodes=nodes)) or []

    def choose_relation(self, scope: str) -> int | None:
        """A menu of the relation types of ``scope`` at the cursor; the chosen type's id."""
        menu = QMenu(self.window)
        language = self.language()
        for kind in relations.list_relation_types(self.project, scope):
            action = menu.addAction(kind.name_in(language))
            action.setData(kind.id)
        chosen = menu.exec(QCursor.pos())
        return None if chosen is None else chosen.data()

    def link_nodes(self, network_id: int, source: int, target: int) -> None:
        view = self.views.get(network_id)
        if view is None:
            return
        first, second = view.node(source), view.node(target)
        kinds = (first.kind, second.kind)
        project, run = self.project, self.window.run
        if kinds == ("code", "code"):
            relation = self.choose_relation("code")
            if relation is not None:
                made = run(lambda: relations.relate_codes(project, source=first.target_id, target=second.target_id,
                                                          relation=relation))
                if made is not None:
                    self._show_link(network_id, ("relation", made.id), made.type_id, first, second)
        elif kinds == ("quotation", "quotation"):
            relation = self.choose_relation("quotation")
            if relation is not None:
                made = run(lambda: quotation_links.link_quotations(project, source=first.target_id,
                                                                   target=second.target_id, relation=relation))
                if made is not None:
                    self._show_link(network_id, ("quotation_link", made.id), made.type_id, first, second)
        elif "memo" in kinds:
            memo, other = (first, second) if first.kind == "memo" else (second, first)
            run(lambda: memos.attach_memo(project, memo_id=memo.target_id, target_type=other.kind,
                                          target=other.target_id))
        elif set(kinds) == {"quotation", "code"}:
            quotation, code = (first, second) if first.kind == "quotation" else (second, first)
            path = self.window.codes_by_id[code.target_id].path
            run(lambda: coding.code_quotation(project, quotation=quotation.target_id, codes=[path]))
        elif set(kinds) == {"code", "code_group"}:
            code, group = (first, second) if first.kind == "code" else (second, first)
            run(lambda: code_groups.add_codes_to_group(project, name=group.name, codes=[code.target_id]))
        else:
            QMessageBox.information(self.window, self.tr("Link"), self.tr(
                "A %1 and a %2 cannot be linked. Link codes to codes (a relation), quotations to quotations, "
                "a quotation to a code (coding), a code to a code group, or a memo to anything.").replace(
                "%1", first.kind.replace("_", " ")).replace("%2", second.kind.replace("_", " ")))

    def _show_link(self, network_id: int, key: tuple, type_id: int, first, second) -> None:
        """Draw the new link now; the refresh that follows brings the figures ({G-D}) around it."""
        kind = self.relation_types.get(type_id) or relations.relation_type(
            self.project, type_id, scope="code" if key[0] == "relation" else "quotation")
        self.editors[network_id].scene.add_link(LinkShape(
            key=key, source=first.node_id, target=second.node_id, label=kind.name_in(self.language()),
            directed=kind.directed, line_style=kind.line_style, colour=kind.color))

    def activate_node(self, network_id: int, node_id: int) -> None:
        view = self.views.get(network_id)
        if view is None:
            return
        node = view.node(node_id)
        window = self.window
        if node.kind == "code":
            window.docks.quotation_pane.show_code(window.codes_by_id[node.target_id].path)
            window.docks.quotations.show()
            window.docks.quotations.raise_()
        elif node.kind == "quotation":
            window.central_tabs.setCurrentIndex(0)
            window.jump_to_quotation(node.target_id)
        elif node.kind == "document":
            document = document_by_id(window.project, node.target_id) if window.project is not None else None
            if document is not None:
                window.central_tabs.setCurrentIndex(0)
                window.open_document(document.number)
        elif node.kind == "memo":
            window.docks.memos.show()
            window.docks.memos.raise_()
            window.memo_pane.select_memo(node.target_id)

    def apply_layout(self, network_id: int, kind: str) -> None:
        editor, view = self.editors.get(network_id), self.views.get(network_id)
        if editor is None or view is None or not view.nodes:
            return
        positions = network_layout.layout(view, kind, sizes=self._sizes(network_id, view))
        self.move_nodes(network_id, {node: (round(x, 1), round(y, 1)) for node, (x, y) in positions.items()})
        self.flush()  # the places now, so that the view fits the new picture
        editor.view.fit()

    def _sizes(self, network_id: int, view) -> dict[int, tuple[float, float]]:
        """The boxes the layouts keep apart: the drawn items' own, a guess for nodes not drawn yet."""
        drawn = {key: (item.rect().width(), item.rect().height())
                 for key, item in self.editors[network_id].scene.nodes.items()}
        missing = [node for node in view.nodes if node.node_id not in drawn]
        return {**(network_layout.estimated_sizes(replace(view, nodes=tuple(missing))) if missing else {}), **drawn}

    def add_neighbours(self, network_id: int, node_ids: list[int]) -> None:
        """One undo step: add the neighbours, then place them around what they neighbour."""
        editor = self.editors[network_id]
        stack = self.window.undo_stack
        stack.beginMacro(self.tr("Add neighbours"))
        try:
            added = self.window.run(lambda: networks.add_neighbours(self.project, network=network_id,
                                                                    node_ids=node_ids)) or []
            if added:  # placed around what the user placed, which stays where it is
                view = network_view.network_view(self.project, network_id)
                positions = network_layout.layout(view, "force", nodes=added, sizes=self._sizes(network_id, view))
                self.move_nodes(network_id, {node: (round(x, 1), round(y, 1)) for node, (x, y) in positions.items()})
        finally:
            stack.endMacro()
        self.flush()
        editor.view.fit()

    def remove(self, network_id: int, node_ids: list[int], link_keys: list[tuple], *, ask: bool = True) -> None:
        project, run = self.project, self.window.run
        stored = [key for key in link_keys if key[0] in ("relation", "quotation_link")]
        if stored and ask and not confirm(self.window, title=self.tr("Delete Relations"), text=self.tr(
                "Delete %1 relation(s) or link(s) from the project? Every network showing them loses them too. "
                "You can undo this.").replace("%1", str(len(stored)))):
            stored = []
        stack = self.window.undo_stack
        stack.beginMacro(self.tr("Remove from network"))
        try:
            for kind, record_id in stored:
                if kind == "relation":
                    run(lambda record_id=record_id: relations.delete_relation(project, relation_id=record_id))
                else:
                    run(lambda record_id=record_id: quotation_links.delete_quotation_link(project, link_id=record_id))
            if node_ids:
                run(lambda: networks.remove_nodes(project, network=network_id, node_ids=node_ids))
        finally:
            stack.endMacro()

    def context_menu(self, network_id: int, node_id, link_key, where) -> QMenu:
        editor = self.editors[network_id]
        menu = QMenu(self.window)
        if node_id is not None:
            menu.addAction(self.tr("Show"), lambda: self.activate_node(network_id, node_id))
            menu.addAction(editor.neighbours_action)
        if link_key is not None and link_key[0] == "relation":
            menu.addAction(self.tr("Comment on Relation…"), lambda: self.comment_relation(link_key[1]))
        if node_id is not None or link_key is not None:
            menu.addAction(editor.remove_action)
        if node_id is None and link_key is None:
            self._group_menus(menu, network_id, editor.view.mapToScene(editor.view.mapFromGlobal(where)))
        menu.addSeparator()
        menu.addMenu(editor.layout_menu)
        menu.addAction(editor.export_action)
        assign_menu_accelerators(menu)
        menu.popup(where)
        return menu

    def _group_menus(self, menu: QMenu, network_id: int, at: QPointF) -> None:
        """Groups have no list to drag them from: the editor's own menu places them."""
        from qda_app.gui.filter_choices import filter_choices

        choices = filter_choices(self.project)
        for kind, title, names in (("code_group", self.tr("Add Code Group"), choices.code_groups),
                                   ("document_group", self.tr("Add Document Group"), choices.document_groups)):
            submenu = menu.addMenu(title)
            submenu.setEnabled(bool(names))
            for name in names:
                submenu.addAction(name, lambda kind=kind, name=name: self.add_group(network_id, kind, name, at))

    def add_group(self, network_id: int, kind: str, name: str, at: QPointF = QPointF(0, 0)) -> list[int]:
        return self.window.run(lambda: networks.add_nodes(
            self.project, network=network_id, nodes=[NodeRef(kind, name, at.x(), at.y())])) or []

    def comment_relation(self, relation_id: int, text: str | None = None) -> None:
        from qda_app.gui.dialogs.common import ask_multiline

        current = next((item for item in relations.list_code_relations(self.project) if item.id == relation_id), None)
        if current is None:
            return
        if text is None:
            text = ask_multiline(self.window, title=self.tr("Comment on Relation"), label=self.tr("Comment:"),
                                 value=current.comment)
        if text is not None:
            self.window.run(lambda: relations.comment_relation(self.project, relation_id=relation_id, comment=text))

    def export(self, network_id: int, path: str | None = None) -> Path | None:
        editor, view = self.editors[network_id], self.views.get(network_id)
        name = view.network.name if view else ""
        if path is None:
            suggested = Path.home() / f"{file_name_from(name, fallback='network')}.png"  # "Actores: red" on Windows
            path, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Export Network"), str(suggested),
                self.tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"))
        if not path:
            return None
        if Path(path).suffix.lower() not in (".png", ".svg", ".pdf"):
            QMessageBox.warning(self.window, self.tr("Export Network"),
                                self.tr("%1: use .png, .svg or .pdf").replace("%1", path))
            return None
        return self.window.run(lambda: export_scene(editor.scene, path, title=name))
