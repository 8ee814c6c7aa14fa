"""One writer per project: a lock file beside the project names who holds it.

A lock left by a crashed program on this machine (its process is gone) is stale and is
taken over; a lock from another machine cannot be checked and is respected.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from qda_app.core.errors import ProjectLocked
from qda_app.store.database import utc_now


@dataclass(frozen=True)
class LockHolder:
    holder: str
    host: str
    pid: int
    program: str
    since: str


def lock_path(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + ".lock")


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_lock(project_path: Path) -> LockHolder | None:
    try:
        data = json.loads(lock_path(project_path).read_text(encoding="utf-8"))
        return LockHolder(
            holder=str(data["holder"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            program=str(data.get("program", "qda_app")),
            since=str(data["since"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(holder: LockHolder | None) -> bool:
    if holder is None:
        return True  # unreadable or half-written lock: its writer died mid-write
    if holder.host != socket.gethostname():
        return False
    return not _process_alive(holder.pid)


class ProjectLock:
    """Held while a program may write to the project."""

    def __init__(self, project_path: Path, *, holder: str, program: str) -> None:
        self.project_path = project_path
        self.path = lock_path(project_path)
        self.holder = holder
        self.program = program
        self.held = False

    def acquire(self) -> None:
        record = {
            "holder": self.holder or getpass.getuser(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "program": self.program,
            "since": utc_now(),
        }
        for _attempt in range(3):
            try:
                descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                current = read_lock(self.project_path)
                if is_stale(current):
                    self.path.unlink(missing_ok=True)
                    continue
                raise ProjectLocked(
                    path=str(self.project_path),
                    holder=current.holder,
                    host=current.host,
                    pid=current.pid,
                    since=current.since,
                ) from None
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                json.dump(record, handle)
                handle.flush()
                os.fsync(handle.fileno())
            self.held = True
            return
        raise ProjectLocked(path=str(self.project_path), holder="?", host="?", pid=0, since="?")

    def release(self) -> None:
        if not self.held:
            return
        current = read_lock(self.project_path)
        if current is not None and current.pid == os.getpid() and current.host == socket.gethostname():
            self.path.unlink(missing_ok=True)
        self.held = False
