"""The network editor widget: a toolbar over a zoomable view of one network's scene.

The widget knows nothing of the project: its buttons become signals, and the controller
(network_actions) answers them with commands.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QMenu, QToolBar, QToolButton, QVBoxLayout, QWidget

from qda_app.gui.network.scene import NetworkScene
from qda_app.services.network_layout import LAYOUTS

ZOOM_STEP = 1.15


class NetworkView(QGraphicsView):
    def __init__(self, scene: NetworkScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("networkView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAcceptDrops(True)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
        else:
            super().wheelEvent(event)

    def zoom(self, steps: int) -> None:
        factor = ZOOM_STEP ** steps
        scale = self.transform().m11() * factor
        if 0.05 <= scale <= 8:
            self.scale(factor, factor)

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect()
        if not rect.isEmpty():
            self.fitInView(rect.adjusted(-30, -30, 30, 30), Qt.AspectRatioMode.KeepAspectRatio)
            if self.transform().m11() > 1.0:  # a small network is shown at its natural size
                self.resetTransform()
                self.centerOn(rect.center())


class NetworkEditor(QWidget):
    layout_requested = Signal(str)
    neighbours_requested = Signal(object)  # [NodeKey]
    remove_requested = Signal(object, object)  # [NodeKey], [link key]
    export_requested = Signal()

    def __init__(self, network_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkEditor")
        self.network_id = network_id
        self.scene = NetworkScene(self)
        self.view = NetworkView(self.scene, self)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("networkToolbar")
        self.link_action = QAction(self, checkable=True)
        self.link_action.setObjectName("actionLinkMode")
        self.link_action.toggled.connect(self._set_linking)
        self.layout_button = QToolButton(self)
        self.layout_button.setObjectName("layoutButton")
        self.layout_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.layout_menu = QMenu(self)
        self.layout_actions: dict[str, QAction] = {}
        for kind in LAYOUTS:
            action = self.layout_menu.addAction("")
            action.setObjectName(f"actionLayout_{kind}")
            action.triggered.connect(lambda *_, kind=kind: self.layout_requested.emit(kind))
            self.layout_actions[kind] = action
        self.layout_button.setMenu(self.layout_menu)
        self.neighbours_action = QAction(self)
        self.neighbours_action.setObjectName("actionAddNeighbours")
        self.neighbours_action.triggered.connect(lambda: self.neighbours_requested.emit(self._chosen_nodes()))
        self.remove_action = QAction(self)
        self.remove_action.setObjectName("actionRemoveFromNetwork")
        self.remove_action.setShortcut(Qt.Key.Key_Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_action.triggered.connect(
            lambda: self.remove_requested.emit(self.scene.selected_node_keys(), self.scene.selected_link_keys()))
        self.addAction(self.remove_action)
        self.fit_action = QAction(self)
        self.fit_action.setObjectName("actionFitNetwork")
        self.fit_action.triggered.connect(self.view.fit)
        self.zoom_in_action, self.zoom_out_action = QAction(self), QAction(self)
        self.zoom_in_action.triggered.connect(lambda: self.view.zoom(1))
        self.zoom_out_action.triggered.connect(lambda: self.view.zoom(-1))
        self.export_action = QAction(self)
        self.export_action.setObjectName("actionExportNetwork")
        self.export_action.triggered.connect(self.export_requested.emit)
        self.toolbar.addAction(self.link_action)
        self.toolbar.addWidget(self.layout_button)
        for action in (self.neighbours_action, self.remove_action, None, self.zoom_in_action, self.zoom_out_action,
                       self.fit_action, None, self.export_action):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view)
        self.retranslate()

    def _set_linking(self, on: bool) -> None:
        self.scene.linking = on
        self.view.setDragMode(QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.RubberBandDrag)

    def _chosen_nodes(self) -> list:
        return self.scene.selected_node_keys() or list(self.scene.nodes)

    def retranslate(self) -> None:
        self.link_action.setText(self.tr("Draw Links"))
        self.link_action.setToolTip(self.tr("Drag from one node to another to link them (or hold Shift while dragging)"))
        self.layout_button.setText(self.tr("Layout"))
        self.layout_menu.setTitle(self.tr("Layout"))  # its entry in the editor's context menu
        names = {"hierarchical": self.tr("Hierarchical"), "radial": self.tr("Radial"),
                 "force": self.tr("Force-directed")}
        for kind, action in self.layout_actions.items():
            action.setText(names[kind])
        self.neighbours_action.setText(self.tr("Add Neighbours"))
        self.neighbours_action.setToolTip(self.tr("Add the codes related to the selected nodes (all nodes when none is selected)"))
        self.remove_action.setText(self.tr("Remove from Network"))
        self.fit_action.setText(self.tr("Fit"))
        self.zoom_in_action.setText(self.tr("Zoom In"))
        self.zoom_out_action.setText(self.tr("Zoom Out"))
        self.export_action.setText(self.tr("Export…"))
        self.view.setAccessibleName(self.tr("Network"))
