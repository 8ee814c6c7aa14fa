"""Backups as users see them: take one, list them, restore one, take one when due."""

from __future__ import annotations

import time
from pathlib import Path

from qda_app.services.project import Project
from qda_app.store import backups as backup_store
from qda_app.store.backups import BackupFile

DEFAULT_KEEP = 10
DEFAULT_INTERVAL_SECONDS = 15 * 60


def backup_project(project: Project, *, keep: int = DEFAULT_KEEP) -> BackupFile:
    backup = backup_store.take_backup(project.database, keep=keep)
    project.last_backup_at = time.monotonic()
    return backup


def backup_if_due(project: Project, *, interval: float = DEFAULT_INTERVAL_SECONDS,
                  keep: int = DEFAULT_KEEP) -> BackupFile | None:
    """For the program's timer and for opening: a backup when the last is older than ``interval``."""
    last = project.last_backup_at
    if last is not None and time.monotonic() - last < interval:
        return None
    return backup_project(project, keep=keep)


def backup_file(project_path: str | Path, *, keep: int = DEFAULT_KEEP) -> BackupFile:
    """A backup of an open project through a connection of its own: for a worker thread."""
    return backup_store.take_backup_of_file(Path(project_path), keep=keep)


def list_backups(project_path: str | Path) -> list[BackupFile]:
    return backup_store.list_backups(Path(project_path))


def restore_backup(project_path: str | Path, backup: str | Path) -> Path:
    return backup_store.restore_backup(Path(project_path), Path(backup))


def copy_project(source: str | Path, target: str | Path) -> Path:
    """A consistent copy of a project file (even while it is open) at a new path."""
    from qda_app.core.errors import ProjectExists
    from qda_app.store.opening import backup_to, open_database

    target = Path(target)
    if target.exists():
        raise ProjectExists(path=str(target))
    database = open_database(Path(source), read_only=True)
    try:
        backup_to(database, target)
    finally:
        database.close()
    return target
