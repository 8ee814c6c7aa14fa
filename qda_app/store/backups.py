"""Rolling backups of a project file, taken with SQLite's backup API (safe while open).

Backups live beside the project in ``<name>.backups/``; the newest ``keep`` are kept.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from qda_app.core.errors import ProjectDamaged, ProjectLocked, WriteFailed
from qda_app.store.database import ProjectDatabase
from qda_app.store.opening import backup_to, open_database
from qda_app.store.lock import is_stale, read_lock

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


def take_backup(database: ProjectDatabase, *, keep: int = 10) -> BackupFile:
    folder = backup_folder(database.path)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        target = folder / f"{database.path.stem}-{stamp}{BACKUP_SUFFIX}"
        partial = target.with_suffix(".partial")
        backup_to(database, partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        raise WriteFailed(path=str(folder), detail=str(error)) from error
    for old in list_backups(database.path)[keep:]:
        old.path.unlink(missing_ok=True)
    return next(backup for backup in list_backups(database.path) if backup.path == target)


def take_backup_of_file(project_path: Path, *, keep: int = 10) -> BackupFile:
    """A backup read through a connection of its own, so that a worker thread can copy a big
    project (most of a second for 200 MB) while the program goes on using its connection.

    The copy is one read transaction: a consistent snapshot, and in WAL mode the program's
    writes meanwhile are neither blocked nor in the copy.
    """
    project_path = Path(project_path)
    try:
        reader = sqlite3.connect(f"{project_path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error as error:
        raise WriteFailed(path=str(project_path), detail=str(error)) from error
    try:
        return take_backup(ProjectDatabase(project_path, reader, read_only=True), keep=keep)
    finally:
        reader.close()


def restore_backup(project_path: Path, backup_path: Path) -> Path:
    """Put a backup in the project's place; the replaced file is kept as ``.before-restore``.

    Refused while another program holds the project, and when the backup itself is damaged.
    """
    project_path, backup_path = Path(project_path), Path(backup_path)
    holder = read_lock(project_path)
    if holder is not None and not is_stale(holder):
        raise ProjectLocked(path=str(project_path), holder=holder.holder, host=holder.host,
                            pid=holder.pid, since=holder.since)
    check = open_database(backup_path, read_only=True)
    try:
        if check.scalar("PRAGMA integrity_check") != "ok":
            raise ProjectDamaged(path=str(backup_path), detail="integrity check failed")
    finally:
        check.close()
    kept = project_path.with_name(project_path.name + ".before-restore")
    staging = project_path.with_name(project_path.name + ".restoring")
    try:
        source = sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro", uri=True)
        descriptor = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(descriptor)
        destination = sqlite3.connect(str(staging))
        try:
            source.backup(destination)
        finally:
            destination.close()
            source.close()
        if project_path.exists():
            os.replace(project_path, kept)
        for suffix in ("-wal", "-shm"):
            Path(str(project_path) + suffix).unlink(missing_ok=True)
        os.replace(staging, project_path)
    except (OSError, sqlite3.Error) as error:
        staging.unlink(missing_ok=True)
        raise WriteFailed(path=str(project_path), detail=str(error)) from error
    return kept
