"""The network editor's scene: shows nodes and links, and reports gestures as signals.

It holds no rules. A finished drag is reported once (``nodes_moved``), a line dragged from one
node to another as ``link_requested``, a drop from a pane as ``dropped``; the controller turns
each into one command, and the project's notice brings the result back through ``show``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLineF, QMimeData, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (QGraphicsLineItem, QGraphicsScene, QGraphicsSceneContextMenuEvent,
                               QGraphicsSceneDragDropEvent, QGraphicsSceneMouseEvent)

from qda_app.gui.network.items import NodeItem, make_node
from qda_app.gui.network.links import LinkEntry, LinkLayer
from qda_app.gui.network.shapes import LinkShape, NodeKey, NodeShape

CASCADE = 30.0  # nodes shown before they have a position step down-right from the origin
SCENE_MARGIN = 600.0


class NetworkScene(QGraphicsScene):
    nodes_moved = Signal(object)  # {NodeKey: (x, y)} after one drag
    link_requested = Signal(object, object)  # source NodeKey, target NodeKey
    node_activated = Signal(object)  # NodeKey, on double-click
    dropped = Signal(object, object)  # QMimeData, QPointF (scene position)
    context_requested = Signal(object, object, object)  # NodeKey | None, link key | None, screen QPoint

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Layouts move every item at once: keeping a BSP index up to date costs more than it saves.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.nodes: dict[NodeKey, NodeItem] = {}
        self.links: dict[tuple, LinkEntry] = {}
        self.layer = LinkLayer()
        self.addItem(self.layer)
        self.linking = False  # link mode: a drag from a node draws a link instead of moving it
        self.accepted_formats: tuple[str, ...] = ()
        self._rubber: QGraphicsLineItem | None = None
        self._link_source: NodeItem | None = None
        self._drag_start: dict[NodeKey, QPointF] = {}

    # --- showing ------------------------------------------------------------------------------

    def show(self, nodes: list[NodeShape], links: list[LinkShape]) -> None:
        """Make the scene show exactly these nodes and links, touching only what differs."""
        wanted = {shape.key: shape for shape in nodes}
        wanted_links = {shape.key: shape for shape in links
                        if shape.source in wanted and shape.target in wanted}
        self.layer.hold()
        try:
            for key in [key for key, link in self.links.items()
                        if key not in wanted_links or link.source.key not in wanted or link.target.key not in wanted]:
                self._remove_link(key)
            for key in [key for key in self.nodes if key not in wanted]:
                self.removeItem(self.nodes.pop(key))
            unplaced = 0
            for shape in nodes:
                item = self.nodes.get(shape.key)
                if item is None:
                    item = self.nodes[shape.key] = make_node(shape)
                    self.addItem(item)
                    if shape.x is None or shape.y is None:
                        item.setPos(unplaced * CASCADE, unplaced * CASCADE)
                        unplaced += 1
                else:
                    item.set_shape(shape)
                if shape.x is not None and shape.y is not None and (item.x(), item.y()) != (shape.x, shape.y):
                    item.setPos(shape.x, shape.y)
            for shape in wanted_links.values():
                self.add_link(shape)
        finally:
            self.layer.release()
        self._fit_rect()

    def update_items(self, *, nodes: list[NodeShape], links: list[LinkShape], removed: list[tuple]) -> None:
        """A few nodes' figures and a few links changed (a link drawn or deleted): only those
        items are touched, the rest of the scene is neither read nor redrawn."""
        self.layer.hold()
        try:
            for key in removed:
                if key in self.links:
                    self._remove_link(key)
            for shape in nodes:
                item = self.nodes.get(shape.key)
                if item is not None:
                    item.set_shape(replace(shape, x=item.x(), y=item.y()) if shape.x is None else shape)
            for shape in links:
                self.add_link(shape)
        finally:
            self.layer.release()

    def move_nodes(self, positions: dict[NodeKey, tuple[float | None, float | None]]) -> None:
        """Only the places of nodes changed (a drag, a layout, their undo)."""
        self.layer.hold()
        try:
            for key, (x, y) in positions.items():
                item = self.nodes.get(key)
                if item is not None and x is not None and y is not None and (item.x(), item.y()) != (x, y):
                    item.setPos(x, y)
        finally:
            self.layer.release()
        self._fit_rect()

    def _fit_rect(self) -> None:
        """The scene's extent from its nodes, with room around them (the scene would otherwise
        grow without end as nodes move)."""
        if not self.nodes:
            return
        rect = QRectF()
        for item in self.nodes.values():
            rect = rect.united(item.sceneBoundingRect())
        self.setSceneRect(rect.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN))

    def add_link(self, shape: LinkShape) -> LinkEntry | None:
        link = self.links.get(shape.key)
        if link is not None and (link.source.key, link.target.key) == (shape.source, shape.target):
            link.set_shape(shape)
            return link
        if link is not None:
            self._remove_link(shape.key)
        source, target = self.nodes.get(shape.source), self.nodes.get(shape.target)
        if source is None or target is None:
            return None
        link = self.links[shape.key] = LinkEntry(shape, source, target, self.layer)
        self.layer.add(link)
        return link

    def _remove_link(self, key: tuple) -> None:
        self.layer.remove(self.links.pop(key))

    def clear_network(self) -> None:
        self.show([], [])

    def positions(self) -> dict[NodeKey, tuple[float, float]]:
        return {key: (item.x(), item.y()) for key, item in self.nodes.items()}

    def selected_node_keys(self) -> list[NodeKey]:
        return [item.key for item in self.selectedItems() if isinstance(item, NodeItem)]

    def selected_link_keys(self) -> list[tuple]:
        return [key for key in self.layer.selected if key in self.links]

    def link_at(self, position: QPointF) -> LinkEntry | None:
        views = self.views()
        scale = views[0].transform().m11() if views else 1.0
        return self.layer.entry_at(position, scale)

    def node_at(self, position: QPointF) -> NodeItem | None:
        for item in self.items(position):
            if isinstance(item, NodeItem):
                return item
        return None

    # --- gestures -----------------------------------------------------------------------------

    def _starts_link(self, event: QGraphicsSceneMouseEvent) -> bool:
        return event.button() == Qt.MouseButton.LeftButton and (
            self.linking or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt override)
        node = self.node_at(event.scenePos())
        if node is not None and self._starts_link(event):
            self._link_source = node
            self._rubber = QGraphicsLineItem(QLineF(node.pos(), event.scenePos()))
            self._rubber.setPen(QPen(QColor("#1565c0"), 1.5, Qt.PenStyle.DashLine))
            self._rubber.setZValue(5)
            self.addItem(self._rubber)
            event.accept()
            return
        if node is None and event.button() == Qt.MouseButton.LeftButton:
            link = self.link_at(event.scenePos())
            if link is not None:
                self.clearSelection()
                self.layer.select([link.key])
                event.accept()
                return
        if self.layer.selected and not (event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.layer.select([])
        super().mousePressEvent(event)
        self._drag_start = {item.key: item.pos() for item in self.selectedItems() if isinstance(item, NodeItem)}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self._rubber is not None and self._link_source is not None:
            self._rubber.setLine(QLineF(self._link_source.pos(), event.scenePos()))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self._rubber is not None:
            source = self._link_source
            self.removeItem(self._rubber)
            self._rubber, self._link_source = None, None
            target = self.node_at(event.scenePos())
            if source is not None and target is not None and target is not source:
                self.link_requested.emit(source.key, target.key)
            return
        super().mouseReleaseEvent(event)
        moved = {key: (self.nodes[key].x(), self.nodes[key].y()) for key, start in self._drag_start.items()
                 if key in self.nodes and self.nodes[key].pos() != start}
        self._drag_start = {}
        if moved:
            self._fit_rect()
            self.nodes_moved.emit(moved)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt override)
        node = self.node_at(event.scenePos())
        if node is not None:
            self.node_activated.emit(node.key)
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        node = self.node_at(event.scenePos())
        link = self.link_at(event.scenePos()) if node is None else None
        if node is not None and not node.isSelected():
            self.clearSelection()
            node.setSelected(True)
        if link is not None:
            self.clearSelection()
            self.layer.select([link.key])
        self.context_requested.emit(node.key if node else None, link.key if link else None, event.screenPos())

    # --- drops from the panes -----------------------------------------------------------------

    def _accepts(self, mime: QMimeData) -> bool:
        return any(mime.hasFormat(name) for name in self.accepted_formats)

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802 (Qt override)
        event.setAccepted(self._accepts(event.mimeData()))

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802 (Qt override)
        if self._accepts(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802 (Qt override)
        if self._accepts(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.dropped.emit(event.mimeData(), event.scenePos())
        else:
            event.ignore()
