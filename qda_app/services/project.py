"""The open project: database, writer lock, current coder, and the action runner."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from qda_app.core.errors import ProjectLocked, ProjectReadOnly
from qda_app.services.atomic_files import sweep_leftovers
from qda_app.services.command_names import CommandName
from qda_app.services.commands import ChangeNotice, CommandRecord, Listener
from qda_app.services.integrity import IntegrityCheck
from qda_app.store import coders as coder_store
from qda_app.store.database import ProjectDatabase, utc_now
from qda_app.store.opening import create_database, migrate_opened, open_database, remove_project_files
from qda_app.store.lock import LockHolder, ProjectLock, read_lock

Result = TypeVar("Result")


def default_coder_name() -> str:
    try:
        return getpass.getuser() or "coder"
    except Exception:  # getuser raises different errors per platform when no name is set
        return "coder"


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


class Project:
    """One open project. Pass it explicitly; there is no global current project."""

    def __init__(
        self,
        database: ProjectDatabase,
        *,
        lock: ProjectLock | None,
        coder: str | None,
        locked_by: LockHolder | None = None,
        read_only_reason: str | None = None,
    ) -> None:
        self.database = database
        self.lock = lock
        self.locked_by = locked_by
        # Why a project asked for writing opened read-only: the file or folder cannot be written.
        self.read_only_reason = read_only_reason
        self._listeners: list[Listener] = []
        self.last_backup_at: float | None = None  # monotonic time of this session's last backup
        self._caches: dict[str, tuple[tuple[int, int], dict[Any, Any]]] = {}
        self._coder = (coder or "").strip() or coder_store.get_setting(database, "last_coder") or default_coder_name()
        # Set when the file was opened unchecked (``check_later``): checked in the background,
        # and no write before it passed.
        self.integrity: IntegrityCheck | None = None
        if lock is not None:
            database.write_guard = self._guard_write

    def _guard_write(self) -> None:
        if self.integrity is not None:
            self.integrity.guard_writes()
        if self.lock is not None:
            self.lock.verify()

    # --- life cycle ------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, *, coder: str | None = None, name: str | None = None,
               program: str = "qda-app") -> Project:
        path = Path(path)
        database = create_database(path)
        lock = ProjectLock(path, holder=coder or default_coder_name(), program=program)
        try:
            lock.acquire()
            project = cls(database, lock=lock, coder=coder)
            with database.transaction():
                coder_store.set_setting(database, "name", name or path.stem)
                coder_store.set_setting(database, "created_at", utc_now())
                coder_store.ensure_coder(database, project.coder)
                coder_store.set_setting(database, "last_coder", project.coder)
        except BaseException:
            # Half a new project (a full disk, another program's lock) is not left behind.
            database.close()
            lock.release()
            remove_project_files(path)
            raise
        return project

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        read_only: bool = False,
        coder: str | None = None,
        program: str = "qda-app",
        read_only_if_locked: bool = False,
        read_only_if_unwritable: bool = False,
        check_later: bool = False,
    ) -> Project:
        """Open for writing (taking the lock), or read-only (no lock, other writers allowed).

        With ``read_only_if_locked`` a project held by another program opens read-only and
        ``locked_by`` says who holds it; otherwise that raises ``ProjectLocked``. Likewise a
        project on read-only media or in a read-only folder raises ``ProjectReadOnly`` naming
        why, or with ``read_only_if_unwritable`` opens read-only with ``read_only_reason``.

        ``check_later``: the file's integrity check is not run here but by ``integrity``
        (``services.integrity``), which the caller starts when it suits it; writes wait for it.
        """
        project = cls._open(path, read_only=read_only, coder=coder, program=program,
                            read_only_if_locked=read_only_if_locked,
                            read_only_if_unwritable=read_only_if_unwritable, check_later=check_later)
        if check_later:
            project.integrity = IntegrityCheck(project.path)
        return project

    @classmethod
    def _open(cls, path: str | Path, *, read_only: bool, coder: str | None, program: str,
              read_only_if_locked: bool, read_only_if_unwritable: bool, check_later: bool) -> Project:
        path = Path(path)
        if read_only:
            database = open_database(path, read_only=True, check_later=check_later)
            return cls(database, lock=None, coder=coder, locked_by=read_lock(path))
        opened_file = _file_identity(path)
        try:
            database = open_database(path, read_only=False, check_later=check_later, migrate=False)
        except ProjectReadOnly as refused:
            if not read_only_if_unwritable:
                raise
            database = open_database(path, read_only=True, check_later=check_later)
            return cls(database, lock=None, coder=coder, locked_by=read_lock(path),
                       read_only_reason=str(refused.fields.get("detail") or "read-only"))
        lock = ProjectLock(path, holder=coder or default_coder_name(), program=program)
        try:
            lock.acquire()
        except BaseException as refused:
            database.close()
            lock.release()  # after the connection: it may hold the project file open until now
            if not (read_only_if_locked and isinstance(refused, ProjectLocked)):
                raise
            database = open_database(path, read_only=True, check_later=check_later)
            return cls(database, lock=None, coder=coder, locked_by=read_lock(path))
        if _file_identity(path) != opened_file:
            # Replaced (by a restore) between opening and locking: the connection would write
            # into the replaced file. With the lock held nothing replaces it now; open it again.
            database.close()
            try:
                database = open_database(path, read_only=False, check_later=check_later, migrate=False)
            except BaseException:
                lock.release()
                raise
        try:
            migrate_opened(database)  # only now: another program's open project is never migrated under it
        except BaseException:
            lock.release()
            raise
        # The writer tidies its folder: temporary files of runs that were killed.
        sweep_leftovers(path.parent if str(path.parent) else ".")
        return cls(database, lock=lock, coder=coder)

    def close(self) -> None:
        if self.integrity is not None:
            self.integrity.cancel()
        self.database.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- identity --------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.database.path

    @property
    def read_only(self) -> bool:
        return self.database.read_only

    @property
    def name(self) -> str:
        return coder_store.get_setting(self.database, "name", self.path.stem) or self.path.stem

    @property
    def coder(self) -> str:
        return self._coder

    def set_coder(self, name: str) -> None:
        """Switch who is coding; remembered in the project as its last coder."""
        cleaned = name.strip()
        if not cleaned:
            return
        self._coder = cleaned
        if not self.read_only:
            with self.database.transaction():
                coder_store.set_setting(self.database, "last_coder", cleaned)

    def coder_id(self, name: str | None = None) -> int:
        """Id of the named (or current) coder, created inside the running action if new."""
        name = (name or self._coder).strip()
        known = self.cache("coder ids", "coders")
        found = known.get(name)
        if found is None:
            found = known[name] = coder_store.ensure_coder(self.database, name)
        return found

    def cache(self, key: str, table: str) -> dict[Any, Any]:
        """A dict for keeping what was read from ``table``: handed out empty again as soon as
        the table is written (an action, undo, redo) or a transaction is rolled back."""
        version = self.database.version(table)
        entry = self._caches.get(key)
        if entry is None or entry[0] != version:
            entry = (version, {})
            self._caches[key] = entry
        return entry[1]

    # --- actions ---------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, notice: ChangeNotice, record: CommandRecord | None) -> None:
        for listener in list(self._listeners):
            listener(notice, record)

    def execute(self, name: str | CommandName, action: Callable[[], Result], *, undoable: bool = True,
                bulk: bool = False) -> Result:
        """Run one user action as one transaction, durable on return, and announce it.

        ``name``: a ``command_name(...)`` (worded in the reader's language by the GUI).
        ``bulk``: filling a new project (an import) - not undoable, and its rows are not
        imaged, so memory stays flat however many it writes."""
        title = name if isinstance(name, CommandName) else None
        name = str(name)
        if self.read_only:
            raise ProjectReadOnly(path=str(self.path))
        undoable = undoable and not bulk
        with self.database.transaction(record_rows=not bulk) as changes:
            result = action()
        if changes:
            record = CommandRecord(name=name, changes=changes, undoable=undoable, title=title)
            self._notify(ChangeNotice(name, changes.tables, "do"), record)
        return result

    def undo(self, record: CommandRecord) -> None:
        changes = self.database.revert(record.changes)
        self._notify(ChangeNotice(record.name, changes.tables | record.tables, "undo"), record)

    def redo(self, record: CommandRecord) -> None:
        changes = self.database.reapply(record.changes)
        self._notify(ChangeNotice(record.name, changes.tables | record.tables, "redo"), record)

    def announce_reset(self, name: str) -> None:
        """After a long non-undoable operation: listeners drop their undo history."""
        self._notify(ChangeNotice(name, frozenset({"*"}), "reset"), None)
