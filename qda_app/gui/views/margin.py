"""The margin beside the text: one bracket per quotation, labelled with its ID and codes.

Only quotations touching the visible lines are painted (MarkIndex.touching: bisect on sorted
starts). Overlapping brackets sit side by side in lanes from core.spans.assign_lanes, computed
for the visible quotations so the columns use the margin's width well.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from qda_app.core.spans import assign_lanes
from qda_app.gui.format import format_datetime

if TYPE_CHECKING:
    from qda_app.gui.views.document_view import DocumentView
    from qda_app.services.gui_queries import QuotationMark

MIN_COLUMN = 46
MAX_COLUMN = 260
TICK = 6


class Margin(QWidget):
    quotation_clicked = Signal(int)

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self.setObjectName("quotationMargin")
        self.view = view
        self.setMouseTracking(True)
        self.setMinimumWidth(90)
        self.setAccessibleName(self.tr("Quotation margin"))
        self.setAccessibleDescription(
            self.tr("Brackets showing each quotation's extent, ID and codes; click one to select it")
        )
        self._hits: list[tuple[QRect, int]] = []

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(300, 400)

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, 0, 0, self.height())
        self._hits = []
        view = self.view
        start, end = view.visible_range()
        marks = [mark for mark in view.index.touching(start, end) if view.style.is_shown(mark)]
        if not marks:
            return
        lanes = assign_lanes([(mark.start, mark.end) for mark in marks])
        lane_count = max(lanes) + 1
        column = max(MIN_COLUMN, min(MAX_COLUMN, (self.width() - 10) // lane_count))
        font = self._label_font()
        painter.setFont(font)
        metrics = QFontMetrics(font)
        line_height = metrics.height()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text_colour = palette.color(QPalette.ColorRole.Text)
        dim_colour = palette.color(QPalette.ColorRole.PlaceholderText)
        floor = [-10_000] * lane_count  # per lane: where the previous label ended
        tops = [view.line_top(mark.start) for mark in marks]
        # Where the next bracket in the same lane begins: a label may run on below its own
        # bracket (short quotations, many codes) but never into the next one.
        following = [self.height() + 10_000] * len(marks)
        next_top: dict[int, int] = {}
        for position in range(len(marks) - 1, -1, -1):
            lane = lanes[position]
            if lane in next_top:
                following[position] = next_top[lane]
            next_top[lane] = tops[position]
        for position, mark in enumerate(marks):
            lane = lanes[position]
            x = 8 + lane * column
            top = max(tops[position], -4)
            bottom = min(view.line_bottom(mark.end), self.height() + 4)
            if bottom - top < 6:
                bottom = top + 6
            colours = view.style.colours(mark)
            selected = mark.id == view.selected_quotation
            pen = QPen(QColor(colours[0]), 3 if selected else 2)
            painter.setPen(pen)
            painter.drawLine(x, top, x, bottom)
            painter.drawLine(x, top, x + TICK, top)
            painter.drawLine(x, bottom, x + TICK, bottom)
            if selected:
                painter.fillRect(QRect(x - 3, top, 3, bottom - top), QColor(colours[0]).lighter(130))
            label_x = x + TICK + 3
            width = column - TICK - 8
            y = max(top, floor[lane], 0)
            limit = following[position] - 1
            hit = QRect(x - 4, top, column, max(bottom - top, line_height))
            self._hits.append((hit, mark.id))
            if width < 14 or y + line_height > limit + line_height // 2:
                continue
            painter.setPen(dim_colour)
            identifier = mark.quotation_id + (" ★" if mark.representative_of else "")
            painter.drawText(QRect(label_x, y, width, line_height), Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(identifier, Qt.TextElideMode.ElideRight, width))
            y += line_height
            for name, colour in view.style.labels(mark):
                if y + line_height > limit + 2:
                    break
                swatch = QRect(label_x, y + (line_height - 8) // 2, 8, 8)
                painter.fillRect(swatch, QColor(colour))
                painter.setPen(text_colour)
                painter.drawText(QRect(label_x + 11, y, width - 11, line_height), Qt.AlignmentFlag.AlignLeft,
                                 metrics.elidedText(name, Qt.TextElideMode.ElideRight, width - 11))
                y += line_height
            floor[lane] = y + 2

    def mark_at(self, point: QPoint) -> QuotationMark | None:
        for rect, mark_id in reversed(self._hits):
            if rect.contains(point):
                return self.view.index.by_id.get(mark_id)
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        mark = self.mark_at(event.position().toPoint())
        if mark is None:
            QToolTip.hideText()
            self.unsetCursor()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(mark), self)

    def tooltip_for(self, mark: QuotationMark) -> str:
        codes = ", ".join(name for name, _ in self.view.style.labels(mark)) or self.tr("(no codes)")
        coders = ", ".join(dict.fromkeys(coder for _, coder in mark.codings)) or (mark.created_by or "")
        lines = [
            self.tr("Quotation %1").replace("%1", mark.quotation_id),
            self.tr("Codes: %1").replace("%1", codes),
            self.tr("Coder: %1").replace("%1", coders),
            self.tr("Created: %1").replace("%1", format_datetime(mark.created_at)),
        ]
        if mark.comment:
            lines.append(self.tr("Comment: %1").replace("%1", mark.comment))
        return "\n".join(lines)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        mark = self.mark_at(event.position().toPoint())
        if mark is not None and event.button() == Qt.MouseButton.LeftButton:
            self.quotation_clicked.emit(mark.id)
