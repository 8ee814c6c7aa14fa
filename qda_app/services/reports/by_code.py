"""Quotations by code: each code with its definition and {G-D}, then its quotations.

The report Atlas.ti, NVivo, MAXQDA and QualCoder all print: one section per code (tree order),
each quotation with its ID (D:Q), document, text, comment and the coders who coded it with that
code (in a category's section: with the category or a code below it). The filter's codes, code groups, document groups and coders choose what is shown.

A category's section repeats its sub-codes' quotations, so the report has several rows per
quotation: 600,000 rows on a project of 200,000 quotations. Its rows are therefore kept as
numbers (which code, which quotation) and their cells made for any run of rows
(``ByCodeCells``); a streaming writer asks for them a chunk at a time (``defer_text``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from qda_app.core.model import CODE_PATH_SEPARATOR
from qda_app.services.project import Project
from qda_app.services.reports.data import (
    ReportData,
    coded_with_ancestors,
    density,
    finish,
    groundedness,
    load_report_data,
    quotation_texts,
)
from qda_app.services.reports.deferred import DeferredColumn
from qda_app.services.reports.filters import ReportFilter
from qda_app.services.reports.labels import label
from qda_app.services.reports.spilled_texts import SpilledTexts

COLUMNS = ("code", "category_path", "quotation_id", "document", "text", "comment", "coder")


class _CoderSets:
    """Who coded each quotation with each code or a code below it, as sorted integer keys
    (quotation, code) and the index of their joined names ("Ana; Beto"): a few bytes per coding
    rather than a set each."""

    def __init__(self, codings: pd.DataFrame, ancestry: pd.DataFrame, code_span: int) -> None:
        below = codings[["quotation_id", "code_id", "coder"]].merge(ancestry, on="code_id")
        names = [name if isinstance(name, str) else "" for name in below["coder"].tolist()]
        vocabulary = sorted(set(names))
        ranks = pd.Categorical(names, categories=vocabulary).codes.astype(np.int64)
        keys = (below["quotation_id"].to_numpy(dtype=np.int64) * code_span
                + below["ancestor_id"].to_numpy(dtype=np.int64))
        del below, names
        self._code_span = code_span
        order = np.lexsort((ranks, keys))
        keys, ranks = keys[order], ranks[order]
        starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if len(keys) else np.empty(0, dtype=np.int64)
        ends = np.r_[starts[1:], len(keys)].astype(np.int64)
        self.joined: list[str] = []
        known: dict[tuple[int, ...], int] = {}
        self._sets = np.empty(len(starts), dtype=np.int64)
        rank_list = ranks.tolist()
        for group, (start, end) in enumerate(zip(starts.tolist(), ends.tolist())):
            members = tuple(dict.fromkeys(rank_list[start:end]))  # in name order, each coder once
            found = known.get(members)
            if found is None:
                found = known[members] = len(self.joined)
                self.joined.append("; ".join(vocabulary[rank] for rank in members if vocabulary[rank]))
            self._sets[group] = found
        self._keys = keys[starts]

    def coders(self, quotation_ids: np.ndarray, code_ids: np.ndarray) -> list[str]:
        wanted = quotation_ids * self._code_span + code_ids
        if not len(self._keys):
            return [""] * len(wanted)
        found = np.minimum(np.searchsorted(self._keys, wanted), len(self._keys) - 1)
        sets = np.where(self._keys[found] == wanted, self._sets[found], -1)
        joined = self.joined
        return [joined[index] if index >= 0 else "" for index in sets.tolist()]


class ByCodeCells:
    """The report's rows as (shown code, quotation position) pairs, and their cells for any run
    of rows. Texts come from ``quotation_texts`` (whole) or ``SpilledTexts`` (``spill``)."""

    def __init__(self, project: Project, data: ReportData, *, spill: bool) -> None:
        spans = data.quotations.reset_index(drop=True)
        self._ids = spans["id"].to_numpy(dtype=np.int64)
        self._document_numbers = spans["document_number"].to_numpy(dtype=np.int64)
        self._numbers = spans["number"].to_numpy(dtype=np.int64)
        documents = {doc.id: doc.name for doc in data.documents}
        self._documents = [documents.get(document_id, "") for document_id in spans["document_id"].tolist()]
        self._comments = spans["comment"].tolist()
        shown = data.shown_codes
        self._names = [code.name for code in shown]
        self._paths = [code.path.replace(CODE_PATH_SEPARATOR, " > ") for code in shown]
        self._code_ids = np.asarray([code.id for code in shown], dtype=np.int64)
        self.codes, self.positions, self.counts = _rows(data, self._ids, self._code_ids)
        self._coder_sets = _CoderSets(data.codings, data.ancestry, int(max((code.id for code in data.codes), default=0)) + 1)
        self._spilled = SpilledTexts(project, spans) if spill else None
        self._texts = None if spill else quotation_texts(project, data)

    def __len__(self) -> int:
        return len(self.positions)

    def code(self, start: int, end: int) -> list[str]:
        return [self._names[index] for index in self.codes[start:end].tolist()]

    def category_path(self, start: int, end: int) -> list[str]:
        return [self._paths[index] for index in self.codes[start:end].tolist()]

    def quotation_id(self, start: int, end: int) -> list[str]:
        positions = self.positions[start:end]
        return list(map("{}:{}".format, self._document_numbers[positions].tolist(), self._numbers[positions].tolist()))

    def document(self, start: int, end: int) -> list[str]:
        return [self._documents[position] for position in self.positions[start:end].tolist()]

    def text(self, start: int, end: int) -> list[str]:
        positions = self.positions[start:end]
        if self._spilled is not None:
            return self._spilled.texts(positions)
        return [self._texts[position] for position in positions.tolist()]

    def comment(self, start: int, end: int) -> list[str]:
        return [self._comments[position] or "" for position in self.positions[start:end].tolist()]

    def coder(self, start: int, end: int) -> list[str]:
        return self._coder_sets.coders(self._ids[self.positions[start:end]], self._code_ids[self.codes[start:end]])


def _rows(data: ReportData, ids: np.ndarray, code_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row: the shown code's index and the quotation's position; and each code's row count.
    A code's section lists its own quotations; a category's also those of its sub-codes (as its
    groundedness counts them), so a category section reads like the category table."""
    coded = coded_with_ancestors(data)  # each (quotation, ancestor) once
    positions = pd.Index(ids).get_indexer(coded["quotation_id"].to_numpy(dtype=np.int64))
    ancestors = coded["ancestor_id"].to_numpy(dtype=np.int64)
    inside = positions >= 0
    positions, ancestors = positions[inside], ancestors[inside]
    order = np.lexsort((positions, ancestors))  # per code, in document order
    positions, ancestors = positions[order].astype(np.int64), ancestors[order]
    firsts = np.searchsorted(ancestors, code_ids, side="left")
    lasts = np.searchsorted(ancestors, code_ids, side="right")
    counts = (lasts - firsts).astype(np.int64)
    if not len(code_ids):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), counts
    taken = np.concatenate([np.arange(first, last) for first, last in zip(firsts.tolist(), lasts.tolist())])
    return np.repeat(np.arange(len(code_ids)), counts), positions[taken.astype(np.int64)], counts


