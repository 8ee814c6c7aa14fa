"""A bulk load (an import filling a new project) writes like any action but images no rows."""

from __future__ import annotations

import pytest

from qda_app.services.project import Project
from qda_app.store import interop_queries as queries


def _code(number: int) -> dict:
    return {"guid": f"00000000-0000-4000-8000-{number:012d}", "parent_id": None, "name": f"C{number}",
            "color": "#112233", "description": "", "sort_order": number, "created_by": 1,
            "created_at": "2024-01-01T00:00:00Z", "modified_at": "2024-01-01T00:00:00Z"}


def test_bulk_action_names_its_tables_without_row_images(tmp_path):
    with Project.create(tmp_path / "p.qdaproj", coder="Ana") as project:

        def fill() -> None:
            queries.insert_rows(project.database, "codes", [_code(n) for n in range(1, 501)])
            queries.insert_row(project.database, "codes", _code(501))

        with project.database.transaction(record_rows=False) as changes:
            fill()
        assert changes.changes == [] and changes.tables == frozenset({"codes"}) and changes
        assert project.database.scalar("SELECT count(*) FROM codes") == 501


def test_bulk_column_update_only_in_a_bulk_load(tmp_path):
    with Project.create(tmp_path / "p.qdaproj", coder="Ana") as project:
        db = project.database
        with db.transaction(record_rows=False):
            ids = queries.insert_rows(db, "codes", [_code(1), _code(2)])
            db.set_column_bulk("codes", "sort_order", [(ids[0], 7), (ids[1], 9)])
        assert db.rows("SELECT sort_order FROM codes ORDER BY id") == [{"sort_order": 7}, {"sort_order": 9}]
        with pytest.raises(RuntimeError), db.transaction():
            db.set_column_bulk("codes", "sort_order", [(ids[0], 1)])
        assert db.scalar("SELECT sort_order FROM codes WHERE id = ?", [ids[0]]) == 7


def test_bulk_execute_is_not_undoable(tmp_path):
    with Project.create(tmp_path / "p.qdaproj", coder="Ana") as project:
        records = []
        project._notify = lambda notice, record: records.append(record)  # type: ignore[method-assign]
        project.execute("load", lambda: queries.insert_row(project.database, "codes", _code(1)), bulk=True)
        assert records and not records[0].undoable and records[0].changes.changes == []
