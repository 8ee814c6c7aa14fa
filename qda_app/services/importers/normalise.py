"""The one text normalisation every importer goes through.

The normalised text is what quotation offsets (Unicode code points) refer to for the life
of a document, so this function must be deterministic and idempotent:
``normalise_text(normalise_text(x)) == normalise_text(x)``. The order of the steps matters
for that (see ``normalise_with_report``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from qda_app.services.importers.wording import ImportWarning

# Every line break a user would see as one: CRLF first so it becomes a single "\n".
# VT and FF are treated as line breaks rather than dropped because a page/form feed in a
# plain-text transcript separates lines, and dropping it would glue two words together.
_OTHER_LINE_BREAKS = ("\x0b", "\x0c", "\x85", "\u2028", "\u2029")

# C0/C1 controls except \t and \n, DEL, BOM / zero-width no-break space, the two
# noncharacters U+FFFE/U+FFFF and surrogates (lone ones appear when RTF \u escapes encode
# a character outside the BMP as two halves; pairs are joined before this runs).
# Zero-width joiners (U+200C/U+200D) are kept on purpose: Persian, Indic scripts and emoji
# sequences need them.
_UNWANTED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff\ud800-\udfff]")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_HAS_SURROGATE = re.compile("[\ud800-\udfff]")

_BLANK_LINE_RUNS = re.compile(r"\n{3,}")

PARAGRAPH_SEPARATOR = "\n\n"


def _join_surrogate_pair(match: re.Match[str]) -> str:
    high, low = match.group()
    return chr(0x10000 + ((ord(high) - 0xD800) << 10) + (ord(low) - 0xDC00))


def normalise_with_report(text: str) -> tuple[str, tuple[str, ...]]:
    """Normalise ``text`` and say what was removed, for the document's provenance."""
    text, removed = _normalise(text)
    return text, _removal_warnings(removed)


def _removal_warnings(removed: int) -> tuple[str, ...]:
    return (ImportWarning("control_characters_removed", count=removed),) if removed else ()


def _normalise(text: str) -> tuple[str, int]:
    """Normalise ``text``; also return how many characters were removed as unwanted.

    Steps, in this order (the order is what makes the function idempotent):
    1. line breaks to "\\n" - before removing controls, so "\\r<NUL>\\n" cannot leave a
       lone "\\r" behind;
    2. surrogate pairs joined, then controls, BOMs and lone surrogates removed - before NFC,
       because a removed control between a letter and a combining accent would otherwise
       leave a composable (non-NFC) pair;
    3. NFC;
    4. trailing horizontal whitespace trimmed at every line end;
    5. runs of blank lines collapsed to one, leading/trailing blank lines removed.
    None of steps 3-5 can create something an earlier step would change.
    """
    # Each step is guarded by a cheap substring test or done with str methods: regex
    # substitution over a 60 KB transcript costs about a millisecond per pattern, and
    # the plain-text import budget is a few milliseconds per file.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for line_break in _OTHER_LINE_BREAKS:
        if line_break in text:
            text = text.replace(line_break, "\n")
    removed = 0
    if _UNWANTED.search(text):  # one scan in the common clean case; surrogates included
        if _HAS_SURROGATE.search(text):
            text = _SURROGATE_PAIR.sub(_join_surrogate_pair, text)
        text, removed = _UNWANTED.subn("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    # str.rstrip() strips exactly what regex \s matches (str.isspace characters).
    text = "\n".join([line.rstrip() for line in text.split("\n")])
    if "\n\n\n" in text:
        text = _BLANK_LINE_RUNS.sub(PARAGRAPH_SEPARATOR, text)
    return text.strip("\n"), removed


def normalise_text(text: str) -> str:
    """The normalised form of ``text`` (see ``normalise_with_report`` for the rules)."""
    return normalise_with_report(text)[0]


def join_blocks(blocks: Iterable[str]) -> tuple[str, tuple[int, ...], tuple[str, ...]]:
    """Normalise blocks (e.g. PDF pages) separately and join them as paragraphs.

    Returns the text, the code-point offset where each block starts in it, and warnings.
    A block that is empty after normalisation adds no separator; its start is where the
    next text begins (or the end of the text), so every block still has an offset.
    The joined text is itself normalised: each block has no leading/trailing blank lines
    or trailing spaces, and exactly one blank line separates two non-empty blocks.
    """
    parts: list[str] = []
    starts: list[int] = []
    removed_total = 0
    length = 0
    for block in blocks:
        normalised, removed = _normalise(block)
        removed_total += removed
        if not normalised:
            starts.append(length + (len(PARAGRAPH_SEPARATOR) if parts else 0))
            continue
        if parts:
            parts.append(PARAGRAPH_SEPARATOR)
            length += len(PARAGRAPH_SEPARATOR)
        starts.append(length)
        parts.append(normalised)
        length += len(normalised)
    # Starts recorded for empty blocks after the last non-empty one point past the end;
    # clamp them so every offset is a valid position in the text.
    starts = [min(start, length) for start in starts]
    return "".join(parts), tuple(starts), _removal_warnings(removed_total)
