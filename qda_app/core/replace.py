"""Text replacement that keeps ranges aligned (pseudonymising names in transcripts).

Positions move through ``core.text_map.OffsetMap``, built from the replacements' ``Change``
list: pseudonymising, edit-text and merging share one mapping mechanism.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from qda_app.core.text_map import Change, OffsetMap


@dataclass(frozen=True)
class Replaced:
    text: str
    count: int
    # (old start, old end, new start, new end) of every replacement, in order
    edits: tuple[tuple[int, int, int, int], ...]

    @cached_property
    def offset_map(self) -> OffsetMap:
        """The edit as the one position map every change of a transcript goes through."""
        return OffsetMap(Change(*edit) for edit in self.edits)

    def map_start(self, position: int) -> int:
        return self.offset_map.map_start(position)

    def map_end(self, position: int) -> int:
        # A boundary inside a replaced name covers the whole replacement (OffsetMap's rule).
        return self.offset_map.map_end(position)


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
