"""A write the disk or the media refuses: rolled back, one clear error, the program goes on.

Full disk is simulated with ``PRAGMA max_page_count`` (the same SQLITE_FULL a full disk
gives) and, where mount namespaces are available, with a real 1 MB tmpfs. Read-only media is
simulated with the immutable attribute (``chattr +i``), which stops root as well (permission
bits do not: tests run as root, and root writes to a 0444 file), and as a fall-back, for a
medium that turns read-only while a project is open, by swapping in a ``mode=ro`` connection.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from qda_app.cli.main import main
from qda_app.core.errors import ProjectReadOnly, WriteFailed
from qda_app.services import coding, documents
from qda_app.services import codes as code_service
from qda_app.services.project import Project
from qda_app.store import database as database_module
from qda_app.store import opening as opening_module
from qda_app.store.lock import lock_path
from tests.conftest import snapshot

UNLIMITED = 1073741823


def _limit_pages(project: Project) -> None:
    """No room for anything that needs a new page: what a full disk looks like to SQLite."""
    connection = project.database.connection
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")


def _unlimit_pages(project: Project) -> None:
    project.database.connection.execute(f"PRAGMA max_page_count = {UNLIMITED}")


def test_full_disk_rolls_back_every_kind_of_action_and_the_project_goes_on(coded_project, tmp_path):
    project = coded_project
    big = tmp_path / "larga.txt"
    big.write_text("Una entrevista muy larga sobre el presupuesto regional. " * 4000, encoding="utf-8")
    before = snapshot(project)
    _limit_pages(project)
    attempts = {
        "import": lambda: documents.import_files(project, [big]),
        "add text": lambda: documents.add_text_document(project, name="E09", text="palabra " * 30000),
        "code with a long comment": lambda: coding.code_span(
            project, document=1, start=0, end=10, codes=["Nuevo"], comment="nota " * 30000),
        "code description": lambda: code_service.create_code(
            project, path="Otro::Más", description="definición " * 30000),
    }
    for label, attempt in attempts.items():
        with pytest.raises(WriteFailed) as caught:
            attempt()
        assert "disk is full" in caught.value.detail, label
        assert caught.value.path == str(project.path)
        assert snapshot(project) == before, f"{label} left a change behind"
        assert not project.database.connection.in_transaction, label
    # Room again (the user freed space): the same open project takes the same actions.
    _unlimit_pages(project)
    summary = documents.import_files(project, [big])
    assert [doc.name for doc in summary.imported] == ["larga"]
    quotation = coding.code_span(project, document=1, start=0, end=10, codes=["Nuevo"], comment="nota " * 30000)
    assert quotation.codes == ("Nuevo",)
    assert snapshot(project) != before


def test_full_disk_during_undo_keeps_the_record_for_a_second_try(project):
    records = []
    project.subscribe(lambda notice, record: records.append(record))
    documents.add_text_document(project, name="E01", text="hola " * 20000)
    documents.delete_document(project, number=1)
    deleted = snapshot(project)
    project.database.connection.execute("VACUUM")  # no free pages left to reuse
    _limit_pages(project)
    with pytest.raises(WriteFailed):
        project.undo(records[-1])  # brings the 100 kB text back: needs new pages
    assert snapshot(project) == deleted
    _unlimit_pages(project)
    project.undo(records[-1])
    assert [doc.name for doc in documents.list_documents(project)] == ["E01"]


def test_cli_reports_a_full_disk_in_one_line_and_changes_nothing(tmp_path, capsys, monkeypatch):
    path = tmp_path / "p.qdaproj"
    with Project.create(path, coder="Ana") as project:
        documents.add_text_document(project, name="E01", text="hola mundo")
        before = snapshot(project)
    big = tmp_path / "grande.txt"
    big.write_text("texto que no cabe en el disco. " * 10000, encoding="utf-8")
    configure = opening_module._configure

    def full_disk(connection: sqlite3.Connection, *, read_only: bool) -> None:
        configure(connection, read_only=read_only)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(opening_module, "_configure", full_disk)
    for argv in (["import", str(path), str(big)],
                 ["add-code", str(path), "Categoría::" + "x" * 200, "--description", "d" * 200_000]):
        assert main(argv) == 1
        captured = capsys.readouterr()
        lines = captured.err.strip().splitlines()
        assert len(lines) == 1, captured.err
        assert lines[0].startswith("qda-app: error: ") and "disk is full" in lines[0]
        assert str(path) in lines[0] and "nothing was changed" in lines[0]
        assert "Traceback" not in captured.err
    monkeypatch.undo()
    with Project.open(path, read_only=True) as reopened:
        assert snapshot(reopened) == before
    assert not lock_path(path).exists()
    assert main(["import", str(path), str(big)]) == 0  # room again: it works


# --- read-only media ----------------------------------------------------------------------------

@contextmanager
def read_only(target: Path) -> Iterator[None]:
    """Make a file or folder unwritable, for root too (immutable attribute), or skip."""
    if os.geteuid() != 0:
        mode = target.stat().st_mode
        target.chmod(0o555 if target.is_dir() else 0o444)
        try:
            yield
        finally:
            target.chmod(mode)
        return
    if shutil.which("chattr") is None or subprocess.run(
            ["chattr", "+i", str(target)], capture_output=True).returncode != 0:
        pytest.skip("running as root without chattr +i: cannot make anything read-only here")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(target)], check=True)


@pytest.fixture
def saved_project(tmp_path: Path) -> Path:
    folder = tmp_path / "media"
    folder.mkdir()
    path = folder / "p.qdaproj"
    with Project.create(path, coder="Ana") as project:
        documents.add_text_document(project, name="E01", text="Alcalde: sin plata no hay obra.")
        coding.code_span(project, document=1, start=0, end=7, codes=["Actor"])
    return path


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_project_is_refused_for_writing_with_the_reason_and_still_readable(
        saved_project: Path, tmp_path: Path, capsys, what: str) -> None:
    target = saved_project if what == "file" else saved_project.parent
    data = saved_project.read_bytes()
    extra = tmp_path / "nuevo.txt"
    extra.write_text("otro texto", encoding="utf-8")
    with read_only(target):
        with pytest.raises(ProjectReadOnly) as caught:
            Project.open(saved_project, coder="Luis")
        reason = caught.value.detail
        assert reason == ("the file is read-only (permission denied)" if what == "file" else "its folder is read-only (permission denied)")
        # The GUI's choice: open it read-only and say why.
        with Project.open(saved_project, read_only_if_unwritable=True) as reader:
            assert reader.read_only and reader.read_only_reason == reason
            assert [doc.name for doc in documents.list_documents(reader)] == ["E01"]
            with pytest.raises(ProjectReadOnly):
                documents.add_text_document(reader, name="E02", text="no")
        # Command line: writing verbs say why in one line; reading verbs work.
        assert main(["import", str(saved_project), str(extra)]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert err == [f"qda-app: error: {saved_project}: cannot be changed: {reason}"]
        assert main(["quotes", str(saved_project), "--json"]) == 0
        assert '"Actor"' in capsys.readouterr().out
        assert main(["export-qdpx", str(saved_project), "-o", str(tmp_path / "out.qdpx")]) == 0
        capsys.readouterr()
    assert saved_project.read_bytes() == data
    # No lock, no backup; a reader may leave SQLite's empty WAL index files beside a read-only file.
    left = {path.name: path.stat().st_size for path in saved_project.parent.iterdir()}
    assert set(left) <= {"p.qdaproj", "p.qdaproj-wal", "p.qdaproj-shm"}, left
    assert left.get("p.qdaproj-wal", 0) == 0


def test_medium_turning_read_only_while_open_gives_project_read_only_and_recovers(project) -> None:
    documents.add_text_document(project, name="E01", text="hola")
    before = snapshot(project)
    database = project.database
    writable = database.connection
    # What SQLite says when the file can no longer be written under an open project.
    readonly = sqlite3.connect(f"{project.path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    database.connection, database.db = readonly, database_module.Database(readonly)
    try:
        with pytest.raises(ProjectReadOnly) as caught:
            documents.add_text_document(project, name="E02", text="adiós")
        assert "read-only" in caught.value.detail
        with pytest.raises(ProjectReadOnly):
            coding.code_span(project, document=1, start=0, end=2, codes=["X"])
        assert snapshot(project) == before
    finally:
        database.connection, database.db = writable, database_module.Database(writable)
        readonly.close()
    assert documents.add_text_document(project, name="E02", text="adiós").number == 2


def test_a_failing_lock_file_write_leaves_no_half_lock(tmp_path, monkeypatch) -> None:
    path = tmp_path / "p.qdaproj"
    Project.create(path).close()

    def no_space(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", no_space)  # the lock record is written with os.write
    with pytest.raises(WriteFailed) as caught:
        Project.open(path)
    assert "No space left on device" in caught.value.detail
    assert not lock_path(path).exists()
    monkeypatch.undo()
    with Project.open(path) as project:
        assert not project.read_only


def test_project_creation_that_fails_leaves_nothing(tmp_path, monkeypatch) -> None:
    path = tmp_path / "p.qdaproj"
    from qda_app.store import coders as coder_store

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(coder_store, "set_setting", full)
    with pytest.raises(WriteFailed):
        Project.create(path)
    assert list(tmp_path.iterdir()) == []


def test_copies_that_do_not_fit_are_removed(project, tmp_path, monkeypatch) -> None:
    from qda_app.services.backups import backup_project, copy_project

    connect = sqlite3.connect

    def small_disk(*args, **kwargs):  # every new file gets room for two pages only
        connection = connect(*args, **kwargs)
        connection.execute("PRAGMA max_page_count = 2")
        return connection

    monkeypatch.setattr(sqlite3, "connect", small_disk)
    with pytest.raises(WriteFailed):
        copy_project(project.path, tmp_path / "copia.qdaproj")
    with pytest.raises(WriteFailed):
        backup_project(project)
    assert not (tmp_path / "copia.qdaproj").exists()
    assert [path.name for path in (tmp_path / "study.qdaproj.backups").iterdir()] == []


# --- a real full disk ---------------------------------------------------------------------------

def _can_mount_tmpfs() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                           capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs root and mount namespaces (unshare -m)")
def test_real_full_disk_on_a_one_megabyte_tmpfs(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    big = tmp_path / "grande.txt"
    big.write_text("Un texto que no cabe en un disco de un megabyte. " * 40_000, encoding="utf-8")
    small = tmp_path / "breve.txt"
    small.write_text("Una entrevista breve.", encoding="utf-8")
    project = disk / "p.qdaproj"
    script = textwrap.dedent(f"""
        set -e
        mount -t tmpfs -o size=1m tmpfs {disk}
        cd {os.getcwd()}
        {sys.executable} -m qda_app new {project} --coder Ana
        {sys.executable} -m qda_app import {project} {big} 2> {tmp_path}/err.txt && exit 10 || true
        {sys.executable} -m qda_app import {project} {small}
        {sys.executable} -m qda_app docs {project} --json > {tmp_path}/docs.json
        ls -a {disk} > {tmp_path}/files.txt
    """)
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    error_lines = (tmp_path / "err.txt").read_text().strip().splitlines()
    assert len(error_lines) == 1 and "disk is full" in error_lines[0], error_lines
    assert str(project) in error_lines[0]
    import json

    assert [doc["name"] for doc in json.loads((tmp_path / "docs.json").read_text())] == ["breve"]
    assert "p.qdaproj.lock" not in (tmp_path / "files.txt").read_text()
