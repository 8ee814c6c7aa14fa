"""All reports of one project and filter, arranged as named sheets: what every writer presents.

The reports are computed once here; the Excel, Word, CSV and HTML writers only lay the same
DataFrames out, so a figure can never differ between two exports of the same filter.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd

from qda_app.core.model import Document
from qda_app.services.project import Project
from qda_app.services.queries import list_smart_codes
from qda_app.services.reports.codebook import category_tables, category_totals, codebook
from qda_app.services.reports.data import ReportData, load_report_data
from qda_app.services.reports.filters import ReportFilter
from qda_app.services.reports.labels import check_language, label
from qda_app.services.reports.quotations import (
    documents_report,
    prepare_quotation_report,
    quotation_code_matrix,
    quotation_report,
)
from qda_app.services.reports.relations_report import quotation_links_report, relations_report
from qda_app.services.reports.smart_codes_report import (
    smart_code_document_table,
    smart_code_quotations,
    smart_codes_report,
)
from qda_app.services.reports.summary import summary
from qda_app.services.reports.tables import (
    code_document_table,
    cooccurrence_pairs,
    cooccurrence_table,
)
from qda_app.services.reports.words import scan_documents, scan_texts, word_frequencies
from qda_app.store.opening import open_database

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
    # What the sheets were made from (``keep_data``), for a report written beside them from the
    # same data (the Word report's quotations by code) rather than from a second load.
    data: ReportData | None = field(default=None, repr=False, compare=False)

    def sheet(self, key: str) -> Sheet:
        return next(sheet for sheet in self.sheets if sheet.key == key)


def build_report_book(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    order: str = "tree",
    include_matrix: bool | None = None,
    word_scope: str = "documents",
    top_words: int = 30,
    progress: Progress | None = None,
    defer_texts: bool = False,
    keep_data: bool = False,
) -> ReportBook:
    """Every report, in sheet order. ``include_matrix=None``: only when it is small enough for a
    workbook (see MATRIX_CELL_LIMIT); True always (CSV), False never. ``defer_texts``: the
    quotation sheet's IDs, texts, codes and coders (and the matrix's IDs) are made as a writer
    streams their rows (``reports.deferred``), which needs the project open until the book is
    written; otherwise the book holds them. ``keep_data``: the book keeps the ``ReportData`` it
    was made from (``ReportBook.data``), for a report made later from the same data."""
    check_language(language)
    with _collector_paused():
        book = _build(project, report_filter=report_filter, language=language, order=order,
                      include_matrix=include_matrix, word_scope=word_scope, top_words=top_words,
                      progress=progress, defer_texts=defer_texts)
    return book if keep_data else replace(book, data=None)


_pause_lock = threading.Lock()
_pauses = 0
_resume = False


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the reports are built. They allocate millions of
    short-lived objects (rows, strings, counters) that reference counting frees, and each
    allocation burst would otherwise start a collection that walks the whole heap: a fifth of
    the build's time on a large project. Nested or concurrent builds resume it once, at the end."""
    global _pauses, _resume
    with _pause_lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()


def _build(
    project: Project,
    *,
    report_filter: ReportFilter | None,
    language: str,
    order: str,
    include_matrix: bool | None,
    word_scope: str,
    top_words: int,
    progress: Progress | None,
    defer_texts: bool,
) -> ReportBook:
    # One read of the texts gives the word counts (summary, documents, words) and the quotations' text
    # (unless deferred); it runs beside the codings' read and the tables that do not need it
    # (see _BackgroundScan).
    scan = _BackgroundScan(project, quotations=not defer_texts)
    try:
        data = load_report_data(project, report_filter, documents_ready=scan.start, quotations_ready=scan.quotations_ready)
    except BaseException:
        scan.cancel()
        raise
    steps = 11
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
    categories_word = label("categories", language)
    category_document = code_document_table(project, measure="count", rows="categories", **common)
    code_document.append(Block(category_document, f"{categories_word}: {category_document.attrs['title']}"))
    cooccurrence = [
        Block(frame, frame.attrs["title"])
        for frame in (cooccurrence_table(project, measure=m, **common) for m in ("count", "coefficient"))
    ]
    for measure in ("count", "coefficient"):  # the categories' own figures, as the paper discusses them
        frame = cooccurrence_table(project, measure=measure, rows="categories", **common)
        cooccurrence.append(Block(frame, f"{categories_word}: {frame.attrs['title']}"))
    codebook_frame = codebook(project, **common)
    pairs = cooccurrence_pairs(project, **common)
    notes: list[str] = []
    cells = len(data.quotations) * (len(data.shown_codes) + 3)
    matrix = None
    if include_matrix or (include_matrix is None and cells <= MATRIX_CELL_LIMIT):
        matrix = quotation_code_matrix(project, defer_ids=defer_texts, **common)
    else:
        notes.append(label("note_matrix_csv", language).format(rows=len(data.quotations), codes=len(data.shown_codes)))
    _drop_shared_tables(data)  # the tables above are built: their shared counts are not needed again
    prepare_quotation_report(data)  # all but the texts, still being read
    scan.join(data)  # the reports below use the texts
    sheets = [
        sheet("summary", Block(summary(project, **common))),
        sheet("codebook", Block(codebook_frame)),
        sheet("categories", *category_blocks),
        sheet("code_document", *code_document),
        sheet("cooccurrence", *cooccurrence),
        sheet("quotations", Block(quotation_report(project, defer_text=defer_texts, **common))),
        sheet("documents", Block(documents_report(project, **common))),
        sheet("pairs", Block(pairs)),
        sheet("relations", Block(relations_report(project, **common)),
              Block(quotation_links_report(project, **common), label("quotation_links", language))),
    ]
    if list_smart_codes(project):  # a project without smart codes gets no sheet for them
        smart = {**common, "report_filter": report_filter}
        by_document = smart_code_document_table(project, **smart)
        listed = smart_code_quotations(project, **smart)
        sheets.append(Sheet(key="smart_codes", name=label("sheet_smart_codes", language), blocks=(
            Block(smart_codes_report(project, **smart)), Block(by_document, by_document.attrs["title"]),
            Block(listed, listed.attrs["title"]))))
    if matrix is not None:
        sheets.append(sheet("matrix", Block(matrix)))
    else:
        step("matrix")
    sheets.append(sheet("words", Block(word_frequencies(project, by=word_scope, top=top_words, **common))))
    return ReportBook(language=language, sheets=tuple(sheets), notes=tuple(notes), data=data)


