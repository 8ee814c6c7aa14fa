"""Row-per-item reports: quotations, documents, and the quotation x code 0/1 matrix."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from qda_app.core.model import CODE_PATH_SEPARATOR, Document
from qda_app.services.project import Project
from qda_app.services.reports.data import (
    DeferredTexts,
    ReportData,
    coded_with_ancestors,
    finish,
    load_report_data,
    quotation_texts,
    to_datetime,
)
from qda_app.services.reports.deferred import DeferredColumn
from qda_app.services.reports.filters import ReportFilter
from qda_app.services.reports.labels import label
from qda_app.services.reports.tables import _code_labels
from qda_app.services.reports.words import document_word_counts
from qda_app.store import groups as group_store


def _quotation_ids(data: ReportData) -> list[str]:
    return list(map("{}:{}".format, data.quotations["document_number"].tolist(), data.quotations["number"].tolist()))


def _code_links(data: ReportData) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Distinct (quotation, code) pairs sorted by quotation then code tree order (as
    ``drop_duplicates`` then ``sort_values`` would give them): the quotation ids, and each pair's
    code as a position in the codes' paths, which come third."""
    paths = [code.path.replace(CODE_PATH_SEPARATOR, " > ") for code in data.codes]
    quotation_ids = data.codings["quotation_id"].to_numpy(dtype=np.int64)
    code_ids = data.codings["code_id"].to_numpy(dtype=np.int64)
    known = np.array([code.id for code in data.codes], dtype=np.int64)
    order = np.full(int(max(known.max(initial=0), code_ids.max(initial=0))) + 1, -1, dtype=np.int64)
    order[known] = np.arange(len(known))
    positions = order[code_ids]
    if (positions < 0).any():
        raise KeyError(int(code_ids[np.flatnonzero(positions < 0)[0]]))
    sort = np.lexsort((positions, quotation_ids))
    quotation_ids, positions = quotation_ids[sort], positions[sort]
    keep = np.ones(len(sort), dtype=bool)
    keep[1:] = (quotation_ids[1:] != quotation_ids[:-1]) | (positions[1:] != positions[:-1])
    return quotation_ids[keep], positions[keep], paths


def _coder_links(data: ReportData) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Distinct (quotation, coder name) pairs sorted by quotation then casefolded name, equal
    keys in their first coding's order (as ``drop_duplicates`` then a stable sort would give):
    the quotation ids, and each pair's name as a position in the names, which come third."""
    names = data.codings["coder"]
    present = names.notna().to_numpy()
    quotation_ids = data.codings["quotation_id"].to_numpy(dtype=np.int64)[present]
    labels, uniques = pd.factorize(names[present], sort=False)
    uniques = list(uniques)
    keys = [name.casefold() for name in uniques]
    dense = {key: rank for rank, key in enumerate(sorted(set(keys)))}
    folded = np.array([dense[key] for key in keys], dtype=np.int64)
    rows = np.arange(len(labels), dtype=np.int64)
    # First occurrence of each (quotation, name): sort by both, then position, keep each run's first.
    sort = np.lexsort((rows, labels, quotation_ids))
    first = np.ones(len(sort), dtype=bool)
    first[1:] = (quotation_ids[sort][1:] != quotation_ids[sort][:-1]) | (labels[sort][1:] != labels[sort][:-1])
    picked = sort[first]
    # By casefolded name; equal keys keep their first coding's order (the stable sort).
    final = picked[np.lexsort((rows[picked], folded[labels[picked]], quotation_ids[picked]))]
    return quotation_ids[final], labels[final].astype(np.int64), uniques


