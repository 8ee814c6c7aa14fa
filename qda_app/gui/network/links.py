"""The links of a network: plain entries, drawn together by one layer item.

A network of 300 nodes can show 5,000 relations. One QGraphicsItem per link costs a Python call
per link for every bound query, move and paint; here the geometry of every link is computed at
once with numpy when nodes move, and painting draws each line style in one call (lines, then the
arrow heads as one path). Picking a link is a distance test over the same arrays.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from qda_app.gui.network.items import NodeItem, body_font, body_metrics
from qda_app.gui.network.shapes import LinkShape

ARROW_SIZE = 10.0
ARROW_HALF_ANGLE = np.pi / 6
PEN_STYLES = {"solid": Qt.PenStyle.SolidLine, "dashed": Qt.PenStyle.DashLine, "dotted": Qt.PenStyle.DotLine}
LABEL_BACKGROUND = QColor(255, 255, 255, 230)
LABEL_DETAIL = 0.45  # below this zoom, labels are not drawn (unreadable, and thousands of them cost)
PICK_DISTANCE = 5.0  # screen pixels from a line that still pick it
DENSE_LINKS = 1500  # above this many links the screen draws them without smoothing


@lru_cache(maxsize=256)
def label_width(label: str) -> float:
    """A network has a few relation names and thousands of links that carry them."""
    return body_metrics().horizontalAdvance(label) + 6 if label else 0.0


class LinkEntry:
    """One link: its record and the two node items it joins."""

    def __init__(self, shape: LinkShape, source: NodeItem, target: NodeItem, layer: LinkLayer) -> None:
        self.shape_record, self.source, self.target, self.layer = shape, source, target, layer
        source.links.append(self)
        target.links.append(self)
        self.label_width = self._measure()

    @property
    def key(self) -> tuple:
        return self.shape_record.key

    def _measure(self) -> float:
        return label_width(self.shape_record.label)

    def set_shape(self, shape: LinkShape) -> None:
        if shape != self.shape_record:
            self.shape_record = shape
            self.label_width = self._measure()
            self.layer.changed()

    def detach(self) -> None:
        for node in (self.source, self.target):
            if self in node.links:
                node.links.remove(self)

    def line(self) -> QLineF:
        return self.layer.line_of(self)


class LinkLayer(QGraphicsItem):
    """Every link of the scene, under the nodes."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the scene picks links itself
        self._held = False
        self._dirty = False
        self.entries: list[LinkEntry] = []
        self.selected: set[tuple] = set()
        self._bounds = QRectF()
        self._lines = np.zeros((0, 4))
        self._groups: list[tuple[tuple, QPen, list[QLineF], QPen, list[QLineF]]] = []  # by colour and style
        self._label_boxes = np.zeros((0, 4))
        self._structure: tuple | None = None  # rebuilt when links come, go or change
        self._index: dict[int, int] = {}  # id(entry) -> row

    # --- entries ------------------------------------------------------------------------------

    def add(self, entry: LinkEntry) -> None:
        self.entries.append(entry)
        # Only when every other link's line is current (not the first link, not held, not stale)
        # can this one be placed alone; a link after such an addition can too.
        if self._held or self._dirty or not len(self._lines) or len(self._lines) != len(self.entries) - 1:
            self.changed()
            return
        # One link drawn in the editor: placed on its own, without recomputing thousands.
        self._structure = None  # rebuilt at the next full recompute
        start = entry.source.border_point(entry.target.pos())
        end = entry.target.border_point(entry.source.pos())
        x1, y1, x2, y2 = start.x(), start.y(), end.x(), end.y()
        self._index[id(entry)] = len(self._lines)
        self._lines = np.vstack([self._lines, [x1, y1, x2, y2]])
        height, width = body_metrics().height(), entry.label_width
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        self._label_boxes = np.vstack([self._label_boxes, [mx - width / 2, my - height / 2, mx + width / 2,
                                                          my + height / 2]])
        shape = entry.shape_record
        group = next((group for group in self._groups if group[0] == (shape.colour, shape.line_style)), None)
        if group is None:
            group = ((shape.colour, shape.line_style),
                     QPen(QColor(shape.colour), 1.4, PEN_STYLES.get(shape.line_style, Qt.PenStyle.SolidLine)), [],
                     QPen(QColor(shape.colour), 1.4), [])
            self._groups.append(group)
        group[2].append(QLineF(x1, y1, x2, y2))
        if shape.directed:
            angle = np.arctan2(y2 - y1, x2 - x1)
            for turn in (-ARROW_HALF_ANGLE, ARROW_HALF_ANGLE):
                group[4].append(QLineF(x2, y2, x2 - ARROW_SIZE * np.cos(angle + turn),
                                       y2 - ARROW_SIZE * np.sin(angle + turn)))
        pad = ARROW_SIZE + 2
        area = QRectF(QPointF(min(x1, x2, mx - width / 2) - pad, min(y1, y2, my - height / 2) - pad),
                      QPointF(max(x1, x2, mx + width / 2) + pad, max(y1, y2, my + height / 2) + pad))
        if not self._bounds.contains(area):
            self.prepareGeometryChange()  # (this repaints all the links: only when they spread out)
            self._bounds = self._bounds.united(area)
        self.update(area)  # only where the new link is

    def remove(self, entry: LinkEntry) -> None:
        entry.detach()
        self.entries.remove(entry)
        self.selected.discard(entry.key)
        self.changed()

    def changed(self) -> None:
        """A link came, went or changed its look."""
        self._structure = None
        self.nodes_moved()

    def line_of(self, entry: LinkEntry) -> QLineF:
        row = self._index.get(id(entry))
        if row is None:
            return QLineF()
        x1, y1, x2, y2 = self._lines[row]
        return QLineF(x1, y1, x2, y2)

    # --- geometry -----------------------------------------------------------------------------

    def hold(self) -> None:
        """Many changes follow (a refresh, a layout): recompute once, at ``release``."""
        self._held = True

    def release(self) -> None:
        self._held = False
        if self._dirty:
            self.nodes_moved()

    def nodes_moved(self) -> None:
        """Recompute every link's ends, arrow and label from the nodes' places, in one pass."""
        if self._held:
            self._dirty = True
            return
        self._dirty = False
        self.prepareGeometryChange()
        entries = self.entries
        if self._structure is None or self._structure[0] != len(entries):
            self._structure = self._build_structure()
        _count, nodes, source_rows, target_rows, groups, directed, widths = self._structure
        self._index = {id(entry): row for row, entry in enumerate(entries)}
        if not entries:
            self._lines, self._groups, self._label_boxes, self._bounds = np.zeros((0, 4)), [], np.zeros((0, 4)), QRectF()
            self.update()
            return
        places = np.array([(node.x(), node.y(), node.rect().width() / 2, node.rect().height() / 2) for node in nodes])
        sx, sy, sw, sh = places[source_rows].T
        tx, ty, tw, th = places[target_rows].T
        dx, dy = tx - sx, ty - sy
        with np.errstate(divide="ignore", invalid="ignore"):
            # Where the line between the centres leaves each box (elasticnodes clips the same way).
            source_scale = np.minimum(np.where(dx != 0, sw / np.abs(dx), np.inf), np.where(dy != 0, sh / np.abs(dy), np.inf))
            target_scale = np.minimum(np.where(dx != 0, tw / np.abs(dx), np.inf), np.where(dy != 0, th / np.abs(dy), np.inf))
        source_scale = np.where(np.isfinite(source_scale), np.minimum(source_scale, 0.5), 0.0)
        target_scale = np.where(np.isfinite(target_scale), np.minimum(target_scale, 0.5), 0.0)
        x1, y1 = sx + dx * source_scale, sy + dy * source_scale
        x2, y2 = tx - dx * target_scale, ty - dy * target_scale
        self._lines = lines = np.column_stack([x1, y1, x2, y2])
        # Arrow heads as two short strokes at the target end: drawn with the lines, in the same call.
        angle = np.arctan2(y2 - y1, x2 - x1)
        heads = np.concatenate([
            np.column_stack([x2, y2, x2 - ARROW_SIZE * np.cos(angle - ARROW_HALF_ANGLE),
                             y2 - ARROW_SIZE * np.sin(angle - ARROW_HALF_ANGLE)]),
            np.column_stack([x2, y2, x2 - ARROW_SIZE * np.cos(angle + ARROW_HALF_ANGLE),
                             y2 - ARROW_SIZE * np.sin(angle + ARROW_HALF_ANGLE)])])
        shown = np.hypot(x2 - x1, y2 - y1) >= 1
        count = len(entries)
        painted = []
        for key, pen, head_pen, rows in groups:
            rows = rows[shown[rows]]
            heads_rows = rows[directed[rows]]
            painted.append((key, pen, [QLineF(*row) for row in lines[rows].tolist()], head_pen,
                            [QLineF(*row) for row in np.concatenate([heads[heads_rows], heads[heads_rows + count]]).tolist()]))
        self._groups = painted
        height = body_metrics().height()
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        self._label_boxes = np.column_stack([mx - widths / 2, my - height / 2, mx + widths / 2, my + height / 2])
        pad = ARROW_SIZE + 2
        low = min(np.minimum(x1, x2).min(), self._label_boxes[:, 0].min()) - pad
        high = max(np.maximum(x1, x2).max(), self._label_boxes[:, 2].max()) + pad
        top = min(np.minimum(y1, y2).min(), self._label_boxes[:, 1].min()) - pad
        bottom = max(np.maximum(y1, y2).max(), self._label_boxes[:, 3].max()) + pad
        self._bounds = QRectF(float(low), float(top), float(high - low), float(bottom - top))
        self.update()

    def _build_structure(self) -> tuple:
        """What moving nodes does not change: which node each link joins, pens by style."""
        entries = self.entries
        nodes: list[NodeItem] = []
        row_of: dict[int, int] = {}
        for entry in entries:
            for node in (entry.source, entry.target):
                if id(node) not in row_of:
                    row_of[id(node)] = len(nodes)
                    nodes.append(node)
        source_rows = np.array([row_of[id(entry.source)] for entry in entries], dtype=int)
        target_rows = np.array([row_of[id(entry.target)] for entry in entries], dtype=int)
        by_style: dict[tuple[str, str], list[int]] = {}
        for row, entry in enumerate(entries):
            by_style.setdefault((entry.shape_record.colour, entry.shape_record.line_style), []).append(row)
        groups = []
        for (colour, style), rows in by_style.items():
            groups.append(((colour, style), QPen(QColor(colour), 1.4, PEN_STYLES.get(style, Qt.PenStyle.SolidLine)),
                           QPen(QColor(colour), 1.4), np.array(rows, dtype=int)))
        directed = np.array([entry.shape_record.directed for entry in entries], dtype=bool)
        widths = np.array([entry.label_width for entry in entries], dtype=float)
        return len(entries), nodes, source_rows, target_rows, groups, directed, widths

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._bounds

    # --- picking --------------------------------------------------------------------------------

    def entry_at(self, point: QPointF, scale: float = 1.0) -> LinkEntry | None:
        """The link nearest ``point`` within a few screen pixels (its label counts too)."""
        if not self.entries:
            return None
        px, py = point.x(), point.y()
        x1, y1, x2, y2 = self._lines.T
        dx, dy = x2 - x1, y2 - y1
        length = dx * dx + dy * dy
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.clip(np.where(length > 0, ((px - x1) * dx + (py - y1) * dy) / length, 0.0), 0.0, 1.0)
        distance = np.hypot(x1 + t * dx - px, y1 + t * dy - py)
        boxes = self._label_boxes
        on_label = (boxes[:, 0] <= px) & (px <= boxes[:, 2]) & (boxes[:, 1] <= py) & (py <= boxes[:, 3]) & (
            boxes[:, 2] > boxes[:, 0])
        distance = np.where(on_label, 0.0, distance)
        row = int(np.argmin(distance))
        return self.entries[row] if distance[row] <= PICK_DISTANCE / max(scale, 1e-6) else None

    def select(self, keys: Iterable[tuple]) -> None:
        self.selected = set(keys)
        self.update()

    # --- painting -------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if len(self.entries) > DENSE_LINKS and widget is not None:
            # On screen, thousands of smoothed lines cost most of a repaint and blur into a mesh
            # anyway; exports (widget None) keep them smooth.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for _style, pen, lines, head_pen, heads in self._groups:
            painter.setPen(pen)
            painter.drawLines(lines)
            if heads:
                painter.setPen(head_pen)
                painter.drawLines(heads)
        if self.selected:
            painter.setPen(QPen(QColor("#1565c0"), 3.0))
            painter.drawLines([self.line_of(entry) for entry in self.entries if entry.key in self.selected])
        if len(self._label_boxes) and option.levelOfDetailFromTransform(painter.worldTransform()) >= LABEL_DETAIL:
            exposed = option.exposedRect
            boxes = self._label_boxes
            visible = np.flatnonzero((boxes[:, 2] > boxes[:, 0]) & (boxes[:, 2] >= exposed.left())
                                     & (boxes[:, 0] <= exposed.right()) & (boxes[:, 3] >= exposed.top())
                                     & (boxes[:, 1] <= exposed.bottom()))
            painter.setFont(body_font())
            for row in visible.tolist():
                left, top, right, bottom = boxes[row].tolist()
                box = QRectF(left, top, right - left, bottom - top)
                shape = self.entries[row].shape_record
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(LABEL_BACKGROUND)
                painter.drawRect(box)
                painter.setPen(QColor(shape.colour).darker(130))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shape.label)
