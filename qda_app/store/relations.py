"""Relation types and code-code relations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qda_app.core.model import CodeRelation, RelationType
from qda_app.store.database import ProjectDatabase, new_guid, utc_now


def _relation_type(row: dict[str, Any]) -> RelationType:
    return RelationType(
        id=row["id"], guid=row["guid"], scope=row["scope"], name=row["name"], name_es=row["name_es"],
        name_pt=row["name_pt"], label=row["label"], behaviour=row["behaviour"], line_style=row["line_style"],
        color=row["color"], is_default=bool(row["is_default"]),
    )


def list_relation_types(db: ProjectDatabase, scope: str | None = None) -> list[RelationType]:
    """Relation types (of one scope, or all), defaults first, then user types by name."""
    where, params = ("WHERE scope = ?", [scope]) if scope else ("", [])
    return [
        _relation_type(row)
        for row in db.rows(
            f"SELECT * FROM relation_types {where} ORDER BY scope, is_default DESC, "
            "CASE WHEN is_default THEN id END, name COLLATE NOCASE",
            params,
        )
    ]


def get_relation_type(db: ProjectDatabase, type_id: int) -> RelationType | None:
    row = db.row("SELECT * FROM relation_types WHERE id = ?", [type_id])
    return _relation_type(row) if row else None


def find_relation_type(db: ProjectDatabase, scope: str, name: str) -> RelationType | None:
    """The type of ``scope`` called ``name`` in English, Spanish or Portuguese (any case),
    or whose short label is ``name``."""
    row = db.row(
        """SELECT * FROM relation_types WHERE scope = ?1
           AND (name = ?2 COLLATE NOCASE OR name_es = ?2 COLLATE NOCASE OR name_pt = ?2 COLLATE NOCASE)
           UNION ALL SELECT * FROM relation_types WHERE scope = ?1 AND label = ?2
           LIMIT 1""",
        [scope, name.strip()],
    )
    return _relation_type(row) if row else None


def find_relation_type_by_guid(db: ProjectDatabase, guid: str) -> RelationType | None:
    row = db.row("SELECT * FROM relation_types WHERE guid = ?", [guid])
    return _relation_type(row) if row else None


def ensure_relation_type_like(db: ProjectDatabase, kind: RelationType | None, *, scope: str = "code",
                              name: str = "is associated with") -> int:
    """Id of this project's type matching ``kind`` (from another project or file) by GUID, then
    by name; a copy of ``kind`` is added when there is none. Without ``kind``: the type
    ``name`` of ``scope``, added as a directed type when missing. Runs inside a transaction."""
    if kind is not None:
        found = find_relation_type_by_guid(db, kind.guid) or find_relation_type(db, kind.scope, kind.name)
        if found is not None:
            return found.id
        return insert_relation_type(db, {
            "guid": kind.guid, "scope": kind.scope, "name": kind.name, "name_es": kind.name_es,
            "name_pt": kind.name_pt, "label": kind.label, "behaviour": kind.behaviour,
            "line_style": kind.line_style, "color": kind.color, "is_default": 0, "created_at": utc_now(),
        })
    found = find_relation_type(db, scope, name)
    if found is not None:
        return found.id
    return insert_relation_type(db, {"guid": new_guid(), "scope": scope, "name": name.strip(),
                                     "label": name.strip()[:24], "created_at": utc_now()})


def insert_relation_type(db: ProjectDatabase, values: dict[str, Any]) -> int:
    return db.insert("relation_types", values)


def update_relation_type(db: ProjectDatabase, type_id: int, values: dict[str, Any]) -> None:
    db.update("relation_types", type_id, values)


def delete_relation_type_row(db: ProjectDatabase, type_id: int) -> int:
    """Delete a type with every relation and quotation link of that type; returns how many went."""
    removed = db.delete_where("code_relations", "type_id = ?", [type_id])
    removed += db.delete_where("quotation_links", "type_id = ?", [type_id])
    db.delete("relation_types", type_id)
    return removed


# --- code relations ------------------------------------------------------------------------

def _code_relation(row: dict[str, Any]) -> CodeRelation:
    return CodeRelation(
        id=row["id"], guid=row["guid"], source_code_id=row["source_code_id"],
        target_code_id=row["target_code_id"], name=row["type_name"], created_by=row["creator"],
        created_at=row["created_at"], type_id=row["type_id"], comment=row["comment"],
    )


_RELATION_SELECT = """SELECT r.*, t.name AS type_name, k.name AS creator FROM code_relations r
    JOIN relation_types t ON t.id = r.type_id LEFT JOIN coders k ON k.id = r.created_by"""


def list_code_relations(db: ProjectDatabase, *, code_id: int | None = None) -> list[CodeRelation]:
    """All code relations in creation order, or those ``code_id`` takes part in."""
    if code_id is None:
        rows = db.rows(_RELATION_SELECT + " ORDER BY r.id")
    else:
        rows = db.rows(_RELATION_SELECT + " WHERE r.source_code_id = ?1 OR r.target_code_id = ?1 ORDER BY r.id",
                       [code_id])
    return [_code_relation(row) for row in rows]


def get_code_relation(db: ProjectDatabase, relation_id: int) -> CodeRelation | None:
    row = db.row(_RELATION_SELECT + " WHERE r.id = ?", [relation_id])
    return _code_relation(row) if row else None


def find_code_relation(db: ProjectDatabase, *, source_id: int, target_id: int, type_id: int,
                       either_way: bool = False) -> int | None:
    """Id of the relation ``source -type-> target`` (or the reverse too, for symmetric types)."""
    found = db.scalar(
        "SELECT id FROM code_relations WHERE source_code_id = ? AND target_code_id = ? AND type_id = ?",
        [source_id, target_id, type_id],
    )
    if found is None and either_way:
        found = db.scalar(
            "SELECT id FROM code_relations WHERE source_code_id = ? AND target_code_id = ? AND type_id = ?",
            [target_id, source_id, type_id],
        )
    return found


def relation_edges(db: ProjectDatabase, type_id: int) -> list[tuple[int, int]]:
    return [(row[0], row[1]) for row in db.connection.execute(
        "SELECT source_code_id, target_code_id FROM code_relations WHERE type_id = ?", [type_id])]


def insert_code_relation(db: ProjectDatabase, values: dict[str, Any]) -> int:
    return db.insert("code_relations", values)


def update_code_relation(db: ProjectDatabase, relation_id: int, values: dict[str, Any]) -> None:
    db.update("code_relations", relation_id, values)


def delete_code_relation(db: ProjectDatabase, relation_id: int) -> None:
    db.delete("code_relations", relation_id)


def densities(db: ProjectDatabase, code_ids: Sequence[int] | None = None) -> dict[int, int]:
    """Density per code: the number of code-code relations it takes part in (Atlas.ti)."""
    if code_ids is not None and len(code_ids) <= 100:  # a few codes (a relation drawn): by the indexes
        ids = [int(code_id) for code_id in code_ids]
        marks = ",".join("?" * len(ids))
        found = dict(db.connection.execute(
            f"SELECT code, count(*) FROM (SELECT source_code_id AS code FROM code_relations WHERE source_code_id IN ({marks}) "
            f"UNION ALL SELECT target_code_id FROM code_relations WHERE target_code_id IN ({marks})) GROUP BY code",
            ids + ids).fetchall()) if ids else {}
        return {code_id: found.get(code_id, 0) for code_id in ids}
    counts: dict[int, int] = {}
    for source, target in db.connection.execute("SELECT source_code_id, target_code_id FROM code_relations"):
        counts[source] = counts.get(source, 0) + 1
        counts[target] = counts.get(target, 0) + 1
    if code_ids is not None:
        return {code_id: counts.get(code_id, 0) for code_id in code_ids}
    return counts
