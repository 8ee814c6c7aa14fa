"""The margin beside the text: one bracket per quotation, labelled with its ID and codes.

objectName ``marginArea``. Overlapping and adjacent quotations stand in parallel lanes
(margin_geometry, over core.margin_layout); a label sits beside its own bracket and never
overlaps another; quotations for which the width has no lane are counted in a "+N" badge
that lists them and can widen the margin. Painting and clicks read the same geometry.

Automation interface: ``label_rects()`` and ``bracket_rects()`` map "D:Q" to rectangles in
margin coordinates for the quotations drawn now; a left click at a bracket's centre selects it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor, QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QFontMetrics, QMouseEvent,
    QPainter, QPaintEvent, QPalette, QStaticText,
)
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from qda_app.gui.format import format_datetime
from qda_app.gui.views.margin_geometry import BADGE, TICK, MarginGeometry, compute_geometry

if TYPE_CHECKING:
    from qda_app.gui.views.document_view import DocumentView
    from qda_app.services.gui_queries import QuotationMark

STROKE, SELECTED_STROKE = 2, 3  # bracket line widths
CODE_MIME = "application/x-qda-code-paths"


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
    quotation_double_clicked = Signal(int)
    hovered_changed = Signal(object)  # quotation id or None
    menu_wanted = Signal(QMenu, int)  # a menu to fill for the quotation, before it is shown
    codes_dropped = Signal(list, int)  # code paths, quotation id
    widen_requested = Signal(int)  # the width that would show every lane

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self.setObjectName("marginArea")
        self.view = view
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        # paintEvent fills its whole rectangle: the window behind it need not be drawn first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumWidth(90)
        self.hovered: int | None = None
        self.linked: frozenset[int] = frozenset()  # quotations that take part in a quotation link
        self.geometry_drawn = MarginGeometry()
        self._font: QFont | None = None
        self._metrics: QFontMetrics | None = None
        # Labels laid out once (elided to their width): the same ones repaint at every scroll step.
        self._labels: dict[tuple[str, int], QStaticText] = {}
        # Per mark, its code labels; valid while the mark object and the style's key stay the
        # same (marks are frozen and replaced when they change).
        self._codes: dict[int, tuple[QuotationMark, list[tuple[str, str]]]] = {}
        self._style_key: tuple = ()
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Quotation margin"))
        self.setAccessibleDescription(self.tr(
            "Brackets showing each quotation's extent, ID and codes; click one to select it, "
            "right-click for its actions, drop a code on it to code it"))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(300, 400)

    def forget_looks(self) -> None:
        """Colours or names changed in place: the next repaint reads them again."""
        self._codes.clear()
        self.update()

    def code_labels(self, mark: QuotationMark) -> list[tuple[str, str]]:
        """(name, colour) of the mark's shown codes, worked out once per mark and style."""
        style = self.view.style
        key = (id(style.codes), len(style.codes), style.by_coder, style.coders, id(style.coder_palette))
        if key != self._style_key:
            self._style_key = key
            self._codes.clear()
        found = self._codes.get(mark.id)
        if found is None or found[0] is not mark:
            found = (mark, style.labels(mark))
            self._codes[mark.id] = found
        return found[1]

    def _font_and_metrics(self) -> tuple[QFont, QFontMetrics]:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        if self._font is None or self._font.key() != font.key():
            self._font, self._metrics = font, QFontMetrics(font)
            self._labels.clear()
        assert self._metrics is not None
        return self._font, self._metrics

    def _static(self, metrics: QFontMetrics, text: str, width: int) -> QStaticText:
        key = (text, width)
        found = self._labels.get(key)
        if found is None:
            if len(self._labels) > 4000:
                self._labels.clear()
            found = QStaticText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
            found.setTextFormat(Qt.TextFormat.PlainText)
            self._labels[key] = found
        return found

    # --- geometry -------------------------------------------------------------------------

    def current_geometry(self) -> MarginGeometry:
        _, metrics = self._font_and_metrics()
        return compute_geometry(self.view, width=self.width(), height=self.height(), line_height=metrics.height(),
                                code_count=self._code_count, keep=self.view.selected_id)

    def _code_count(self, mark: QuotationMark) -> int:
        return len(self.code_labels(mark))

    def set_linked(self, quotation_ids: set[int]) -> None:
        linked = frozenset(quotation_ids)
        if linked != self.linked:
            self.linked = linked
            self.update()

    def label_rects(self) -> dict[str, QRect]:
        return {entry.mark.quotation_id: QRect(entry.label) for entry in self.current_geometry().placed}

    def bracket_rects(self) -> dict[str, QRect]:
        return {entry.mark.quotation_id: QRect(entry.bracket) for entry in self.current_geometry().placed}

    def overflow_rects(self) -> list[tuple[QRect, list[str]]]:
        """The "+N" badges, each with the IDs of the quotations it stands for."""
        by_id = self.view.index.by_id
        return [(QRect(badge), [by_id[key].quotation_id for key in keys if key in by_id])
                for badge, keys in self.current_geometry().overflow]

    @property
    def hits(self) -> list[tuple[QRect, int]]:
        """The brackets painted last, as (clickable rectangle, quotation id), in painting order."""
        return [(QRect(entry.bracket), entry.mark.id) for entry in self.geometry_drawn.placed]

    def mark_at(self, point: QPoint) -> QuotationMark | None:
        found = self.geometry_drawn.mark_at(point.x(), point.y())
        return self.view.index.by_id.get(found) if found is not None else None

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.AlternateBase))
        painter.fillRect(0, 0, 1, self.height() + 1, palette.color(QPalette.ColorRole.Mid))
        geometry = self.geometry_drawn = self.current_geometry()
        if not geometry.placed and not geometry.overflow:
            return
        font, metrics = self._font_and_metrics()
        painter.setFont(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        style, selected, hovered = self.view.style, self.view.selected_id, self.hovered
        line_height = geometry.line_height
        identifiers: list[tuple[int, int, QStaticText]] = []  # drawn after the brackets, one pen each
        names: list[tuple[int, int, QStaticText]] = []
        swatch_offset = (line_height - 8) // 2
        for entry in geometry.placed:
            mark = entry.mark
            colour = QColor(style.colours(mark)[0])
            emphasised = mark.id in (selected, hovered)
            if emphasised:
                painter.fillRect(entry.x - 3, entry.top, 3, entry.bottom - entry.top, colour.lighter(130))
            fill_bracket(painter.fillRect, entry.x, entry.top, entry.bottom,
                         SELECTED_STROKE if emphasised else STROKE, colour)
            label = entry.label
            if mark.id == selected:
                painter.fillRect(label, palette.color(QPalette.ColorRole.Highlight).lighter(170)
                                 if not _dark(palette) else palette.color(QPalette.ColorRole.Highlight).darker(160))
            width, left = label.width(), label.left()
            text = mark.quotation_id + (" ★" if mark.representative_of else "") + (" ⇄" if mark.id in self.linked else "")
            identifiers.append((left, label.top(), self._static(metrics, text, width)))
            y = label.top() + line_height
            for name, swatch in self.code_labels(mark)[:entry.code_lines]:
                painter.fillRect(left, y + swatch_offset, 8, 8, QColor(swatch))
                names.append((left + 11, y, self._static(metrics, name, width - 11)))
                y += line_height
            if entry.more_codes:
                more = self.tr("+%1 more").replace("%1", str(entry.more_codes))
                names.append((left + 11, y, self._static(metrics, more, width - 11)))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        for x, y, text in identifiers:
            painter.drawStaticText(x, y, text)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for x, y, text in names:
            painter.drawStaticText(x, y, text)
        for badge, keys in geometry.overflow:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(badge, 6, 6)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, f"+{len(keys)}")

    # --- pointer ------------------------------------------------------------------------------

    def _point(self, event) -> QPoint:
        return event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        point = self._point(event)
        mark = self.mark_at(point)
        self._set_hovered(mark.id if mark else None)
        hidden = self.geometry_drawn.overflow_at(point.x(), point.y())
        if mark is None and not hidden:
            QToolTip.hideText()
            self.unsetCursor()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        text = self.tooltip_for(mark) if mark else self.tr("%1 more quotations here: click to list them").replace(
            "%1", str(len(hidden)))
        QToolTip.showText(event.globalPosition().toPoint(), text, self)

    def leaveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._set_hovered(None)
        super().leaveEvent(event)

    def _set_hovered(self, mark_id: int | None) -> None:
        if mark_id != self.hovered:
            self.hovered = mark_id
            self.hovered_changed.emit(mark_id)
            self.update()

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
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self._point(event)
        mark = self.mark_at(point)
        if mark is not None:
            self.quotation_clicked.emit(mark.id)
            return
        hidden = self.geometry_drawn.overflow_at(point.x(), point.y())
        if hidden:
            self.show_overflow(hidden, self.mapToGlobal(point))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        mark = self.mark_at(self._point(event))
        if mark is not None and event.button() == Qt.MouseButton.LeftButton:
            self.quotation_double_clicked.emit(mark.id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        mark = self.mark_at(event.pos())
        if mark is None:
            return
        self.quotation_clicked.emit(mark.id)  # the menu acts on the quotation it was opened on
        menu = QMenu(self)
        menu.setObjectName("quotationMenu")
        self.menu_wanted.emit(menu, mark.id)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def show_overflow(self, hidden: tuple[int, ...], where: QPoint) -> QMenu:
        """List the quotations behind a "+N": choosing one selects it; or widen the margin."""
        menu = QMenu(self)
        menu.setObjectName("overflowMenu")
        by_id = self.view.index.by_id
        for key in hidden:
            mark = by_id.get(key)
            if mark is None:
                continue
            codes = ", ".join(name for name, _ in self.view.style.labels(mark))
            action = menu.addAction(f"{mark.quotation_id}  {codes}".strip())
            action.triggered.connect(lambda *_, chosen=key: self.quotation_clicked.emit(chosen))
        menu.addSeparator()
        widen = menu.addAction(self.tr("Widen the margin to show them all"))
        widen.triggered.connect(lambda *_: self.widen_requested.emit(self.width_for_all()))
        menu.popup(where)
        return menu

    def width_for_all(self) -> int:
        """A margin width at which the quotations on screen need no "+N"."""
        width = self.width()
        while width < 4000:
            width += 60
            if not compute_geometry(self.view, width=width, height=self.height(),
                                    line_height=self.geometry_drawn.line_height,
                                    code_count=self._code_count,
                                    keep=self.view.selected_id).overflow:
                return width + BADGE
        return width

    # --- dropping codes on a bracket ----------------------------------------------------------

    def _drop_target(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> QuotationMark | None:
        if not event.mimeData().hasFormat(CODE_MIME):
            return None
        return self.mark_at(event.position().toPoint())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasFormat(CODE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt override)
        mark = self._drop_target(event)
        self._set_hovered(mark.id if mark else None)
        if mark is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        from qda_app.gui.views.document_view import code_paths_from

        mark = self._drop_target(event)
        paths = code_paths_from(event.mimeData())
        if mark is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.codes_dropped.emit(paths, mark.id)


def _dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
