"""Dragging quotations, documents and memos from their panes onto a network.

The panes' models stay as they are: an event filter on a pane's view starts the drag itself,
carrying "kind<TAB>reference" lines; the code tree already drags code paths (CODE_MIME).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

NODE_MIME = "application/x-qda-app-network-nodes"


def node_mime(entries: list[tuple[str, str]]) -> QMimeData:
    mime = QMimeData()
    mime.setData(NODE_MIME, "\n".join(f"{kind}\t{reference}" for kind, reference in entries).encode("utf-8"))
    mime.setText("; ".join(reference for _, reference in entries))
    return mime


def nodes_from(mime: QMimeData) -> list[tuple[str, str]]:
    if not mime.hasFormat(NODE_MIME):
        return []
    entries = []
    for line in bytes(mime.data(NODE_MIME).data()).decode("utf-8").split("\n"):
        kind, _, reference = line.partition("\t")
        if kind and reference:
            entries.append((kind, reference))
    return entries


class NodeDragFilter(QObject):
    """Starts a drag of the selected rows of ``view`` as network nodes of ``kind``."""

    def __init__(self, view: QAbstractItemView, kind: str, role: int, *, prefix: str = "") -> None:
        super().__init__(view)
        self.view, self.kind, self.role, self.prefix = view, kind, role, prefix
        self._pressed: QPoint | None = None
        view.viewport().installEventFilter(self)

    def references(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return [f"{self.prefix}{index.data(self.role)}" for index in rows if index.data(self.role) is not None]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._pressed = event.position().toPoint() if event.button() == Qt.MouseButton.LeftButton else None
        elif event.type() == QEvent.Type.MouseButtonRelease:
            self._pressed = None
        elif (event.type() == QEvent.Type.MouseMove and isinstance(event, QMouseEvent) and self._pressed is not None
              and event.buttons() & Qt.MouseButton.LeftButton
              and (event.position().toPoint() - self._pressed).manhattanLength() >= QApplication.startDragDistance()):
            self._pressed = None
            references = self.references()
            if references:
                drag = QDrag(self.view)
                drag.setMimeData(node_mime([(self.kind, reference) for reference in references]))
                drag.exec(Qt.DropAction.CopyAction)
                return True
        return False
