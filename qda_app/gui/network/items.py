"""The graphics items of the network editor: one QGraphicsItem subclass per node kind and one for links.

As in Qt's diagramscene/elasticnodes examples the items only draw themselves and tell their links
when they move; what a drag or a drop means for the project is decided by the controller.
"""

from __future__ import annotations

import math
from dataclasses import replace
from functools import lru_cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from qda_app.gui.network.shapes import LinkShape, NodeShape

PADDING = 8.0
MAX_TEXT_WIDTH = 220.0
ARROW_SIZE = 10.0
PEN_STYLES = {"solid": Qt.PenStyle.SolidLine, "dashed": Qt.PenStyle.DashLine, "dotted": Qt.PenStyle.DotLine}


# Pixel sizes, not points: the scene is rendered to screens, 2x images, SVG and 300 dpi PDF alike,
# and a point size would be scaled once by the device's resolution and again by the render transform.
@lru_cache(maxsize=1)
def _title_font() -> QFont:
    font = QFont()
    font.setPixelSize(13)
    font.setBold(True)
    return font


@lru_cache(maxsize=1)
def _body_font() -> QFont:
    font = QFont()
    font.setPixelSize(12)
    return font


@lru_cache(maxsize=1)
def _title_metrics() -> QFontMetricsF:
    return QFontMetricsF(_title_font())


@lru_cache(maxsize=1)
def _body_metrics() -> QFontMetricsF:
    return QFontMetricsF(_body_font())


LABEL_BACKGROUND = QColor(255, 255, 255, 230)
LABEL_DETAIL = 0.45  # below this zoom, link labels are not drawn (unreadable, and 5,000 of them cost)


class NodeItem(QGraphicsItem):
    """A movable box: a colour mark, the title, and a second line (kind-specific)."""

    fill = QColor("#ffffff")
    border_style = Qt.PenStyle.SolidLine
    corner = 6.0
    subtitle_lines = 1

    def __init__(self, shape: NodeShape) -> None:
        super().__init__()
        self.links: list[LinkItem] = []
        self.follow_links = True  # off while the scene moves many nodes, then every link once
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
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
        self._measure()
        for link in self.links:
            link.adjust()
        self.update()

    def _measure(self) -> None:
        title_metrics, body_metrics = _title_metrics(), _body_metrics()
        shape = self.shape_record
        self._title = title_metrics.elidedText(shape.title, Qt.TextElideMode.ElideRight, MAX_TEXT_WIDTH)
        self._lines = self._wrap(shape.subtitle, body_metrics) if shape.subtitle else []
        width = max([title_metrics.horizontalAdvance(self._title)]
                    + [body_metrics.horizontalAdvance(line) for line in self._lines])
        width = max(width + 2 * PADDING + self.mark_width(), 60.0)
        height = title_metrics.height() + len(self._lines) * body_metrics.height() + 2 * PADDING
        self._rect = QRectF(-width / 2, -height / 2, width, height)
        self._bounds = self._rect.adjusted(-2, -2, 2, 2)
        self.setToolTip("\n".join(part for part in (shape.title, shape.subtitle[:400]) if part))
        self._title_height = title_metrics.height()
        self._line_height = body_metrics.height()

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
        painter.setFont(_body_font())
        painter.setPen(QColor("#424242"))
        for row, line in enumerate(self._lines):
            painter.drawText(QRectF(left, top + self._title_height + row * self._line_height, MAX_TEXT_WIDTH,
                                    self._line_height), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):  # noqa: N802 (Qt override)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and self.follow_links:
            for link in self.links:
                link.adjust()
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


class LinkItem(QGraphicsItem):
    """A line from one node's border to the other's, the relation's label in the middle."""

    def __init__(self, shape: LinkShape, source: NodeItem, target: NodeItem) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(0)
        self.shape_record = shape
        self.source, self.target = source, target
        source.links.append(self)
        target.links.append(self)
        self._line = QLineF()
        self._label_rect = QRectF()
        self._label_width = self._measure_label()
        self._style()
        self.adjust()

    @property
    def key(self):
        return self.shape_record.key

    def _measure_label(self) -> float:
        text = self.shape_record.label
        return _body_metrics().horizontalAdvance(text) + 6 if text else 0.0

    def set_shape(self, shape: LinkShape) -> None:
        if shape != self.shape_record:
            self.shape_record = shape
            self._label_width = self._measure_label()
            self._style()
            self.adjust()
            self.update()

    def detach(self) -> None:
        for node in (self.source, self.target):
            if self in node.links:
                node.links.remove(self)

    def adjust(self) -> None:
        """Follow the nodes: the line, arrow head, label box and bounds, computed once per move
        (painting and the scene's queries then only read them)."""
        self.prepareGeometryChange()
        start = self.source.border_point(self.target.pos())
        end = self.target.border_point(self.source.pos())
        self._line = line = QLineF(start, end)
        height, width = _body_metrics().height(), self._label_width
        middle = line.center()
        self._label_rect = QRectF(middle.x() - width / 2, middle.y() - height / 2, width, height)
        self._arrow = None
        if self.shape_record.directed and line.length() >= 1:
            angle = math.atan2(-line.dy(), line.dx())
            tip = line.p2()
            self._arrow = QPolygonF([
                tip, tip + QPointF(math.sin(angle - math.pi / 3) * ARROW_SIZE, math.cos(angle - math.pi / 3) * ARROW_SIZE),
                tip + QPointF(math.sin(angle - 2 * math.pi / 3) * ARROW_SIZE,
                              math.cos(angle - 2 * math.pi / 3) * ARROW_SIZE)])
        extra = ARROW_SIZE + 2
        self._bounds = QRectF(start, end).normalized().adjusted(-extra, -extra, extra, extra).united(self._label_rect)
        self._outline = None

    def line(self) -> QLineF:
        return QLineF(self._line)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._outline is None:  # only hit tests need it: made on the first one after a move
            path = QPainterPath(self._line.p1())
            path.lineTo(self._line.p2())
            stroker = QPainterPathStroker()
            stroker.setWidth(8.0)
            self._outline = stroker.createStroke(path)
            self._outline.addRect(self._label_rect)
        return self._outline

    def _style(self) -> None:
        shape = self.shape_record
        self._colour = QColor(shape.colour)
        style = PEN_STYLES.get(shape.line_style, Qt.PenStyle.SolidLine)
        self._pen, self._selected_pen = QPen(self._colour, 1.4, style), QPen(self._colour, 2.5, style)
        self._arrow_pen = QPen(self._colour, 1.0)
        self._text_colour = self._colour.darker(130)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._line.length() < 1:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(self._selected_pen if selected else self._pen)
        painter.drawLine(self._line)
        if self._arrow is not None:
            painter.setPen(self._arrow_pen)
            painter.setBrush(self._colour)
            painter.drawPolygon(self._arrow)
        label = self.shape_record.label
        if label and option.levelOfDetailFromTransform(painter.worldTransform()) >= LABEL_DETAIL:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(LABEL_BACKGROUND)
            painter.drawRect(self._label_rect)
            painter.setPen(self._text_colour)
            painter.setFont(_body_font())
            painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, label)
