"""The open project file and its recorded writes (opening it: ``store.opening``).

Every write goes through ``ProjectDatabase.insert/update/delete`` inside ``transaction()``,
which captures before- and after-images of each row. Those ``ChangeSet``s are what makes
every user action reversible (``revert``) and repeatable (``reapply``) without each command
writing its own inverse.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePath
from typing import Any

from qda_app.core.errors import ProjectDamaged, ProjectReadOnly, QdaError, WriteFailed
from qda_app.store._sqlite_utils import Database

APPLICATION_ID = 0x51444150  # "QDAP"
SQLITE_HEADER = b"SQLite format 3\x00"
PROJECT_SUFFIX = ".qdaproj"


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_only_uri(path: str | PurePath) -> str:
    """The SQLite URI that opens ``path`` (resolved) read-only.

    On Windows ``resolve()`` turns a mapped network drive (H:) into its UNC name, whose
    ``as_uri()`` is ``file://server/share/...``, and SQLite refuses any URI authority but
    ``localhost``. Four slashes give an empty authority and the path ``//server/share/...``,
    which Windows opens as the same UNC path. (A pure path is taken as already resolved.)
    """
    resolved = Path(path).resolve() if isinstance(path, (str, Path)) else path
    uri = resolved.as_uri()
    if not uri.startswith("file:///"):
        uri = "file:////" + uri[len("file://"):]
    return f"{uri}?mode=ro"


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
    """The rows one user action changed, in order.

    ``rows_recorded`` False: a bulk load (an import filling a new project file) that cannot be
    undone; only the tables it wrote are kept, since images of 200,000 quotations and their
    codings would cost more memory than the whole import otherwise needs.
    """

    changes: list[RowChange] = field(default_factory=list)
    rows_recorded: bool = True
    written: set[str] = field(default_factory=set)

    def record(self, change: RowChange) -> None:
        if self.rows_recorded:
            self.changes.append(change)
        else:
            self.written.add(change.table)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(change.table for change in self.changes) | self.written

    def __bool__(self) -> bool:
        return bool(self.changes) or bool(self.written)


class ProjectDatabase:
    """One open project file. Not thread-safe: one per thread."""

    def __init__(self, path: Path, connection: sqlite3.Connection, *, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self.connection = connection
        self.db = Database(connection)
        self._changes: ChangeSet | None = None
        # Called before each write transaction: the project's lock checks it is still held, so a
        # program whose lock was deleted (and perhaps taken by another) stops writing at once.
        self.write_guard: Callable[[], None] | None = None
        # Versions let callers cache what they read (code paths, coder ids) and notice any
        # write to a table; a rollback moves the epoch, since rolled-back rows no longer exist.
        self._epoch = 0
        self._table_versions: dict[str, int] = {}
        self._insert_sql: dict[tuple[str, tuple[str, ...]], str] = {}  # the same few shapes, over and over

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

    def version(self, table: str) -> tuple[int, int]:
        """Changes whenever ``table`` is written or a transaction is rolled back."""
        return self._epoch, self._table_versions.get(table, 0)

    def _touch(self, table: str) -> None:
        self._table_versions[table] = self._table_versions.get(table, 0) + 1

    # --- writing ---------------------------------------------------------------------------

    @contextmanager
    def transaction(self, *, record_rows: bool = True) -> Iterator[ChangeSet]:
        """One user action: all of it or nothing, durable when the block returns.

        ``record_rows`` False: a bulk load that cannot be reverted (see ChangeSet)."""
        if self.read_only:
            raise ProjectReadOnly(path=str(self.path))
        if self._changes is not None:
            yield self._changes  # nested: part of the enclosing action
            return
        if self.write_guard is not None:
            self.write_guard()
        self._changes = ChangeSet(rows_recorded=record_rows)
        try:
            with self.db.atomic():
                yield self._changes
        except BaseException as error:
            # atomic() has rolled back: the project is as it was before the action.
            self._epoch += 1
            if not isinstance(error, sqlite3.Error):
                raise
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
        shape = (table, tuple(values))
        sql = self._insert_sql.get(shape)
        if sql is None:
            columns = ", ".join(f'"{name}"' for name in values)
            marks = ", ".join("?" for _ in values)
            sql = self._insert_sql[shape] = f'INSERT INTO "{table}" ({columns}) VALUES ({marks})'
        cursor = self.connection.execute(sql, list(values.values()))
        row_id = int(cursor.lastrowid)
        self._touch(table)
        if changes.rows_recorded:
            changes.record(RowChange(table, row_id, None, {**values, "id": row_id}))
        else:
            changes.written.add(table)
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
        self._touch(table)
        if changes.rows_recorded:
            changes.changes.extend(
                RowChange(table, row_id, None, {**row, "id": row_id}) for row_id, row in zip(ids, rows)
            )
        else:
            changes.written.add(table)
        return ids

    def set_column_bulk(self, table: str, column: str, values: Sequence[tuple[int, Any]]) -> None:
        """``column`` of many rows, (id, value) pairs, in one statement: only inside a bulk load
        (an import filling a new project), whose rows are not imaged for undo."""
        changes = self._recorder()
        if changes.rows_recorded:
            raise RuntimeError("set_column_bulk is for bulk loads only")
        self.connection.executemany(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?',
                                    [(value, row_id) for row_id, value in values])
        self._touch(table)
        changes.written.add(table)

    def update(
        self, table: str, row_id: int, values: dict[str, Any], *, before: dict[str, Any] | None = None
    ) -> None:
        """Recorded update. ``before``: the changed columns' current values when the caller has
        just read them in this transaction (saves reading them again)."""
        changes = self._recorder()
        # Only the columns that change are imaged: a document's text is not copied for
        # every quotation number it hands out.
        if before is None:
            columns = ", ".join(f'"{name}"' for name in values)
            before = self.row(f'SELECT {columns} FROM "{table}" WHERE id = ?', [row_id])
            if before is None:
                raise KeyError(f"{table} {row_id}")
        elif set(before) != set(values):
            raise ValueError("the before-image must hold exactly the updated columns")
        assignments = ", ".join(f'"{name}" = ?' for name in values)
        self.connection.execute(
            f'UPDATE "{table}" SET {assignments} WHERE id = ?', [*values.values(), row_id]
        )
        self._touch(table)
        changes.record(RowChange(table, row_id, before, dict(values), is_update=True))

    def delete(self, table: str, row_id: int) -> None:
        changes = self._recorder()
        before = self.row(f'SELECT * FROM "{table}" WHERE id = ?', [row_id])
        if before is None:
            return
        self.connection.execute(f'DELETE FROM "{table}" WHERE id = ?', [row_id])
        self._touch(table)
        changes.record(RowChange(table, row_id, before, None))

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
        return ProjectReadOnly(path=str(path), detail=_READ_ONLY_DETAIL, problem="storage_read_only")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return ProjectDamaged(path=str(path), detail=text)
    if name == "SQLITE_FULL" or "disk is full" in text:
        return WriteFailed(path=str(path), detail=f"the disk is full: {text}", problem="disk_full", error_text=text)
    if name.startswith(_STORAGE_ERRORS) or (not name and isinstance(error, sqlite3.OperationalError)):
        return WriteFailed(path=str(path), detail=text)
    return None


_STORAGE_ERRORS = ("SQLITE_IOERR", "SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_CANTOPEN", "SQLITE_NOMEM",
                   "SQLITE_PROTOCOL", "SQLITE_NOLFS", "SQLITE_PERM", "SQLITE_AUTH")
