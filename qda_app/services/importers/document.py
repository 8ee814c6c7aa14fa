"""The result of extracting one file: normalised text plus where it came from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ExtractedDocument:
    """Normalised text of one file and its provenance.

    ``text`` is final: every quotation offset (Unicode code points) refers to it.
    ``page_starts`` holds, for a PDF, the offset in ``text`` where each page starts
    (``page_starts[0]`` is page 1); it is empty for other formats. ``encoding`` is the
    encoding the bytes were decoded with, for text formats (txt, md, html, rtf), else None.
    """

    text: str
    format: str
    encoding: str | None
    original_name: str
    original_path: Path
    size: int
    sha256: str
    page_starts: tuple[int, ...] = ()
    warnings: tuple[str, ...] = ()

    def page_of(self, offset: int) -> int | None:
        """The 1-based page holding code-point ``offset``, or None if the format has no pages."""
        if not self.page_starts:
            return None
        from bisect import bisect_right

        return max(1, bisect_right(self.page_starts, offset))