def _drop_shared_tables(data: ReportData) -> None:
    """Free the intermediate counts the code-by-document, co-occurrence and matrix tables share
    (tens of MB on a big project) before the quotation sheet and the word counts need memory.
    A later report that wants them again recomputes them: the figures are the same."""
    for key in [key for key in data.cache if isinstance(key, tuple) and key[0] in ("code_document", "cooccurrence")]:
        del data.cache[key]
    data.cache.pop("coded_with_ancestors", None)


@dataclass
class _ScanInput:
    """What ``scan_texts`` reads of a ``ReportData``: the documents before the quotations are read,
    the quotations (set once known, then ``known`` is set) before the codings are."""

    documents: tuple[Document, ...]
    quotations: pd.DataFrame | None = None
    known: threading.Event = field(default_factory=threading.Event)
    cache: dict[str, Any] = field(default_factory=dict)


class _BackgroundScan:
    """``scan_documents(project, data, quotations=True)`` in a worker thread with its own read-only
    connection (a connection is one thread's), so that the texts are read and counted while the
    main thread reads the quotations and codings and builds the tables that need no text (sqlite
    and numpy release the GIL). ``start`` is ``load_report_data``'s ``documents_ready``: the word
    counts need only the documents, so the scan begins before the quotations are read;
    ``quotations_ready`` hands them over for the quotations' texts; ``join`` stores the results in
    ``data.cache``; ``cancel`` (the load failed) stops the worker. Where a second connection could
    see other data than the project's (an open transaction, a file it cannot open) the scan runs in
    ``join``."""

    def __init__(self, project: Project, *, quotations: bool = True) -> None:
        self._project = project
        self._quotations = quotations  # False: word counts only (the quotations' texts are deferred)
        self._found: dict[str, Any] | None = None
        self._thread: threading.Thread | None = None
        self._source: _ScanInput | None = None

    def start(self, documents: tuple[Document, ...]) -> None:
        database = self._project.database
        if database.connection.in_transaction or not Path(database.path).is_file():
            return
        self._source = _ScanInput(documents)
        self._thread = threading.Thread(target=self._run, args=(self._source,), name="report-text-scan", daemon=True)
        self._thread.start()

    def quotations_ready(self, documents: tuple[Document, ...], quotations: pd.DataFrame) -> None:
        if self._source is not None:
            self._source.quotations = quotations
            self._source.known.set()

    def cancel(self) -> None:
        if self._source is not None:
            self._source.known.set()  # with no quotations: the worker stops
        if self._thread is not None:
            self._thread.join()

    def _run(self, source: _ScanInput) -> None:
        try:
            database = open_database(Path(self._project.database.path), read_only=True, check_integrity=False)
        except Exception:  # noqa: BLE001 - join reads the texts through the project's own connection
            return
        try:
            self._found = scan_texts(
                database, source, quotations=self._quotations,  # type: ignore[arg-type]
                quotations_known=source.known if self._quotations else None,
            )
        except Exception:  # noqa: BLE001 - join reads the texts again, in the calling thread
            self._found = None
        finally:
            database.close()

    def join(self, data: ReportData) -> None:
        if self._thread is not None:
            self._thread.join()
        if self._found is not None:
            data.cache.update(self._found)
        else:
            scan_documents(self._project, data, quotations=self._quotations)
