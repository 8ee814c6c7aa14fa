"""Documents: their stored text, provenance, and number."""

from __future__ import annotations

import json
from typing import Any

from qda_app.core.model import Document
from qda_app.store.database import ProjectDatabase

_SELECT = """
SELECT d.id, d.guid, d.number, d.name, d.chars, d.original_name, d.original_size, d.sha256,
       d.text_sha256, d.format, d.encoding, d.page_starts, d.imported_at, c.name AS imported_by,
       (SELECT group_concat(g.name, char(31)) FROM group_members m JOIN groups g ON g.id = m.group_id
         WHERE g.kind = 'document' AND m.member_id = d.id) AS group_names,
       (SELECT count(*) FROM quotations q WHERE q.document_id = d.id) AS quotation_count
FROM documents d LEFT JOIN coders c ON c.id = d.imported_by
"""


def document_from_row(row: dict[str, Any]) -> Document:
    groups = tuple(sorted(row["group_names"].split("\x1f"))) if row["group_names"] else ()
    return Document(
        id=row["id"],
        guid=row["guid"],
        number=row["number"],
        name=row["name"],
        chars=row["chars"],
        original_name=row["original_name"],
        original_size=row["original_size"],
        sha256=row["sha256"],
        text_sha256=row["text_sha256"],
        format=row["format"],
        encoding=row["encoding"],
        imported_by=row["imported_by"],
        imported_at=row["imported_at"],
        page_starts=tuple(json.loads(row["page_starts"] or "[]")),
        groups=groups,
        quotation_count=row["quotation_count"],
    )


def list_documents(db: ProjectDatabase) -> list[Document]:
    return [document_from_row(row) for row in db.rows(_SELECT + " ORDER BY d.number")]


def quotation_counts(db: ProjectDatabase, document_ids: list[int]) -> dict[int, int]:
    """Document id -> its number of quotations (0 included), for the documents named."""
    counts = dict.fromkeys(document_ids, 0)
    if document_ids:
        counts.update(db.connection.execute(
            f"""SELECT document_id, count(*) FROM quotations WHERE document_id IN ({','.join('?' * len(document_ids))})
                GROUP BY document_id""", document_ids).fetchall())
    return counts


def get_document(db: ProjectDatabase, number: int) -> Document | None:
    row = db.row(_SELECT + " WHERE d.number = ?", [number])
    return document_from_row(row) if row else None


def get_document_by_id(db: ProjectDatabase, document_id: int) -> Document | None:
    row = db.row(_SELECT + " WHERE d.id = ?", [document_id])
    return document_from_row(row) if row else None


def document_extent(db: ProjectDatabase, number: int) -> tuple[int, int] | None:
    """(id, length in code points) of document ``number``: what coding a range needs, cheaply."""
    row = db.connection.execute("SELECT id, chars FROM documents WHERE number = ?", [number]).fetchone()
    return (int(row[0]), int(row[1])) if row else None



def get_text(db: ProjectDatabase, document_id: int) -> str:
    return db.scalar("SELECT text FROM documents WHERE id = ?", [document_id]) or ""


def find_by_sha256(db: ProjectDatabase, sha256: str) -> Document | None:
    row = db.row(_SELECT + " WHERE d.sha256 = ? OR d.text_sha256 = ? ORDER BY d.number", [sha256, sha256])
    return document_from_row(row) if row else None


def find_by_text_sha256(db: ProjectDatabase, text_sha256: str) -> Document | None:
    row = db.row(_SELECT + " WHERE d.text_sha256 = ? ORDER BY d.number", [text_sha256])
    return document_from_row(row) if row else None


def find_by_guid(db: ProjectDatabase, guid: str) -> Document | None:
    row = db.row(_SELECT + " WHERE d.guid = ?", [guid])
    return document_from_row(row) if row else None


def next_document_number(db: ProjectDatabase) -> int:
    return int(db.scalar("SELECT coalesce(max(number), 0) + 1 FROM documents"))


def insert_document(db: ProjectDatabase, values: dict[str, Any]) -> int:
    values = dict(values)
    values["page_starts"] = json.dumps(list(values.get("page_starts") or []))
    return db.insert("documents", values)


def update_document(db: ProjectDatabase, document_id: int, values: dict[str, Any]) -> None:
    db.update("documents", document_id, values)


def next_quotation_number(db: ProjectDatabase, document_id: int) -> int:
    stored = db.scalar("SELECT next_number FROM quotation_counters WHERE id = ?", [document_id])
    if stored is not None:
        return int(stored)
    # A document inserted without its counter (older code paths): continue after its highest number.
    return int(db.scalar("SELECT coalesce(max(number), 0) + 1 FROM quotations WHERE document_id = ?", [document_id]))


def set_next_quotation_number(db: ProjectDatabase, document_id: int, number: int) -> None:
    if db.scalar("SELECT 1 FROM quotation_counters WHERE id = ?", [document_id]) is None:
        db.insert("quotation_counters", {"id": document_id, "next_number": number})
    else:
        db.update("quotation_counters", document_id, {"next_number": number})


def raise_next_quotation_number(db: ProjectDatabase, document_id: int, at_least: int) -> None:
    """Keep the counter above a number taken explicitly, so it is never handed out again."""
    if next_quotation_number(db, document_id) < at_least:
        set_next_quotation_number(db, document_id, at_least)


def take_quotation_number(db: ProjectDatabase, document_id: int) -> int:
    """Next quotation number of a document; numbers are never handed out twice."""
    stored = db.scalar("SELECT next_number FROM quotation_counters WHERE id = ?", [document_id])
    if stored is None:
        number = next_quotation_number(db, document_id)
        db.insert("quotation_counters", {"id": document_id, "next_number": number + 1})
        return number
    number = int(stored)
    db.update("quotation_counters", document_id, {"next_number": number + 1}, before={"next_number": stored})
    return number


def delete_document_row(db: ProjectDatabase, document_id: int) -> None:
    db.delete_where("document_attributes", "document_id = ?", [document_id])
    db.delete_where(
        "group_members",
        "member_id = ? AND group_id IN (SELECT id FROM groups WHERE kind = 'document')",
        [document_id],
    )
    db.delete_where(
        "memo_links", "target_type = 'document' AND target_id = ?", [document_id]
    )
    db.delete_where("network_nodes", "kind = 'document' AND target_id = ?", [document_id])
    db.delete("quotation_counters", document_id)
    db.delete("documents", document_id)


def document_ids_by_number(db: ProjectDatabase) -> dict[int, int]:
    return {row["number"]: row["id"] for row in db.rows("SELECT id, number FROM documents")}


def content_digests(db: ProjectDatabase) -> set[str]:
    """sha256 of every document's original file and of its stored text."""
    digests: set[str] = set()
    for row in db.rows("SELECT sha256, text_sha256 FROM documents"):
        digests.update((row["sha256"], row["text_sha256"]))
    return digests
