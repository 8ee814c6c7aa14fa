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

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from qda_app.core.model import CODE_PATH_SEPARATOR
from qda_app.services.project import Project
from qda_app.services.reports.data import (
    ReportData,
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


@dataclass(frozen=True)
class _Rows:
    codes: np.ndarray  # per row: the shown code's index (tree order)
    positions: np.ndarray  # per row: the quotation's position in data.quotations (document order)
    coders: np.ndarray  # per row: index into ``joined``
    joined: list[str]  # each distinct set of coders' names, joined ("Ana; Beto")
    counts: np.ndarray  # rows per shown code


def _rows(data: ReportData, ids: np.ndarray, shown_ids: list[int]) -> _Rows:
    """Each (shown code, quotation coded with it or with a code below it) once, by code in tree
    order, then by quotation in document order, with who coded it so. A category's section thus
    lists its sub-codes' quotations too (as its groundedness counts them) and reads like the
    category table. Computed on integer arrays: a few bytes a coding, not a row object each."""
    codings = data.codings
    count = len(ids)
    order = np.argsort(ids, kind="stable")
    quotations = codings["quotation_id"].to_numpy(dtype=np.int64)
    found = np.minimum(np.searchsorted(ids[order], quotations), max(count - 1, 0))
    inside = ids[order][found] == quotations if count else np.zeros(len(quotations), dtype=bool)
    positions = order[found[inside]].astype(np.int64)
    del order, found
    # Coders by number (a few distinct ones among all codings), ranked by name.
    coder_ids = codings["coder_id"].fillna(-1).to_numpy(dtype=np.int64)
    _, firsts, inverse = np.unique(coder_ids, return_index=True, return_inverse=True)
    del coder_ids
    names = [name if isinstance(name, str) else "" for name in codings["coder"].iloc[firsts].tolist()]
    vocabulary = sorted(set(names))
    ranks = np.asarray([vocabulary.index(name) for name in names], dtype=np.int64)[inverse.reshape(-1)][inside]
    del inverse
    current = codings["code_id"].to_numpy(dtype=np.int64)[inside]
    top = max((code.id for code in data.codes), default=0) + 1
    parent_of = np.full(top, -1, dtype=np.int64)
    parent_of[[code.id for code in data.codes]] = [code.parent_id or -1 for code in data.codes]
    shown_index = np.full(top, -1, dtype=np.int64)
    shown_index[shown_ids] = np.arange(len(shown_ids))
    spread = max(len(vocabulary), 1)
    keys = []  # (shown code, position, coder) as one number, for each coding's code and ancestor
    while len(current):
        index = shown_index[current]
        kept = index >= 0
        keys.append((index[kept] * count + positions[kept]) * spread + ranks[kept])
        current = parent_of[current]
        alive = current >= 0
        current, positions, ranks = current[alive], positions[alive], ranks[alive]
    unique = np.concatenate(keys) if keys else np.empty(0, dtype=np.int64)
    del keys, current, positions, ranks
    unique.sort()
    pairs, ranks = np.divmod(unique, spread)
    del unique
    starts = np.flatnonzero(np.r_[True, pairs[1:] != pairs[:-1]]) if len(pairs) else np.empty(0, dtype=np.int64)
    codes, positions = np.divmod(pairs[starts], max(count, 1))
    del pairs
    sets, joined = _coder_sets(ranks, starts, vocabulary)
    return _Rows(codes.astype(np.int32), positions.astype(np.int32), sets.astype(np.int32), joined,
                 np.bincount(codes, minlength=len(shown_ids)))


def _coder_sets(ranks: np.ndarray, starts: np.ndarray, vocabulary: list[str]) -> tuple[np.ndarray, list[str]]:
    """Per group of ``ranks`` (sorted, from each of ``starts``; a rank may repeat), the index of
    its coders' names joined in name order, each once; an unnamed coder ("") is left out."""
    if not len(starts):
        return np.empty(0, dtype=np.int64), []
    if len(vocabulary) <= 62:  # a bit per coder: every group's set in one numpy pass
        masks = np.bitwise_or.reduceat(np.left_shift(np.int64(1), ranks), starts)
        distinct, sets = np.unique(masks, return_inverse=True)
        members = [[rank for rank in range(len(vocabulary)) if mask >> rank & 1] for mask in distinct.tolist()]
    else:
        ends = np.r_[starts[1:], len(ranks)]
        groups = [tuple(dict.fromkeys(ranks[start:end].tolist())) for start, end in zip(starts.tolist(), ends.tolist())]
        known: dict[tuple[int, ...], int] = {}
        sets = np.fromiter((known.setdefault(group, len(known)) for group in groups), dtype=np.int64,
                           count=len(groups))
        members = [list(group) for group in known]
    return sets.reshape(-1), ["; ".join(vocabulary[rank] for rank in group if vocabulary[rank]) for group in members]


class ByCodeCells:
    """The report's rows (``_rows``) and their cells for any run of rows. Texts come from
    ``quotation_texts`` (whole) or ``SpilledTexts`` (``spill``)."""

    def __init__(self, project: Project, data: ReportData, *, spill: bool, spill_folder: Path | None = None) -> None:
        spans = data.quotations.reset_index(drop=True)
        self._document_numbers = spans["document_number"].to_numpy(dtype=np.int64)
        self._numbers = spans["number"].to_numpy(dtype=np.int64)
        documents = {doc.id: doc.name for doc in data.documents}
        self._documents = [documents.get(document_id, "") for document_id in spans["document_id"].tolist()]
        self._comments = spans["comment"].tolist()
        shown = data.shown_codes
        self._names = [code.name for code in shown]
        self._paths = [code.path.replace(CODE_PATH_SEPARATOR, " > ") for code in shown]
        self.rows = _rows(data, spans["id"].to_numpy(dtype=np.int64), [code.id for code in shown])
        self._spilled = SpilledTexts(project, spans, folder=spill_folder) if spill else None
        self._texts = None if spill else quotation_texts(project, data)

    def __len__(self) -> int:
        return len(self.rows.positions)

    def code(self, start: int, end: int) -> list[str]:
        return [self._names[index] for index in self.rows.codes[start:end].tolist()]

    def category_path(self, start: int, end: int) -> list[str]:
        return [self._paths[index] for index in self.rows.codes[start:end].tolist()]

    def quotation_id(self, start: int, end: int) -> list[str]:
        positions = self.rows.positions[start:end]
        return list(map("{}:{}".format, self._document_numbers[positions].tolist(), self._numbers[positions].tolist()))

    def document(self, start: int, end: int) -> list[str]:
        return [self._documents[position] for position in self.rows.positions[start:end].tolist()]

    def text(self, start: int, end: int) -> list[str]:
        positions = self.rows.positions[start:end]
        if self._spilled is not None:
            return self._spilled.texts(positions)
        return [self._texts[position] for position in positions.tolist()]

    def comment(self, start: int, end: int) -> list[str]:
        return [self._comments[position] or "" for position in self.rows.positions[start:end].tolist()]

    def coder(self, start: int, end: int) -> list[str]:
        joined = self.rows.joined
        return [joined[index] for index in self.rows.coders[start:end].tolist()]


def quotations_by_code(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    data: ReportData | None = None,
    defer_text: bool = False,
    spill_folder: Path | None = None,
) -> pd.DataFrame:
    """One row per (code, quotation) in code tree order, then document order. ``attrs["codes"]``
    lists every shown code (also those without quotations) with its definition, G and D.
    ``defer_text``: every cell stays empty and ``attrs["deferred"]`` makes them as they are
    written (see ``reports.deferred``), the texts read back from a temporary file
    (``SpilledTexts``, in ``spill_folder`` when given: the output's), for a writer that streams
    rows; the project must stay open until then."""
    data = data or load_report_data(project, report_filter)
    shared = "coded_with_ancestors" in data.cache
    counts = groundedness(data)
    if not shared:  # made for the figures only (tens of MB on a big project): not kept while writing
        data.cache.pop("coded_with_ancestors", None)
    links = density(project, data.codes)
    cells = ByCodeCells(project, data, spill=defer_text, spill_folder=spill_folder)
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
    for code, count in zip(data.shown_codes, cells.rows.counts.tolist()):
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
