"""Document groups, code groups, and document attributes (variables)."""

from __future__ import annotations

from qda_app.core.model import Group
from qda_app.store.database import ProjectDatabase, new_guid, utc_now


def list_groups(db: ProjectDatabase, kind: str) -> list[Group]:
    members: dict[int, list[int]] = {}
    for row in db.rows(
        """SELECT m.group_id, m.member_id FROM group_members m JOIN groups g ON g.id = m.group_id
           WHERE g.kind = ? ORDER BY m.id""",
        [kind],
    ):
        members.setdefault(row["group_id"], []).append(row["member_id"])
    return [
        Group(id=row["id"], guid=row["guid"], kind=kind, name=row["name"], members=tuple(members.get(row["id"], ())))
        for row in db.rows("SELECT * FROM groups WHERE kind = ? ORDER BY name COLLATE NOCASE", [kind])
    ]


def find_group(db: ProjectDatabase, kind: str, name: str) -> int | None:
    return db.scalar("SELECT id FROM groups WHERE kind = ? AND name = ?", [kind, name.strip()])


def insert_group(db: ProjectDatabase, kind: str, name: str, *, guid: str | None = None) -> int:
    return db.insert(
        "groups", {"guid": guid or new_guid(), "kind": kind, "name": name.strip(), "created_at": utc_now()}
    )


def ensure_group(db: ProjectDatabase, kind: str, name: str) -> int:
    return find_group(db, kind, name) or insert_group(db, kind, name)


def add_member(db: ProjectDatabase, group_id: int, member_id: int) -> bool:
    if db.scalar(
        "SELECT 1 FROM group_members WHERE group_id = ? AND member_id = ?", [group_id, member_id]
    ):
        return False
    db.insert("group_members", {"group_id": group_id, "member_id": member_id})
    return True


def remove_member(db: ProjectDatabase, group_id: int, member_id: int) -> bool:
    return db.delete_where("group_members", "group_id = ? AND member_id = ?", [group_id, member_id]) > 0


def rename_group(db: ProjectDatabase, group_id: int, name: str) -> None:
    db.update("groups", group_id, {"name": name.strip()})


def delete_group_row(db: ProjectDatabase, group_id: int) -> None:
    kind = db.scalar("SELECT kind FROM groups WHERE id = ?", [group_id])
    db.delete_where("group_members", "group_id = ?", [group_id])
    db.delete_where("network_nodes", "kind = ? AND target_id = ?", [f"{kind}_group", group_id])
    db.delete("groups", group_id)


def list_attribute_names(db: ProjectDatabase) -> list[str]:
    return [row["name"] for row in db.rows("SELECT name FROM attributes ORDER BY id")]


def document_attributes(db: ProjectDatabase) -> dict[int, dict[str, str]]:
    """Attribute values per document id."""
    values: dict[int, dict[str, str]] = {}
    for row in db.rows(
        """SELECT v.document_id, a.name, v.value FROM document_attributes v
           JOIN attributes a ON a.id = v.attribute_id ORDER BY a.id"""
    ):
        values.setdefault(row["document_id"], {})[row["name"]] = row["value"]
    return values


def ensure_attribute(db: ProjectDatabase, name: str) -> int:
    found = db.scalar("SELECT id FROM attributes WHERE name = ?", [name.strip()])
    if found is not None:
        return found
    return db.insert("attributes", {"guid": new_guid(), "name": name.strip(), "type": "text"})


def set_attribute(db: ProjectDatabase, document_id: int, name: str, value: str | None) -> None:
    attribute_id = ensure_attribute(db, name)
    existing = db.scalar(
        "SELECT id FROM document_attributes WHERE document_id = ? AND attribute_id = ?",
        [document_id, attribute_id],
    )
    if value is None or value == "":
        if existing is not None:
            db.delete("document_attributes", existing)
    elif existing is None:
        db.insert(
            "document_attributes", {"document_id": document_id, "attribute_id": attribute_id, "value": value}
        )
    else:
        db.update("document_attributes", existing, {"value": value})
