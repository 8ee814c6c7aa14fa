"""The Word report's "quotations by code" section, written a chunk of rows at a time.

For every shown code: a heading "name {G-D}" (Heading 2 for a top-level code, one level deeper
per level below, at most Heading 4), its definition in italics, then each quotation: a bold
"cita D:Q" head with document and coders, kept with the text that follows; the text, quoted,
indented and justified; and its comment, if any. The rows come from ``reports.by_code`` (with
``defer_text``, a chunk of rows at a time: ``reports.deferred``) and the paragraphs go straight
into the file (``docx_stream``): a section of 600,000 rows is never held whole.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
from docx.document import Document as WordDocument
from docx.shared import Cm, Pt

from qda_app.services.exporters.docx_layout import clean_text
from qda_app.services.exporters.docx_stream import (
    add_placeholder,
    paragraph_style_id,
    paragraph_xml,
    run_xml,
    save_with_section,
)
from qda_app.services.reports.deferred import frame_chunks
from qda_app.services.reports.labels import label

INDENT = Cm(0.8).twips
COMMENT_COLOR = "444444"
# Paragraphs gathered before a piece is handed to the file: a few hundred KB of XML.
_PARAGRAPHS_PER_PIECE = 1_000


# Space after a paragraph, in twips as python-docx writes Pt(n): the head, a text followed by its
# comment, and the last paragraph of a quotation.
_AFTER_HEAD, _AFTER_TEXT, _AFTER_QUOTATION = Pt(1).twips, Pt(2).twips, Pt(8).twips


def _rows(frame: pd.DataFrame) -> Iterator[tuple]:
    for chunk in frame_chunks(frame):
        yield from chunk.itertuples(index=False, name=None)


def quotations_section(frame: pd.DataFrame, *, language: str, cite: str,
                       heading_styles: dict[int, str | None]) -> Iterator[str]:
    """The section's paragraphs as WordprocessingML, a piece at a time. ``frame``:
    ``quotations_by_code`` (deferred or whole); ``heading_styles``: level -> style id, 1 to 4."""
    comment_label, coder_label = label("comment", language), label("coder", language)
    rows = _rows(frame)
    piece = [paragraph_xml(run_xml(clean_text(label("sheet_by_code", language))), style_id=heading_styles[1])]
    for section in frame.attrs.get("codes", []):
        level = min(2 + int(section["depth"]), 4)
        heading = clean_text(f"{section['code']} {{{section['groundedness']}-{section['density']}}}")
        piece.append(paragraph_xml(run_xml(heading), style_id=heading_styles[level], keep_with_next=True))
        if section["definition"]:
            piece.append(paragraph_xml(run_xml(clean_text(section["definition"]), bold=False, italic=True)))
        for _, _, quotation_id, document_name, text, comment, coder in itertools.islice(rows, section["rows"]):
            who = f" · {coder_label}: {coder}" if coder else ""
            piece.append(paragraph_xml(
                run_xml(clean_text(f"{cite} {quotation_id}"), bold=True) + run_xml(clean_text(f" · {document_name}{who}")),
                keep_with_next=True, space_after_twips=_AFTER_HEAD))
            body = clean_text(f"“{' '.join(str(text).split())}”")
            piece.append(paragraph_xml(run_xml(body, bold=False, italic=False), justify=True, indent_twips=INDENT,
                                       space_after_twips=_AFTER_TEXT if comment else _AFTER_QUOTATION))
            if comment:
                piece.append(paragraph_xml(
                    run_xml(clean_text(f"{comment_label}: "), italic=True)
                    + run_xml(clean_text(comment), color=COMMENT_COLOR),
                    indent_twips=INDENT, space_after_twips=_AFTER_QUOTATION))
            if len(piece) >= _PARAGRAPHS_PER_PIECE:
                yield "".join(piece)
                piece = []
    yield "".join(piece)


def heading_styles(document: WordDocument) -> dict[int, str | None]:
    return {level: paragraph_style_id(document, f"Heading {level}") for level in range(1, 5)}


def add_quotations_section(document: WordDocument) -> str:
    """Mark where the section goes (at the end of the body so far); ``save_with_quotations`` fills it."""
    return add_placeholder(document)


def save_with_quotations(document: WordDocument, marker: str, frame: pd.DataFrame, path: str | Path, *,
                         language: str, cite: str) -> Path:
    """Save ``document`` to ``path``, the section written where ``add_quotations_section`` marked it."""
    section = quotations_section(frame, language=language, cite=cite, heading_styles=heading_styles(document))
    return save_with_section(document, marker, path, section)
