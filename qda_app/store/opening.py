"""Creating and opening project files: checks, pragmas, migrations, consistent copies."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
from datetime import datetime, timezone
from pathlib import Path

from qda_app.core.errors import (
    NotAProject,
    ProjectDamaged,
    ProjectExists,
    ProjectNotFound,
    ProjectReadOnly,
    ProjectTooNew,
    ProjectUnreadable,
    QdaError,
    WriteFailed,
)
from qda_app.store.database import (
    APPLICATION_ID,
    SQLITE_HEADER,
    ProjectDatabase,
    read_only_uri,
    storage_error,
)
from qda_app.store.durable import flush_to_disk
from qda_app.store.file_kinds import SPECIAL_KIND_KEYS, special_kind, work_name
from qda_app.store.migrations import SCHEMA_VERSION, migrations


def unwritable_reason(path: Path) -> str | None:
    """Why a project cannot be opened for writing here, or None when it can.

    WAL mode creates ``-wal`` and ``-shm`` files beside the project, so its folder must be
    writable too. ``os.access`` answers for read-only mounts and immutable files even for
    root, for whom permission bits alone do not stop writes (and then writing works).
    """
    if not os.access(path, os.W_OK):
        return _FILE_READ_ONLY
    if not _folder_writable(path.parent if str(path.parent) else Path(".")):
        return _FOLDER_READ_ONLY
    return None


WINDOWS = os.name == "nt"


def _folder_writable(folder: Path) -> bool:
    if not os.access(folder, os.W_OK):
        return False
    if WINDOWS:
        # Windows' os.access looks only at the read-only attribute, which folders do not
        # honour: a read-only share or a folder without write permission answers "writable".
        try:
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError:
            return False
    return True


# unwritable_reason's answer (kept in English as the error's detail) -> the key that words it
# in the reader's language (cli.messages.PROJECT_PROBLEMS).
_FILE_READ_ONLY = "the file is read-only (permission denied)"
_FOLDER_READ_ONLY = "its folder is read-only (permission denied)"
_READ_ONLY_PROBLEMS = {_FILE_READ_ONLY: "file_read_only", _FOLDER_READ_ONLY: "folder_read_only"}


# --- opening ---------------------------------------------------------------------------------

def _configure(connection: sqlite3.Connection, *, read_only: bool) -> None:
    connection.execute("PRAGMA busy_timeout = 5000")
    connection.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        connection.execute("PRAGMA journal_mode = WAL")
        # FULL: a transaction that returned survives power loss as well as a killed process.
        connection.execute("PRAGMA synchronous = FULL")
        # On macOS fsync leaves commits in the drive's cache; these make SQLite use F_FULLFSYNC
        # there (see store.durable). Every other system ignores them.
        connection.execute("PRAGMA fullfsync = ON")
        connection.execute("PRAGMA checkpoint_fullfsync = ON")


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = read_only_uri(path)
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
    return not _folder_writable(folder) and not wal.exists()


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


def open_database(path: Path, *, read_only: bool = False, check_integrity: bool = True,
                  check_later: bool = False, migrate: bool = True) -> ProjectDatabase:
    """Open a project file. ``check_later``: the caller runs a ``FileCheck`` before any write
    (the window checks once it is shown); a file that needs migrating is checked now anyway,
    since migrating writes to it. ``migrate=False``: the caller migrates with
    ``migrate_opened`` once it holds the writer lock, so that a file another program has open
    for writing is never migrated under it."""
    path = Path(path)
    _check_file(path)
    if not read_only:
        reason = unwritable_reason(path)
        if reason is not None:
            raise ProjectReadOnly(path=str(path), detail=reason, problem=_READ_ONLY_PROBLEMS[reason])
    connection: sqlite3.Connection | None = None
    try:
        connection = _connect(path, read_only=read_only)
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        if application_id != APPLICATION_ID:
            connection.close()
            raise NotAProject(path=str(path), detail="an SQLite file of another program", problem="other_program")
        found_version = connection.execute("PRAGMA user_version").fetchone()[0]
        if not read_only and found_version > SCHEMA_VERSION:
            # Writing with an older schema's rules could break what the newer version relies on.
            connection.close()
            raise ProjectTooNew(path=str(path), found=found_version, supported=SCHEMA_VERSION)
        _configure(connection, read_only=read_only)
        database = ProjectDatabase(path, connection, read_only=read_only)
        if check_integrity and (not check_later or (not read_only and _migration_pending(database))):
            result = connection.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                connection.close()
                raise ProjectDamaged(path=str(path), detail=result)
        if migrate:
            _migrate(database)
        return database
    except sqlite3.DatabaseError as error:
        if connection is not None:
            connection.close()
        raise _opening_error(error, path=path) from error
    except BaseException:
        if connection is not None:  # e.g. a migration whose backup did not fit: no handle left open
            connection.close()
        raise


def _opening_error(error: sqlite3.DatabaseError, *, path: Path) -> QdaError:
    """A failure while opening: the user's disk or media where it is that, else damage."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_CANTOPEN") and unwritable_reason(path) is not None:
        # A WAL project whose -wal file was left behind in a folder we cannot write.
        return ProjectReadOnly(path=str(path), detail="its folder is read-only and holds an unfinished "
                               "-wal journal; copy the project with its -wal file to a writable folder",
                               problem="journal_in_read_only_folder")
    translated = storage_error(error, path=path)
    if name.startswith(("SQLITE_READONLY", "SQLITE_FULL")) and translated is not None:
        return translated  # e.g. a migration that does not fit on the disk: not damage
    return ProjectDamaged(path=str(path), detail=str(error))


