"""The smart codes in the Word report: a table of every saved query with its figures now, and,
with the report's quotations, each smart code's quotations as "quotations by code" prints a code's."""

from __future__ import annotations

import pandas as pd
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from qda_app.services.exporters.docx_append import BodyEnd
from qda_app.services.exporters.docx_layout import clean_text, repeat_as_header, set_widths, shade
from qda_app.services.reports.book import ReportBook
from qda_app.services.reports.labels import label

_HEADER_FILL = "D9D9D9"
_FONT = Pt(10)
_COLUMNS = ("smart_code", "query", "groundedness", "documents")
_WIDTHS = (0.28, 0.48, 0.12, 0.12)


def _cell_text(cell, text: str, *, bold: bool = False, centre: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(clean_text(text))
    run.bold = bold
    run.font.size = _FONT
    if centre:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = Pt(0)


def add_smart_codes(document: WordDocument, book: ReportBook, *, width_cm: float, with_quotations: bool,
                    cite: str) -> bool:
    """The smart codes section; False (nothing added) when the book has no smart codes."""
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
        _quotations(document, summary, listed, language, cite)
    return True


def _quotations(document: WordDocument, summary: pd.DataFrame, listed: pd.DataFrame, language: str, cite: str) -> None:
    name_column, grounded_column = label("smart_code", language), label("groundedness", language)
    rows = list(listed[[label(key, language) for key in ("smart_code", "quotation_id", "document", "text")]]
                .itertuples(index=False, name=None))
    by_name: dict[str, list[tuple]] = {}
    for row in rows:
        by_name.setdefault(row[0], []).append(row)
    end = BodyEnd(document)  # a smart code can hold thousands of quotations
    for name, grounded in summary[[name_column, grounded_column]].itertuples(index=False, name=None):
        heading = end.add_heading(clean_text(f"{name} {{{grounded}}}"), level=2)
        heading.paragraph_format.keep_with_next = True
        for _, quotation_id, document_name, text in by_name.get(name, []):
            head = end.add_paragraph()
            head.paragraph_format.keep_with_next = True
            head.paragraph_format.space_after = Pt(1)
            head.add_run(clean_text(f"{cite} {quotation_id}")).bold = True
            head.add_run(clean_text(f" · {document_name}"))
            body = end.add_paragraph(clean_text(f"“{' '.join(str(text).split())}”"))
            body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            body.paragraph_format.left_indent = Cm(0.8)
            body.paragraph_format.space_after = Pt(8)
