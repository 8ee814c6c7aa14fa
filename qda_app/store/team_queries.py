"""Queries for team work: coded spans for agreement, GUID look-ups for merging, copy stripping."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from qda_app.core.model import CODE_PATH_SEPARATOR
from qda_app.store.codes import list_codes
from qda_app.store.database import ProjectDatabase
from qda_app.store.quotations import delete_quotation_row


@dataclass(frozen=True, slots=True)
class CodingSpan:
    """One coding with its quotation's span: what agreement and disagreements are made of."""

    coding_id: int
    quotation_id: int
    quotation_number: int
    document_id: int
    document_number: int
    start: int
    end: int
    code_id: int
    code_path: str
    coder: str

    @property
    def quotation_label(self) -> str:
        return f"{self.document_number}:{self.quotation_number}"


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values)) or "NULL"


def coding_spans(
    db: ProjectDatabase,
    *,
    coder_names: Sequence[str] | None = None,
    document_numbers: Sequence[int] | None = None,
) -> list[CodingSpan]:
    """Every coding (optionally of some coders / documents) with its span and code path."""
    clauses: list[str] = []
    params: list[Any] = []
    if coder_names is not None:
        clauses.append(f"c.name IN ({_marks(coder_names)})")
        params.extend(coder_names)
    if document_numbers is not None:
        clauses.append(f"d.number IN ({_marks(document_numbers)})")
        params.extend(document_numbers)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = db.rows(
        f"""SELECT k.id AS coding_id, q.id AS quotation_id, q.number AS quotation_number,
                   d.id AS document_id, d.number AS document_number, q.start, q."end",
                   k.code_id, c.name AS coder
            FROM codings k JOIN quotations q ON q.id = k.quotation_id
            JOIN documents d ON d.id = q.document_id JOIN coders c ON c.id = k.coder_id
            {where} ORDER BY d.number, q.start, q."end", k.id""",
        params,
    )
    paths = {code.id: code.path for code in list_codes(db)}
    return [
        CodingSpan(
            coding_id=row["coding_id"], quotation_id=row["quotation_id"],
            quotation_number=row["quotation_number"], document_id=row["document_id"],
            document_number=row["document_number"], start=row["start"], end=row["end"],
            code_id=row["code_id"], code_path=paths[row["code_id"]], coder=row["coder"],
        )
        for row in rows
    ]


def document_lengths(db: ProjectDatabase) -> dict[int, int]:
    """Characters of every document, keyed by document number."""
    return {row["number"]: row["chars"] for row in db.rows("SELECT number, chars FROM documents")}


def coder_names(db: ProjectDatabase) -> list[str]:
    return [row["name"] for row in db.rows("SELECT name FROM coders ORDER BY id")]


def top_level_domains(db: ProjectDatabase) -> dict[str, list[str]]:
    """Every top-level code with sub-codes -> the paths of all codes below it (tree order)."""
    domains: dict[str, list[str]] = {}
    for code in list_codes(db):
        if code.parent_id is None:
            continue
        top = code.path.split(CODE_PATH_SEPARATOR, 1)[0]
        domains.setdefault(top, []).append(code.path)
    return domains


# --- merging: identity by GUID ---------------------------------------------------------------

def id_by_guid(db: ProjectDatabase, table: str, guid: str) -> int | None:
    if table not in {"quotations", "codings", "memos", "documents", "codes", "coders", "code_relations",
                     "quotation_links", "groups", "smart_codes", "networks"}:
        raise ValueError(table)
    return db.scalar(f'SELECT id FROM "{table}" WHERE guid = ?', [guid])


def quotation_span(db: ProjectDatabase, quotation_id: int) -> tuple[int, int, int]:
    """(document id, start, end) of a quotation."""
    row = db.row('SELECT document_id, start, "end" FROM quotations WHERE id = ?', [quotation_id])
    return row["document_id"], row["start"], row["end"]


def raise_next_quotation_number(db: ProjectDatabase, document_id: int, at_least: int) -> None:
    """Keep a document's counter above a number taken explicitly, so it is never handed out again."""
    from qda_app.store.documents import raise_next_quotation_number as raise_counter

    raise_counter(db, document_id, at_least)


def coding_exists(db: ProjectDatabase, *, quotation_id: int, code_id: int, coder_id: int) -> bool:
    return db.scalar(
        "SELECT 1 FROM codings WHERE quotation_id = ? AND code_id = ? AND coder_id = ?",
        [quotation_id, code_id, coder_id],
    ) is not None


# --- copies for coders --------------------------------------------------------------------------

@dataclass(frozen=True)
class StripCounts:
    codings: int
    quotations: int


def strip_other_coders(db: ProjectDatabase, *, keep_coder_id: int) -> StripCounts:
    """Delete other coders' codings, then quotations left without any coding of the kept coder.

    Call inside a transaction. A quotation the kept coder coded stays even when another coder
    created it, because removing it would remove the kept coder's own work.
    """
    codings = db.delete_where("codings", "coder_id != ?", [keep_coder_id])
    orphaned = [
        row["id"]
        for row in db.rows(
            """SELECT id FROM quotations q WHERE NOT EXISTS
               (SELECT 1 FROM codings k WHERE k.quotation_id = q.id)
               AND (q.created_by IS NULL OR q.created_by != ?)""",
            [keep_coder_id],
        )
    ]
    for quotation_id in orphaned:
        delete_quotation_row(db, quotation_id)
    return StripCounts(codings=codings, quotations=len(orphaned))


# --- consensus ----------------------------------------------------------------------------------

def delete_coder_codings(db: ProjectDatabase, *, coding_ids: Sequence[int]) -> None:
    for coding_id in coding_ids:
        db.delete("codings", coding_id)


def delete_quotation_if_uncoded(db: ProjectDatabase, quotation_id: int) -> bool:
    if db.scalar("SELECT 1 FROM codings WHERE quotation_id = ?", [quotation_id]) is not None:
        return False
    delete_quotation_row(db, quotation_id)
    return True