def _joined_per_quotation(
    ids: np.ndarray, links: tuple[np.ndarray, np.ndarray, list[str]]
) -> tuple[list[str], np.ndarray]:
    """``"; ".join`` of each quotation's values (``links``: quotation ids sorted, each link's value
    as a position in the values that come third), and whether the quotation has any (where not,
    its cell is ``""``). Only the links of ``ids`` are looked at: a chunk of rows costs its own."""
    linked, value_positions, values = links
    left = np.searchsorted(linked, ids, "left")
    counts = np.searchsorted(linked, ids, "right") - left
    found = counts > 0
    total = int(counts.sum())
    if not total:
        return [""] * len(ids), found
    # Every link of these quotations, quotation after quotation (each run as ``linked`` holds it).
    run_ends = np.cumsum(counts)
    picked = np.repeat(left - (run_ends - counts), counts) + np.arange(total)
    chosen = [values[i] for i in value_positions[picked].tolist()]
    # One join of every value, then each quotation's run is a slice of it (separators included).
    text = "; ".join(chosen)
    offsets = np.zeros(total + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, chosen), dtype=np.int64, count=total) + 2, out=offsets[1:])
    starts = offsets[run_ends - counts]
    ends = offsets[run_ends] - 2
    joined = list(map(text.__getitem__, map(slice, starts.tolist(), ends.tolist())))
    return [cell if has else "" for cell, has in zip(joined, found.tolist())], found


def _pages(spans: pd.DataFrame, documents: dict[int, Document]) -> pd.arrays.IntegerArray:
    """Each quotation's page; only paged sources (PDF) have pages, so only their rows are looked up."""
    pages = np.zeros(len(spans), dtype="int64")
    paged = [doc for doc in documents.values() if doc.page_starts]
    if paged:
        owner = spans["document_id"].to_numpy()
        starts = spans["start"].to_numpy()
        for doc in paged:
            rows = np.flatnonzero(owner == doc.id)
            pages[rows] = [doc.page_of(int(start)) for start in starts[rows]]
    return pd.arrays.IntegerArray(pages, mask=pages == 0)


_QUOTATION_COLUMNS = ("quotation_id", "document", "text", "codes", "coder", "created", "comment", "page")
# Made per row from the links (strings of 60 bytes and more each): deferred when streamed.
_MADE_COLUMNS = ("quotation_id", "codes", "coder")


class QuotationCells:
    """The quotation sheet's cells that are made per row (ID, codes, coders), for any run of
    rows, from numeric links computed once: a writer that streams rows makes one chunk's strings
    at a time (see ``deferred``) instead of holding every row's."""

    def __init__(self, data: ReportData) -> None:
        spans = data.quotations
        self._ids = spans["id"].to_numpy(dtype=np.int64)
        self._document_numbers = spans["document_number"].to_numpy(dtype=np.int64)
        self._numbers = spans["number"].to_numpy(dtype=np.int64)
        self._creators = spans["created_by"].to_numpy(dtype=object)
        self._code_links = _code_links(data)
        self._coder_links = _coder_links(data)

    def __len__(self) -> int:
        return len(self._ids)

    def quotation_id(self, start: int, end: int) -> list[str]:
        return list(map("{}:{}".format, self._document_numbers[start:end].tolist(), self._numbers[start:end].tolist()))

    def codes(self, start: int, end: int) -> list[str]:
        return _joined_per_quotation(self._ids[start:end], self._code_links)[0]

    def coder(self, start: int, end: int) -> list[str]:
        coders, found = _joined_per_quotation(self._ids[start:end], self._coder_links)
        # No coding with a coder: the quotation's creator.
        for row in np.flatnonzero(~found).tolist():
            coders[row] = self._creators[start + row] or ""
        return coders


def prepare_quotation_report(data: ReportData) -> dict[str, object]:
    """The columns of ``quotation_report`` that need no text: the made ones as a ``QuotationCells``
    under "cells", the others as they are. Computed once per load (``build_report_book`` does it
    while the texts are still being read)."""
    if "quotation_report_columns" not in data.cache:
        spans = data.quotations
        documents = {doc.id: doc for doc in data.documents}
        data.cache["quotation_report_columns"] = {
            "cells": QuotationCells(data),
            "document": spans["document_id"].map({i: doc.name for i, doc in documents.items()}).tolist(),
            "created": to_datetime(spans["created_at"]),
            "comment": spans["comment"].tolist(),
            "page": _pages(spans, documents),
        }
    return data.cache["quotation_report_columns"]


