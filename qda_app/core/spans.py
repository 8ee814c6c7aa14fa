"""Half-open ``[start, end)`` ranges in Unicode code points, and the UTF-16 bridge.

Quotations are stored in code points (the REFI-QDA convention); Qt counts UTF-16 units.
``Utf16Map`` converts between the two and is the only place that knows the difference.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from qda_app.core.errors import InvalidRange

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def check_span(*, start: int, end: int, length: int, document: int | str = "?") -> None:
    if not (0 <= start < end <= length):
        raise InvalidRange(document=document, start=start, end=end, length=length)


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Number of code points two half-open ranges share."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of ranges as sorted, disjoint, non-adjacent ranges."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def covered_length(spans: Iterable[tuple[int, int]]) -> int:
    return sum(end - start for start, end in merge_spans(spans))


def intersect_spans(
    first: Iterable[tuple[int, int]], second: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Intersection of two unions of ranges, by a two-pointer sweep."""
    a, b = merge_spans(first), merge_spans(second)
    result: list[tuple[int, int]] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            result.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return result


def assign_lanes(spans: list[tuple[int, int]]) -> list[int]:
    """Lay overlapping ranges out side by side: the lowest free lane for each, by a sweep.

    Returns a lane index per input range (same order). Runs in O(n log n), which keeps the
    margin drawing fast for thousands of quotations (no pairwise comparison).
    """
    import heapq

    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1]))
    lanes = [0] * len(spans)
    busy: list[tuple[int, int]] = []  # (end, lane) of ranges still open
    free: list[int] = []
    next_lane = 0
    for index in order:
        start, end = spans[index]
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            lane = heapq.heappop(free)
        else:
            lane = next_lane
            next_lane += 1
        lanes[index] = lane
        heapq.heappush(busy, (max(end, start + 1), lane))
    return lanes


class Utf16Map:
    """Convert positions in one text between code points and UTF-16 code units."""

    __slots__ = ("_astral",)

    def __init__(self, text: str) -> None:
        # Code-point offsets of characters that take two UTF-16 units (found by the regex
        # engine: a per-character Python loop costs ~50 ms on a 1 MB transcript).
        self._astral = [match.start() for match in _ASTRAL.finditer(text)] if not text.isascii() else []

    @property
    def is_identity(self) -> bool:
        return not self._astral

    def to_utf16(self, code_point: int) -> int:
        if not self._astral:
            return code_point
        return code_point + bisect_left(self._astral, code_point)

    def to_code_point(self, utf16: int) -> int:
        """Map a UTF-16 position back; a position inside a surrogate pair snaps to its start."""
        if not self._astral:
            return utf16
        low, high = 0, len(self._astral)
        # The k-th astral char sits at UTF-16 position astral[k] + k.
        while low < high:
            middle = (low + high) // 2
            if self._astral[middle] + middle < utf16:
                low = middle + 1
            else:
                high = middle
        # Inside a surrogate pair (utf16 = astral[k] + k + 1) this gives astral[k]: the
        # position snaps to the start of the character with no special case.
        return utf16 - low

    def astral_before(self, code_point: int) -> int:
        return bisect_right(self._astral, code_point - 1) if self._astral else 0