def quotations_by_code(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    data: ReportData | None = None,
    defer_text: bool = False,
) -> pd.DataFrame:
    """One row per (code, quotation) in code tree order, then document order. ``attrs["codes"]``
    lists every shown code (also those without quotations) with its definition, G and D.
    ``defer_text``: every cell stays empty and ``attrs["deferred"]`` makes them as they are
    written (see ``reports.deferred``), the texts read back from a temporary file
    (``SpilledTexts``), for a writer that streams rows; the project must stay open until then."""
    data = data or load_report_data(project, report_filter)
    counts = groundedness(data)
    links = density(project, data.codes)
    cells = ByCodeCells(project, data, spill=defer_text)
    rows = len(cells)
    if defer_text:
        # One byte a cell (an empty categorical) rather than a pointer to None.
        empty = pd.Categorical.from_codes(np.full(rows, -1, dtype=np.int8), categories=pd.Index([], dtype=object))
        frame = pd.DataFrame({key: empty for key in COLUMNS})
    else:
        frame = pd.DataFrame({key: getattr(cells, key)(0, rows) for key in COLUMNS}, columns=list(COLUMNS))
    frame = finish(frame, list(COLUMNS), language, title=label("sheet_by_code", language),
                   wrap_columns=["text", "comment"])
    sections: list[dict[str, object]] = []
    first_row = 0
    for code, count in zip(data.shown_codes, cells.counts.tolist()):
        sections.append(
            {"code": code.name, "path": code.path.replace(CODE_PATH_SEPARATOR, " > "), "color": code.color,
             "definition": code.description, "groundedness": counts[code.id], "density": links[code.id],
             "depth": code.path.count(CODE_PATH_SEPARATOR), "first_row": first_row, "rows": count}
        )
        first_row += count
    frame.attrs["codes"] = sections
    if defer_text:
        frame.attrs["deferred"] = {index: DeferredColumn(rows, getattr(cells, key)) for index, key in enumerate(COLUMNS)}
    return frame
