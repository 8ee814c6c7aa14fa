"""Aggregate reads for the reports: codings and quotations as columns, document texts one by one.

Reports work on tens of thousands of rows, so these return columnar frozen dataclasses (one
tuple per column) instead of one object per row: cheap to build, and pandas takes them as is.
Id lists go in as one JSON parameter (``json_each``) so no SQLite variable limit applies.
"""

from __future__ import annotations

import json
from operator import itemgetter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from qda_app.store.database import ProjectDatabase


@dataclass(frozen=True)
class CodingColumns:
    quotation_id: tuple[int, ...]
    code_id: tuple[int, ...]
    coder_id: tuple[int, ...]
    document_id: tuple[int, ...]
    created_at: tuple[str, ...]


@dataclass(frozen=True)
class QuotationColumns:
    id: tuple[int, ...]
    document_id: tuple[int, ...]
    document_number: tuple[int, ...]
    number: tuple[int, ...]
    start: tuple[int, ...]
    end: tuple[int, ...]
    created_by: tuple[int | None, ...]  # coder id (names are mapped by the caller: cheaper than a join)
    created_at: tuple[str, ...]
    comment: tuple[str, ...]


@dataclass(frozen=True)
class DocumentText:
    id: int
    number: int
    text: str


def _ids_clause(column: str, ids: Sequence[int] | None) -> tuple[str, list[Any]]:
    if ids is None:
        return "", []
    return f" AND {column} IN (SELECT value FROM json_each(?))", [json.dumps([int(i) for i in ids])]


def _columns(rows: list[tuple[Any, ...]], width: int) -> list[tuple[Any, ...]]:
    if not rows:
        return [()] * width
    return [tuple(column) for column in zip(*rows)]


def coding_columns(
    db: ProjectDatabase,
    *,
    coder_ids: Sequence[int] | None = None,
    document_ids: Sequence[int] | None = None,
    code_ids: Sequence[int] | None = None,
    with_documents: bool = True,
) -> CodingColumns:
    """Every coding (quotation x code x coder) inside the filter. ``with_documents=False`` (only
    without a document filter): ``document_id`` is left empty, for the caller to take from the
    quotations it has read anyway (joining every coding to its quotation is most of this query's time)."""
    if not with_documents and document_ids is None:
        sql = "SELECT k.quotation_id, k.code_id, k.coder_id, NULL, k.created_at FROM codings k WHERE 1 = 1"
        params: list[Any] = []
        for column, ids in (("k.coder_id", coder_ids), ("k.code_id", code_ids)):
            clause, values = _ids_clause(column, ids)
            sql += clause
            params += values
        rows = db.connection.execute(sql + " ORDER BY k.id", params).fetchall()
        quotation_id, code_id, coder_id, _, created_at = _columns(rows, 5)
        return CodingColumns(quotation_id, code_id, coder_id, (), created_at)
    sql = """SELECT k.quotation_id, k.code_id, k.coder_id, q.document_id, k.created_at
             FROM codings k JOIN quotations q ON q.id = k.quotation_id WHERE 1 = 1"""
    params = []
    for column, ids in (("k.coder_id", coder_ids), ("q.document_id", document_ids), ("k.code_id", code_ids)):
        clause, values = _ids_clause(column, ids)
        sql += clause
        params += values
    rows = db.connection.execute(sql + " ORDER BY k.id", params).fetchall()
    return CodingColumns(*_columns(rows, 5))


def quotation_columns(
    db: ProjectDatabase, *, document_ids: Sequence[int] | None = None
) -> QuotationColumns:
    """Quotations of the given documents, by document number and position (the sweep order)."""
    clause, params = _ids_clause("q.document_id", document_ids)
    # Read unsorted and sort here: SQLite would sort every row in a temporary B-tree.
    rows = db.connection.execute(
        f"""SELECT q.id, q.document_id, d.number, q.number, q.start, q."end", q.created_by,
                   q.created_at, q.comment
            FROM quotations q JOIN documents d ON d.id = q.document_id WHERE 1 = 1 {clause}""",
        params,
    ).fetchall()
    if not rows:
        return QuotationColumns(*_columns(rows, 9))
    columns = list(zip(*rows))
    document_number, number, start, end = (
        np.fromiter(column, dtype=np.int64, count=len(rows)) for column in columns[2:6]
    )
    # ORDER BY d.number, q.start, q."end", q.number (document numbers and (document, number) are
    # unique, so the key has no ties); lexsort is stable and takes its last key first.
    pick = itemgetter(*np.lexsort((number, end, start, document_number)).tolist())
    if len(rows) == 1:
        return QuotationColumns(*columns)
    return QuotationColumns(*(pick(column) for column in columns))


def document_texts(db: ProjectDatabase, *, document_ids: Sequence[int] | None = None) -> Iterator[DocumentText]:
    """Texts one document at a time, so a report never holds every transcript at once."""
    clause, params = _ids_clause("id", document_ids)
    ids = db.connection.execute(
        f"SELECT id, number FROM documents WHERE 1 = 1 {clause} ORDER BY number", params
    ).fetchall()
    for document_id, number in ids:
        text = db.connection.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()
        yield DocumentText(id=document_id, number=number, text=text[0] if text else "")


def relation_ends(db: ProjectDatabase) -> tuple[tuple[int, int], ...]:
    """(source code id, target code id) of every code-code link, for density."""
    return tuple(
        (row[0], row[1])
        for row in db.connection.execute("SELECT source_code_id, target_code_id FROM code_relations")
    )
