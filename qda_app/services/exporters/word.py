"""The category tables as a Word document, laid out as the paper prints them, ready to paste.

Per category: the caption ("Cuadro 1") in bold, its title in italics, a table Category (merged
down its rows) | Subcategory | Groundedness (centred) | Representative quotation(s) (one
paragraph each, ending in "(cita D:Q)"), the header row repeated on every page, and the
project's source line. On request, the saved networks, the smart codes, the codebook and the
quotations by code follow in the same document. Language, author, title and dates of the document come from the project.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from docx import Document as new_document
from docx.document import Document as WordDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from qda_app.services.atomic_files import atomic_path
from qda_app.services.exporters.docx_layout import (
    clean_text,
    keep_row_together,
    repeat_as_header,
    set_base_font,
    set_language,
    set_page,
    set_properties,
    set_widths,
    shade,
)
from qda_app.services.exporters.docx_stream import save_with_sections
from qda_app.services.exporters.word_quotations import add_quotations_section, heading_styles, quotations_section
from qda_app.services.exporters.word_smart_codes import add_smart_codes
from qda_app.services.reports.book import ReportBook
from qda_app.services.reports.codebook import cited
from qda_app.services.reports.labels import label
from qda_app.services.reports.wording import Wording, default_wording

SECTIONS = ("tables", "networks", "smart-codes", "codebook", "quotations")
# Shares of the text width for the category and subcategory columns; the figures column is as
# wide as its header word needs, the quotations take the rest.
_TABLE_SHARES = (0.19, 0.23)
_BOLD_CHARACTER_CM = 0.205  # a bold 10-point serif character, on average
_HEADER_FILL = "D9D9D9"
_TABLE_FONT = Pt(10)


@dataclass(frozen=True)
class WordContent:
    """What goes into the document besides the book: wording, title, author, quotations by code."""

    wording: Wording
    title: str
    sections: tuple[str, ...] = ("tables",)
    by_code: pd.DataFrame | None = None
    # (network name, drawing as PNG or None when the network has no nodes), for "networks"
    networks: tuple[tuple[str, Path | None], ...] = ()


def _paragraph(cell_or_document, text: str, *, bold: bool = False, italic: bool = False,
               align: WD_ALIGN_PARAGRAPH | None = None, size: Pt | None = None, first: bool = False):
    paragraph = cell_or_document.paragraphs[0] if first else cell_or_document.add_paragraph()
    run = paragraph.add_run(clean_text(text))
    run.bold, run.italic = bold, italic
    if size is not None:
        run.font.size = size
    if align is not None:
        paragraph.alignment = align
    return paragraph


def _tight(paragraph, after: float = 2) -> None:
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.space_after = Pt(after)


def _figure_width(header: str, width_cm: float) -> float:
    """A figures column as wide as its header's longest word needs (never broken mid-word)."""
    longest_word = max((len(word) for word in header.split()), default=4)
    return min(max(0.09 * width_cm, longest_word * _BOLD_CHARACTER_CM + 0.45), 0.22 * width_cm)


def _category_widths(headers: tuple[str, ...], width_cm: float) -> list[float]:
    figures = _figure_width(headers[2], width_cm)
    category, subcategory = (share * width_cm for share in _TABLE_SHARES)
    return [category, subcategory, figures, width_cm - category - subcategory - figures]


