"""Rolling backups of a project file, taken with SQLite's backup API (safe while open).

Backups live beside the project in ``<name>.backups/``; the newest ``keep`` are kept.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from qda_app.core.errors import ProjectDamaged, ProjectLocked, WriteFailed
from qda_app.store.database import ProjectDatabase, read_only_uri
from qda_app.store.opening import open_database, remove_project_files

BACKUP_SUFFIX = ".qdaproj"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: str
    size: int


def backup_folder(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + ".backups")


def list_backups(project_path: Path) -> list[BackupFile]:
    """Newest first."""
    folder = backup_folder(Path(project_path))
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{BACKUP_SUFFIX}"):
        stamp = path.stem.rsplit("-", 1)[-1]
        try:
            taken = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").strftime("%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            continue
        found.append(BackupFile(path=path, taken_at=taken, size=path.stat().st_size))
    return sorted(found, key=lambda backup: backup.path.name, reverse=True)


@contextmanager
def own_reader(project_path: Path) -> Iterator[ProjectDatabase]:
    """The project through a read-only connection of its own, so that a worker thread can copy
    a big project (most of a second for 200 MB) while the program goes on using its connection.

    A copy through it (``opening.backup_to``) is one read transaction: a consistent snapshot,
    and in WAL mode the program's writes meanwhile are neither blocked nor in the copy.
    """
    try:
        reader = sqlite3.connect(read_only_uri(project_path), uri=True,
                                 check_same_thread=False)
    except sqlite3.Error as error:
        raise WriteFailed(path=str(project_path), detail=str(error)) from error
    try:
        yield ProjectDatabase(Path(project_path), reader, read_only=True)
    finally:
        reader.close()


def new_backup_path(project_path: Path) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    return backup_folder(project_path) / f"{project_path.stem}-{stamp}{BACKUP_SUFFIX}"


def prune_backups(project_path: Path, *, keep: int) -> None:
    """Delete all but the newest ``keep`` backups (``keep`` >= 1: never the one just taken)."""
    if keep < 1:
        raise ValueError("keep must be at least 1")
    for old in list_backups(project_path)[keep:]:
        old.path.unlink(missing_ok=True)


def before_restore_path(project_path: Path) -> Path:
    """The next free ``<project>.before-restore-N``: every pre-restore state is kept."""
    number = 1
    while True:
        candidate = project_path.with_name(f"{project_path.name}.before-restore-{number}")
        if not os.path.lexists(candidate):
            return candidate
        number += 1


def checkpoint_into_file(project_path: Path) -> None:
    """Move everything the WAL holds into the project file and empty the WAL.

    The caller holds the writer lock, so no writer adds to the WAL meanwhile; readers may
    briefly keep the checkpoint from finishing, so it is retried before giving up.
    """
    try:
        _checkpoint(project_path)
    except sqlite3.Error as error:
        raise WriteFailed(path=str(project_path), detail=str(error)) from error
    wal = Path(f"{project_path}-wal")
    if wal.exists() and wal.stat().st_size:
        raise WriteFailed(path=str(project_path), detail="its journal (-wal) could not be written into the file")


def _checkpoint(project_path: Path) -> None:
    connection = sqlite3.connect(str(project_path), isolation_level=None)
    try:
        connection.execute("PRAGMA busy_timeout = 5000")
        for _attempt in range(50):
            busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                break
            time.sleep(0.1)
        else:
            raise ProjectLocked(path=str(project_path), holder="a program reading it", host="this computer",
                                pid=0, since="now")
    finally:
        connection.close()


def check_backup(backup_path: Path) -> None:
    check = open_database(backup_path, read_only=True)
    try:
        if check.scalar("PRAGMA integrity_check") != "ok":
            raise ProjectDamaged(path=str(backup_path), detail="integrity check failed")
    finally:
        check.close()


def copy_database_file(source_path: Path, target: Path) -> None:
    """A consistent copy of the database at ``source_path`` into the new file ``target``; a copy
    that fails is removed (callers give a new name, so nothing of anybody else's goes)."""
    created = False
    try:
        source = sqlite3.connect(read_only_uri(source_path), uri=True)
        try:
            descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(descriptor)
            created = True
            destination = sqlite3.connect(str(target))
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
    except sqlite3.Error as error:
        if created:
            remove_project_files(target)
        raise WriteFailed(path=str(target), detail=str(error)) from error
