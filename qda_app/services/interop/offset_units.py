"""Which unit a source's selection offsets count: code points or UTF-16 code units.

REFI-QDA says "characters" and producers disagree: NVivo for Windows counts UTF-16 units
(a .NET string), QualCoder, Taguette and qda_app count code points. The two readings differ
only after a character outside the Basic Multilingual Plane (an emoji, a musical symbol),
so the question is asked per source, and answered from all the evidence there is, strongest
first:

1. offsets that only one reading allows (past the end in code points, or between the two
   halves of a surrogate pair in UTF-16 units);
2. the quoted text in the selections' ``name`` attributes, where the producer wrote it;
3. word-boundary fit: a person selects whole words, so the right reading puts clearly more
   selection ends on word boundaries;
4. the producer named in the project's ``origin``.

When none of these decides and the readings differ for some selection, code points are
used and the report warns, naming the source: the evidence was too thin.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from qda_app.services.interop.text_positions import NormalisedText, quote_matches

CODE_POINTS = "code_points"
UTF16 = "utf16"

# Producers whose unit is known; matched case-insensitively inside ``origin``.
_PRODUCER_UNITS = (("nvivo", UTF16), ("qualcoder", CODE_POINTS), ("taguette", CODE_POINTS),
                   ("qda_app", CODE_POINTS))

# Word-boundary fit decides only with a clear margin: at least this many more selection
# ends on boundaries, and at least this share of the ends that differ between the readings.
_MIN_BOUNDARY_MARGIN = 2
_MIN_BOUNDARY_SHARE = 0.6


@dataclass(frozen=True)
class RawOffsets:
    """A selection as the file gave it: offsets not yet converted, the quoted text if any."""

    start: int
    end: int
    name: str | None


@dataclass(frozen=True)
class UnitDecision:
    unit: str  # CODE_POINTS or UTF16
    reason: str  # units_agree | impossible_offsets | quoted_text | word_boundaries | producer | no_evidence
    uncertain: bool = False  # the readings differ and nothing decided between them
    matched: int = 0  # quoted texts that match in the chosen unit
    tested: int = 0  # selections carrying a quoted text
    on_boundaries: int = 0  # selection ends on word boundaries in the chosen unit
    ends: int = 0  # selection ends examined
    bom_counted: bool = False  # the producer counted the file's byte-order mark as position 0


def producer_unit(origin: str | None) -> str | None:
    folded = (origin or "").casefold()
    for marker, unit in _PRODUCER_UNITS:
        if marker in folded:
            return unit
    return None


def _is_word_character(character: str) -> bool:
    return character.isalnum()


def on_word_boundary(text: str, offset: int) -> bool:
    """No word runs across ``offset`` (a selection starting or ending here cuts no word)."""
    if offset <= 0 or offset >= len(text):
        return True
    return not (_is_word_character(text[offset - 1]) and _is_word_character(text[offset]))


def _splits_surrogate_pair(text: NormalisedText, unit_offset: int) -> bool:
    # astral_unit_ends holds the unit offset just after each astral character; one less
    # is the position between its two surrogates.
    index = bisect.bisect_left(text.astral_unit_ends, unit_offset + 1)
    return index < len(text.astral_unit_ends) and text.astral_unit_ends[index] == unit_offset + 1


def _counts_the_mark(selections: Sequence[RawOffsets], text: NormalisedText) -> bool:
    """Do offsets fit clearly better one position earlier, the byte-order mark counted?

    The text file began with a BOM, which we do not keep; a producer that counted it puts
    every offset one further on. Quoted texts decide where they exist, word boundaries else.
    """
    readings = (text.from_code_points, text.from_utf16_units)

    def fit(shift: int) -> tuple[int, int]:
        quoted = max(sum(quote_matches(item.name, text.text[convert(max(item.start - shift, 0)):
                                                                convert(max(item.end - shift, 0))])
                         for item in selections if item.name) for convert in readings)
        bounded = max(sum(on_word_boundary(text.text, convert(max(offset - shift, 0)))
                          for item in selections for offset in (item.start, item.end))
                      for convert in readings)
        return quoted, bounded

    (quoted_as_is, bounded_as_is), (quoted_shifted, bounded_shifted) = fit(0), fit(1)
    if quoted_as_is != quoted_shifted:
        return quoted_shifted > quoted_as_is
    return (bounded_shifted - bounded_as_is >= _MIN_BOUNDARY_MARGIN
            and bounded_shifted >= _MIN_BOUNDARY_SHARE * 2 * len(selections))


def decide_unit(selections: Sequence[RawOffsets], text: NormalisedText, *,
                origin: str | None, bom: bool = False) -> UnitDecision:
    """The unit these selections count in, with the reason for the choice; with ``bom``, also
    whether they count the file's byte-order mark."""
    if bom and selections and _counts_the_mark(selections, text):
        shifted = [RawOffsets(max(item.start - 1, 0), max(item.end - 1, 0), item.name)
                   for item in selections]
        return replace(decide_unit(shifted, text, origin=origin), bom_counted=True)
    by_code_points: Callable[[int], int] = text.from_code_points
    by_units: Callable[[int], int] = text.from_utf16_units
    named = [item for item in selections if item.name]
    ends = [offset for item in selections for offset in (item.start, item.end)]

    def quoted(convert: Callable[[int], int]) -> int:
        return sum(quote_matches(item.name, text.text[convert(item.start):convert(item.end)])
                   for item in named)

    def boundaries(convert: Callable[[int], int]) -> int:
        return sum(on_word_boundary(text.text, convert(offset)) for offset in ends)

    def decided(unit: str, reason: str, *, uncertain: bool = False) -> UnitDecision:
        convert = by_units if unit == UTF16 else by_code_points
        # Boundary counts are reported only when the readings differ; a large import is
        # mostly sources where they agree.
        fit = boundaries(convert) if reason != "units_agree" else 0
        return UnitDecision(unit=unit, reason=reason, uncertain=uncertain,
                            matched=quoted(convert), tested=len(named),
                            on_boundaries=fit, ends=len(ends))

    if not text.has_astral or not ends:
        return decided(CODE_POINTS, "units_agree")
    differing = [offset for offset in ends if by_code_points(offset) != by_units(offset)]
    if not differing:  # every selection lies before the first character outside the BMP
        return decided(CODE_POINTS, "units_agree")

    if any(len(text.raw) < offset <= text.raw_utf16_length for offset in ends):
        return decided(UTF16, "impossible_offsets")
    if any(_splits_surrogate_pair(text, offset) for offset in ends):
        return decided(CODE_POINTS, "impossible_offsets")

    if named:
        as_points, as_units = quoted(by_code_points), quoted(by_units)
        if as_points != as_units:
            return decided(UTF16 if as_units > as_points else CODE_POINTS, "quoted_text")

    points_fit = sum(on_word_boundary(text.text, by_code_points(offset)) for offset in differing)
    units_fit = sum(on_word_boundary(text.text, by_units(offset)) for offset in differing)
    margin = abs(points_fit - units_fit)
    if (margin >= _MIN_BOUNDARY_MARGIN
            and max(points_fit, units_fit) >= _MIN_BOUNDARY_SHARE * len(differing)):
        return decided(UTF16 if units_fit > points_fit else CODE_POINTS, "word_boundaries")

    known = producer_unit(origin)
    if known is not None:
        return decided(known, "producer")
    return decided(CODE_POINTS, "no_evidence", uncertain=True)
