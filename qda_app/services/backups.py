"""Backups as users see them: take one, list them, restore one, take one when due.

A restore is the one operation that replaces a project file, so it is done with the care a
user's only copy needs: it holds the writer lock (no program writes meanwhile, and none may
have the project open), first writes what the project's journal holds into the file, keeps the
state it replaces as ``<project>.before-restore-N`` (every restore its own number), and swaps
the backup in with one rename.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from qda_app.core.errors import InvalidArgument, NotAProject, QdaError, WriteFailed
from qda_app.services.atomic_files import (
    building_project,
    check_input,
    place,
    remove_with_companions,
    sync_folder,
    temporary_name,
)
from qda_app.services.project import Project, default_coder_name
from qda_app.store import backups as backup_store
from qda_app.store.backups import BackupFile
from qda_app.store.database import ProjectDatabase
from qda_app.store.durable import flush_to_disk
from qda_app.store.file_kinds import is_project_file
from qda_app.store.lock import ProjectLock
from qda_app.store.opening import backup_to, open_database

DEFAULT_KEEP = 10
DEFAULT_INTERVAL_SECONDS = 15 * 60


def backup_project(project: Project, *, keep: int = DEFAULT_KEEP) -> BackupFile:
    taken = _take_backup(project.path, project.database, keep=keep)
    project.last_backup_at = time.monotonic()
    return taken


def backup_file(project_path: str | Path, *, keep: int = DEFAULT_KEEP) -> BackupFile:
    """A backup of an open project through a connection of its own: for a worker thread, while
    the program goes on with the project (the caller notes when it was taken)."""
    with backup_store.own_reader(Path(project_path)) as database:
        return _take_backup(Path(project_path), database, keep=keep)


def _take_backup(project_path: Path, database: ProjectDatabase, *, keep: int) -> BackupFile:
    if keep < 1:
        raise InvalidArgument(name="--keep", reason="keep_at_least_one", value=keep)
    folder = backup_store.backup_folder(project_path)
    target = backup_store.new_backup_path(project_path)
    temporary = temporary_name(target, "partial")
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        backup_to(database, temporary)
        with open(temporary, "rb+") as written:
            flush_to_disk(written.fileno())
        place(temporary, target, overwrite=False, project_own_file=True)
    except OSError as error:
        raise WriteFailed(path=str(folder), detail=error.strerror or str(error)) from error
    finally:
        remove_with_companions(temporary)
    backup_store.prune_backups(project_path, keep=keep)
    return next(backup for backup in backup_store.list_backups(project_path) if backup.path == target)


def backup_if_due(project: Project, *, interval: float = DEFAULT_INTERVAL_SECONDS,
                  keep: int = DEFAULT_KEEP) -> BackupFile | None:
    """For the program's timer and for opening: a backup when the last is older than ``interval``."""
    last = project.last_backup_at
    if last is not None and time.monotonic() - last < interval:
        return None
    return backup_project(project, keep=keep)


def list_backups(project_path: str | Path) -> list[BackupFile]:
    return backup_store.list_backups(Path(project_path))


def restore_backup(project_path: str | Path, backup: str | Path) -> Path:
    """Put ``backup`` in the project's place; returns where the replaced state is kept.

    Refused while another program holds the project, and when the backup is damaged or is
    not a project. Nothing moves until the backup is copied and the journal is written in.
    """
    project_path, backup_path = Path(project_path), Path(backup)
    check_input(backup_path)
    check_input(project_path)
    if project_path.exists() and not is_project_file(project_path):
        raise NotAProject(path=str(project_path), detail="restore replaces only a qda_app project",
                          problem="restore_needs_project")
    backup_store.check_backup(backup_path)
    lock = ProjectLock(project_path, holder=default_coder_name(), program="qda-app (restore)")
    staging = temporary_name(project_path, "restoring")
    try:
        lock.acquire()
        backup_store.copy_database_file(backup_path, staging)
        with open(staging, "rb+") as written:
            flush_to_disk(written.fileno())
        kept = backup_store.before_restore_path(project_path)
        if project_path.exists():
            backup_store.checkpoint_into_file(project_path)
            _keep_state(project_path, kept)
        for suffix in ("-wal", "-shm"):  # empty after the checkpoint; stale for the new file
            Path(f"{project_path}{suffix}").unlink(missing_ok=True)
        lock.verify()
        os.replace(staging, project_path)
        place_sync(project_path)
    except OSError as error:
        raise WriteFailed(path=str(project_path), detail=str(error)) from error
    finally:
        remove_with_companions(staging)
        lock.release()
    return kept


def _keep_state(project_path: Path, kept: Path) -> None:
    """The project as it is now, under ``kept``: a second name for the same file where the
    system allows it (instant, no space), else a copy."""
    try:
        os.link(project_path, kept)
        return
    except OSError:
        pass
    copy = temporary_name(kept, "partial")
    try:
        backup_store.copy_database_file(project_path, copy)
        with open(copy, "rb+") as written:
            flush_to_disk(written.fileno())
        os.replace(copy, kept)
    finally:
        remove_with_companions(copy)


def place_sync(path: Path) -> None:
    """Make the rename that put ``path`` in place durable."""
    sync_folder(path.parent if str(path.parent) else Path("."))


def copy_project(source: str | Path, target: str | Path) -> Path:
    """A consistent copy of a project file (even while it is open) at a new path, written whole
    or not at all; never over an existing file."""
    target = Path(target)
    check_input(Path(source))
    database = open_database(Path(source), read_only=True)
    try:
        with building_project(target, overwrite=False) as temporary:
            backup_to(database, temporary)
    except QdaError:
        raise
    finally:
        database.close()
    return target
