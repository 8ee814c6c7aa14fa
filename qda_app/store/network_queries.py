"""What a network draws: the names of its nodes and the links among them, read in bulk."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from qda_app.store.database import ProjectDatabase

_EXCERPT = 80


def _marks(ids: Collection[int]) -> str:
    return ",".join("?" * len(ids)) or "NULL"


def node_details(db: ProjectDatabase, kind: str, ids: Collection[int]) -> dict[int, dict[str, Any]]:
    """Per id of ``kind``: ``name`` (code name, "D:Q", memo title, document or group name),
    ``color`` when it has one, ``text`` (a quotation's first characters, a memo's text)."""
    if not ids:
        return {}
    ids = list(ids)
    marks = _marks(ids)
    if kind == "code":
        sql = f"SELECT id, name, color, description AS text FROM codes WHERE id IN ({marks})"
    elif kind == "quotation":
        sql = f"""SELECT q.id, d.number || ':' || q.number AS name, NULL AS color,
                  substr(d.text, q.start + 1, min(q."end" - q.start, {_EXCERPT})) AS text
                  FROM quotations q JOIN documents d ON d.id = q.document_id WHERE q.id IN ({marks})"""
    elif kind == "memo":
        sql = f"SELECT id, title AS name, NULL AS color, substr(text, 1, {_EXCERPT}) AS text FROM memos WHERE id IN ({marks})"
    elif kind == "document":
        sql = f"SELECT id, name, NULL AS color, '' AS text FROM documents WHERE id IN ({marks})"
    elif kind in ("code_group", "document_group"):
        sql = f"SELECT id, name, NULL AS color, '' AS text FROM groups WHERE id IN ({marks})"
    else:
        raise ValueError(kind)
    return {row["id"]: row for row in db.rows(sql, ids)}


def target_exists(db: ProjectDatabase, kind: str, target_id: int) -> bool:
    table = {"code": "codes", "quotation": "quotations", "memo": "memos", "document": "documents"}.get(kind)
    if table is not None:
        return db.scalar(f"SELECT 1 FROM {table} WHERE id = ?", [target_id]) is not None
    group_kind = kind.removesuffix("_group")
    return db.scalar("SELECT 1 FROM groups WHERE id = ? AND kind = ?", [target_id, group_kind]) is not None


def code_relations_among(db: ProjectDatabase, code_ids: Collection[int]) -> list[dict[str, Any]]:
    if not code_ids:
        return []
    marks = _marks(code_ids)
    return db.rows(
        f"""SELECT r.id, r.source_code_id AS source, r.target_code_id AS target, r.type_id, r.comment
            FROM code_relations r WHERE r.source_code_id IN ({marks}) AND r.target_code_id IN ({marks})
            ORDER BY r.id""",
        [*code_ids, *code_ids],
    )


def quotation_links_among(db: ProjectDatabase, quotation_ids: Collection[int]) -> list[dict[str, Any]]:
    if not quotation_ids:
        return []
    marks = _marks(quotation_ids)
    return db.rows(
        f"""SELECT id, source_quotation_id AS source, target_quotation_id AS target, type_id, comment
            FROM quotation_links WHERE source_quotation_id IN ({marks}) AND target_quotation_id IN ({marks})
            ORDER BY id""",
        [*quotation_ids, *quotation_ids],
    )


def codings_among(db: ProjectDatabase, quotation_ids: Collection[int], code_ids: Collection[int]) -> list[tuple[int, int]]:
    """(quotation id, code id) pairs coded by any coder."""
    if not quotation_ids or not code_ids:
        return []
    return [(row[0], row[1]) for row in db.connection.execute(
        f"""SELECT DISTINCT quotation_id, code_id FROM codings
            WHERE quotation_id IN ({_marks(quotation_ids)}) AND code_id IN ({_marks(code_ids)})""",
        [*quotation_ids, *code_ids])]


def memo_targets(db: ProjectDatabase, memo_ids: Collection[int]) -> list[tuple[int, str, int]]:
    """(memo id, target type, target id) of the given memos' links (the project excluded)."""
    if not memo_ids:
        return []
    return [(row[0], row[1], row[2]) for row in db.connection.execute(
        f"""SELECT memo_id, target_type, target_id FROM memo_links
            WHERE memo_id IN ({_marks(memo_ids)}) AND target_id IS NOT NULL ORDER BY id""", list(memo_ids))]


