"""Where each quotation's bracket and label go in the margin: pure geometry, no Qt.

Atlas.ti draws overlapping quotations side by side; a label sits beside the top of its own
bracket. Here a quotation occupies, in its lane, the height of its bracket or of its label,
whichever is taller, so two labels can never overlap and a label never runs into the next
bracket of its lane. Lanes are handed out by a sweep in top-to-bottom order (lowest free lane
first, as core.spans.assign_lanes does for text ranges). Quotations that would need a lane
beyond the margin's width are not drawn half-visible: they are counted in an ``Overflow``
("+N"), which the margin shows where they are and can expand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class MarginItem:
    key: int  # the quotation's id
    top: int  # bracket, in pixels from the top of the margin
    bottom: int
    label_height: int  # pixels the label needs below the bracket's top


@dataclass(frozen=True)
class PlacedItem:
    key: int
    lane: int
    top: int
    bottom: int
    label_top: int
    label_bottom: int


@dataclass(frozen=True)
class Overflow:
    """Quotations left out for want of lanes, grouped where their extents meet."""

    top: int
    bottom: int
    keys: tuple[int, ...]


@dataclass(frozen=True)
class MarginLayout:
    placed: tuple[PlacedItem, ...]
    overflow: tuple[Overflow, ...]
    lanes: int  # lanes in use

    @property
    def hidden(self) -> tuple[int, ...]:
        return tuple(key for group in self.overflow for key in group.keys)


def lay_out_margin(items: Sequence[MarginItem], *, max_lanes: int, gap: int = 2,
                   keep: int | None = None) -> MarginLayout:
    """Lanes for every item that fits in ``max_lanes``; the rest grouped as overflow.

    ``keep`` (the selected quotation) is never left out: when it would be, the layout is
    made again with it placed first.
    """
    layout = _sweep(items, max_lanes=max(1, max_lanes), gap=gap, first=None)
    if keep is not None and keep in layout.hidden:
        layout = _sweep(items, max_lanes=max(1, max_lanes), gap=gap, first=keep)
    return layout


def _extent(item: MarginItem, gap: int) -> tuple[int, int]:
    return item.top, max(item.bottom, item.top + item.label_height) + gap


def _sweep(items: Sequence[MarginItem], *, max_lanes: int, gap: int, first: int | None) -> MarginLayout:
    order = sorted(items, key=lambda item: (item.key != first, item.top, -item.bottom, item.key))
    # Items after the first come in top order, so in each lane only the last one placed can
    # still be open: one end per lane is enough (a lane never holds two overlapping items).
    lane_ends: list[int] = []
    pinned: tuple[int, int, int] | None = None  # lane, top, end of an item placed out of order
    placed: list[PlacedItem] = []
    hidden: list[MarginItem] = []
    for item in order:
        top, end = _extent(item, gap)
        lane = next((number for number, lane_end in enumerate(lane_ends)
                     if lane_end <= top and not _meets(pinned, number, top, end)), None)
        if lane is None:
            if len(lane_ends) >= max_lanes:
                hidden.append(item)
                continue
            lane = len(lane_ends)
            lane_ends.append(-(1 << 30))
        if item.key == first:
            pinned = (lane, top, end)
        else:
            lane_ends[lane] = end
        placed.append(PlacedItem(item.key, lane, item.top, item.bottom, item.top, item.top + item.label_height))
    return MarginLayout(tuple(placed), _group(hidden, gap), len(lane_ends))


def _meets(pinned: tuple[int, int, int] | None, lane: int, top: int, end: int) -> bool:
    return pinned is not None and pinned[0] == lane and top < pinned[2] and pinned[1] < end


def _group(hidden: list[MarginItem], gap: int) -> tuple[Overflow, ...]:
    groups: list[Overflow] = []
    for item in sorted(hidden, key=lambda entry: (entry.top, entry.key)):
        top, end = _extent(item, gap)
        if groups and top < groups[-1].bottom:
            last = groups[-1]
            groups[-1] = Overflow(last.top, max(last.bottom, end), last.keys + (item.key,))
        else:
            groups.append(Overflow(top, end, (item.key,)))
    return tuple(groups)


def spare_lanes(layout: MarginLayout, *, gap: int = 2) -> dict[int, int]:
    """How many lanes to the right of each item are free beside its label.

    A label may run on over them (a short quotation's label need not be cut to one column
    when the next columns are empty there); no other bracket or label is in that space,
    because every item's extent covers its bracket and its label.
    """
    by_lane: dict[int, list[tuple[int, int]]] = {}
    for entry in layout.placed:
        by_lane.setdefault(entry.lane, []).append((entry.top, max(entry.bottom, entry.label_bottom) + gap))
    spare: dict[int, int] = {}
    for entry in layout.placed:
        count = 0
        for lane in range(entry.lane + 1, layout.lanes):
            if any(top < entry.label_bottom + gap and entry.label_top < end for top, end in by_lane.get(lane, ())):
                break
            count += 1
        spare[entry.key] = count
    return spare
