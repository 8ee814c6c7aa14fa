"""The smart codes in the Word report: a table of every saved query with its figures now, and,
with the report's quotations, each smart code's quotations as "quotations by code" prints a code's."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from qda_app.services.exporters.docx_layout import clean_text, repeat_as_header, set_widths, shade
from qda_app.services.exporters.docx_stream import add_placeholder, paragraph_style_id, paragraph_xml, run_xml
from qda_app.services.reports.book import ReportBook
from qda_app.services.reports.labels import label

_HEADER_FILL = "D9D9D9"
_FONT = Pt(10)
_COLUMNS = ("smart_code", "query", "groundedness", "documents")
_WIDTHS = (0.28, 0.48, 0.12, 0.12)
# A quotation: its head (kept with the text, 1 pt after) and its text (indented 0.8 cm, 8 pt after).
_AFTER_HEAD, _AFTER_TEXT, _INDENT = Pt(1).twips, Pt(8).twips, Cm(0.8).twips


def _cell_text(cell, text: str, *, bold: bool = False, centre: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(clean_text(text))
    run.bold = bold
    run.font.size = _FONT
    if centre:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = Pt(0)


def add_smart_codes(document: WordDocument, book: ReportBook, *, width_cm: float, with_quotations: bool,
                    cite: str, pending: list[tuple[str, Iterator[str]]] | None = None) -> bool:
    """The smart codes section; False (nothing added) when the book has no smart codes. With
    ``with_quotations``, each smart code's quotations follow: a placeholder here, and in
    ``pending`` the placeholder with the paragraphs that replace it as the file is saved
    (``docx_stream.save_with_sections``: a smart code can hold tens of thousands of quotations)."""
    sheets = [sheet for sheet in book.sheets if sheet.key == "smart_codes"]
    if not sheets:
        return False
    language = book.language
    summary, _, listed = (block.frame for block in sheets[0].blocks)
    document.add_heading(clean_text(label("sheet_smart_codes", language)), level=1)
    headers = [label(key, language) for key in _COLUMNS]
    table = document.add_table(rows=1 + len(summary), cols=len(headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers):
        _cell_text(cell, text, bold=True, centre=True)
        shade(cell, _HEADER_FILL)
    repeat_as_header(table.rows[0])
    for position, values in enumerate(summary[headers].itertuples(index=False, name=None)):
        cells = table.rows[position + 1].cells
        name, query, grounded, documents = values
        _cell_text(cells[0], name, bold=True)
        _cell_text(cells[1], query)
        _cell_text(cells[2], str(grounded), centre=True)
        _cell_text(cells[3], str(documents), centre=True)
    set_widths(table, [share * width_cm for share in _WIDTHS])
    for note in summary.attrs.get("notes", []):
        document.add_paragraph().add_run(clean_text(note)).font.size = Pt(9)
    if with_quotations:
        if pending is None:
            raise ValueError("the smart codes' quotations are written as the file is saved: give `pending`")
        pending.append((add_placeholder(document), smart_code_quotations_xml(
            summary, listed, language, cite, heading_style=paragraph_style_id(document, "Heading 2"))))
    return True


def smart_code_quotations_xml(summary: pd.DataFrame, listed: pd.DataFrame, language: str, cite: str, *,
                              heading_style: str | None) -> Iterator[str]:
    """Each smart code "name {G}" (Heading 2), then its quotations as "quotations by code" prints
    a code's, as WordprocessingML a piece at a time."""
    name_column, grounded_column = label("smart_code", language), label("groundedness", language)
    by_name: dict[str, list[tuple]] = {}
    for row in listed[[label(key, language) for key in ("smart_code", "quotation_id", "document", "text")]] \
            .itertuples(index=False, name=None):
        by_name.setdefault(row[0], []).append(row)
    for name, grounded in summary[[name_column, grounded_column]].itertuples(index=False, name=None):
        piece = [paragraph_xml(run_xml(clean_text(f"{name} {{{grounded}}}")), style_id=heading_style,
                               keep_with_next=True)]
        for _, quotation_id, document_name, text in by_name.get(name, []):
            piece.append(paragraph_xml(run_xml(clean_text(f"{cite} {quotation_id}"), bold=True)
                                       + run_xml(clean_text(f" · {document_name}")),
                                       keep_with_next=True, space_after_twips=_AFTER_HEAD, space_before_twips=None))
            piece.append(paragraph_xml(run_xml(clean_text(f"“{' '.join(str(text).split())}”")), justify=True,
                                       indent_twips=_INDENT, space_after_twips=_AFTER_TEXT, space_before_twips=None))
            if len(piece) >= 1_000:
                yield "".join(piece)
                piece = []
        yield "".join(piece)
