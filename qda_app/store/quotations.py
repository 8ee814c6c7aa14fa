"""Quotations (spans of a document), their codings, and representative marks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from qda_app.core.model import Coding, Quotation
from qda_app.store.codes import list_codes
from qda_app.store.database import ProjectDatabase


@dataclass(frozen=True)
class QuotationFilter:
    document_ids: Sequence[int] | None = None
    code_ids: Sequence[int] | None = None  # quotations carrying any of these codes
    coder_ids: Sequence[int] | None = None  # quotations with a coding by any of these coders
    quotation_ids: Sequence[int] | None = None


_QUOTATIONS_PER_QUERY = 500


def _in(column: str, values: Sequence[int]) -> tuple[str, list[int]]:
    return f"{column} IN ({','.join('?' * len(values)) or 'NULL'})", list(values)


def list_quotations(db: ProjectDatabase, where: QuotationFilter | None = None) -> list[Quotation]:
    where = where or QuotationFilter()
    clauses: list[str] = []
    params: list[Any] = []
    for column, values in (("q.document_id", where.document_ids), ("q.id", where.quotation_ids)):
        if values is not None:
            clause, values_params = _in(column, values)
            clauses.append(clause)
            params.extend(values_params)
    coding_clauses = []
    for column, values in (("k.code_id", where.code_ids), ("k.coder_id", where.coder_ids)):
        if values is not None:
            clause, values_params = _in(column, values)
            coding_clauses.append(clause)
            params.extend(values_params)
    if coding_clauses:
        clauses.append(
            "q.id IN (SELECT k.quotation_id FROM codings k WHERE " + " AND ".join(coding_clauses) + ")"
        )
    sql = """SELECT q.*, d.number AS document_number, c.name AS creator FROM quotations q
             JOIN documents d ON d.id = q.document_id LEFT JOIN coders c ON c.id = q.created_by"""
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    rows = db.rows(sql + " ORDER BY d.number, q.start, q.\"end\", q.number", params)
    return _complete(db, rows, coder_ids=where.coder_ids)


def _complete(
    db: ProjectDatabase, rows: list[dict[str, Any]], *, coder_ids: Sequence[int] | None
) -> list[Quotation]:
    if not rows:
        return []
    few = len(rows) <= 20  # coding one selection: read only what that quotation needs
    paths = _paths_of_codes_on(db, [row["id"] for row in rows]) if few else {
        code.id: code.path for code in list_codes(db)
    }
    codings: dict[int, list[tuple[str, str]]] = {}
    wanted = sorted({row["id"] for row in rows})
    # The wanted quotations' codings a few hundred quotations at a time (through the index):
    # reading every coding of a big project for a query's few thousand quotations held them all.
    for first in range(0, len(wanted), _QUOTATIONS_PER_QUERY):
        clause, coding_params = _in("k.quotation_id", wanted[first:first + _QUOTATIONS_PER_QUERY])
        if coder_ids is not None:
            coder_clause, values = _in("k.coder_id", coder_ids)
            clause += " AND " + coder_clause
            coding_params.extend(values)
        for coding in db.rows(f"""SELECT k.quotation_id, k.code_id, c.name AS coder FROM codings k
                                  JOIN coders c ON c.id = k.coder_id WHERE {clause} ORDER BY k.id""", coding_params):
            codings.setdefault(coding["quotation_id"], []).append((paths.get(coding["code_id"], "?"), coding["coder"]))
    # Rows come in document order: one document's text is held at a time.
    text_of: tuple[int, str] | None = None
    result = []
    for row in rows:
        if few:
            quoted = db.scalar(
                "SELECT substr(text, ? + 1, ?) FROM documents WHERE id = ?",
                [row["start"], row["end"] - row["start"], row["document_id"]],
            ) or ""
        else:
            if text_of is None or text_of[0] != row["document_id"]:
                text_of = (row["document_id"],
                           db.scalar("SELECT text FROM documents WHERE id = ?", [row["document_id"]]) or "")
            quoted = text_of[1][row["start"] : row["end"]]
        pairs = codings.get(row["id"], [])
        result.append(
            Quotation(
                id=row["id"],
                guid=row["guid"],
                document_id=row["document_id"],
                document_number=row["document_number"],
                number=row["number"],
                start=row["start"],
                end=row["end"],
                created_by=row["creator"],
                created_at=row["created_at"],
                modified_at=row["modified_at"],
                comment=row["comment"],
                text=quoted,
                codes=tuple(dict.fromkeys(path for path, _ in pairs)),
                coders=tuple(dict.fromkeys(coder for _, coder in pairs)),
            )
        )
    return result


def _paths_of_codes_on(db: ProjectDatabase, quotation_ids: Sequence[int]) -> dict[int, str]:
    """Paths of the codes linked to these quotations, built upwards through their parents."""
    marks = ",".join("?" * len(quotation_ids))
    return {
        row["id"]: row["path"]
        for row in db.rows(
            f"""WITH RECURSIVE up(id, path, parent_id) AS (
                    SELECT c.id, c.name, c.parent_id FROM codes c
                    WHERE c.id IN (SELECT code_id FROM codings WHERE quotation_id IN ({marks}))
                    UNION ALL
                    SELECT up.id, p.name || '::' || up.path, p.parent_id FROM up JOIN codes p ON p.id = up.parent_id)
                SELECT id, path FROM up WHERE parent_id IS NULL""",
            list(quotation_ids),
        )
    }


def get_quotation(db: ProjectDatabase, quotation_id: int) -> Quotation | None:
    found = list_quotations(db, QuotationFilter(quotation_ids=[quotation_id]))
    return found[0] if found else None


def find_by_number(db: ProjectDatabase, document_id: int, number: int) -> int | None:
    return db.scalar(
        "SELECT id FROM quotations WHERE document_id = ? AND number = ?", [document_id, number]
    )


def find_same_span(
    db: ProjectDatabase, *, document_id: int, start: int, end: int, coder_id: int
) -> int | None:
    # Without INDEXED BY the planner walks (document_id, number) for the ORDER BY, i.e. every
    # quotation of the document; the span index finds the few with this span directly.
    return db.scalar(
        """SELECT id FROM quotations INDEXED BY quotations_span
           WHERE document_id = ? AND start = ? AND "end" = ? AND created_by = ?
           ORDER BY number LIMIT 1""",
        [document_id, start, end, coder_id],
    )


def get_quotation_row(db: ProjectDatabase, quotation_id: int) -> dict[str, Any] | None:
    return db.row("SELECT * FROM quotations WHERE id = ?", [quotation_id])


def insert_quotation(db: ProjectDatabase, values: dict[str, Any]) -> int:
    return db.insert("quotations", values)


def update_quotation(db: ProjectDatabase, quotation_id: int, values: dict[str, Any]) -> None:
    db.update("quotations", quotation_id, values)


def delete_quotation_row(db: ProjectDatabase, quotation_id: int) -> None:
    db.delete_where("codings", "quotation_id = ?", [quotation_id])
    db.delete_where("representatives", "quotation_id = ?", [quotation_id])
    db.delete_where("quotation_excerpts", "quotation_id = ?", [quotation_id])
    db.delete_where("memo_links", "target_type = 'quotation' AND target_id = ?", [quotation_id])
    db.delete_where("quotation_links", "source_quotation_id = ?1 OR target_quotation_id = ?1", [quotation_id])
    db.delete_where("network_nodes", "kind = 'quotation' AND target_id = ?", [quotation_id])
    db.delete("quotations", quotation_id)


def find_coding(db: ProjectDatabase, *, quotation_id: int, code_id: int, coder_id: int) -> int | None:
    return db.scalar(
        "SELECT id FROM codings WHERE quotation_id = ? AND code_id = ? AND coder_id = ?",
        [quotation_id, code_id, coder_id],
    )


def insert_coding(db: ProjectDatabase, values: dict[str, Any]) -> int:
    return db.insert("codings", values)


def list_codings(db: ProjectDatabase, *, quotation_id: int | None = None) -> list[Coding]:
    sql = "SELECT k.*, c.name AS coder FROM codings k JOIN coders c ON c.id = k.coder_id"
    params: list[Any] = []
    if quotation_id is not None:
        sql += " WHERE k.quotation_id = ?"
        params.append(quotation_id)
    return [
        Coding(
            id=row["id"],
            guid=row["guid"],
            quotation_id=row["quotation_id"],
            code_id=row["code_id"],
            coder=row["coder"],
            created_at=row["created_at"],
        )
        for row in db.rows(sql + " ORDER BY k.id", params)
    ]


def find_representative(db: ProjectDatabase, *, code_id: int, quotation_id: int) -> int | None:
    return db.scalar(
        "SELECT id FROM representatives WHERE code_id = ? AND quotation_id = ?", [code_id, quotation_id]
    )


def list_representatives(db: ProjectDatabase) -> list[tuple[int, int]]:
    """(code id, quotation id) pairs, in the order they were marked."""
    return [
        (row["code_id"], row["quotation_id"])
        for row in db.rows("SELECT code_id, quotation_id FROM representatives ORDER BY id")
    ]


def delete_codings(
    db: ProjectDatabase, *, quotation_id: int, code_id: int, coder_id: int | None = None
) -> int:
    where, params = "quotation_id = ? AND code_id = ?", [quotation_id, code_id]
    if coder_id is not None:
        where += " AND coder_id = ?"
        params.append(coder_id)
    return db.delete_where("codings", where, params)


def insert_representative(db: ProjectDatabase, values: dict[str, Any]) -> int:
    return db.insert("representatives", values)


def delete_representative(db: ProjectDatabase, mark_id: int) -> None:
    db.delete("representatives", mark_id)


def quotation_ids_of_document(db: ProjectDatabase, document_id: int) -> list[int]:
    return [row["id"] for row in db.rows("SELECT id FROM quotations WHERE document_id = ?", [document_id])]
