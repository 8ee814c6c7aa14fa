"""Markdown: rendered to HTML, then the visible text is taken as for an HTML file.

So '#', '*', link URLs and other markup never reach the document text, and paragraphs,
headings and list items stay separate paragraphs.
"""

from __future__ import annotations

from qda_app.services.importers.html import visible_text
from qda_app.services.importers.text import decode_text

# "extra" gives tables, fenced code, footnotes and definition lists, the Markdown that
# transcription and note-taking tools export. "nl2br" keeps a single line break as a
# line break: transcripts often put each speaker turn on its own line without a blank
# line between, and strict Markdown would run the turns together into one paragraph.
_EXTENSIONS = ("extra", "sane_lists", "nl2br")


def extract_markdown(
    path: str, data: bytes, *, max_text_chars: int
) -> tuple[str, str, tuple[str, ...]]:
    """Visible text of a Markdown file, its encoding, and warnings."""
    import markdown  # imported here: only Markdown files need it

    decoded = decode_text(path, data, max_text_chars=max_text_chars)
    # The renderer expects "\n" line ends; a lone "\r" (old Mac files) would otherwise keep
    # lines that should be separate paragraphs together.
    source = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    rendered = markdown.markdown(source, extensions=list(_EXTENSIONS), output_format="html")
    return visible_text(rendered), decoded.encoding, decoded.warnings