def _check_file(path: Path) -> None:
    if not os.path.lexists(path):
        raise ProjectNotFound(path=str(path))
    kind = special_kind(path)
    if kind is not None:  # refused before opening: a FIFO would wait for a writer for ever
        raise NotAProject(path=str(path), detail=kind, problem=SPECIAL_KIND_KEYS.get(kind, "not_regular_file"))
    if not path.exists():
        raise ProjectNotFound(path=str(path))  # a symlink to nothing
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError as error:
        raise ProjectUnreadable(path=str(path), detail=error.strerror or str(error)) from error
    except OSError as error:
        raise NotAProject(path=str(path), detail=error.strerror or str(error)) from error
    if not header:
        raise NotAProject(path=str(path), detail="an empty file", problem="empty_file")
    if header != SQLITE_HEADER:
        raise NotAProject(path=str(path), detail="not an SQLite file", problem="not_sqlite")


class FileCheck:
    """``PRAGMA quick_check`` of a project file through a read-only connection of its own, for
    a worker thread while the program reads and writes the file (WAL lets both go on).

    ``run`` answers None when the file is sound, else what SQLite found; ``interrupt`` (from
    any thread) stops a check under way, which then answers ``INTERRUPTED``.
    """

    INTERRUPTED = "interrupted"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._connection: sqlite3.Connection | None = None
        self._guard = threading.Lock()
        self._interrupted = False

    def run(self) -> str | None:
        try:
            connection = _connect(self.path, read_only=True)
        except sqlite3.DatabaseError as error:
            return str(error)
        with self._guard:
            if self._interrupted:
                connection.close()
                return self.INTERRUPTED
            self._connection = connection
        try:
            found = [row[0] for row in connection.execute("PRAGMA quick_check").fetchmany(5)]
        except sqlite3.OperationalError as error:
            if self._interrupted:
                return self.INTERRUPTED
            return str(error)
        except sqlite3.DatabaseError as error:
            return str(error)
        finally:
            with self._guard:
                self._connection = None
            connection.close()
        return None if found == ["ok"] else "; ".join(str(line) for line in found)

    def interrupt(self) -> None:
        with self._guard:
            self._interrupted = True
            if self._connection is not None:
                self._connection.interrupt()


def _migration_pending(database: ProjectDatabase) -> bool:
    return len(migrations.applied(database.db)) < len(migrations._migrations)


def migrate_opened(database: ProjectDatabase) -> None:
    """Bring a project opened with ``migrate=False`` to this version's schema (a backup first);
    on failure the connection is closed and the file is as it was."""
    try:
        _migrate(database)
    except sqlite3.DatabaseError as error:
        database.close()
        raise _opening_error(error, path=database.path) from error
    except BaseException:
        database.close()
        raise


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
    partial = work_name(target, "partial")  # whole or not at all, like every other output
    try:
        backup_to(database, partial)
        with open(partial, "rb+") as written:
            flush_to_disk(written.fileno())
        os.replace(partial, target)  # a new, time-stamped name: nothing to overwrite
    except OSError as error:
        raise WriteFailed(path=str(target), detail=error.strerror or str(error)) from error
    finally:
        remove_project_files(partial)
    return target


def backup_to(database: ProjectDatabase, target: Path) -> None:
    """A consistent copy through SQLite's backup API (safe while the project is open).

    The copy is private to its owner like the project. A copy that fails (full disk,
    read-only folder) is removed, never left half-written, and raises WriteFailed.
    """
    target = Path(target)
    try:
        # Never over an existing file: callers give a new name (a temporary one, a stamped backup).
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
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


def vacuum_file(path: Path) -> None:
    """Rebuild a closed project file compactly: deleted rows leave no bytes in free pages."""
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def vacuum_into(source: Path, target: Path) -> None:
    """A compact copy of ``source`` at the new path ``target`` (no free pages, so nothing that
    was deleted or replaced survives in it)."""
    connection = sqlite3.connect(read_only_uri(source), uri=True, isolation_level=None)
    try:
        connection.execute("VACUUM INTO ?", [str(target)])
    finally:
        connection.close()
    os.chmod(target, 0o600)