def quotation_report(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    data: ReportData | None = None,
    defer_text: bool = False,
) -> pd.DataFrame:
    """ID | Document | Text | Codes | Coder | Created | Comment | Page, in document order.
    ``defer_text``: the ID, Text, Codes and Coder cells stay empty and ``attrs["deferred"]`` makes
    them as they are written (see ``deferred``: texts through data.DeferredTexts), for a writer
    that streams rows."""
    data = data or load_report_data(project, report_filter)
    prepared = prepare_quotation_report(data)
    cells: QuotationCells = prepared["cells"]  # type: ignore[assignment]
    columns = {key: value for key, value in prepared.items() if key != "cells"}
    count = len(cells)
    if defer_text:
        columns.update(dict.fromkeys(("text", *_MADE_COLUMNS), [None] * count))
    else:
        columns["text"] = quotation_texts(project, data)
        columns.update({key: getattr(cells, key)(0, count) for key in _MADE_COLUMNS})
    frame = pd.DataFrame({key: columns[key] for key in _QUOTATION_COLUMNS})
    # A quotation is feminine in Spanish and Portuguese ("Creada", "Criada"), a code is not.
    frame = frame.rename(columns={"created": "quotation_created"})
    frame = finish(
        frame, list(frame.columns), language, title=label("sheet_quotations", language),
        wrap_columns=["text", "codes", "comment"],
    )
    if defer_text:
        deferred: dict[int, object] = {_QUOTATION_COLUMNS.index("text"): DeferredTexts(project, data.quotations)}
        for key in _MADE_COLUMNS:
            deferred[_QUOTATION_COLUMNS.index(key)] = DeferredColumn(count, getattr(cells, key))
        frame.attrs["deferred"] = dict(sorted(deferred.items()))
    return frame


_INTEGER = re.compile(r"[+-]?\d{1,15}")
_DECIMAL = re.compile(r"[+-]?\d{0,15}[.,]\d+")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def typed_attribute(values: list[str]) -> tuple[pd.Series, str]:
    """A document attribute's column as numbers or dates where every value given is one (the
    demo's "duración (min)" as numbers, "fecha de entrevista" as dates); otherwise text. Missing
    values stay empty. Returns the column and its kind: integer, decimal, date or text."""
    given = [value.strip() for value in values if value and value.strip()]
    # A leading zero ("007", "05") marks an identifier, which a number would lose.
    if any(len(value.lstrip("+-")) > 1 and value.lstrip("+-")[0] == "0" and value.lstrip("+-")[1] != "."
           for value in given):
        return pd.Series(values, dtype="object"), "text"
    if given and all(_INTEGER.fullmatch(value) for value in given):
        return pd.Series([int(v) if v and v.strip() else None for v in values], dtype="Int64"), "integer"
    if given and all(_INTEGER.fullmatch(value) or _DECIMAL.fullmatch(value) for value in given):
        return pd.Series([float(v.replace(",", ".")) if v and v.strip() else None for v in values],
                         dtype="Float64"), "decimal"
    if given and all(_DAY.fullmatch(value) for value in given):
        days = pd.to_datetime(pd.Series([v.strip() if v and v.strip() else None for v in values]),
                              format="%Y-%m-%d", errors="coerce")
        if days.notna().sum() == len(given):
            return days, "date"
    return pd.Series(values, dtype="object"), "text"


