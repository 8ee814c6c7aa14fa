"""The margin's geometry for what is on screen: bracket, label and "+N" rectangles.

The lanes come from core.margin_layout (pure, tested without Qt); this module turns the
viewer's line positions into its input and its result into rectangles, once per repaint.
Painting and hit testing read the same geometry, so a click lands on what was drawn there.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect

from qda_app.core.margin_layout import MarginItem, lay_out_margin, spare_lanes

if TYPE_CHECKING:
    from qda_app.gui.views.document_view import DocumentView
    from qda_app.services.gui_queries import QuotationMark

MIN_COLUMN = 58  # narrower and a label shows too little of its code to be read
MAX_COLUMN = 240
TICK = 6
BADGE = 30  # width of a "+N" badge at the right edge
MAX_CODE_LINES = 4  # more codes than this: the last line says "+k"
LEFT = 8


@dataclass
class PlacedMark:
    mark: QuotationMark
    x: int  # the bracket's vertical line
    top: int
    bottom: int
    label: QRect
    bracket: QRect  # where a click selects it
    code_lines: int  # code names shown under the ID
    more_codes: int  # codes not named for want of lines


@dataclass
class MarginGeometry:
    column: int = MIN_COLUMN
    line_height: int = 14
    placed: list[PlacedMark] = field(default_factory=list)
    overflow: list[tuple[QRect, tuple[int, ...]]] = field(default_factory=list)  # badge, hidden ids

    def mark_at(self, x: int, y: int) -> int | None:
        """The quotation drawn at the point: its bracket or its label."""
        for entry in reversed(self.placed):
            if entry.bracket.contains(x, y) or entry.label.contains(x, y):
                return entry.mark.id
        return None

    def overflow_at(self, x: int, y: int) -> tuple[int, ...]:
        for badge, hidden in self.overflow:
            if badge.contains(x, y):
                return hidden
        return ()


def label_lines(code_count: int) -> tuple[int, int]:
    """(code lines, codes left unnamed) for a label: ID line first, then one line per code."""
    if code_count <= MAX_CODE_LINES:
        return code_count, 0
    return MAX_CODE_LINES - 1, code_count - (MAX_CODE_LINES - 1)


def compute_geometry(view: DocumentView, *, width: int, height: int, line_height: int,
                     code_count: Callable[[QuotationMark], int], keep: int | None) -> MarginGeometry:
    """Lay out every shown quotation touching the screen; ``code_count`` says how many code lines a label needs."""
    (start, end), line_starts, line_tops, line_bottoms = view.screen_lines()
    geometry = MarginGeometry(line_height=line_height)
    marks = [mark for mark in view.index.touching(start, end) if view.style.is_shown(mark)] if end > start else []
    if not marks:
        return geometry
    spans: dict[int, tuple[QuotationMark, int, int, int, int]] = {}
    items = []
    for mark in marks:
        if mark.start >= start:
            top = line_tops[bisect_right(line_starts, mark.start) - 1]
        else:
            top = -4  # runs on above the screen
        if mark.end <= end:
            bottom = line_bottoms[max(0, bisect_right(line_starts, mark.end - 1) - 1)]
        else:
            bottom = height + 4
        bottom = max(bottom, top + 6)
        lines, more = label_lines(code_count(mark))
        label_top = max(top, 0)  # a label stays on screen while its bracket runs on above
        label_height = (1 + lines + (1 if more else 0)) * line_height
        spans[mark.id] = (mark, top, bottom, lines, more)
        items.append(MarginItem(mark.id, label_top, bottom, label_height))
    available = width - LEFT - 2
    layout = lay_out_margin(items, max_lanes=max(1, available // MIN_COLUMN), keep=keep)
    if layout.overflow:  # room for the badges at the right edge
        available -= BADGE
        if available // MIN_COLUMN < layout.lanes:  # the badges take a lane: lay out again
            layout = lay_out_margin(items, max_lanes=max(1, available // MIN_COLUMN), keep=keep)
    column = max(MIN_COLUMN, min(MAX_COLUMN, available // max(1, layout.lanes)))
    geometry.column = column
    screen = QRect(0, 0, width, height)
    spare = spare_lanes(layout)
    for entry in layout.placed:
        mark, top, bottom, lines, more = spans[entry.key]
        x = LEFT + entry.lane * column
        label_width = column - TICK - 8 + spare[entry.key] * column  # over free lanes to its right
        label = QRect(x + TICK + 3, entry.label_top, label_width, entry.label_bottom - entry.label_top)
        bracket = QRect(x - 4, top, TICK + 8, max(bottom - top, line_height)) & screen
        geometry.placed.append(PlacedMark(mark, x, top, bottom, label, bracket, lines, more))
    for group in layout.overflow:
        badge = QRect(width - BADGE - 2, max(group.top, 0), BADGE, line_height + 4)
        geometry.overflow.append((badge, group.keys))
    return geometry
