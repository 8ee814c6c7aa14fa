"""Aggregate reads for the reports: codings and quotations as columns, document texts one by one.

Reports work on tens of thousands of rows, so these return columnar frozen dataclasses (one
tuple or read-only numpy array per column) instead of one object per row: cheap to build, and
pandas takes them as is.
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
    """One read-only int64 array per id column, in coding id order."""

    quotation_id: np.ndarray
    code_id: np.ndarray
    coder_id: np.ndarray
    document_id: np.ndarray  # empty where the caller takes it from the quotations
    created_at: tuple[str, ...] | np.ndarray  # the stamps, or Unix seconds (see ``seconds_or_text``)


@dataclass(frozen=True)
class QuotationColumns:
    """Read-only int64 arrays for the numbers, tuples for the rest."""

    id: np.ndarray
    document_id: np.ndarray
    document_number: np.ndarray
    number: np.ndarray
    start: np.ndarray
    end: np.ndarray
    created_by: tuple[int | None, ...]  # coder id (names are mapped by the caller: cheaper than a join)
    created_at: tuple[str, ...] | np.ndarray  # the stamps, or Unix seconds (see ``seconds_or_text``)
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


_CODINGS_WITH_DOCUMENTS = """SELECT k.id, k.quotation_id, k.code_id, k.coder_id, q.document_id, k.created_at
    FROM codings k JOIN quotations q ON q.id = k.quotation_id WHERE 1 = 1"""
_CODINGS_ALONE = """SELECT k.id, k.quotation_id, k.code_id, k.coder_id, 0 AS document_id, k.created_at
    FROM codings k WHERE 1 = 1"""


# A stamp as the program writes it ("2026-12-03T14:25:01Z", UTC, whole seconds) is exactly the
# one SQLite prints back from its seconds; anything else (fractions, offsets, days that do not
# exist and that SQLite would roll over, NULL) is not. Spelled out per table alias: SQL text here
# is built from constants only.
_CODING_NOT_CANONICAL = ("(created_at IS NULL OR created_at IS NOT strftime('%Y-%m-%dT%H:%M:%SZ', "
                         "CAST(strftime('%s', created_at) AS INTEGER), 'unixepoch'))")
_QUOTATION_NOT_CANONICAL = ("(q.created_at IS NULL OR q.created_at IS NOT strftime('%Y-%m-%dT%H:%M:%SZ', "
                            "CAST(strftime('%s', q.created_at) AS INTEGER), 'unixepoch'))")
_CODING_NUMBERS = ("group_concat(id || ',' || quotation_id || ',' || code_id || ',' || coder_id || ','"
                   " || document_id || ',' || ")
_CODING_STAMPS_AS_SECONDS = _CODING_NUMBERS + "CAST(strftime('%s', created_at) AS INTEGER), ','), NULL"
_CODING_STAMPS_AS_TEXT = _CODING_NUMBERS + "0, ','), json_group_array(created_at)"
_QUOTATION_NUMBERS = ("group_concat(q.id || ',' || q.document_id || ',' || d.number || ',' || q.number || ','"
                      " || q.start || ',' || q.\"end\" || ',' || ")
_QUOTATION_STAMPS_AS_SECONDS = (_QUOTATION_NUMBERS + "CAST(strftime('%s', q.created_at) AS INTEGER), ','), "
                                "json_group_array(q.created_by), NULL")
_QUOTATION_STAMPS_AS_TEXT = (_QUOTATION_NUMBERS + "0, ','), json_group_array(q.created_by), "
                             "json_group_array(q.created_at)")


def _integers(joined: str | None) -> np.ndarray:
    """A group_concat of integers as an array, parsed by numpy: splitting it into a Python string
    per number first cost 50 bytes a number (over 80 MB for 200,000 quotations' codings)."""
    return np.fromstring(joined, dtype=np.int64, sep=",") if joined else np.empty(0, dtype=np.int64)


def coding_columns(
    db: ProjectDatabase,
    *,
    coder_ids: Sequence[int] | None = None,
    document_ids: Sequence[int] | None = None,
    code_ids: Sequence[int] | None = None,
    with_documents: bool = True,
    seconds_or_text: bool = False,
) -> CodingColumns:
    """Every coding (quotation x code x coder) inside the filter. ``with_documents=False`` (only
    without a document filter): ``document_id`` is left empty, for the caller to take from the
    quotations it has read anyway (joining every coding to its quotation is most of this query's time).
    ``seconds_or_text``: where every stamp is one the program writes, ``created_at`` is their Unix
    seconds (an int64 array: a 60-byte string per coding costs tens of MB on a big project).

    The rows come aggregated, as one string of numbers and one JSON array of stamps: a hundred
    thousand rows fetched one by one cost several times more (each step hands the GIL over, which
    a report's worker thread makes slow)."""
    joined = with_documents or document_ids is not None
    sql = _CODINGS_WITH_DOCUMENTS if joined else _CODINGS_ALONE
    params: list[Any] = []
    filters = [("k.coder_id", coder_ids), ("q.document_id", document_ids), ("k.code_id", code_ids)]
    for column, ids in filters:
        if ids is not None:
            clause, values = _ids_clause(column, ids)
            sql += clause
            params += values
    seconds = seconds_or_text and not db.connection.execute(
        f"SELECT EXISTS (SELECT 1 FROM ({sql}) WHERE {_CODING_NOT_CANONICAL})", params
    ).fetchone()[0]
    columns = _CODING_STAMPS_AS_SECONDS if seconds else _CODING_STAMPS_AS_TEXT
    numbers, stamps = db.connection.execute(f"SELECT {columns} FROM ({sql} ORDER BY k.id)", params).fetchone()
    table = _integers(numbers).reshape(-1, 6)
    created_at: list[str] | np.ndarray = table[:, 5] if seconds else json.loads(stamps)
    order = np.flatnonzero(np.diff(table[:, 0]) <= 0)
    if len(order):  # an aggregate's order is the subquery's in practice, not by promise
        sort = np.argsort(table[:, 0], kind="stable")
        table = table[sort]
        created_at = table[:, 5] if seconds else [created_at[i] for i in sort.tolist()]
    arrays = [np.ascontiguousarray(table[:, i]) for i in range(1, 5)]
    for array in arrays:
        array.flags.writeable = False
    if not joined:
        arrays[3] = np.empty(0, dtype=np.int64)
    return CodingColumns(*arrays, np.ascontiguousarray(created_at) if seconds else tuple(created_at))


def quotation_columns(
    db: ProjectDatabase, *, document_ids: Sequence[int] | None = None, seconds_or_text: bool = False
) -> QuotationColumns:
    """Quotations of the given documents, by document number and position (the sweep order),
    read aggregated as ``coding_columns`` reads the codings (``seconds_or_text``: as there)."""
    clause, params = _ids_clause("q.document_id", document_ids)
    seconds = seconds_or_text and not db.connection.execute(
        f"SELECT EXISTS (SELECT 1 FROM quotations q WHERE {_QUOTATION_NOT_CANONICAL} {clause})", params
    ).fetchone()[0]
    columns = _QUOTATION_STAMPS_AS_SECONDS if seconds else _QUOTATION_STAMPS_AS_TEXT
    # Read unsorted and sort here: SQLite would sort every row in a temporary B-tree.
    numbers, created_by, created_at, comment = db.connection.execute(
        f"""SELECT {columns}, json_group_array(q.comment)
            FROM quotations q JOIN documents d ON d.id = q.document_id WHERE 1 = 1 {clause}""",
        params,
    ).fetchone()
    table = _integers(numbers).reshape(-1, 7)
    texts = [json.loads(created_by), [] if seconds else json.loads(created_at), json.loads(comment)]
    if len(table) > 1:
        # ORDER BY d.number, q.start, q."end", q.number (document numbers and (document, number) are
        # unique, so the key has no ties); lexsort is stable and takes its last key first.
        order = np.lexsort((table[:, 3], table[:, 5], table[:, 4], table[:, 2]))
        table = table[order]
        pick = itemgetter(*order.tolist())
        texts = [pick(column) if column else column for column in texts]
    numeric = [np.ascontiguousarray(table[:, i]) for i in range(7)]
    for column in numeric:
        column.flags.writeable = False
    created_by, stamps, comments = (tuple(column) for column in texts)
    return QuotationColumns(*numeric[:6], created_by, numeric[6] if seconds else stamps, comments)


def document_texts(db: ProjectDatabase, *, document_ids: Sequence[int] | None = None) -> Iterator[DocumentText]:
    """Texts one document at a time, so a report never holds every transcript at once."""
    clause, params = _ids_clause("id", document_ids)
    ids = db.connection.execute(
        f"SELECT id, number FROM documents WHERE 1 = 1 {clause} ORDER BY number", params
    ).fetchall()
    for document_id, number in ids:
        text = db.connection.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()
        yield DocumentText(id=document_id, number=number, text=text[0] if text else "")
