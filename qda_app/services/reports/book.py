"""All reports of one project and filter, arranged as named sheets: what every writer presents.

The reports are computed once here; the Excel, Word, CSV and HTML writers only lay the same
DataFrames out, so a figure can never differ between two exports of the same filter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from qda_app.services.project import Project
from qda_app.services.reports.codebook import category_tables, category_totals, codebook
from qda_app.services.reports.data import load_report_data
from qda_app.services.reports.filters import ReportFilter
from qda_app.services.reports.labels import check_language, label
from qda_app.services.reports.quotations import (
    documents_report,
    quotation_code_matrix,
    quotation_report,
)
from qda_app.services.reports.summary import summary
from qda_app.services.reports.tables import (
    code_document_table,
    cooccurrence_pairs,
    cooccurrence_table,
)
from qda_app.services.reports.words import scan_documents, word_frequencies

# Past this the 0/1 matrix (quotations x codes) would dominate the workbook's time and size (and
# few spreadsheet users want it), so it goes to the CSV export only.
MATRIX_CELL_LIMIT = 1_000_000

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Block:
    """One table on a sheet, with an optional title row above it."""

    frame: pd.DataFrame
    title: str = ""


@dataclass(frozen=True)
class Sheet:
    key: str  # stable: "summary", "codebook", "categories", ...
    name: str  # in the report's language, <= 31 characters
    blocks: tuple[Block, ...]

    @property
    def notes(self) -> list[str]:
        found: list[str] = []
        for block in self.blocks:
            for note in block.frame.attrs.get("notes", []):
                if note not in found:
                    found.append(note)
        return found


@dataclass(frozen=True)
class ReportBook:
    language: str
    sheets: tuple[Sheet, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)

    def sheet(self, key: str) -> Sheet:
        return next(sheet for sheet in self.sheets if sheet.key == key)


def build_report_book(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    order: str = "groundedness",
    include_matrix: bool | None = None,
    word_scope: str = "documents",
    top_words: int = 30,
    progress: Progress | None = None,
) -> ReportBook:
    """Every report, in sheet order. ``include_matrix=None``: only when it is small enough for a
    workbook (see MATRIX_CELL_LIMIT); True always (CSV), False never."""
    check_language(language)
    data = load_report_data(project, report_filter)
    # One read of the texts gives the word counts (summary, documents, words) and the quotations' text.
    scan_documents(project, data, quotations=True)
    steps = 10
    done = 0

    def step(name: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps, name)

    def sheet(key: str, *blocks: Block) -> Sheet:
        step(key)
        return Sheet(key=key, name=label(f"sheet_{key}", language), blocks=tuple(blocks))

    common = {"language": language, "data": data}
    tables = category_tables(project, order=order, **common)
    category_blocks = [Block(table, f"{table.attrs['caption']}. {table.attrs['title']}") for table in tables]
    category_blocks.append(Block(category_totals(tables, language=language), label("grand_total", language)))
    code_document = [
        Block(frame, frame.attrs["title"])
        for frame in (code_document_table(project, measure=m, **common)
                      for m in ("count", "normalized", "row_percent", "column_percent"))
    ]
    if any(doc.groups for doc in data.documents):
        for measure in ("count", "normalized", "row_percent", "column_percent"):
            frame = code_document_table(project, measure=measure, columns="groups", **common)
            code_document.append(Block(frame, f"{label('groups', language)}: {frame.attrs['title']}"))
    cooccurrence = [
        Block(frame, frame.attrs["title"])
        for frame in (cooccurrence_table(project, measure=m, **common) for m in ("count", "coefficient"))
    ]
    sheets = [
        sheet("summary", Block(summary(project, **common))),
        sheet("codebook", Block(codebook(project, **common))),
        sheet("categories", *category_blocks),
        sheet("code_document", *code_document),
        sheet("cooccurrence", *cooccurrence),
        sheet("quotations", Block(quotation_report(project, **common))),
        sheet("documents", Block(documents_report(project, **common))),
        sheet("pairs", Block(cooccurrence_pairs(project, **common))),
    ]
    notes: list[str] = []
    cells = len(data.quotations) * (len(data.shown_codes) + 3)
    if include_matrix or (include_matrix is None and cells <= MATRIX_CELL_LIMIT):
        sheets.append(sheet("matrix", Block(quotation_code_matrix(project, **common))))
    else:
        step("matrix")
        notes.append(label("note_matrix_csv", language).format(rows=len(data.quotations), codes=len(data.shown_codes)))
    sheets.append(sheet("words", Block(word_frequencies(project, by=word_scope, top=top_words, **common))))
    return ReportBook(language=language, sheets=tuple(sheets), notes=tuple(notes))