def group_members(db: ProjectDatabase, group_ids: Collection[int]) -> list[tuple[int, int]]:
    if not group_ids:
        return []
    return [(row[0], row[1]) for row in db.connection.execute(
        f"SELECT group_id, member_id FROM group_members WHERE group_id IN ({_marks(group_ids)}) ORDER BY id",
        list(group_ids))]


def quotation_documents(db: ProjectDatabase, quotation_ids: Collection[int]) -> dict[int, int]:
    if not quotation_ids:
        return {}
    return {row[0]: row[1] for row in db.connection.execute(
        f"SELECT id, document_id FROM quotations WHERE id IN ({_marks(quotation_ids)})", list(quotation_ids))}


def neighbour_ids(db: ProjectDatabase, kind: str, target_id: int) -> list[tuple[str, int]]:
    """What a node's "add neighbours" brings in: related codes and coded quotations of a code,
    codes and linked quotations of a quotation, the targets of a memo, a group's members,
    a document's quotations."""
    found: list[tuple[str, int]] = []
    if kind == "code":
        found += [("code", row[0]) for row in db.connection.execute(
            """SELECT target_code_id FROM code_relations WHERE source_code_id = ?1
               UNION SELECT source_code_id FROM code_relations WHERE target_code_id = ?1""", [target_id])]
        found += [("quotation", row[0]) for row in db.connection.execute(
            "SELECT DISTINCT quotation_id FROM codings WHERE code_id = ? ORDER BY quotation_id", [target_id])]
    elif kind == "quotation":
        found += [("code", row[0]) for row in db.connection.execute(
            "SELECT DISTINCT code_id FROM codings WHERE quotation_id = ?", [target_id])]
        found += [("quotation", row[0]) for row in db.connection.execute(
            """SELECT target_quotation_id FROM quotation_links WHERE source_quotation_id = ?1
               UNION SELECT source_quotation_id FROM quotation_links WHERE target_quotation_id = ?1""", [target_id])]
    elif kind == "memo":
        found += [(row[0], row[1]) for row in db.connection.execute(
            "SELECT target_type, target_id FROM memo_links WHERE memo_id = ? AND target_id IS NOT NULL "
            "AND target_type != 'project'", [target_id])]
    elif kind in ("code_group", "document_group"):
        member_kind = kind.removesuffix("_group")
        found += [(member_kind, row[0]) for row in db.connection.execute(
            "SELECT member_id FROM group_members WHERE group_id = ? ORDER BY id", [target_id])]
    elif kind == "document":
        found += [("quotation", row[0]) for row in db.connection.execute(
            "SELECT id FROM quotations WHERE document_id = ? ORDER BY number", [target_id])]
    return list(dict.fromkeys(found))


_GUID_TABLES = {"code": "codes", "quotation": "quotations", "memo": "memos", "document": "documents",
                "code_group": "groups", "document_group": "groups"}


def guids_of(db: ProjectDatabase, kind: str, ids: Collection[int]) -> dict[int, str]:
    """GUID of each id of ``kind`` (a node kind)."""
    if not ids:
        return {}
    table = _GUID_TABLES[kind]  # a fixed table name, never user text
    return {row[0]: row[1] for row in db.connection.execute(
        f"SELECT id, guid FROM {table} WHERE id IN ({_marks(ids)})", list(ids))}


def find_by_guid(db: ProjectDatabase, guid: str) -> tuple[str, int] | None:
    """(node kind, id) of the code, quotation, memo, document or group with this GUID."""
    for kind, table in (("code", "codes"), ("quotation", "quotations"), ("memo", "memos"), ("document", "documents")):
        found = db.scalar(f"SELECT id FROM {table} WHERE guid = ?", [guid])
        if found is not None:
            return kind, int(found)
    row = db.row("SELECT id, kind FROM groups WHERE guid = ?", [guid])
    return (f"{row['kind']}_group", int(row["id"])) if row else None


def all_code_guids(db: ProjectDatabase) -> dict[int, str]:
    return {row[0]: row[1] for row in db.connection.execute("SELECT id, guid FROM codes")}
