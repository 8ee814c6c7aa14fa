"""Coders and project-level settings."""

from __future__ import annotations

from qda_app.core.model import Coder
from qda_app.core.numbering import name_key
from qda_app.store.database import ProjectDatabase, new_guid, utc_now


def _coder(row: dict) -> Coder:
    return Coder(id=row["id"], guid=row["guid"], name=row["name"], created_at=row["created_at"])


def list_coders(db: ProjectDatabase) -> list[Coder]:
    return [_coder(row) for row in db.rows("SELECT * FROM coders ORDER BY id")]


def find_coder(db: ProjectDatabase, name: str) -> Coder | None:
    """The coder of that name, compared as code names are ("Ana" typed decomposed, or "ANA",
    is the coder Ana); the exact spelling first."""
    row = db.row("SELECT * FROM coders WHERE name = ?", [name.strip()])
    if row:
        return _coder(row)
    key = name_key(name)
    return next((coder for coder in list_coders(db) if name_key(coder.name) == key), None)


def find_coder_by_guid(db: ProjectDatabase, guid: str) -> Coder | None:
    row = db.row("SELECT * FROM coders WHERE guid = ?", [guid])
    return _coder(row) if row else None


def insert_coder(db: ProjectDatabase, name: str, *, guid: str | None = None, created_at: str | None = None) -> int:
    return db.insert(
        "coders", {"guid": guid or new_guid(), "name": name.strip(), "created_at": created_at or utc_now()}
    )


def ensure_coder(db: ProjectDatabase, name: str) -> int:
    existing = find_coder(db, name)
    return existing.id if existing else insert_coder(db, name)


def rename_coder(db: ProjectDatabase, coder_id: int, name: str) -> None:
    db.update("coders", coder_id, {"name": name.strip()})


def get_setting(db: ProjectDatabase, key: str, default: str | None = None) -> str | None:
    value = db.scalar("SELECT value FROM project_info WHERE key = ?", [key])
    return default if value is None else value


def delete_setting(db: ProjectDatabase, key: str) -> None:
    row_id = db.scalar("SELECT id FROM project_info WHERE key = ?", [key])
    if row_id is not None:
        db.delete("project_info", row_id)


def set_setting(db: ProjectDatabase, key: str, value: str) -> None:
    row_id = db.scalar("SELECT id FROM project_info WHERE key = ?", [key])
    if row_id is None:
        db.insert("project_info", {"key": key, "value": value})
    else:
        db.update("project_info", row_id, {"value": value})


def all_settings(db: ProjectDatabase) -> dict[str, str]:
    return {row["key"]: row["value"] for row in db.rows("SELECT key, value FROM project_info")}
