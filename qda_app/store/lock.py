"""One writer per project: a lock file beside the project names who holds it.

A lock left by a crashed program on this machine is stale and is taken over. "Crashed" is
decided by what identifies a process across time, not by its number alone: the lock records
the machine's boot id and the process's start time, so a lock from before a reboot, or one
whose process number now belongs to another program, is stale too. A lock from another
machine cannot be checked and is respected (the message says how to clear it).
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from qda_app.core.errors import LockLost, ProjectHeld, ProjectLocked, ProjectReadOnly, WriteFailed
from qda_app.store.database import utc_now
from qda_app.store.processes import boot_id, machine_id, process_alive, process_start_time


@dataclass(frozen=True)
class LockHolder:
    holder: str
    host: str
    pid: int
    program: str
    since: str
    boot_id: str = ""
    machine: str = ""  # macOS: the hardware's UUID (see machine_id)
    started: str = ""  # its process's start: ticks after boot (Linux), FILETIME (Windows), ps (macOS)


def lock_path(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + ".lock")


def on_this_machine(holder: LockHolder) -> bool:
    here = machine_id()
    if holder.machine and here:
        return holder.machine == here
    return holder.host == socket.gethostname()


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no name set: OSError (3.13), or ImportError of pwd on Windows before
        return "?"


def read_lock(project_path: Path) -> LockHolder | None:
    try:
        data = json.loads(lock_path(project_path).read_text(encoding="utf-8"))
        return LockHolder(
            holder=str(data["holder"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            program=str(data.get("program", "qda_app")),
            since=str(data["since"]),
            boot_id=str(data.get("boot_id", "")),
            machine=str(data.get("machine", "")),
            started=str(data.get("started", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(holder: LockHolder | None) -> bool:
    if holder is None:
        return True  # unreadable or half-written lock: its writer died mid-write
    if not on_this_machine(holder):
        return False
    current_boot = boot_id()
    if holder.boot_id and current_boot and holder.boot_id != current_boot:
        return True  # written before this machine restarted: its process is gone
    if not process_alive(holder.pid):
        return True
    if holder.started:
        running_since = process_start_time(holder.pid)
        if running_since and running_since != holder.started:
            return True  # the number now belongs to a process started later
    return False


def _lock_error(project_path: Path, error: OSError) -> WriteFailed | ProjectReadOnly:
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ProjectReadOnly(path=str(project_path),
                               detail=f"its folder is read-only: no lock file can be made ({error.strerror})",
                               problem="no_lock_file", error_text=str(error.strerror))
    return WriteFailed(path=str(project_path),
                       detail=f"the lock file could not be written: {error.strerror or error}",
                       problem="lock_not_written", error_text=str(error.strerror or error))


class ProjectLock:
    """Held while a program may write to the project.

    Two programs starting at the same moment must not both win. The lock file is therefore
    also locked with ``flock`` for as long as the project is open: the kernel lets exactly one
    process hold it and drops it when that process dies, so a lock file nobody has
    ``flock``-ed is left over from a crash. The JSON inside only names the holder; it is
    written while the ``flock`` is held, so a reader never takes a lock being written for stale.
    Lock files from other machines (or from programs without ``flock``) are still respected
    when their holder may be alive.

    A lock file can be deleted while its holder runs, and then another program could take a
    new one. So the project file itself is ``flock``-ed too: that lock goes with the file, not
    with a name anybody can remove, and a second writer is refused as long as the first lives
    (``ProjectHeld``). The descriptor holding it stays open until ``release()``, which callers
    reach only after closing their own connection: closing any descriptor of a file drops
    the POSIX locks SQLite holds on it in this process.
    """

    def __init__(self, project_path: Path, *, holder: str, program: str) -> None:
        self.project_path = project_path
        self.path = lock_path(project_path)
        self.holder = holder
        self.program = program
        self.held = False
        self.lost = False
        self._descriptor: int | None = None
        self._project_descriptor: int | None = None  # flock-ed project file (see class docstring)

    def _record(self) -> dict[str, object]:
        return {
            "holder": self.holder or _user_name(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "program": self.program,
            "since": utc_now(),
            "boot_id": boot_id(),
            "machine": machine_id(),
            "started": process_start_time(os.getpid()),
        }

    def acquire(self) -> None:
        if fcntl is None:
            self._acquire_exclusive_create()
            return
        for _attempt in range(20):
            try:
                descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as error:  # a read-only folder, a full disk
                raise _lock_error(self.project_path, error) from error
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(descriptor)
                raise self._held_by_other() from None
            except OSError as error:  # a file system without flock: fall back to the file alone
                os.close(descriptor)
                # ENOTSUP and EOPNOTSUPP are one number on Linux, two on macOS (SMB shares).
                if error.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS):
                    self._acquire_exclusive_create()
                    return
                raise _lock_error(self.project_path, error) from error
            if not self._still_named(descriptor):
                os.close(descriptor)  # its holder released (removed) it meanwhile: look again
                continue
            current = read_lock(self.project_path)
            if current is not None and not is_stale(current) and not self._is_me(current):
                # Another machine's lock, or one of a program that does not flock: respect it.
                os.close(descriptor)
                raise _locked(self.project_path, current)
            if not self._lock_project_file():
                # A live program has the project open, though its lock file was deleted: the
                # lock file made here names nobody who may write, so it goes again.
                self.path.unlink(missing_ok=True)
                os.close(descriptor)
                raise ProjectHeld(path=str(self.project_path), lock=str(self.path), host=socket.gethostname(),
                                  holder="another program", since="?",
                                  pid=project_file_holder(self.project_path) or "?")
            try:
                self._write(descriptor)
            except OSError as error:
                self.path.unlink(missing_ok=True)  # half a lock would name nobody
                os.close(descriptor)
                raise _lock_error(self.project_path, error) from error
            self._descriptor = descriptor
            self.held = True
            return
        raise ProjectLocked(path=str(self.project_path), holder="?", host="?", pid=0, since="?")

    def _lock_project_file(self) -> bool:
        """``flock`` the project file; False when another live process holds it.

        No project file yet (a restore into a new name), or a file system without ``flock``:
        the lock file alone guards it, as before.
        """
        if self._project_descriptor is None:
            try:
                # O_NONBLOCK: a FIFO put in the project's place must not hang the open.
                self._project_descriptor = os.open(
                    self.project_path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
            except OSError:
                return True
        try:
            fcntl.flock(self._project_descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            pass  # ENOLCK and the like: nothing more to lock with
        return True

    def _still_named(self, descriptor: int) -> bool:
        try:
            named = os.stat(self.path)
        except FileNotFoundError:
            return False
        opened = os.fstat(descriptor)
        return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)

    @staticmethod
    def _is_me(current: LockHolder) -> bool:
        return current.pid == os.getpid() and on_this_machine(current)

    def _write(self, descriptor: int) -> None:
        data = json.dumps(self._record()).encode("utf-8")
        os.ftruncate(descriptor, 0)
        os.lseek(descriptor, 0, os.SEEK_SET)  # lseek and write: Windows has no os.pwrite
        written = 0
        while written < len(data):
            written += os.write(descriptor, data[written:])
        os.fsync(descriptor)

    def _held_by_other(self) -> ProjectLocked:
        # The holder may be between taking the flock and writing its name (over a stale
        # name, or into an empty file): give it a moment to say who it is.
        current = None
        for _attempt in range(40):
            current = read_lock(self.project_path)
            if current is not None and not is_stale(current):
                break
            time.sleep(0.025)
        if current is None:
            return ProjectLocked(path=str(self.project_path), holder="?", host="?", pid=0, since="?")
        return _locked(self.project_path, current)

    def _acquire_exclusive_create(self) -> None:
        """Without flock: the lock is the file itself, created exclusively."""
        for _attempt in range(3):
            try:
                descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                current = read_lock(self.project_path)
                if is_stale(current):
                    self.path.unlink(missing_ok=True)
                    continue
                assert current is not None
                raise _locked(self.project_path, current) from None
            except OSError as error:
                raise _lock_error(self.project_path, error) from error
            try:
                self._write(descriptor)
            except OSError as error:
                self.path.unlink(missing_ok=True)
                raise _lock_error(self.project_path, error) from error
            finally:
                os.close(descriptor)
            self.held = True
            return
        raise ProjectLocked(path=str(self.project_path), holder="?", host="?", pid=0, since="?")

    def verify(self) -> None:
        """Raise ``LockLost`` unless the lock file is still this program's (cheap: one stat,
        and a read only without flock). Called before every write transaction."""
        if not self.held:
            return
        if self._descriptor is not None:
            if self._still_named(self._descriptor):
                return
        else:
            current = read_lock(self.project_path)
            if current is not None and self._is_me(current):
                return
        self.lost = True
        raise LockLost(path=str(self.project_path), lock=str(self.path))

    def release(self) -> None:
        """Give the lock up. Call it after closing this program's connection to the project,
        also when ``acquire()`` failed (it may keep the project file open until then)."""
        if not self.held:
            self._close_project_descriptor()
            return
        current = read_lock(self.project_path)
        if current is not None and self._is_me(current):
            # Removed while still flock-ed, so nobody takes over a file about to vanish.
            self.path.unlink(missing_ok=True)
        if self._descriptor is not None:
            os.close(self._descriptor)
            self._descriptor = None
        self._close_project_descriptor()
        self.held = False

    def _close_project_descriptor(self) -> None:
        if self._project_descriptor is not None:
            os.close(self._project_descriptor)
            self._project_descriptor = None


def project_file_holder(project_path: Path) -> int | None:
    """The process that ``flock``-s the project file, from the kernel's lock table (Linux)."""
    try:
        found = os.stat(project_path)
        table = Path("/proc/locks").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    wanted = f"{os.major(found.st_dev):02x}:{os.minor(found.st_dev):02x}:{found.st_ino}"
    for line in table.splitlines():
        fields = line.split()
        # "1: FLOCK  ADVISORY  WRITE 4242 08:01:1234 0 EOF"; a waiter's line has "->" in it
        if len(fields) >= 6 and fields[1] == "FLOCK" and fields[2] != "->" and fields[5] == wanted:
            try:
                return int(fields[4])
            except ValueError:
                return None
    return None


def _locked(project_path: Path, current: LockHolder) -> ProjectLocked:
    return ProjectLocked(path=str(project_path), holder=current.holder, host=current.host,
                         pid=current.pid, since=current.since)
