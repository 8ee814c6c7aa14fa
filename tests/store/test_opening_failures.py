"""Creating and opening project files when the disk, the folder or the file is not as expected.

Each case provokes the failure (a missing folder, a read-only folder holding a -wal journal, a
disk that fills during a migration, a symlink to nothing, a damaged file) and checks the error's
kind and fields and that nothing was left behind or changed.
"""

from __future__ import annotations

import errno
import pathlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from qda_app.core.errors import NotAProject, ProjectNotFound, ProjectReadOnly, WriteFailed
from qda_app.services import documents
from qda_app.services.project import Project
from qda_app.store import migrations as migration_module
from qda_app.store import opening
from tests.store.conftest import applied_migrations
from tests.store.test_write_failures import read_only


def test_creating_in_a_missing_folder_names_the_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectNotFound) as caught:
        opening.create_database(tmp_path / "nowhere" / "p.qdaproj")
    assert caught.value.path == str(tmp_path / "nowhere")
    assert list(tmp_path.iterdir()) == []


def test_creating_where_no_file_may_be_made_is_worded(tmp_path: Path, monkeypatch) -> None:
    def refused(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(opening.os, "open", refused)
    with pytest.raises(WriteFailed) as caught:
        opening.create_database(tmp_path / "p.qdaproj")
    assert (caught.value.path, caught.value.detail) == (str(tmp_path / "p.qdaproj"), "Permission denied")
    assert list(tmp_path.iterdir()) == []


def test_creating_when_the_schema_does_not_fit_leaves_no_file(tmp_path: Path, monkeypatch) -> None:
    def full(_db) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(opening.migrations, "apply", full)
    with pytest.raises(WriteFailed) as caught:
        opening.create_database(tmp_path / "p.qdaproj")
    assert caught.value.detail == "database or disk is full"
    assert list(tmp_path.iterdir()) == []


def test_a_symlink_to_nothing_is_not_found(tmp_path: Path) -> None:
    link = tmp_path / "p.qdaproj"
    link.symlink_to(tmp_path / "gone.qdaproj")
    with pytest.raises(ProjectNotFound) as caught:
        Project.open(link)
    assert caught.value.path == str(link)
    assert [path.name for path in tmp_path.iterdir()] == ["p.qdaproj"]


def test_a_file_that_cannot_be_read_is_not_a_project(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "p.qdaproj"
    Project.create(path).close()
    real_open = pathlib.Path.open

    def failing_medium(self, *args, **kwargs):
        if self == path:
            raise OSError(errno.EIO, "Input/output error")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", failing_medium)
    with pytest.raises(NotAProject) as caught:
        opening.open_database(path)
    assert (caught.value.path, caught.value.detail) == (str(path), "Input/output error")


def test_a_read_only_folder_holding_an_unfinished_journal_says_to_copy_both(tmp_path: Path) -> None:
    source, media = tmp_path / "work", tmp_path / "media"
    source.mkdir()
    media.mkdir()
    with Project.create(source / "p.qdaproj", coder="Ana") as project:
        documents.add_text_document(project, name="E01", text="Alcalde: sin plata no hay obra.")
        for suffix in ("", "-wal"):  # a copy taken while the project was open: its journal not yet folded in
            shutil.copyfile(f"{project.path}{suffix}", f"{media / 'p.qdaproj'}{suffix}")
    copied = {path.name: path.read_bytes() for path in media.iterdir()}
    assert len(copied["p.qdaproj-wal"]) > 0
    with read_only(media):
        with pytest.raises(ProjectReadOnly) as caught:
            Project.open(media / "p.qdaproj", read_only_if_unwritable=True)
    assert caught.value.path == str(media / "p.qdaproj")
    assert caught.value.detail == ("its folder is read-only and holds an unfinished -wal journal; "
                                   "copy the project with its -wal file to a writable folder")
    assert {path.name: path.read_bytes() for path in media.iterdir()} == copied


def test_a_migration_that_fills_the_disk_is_a_full_disk_not_damage(
        schema_two_project: Path, monkeypatch) -> None:
    before = schema_two_project.read_bytes()
    configure = opening._configure

    def small_disk(connection: sqlite3.Connection, *, read_only: bool) -> None:
        configure(connection, read_only=read_only)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")  # not one page more

    monkeypatch.setattr(opening, "_configure", small_disk)
    with pytest.raises(WriteFailed) as caught:
        Project.open(schema_two_project, coder="Ana")
    assert caught.value.path == str(schema_two_project)
    assert caught.value.detail == "the disk is full: database or disk is full"
    monkeypatch.undo()
    assert applied_migrations(schema_two_project) == ["m0001_initial", "m0002_code_exchange_flags"]
    assert schema_two_project.read_bytes() == before
    with Project.open(schema_two_project, coder="Ana"):  # room again: it migrates
        pass
    assert len(applied_migrations(schema_two_project)) == migration_module.SCHEMA_VERSION


def test_a_consistent_copy_never_goes_over_an_existing_file(project, tmp_path: Path) -> None:
    target = tmp_path / "copia.qdaproj"
    target.write_bytes(b"mine")
    with pytest.raises(WriteFailed) as caught:
        opening.backup_to(project.database, target)
    assert (caught.value.path, caught.value.detail) == (str(target), "File exists")
    assert target.read_bytes() == b"mine"


# --- the background check of a project file --------------------------------------------------

def test_the_file_check_of_a_missing_file_says_sqlite_cannot_open_it(tmp_path: Path) -> None:
    assert opening.FileCheck(tmp_path / "gone.qdaproj").run() == "unable to open database file"


def test_a_file_check_interrupted_before_it_starts_does_not_run(project) -> None:
    check = opening.FileCheck(project.path)
    check.interrupt()
    assert check.run() == opening.FileCheck.INTERRUPTED


def test_the_file_check_of_a_file_that_is_not_a_database_says_so(tmp_path: Path) -> None:
    path = tmp_path / "p.qdaproj"
    path.write_bytes(opening.SQLITE_HEADER + b"\x10\x00" + b"\xff" * 4000)
    assert opening.FileCheck(path).run() == "file is not a database"
