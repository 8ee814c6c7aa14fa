"""Backups and restores when something is wrong: each refusal names its reason, and the project,
its backups and its folder stay as they were (a failed restore leaves no staging file and no lock).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from qda_app.core.errors import InvalidArgument, NotAProject, WriteFailed
from qda_app.services import backups, documents
from qda_app.services.project import Project
from qda_app.store import backups as backup_store
from qda_app.store.lock import lock_path


@pytest.fixture
def backed_up(tmp_path: Path) -> tuple[Path, Path]:
    """A project with document E01 and a backup of it, then document E02 added."""
    path = tmp_path / "p.qdaproj"
    with Project.create(path, coder="Ana") as project:
        documents.add_text_document(project, name="E01", text="uno dos tres")
        taken = backups.backup_project(project)
        documents.add_text_document(project, name="E02", text="cuatro cinco")
    return path, taken.path


def _documents(path: Path) -> list[str]:
    with Project.open(path, read_only=True) as project:
        return [document.name for document in documents.list_documents(project)]


def _folder(path: Path) -> list[str]:
    return sorted(item.name for item in path.parent.iterdir())


def test_keeping_no_backup_is_refused(project) -> None:
    with pytest.raises(InvalidArgument) as caught:
        backups.backup_project(project, keep=0)
    assert caught.value.fields == {"name": "--keep", "reason": "keep_at_least_one", "value": 0}
    assert not backup_store.backup_folder(project.path).exists()
    with pytest.raises(ValueError, match="keep must be at least 1"):
        backup_store.prune_backups(project.path, keep=0)


def test_files_in_the_backup_folder_without_a_time_stamp_are_not_backups(backed_up) -> None:
    path, taken = backed_up
    stray = backup_store.backup_folder(path) / "p-copia-de-ana.qdaproj"
    stray.write_bytes(taken.read_bytes())
    assert [backup.path for backup in backups.list_backups(path)] == [taken]
    backup_store.prune_backups(path, keep=1)
    assert stray.exists()  # pruning counts and deletes backups only


def test_a_backup_of_a_missing_project_says_it_cannot_be_opened(tmp_path: Path) -> None:
    with pytest.raises(WriteFailed) as caught:
        backups.backup_file(tmp_path / "gone.qdaproj")
    assert caught.value.fields == {"path": str(tmp_path / "gone.qdaproj"), "detail": "unable to open database file"}
    assert list(tmp_path.iterdir()) == []


def test_restore_replaces_only_a_project(backed_up) -> None:
    path, taken = backed_up
    notes = path.with_name("notas.qdaproj")
    notes.write_text("mis notas", encoding="utf-8")
    with pytest.raises(NotAProject) as caught:
        backups.restore_backup(notes, taken)
    assert caught.value.fields == {"path": str(notes), "detail": "restore replaces only a qda_app project",
                                   "problem": "restore_needs_project"}
    assert notes.read_text(encoding="utf-8") == "mis notas"


def test_restore_without_hard_links_keeps_the_replaced_state_as_a_copy(backed_up, monkeypatch) -> None:
    path, taken = backed_up

    def no_links(*_args, **_kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")  # FAT, some network shares

    monkeypatch.setattr(os, "link", no_links)
    kept = backups.restore_backup(path, taken)
    assert kept == path.with_name("p.qdaproj.before-restore-1")
    assert os.stat(kept).st_ino != os.stat(path).st_ino
    assert _folder(path) == ["p.qdaproj", "p.qdaproj.backups", "p.qdaproj.before-restore-1"]
    assert _documents(path) == ["E01"]
    assert _documents(kept) == ["E01", "E02"]


def test_a_restore_whose_final_rename_fails_leaves_the_project_and_no_lock(backed_up, monkeypatch) -> None:
    path, taken = backed_up
    before = path.read_bytes()
    replace = os.replace

    def failing_rename(source, target, *args, **kwargs):
        if Path(target) == path:
            raise OSError(errno.EIO, "Input/output error")
        return replace(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", failing_rename)
    with pytest.raises(WriteFailed) as caught:
        backups.restore_backup(path, taken)
    assert caught.value.fields == {"path": str(path), "detail": "[Errno 5] Input/output error"}
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert not lock_path(path).exists()
    # The state it would have replaced is kept all the same; nothing half-made is left.
    assert _folder(path) == ["p.qdaproj", "p.qdaproj.backups", "p.qdaproj.before-restore-1"]
    assert _documents(path) == ["E01", "E02"]


def test_copying_a_file_sqlite_cannot_read_is_a_failed_write(tmp_path: Path) -> None:
    source = tmp_path / "roto.qdaproj"
    source.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(WriteFailed) as caught:
        backup_store.copy_database_file(source, tmp_path / "copia.qdaproj")
    assert caught.value.fields == {"path": str(tmp_path / "copia.qdaproj"), "detail": "file is not a database"}
    assert [item.name for item in tmp_path.iterdir()] == ["roto.qdaproj"]  # no empty copy left


def test_a_copy_never_removes_a_file_it_did_not_make(tmp_path: Path) -> None:
    target = tmp_path / "copia.qdaproj"
    target.write_text("de otro", encoding="utf-8")
    with pytest.raises(WriteFailed) as caught:  # the source cannot be opened: the target was never made
        backup_store.copy_database_file(tmp_path / "gone.qdaproj", target)
    assert caught.value.detail == "unable to open database file"
    assert target.read_text(encoding="utf-8") == "de otro"
