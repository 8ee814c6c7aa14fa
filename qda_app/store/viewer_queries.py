"""Lean reads for the document viewer: what a highlight and a margin bracket need, nothing more.

No quotation text and no code paths; codings are read for the wanted quotations only, through
the (quotation_id, ...) unique index, never by scanning every coding of the project.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from qda_app.store.database import ProjectDatabase


@dataclass(frozen=True)
class QuotationMark:
    """What the viewer draws for one quotation: span, ID, codings (code id, coder)."""

    id: int
    document_id: int
    document_number: int
    number: int
    start: int
    end: int
    created_by: str | None
    created_at: str
    comment: str
    codings: tuple[tuple[int, str], ...] = ()
    representative_of: tuple[int, ...] = ()

    @classmethod
    def from_values(cls, values: tuple[Any, ...]) -> QuotationMark:
        """Build from values in field order without the generated frozen ``__init__``.

        That ``__init__`` sets each field through ``object.__setattr__``; filling ``__dict__``
        in one step makes reading 5,000 marks several times cheaper. Still frozen afterwards.
        """
        mark = object.__new__(cls)
        mark.__dict__.update(zip(_FIELDS, values))
        return mark

    @property
    def quotation_id(self) -> str:
        return f"{self.document_number}:{self.number}"

    @property
    def code_ids(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(code_id for code_id, _ in self.codings))


_FIELDS = tuple(QuotationMark.__dataclass_fields__)
_QUOTATIONS = """SELECT q.id, q.document_id, d.number, q.number, q.start, q."end", c.name, q.created_at,
                        q.comment
                 FROM quotations q JOIN documents d ON d.id = q.document_id
                 LEFT JOIN coders c ON c.id = q.created_by"""
_CODINGS = """SELECT k.quotation_id, k.code_id, c.name FROM codings k JOIN coders c ON c.id = k.coder_id"""
_REPRESENTATIVES = "SELECT r.quotation_id, r.code_id FROM representatives r"


def _ids_clause(column: str, ids: Sequence[int]) -> str:
    return f"{column} IN ({','.join('?' * len(ids)) or 'NULL'})"


def list_marks(
    db: ProjectDatabase, *, document_id: int | None = None, quotation_ids: Sequence[int] | None = None
) -> list[QuotationMark]:
    """Marks of one document, or of the named quotations, sorted by (start, -end, number)."""
    if document_id is not None:
        where, params = "q.document_id = ?", [document_id]
        codings_sql = f"{_CODINGS} JOIN quotations q ON q.id = k.quotation_id WHERE {where}"
        representatives_sql = f"{_REPRESENTATIVES} JOIN quotations q ON q.id = r.quotation_id WHERE {where}"
    elif quotation_ids is not None:
        params = list(quotation_ids)
        where = _ids_clause("q.id", params)
        codings_sql = f"{_CODINGS} WHERE {_ids_clause('k.quotation_id', params)}"
        representatives_sql = f"{_REPRESENTATIVES} WHERE {_ids_clause('r.quotation_id', params)}"
    else:
        raise ValueError("list_marks needs a document or quotation ids")
    execute = db.connection.execute
    rows: list[tuple[Any, ...]] = execute(f"{_QUOTATIONS} WHERE {where}", params).fetchall()
    if not rows:
        return []
    codings: dict[int, list[tuple[int, str]]] = {}
    for quotation_id, code_id, coder in execute(codings_sql + " ORDER BY k.id", params):
        found = codings.get(quotation_id)
        if found is None:
            codings[quotation_id] = [(code_id, coder)]
        else:
            found.append((code_id, coder))
    representative: dict[int, list[int]] = {}
    for quotation_id, code_id in execute(representatives_sql + " ORDER BY r.id", params):
        representative.setdefault(quotation_id, []).append(code_id)
    empty: tuple = ()
    build = QuotationMark.from_values
    marks = [
        build((*row[:8], row[8] or "",
               tuple(codings[row[0]]) if row[0] in codings else empty,
               tuple(representative[row[0]]) if row[0] in representative else empty))
        for row in rows
    ]
    marks.sort(key=lambda mark: (mark.start, -mark.end, mark.number))
    return marks


@dataclass(frozen=True)
class CodingLink:
    """One coding reduced to what groundedness counts: which code on which quotation."""

    id: int
    quotation_id: int
    code_id: int


def codings_of_quotations(db: ProjectDatabase, quotation_ids: Sequence[int]) -> list[CodingLink]:
    """Every coding of the named quotations (through the codings' quotation index)."""
    wanted = list(quotation_ids)
    if not wanted:
        return []
    rows = db.connection.execute(
        f"SELECT k.id, k.quotation_id, k.code_id FROM codings k WHERE {_ids_clause('k.quotation_id', wanted)}",
        wanted,
    ).fetchall()
    return [CodingLink(*row) for row in rows]
