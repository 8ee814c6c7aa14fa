"""Opening the project file, its pragmas and migrations, and recorded writes.

Every write goes through ``ProjectDatabase.insert/update/delete`` inside ``transaction()``,
which captures before- and after-images of each row. Those ``ChangeSet``s are what makes
every user action reversible (``revert``) and repeatable (``reapply``) without each command
writing its own inverse.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from qda_app.store._sqlite_utils import Database

from qda_app.core.errors import (
    NotAProject,
    ProjectDamaged,
    ProjectExists,
    ProjectNotFound,
    ProjectReadOnly,
    ProjectTooNew,
    WriteFailed,
)
from qda_app.store.migrations import SCHEMA_VERSION, migrations

APPLICATION_ID = 0x51444150  # "QDAP"
SQLITE_HEADER = b"SQLite format 3\x00"
PROJECT_SUFFIX = ".qdaproj"


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_guid() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class RowChange:
    table: str
    row_id: int
    before: dict[str, Any] | None  # for updates: only the changed columns
    after: dict[str, Any] | None
    is_update: bool = False


@dataclass
class ChangeSet:
    """The rows one user action changed, in order."""

    changes: list[RowChange] = field(default_factory=list)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(change.table for change in self.changes)

    def __bool__(self) -> bool:
        return bool(self.changes)


class ProjectDatabase:
    """One open project file. Not thread-safe: one per thread."""

    def __init__(self, path: Path, connection: sqlite3.Connection, *, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self.connection = connection
        self.db = Database(connection)
        self._changes: ChangeSet | None = None

    # --- reading ---------------------------------------------------------------------------

    def rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        cursor = self.connection.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def row(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> dict[str, Any] | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        result = self.connection.execute(sql, params).fetchone()
        return result[0] if result else None

    # --- writing ---------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[ChangeSet]:
        """One user action: all of it or nothing, durable when the block returns."""
        if self.read_only:
            raise ProjectReadOnly(path=str(self.path))
        if self._changes is not None:
            yield self._changes  # nested: part of the enclosing action
            return
        self._changes = ChangeSet()
        try:
            with self.db.atomic():
                yield self._changes
        except sqlite3.OperationalError as error:
            raise WriteFailed(path=str(self.path), detail=str(error)) from error
        finally:
            self._changes = None

    def _recorder(self) -> ChangeSet:
        if self._changes is None:
            raise RuntimeError("write outside a transaction")
        return self._changes

    def insert(self, table: str, values: dict[str, Any]) -> int:
        changes = self._recorder()
        columns = ", ".join(f'"{name}"' for name in values)
        marks = ", ".join("?" for _ in values)
        cursor = self.connection.execute(
            f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(values.values())
        )
        row_id = int(cursor.lastrowid)
        changes.changes.append(RowChange(table, row_id, None, {**values, "id": row_id}))
        return row_id

    def update(self, table: str, row_id: int, values: dict[str, Any]) -> None:
        changes = self._recorder()
        # Only the columns that change are imaged: a document's text is not copied for
        # every quotation number it hands out.
        columns = ", ".join(f'"{name}"' for name in values)
        before = self.row(f'SELECT {columns} FROM "{table}" WHERE id = ?', [row_id])
        if before is None:
            raise KeyError(f"{table} {row_id}")
        assignments = ", ".join(f'"{name}" = ?' for name in values)
        self.connection.execute(
            f'UPDATE "{table}" SET {assignments} WHERE id = ?', [*values.values(), row_id]
        )
        changes.changes.append(RowChange(table, row_id, before, dict(values), is_update=True))

    def delete(self, table: str, row_id: int) -> None:
        changes = self._recorder()
        before = self.row(f'SELECT * FROM "{table}" WHERE id = ?', [row_id])
        if before is None:
            return
        self.connection.execute(f'DELETE FROM "{table}" WHERE id = ?', [row_id])
        changes.changes.append(RowChange(table, row_id, before, None))

    def delete_where(self, table: str, where: str, params: Sequence[Any]) -> int:
        ids = [row["id"] for row in self.rows(f'SELECT id FROM "{table}" WHERE {where}', params)]
        for row_id in ids:
            self.delete(table, row_id)
        return len(ids)

    def revert(self, change_set: ChangeSet) -> ChangeSet:
        """Undo a recorded action, as one new transaction."""
        with self.transaction() as changes:
            for change in reversed(change_set.changes):
                self._restore(change, change.before)
        return changes

    def reapply(self, change_set: ChangeSet) -> ChangeSet:
        """Redo a recorded action exactly (same ids), as one new transaction."""
        with self.transaction() as changes:
            for change in change_set.changes:
                self._restore(change, change.after)
        return changes

    def _restore(self, change: RowChange, image: dict[str, Any] | None) -> None:
        table, row_id = change.table, change.row_id
        if change.is_update:
            self.update(table, row_id, image or {})
            return
        exists = self.scalar(f'SELECT 1 FROM "{table}" WHERE id = ?', [row_id]) is not None
        if image is None:
            if exists:
                self.delete(table, row_id)
        elif exists:
            self.update(table, row_id, {k: v for k, v in image.items() if k != "id"})
        else:
            self.insert(table, dict(image))

    def close(self) -> None:
        try:
            self.connection.close()
        except sqlite3.Error:
            pass


# --- opening ---------------------------------------------------------------------------------

def _configure(connection: sqlite3.Connection, *, read_only: bool) -> None:
    connection.execute("PRAGMA busy_timeout = 5000")
    connection.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        connection.execute("PRAGMA journal_mode = WAL")
        # FULL: a transaction that returned survives power loss as well as a killed process.
        connection.execute("PRAGMA synchronous = FULL")


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        connection = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    return connection


def create_database(path: Path) -> ProjectDatabase:
    path = Path(path)
    if path.exists():
        raise ProjectExists(path=str(path))
    if not path.parent.is_dir():
        raise ProjectNotFound(path=str(path.parent))
    # Transcripts are confidential: the file is readable by its owner only.
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as error:
        raise WriteFailed(path=str(path), detail=error.strerror or str(error)) from error
    os.close(descriptor)
    try:
        connection = _connect(path, read_only=False)
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _configure(connection, read_only=False)
        database = ProjectDatabase(path, connection, read_only=False)
        migrations.apply(database.db)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.Error as error:
        path.unlink(missing_ok=True)
        raise WriteFailed(path=str(path), detail=str(error)) from error
    return database


def open_database(path: Path, *, read_only: bool = False, check_integrity: bool = True) -> ProjectDatabase:
    path = Path(path)
    _check_file(path)
    try:
        connection = _connect(path, read_only=read_only)
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        if application_id != APPLICATION_ID:
            connection.close()
            raise NotAProject(path=str(path), detail="an SQLite file of another program")
        _configure(connection, read_only=read_only)
        if check_integrity:
            result = connection.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                connection.close()
                raise ProjectDamaged(path=str(path), detail=result)
        database = ProjectDatabase(path, connection, read_only=read_only)
        _migrate(database)
        return database
    except sqlite3.DatabaseError as error:
        raise ProjectDamaged(path=str(path), detail=str(error)) from error


def _check_file(path: Path) -> None:
    if not path.exists():
        raise ProjectNotFound(path=str(path))
    if path.is_dir():
        raise NotAProject(path=str(path), detail="a folder")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise NotAProject(path=str(path), detail=error.strerror or str(error)) from error
    if not header:
        raise NotAProject(path=str(path), detail="an empty file")
    if header != SQLITE_HEADER:
        raise NotAProject(path=str(path), detail="not an SQLite file")


def _migrate(database: ProjectDatabase) -> None:
    known = {migration.name for migration in migrations._migrations}
    applied = [migration.name for migration in migrations.applied(database.db)]
    unknown = [name for name in applied if name not in known]
    if unknown:
        database.close()
        raise ProjectTooNew(path=str(database.path), found=len(applied), supported=SCHEMA_VERSION)
    if len(applied) == len(known):
        return
    if database.read_only:
        return  # read what there is; the writer migrates
    backup_before_migration(database, applied_count=len(applied))
    migrations.apply(database.db)
    database.connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def backup_before_migration(database: ProjectDatabase, *, applied_count: int) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = database.path.with_name(f"{database.path.name}.schema{applied_count}-{stamp}.bak")
    backup_to(database, target)
    return target


def backup_to(database: ProjectDatabase, target: Path) -> None:
    """A consistent copy through SQLite's backup API (safe while the project is open)."""
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(descriptor)
    destination = sqlite3.connect(str(target))
    try:
        database.connection.backup(destination)
    finally:
        destination.close()


def copy_file(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
