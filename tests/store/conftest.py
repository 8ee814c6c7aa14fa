"""A project file as an older version left it, for the migration and opening tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qda_app.store import migrations as migration_module
from qda_app.store import opening

CREATED = "2025-05-01T10:00:00Z"


@pytest.fixture
def schema_two_project(tmp_path: Path, monkeypatch) -> Path:
    """A project file whose last migration is m0002, holding three named relations and a memo."""
    path = tmp_path / "old.qdaproj"
    with monkeypatch.context() as patched:
        patched.setattr(migration_module.migrations, "_migrations", migration_module.migrations._migrations[:2])
        opening.create_database(path).close()
    connection = sqlite3.connect(path, isolation_level=None)
    rows = {
        "coders": [(1, "g-coder", "Ana", CREATED)],
        "codes": [(1, "g-c1", None, "Centralismo", "#aa0000", CREATED, CREATED),
                  (2, "g-c2", None, "Región", "#00aa00", CREATED, CREATED),
                  (3, "g-c3", None, "Pobreza", "#0000aa", CREATED, CREATED)],
        "code_relations": [(1, "g-r1", 1, 2, "is associated with", 1, CREATED),
                           (2, "g-r2", 2, 3, "Contradice", 1, CREATED),  # the Spanish default name
                           (3, "g-r3", 3, 1, "agrava la situación de", 1, CREATED)],
        "memos": [(1, "g-m1", "Sobre la región", "Nota", 1, CREATED, CREATED)],
        "memo_links": [(1, 1, "code", 2)],
    }
    columns = {
        "coders": "id, guid, name, created_at",
        "codes": "id, guid, parent_id, name, color, created_at, modified_at",
        "code_relations": "id, guid, source_code_id, target_code_id, name, created_by, created_at",
        "memos": "id, guid, title, text, author_id, created_at, modified_at",
        "memo_links": "id, memo_id, target_type, target_id",
    }
    for table, values in rows.items():
        marks = ", ".join("?" * len(values[0]))
        connection.executemany(f"INSERT INTO {table} ({columns[table]}) VALUES ({marks})", values)
    connection.close()
    return path


def applied_migrations(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    finally:
        connection.close()
