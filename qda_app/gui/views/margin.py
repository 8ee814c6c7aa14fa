"""The margin beside the text: one bracket per quotation, labelled with its ID and codes.

Only quotations touching the visible lines are painted (MarkIndex.touching: bisect on sorted
starts). Overlapping brackets sit side by side in lanes from core.spans.assign_lanes, computed
once per document by MarkIndex (so a bracket keeps its column while scrolling) and packed to
the lanes in use on screen, so the columns use the margin's width well. Columns that would
start beyond the margin's right edge are not drawn (they were clipped away before).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette, QStaticText,
)
from PySide6.QtWidgets import QToolTip, QWidget

from qda_app.gui.format import format_datetime

if TYPE_CHECKING:
    from qda_app.gui.views.document_view import DocumentView
    from qda_app.services.gui_queries import QuotationMark

# Colour, lighter fill when selected, ID text, then (swatch colour, name) per code label.
MarkLook = tuple[QColor, QColor, str, list[tuple[QColor, str]]]

MIN_COLUMN = 46
MAX_COLUMN = 260
TICK = 6
STROKE, SELECTED_STROKE = 2, 3  # bracket line widths


def fill_bracket(fill_rect: Callable[..., None], x: int, top: int, bottom: int, stroke: int,
                 colour: QColor) -> None:
    """A bracket from top to bottom at x with a tick at each end, as three filled rectangles.

    They cover the pixels that lines drawn with a pen of that width (square caps) cover, for
    a third of the calls (setPen and three drawLine): every bracket on screen is drawn at
    every scroll step.
    """
    fill_rect(x - 1, top - 1, stroke, bottom - top + stroke, colour)
    fill_rect(x - 1, top - 1, TICK + stroke, stroke, colour)
    fill_rect(x - 1, bottom - 1, TICK + stroke, stroke, colour)


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
        self._hits: list[tuple[int, int, int, int, int]] = []  # x, y, width, height, quotation id
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
        look = (colour, colour.lighter(130),
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
        height = self.height()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.AlternateBase))
        # The separator: the pixels of a one-pixel pen line from (0, 0) to (0, height).
        painter.fillRect(0, 0, 1, height + 1, palette.color(QPalette.ColorRole.Mid))
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
        # This loop runs for every bracket on screen at every scroll step: what does not depend
        # on the bracket is worked out before it, and cached values are read inline.
        fill_rect = painter.fillRect
        looks, look_of = self._looks, self._look
        labels_cache, label_of = self._label_cache, self._label
        width = column - TICK - 8
        hits = self._hits
        identifiers: list[tuple[int, int, QStaticText]] = []  # drawn after the brackets, with one
        names: list[tuple[int, int, QStaticText]] = []  # pen each: labels and brackets never overlap
        for position, mark in enumerate(marks):
            lane = lanes[position]
            x = 8 + lane * column
            top = tops[position]
            if top < -4:
                top = -4
            if mark.end <= end:
                bottom = line_bottoms[max(0, bisect_right(line_starts, mark.end - 1) - 1)]
                if bottom > height + 4:
                    bottom = height + 4
            else:
                bottom = height + 4
            if bottom - top < 6:
                bottom = top + 6
            found = looks.get(mark.id)
            colour, selected_fill, identifier, labels = found[1] if found is not None and found[0] is mark \
                else look_of(mark)
            if mark.id == selected_id:
                fill_bracket(fill_rect, x, top, bottom, SELECTED_STROKE, colour)
                fill_rect(x - 3, top, 3, bottom - top, selected_fill)
            else:
                fill_bracket(fill_rect, x, top, bottom, STROKE, colour)
            hit_height = bottom - top if bottom - top > line_height else line_height
            hits.append((x - 4, top, column, hit_height, mark.id))
            y = top if top > floor[lane] else floor[lane]
            if y < 0:
                y = 0
            limit = following[position] - 1
            if width < 14 or y + line_height > limit + line_height // 2 or y > height:
                continue
            label_x = x + TICK + 3
            text = labels_cache.get((identifier, width)) or label_of(metrics, identifier, width)
            identifiers.append((label_x, y, text))
            y += line_height
            for swatch, name in labels:
                if y + line_height > limit + 2 or y > height:
                    break
                fill_rect(label_x, y + swatch_offset, 8, 8, swatch)
                text = labels_cache.get((name, width - 11)) or label_of(metrics, name, width - 11)
                names.append((label_x + 11, y, text))
                y += line_height
            floor[lane] = y + 2
        draw_static_text = painter.drawStaticText
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        for x, y, text in identifiers:
            draw_static_text(x, y, text)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for x, y, text in names:
            draw_static_text(x, y, text)

    @property
    def hits(self) -> list[tuple[QRect, int]]:
        """The brackets painted last, as (clickable rectangle, quotation id), in painting order."""
        return [(QRect(x, y, width, height), mark_id) for x, y, width, height, mark_id in self._hits]

    def mark_at(self, point: QPoint) -> QuotationMark | None:
        px, py = point.x(), point.y()
        for x, y, width, height, mark_id in reversed(self._hits):
            if x <= px < x + width and y <= py < y + height:
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
