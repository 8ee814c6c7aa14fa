from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from qda_app.core.errors import (
    NotAProject,
    ProjectDamaged,
    ProjectExists,
    ProjectLocked,
    ProjectNotFound,
    ProjectReadOnly,
    ProjectTooNew,
)
from qda_app.services import documents
from qda_app.services.project import Project
from qda_app.store import migrations as migration_module
from qda_app.store.database import APPLICATION_ID
from qda_app.store.opening import open_database
from qda_app.store.lock import lock_path


def test_new_project_file_is_wal_with_foreign_keys_and_our_application_id(tmp_path):
    path = tmp_path / "p.qdaproj"
    Project.create(path, coder="Ana").close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA user_version").fetchone()[0] == migration_module.SCHEMA_VERSION
    database = open_database(path, read_only=True)
    assert database.scalar("PRAGMA foreign_keys") == 1
    database.close()


def test_project_file_is_private_to_its_owner(tmp_path):
    path = tmp_path / "p.qdaproj"
    Project.create(path).close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_creating_over_an_existing_file_is_refused(tmp_path):
    path = tmp_path / "p.qdaproj"
    path.write_text("keep me")
    with pytest.raises(ProjectExists):
        Project.create(path)
    assert path.read_text() == "keep me"


@pytest.mark.parametrize(
    "content,error",
    [(None, ProjectNotFound), (b"", NotAProject), (b"hello, not sqlite at all", NotAProject)],
)
def test_missing_empty_and_foreign_files_are_refused(tmp_path, content, error):
    path = tmp_path / "x.qdaproj"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(error):
        Project.open(path)
    if content is not None:
        assert path.read_bytes() == content


def test_sqlite_file_of_another_program_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NotAProject):
        Project.open(path)
    assert path.read_bytes() == before


def test_project_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "p.qdaproj"
    Project.create(path).close()
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('qda_app', 'm9999_future', 'x')"
    )
    connection.commit()
    connection.close()
    with pytest.raises(ProjectTooNew):
        Project.open(path)
    with pytest.raises(ProjectTooNew):
        Project.open(path, read_only=True)


def test_damaged_file_gets_a_clear_error(tmp_path):
    path = tmp_path / "p.qdaproj"
    with Project.create(path) as project:
        documents.add_text_document(project, name="E01", text="texto " * 5000)
    data = bytearray(path.read_bytes())
    for offset in range(4096 + 100, min(len(data), 4096 * 6), 7):
        data[offset] = 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ProjectDamaged):
        Project.open(path)


def test_pending_migration_is_applied_after_a_backup(tmp_path, monkeypatch):
    path = tmp_path / "p.qdaproj"
    Project.create(path).close()
    extra = list(migration_module.migrations._migrations)

    def m9999_test_column(db):
        db.execute("ALTER TABLE coders ADD COLUMN email TEXT")

    extra.append(migration_module.Migrations._Migration("m9999_test_column", m9999_test_column))
    monkeypatch.setattr(migration_module.migrations, "_migrations", extra)
    with Project.open(path) as project:
        columns = [row["name"] for row in project.database.rows("PRAGMA table_info(coders)")]
    assert "email" in columns
    backups = list(tmp_path.glob(f"p.qdaproj.schema{migration_module.SCHEMA_VERSION}-*.bak"))
    assert len(backups) == 1
    connection = sqlite3.connect(backups[0])
    assert "email" not in [row[1] for row in connection.execute("PRAGMA table_info(coders)")]


def test_second_writer_is_told_who_holds_the_project(tmp_path):
    path = tmp_path / "p.qdaproj"
    with Project.create(path, coder="Ana"):
        with pytest.raises(ProjectLocked) as caught:
            Project.open(path, coder="Luis")
        assert caught.value.holder == "Ana"
        assert caught.value.pid == os.getpid()
        with Project.open(path, read_only_if_locked=True) as reader:
            assert reader.read_only and reader.locked_by.holder == "Ana"
            with pytest.raises(ProjectReadOnly):
                documents.add_text_document(reader, name="x", text="y")
    assert not lock_path(path).exists()


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path):
    path = tmp_path / "p.qdaproj"
    Project.create(path).close()
    import json
    import socket

    lock_path(path).write_text(
        json.dumps({"holder": "ghost", "host": socket.gethostname(), "pid": 2**22 + 12345, "since": "x"})
    )
    with Project.open(path, coder="Ana") as project:
        assert not project.read_only


def test_garbled_lock_file_counts_as_stale(tmp_path):
    path = tmp_path / "p.qdaproj"
    Project.create(path).close()
    lock_path(path).write_text("{half a lock")
    with Project.open(path) as project:
        assert not project.read_only
