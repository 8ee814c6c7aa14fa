"""The category tables as a Word document, laid out like a paper's tables, ready to paste.

One table per category: caption ("Tabla 1") in bold, the category as an italic title, a bold
header row, the subcategories, and a bold subtotal row; then the grand total.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from docx import Document as WordDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt

from qda_app.services.atomic_files import atomic_path
from qda_app.services.exporters.excel import clean_value
from qda_app.services.reports.book import ReportBook
from qda_app.services.reports.labels import label


def _text(value: object) -> str:
    value = clean_value(value)
    if value is None:
        return ""
    # XML 1.0 has no place for control characters; python-docx would refuse the whole file.
    return "".join(ch for ch in str(value) if ch in "\t\n" or ord(ch) >= 32)


def _add_table(document: WordDocument, frame: pd.DataFrame) -> None:
    table = document.add_table(rows=1, cols=len(frame.columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, column in zip(table.rows[0].cells, frame.columns):
        cell.text = ""
        cell.paragraphs[0].add_run(_text(column)).bold = True
    bold_rows = set(frame.attrs.get("bold_rows", []))
    for position, values in enumerate(frame.itertuples(index=False, name=None)):
        cells = table.add_row().cells
        for cell, value in zip(cells, values):
            run = cell.paragraphs[0].add_run(_text(value))
            run.bold = position in bold_rows
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)


def write_word(book: ReportBook, path: str | Path) -> Path:
    """The Categories sheet of ``book`` (its tables and grand total) as a .docx file."""
    target = Path(path)
    document = WordDocument()
    blocks = book.sheet("categories").blocks
    for block in blocks:
        frame = block.frame
        caption = frame.attrs.get("caption")
        if caption:
            document.add_paragraph().add_run(caption).bold = True
            document.add_paragraph().add_run(_text(frame.attrs.get("title", ""))).italic = True
        else:
            document.add_paragraph().add_run(_text(block.title)).bold = True
        _add_table(document, frame)
        for note in frame.attrs.get("notes", []):
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{label('note', book.language)}. ").italic = True
            paragraph.add_run(_text(note))
        document.add_paragraph()
    with atomic_path(target) as temporary:
        document.save(str(temporary))
    return target
