"""Every text a project stores, table by table: what pseudonymising searches and rewrites.

Found from the schema, not from a list kept by hand, so a table or column added later is
searched too (a name in a new kind of comment cannot slip through).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from qda_app.core.errors import DuplicateName

from qda_app.store.database import ProjectDatabase


@dataclass(frozen=True)
class TextField:
    table: str
    column: str


def text_fields(db: ProjectDatabase) -> list[TextField]:
    """Every column of TEXT affinity (or no declared type) of the project's own tables."""
    found: list[TextField] = []
    tables = [row["name"] for row in db.rows(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name")]
    for table in tables:
        for column in db.rows(f'PRAGMA table_info("{table}")'):
            declared = (column["type"] or "").upper()
            if not declared or "CHAR" in declared or "TEXT" in declared or "CLOB" in declared:
                found.append(TextField(table, column["name"]))
    return found


def all_tables(db: ProjectDatabase) -> list[str]:
    return [row["name"] for row in db.rows(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def rows_containing(db: ProjectDatabase, field: TextField, needles: list[str]) -> list[tuple[int, str]]:
    """(rowid, value) of the rows whose ``field`` contains any of ``needles`` (exact bytes)."""
    if not needles:
        return []
    table, column = field.table, field.column
    clause = " OR ".join(f'instr("{column}", ?) > 0' for _ in needles)
    rows = db.connection.execute(
        f'SELECT rowid, "{column}" FROM "{table}" WHERE typeof("{column}") = \'text\' AND ({clause})',
        needles).fetchall()
    return [(int(row_id), value) for row_id, value in rows]


def any_text_containing(db: ProjectDatabase, table: str, needles: list[str]) -> list[tuple[str, str]]:
    """(column, value) of every text value of ``table`` holding a needle, whatever the
    column's declared type: the final check trusts no declaration."""
    columns = [column["name"] for column in db.rows(f'PRAGMA table_info("{table}")')]
    found: list[tuple[str, str]] = []
    for column in columns:
        field = TextField(table, column)
        found.extend((column, value) for _row_id, value in rows_containing(db, field, needles))
    return found


def setting_key(db: ProjectDatabase, row_id: int) -> str:
    """The key of a ``project_info`` row."""
    return str(db.scalar("SELECT key FROM project_info WHERE id = ?", [row_id]))


def rewrite_field(db: ProjectDatabase, field: TextField, row_id: int, value: str) -> None:
    """Store a rewritten text; a value that would give two codes or coders one name is refused."""
    try:
        db.update(field.table, row_id, {field.column: value})
    except sqlite3.IntegrityError as error:
        raise DuplicateName(kind=field.table.removesuffix("s"), name=value) from error
