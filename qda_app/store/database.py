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
    QdaError,
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
        except sqlite3.Error as error:
            # atomic() has rolled back: the project is as it was before the action.
            translated = storage_error(error, path=self.path)
            if translated is None:
                raise  # a constraint or SQL mistake is a bug, not the user's disk
            raise translated from error
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

    def insert_many(self, table: str, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Recorded inserts of rows with the same columns in one statement (imports, merges).

        Ids are assigned here, after the table's highest: inside the write transaction no
        other writer can take them.
        """
        changes = self._recorder()
        if not rows:
            return []
        first = int(self.scalar(f'SELECT coalesce(max(id), 0) + 1 FROM "{table}"'))
        names = list(rows[0])
        columns = ", ".join(f'"{name}"' for name in ["id", *names])
        marks = ", ".join("?" for _ in range(len(names) + 1))
        ids = list(range(first, first + len(rows)))
        self.connection.executemany(
            f'INSERT INTO "{table}" ({columns}) VALUES ({marks})',
            [(row_id, *(row[name] for name in names)) for row_id, row in zip(ids, rows)],
        )
        changes.changes.extend(
            RowChange(table, row_id, None, {**row, "id": row_id}) for row_id, row in zip(ids, rows)
        )
        return ids

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


# --- storage errors --------------------------------------------------------------------------

_READ_ONLY_DETAIL = "the file or its folder cannot be written (read-only media or permissions)"


def storage_error(error: sqlite3.Error, *, path: Path) -> QdaError | None:
    """The user-facing error for SQLite failing to store a change, or None for a bug.

    Full disk, read-only media, I/O errors and a busy file are the user's situation and get a
    message; a constraint violation or an SQL mistake is a programming error and stays as it is.
    """
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return ProjectReadOnly(path=str(path), detail=_READ_ONLY_DETAIL)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return ProjectDamaged(path=str(path), detail=text)
    if name == "SQLITE_FULL" or "disk is full" in text:
        return WriteFailed(path=str(path), detail=f"the disk is full: {text}")
    if name.startswith(_STORAGE_ERRORS) or (not name and isinstance(error, sqlite3.OperationalError)):
        return WriteFailed(path=str(path), detail=text)
    return None


_STORAGE_ERRORS = ("SQLITE_IOERR", "SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_CANTOPEN", "SQLITE_NOMEM",
                   "SQLITE_PROTOCOL", "SQLITE_NOLFS", "SQLITE_PERM", "SQLITE_AUTH")


def unwritable_reason(path: Path) -> str | None:
    """Why a project cannot be opened for writing here, or None when it can.

    WAL mode creates ``-wal`` and ``-shm`` files beside the project, so its folder must be
    writable too. ``os.access`` answers for read-only mounts and immutable files even for
    root, for whom permission bits alone do not stop writes (and then writing works).
    """
    if not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(path.parent if str(path.parent) else Path("."), os.W_OK):
        return "its folder is read-only"
    return None


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
        if _needs_immutable(path):
            # A WAL project in a read-only folder (a CD, a read-only share): SQLite cannot
            # create the -shm file, but with no -wal file nobody can be writing it either.
            uri += "&immutable=1"
        connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        connection = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    return connection


def _needs_immutable(path: Path) -> bool:
    folder = path.parent if str(path.parent) else Path(".")
    wal = Path(str(path) + "-wal")
    return not os.access(folder, os.W_OK) and not wal.exists()


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
    connection: sqlite3.Connection | None = None
    try:
        connection = _connect(path, read_only=False)
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _configure(connection, read_only=False)
        database = ProjectDatabase(path, connection, read_only=False)
        migrations.apply(database.db)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except (sqlite3.Error, OSError) as error:
        if connection is not None:
            connection.close()
        remove_project_files(path)
        raise WriteFailed(path=str(path), detail=str(error)) from error
    return database


def remove_project_files(path: Path) -> None:
    """Remove a project file this program has just created, with its journal files."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def open_database(path: Path, *, read_only: bool = False, check_integrity: bool = True) -> ProjectDatabase:
    path = Path(path)
    _check_file(path)
    if not read_only:
        reason = unwritable_reason(path)
        if reason is not None:
            raise ProjectReadOnly(path=str(path), detail=reason)
    connection: sqlite3.Connection | None = None
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
        if connection is not None:
            connection.close()
        raise _opening_error(error, path=path) from error


def _opening_error(error: sqlite3.DatabaseError, *, path: Path) -> QdaError:
    """A failure while opening: the user's disk or media where it is that, else damage."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_CANTOPEN") and unwritable_reason(path) is not None:
        # A WAL project whose -wal file was left behind in a folder we cannot write.
        return ProjectReadOnly(path=str(path), detail="its folder is read-only and holds an unfinished "
                               "-wal journal; copy the project with its -wal file to a writable folder")
    translated = storage_error(error, path=path)
    if name.startswith(("SQLITE_READONLY", "SQLITE_FULL")) and translated is not None:
        return translated  # e.g. a migration that does not fit on the disk: not damage
    return ProjectDamaged(path=str(path), detail=str(error))


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
    """A consistent copy through SQLite's backup API (safe while the project is open).

    The copy is private to its owner like the project. A copy that fails (full disk,
    read-only folder) is removed, never left half-written, and raises WriteFailed.
    """
    target = Path(target)
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError as error:
        raise WriteFailed(path=str(target), detail=error.strerror or str(error)) from error
    os.close(descriptor)
    try:
        destination = sqlite3.connect(str(target))
        try:
            database.connection.backup(destination)
        finally:
            destination.close()
    except (sqlite3.Error, OSError) as error:
        remove_project_files(target)
        raise WriteFailed(path=str(target), detail=str(error)) from error


def copy_file(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
