"""The viewer's index of quotation marks and the colours they are drawn in.

Marks are kept sorted by start with a running maximum of ends, so "which quotations touch
[a, b)" is a bisect plus a short walk back, never a scan of every quotation or every pair.
An action's marks are swapped in place (bisect insert/delete), not by re-sorting them all.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate
from dataclasses import dataclass, field

from PySide6.QtGui import QColor

from qda_app.core.model import Code
from qda_app.services.gui_queries import QuotationMark

NEUTRAL = "#8c8c8c"  # a quotation with no (visible) code
# Okabe-Ito and Tableau colours, ordered so that neighbours differ most in hue and lightness;
# the first coders of a project (the usual team of two to six) never share a colour.
CODER_PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#7f3c8d", "#8c564b",
                 "#f0e442", "#1b1b1b", "#b22222", "#3cb44b")


def coder_colour(name: str) -> str:
    """A stable colour for a coder outside the project's list (hashed on the name)."""
    digest = hashlib.sha1(name.encode("utf-8")).digest()
    return CODER_PALETTE[digest[0] % len(CODER_PALETTE)]


def coder_colours(names: Iterable[str]) -> dict[str, str]:
    """Distinct colours for the project's coders, in the order given (sorted names: stable)."""
    return {name: CODER_PALETTE[position % len(CODER_PALETTE)] for position, name in enumerate(sorted(set(names)))}


@dataclass
class MarkStyle:
    """How marks are coloured and which coders' codings are shown."""

    codes: dict[int, Code] = field(default_factory=dict)
    by_coder: bool = False
    coders: frozenset[str] | None = None  # None: every coder
    coder_palette: dict[str, str] = field(default_factory=dict)

    def colour_of_coder(self, name: str) -> str:
        return self.coder_palette.get(name) or coder_colour(name)

    def visible_codings(self, mark: QuotationMark) -> list[tuple[int, str]]:
        if self.coders is None:
            return list(mark.codings)
        return [pair for pair in mark.codings if pair[1] in self.coders]

    def is_shown(self, mark: QuotationMark) -> bool:
        if self.coders is None:
            return True
        if not mark.codings:
            return (mark.created_by or "") in self.coders
        return bool(self.visible_codings(mark))

    def colours(self, mark: QuotationMark) -> list[str]:
        pairs = self.visible_codings(mark)
        if self.by_coder:
            names = [coder for _, coder in pairs] or [mark.created_by or ""]
            return list(dict.fromkeys(self.colour_of_coder(name) for name in names))
        colours = [self.codes[code_id].color for code_id, _ in pairs if code_id in self.codes]
        return list(dict.fromkeys(colours)) or [NEUTRAL]

    def labels(self, mark: QuotationMark) -> list[tuple[str, str]]:
        """(name, colour) of the codes on a mark, in the order they were applied."""
        seen: dict[int, None] = {}
        result = []
        for code_id, coder in self.visible_codings(mark):
            if code_id in seen or code_id not in self.codes:
                continue
            seen[code_id] = None
            code = self.codes[code_id]
            result.append((code.name, self.colour_of_coder(coder) if self.by_coder else code.color))
        return result


def _order(mark: QuotationMark) -> tuple[int, int, int, int]:
    return (mark.start, -mark.end, mark.number, mark.id)


class MarkIndex:
    """Marks sorted by start and a running maximum of ends.

    The margin lays its lanes out for the quotations on screen (core.margin_layout), so the
    index keeps no lanes of its own.
    """

    def __init__(self, marks: Iterable[QuotationMark] = ()) -> None:
        self.by_id: dict[int, QuotationMark] = {}
        self.replace(marks)

    def replace(self, marks: Iterable[QuotationMark]) -> None:
        self.by_id = {mark.id: mark for mark in marks}
        self.sorted = sorted(self.by_id.values(), key=_order)
        self._keys = [_order(mark) for mark in self.sorted]
        self.starts = [mark.start for mark in self.sorted]
        self._ends = [mark.end for mark in self.sorted]
        self.max_end = list(accumulate(self._ends, max))

    def update(self, touched: Iterable[int], fresh: Iterable[QuotationMark]) -> list[QuotationMark]:
        """Swap in re-read marks for the touched ids (missing ones were deleted), in place.

        Returns the marks that were replaced or removed, so the caller can redraw their spans.
        """
        fresh_by_id = {mark.id: mark for mark in fresh}
        old = [self.by_id[mark_id] for mark_id in set(touched) | set(fresh_by_id) if mark_id in self.by_id]
        # The entries before `lowest` and the last `unchanged` ones keep their marks (counting
        # from the end, a later edit further up does not move them).
        lowest, unchanged = len(self.sorted), len(self.sorted)
        for mark in old:
            position = bisect_left(self._keys, _order(mark))
            del self.sorted[position], self._keys[position], self.starts[position]
            del self._ends[position], self.max_end[position]
            del self.by_id[mark.id]
            lowest, unchanged = min(lowest, position), min(unchanged, len(self.sorted) - position)
        for mark in fresh_by_id.values():
            key = _order(mark)
            position = bisect_left(self._keys, key)
            self.sorted.insert(position, mark)
            self._keys.insert(position, key)
            self.starts.insert(position, mark.start)
            self._ends.insert(position, mark.end)
            self.max_end.insert(position, mark.end)
            self.by_id[mark.id] = mark
            lowest, unchanged = min(lowest, position), min(unchanged, len(self.sorted) - position - 1)
        self._repair_max_end(lowest, len(self.sorted) - unchanged - 1)
        return old

    def _repair_max_end(self, lowest: int, highest: int) -> None:
        """Recompute the running maximum from the first changed position until it agrees again.

        Past the last changed position every entry follows from the one before it, so once a
        recomputed entry equals the stored one the rest are right already: an action costs
        the marks its quotations overlap, not every quotation after them.
        """
        ends, max_end = self._ends, self.max_end
        running = max_end[lowest - 1] if lowest > 0 else None
        for position in range(lowest, len(ends)):
            value = ends[position] if running is None or ends[position] > running else running
            if position > highest and value == max_end[position]:
                return
            max_end[position] = running = value

    def __len__(self) -> int:
        return len(self.sorted)

    def touching(self, start: int, end: int) -> list[QuotationMark]:
        """Marks overlapping [start, end), in start order."""
        high = bisect_left(self.starts, end)
        found = []
        index = high - 1
        while index >= 0 and self.max_end[index] > start:
            mark = self.sorted[index]
            if mark.end > start:
                found.append(mark)
            index -= 1
        found.reverse()
        return found

    def at(self, position: int) -> list[QuotationMark]:
        return self.touching(position, position + 1)


def blend(base: QColor, colours: list[str], alpha: float) -> QColor:
    """Composite translucent layers over the base colour: overlaps come out darker/mixed."""
    red, green, blue = base.redF(), base.greenF(), base.blueF()
    for name in colours:
        layer = QColor(name)
        red = red * (1 - alpha) + layer.redF() * alpha
        green = green * (1 - alpha) + layer.greenF() * alpha
        blue = blue * (1 - alpha) + layer.blueF() * alpha
    return QColor.fromRgbF(red, green, blue)
