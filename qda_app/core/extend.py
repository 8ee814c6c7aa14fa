"""Widen a search hit to the unit a researcher codes: word, sentence, paragraph or speaker turn.

Auto-coding a hit alone codes a word; a coder means the answer it occurs in. Positions are
half-open code-point ranges in the document's normalised text (paragraphs end at "\\n").
A speaker turn starts at a line such as "Alcalde: ..." or "Entrevistador: ..." and runs to
the line before the next speaker's; a hit before any speaker line falls back to its paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

UNITS = ("match", "word", "sentence", "paragraph", "turn")

_WORD = re.compile(r"\w", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)]*(?=\s|$)")
# A speaker label: up to five words, no digits-only labels such as "10:30", then ": ".
_SPEAKER = re.compile(r"^[ \t]*(?!\d+:)[^\W\d_][^\n:]{0,40}?:[ \t]", re.MULTILINE | re.UNICODE)


def extend_span(text: str, start: int, end: int, unit: str) -> tuple[int, int]:
    if unit == "match":
        return start, end
    if unit == "word":
        return _word(text, start, end)
    if unit == "sentence":
        return _sentence(text, start, end)
    if unit == "paragraph":
        return _trimmed(text, *_paragraph(text, start, end))
    if unit == "turn":
        return _turn(text, start, end)
    raise ValueError(unit)


def extend_spans(text: str, spans: Iterable[tuple[int, int]], unit: str) -> list[tuple[int, int]]:
    """Each span widened, duplicates (several hits in one turn) kept once, in text order."""
    return sorted(dict.fromkeys(extend_span(text, start, end, unit) for start, end in spans))


def _word(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and _WORD.match(text[start - 1]):
        start -= 1
    while end < len(text) and _WORD.match(text[end]):
        end += 1
    return start, end


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", max(start, end - 1))
    return left, len(text) if right < 0 else right


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    paragraph_start, paragraph_end = _paragraph(text, start, end)
    left = paragraph_start
    for found in _SENTENCE_END.finditer(text, paragraph_start, start):
        left = found.end()
    found = _SENTENCE_END.search(text, max(end - 1, start), paragraph_end)
    right = found.end() if found else paragraph_end
    return _trimmed(text, left, right)


def speaker_turn_starts(text: str) -> list[int]:
    return [found.start() for found in _SPEAKER.finditer(text)]


def _turn(text: str, start: int, end: int) -> tuple[int, int]:
    starts = speaker_turn_starts(text)
    before = [position for position in starts if position <= start]
    if not before:
        return _trimmed(text, *_paragraph(text, start, end))
    left = before[-1]
    after = [position for position in starts if position > max(start, end - 1)]
    right = after[0] if after else len(text)
    return _trimmed(text, left, right)
