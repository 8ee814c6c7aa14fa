"""The viewer's text widget: read-only, selectable, a drop target for codes, and the handles.

Code-point positions cross its signals; the UTF-16 conversion is the owning DocumentView's
(core.spans.Utf16Map). ``CODE_MIME`` is what the code tree drags.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from qda_app.core.spans import Utf16Map
from qda_app.gui.views.quotation_handles import paint_handles

if TYPE_CHECKING:
    from qda_app.gui.views.document_view import DocumentView

CODE_MIME = "application/x-qda-code-paths"


def utf16_map(text: str) -> Utf16Map:
    """The text's position map; a text without astral characters maps one to one.

    Checking that through one encode is a C loop, where Utf16Map scans character by
    character (a second for a 1 MB transcript with accents).
    """
    if text.isascii() or len(text.encode("utf-16-le")) == 2 * len(text):
        return Utf16Map("")
    return Utf16Map(text)


def code_paths_from(mime: QMimeData) -> list[str]:
    if not mime.hasFormat(CODE_MIME):
        return []
    return [path for path in bytes(mime.data(CODE_MIME).data()).decode("utf-8").split("\n") if path]


class TextView(QPlainTextEdit):
    """Read-only but selectable text that accepts codes dropped from the code tree."""

    codes_dropped = Signal(list, int)  # code paths, code-point position of the drop
    context_menu_wanted = Signal(QMenu)

    def __init__(self, owner: DocumentView) -> None:
        super().__init__(owner)
        self.owner = owner
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAcceptDrops(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDocumentMargin(18)

    # Dragging over the text must not move the cursor: that would drop the selection to code.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasFormat(CODE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasFormat(CODE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        paths = code_paths_from(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        position = self.cursorForPosition(event.position().toPoint()).position()
        self.codes_dropped.emit(paths, self.owner.utf16.to_code_point(position))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        # Highlights first, under the text: QPlainTextEdit draws the lines without a background.
        painter = QPainter(self.viewport())
        painter.setClipRect(event.rect())
        self.owner.highlighter.paint(painter, self, self.owner.visible_blocks(event.rect()))
        painter.end()
        super().paintEvent(event)
        handles = self.owner.handle_rects()
        if handles:
            painter = QPainter(self.viewport())
            paint_handles(painter, handles, self.owner.selected_colour())
            painter.end()

    # A press on a boundary handle drags it; a plain click in coded text selects its quotation.
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._press = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and self.owner.drag.begin(self._press):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        point = event.position().toPoint()
        if self.owner.drag.active:
            self.owner.drag.move(point)
            return
        over_handle = any(rect.contains(point) for rect in self.owner.handle_rects().values())
        self.viewport().setCursor(Qt.CursorShape.SizeVerCursor if over_handle else Qt.CursorShape.IBeamCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        point = event.position().toPoint()
        if self.owner.drag.active:
            self.owner.drag.finish(point)
            return
        super().mouseReleaseEvent(event)
        press = getattr(self, "_press", None)
        if (event.button() == Qt.MouseButton.LeftButton and press is not None
                and (press - point).manhattanLength() < 4 and not self.textCursor().hasSelection()):
            self.owner.click_at(self.owner.utf16.to_code_point(self.cursorForPosition(point).position()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the lines re-wrap
            self.owner.shapes_ahead.restart()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        menu = self.createStandardContextMenu()
        self.context_menu_wanted.emit(menu)
        menu.exec(event.globalPos())
        menu.deleteLater()
