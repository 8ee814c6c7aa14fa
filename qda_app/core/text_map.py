"""Positions through a text edit: the one map every change of a transcript uses.

A corrected typo (edit-text), a pseudonymised name, a coder's corrected copy at merge: each is
a list of replaced regions between an old and a new text. ``OffsetMap`` moves positions and
quotations from the old text to the new one and says which quotations' passages were edited.

Mapping rules (half-open code-point ranges, as quotations are stored):
- a position in unchanged text moves by the length difference of the changes before it;
- a quotation start inside a replaced region moves to the start of its replacement, an end
  inside one to the end of its replacement, so the quotation keeps the whole edited passage;
- text inserted exactly at a quotation's start or end stays outside the quotation;
- a quotation whose every character was deleted maps to an empty span (``MappedSpan.lost``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from diff_match_patch import diff_match_patch


@dataclass(frozen=True)
class Change:
    """``old[old_start:old_end]`` was replaced by ``new[new_start:new_end]``."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int


@dataclass(frozen=True)
class MappedSpan:
    start: int
    end: int
    passage_changed: bool

    @property
    def lost(self) -> bool:
        return self.start >= self.end


class OffsetMap:
    """Old-text positions to new-text positions, from the ordered, disjoint changes."""

    def __init__(self, changes: Iterable[Change]) -> None:
        self.changes: tuple[Change, ...] = tuple(
            change for change in changes
            if change.old_end > change.old_start or change.new_end > change.new_start
        )
        self._old_starts = [change.old_start for change in self.changes]
        self._old_ends = [change.old_end for change in self.changes]

    @property
    def is_identity(self) -> bool:
        return not self.changes

    def map_start(self, position: int) -> int:
        """Where a range opening at ``position`` opens in the new text."""
        # An insertion at this very position goes before the range (stays outside it).
        index = bisect_right(self._old_starts, position) - 1
        return self._map(index, position, opening=True)

    def map_end(self, position: int) -> int:
        """Where a range closing at ``position`` closes in the new text."""
        # An insertion at this very position goes after the range.
        index = bisect_left(self._old_starts, position) - 1
        return self._map(index, position, opening=False)

    def _map(self, index: int, position: int, *, opening: bool) -> int:
        if index < 0:
            return position
        change = self.changes[index]
        if position >= change.old_end:
            return change.new_end + (position - change.old_end)
        # inside the replaced region: the range takes the whole replacement
        return change.new_start if opening else change.new_end

    def map_span(self, start: int, end: int) -> MappedSpan:
        new_start = self.map_start(start)
        new_end = max(new_start, self.map_end(end))
        # An empty result means every character of the passage was deleted.
        return MappedSpan(new_start, new_end, new_start == new_end or self.touches(start, end))

    def touches(self, start: int, end: int) -> bool:
        """Whether an edit falls inside ``[start, end)``: the passage's text is not what it was.

        The changes that end after ``start`` and begin before ``end``: a replacement there
        overlaps the range, and an insertion there lies strictly inside it.
        """
        return bisect_right(self._old_ends, start) < bisect_left(self._old_starts, end)


def diff_texts(old: str, new: str, *, seconds: float = 5.0) -> OffsetMap:
    """The changes that turn ``old`` into ``new``, found by diff-match-patch (code points).

    ``seconds`` bounds the diff; past it the library returns a coarser but still exact diff.
    """
    if old == new:
        return OffsetMap(())
    matcher = diff_match_patch()
    matcher.Diff_Timeout = seconds
    diffs = matcher.diff_main(old, new)
    matcher.diff_cleanupSemantic(diffs)
    return OffsetMap(_changes_from_diffs(diffs))


def _changes_from_diffs(diffs: Sequence[tuple[int, str]]) -> list[Change]:
    changes: list[Change] = []
    old_position = new_position = 0
    pending: list[int] | None = None  # [old_start, old_end, new_start, new_end] of a run of edits
    for operation, text in diffs:
        if operation == diff_match_patch.DIFF_EQUAL:
            if pending is not None:
                changes.append(Change(*pending))
                pending = None
            old_position += len(text)
            new_position += len(text)
            continue
        if pending is None:
            pending = [old_position, old_position, new_position, new_position]
        if operation == diff_match_patch.DIFF_DELETE:
            old_position += len(text)
            pending[1] = old_position
        else:
            new_position += len(text)
            pending[3] = new_position
    if pending is not None:
        changes.append(Change(*pending))
    return changes
