"""The nodes of the network editor: one QGraphicsItem subclass per node kind (links: links.py).

As in Qt's diagramscene/elasticnodes examples the items only draw themselves and tell their links
when they move; what a drag or a drop means for the project is decided by the controller.
"""

from __future__ import annotations

import math
from dataclasses import replace
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from qda_app.gui.network.shapes import NodeShape

PADDING = 8.0
MAX_TEXT_WIDTH = 220.0


# Pixel sizes, not points: the scene is rendered to screens, 2x images, SVG and 300 dpi PDF alike,
# and a point size would be scaled once by the device's resolution and again by the render transform.
@lru_cache(maxsize=1)
def _title_font() -> QFont:
    font = QFont()
    font.setPixelSize(13)
    font.setBold(True)
    return font


@lru_cache(maxsize=1)
def body_font() -> QFont:
    font = QFont()
    font.setPixelSize(12)
    return font


@lru_cache(maxsize=1)
def title_metrics_cached() -> QFontMetricsF:
    return QFontMetricsF(_title_font())


@lru_cache(maxsize=1)
def body_metrics() -> QFontMetricsF:
    return QFontMetricsF(body_font())





class NodeItem(QGraphicsItem):
    """A movable box: a colour mark, the title, and a second line (kind-specific)."""

    fill = QColor("#ffffff")
    border_style = Qt.PenStyle.SolidLine
    corner = 6.0
    subtitle_lines = 1

    def __init__(self, shape: NodeShape) -> None:
        super().__init__()
        self.links: list = []  # LinkEntry (links.py) ending here
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        # Repaints (a link drawn, a zoom step) blit the box instead of laying out its text again;
        # exports switch the cache off so that SVG and PDF get real text (export.py).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.shape_record = shape
        self._measure()

    @property
    def key(self):
        return self.shape_record.key

    def set_shape(self, shape: NodeShape) -> None:
        """A new record; the box is measured again only when what it shows changed (not its place)."""
        if shape == self.shape_record:
            return
        unplaced = replace(shape, x=None, y=None)
        if unplaced == replace(self.shape_record, x=None, y=None):
            self.shape_record = shape
            return
        self.prepareGeometryChange()
        self.shape_record = shape
        before = QRectF(self._rect)
        self._measure()
        if self.links and self._rect != before:  # the links' ends follow the box's border
            self.links[0].layer.nodes_moved()
        self.update()

    def _measure(self) -> None:
        title_metrics, line_metrics = title_metrics_cached(), body_metrics()
        shape = self.shape_record
        self._title = title_metrics.elidedText(shape.title, Qt.TextElideMode.ElideRight, MAX_TEXT_WIDTH)
        self._lines = self._wrap(shape.subtitle, line_metrics) if shape.subtitle else []
        width = max([title_metrics.horizontalAdvance(self._title)]
                    + [line_metrics.horizontalAdvance(line) for line in self._lines])
        width = max(width + 2 * PADDING + self.mark_width(), 60.0)
        height = title_metrics.height() + len(self._lines) * line_metrics.height() + 2 * PADDING
        self._rect = QRectF(-width / 2, -height / 2, width, height)
        self._bounds = self._rect.adjusted(-2, -2, 2, 2)
        self.setToolTip("\n".join(part for part in (shape.title, shape.subtitle[:400]) if part))
        self._title_height = title_metrics.height()
        self._line_height = line_metrics.height()

    def _wrap(self, text: str, metrics: QFontMetricsF) -> list[str]:
        words, lines, current = " ".join(text.split()).split(" "), [], ""
        for word in words:
            candidate = f"{current} {word}".strip()
            if metrics.horizontalAdvance(candidate) <= MAX_TEXT_WIDTH or not current:
                current = candidate
            else:
                lines.append(current)
                current = word
            if len(lines) == self.subtitle_lines:
                break
        if current and len(lines) < self.subtitle_lines:
            lines.append(current)
        if len(lines) == self.subtitle_lines and " ".join(lines) != " ".join(words):
            lines[-1] = metrics.elidedText(lines[-1] + "…", Qt.TextElideMode.ElideRight, MAX_TEXT_WIDTH)
        return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, MAX_TEXT_WIDTH) for line in lines]

    def mark_width(self) -> float:
        return 14.0

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self._rect, self.corner, self.corner)
        return path

    def rect(self) -> QRectF:
        return QRectF(self._rect)

    def outline(self, painter: QPainter) -> None:
        painter.drawRoundedRect(self._rect, self.corner, self.corner)

    def paint_mark(self, painter: QPainter) -> None:
        size = 10.0
        painter.setBrush(QColor(self.shape_record.colour))
        painter.setPen(QPen(QColor("#444444"), 0.5))
        painter.drawRect(QRectF(self._rect.left() + PADDING, -self._rect.height() / 2 + PADDING + 3, size, size))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pen = QPen(QColor("#1565c0") if selected else QColor("#616161"), 2.0 if selected else 1.0, self.border_style)
        painter.setPen(pen)
        painter.setBrush(QBrush(self.fill))
        self.outline(painter)
        self.paint_mark(painter)
        left = self._rect.left() + PADDING + self.mark_width()
        top = self._rect.top() + PADDING
        painter.setPen(QColor("#212121"))
        painter.setFont(_title_font())
        painter.drawText(QRectF(left, top, MAX_TEXT_WIDTH, self._title_height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._title)
        painter.setFont(body_font())
        painter.setPen(QColor("#424242"))
        for row, line in enumerate(self._lines):
            painter.drawText(QRectF(left, top + self._title_height + row * self._line_height, MAX_TEXT_WIDTH,
                                    self._line_height), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):  # noqa: N802 (Qt override)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and self.links:
            self.links[0].layer.nodes_moved()
        return super().itemChange(change, value)

    def border_point(self, towards: QPointF) -> QPointF:
        """Where the line from the centre to ``towards`` leaves the box (links end there)."""
        centre = self.pos()
        dx, dy = towards.x() - centre.x(), towards.y() - centre.y()
        if dx == 0 and dy == 0:
            return centre
        half_w, half_h = self._rect.width() / 2, self._rect.height() / 2
        scale = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
        return QPointF(centre.x() + dx * scale, centre.y() + dy * scale)


class CodeNode(NodeItem):
    fill = QColor("#fffdf5")


class QuotationNode(NodeItem):
    fill = QColor("#f3f7fb")
    corner = 2.0
    subtitle_lines = 2

    def paint_mark(self, painter: QPainter) -> None:
        painter.setPen(QPen(QColor(self.shape_record.colour), 3.0))
        x = self._rect.left() + PADDING + 2
        painter.drawLine(QPointF(x, self._rect.top() + PADDING), QPointF(x, self._rect.bottom() - PADDING))


class MemoNode(NodeItem):
    fill = QColor("#fff8c4")
    corner = 0.0
    subtitle_lines = 2

    def outline(self, painter: QPainter) -> None:
        fold = 10.0
        rect = self._rect
        painter.drawPolygon(QPolygonF([rect.topLeft(), QPointF(rect.right() - fold, rect.top()),
                                       QPointF(rect.right(), rect.top() + fold), rect.bottomRight(), rect.bottomLeft()]))

    def paint_mark(self, painter: QPainter) -> None:
        pass

    def mark_width(self) -> float:
        return 0.0


class DocumentNode(NodeItem):
    fill = QColor("#eef6ee")
    corner = 0.0

    def paint_mark(self, painter: QPainter) -> None:
        painter.setPen(QPen(QColor("#2e7d32"), 1.0))
        painter.setBrush(QColor("#ffffff"))
        page = QRectF(self._rect.left() + PADDING, -self._rect.height() / 2 + PADDING + 1, 9.0, 12.0)
        painter.drawRect(page)


class GroupNode(NodeItem):
    fill = QColor("#f5f0fa")
    border_style = Qt.PenStyle.DashLine
    corner = 12.0


NODE_CLASSES: dict[str, type[NodeItem]] = {
    "code": CodeNode, "quotation": QuotationNode, "memo": MemoNode, "document": DocumentNode,
    "code_group": GroupNode, "document_group": GroupNode,
}


def make_node(shape: NodeShape) -> NodeItem:
    return NODE_CLASSES.get(shape.kind, NodeItem)(shape)
