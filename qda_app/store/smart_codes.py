"""Smart codes: saved queries (the expression, never its result)."""

from __future__ import annotations

from typing import Any

from qda_app.core.model import SmartCode
from qda_app.store.database import ProjectDatabase

_SELECT = "SELECT s.*, k.name AS creator FROM smart_codes s LEFT JOIN coders k ON k.id = s.created_by"


def _smart_code(row: dict[str, Any]) -> SmartCode:
    return SmartCode(id=row["id"], guid=row["guid"], name=row["name"], expression=row["expression"],
                     scope=row["scope"], description=row["description"], created_by=row["creator"],
                     created_at=row["created_at"], modified_at=row["modified_at"])


def list_smart_codes(db: ProjectDatabase) -> list[SmartCode]:
    return [_smart_code(row) for row in db.rows(_SELECT + " ORDER BY s.name COLLATE NOCASE")]


def find_smart_code(db: ProjectDatabase, name: str) -> SmartCode | None:
    row = db.row(_SELECT + " WHERE s.name = ?", [name.strip()])
    return _smart_code(row) if row else None


def insert_smart_code(db: ProjectDatabase, values: dict[str, Any]) -> int:
    return db.insert("smart_codes", values)


def update_smart_code(db: ProjectDatabase, smart_code_id: int, values: dict[str, Any]) -> None:
    db.update("smart_codes", smart_code_id, values)


def delete_smart_code_row(db: ProjectDatabase, smart_code_id: int) -> None:
    db.delete("smart_codes", smart_code_id)
