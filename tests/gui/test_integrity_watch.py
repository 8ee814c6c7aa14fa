"""The window opens a project unchecked and checks it once shown: a damaged file is still
refused every write, reported with its backups offered, and never backed up over good copies."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from qda_app.core.errors import ProjectDamaged
from qda_app.gui.dialogs import backup_dialog, common
from qda_app.services import backups, codes, documents
from qda_app.services.project import Project
from tests.gui.sample import build_sample_project


def damage_an_index_nothing_reads_on_opening(path) -> None:
    """Scribble over the root page of an index only importing uses: the panes read fine, the
    integrity check does not pass."""
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    page = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'documents_text_sha256'").fetchone()[0]
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(path.read_bytes())
    start = (page - 1) * page_size
    data[start:start + page_size] = b"\x5a" * page_size
    path.write_bytes(bytes(data))


@pytest.fixture
def empty_window(qtbot):
    from qda_app.gui.app import ensure_application
    from qda_app.gui.main_window import MainWindow

    ensure_application()
    main = MainWindow()
    qtbot.addWidget(main)
    yield main
    main.close()


def test_a_sound_file_is_checked_after_opening_then_backed_up(empty_window, tmp_path, qtbot):
    path = build_sample_project(tmp_path / "sound.qdaproj")
    assert empty_window.open_project_path(path)
    check = empty_window.project.integrity
    assert check is not None and not check.finished.is_set()  # not in the way of opening
    qtbot.waitUntil(lambda: check.passed, timeout=5000)
    qtbot.waitUntil(lambda: empty_window.backups.worker is None and bool(backups.list_backups(path)), timeout=5000)
    codes.create_code(empty_window.project, path="Nuevo", color="#123456")  # writes go through


def test_damage_found_after_opening_closes_the_project_and_offers_the_backups(
        empty_window, tmp_path, monkeypatch):
    path = build_sample_project(tmp_path / "damaged.qdaproj")
    with Project.open(path) as project:  # a good backup from an earlier session
        backups.backup_if_due(project, interval=0)
    damage_an_index_nothing_reads_on_opening(path)
    offered = []
    monkeypatch.setattr(backup_dialog, "choose_backup", lambda parent, found, *, message="": offered.append(
        (found, message)) or found[0])
    monkeypatch.setattr(common, "confirm", lambda parent, **_: True)
    assert empty_window.open_project_path(path)  # the panes filled: the damage is not in what they read
    empty_window.integrity.wait()
    assert offered and "damaged" in offered[0][1]
    assert len(offered[0][0]) == 1  # no backup was taken of the damaged file
    assert empty_window.project is not None  # the backup, put in its place and opened
    empty_window.integrity.wait()
    assert empty_window.project.integrity.passed
    assert [document.name for document in documents.list_documents(empty_window.project)] == ["Azángaro", "Notas"]


def test_damage_without_backups_is_said_and_nothing_is_written_before_the_check(
        empty_window, tmp_path, monkeypatch):
    path = build_sample_project(tmp_path / "nobackup.qdaproj")
    damage_an_index_nothing_reads_on_opening(path)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: warned.append(args[2]))
    assert empty_window.open_project_path(path)
    project = empty_window.project
    with pytest.raises(ProjectDamaged):  # the first write waits for the check, which fails
        codes.create_code(project, path="Nuevo", color="#123456")
    empty_window.integrity.wait()
    assert warned and "damaged" in warned[0]
    assert empty_window.project is None
    assert not backups.list_backups(path)
