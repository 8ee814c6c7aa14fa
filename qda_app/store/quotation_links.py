"""Links (hyperlinks) between quotations."""

from __future__ import annotations

from typing import Any

from qda_app.core.model import QuotationLink
from qda_app.store.database import ProjectDatabase

_SELECT = """SELECT l.*, t.name AS type_name, k.name AS creator FROM quotation_links l
    JOIN relation_types t ON t.id = l.type_id LEFT JOIN coders k ON k.id = l.created_by"""


def _link(row: dict[str, Any]) -> QuotationLink:
    return QuotationLink(
        id=row["id"], guid=row["guid"], source_quotation_id=row["source_quotation_id"],
        target_quotation_id=row["target_quotation_id"], type_id=row["type_id"], name=row["type_name"],
        comment=row["comment"], created_by=row["creator"], created_at=row["created_at"],
    )


def list_quotation_links(db: ProjectDatabase, *, quotation_id: int | None = None) -> list[QuotationLink]:
    """Every link in creation order, or the links from or to one quotation."""
    if quotation_id is None:
        rows = db.rows(_SELECT + " ORDER BY l.id")
    else:
        rows = db.rows(
            _SELECT + " WHERE l.source_quotation_id = ?1 OR l.target_quotation_id = ?1 ORDER BY l.id",
            [quotation_id],
        )
    return [_link(row) for row in rows]


def get_quotation_link(db: ProjectDatabase, link_id: int) -> QuotationLink | None:
    row = db.row(_SELECT + " WHERE l.id = ?", [link_id])
    return _link(row) if row else None


def find_quotation_link(db: ProjectDatabase, *, source_id: int, target_id: int, type_id: int,
                        either_way: bool = False) -> int | None:
    sql = "SELECT id FROM quotation_links WHERE source_quotation_id = ? AND target_quotation_id = ? AND type_id = ?"
    found = db.scalar(sql, [source_id, target_id, type_id])
    if found is None and either_way:
        found = db.scalar(sql, [target_id, source_id, type_id])
    return found


def link_edges(db: ProjectDatabase, type_id: int) -> list[tuple[int, int]]:
    return [(row[0], row[1]) for row in db.connection.execute(
        "SELECT source_quotation_id, target_quotation_id FROM quotation_links WHERE type_id = ?", [type_id])]


def insert_quotation_link(db: ProjectDatabase, values: dict[str, Any]) -> int:
    return db.insert("quotation_links", values)


def delete_quotation_link(db: ProjectDatabase, link_id: int) -> None:
    db.delete("quotation_links", link_id)


def update_quotation_link(db: ProjectDatabase, link_id: int, values: dict[str, Any]) -> None:
    db.update("quotation_links", link_id, values)


def quotation_labels(db: ProjectDatabase) -> dict[int, str]:
    """"D:Q" of every quotation id."""
    return {row[0]: f"{row[1]}:{row[2]}" for row in db.connection.execute(
        "SELECT q.id, d.number, q.number FROM quotations q JOIN documents d ON d.id = q.document_id")}


def quotation_places(db: ProjectDatabase) -> dict[int, tuple[int, int]]:
    """(document id, quotation number) of every quotation with a link."""
    return {row[0]: (row[1], row[2]) for row in db.connection.execute(
        """SELECT q.id, q.document_id, q.number FROM quotations q WHERE q.id IN
           (SELECT source_quotation_id FROM quotation_links UNION SELECT target_quotation_id FROM quotation_links)""")}
