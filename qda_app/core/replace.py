"""Text replacement that keeps ranges aligned (pseudonymising names in transcripts)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Replaced:
    text: str
    count: int
    # (old start, old end, new start, new end) of every replacement, in order
    edits: tuple[tuple[int, int, int, int], ...]

    def map_start(self, position: int) -> int:
        return self._map(position, inside="start")

    def map_end(self, position: int) -> int:
        return self._map(position, inside="end")

    def _map(self, position: int, *, inside: str) -> int:
        index = bisect_right([edit[0] for edit in self.edits], position) - 1
        if index < 0:
            return position
        old_start, old_end, new_start, new_end = self.edits[index]
        if position >= old_end:
            return new_end + (position - old_end)
        if position == old_start:
            return new_start
        # A boundary inside a replaced name covers the whole replacement.
        return new_start if inside == "start" else new_end


def replace_names(text: str, replacements: Mapping[str, str], *, whole_words: bool = True) -> Replaced:
    """Replace every occurrence of each name (longest names first, case-sensitive)."""
    names = sorted((name for name in replacements if name), key=len, reverse=True)
    if not names:
        return Replaced(text, 0, ())
    alternatives = "|".join(re.escape(name) for name in names)
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)" if whole_words else f"(?:{alternatives})")
    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    cursor = new_position = 0
    for match in pattern.finditer(text):
        before = text[cursor : match.start()]
        pieces.append(before)
        new_position += len(before)
        replacement = replacements[match.group(0)]
        edits.append((match.start(), match.end(), new_position, new_position + len(replacement)))
        pieces.append(replacement)
        new_position += len(replacement)
        cursor = match.end()
    pieces.append(text[cursor:])
    return Replaced("".join(pieces), len(edits), tuple(edits))
