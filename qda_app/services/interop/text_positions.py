"""Text normalisation with offset re-mapping, and the UTF-16/code-point question.

Producers count selection offsets in the text *they* stored: possibly with CRLF line ends,
possibly not NFC, and (NVivo for Windows) possibly in UTF-16 units. We store the text
normalised once (``\\n``, NFC) and count code points, so every offset from a file passes
through: UTF-16 units -> raw code points -> normalised code points.

Maps are sparse (a sorted list of the segments whose length changed), because a dense
array per character would cost tens of bytes per character of a long transcript.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

_NEWLINES = re.compile(r"\r\n|\r")
_WHITESPACE = re.compile(r"\s+")
_TRUNCATION_MARKS = ("...", "\u2026")


@dataclass(frozen=True)
class OffsetMap:
    """Raw offset -> normalised offset, for a text whose segments changed length.

    Each segment is (raw_start, raw_end, out_start, out_end); between segments the texts
    run in step. An offset inside a segment that shrank lands at most at its end.
    """

    segments: tuple[tuple[int, int, int, int], ...] = ()
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    @classmethod
    def of(cls, segments: list[tuple[int, int, int, int]]) -> OffsetMap:
        return cls(tuple(segments), tuple(segment[0] for segment in segments))

    def __call__(self, offset: int) -> int:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return offset
        raw_start, raw_end, out_start, out_end = self.segments[index]
        if offset < raw_end:
            return out_start + min(offset - raw_start, out_end - out_start)
        return out_end + (offset - raw_end)


def _normalise_newlines(raw: str) -> tuple[str, OffsetMap]:
    pieces: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    position = 0
    shift = 0
    for match in _NEWLINES.finditer(raw):
        pieces.append(raw[position:match.start()])
        pieces.append("\n")
        if match.end() - match.start() == 2:
            out_start = match.start() - shift
            segments.append((match.start(), match.end(), out_start, out_start + 1))
            shift += 1
        position = match.end()
    pieces.append(raw[position:])
    return "".join(pieces), OffsetMap.of(segments)


def _clusters(line: str) -> list[str]:
    """Split before each starter, the units NFC composes within (mostly)."""
    found: list[str] = []
    start = 0
    for index in range(1, len(line)):
        if unicodedata.combining(line[index]) == 0:
            found.append(line[start:index])
            start = index
    found.append(line[start:])
    return found


def _normalise_nfc(text: str) -> tuple[str, OffsetMap]:
    pieces: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    raw_position = 0
    out_position = 0
    # NFC never composes across a newline, so lines can be handled one by one.
    for line in text.split("\n"):
        composed = unicodedata.normalize("NFC", line)
        if composed != line:
            parts = _clusters(line)
            normal_parts = [unicodedata.normalize("NFC", part) for part in parts]
            if "".join(normal_parts) != composed:
                # Composition across starters (Hangul jamo, some Indic vowels): treat the
                # line as one block; offsets inside it are approximated.
                parts, normal_parts = [line], [composed]
            cluster_raw, cluster_out = raw_position, out_position
            for part, normal in zip(parts, normal_parts):
                if len(part) != len(normal):
                    segments.append((cluster_raw, cluster_raw + len(part),
                                     cluster_out, cluster_out + len(normal)))
                cluster_raw += len(part)
                cluster_out += len(normal)
        pieces.append(composed)
        raw_position += len(line) + 1
        out_position += len(composed) + 1
    return "\n".join(pieces), OffsetMap.of(segments)


@dataclass(frozen=True)
class NormalisedText:
    """A producer's text, our normalised text, and the maps between their offsets."""

    raw: str
    text: str
    newline_map: OffsetMap
    nfc_map: OffsetMap
    astral_unit_ends: tuple[int, ...]  # UTF-16 offset just after each astral character

    @property
    def changed(self) -> bool:
        return self.raw != self.text

    @property
    def has_astral(self) -> bool:
        return bool(self.astral_unit_ends)

    @property
    def raw_utf16_length(self) -> int:
        return len(self.raw) + len(self.astral_unit_ends)

    def from_code_points(self, offset: int) -> int:
        return self.nfc_map(self.newline_map(offset))

    def from_utf16_units(self, offset: int) -> int:
        # Each astral character wholly before the offset took two units, not one.
        return self.from_code_points(offset - bisect.bisect_right(self.astral_unit_ends, offset))


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def normalise_text(raw: str) -> NormalisedText:
    # A regex finds the astral characters in C; a Python loop over every character cost
    # ~30 ms per 60 KB transcript, most of a large import.
    astral_ends = [match.start() + count + 1
                   for count, match in enumerate(_ASTRAL.finditer(raw), start=1)]
    if "\r" not in raw and unicodedata.is_normalized("NFC", raw):
        return NormalisedText(raw, raw, OffsetMap(), OffsetMap(), tuple(astral_ends))
    unified, newline_map = _normalise_newlines(raw)
    if unicodedata.is_normalized("NFC", unified):
        return NormalisedText(raw, unified, newline_map, OffsetMap(), tuple(astral_ends))
    text, nfc_map = _normalise_nfc(unified)
    return NormalisedText(raw, text, newline_map, nfc_map, tuple(astral_ends))


def normalise_plain(text: str) -> str:
    """Newlines and NFC for short texts (names, notes) where no offsets point in."""
    return unicodedata.normalize("NFC", _NEWLINES.sub("\n", text))


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding used). A BOM decides; else UTF-8; else Windows-1252 as a last resort."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _quote_key(text: str) -> str:
    # XML attribute normalisation turns unescaped newlines and tabs in `name` into spaces,
    # so quoted text is compared with runs of whitespace collapsed.
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def quote_matches(name: str | None, quoted: str) -> bool:
    """Does a selection's ``name`` hold the text ``quoted`` (whole, or cut off with "...")?"""
    if not name:
        return False
    if name == quoted:
        return True
    key = _quote_key(name)
    target = _quote_key(quoted)
    if not key:
        return False
    if key == target:
        return True
    if key.endswith(_TRUNCATION_MARKS):
        stem = key.rstrip(".\u2026").rstrip()
        return len(stem) >= 5 and target.startswith(stem)
    return False