def _category_table(document: WordDocument, frame: pd.DataFrame, wording: Wording, width_cm: float) -> None:
    caption = document.add_paragraph()
    caption.add_run(clean_text(frame.attrs.get("caption", ""))).bold = True
    caption.paragraph_format.keep_with_next = True
    _tight(caption, 0)
    title = _paragraph(document, frame.attrs.get("title", ""), italic=True)
    title.paragraph_format.keep_with_next = True
    _tight(title, 4)
    category_rows = int(frame.attrs.get("category_rows", len(frame) - 1))
    quotations = frame.attrs.get("quotations", [[] for _ in range(len(frame))])
    table = document.add_table(rows=1 + len(frame), cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    headers = (wording.category, wording.subcategory, wording.groundedness, wording.representative)
    for index, (cell, text) in enumerate(zip(table.rows[0].cells, headers)):
        paragraph = _paragraph(cell, text, bold=True, size=_TABLE_FONT, first=True,
                               align=WD_ALIGN_PARAGRAPH.CENTER)
        _tight(paragraph, 0)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        shade(cell, _HEADER_FILL)
    repeat_as_header(table.rows[0])
    bold_rows = set(frame.attrs.get("bold_rows", []))
    for position, values in enumerate(frame.itertuples(index=False, name=None)):
        row = table.rows[position + 1]
        keep_row_together(row)
        bold = position in bold_rows
        _, subcategory, grounded, _ = values
        _tight(_paragraph(row.cells[1], subcategory, bold=bold, size=_TABLE_FONT, first=True), 0)
        figure = _paragraph(row.cells[2], "" if pd.isna(grounded) else str(int(grounded)), bold=bold,
                            size=_TABLE_FONT, first=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        _tight(figure, 0)
        row.cells[2].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        quotes = quotations[position] if position < len(quotations) else []
        for number, (text, quotation_id) in enumerate(quotes):
            paragraph = _paragraph(row.cells[3], cited(text, quotation_id, wording.cite), size=_TABLE_FONT,
                                   first=number == 0)
            _tight(paragraph, 3 if number < len(quotes) - 1 else 0)
    # The category, once, in a cell merged down its subcategories' rows.
    if category_rows:
        merged = table.cell(1, 0).merge(table.cell(category_rows, 0)) if category_rows > 1 else table.cell(1, 0)
        for paragraph in merged.paragraphs[1:]:
            paragraph._p.getparent().remove(paragraph._p)
        merged.paragraphs[0].text = ""
        run = merged.paragraphs[0].add_run(clean_text(frame.attrs.get("title", "") or frame.iloc[0, 0]))
        run.font.size = _TABLE_FONT
        merged.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_widths(table, _category_widths(headers, width_cm))
    # Every row kept with the next, and the source line with the last: a table that fits on a
    # page is not split (a subtotal row alone on the next page); a longer one breaks where it must.
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True
    source = _paragraph(document, wording.source_line, size=Pt(9))
    _tight(source, 14)
    source.paragraph_format.space_before = Pt(3)


def _totals_table(document: WordDocument, frame: pd.DataFrame, title: str, width_cm: float) -> None:
    heading = _paragraph(document, title, bold=True)
    heading.paragraph_format.keep_with_next = True
    table = document.add_table(rows=1 + len(frame), cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, frame.columns):
        _tight(_paragraph(cell, text, bold=True, size=_TABLE_FONT, first=True, align=WD_ALIGN_PARAGRAPH.CENTER), 0)
        shade(cell, _HEADER_FILL)
    repeat_as_header(table.rows[0])
    bold_rows = set(frame.attrs.get("bold_rows", []))
    for position, (name, value) in enumerate(frame.itertuples(index=False, name=None)):
        cells = table.rows[position + 1].cells
        _tight(_paragraph(cells[0], name, bold=position in bold_rows, size=_TABLE_FONT, first=True), 0)
        _tight(_paragraph(cells[1], str(value), bold=position in bold_rows, size=_TABLE_FONT, first=True,
                          align=WD_ALIGN_PARAGRAPH.CENTER), 0)
    set_widths(table, [width_cm * 0.75, width_cm * 0.25])
    for note in frame.attrs.get("notes", []):
        _paragraph(document, note, size=Pt(9))


def _codebook(document: WordDocument, frame: pd.DataFrame, language: str, width_cm: float) -> None:
    document.add_heading(clean_text(label("sheet_codebook", language)), level=1)
    keys = ("code", "groundedness", "density", "definition")
    columns = [label(key, language) for key in keys]
    table = document.add_table(rows=1 + len(frame), cols=len(columns))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, columns):
        _tight(_paragraph(cell, text, bold=True, size=_TABLE_FONT, first=True, align=WD_ALIGN_PARAGRAPH.CENTER), 0)
        shade(cell, _HEADER_FILL)
    repeat_as_header(table.rows[0])
    paths = frame[label("category_path", language)].tolist()
    for position, values in enumerate(frame[columns].itertuples(index=False, name=None)):
        cells = table.rows[position + 1].cells
        depth = str(paths[position]).count(" > ")
        name = _paragraph(cells[0], values[0], bold=depth == 0, size=_TABLE_FONT, first=True)
        name.paragraph_format.left_indent = Cm(0.4 * depth)
        for cell, value in zip(cells[1:3], values[1:3]):
            _tight(_paragraph(cell, str(value), size=_TABLE_FONT, first=True, align=WD_ALIGN_PARAGRAPH.CENTER), 0)
        _tight(_paragraph(cells[3], values[3], size=_TABLE_FONT, first=True), 0)
        _tight(name, 0)
    figures = [_figure_width(column, width_cm) for column in columns[1:3]]
    set_widths(table, [width_cm * 0.30, *figures, width_cm * 0.70 - sum(figures)])
    for note in frame.attrs.get("notes", []):
        _paragraph(document, note, size=Pt(9))


FIGURE_WORD = {"en": "Figure", "es": "Figura", "pt": "Figura"}
NO_NODES = {"en": "The network has no nodes yet; nothing to draw.", "es": "La red aún no tiene nodos; no hay nada que dibujar.",
            "pt": "A rede ainda não tem nós; não há nada a desenhar."}


def _networks(document: WordDocument, networks: tuple[tuple[str, Path | None], ...], language: str,
              width_cm: float) -> None:
    """Each saved network as a numbered figure, as the paper's Figure 1."""
    word = FIGURE_WORD.get(language, "Figure")
    for number, (name, drawing) in enumerate(networks, start=1):
        # a network already named as a figure ("Figura 1", as the demo's) is captioned by its name
        text = name if name.casefold().startswith(word.casefold()) else f"{word} {number}. {name}"
        caption = _paragraph(document, text, bold=True)
        caption.paragraph_format.keep_with_next = True
        if drawing is None:
            _paragraph(document, NO_NODES.get(language, NO_NODES["en"]), italic=True)
            continue
        document.add_picture(str(drawing), width=Cm(width_cm))


def new_report_document(*, title: str, author: str, language: str) -> tuple[WordDocument, float]:
    document = new_document()
    width = set_page(document)
    set_base_font(document)
    set_language(document, language)
    set_properties(document, title=title, author=author, language=language)
    return document, width


@dataclass
class WordDraft:
    """A report document with the long sections still to write: each a placeholder paragraph and
    the paragraphs that replace it, written into the file as it is saved (``docx_stream``)."""

    document: WordDocument
    sections: list[tuple[str, Iterator[str]]] = field(default_factory=list)


def word_document(book: ReportBook, content: WordContent) -> WordDraft:
    """The document of ``book`` per ``content.sections``, all but the quotations by code
    (``save_word`` writes those into the file as it saves it, as it does the smart codes'
    quotations)."""
    language = book.language
    document, width = new_report_document(title=content.title, author=content.wording.author, language=language)
    draft = WordDraft(document)
    if "tables" in content.sections:
        blocks = book.sheet("categories").blocks
        for block in blocks:
            if block.frame.attrs.get("caption"):
                _category_table(document, block.frame, content.wording, width)
            else:
                _totals_table(document, block.frame, block.title, width)
    if "networks" in content.sections and content.networks:
        if "tables" in content.sections:
            document.add_page_break()
        _networks(document, content.networks, language, width)
    written = "tables" in content.sections or ("networks" in content.sections and bool(content.networks))
    if "smart-codes" in content.sections:
        if written and any(sheet.key == "smart_codes" for sheet in book.sheets):
            document.add_page_break()
        written = add_smart_codes(document, book, width_cm=width, cite=content.wording.cite,
                                  with_quotations="quotations" in content.sections, pending=draft.sections) or written
    if "codebook" in content.sections:
        if written:
            document.add_page_break()
        _codebook(document, book.sheet("codebook").blocks[0].frame, language, width)
    return draft


def save_word(draft: WordDraft, path: str | Path, *, by_code: pd.DataFrame | None = None,
              language: str, cite: str) -> Path:
    """``draft`` as a .docx file; with ``by_code`` (``quotations_by_code``, whole or deferred),
    the quotations by code after a page break, written straight into the file a chunk of rows at
    a time (tens of thousands of paragraphs: see ``word_quotations``)."""
    target = Path(path)
    document, sections = draft.document, list(draft.sections)
    if by_code is not None:
        document.add_page_break()
        sections.append((add_quotations_section(document), quotations_section(
            by_code, language=language, cite=cite, heading_styles=heading_styles(document))))
    if sections:
        return save_with_sections(document, target, sections)
    with atomic_path(target) as temporary:
        document.save(str(temporary))
    return target


def write_word(book: ReportBook, path: str | Path, content: WordContent | None = None) -> Path:
    """The category tables of ``book`` (and, per ``content.sections``, its networks, smart codes,
    codebook and the quotations by code) as a .docx file."""
    content = content or WordContent(wording=default_wording(book.language), title="")
    by_code = content.by_code if "quotations" in content.sections else None
    return save_word(word_document(book, content), path, by_code=by_code, language=book.language,
                     cite=content.wording.cite)