def documents_report(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    data: ReportData | None = None,
) -> pd.DataFrame:
    """No. | Name | Groups | Quotations | Codings | Words | Characters | one column per attribute."""
    data = data or load_report_data(project, report_filter)
    quotations = data.quotations.groupby("document_id").size()
    codings = data.codings.drop_duplicates(["quotation_id", "code_id"]).groupby("document_id").size()
    words = document_word_counts(project, data)
    attributes = group_store.document_attributes(project.database)
    names = group_store.list_attribute_names(project.database)
    rows = []
    for doc in data.documents:
        row = {
            "number": doc.number, "name": doc.name, "groups": "; ".join(doc.groups),
            "quotations": int(quotations.get(doc.id, 0)), "codings": int(codings.get(doc.id, 0)),
            "words": words.get(doc.id, 0), "characters": doc.chars,
        }
        for name in names:
            row[name] = attributes.get(doc.id, {}).get(name, "")
        rows.append(row)
    keys = ["number", "name", "groups", "quotations", "codings", "words", "characters"]
    frame = pd.DataFrame(rows, columns=keys + [n for n in names if n not in keys])
    day_columns = []
    for name in (n for n in names if n not in keys):
        frame[name], kind = typed_attribute(frame[name].tolist())
        if kind == "date":
            day_columns.append(name)
    return finish(frame, keys, language, title=label("sheet_documents", language),
                  number_formats=dict.fromkeys(day_columns, "yyyy-mm-dd"))


def quotation_code_matrix(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    data: ReportData | None = None,
    defer_ids: bool = False,
) -> pd.DataFrame:
    """One row per quotation (ID, document, attributes), one 0/1 column per code: 1 where the
    quotation carries the code or one of its sub-codes. For R, SPSS or Stata. The 0/1 columns
    are sparse (only the ones are stored: 200,000 quotations by 200 codes would be 40 MB dense);
    ``defer_ids``: the ID cells are made as they are written (see ``deferred``)."""
    data = data or load_report_data(project, report_filter)
    spans = data.quotations
    names = {doc.id: doc.name for doc in data.documents}
    attributes = group_store.document_attributes(project.database)
    attribute_names = group_store.list_attribute_names(project.database)
    owners = spans["document_id"].tolist()
    base: dict[str, object] = {
        "quotation_id": [None] * len(spans) if defer_ids else _quotation_ids(data),
        "document_number": spans["document_number"].to_numpy(),
        "document": [names[i] for i in owners],
    }
    for name in attribute_names:
        values = {document_id: found.get(name, "") for document_id, found in attributes.items()}
        base[name] = [values.get(i, "") for i in owners]
    del owners
    frame = pd.DataFrame(base)
    codes = list(data.shown_codes)
    # Each (quotation, code or category above) once, with the quotation's row; then each code's
    # rows by a comparison per code (a sort by code would hold several more arrays of that length).
    coded = coded_with_ancestors(data)
    ids = spans["id"].to_numpy(dtype=np.int64)
    by_id = np.argsort(ids, kind="stable")
    sorted_ids = ids[by_id]
    quotation_ids = coded["quotation_id"].to_numpy(dtype=np.int64)
    where = np.searchsorted(sorted_ids, quotation_ids)
    np.minimum(where, max(len(ids) - 1, 0), out=where)
    inside = sorted_ids[where] == quotation_ids if len(ids) else np.zeros(len(quotation_ids), dtype=bool)
    rows = by_id[where] if len(ids) else where
    del where, sorted_ids
    ancestors = coded["ancestor_id"].to_numpy(dtype=np.int64)
    flags: dict[str, object] = {}
    for code, name in zip(codes, _code_labels(codes)):
        column = np.zeros(len(spans), dtype="int8")
        column[rows[(ancestors == code.id) & inside]] = 1
        flags[name] = pd.arrays.SparseArray(column, fill_value=0)
    # One concat instead of a hundred inserts: pandas fragments a frame grown column by column.
    frame = pd.concat([frame, pd.DataFrame(flags, index=frame.index)], axis=1)
    frame = finish(
        frame, ["quotation_id", "document_number", "document"], language, title=label("sheet_matrix", language)
    )
    if defer_ids:
        cells: QuotationCells = prepare_quotation_report(data)["cells"]  # type: ignore[assignment]
        frame.attrs["deferred"] = {0: DeferredColumn(len(cells), cells.quotation_id)}
    return frame
