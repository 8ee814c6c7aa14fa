"""The margin beside the text: one bracket per quotation, labelled with its ID and codes.

Only quotations touching the visible lines are painted (MarkIndex.touching: bisect on sorted
starts). Overlapping brackets sit side by side in lanes from core.spans.assign_lanes, computed
once per document by MarkIndex (so a bracket keeps its column while scrolling) and packed to
the lanes in use on screen, so the columns use the margin's width well. Columns that would
start beyond the margin's right edge are not drawn (they were clipped away before).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QStaticText,
)
from PySide6.QtWidgets import QToolTip, QWidget

from qda_app.gui.format import format_datetime

if TYPE_CHECKING:
    from qda_app.gui.views.document_view import DocumentView
    from qda_app.services.gui_queries import QuotationMark

# Pen, selected pen, lighter fill, ID text, then (swatch colour, name) per code label.
MarkLook = tuple[QPen, QPen, QColor, str, list[tuple[QColor, str]]]

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
        # paintEvent fills its whole rectangle: the window behind it need not be drawn first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumWidth(90)
        self.setAccessibleName(self.tr("Quotation margin"))
        self.setAccessibleDescription(
            self.tr("Brackets showing each quotation's extent, ID and codes; click one to select it")
        )
        self._hits: list[tuple[QRect, int]] = []
        self._label_cache: dict[tuple[str, int], QStaticText] = {}
        self._label_font_key = ""
        self._font: QFont | None = None
        self._metrics: QFontMetrics | None = None
        # Per mark, what its bracket and labels need; valid while the mark object and the
        # style's (codes, by coder, coders) stay the same: the marks are frozen, replaced on change.
        self._looks: dict[int, tuple[QuotationMark, MarkLook]] = {}
        self._style_key: tuple = ()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(300, 400)

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return font

    def _look(self, mark: QuotationMark) -> MarkLook:
        found = self._looks.get(mark.id)
        if found is not None and found[0] is mark:
            return found[1]
        style = self.view.style
        colour = QColor(style.colours(mark)[0])
        look = (QPen(colour, 2), QPen(colour, 3), colour.lighter(130),
                mark.quotation_id + (" ★" if mark.representative_of else ""),
                [(QColor(swatch), name) for name, swatch in style.labels(mark)])
        self._looks[mark.id] = (mark, look)
        return look

    def _check_style(self) -> None:
        style = self.view.style
        key = (id(style.codes), len(style.codes), style.by_coder, style.coders, self.view.document_number)
        if key != self._style_key:
            self._style_key = key
            self._looks.clear()

    def forget_looks(self) -> None:
        """Colours or names changed in place: every bracket's look is worked out again."""
        self._looks.clear()

    def _label(self, metrics: QFontMetrics, text: str, width: int) -> QStaticText:
        """The text elided to the width, laid out once: labels repeat on every repaint."""
        key = (text, width)
        found = self._label_cache.get(key)
        if found is None:
            if len(self._label_cache) > 4000:
                self._label_cache.clear()
            found = QStaticText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
            found.setTextFormat(Qt.TextFormat.PlainText)
            self._label_cache[key] = found
        return found

    def _font_and_metrics(self) -> tuple[QFont, QFontMetrics]:
        font = self._label_font()
        if self._font is None or self._label_font_key != font.key():
            self._label_font_key = font.key()
            self._label_cache.clear()
            self._font, self._metrics = font, QFontMetrics(font)
        assert self._metrics is not None
        return self._font, self._metrics

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, 0, 0, self.height())
        self._hits = []
        view = self.view
        (start, end), line_starts, line_tops, line_bottoms = view.screen_lines()
        marks = [mark for mark in view.index.touching(start, end) if view.style.is_shown(mark)]
        if not marks:
            return
        # Stable lanes (a bracket keeps its column while scrolling), packed to the lanes in use.
        lanes_by_id = view.index.lanes
        used = sorted({lanes_by_id.get(mark.id, 0) for mark in marks})
        column_of = {lane: position for position, lane in enumerate(used)}
        column = max(MIN_COLUMN, min(MAX_COLUMN, (self.width() - 10) // len(used)))
        fitting = max(1, (self.width() - 8 + column - 1) // column)  # columns starting inside the margin
        lanes = [column_of[lanes_by_id.get(mark.id, 0)] for mark in marks]
        shown = [position for position, lane in enumerate(lanes) if lane < fitting]
        marks = [marks[position] for position in shown]
        lanes = [lanes[position] for position in shown]
        font, metrics = self._font_and_metrics()
        painter.setFont(font)
        self._check_style()
        line_height = metrics.height()
        swatch_offset = (line_height - 8) // 2
        selected_id = view.selected_quotation
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text_colour = palette.color(QPalette.ColorRole.Text)
        dim_colour = palette.color(QPalette.ColorRole.PlaceholderText)
        height = self.height()
        # A quotation running on above or below the screen needs no line geometry: it is clipped.
        tops = [line_tops[bisect_right(line_starts, mark.start) - 1] if mark.start >= start else -10_000
                for mark in marks]
        floor = [-10_000] * len(used)  # per column: where the previous label ended
        # Where the next bracket in the same lane begins: a label may run on below its own
        # bracket (short quotations, many codes) but never into the next one.
        following = [height + 10_000] * len(marks)
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
            if mark.end <= end:
                bottom = min(line_bottoms[max(0, bisect_right(line_starts, mark.end - 1) - 1)], height + 4)
            else:
                bottom = height + 4
            if bottom - top < 6:
                bottom = top + 6
            pen, selected_pen, selected_fill, identifier, labels = self._look(mark)
            selected = mark.id == selected_id
            painter.setPen(selected_pen if selected else pen)
            painter.drawLine(x, top, x, bottom)
            painter.drawLine(x, top, x + TICK, top)
            painter.drawLine(x, bottom, x + TICK, bottom)
            if selected:
                painter.fillRect(x - 3, top, 3, bottom - top, selected_fill)
            label_x = x + TICK + 3
            width = column - TICK - 8
            y = max(top, floor[lane], 0)
            limit = following[position] - 1
            hit = QRect(x - 4, top, column, max(bottom - top, line_height))
            self._hits.append((hit, mark.id))
            if width < 14 or y + line_height > limit + line_height // 2 or y > height:
                continue
            painter.setPen(dim_colour)
            painter.drawStaticText(label_x, y, self._label(metrics, identifier, width))
            y += line_height
            if labels:
                painter.setPen(text_colour)
            for colour, name in labels:
                if y + line_height > limit + 2 or y > height:
                    break
                painter.fillRect(label_x, y + swatch_offset, 8, 8, colour)
                painter.drawStaticText(label_x + 11, y, self._label(metrics, name, width - 11))
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
