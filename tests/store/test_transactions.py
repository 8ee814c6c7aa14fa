"""The rules of ``ProjectDatabase`` writes: where they may happen, what a failure becomes.

A write outside an action, an update of a missing row or with a wrong before-image is a
programming error and says so; a constraint violation stays an SQLite error (a bug, not the
user's disk); a project another program keeps busy is the user's situation and gets a
``WriteFailed`` naming the file, with the project left as it was.
"""

from __future__ import annotations

import sqlite3

import pytest

from qda_app.core.errors import ProjectReadOnly, WriteFailed
from qda_app.services import documents
from qda_app.store import interop_queries, opening
from qda_app.store.database import storage_error
from tests.conftest import snapshot


def test_writing_outside_an_action_is_refused(project) -> None:
    with pytest.raises(RuntimeError, match="write outside a transaction"):
        project.database.insert("coders", {"guid": "g", "name": "Luis", "created_at": "2026-01-01T00:00:00Z"})


def test_a_read_only_project_refuses_an_action_before_it_starts(project) -> None:
    project.close()
    reader = opening.open_database(project.path, read_only=True)
    try:
        with pytest.raises(ProjectReadOnly) as caught:
            with reader.transaction():
                pass
        assert caught.value.path == str(project.path)
    finally:
        reader.close()


def test_a_nested_action_is_part_of_the_enclosing_one(project) -> None:
    db = project.database
    before = snapshot(project)
    with pytest.raises(ZeroDivisionError):
        with db.transaction() as outer:
            with db.transaction() as inner:
                assert inner is outer
                db.insert("coders", {"guid": "g-luis", "name": "Luis", "created_at": "2026-01-01T00:00:00Z"})
            assert [change.table for change in outer.changes] == ["coders"]
            1 / 0  # noqa: B018 - the enclosing action fails after the nested one returned
    assert snapshot(project) == before  # the nested write went with it


def test_updating_a_missing_row_or_with_a_wrong_before_image_is_a_programming_error(project) -> None:
    db = project.database
    before = snapshot(project)
    with pytest.raises(KeyError, match="coders 999"):
        with db.transaction():
            db.update("coders", 999, {"name": "Nadie"})
    (ana,) = db.rows("SELECT id, name FROM coders")
    with pytest.raises(ValueError, match="exactly the updated columns"):
        with db.transaction():
            db.update("coders", ana["id"], {"name": "Anita"}, before={"created_at": "x"})
    assert snapshot(project) == before


def test_a_constraint_violation_stays_an_sqlite_error(project) -> None:
    db = project.database
    before = snapshot(project)
    with pytest.raises(sqlite3.IntegrityError):
        with db.transaction():
            db.insert("coders", {"guid": "g-2", "name": "ANA", "created_at": "2026-01-01T00:00:00Z"})  # names: NOCASE
    assert snapshot(project) == before
    assert storage_error(sqlite3.IntegrityError("UNIQUE constraint failed: coders.name"), path=project.path) is None


def test_a_project_another_program_keeps_busy_is_a_failed_write(project) -> None:
    documents.add_text_document(project, name="E01", text="Alcalde: sin plata no hay obra.")
    before = snapshot(project)
    other = sqlite3.connect(project.path, isolation_level=None)
    project.database.connection.execute("PRAGMA busy_timeout = 0")  # no waiting in a test
    try:
        other.execute("BEGIN IMMEDIATE")  # another program in the middle of writing
        with pytest.raises(WriteFailed) as caught:
            documents.add_text_document(project, name="E02", text="Otro texto.")
        assert (caught.value.path, caught.value.detail) == (str(project.path), "database is locked")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert snapshot(project) == before
    assert documents.add_text_document(project, name="E02", text="Otro texto.").number == 2


def test_recorded_many_row_inserts_are_undone_like_single_ones(project) -> None:
    db = project.database
    before = snapshot(project)
    rows = [{"guid": f"g-{name}", "name": name, "color": "#112233", "created_at": "2026-01-01T00:00:00Z",
             "modified_at": "2026-01-01T00:00:00Z"} for name in ("Centralismo", "Región")]
    with db.transaction() as changes:
        ids = interop_queries.insert_rows(db, "codes", rows)
        assert interop_queries.insert_rows(db, "codes", []) == []
    assert [(change.table, change.row_id, change.before, change.after["name"]) for change in changes.changes] == [
        ("codes", ids[0], None, "Centralismo"), ("codes", ids[1], None, "Región")]
    assert [row["name"] for row in db.rows("SELECT name FROM codes ORDER BY id")] == ["Centralismo", "Región"]
    db.revert(changes)
    assert snapshot(project) == before
    with pytest.raises(ValueError, match="not an import table: documents"):
        interop_queries.insert_rows(db, "documents", rows)
