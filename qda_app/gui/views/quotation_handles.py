"""Boundary handles on the selected quotation: drag its start or end, one undoable resize.

While dragging only the preview moves (the selected quotation's highlight); the project is
changed once, on release, through the viewer's ``resize_requested`` signal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QTextCursor

if TYPE_CHECKING:
    from qda_app.gui.views.document_view import DocumentView

HANDLE_WIDTH = 10  # wide enough to grab on a touchpad, narrow enough not to hide a letter
KNOB = 7


class HandleDrag:
    def __init__(self, view: DocumentView) -> None:
        self.view = view
        self.side: str | None = None  # "start" or "end" while dragging
        self.preview: tuple[int, int] | None = None
        self._cached: tuple[tuple, dict[str, QRect]] = ((), {})  # asked several times per repaint

    @property
    def active(self) -> bool:
        return self.side is not None

    def cancel(self) -> None:
        self.side = None
        self.preview = None

    def handle_rects(self) -> dict[str, QRect]:
        view = self.view
        mark = view.index.by_id.get(view.selected_id) if view.selected_id is not None else None
        if mark is None:
            return {}
        start, end = self.preview or (mark.start, mark.end)
        editor = view.editor
        key = (start, end, editor.verticalScrollBar().value(), editor.viewport().width(), editor.document().revision(),
               editor.font().key())
        if key == self._cached[0]:
            return dict(self._cached[1])
        rects = {}
        for side, position in (("start", start), ("end", end)):
            cursor = QTextCursor(editor.document())
            cursor.setPosition(view.utf16.to_utf16(position))
            line = editor.cursorRect(cursor)
            rects[side] = QRect(line.center().x() - HANDLE_WIDTH // 2, line.top() - (KNOB if side == "start" else 0),
                                HANDLE_WIDTH, line.height() + KNOB)
        self._cached = (key, rects)
        return dict(rects)

    def begin(self, point: QPoint) -> bool:
        for side, rect in self.handle_rects().items():
            if rect.contains(point):
                mark = self.view.index.by_id[self.view.selected_id]
                self.side = side
                self.preview = (mark.start, mark.end)
                return True
        return False

    def _position(self, point: QPoint) -> int:
        view = self.view
        return view.utf16.to_code_point(view.editor.cursorForPosition(point).position())

    def move(self, point: QPoint) -> None:
        if self.preview is None:
            return
        start, end = self.preview
        position = self._position(point)
        if self.side == "start":
            start = min(position, end - 1)
        else:
            end = max(position, start + 1)
        self.preview = (max(0, start), min(len(self.view.text), end))
        self.view._show_selected()  # noqa: SLF001 (the viewer's own helper)
        self.view.margin.update()

    def finish(self, point: QPoint) -> None:
        self.move(point)
        view = self.view
        mark = view.index.by_id.get(view.selected_id) if view.selected_id is not None else None
        preview = self.preview
        self.cancel()
        if mark is not None and preview is not None and preview != (mark.start, mark.end) and preview[0] < preview[1]:
            view.resize_requested.emit(mark.id, preview[0], preview[1])
        view._show_selected()  # noqa: SLF001


def paint_handles(painter: QPainter, rects: dict[str, QRect], colour: QColor) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for side, rect in rects.items():
        x = rect.center().x()
        painter.fillRect(x - 1, rect.top(), 2, rect.height(), colour)
        knob_y = rect.top() if side == "start" else rect.bottom() - KNOB
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(x - KNOB // 2 - 1, knob_y, KNOB + 1, KNOB + 1)
