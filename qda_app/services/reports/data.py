"""The data every report starts from, loaded once per filter, and the report DataFrame conventions.

A report DataFrame carries its presentation hints in ``DataFrame.attrs`` so that the GUI's table
models and every writer show the same frame the same way:

- ``title``: caption; ``notes``: list of sentences shown under or beside the table;
- ``color_column`` + ``colors``: a column whose cells take the code colour of their row;
- ``bold_rows``: row positions (subtotals, totals); ``wrap_columns``: long-text columns;
- ``number_formats``: column -> Excel format (``0.00``, ``0.0``).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from qda_app.core.model import Code, Document
from qda_app.services.project import Project
from qda_app.services.reports.filters import ReportFilter, ResolvedFilter, resolve
from qda_app.services.reports.labels import check_language, label
from qda_app.store import coders as coder_store
from qda_app.store import codes as code_store
from qda_app.store import documents as document_store
from qda_app.store import report_queries


@dataclass(frozen=True)
class ReportData:
    project_name: str
    codes: tuple[Code, ...]  # every code, tree order
    shown_codes: tuple[Code, ...]  # the codes the filter shows, tree order
    documents: tuple[Document, ...]  # documents in scope, by number
    quotations: pd.DataFrame  # in-scope quotations (see load_report_data)
    # created_at (both frames): naive UTC datetime64, NaT where a stamp does not parse.
    codings: pd.DataFrame  # in-scope codings: quotation_id, code_id, coder_id, document_id, created_at, coder
    ancestry: pd.DataFrame  # code_id, ancestor_id (each code is its own ancestor too)
    resolved: ResolvedFilter
    # Figures several reports share (word counts need every text read once), per load.
    cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def code_by_id(self) -> dict[int, Code]:
        return {code.id: code for code in self.codes}

    def children(self, code_id: int | None) -> list[Code]:
        return [code for code in self.codes if code.parent_id == code_id]


def to_datetime(values: Any) -> pd.Series:
    """Stored UTC stamps as naive datetimes (Excel has no time zones). Already converted stamps
    (``load_report_data`` converts them as it reads) are returned as they are; an integer array
    holds Unix seconds (``report_queries``' ``seconds_or_text``), typed as parsed stamps are."""
    if isinstance(values, pd.Series) and pd.api.types.is_datetime64_dtype(values.dtype):
        return values.reset_index(drop=True)
    if isinstance(values, np.ndarray) and values.dtype.kind == "i":
        return pd.Series(values.astype("datetime64[s]").astype(_stamp_dtype()))
    return pd.to_datetime(pd.Series(values, dtype="object"), utc=True, errors="coerce").dt.tz_localize(None)


@functools.cache
def _stamp_dtype() -> np.dtype:
    """The dtype pandas gives parsed stamps (its resolution differs between versions)."""
    return to_datetime(["2000-01-01T00:00:00Z"]).dtype


def load_report_data(
    project: Project,
    report_filter: ReportFilter | None = None,
    *,
    documents_ready: Callable[[tuple[Document, ...]], None] | None = None,
    quotations_ready: Callable[[tuple[Document, ...], pd.DataFrame], None] | None = None,
) -> ReportData:
    """Quotations in scope: all quotations of the filtered documents, or, when coders or codes are
    filtered, the quotations that have at least one coding inside the filter; with smart codes,
    only the quotations of those.
    ``quotations_ready(documents, quotations)`` is called once those two are final (before the
    codings are read when no coder or code filter applies), with what ``ReportData`` will hold;
    ``documents_ready(documents)`` as soon as the documents in scope are known, before any quotation."""
    db = project.database
    resolved = resolve(project, report_filter)
    codes = tuple(code_store.list_codes(db))
    shown = codes if resolved.code_ids is None else tuple(c for c in codes if c.id in resolved.code_ids)
    documents = tuple(document_store.list_documents(db))
    if resolved.document_ids is not None:
        wanted = set(resolved.document_ids)
        documents = tuple(d for d in documents if d.id in wanted)
    if documents_ready is not None:
        documents_ready(documents)
    spans = report_queries.quotation_columns(db, document_ids=resolved.document_ids, seconds_or_text=True)
    names = {coder.id: coder.name for coder in coder_store.list_coders(db)}
    quotations = pd.DataFrame(
        {
            "id": np.asarray(spans.id, dtype=np.int64),
            "document_id": np.asarray(spans.document_id, dtype=np.int64),
            "document_number": np.asarray(spans.document_number, dtype=np.int64),
            "number": np.asarray(spans.number, dtype=np.int64),
            "start": np.asarray(spans.start, dtype=np.int64),
            "end": np.asarray(spans.end, dtype=np.int64),
            "created_by": [names.get(coder_id) for coder_id in spans.created_by],
            # Parsed here: 8 bytes a row instead of a 60-byte string object held all along.
            "created_at": to_datetime(spans.created_at).to_numpy(),
            "comment": list(spans.comment),
        }
    )
    span_ids = quotations["id"].to_numpy()
    span_documents = quotations["document_id"].to_numpy()
    del spans  # its stamps and comments as read (tens of MB): the frame holds what is kept
    if resolved.quotation_ids is not None:  # a smart code filter: only its quotations
        quotations = quotations[quotations["id"].isin(resolved.quotation_ids)].reset_index(drop=True)
    if quotations_ready is not None and not resolved.restricts_codings:
        quotations_ready(documents, quotations)
    # Without a document filter every quotation is read, so each coding's document comes from there.
    all_quotations = resolved.document_ids is None
    columns = report_queries.coding_columns(
        db,
        coder_ids=resolved.coder_ids,
        document_ids=resolved.document_ids,
        code_ids=sorted(resolved.code_ids) if resolved.code_ids is not None else None,
        with_documents=not all_quotations,
        seconds_or_text=True,
    )
    quotation_ids = columns.quotation_id
    if all_quotations:
        order = np.argsort(span_ids, kind="stable")
        found = np.searchsorted(span_ids[order], quotation_ids)
        document_ids = span_documents[order][found] if len(quotation_ids) else np.empty(0, dtype=np.int64)
    else:
        document_ids = columns.document_id
    codings = pd.DataFrame(
        {
            "quotation_id": quotation_ids,
            "code_id": columns.code_id,
            "coder_id": columns.coder_id,
            "document_id": document_ids,
            "created_at": to_datetime(columns.created_at).to_numpy(),
        }
    )
    del columns, quotation_ids, document_ids  # the stamps as read; the frame holds the rest
    if resolved.quotation_ids is not None:
        codings = codings[codings["quotation_id"].isin(resolved.quotation_ids)].reset_index(drop=True)
    codings["coder"] = codings["coder_id"].map(names)
    if resolved.restricts_codings:
        quotations = quotations[quotations["id"].isin(set(codings["quotation_id"]))].reset_index(drop=True)
        if quotations_ready is not None:
            quotations_ready(documents, quotations)
    return ReportData(
        project_name=project.name,
        codes=codes,
        shown_codes=shown,
        documents=documents,
        quotations=quotations,
        codings=codings,
        ancestry=_ancestry(codes),
        resolved=resolved,
    )


def _ancestry(codes: tuple[Code, ...]) -> pd.DataFrame:
    parent = {code.id: code.parent_id for code in codes}
    pairs: list[tuple[int, int]] = []
    for code in codes:
        current: int | None = code.id
        while current is not None:
            pairs.append((code.id, current))
            current = parent.get(current)
    return pd.DataFrame(pairs, columns=["code_id", "ancestor_id"], dtype="int64")


def coded_with_ancestors(data: ReportData) -> pd.DataFrame:
    """Distinct (quotation_id, ancestor_id, document_id): each coding also counts for the
    categories above its code, once per quotation. Computed once per load and shared: do not modify."""
    if "coded_with_ancestors" not in data.cache:
        merged = data.codings[["quotation_id", "code_id", "document_id"]].merge(data.ancestry, on="code_id")
        data.cache["coded_with_ancestors"] = merged[["quotation_id", "ancestor_id", "document_id"]].drop_duplicates(
            ["quotation_id", "ancestor_id"])
    return data.cache["coded_with_ancestors"]


def groundedness(data: ReportData) -> dict[int, int]:
    """Distinct quotations of each code or any code below it (Atlas.ti's groundedness).
    Computed once per load (the codebook and the category tables both show it): do not modify."""
    if "groundedness" not in data.cache:
        # coded_with_ancestors holds each (quotation, ancestor) once: its rows per ancestor are
        # the distinct quotations.
        counts = coded_with_ancestors(data)["ancestor_id"].value_counts()
        data.cache["groundedness"] = {code.id: int(counts.get(code.id, 0)) for code in data.codes}
    return data.cache["groundedness"]


def density(project: Project, codes: tuple[Code, ...]) -> dict[int, int]:
    """Atlas.ti's density: code-code relations each code takes part in (``store.relations``)."""
    from qda_app.store.relations import densities

    return densities(project.database, [code.id for code in codes])


class QuotationSlicer:
    """Cuts the in-scope quotations' texts out of each document text as it is read."""

    def __init__(self, spans: pd.DataFrame) -> None:
        self.texts: list[str] = [""] * len(spans)
        self._rows = spans.groupby("document_id", sort=False).indices if len(spans) else {}
        self._starts = spans["start"].to_numpy()
        self._ends = spans["end"].to_numpy()

    @property
    def document_ids(self) -> list[int]:
        return sorted(int(document_id) for document_id in self._rows)

    def take(self, document_id: int, text: str) -> None:
        rows = self._rows.get(document_id)
        if rows is None:
            return
        texts = self.texts
        for row, start, end in zip(rows.tolist(), self._starts[rows].tolist(), self._ends[rows].tolist()):
            texts[row] = text[start:end]


def quotation_slicer(data: ReportData) -> QuotationSlicer:
    return QuotationSlicer(data.quotations)


class DeferredTexts:
    """The in-scope quotations' texts in row order, read only when a writer reaches them, one
    document's text at a time: a workbook of 200,000 quotations never holds all their texts
    (100 MB and more) at once. A report frame marks such a column in ``attrs["deferred"]``
    (column position -> DeferredTexts); its cells in the frame itself are empty."""

    def __init__(self, project: Project, spans: pd.DataFrame) -> None:
        self._db = project.database
        self._documents = spans["document_id"].to_numpy()
        self._starts = spans["start"].to_numpy()
        self._ends = spans["end"].to_numpy()

    def __len__(self) -> int:
        return len(self._documents)

    def __iter__(self) -> Iterator[str]:
        current, text = None, ""
        for document_id, start, end in zip(self._documents.tolist(), self._starts.tolist(), self._ends.tolist()):
            if document_id != current:  # rows come in document order: each text read once
                current = document_id
                found = next(report_queries.document_texts(self._db, document_ids=[document_id]), None)
                text = found.text if found is not None else ""
            yield text[start:end]

    def head(self, count: int) -> list[str]:
        return list(itertools.islice(iter(self), count))

    def __deepcopy__(self, memo: dict) -> DeferredTexts:
        return self  # pandas deep-copies attrs; this reads the project, it holds no data to copy


def quotation_texts(project: Project, data: ReportData) -> list[str]:
    """The in-scope quotations' text in their row order, reading one document at a time
    (``words.scan_documents`` fills this cache in the same read as the word counts)."""
    if "quotation_texts" not in data.cache:
        slicer = quotation_slicer(data)
        for document in report_queries.document_texts(project.database, document_ids=slicer.document_ids):
            slicer.take(document.id, document.text)
        data.cache["quotation_texts"] = slicer.texts
    return data.cache["quotation_texts"]


def finish(
    frame: pd.DataFrame,
    keys: list[str],
    language: str,
    *,
    title: str = "",
    notes: list[str] | None = None,
    color_column: str | None = None,
    colors: list[str | None] | None = None,
    bold_rows: list[int] | None = None,
    wrap_columns: list[str] | None = None,
    number_formats: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Rename internal column keys to the language's headers and attach presentation hints.
    Column names that are not label keys (document names, code paths) are kept as they are;
    ``headers`` words some columns otherwise (a project's report wording)."""
    check_language(language)

    def header(key: str) -> str:
        if headers and key in headers:
            return headers[key]
        try:
            return label(key, language)
        except KeyError:
            return key

    frame = frame.reset_index(drop=True)
    frame.columns = [header(key) if key in keys else key for key in frame.columns]
    frame.attrs = {
        "title": title,
        "notes": list(notes or []),
        "color_column": header(color_column) if color_column else None,
        "colors": list(colors or []),
        "bold_rows": list(bold_rows or []),
        "wrap_columns": [header(key) for key in (wrap_columns or [])],
        "number_formats": {header(key): value for key, value in (number_formats or {}).items()},
    }
    return frame
