"""The quotations behind one cell of a cross table, from the same data the table was counted from.

An explorer shows ``code_document_table`` or ``cooccurrence_table``; a click on a cell asks for
the quotations that made its number, read here from the same ``ReportData`` (same filter, same
rows), so the list and the number can never disagree about what is in scope.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from qda_app.core.model import Code
from qda_app.services.project import Project
from qda_app.services.reports.data import ReportData, coded_with_ancestors
from qda_app.services.reports.tables import row_codes
from qda_app.store import groups as group_store


@dataclass(frozen=True)
class FilterChoices:
    """What an explorer can filter by: coder names, document group names, code group names."""

    coders: tuple[str, ...]
    document_groups: tuple[str, ...]
    code_groups: tuple[str, ...]


def filter_choices(project: Project) -> FilterChoices:
    from qda_app.services import gui_queries

    db = project.database
    return FilterChoices(
        coders=tuple(gui_queries.coder_names(project)),
        document_groups=tuple(group.name for group in group_store.list_groups(db, "document")),
        code_groups=tuple(group.name for group in group_store.list_groups(db, "code")),
    )


def table_codes(data: ReportData, rows: str) -> list[Code]:
    """The codes of a table's rows (and, for co-occurrence, its columns), in table order."""
    return row_codes(data, rows)


def _in_order(data: ReportData, quotation_ids) -> list[int]:
    wanted = set(int(value) for value in quotation_ids)
    spans = data.quotations
    chosen = spans[spans["id"].isin(wanted)].sort_values(["document_number", "number"])
    return chosen["id"].astype("int64").tolist()


def code_document_quotations(data: ReportData, *, code_ids: list[int], document_ids: list[int] | None) -> list[int]:
    """Quotations of these codes (or codes below them) in these documents (``None``: all in scope),
    by document and number: what a code-document cell, or a total, counts."""
    coded = coded_with_ancestors(data)
    chosen = coded[coded["ancestor_id"].isin(code_ids)]
    if document_ids is not None:
        chosen = chosen[chosen["document_id"].isin(document_ids)]
    return _in_order(data, chosen["quotation_id"].unique())


def group_document_ids(data: ReportData, group: str) -> list[int]:
    return [document.id for document in data.documents if group in document.groups]


@dataclass(frozen=True)
class CooccurringQuotations:
    quotation_ids: list[int]  # by document and number
    pairs: int  # distinct quotation pairs: the cell's n12


def cooccurring_quotations(data: ReportData, *, first: int, second: int) -> CooccurringQuotations:
    """Quotations of ``first`` that are, or overlap in the same document, a quotation of
    ``second``, and those of ``second`` likewise: the quotation pairs a co-occurrence cell counts
    (n12 counts the pairs; a quotation of both codes is a pair with itself)."""
    coded = coded_with_ancestors(data)
    spans = data.quotations.set_index("id")[["document_id", "start", "end"]]
    found: set[int] = set()
    pairs: set[tuple[int, int]] = set()
    ones = coded.loc[coded["ancestor_id"] == first, "quotation_id"].unique()
    twos = coded.loc[coded["ancestor_id"] == second, "quotation_id"].unique()
    ones = spans.loc[spans.index.intersection(pd.Index(ones))]
    twos = spans.loc[spans.index.intersection(pd.Index(twos))]
    for document_id, left in ones.groupby("document_id"):
        right = twos[twos["document_id"] == document_id]
        if right.empty:
            continue
        # Overlap (or identity) of every pair in one broadcast: start_a < end_b and start_b < end_a.
        overlap = ((left["start"].to_numpy()[:, None] < right["end"].to_numpy()[None, :])
                   & (right["start"].to_numpy()[None, :] < left["end"].to_numpy()[:, None]))
        rows, columns = np.nonzero(overlap)
        lefts, rights = left.index[rows].tolist(), right.index[columns].tolist()
        found.update(lefts)
        found.update(rights)
        pairs.update((min(a, b), max(a, b)) for a, b in zip(lefts, rights))
    return CooccurringQuotations(quotation_ids=_in_order(data, found), pairs=len(pairs))
