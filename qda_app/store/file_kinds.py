"""What a path on disk is, without trusting its name: a project, a project's companion, a special file.

Every output refuses a project (this one or any other, however it is reached: by a symlink, a
hard link, another extension) and the files a project lives with (``-wal``, ``-shm``, the lock,
the backups folder). A project is recognised by its content - the SQLite header and our
``application_id`` - never by its extension. Special files (FIFOs, devices, sockets) are refused
before anything opens them: opening a FIFO for reading waits for a writer for ever.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import socket
import stat
import struct
from pathlib import Path

from qda_app.store.database import APPLICATION_ID, SQLITE_HEADER

# Files SQLite and this program keep beside a project, by the suffix added to its name.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock", ".backups")
_APPLICATION_ID_OFFSET = 68  # SQLite file format: "Application ID" at bytes 68-71, big-endian

# Work in progress: ".<target>.q<pid>-<host>-<random>.<kind>", hidden, and naming the process and
# machine that writes it, so a later run can tell a killed run's leftover from live work.
WORK_KINDS = ("tmp", "importing", "restoring", "building", "partial")
HOST_TAG = hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:4]
WORK_NAME = re.compile(
    r"^\..+\.q(?P<pid>\d+)-(?P<host>[0-9a-f]{4})-[0-9a-z_]+\.(?:" + "|".join(WORK_KINDS) + r")"
    r"(?:-wal|-shm|-journal|\.lock)?$"
)


def work_name(target: Path, kind: str) -> Path:
    """A hidden name beside ``target`` for work in progress, recognisable as a leftover."""
    if kind not in WORK_KINDS:
        raise ValueError(kind)
    return target.with_name(f".{target.name}.q{os.getpid()}-{HOST_TAG}-{secrets.token_hex(3)}.{kind}")


def special_kind(path: str | Path) -> str | None:
    """"a FIFO (named pipe)", "a device", "a socket", "a folder", or None for a regular file or
    a path that does not exist. Symlinks are followed: what counts is what would be opened."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


# special_kind's answer -> the key that words it (cli.messages: ARGUMENT_REASONS, OUTPUT_PROBLEMS,
# PROJECT_PROBLEMS).
SPECIAL_KIND_KEYS = {"a folder": "is_folder", "a FIFO (named pipe)": "is_fifo", "a socket": "is_socket",
                     "a device": "is_device", "not a regular file": "not_regular_file"}


def is_project_file(path: str | Path) -> bool:
    """Whether ``path`` (followed through links) holds a qda_app project, by its first bytes."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as handle:
            head = handle.read(_APPLICATION_ID_OFFSET + 4)
    except OSError:
        return False
    if len(head) < _APPLICATION_ID_OFFSET + 4 or not head.startswith(SQLITE_HEADER):
        return False
    (application_id,) = struct.unpack(">i", head[_APPLICATION_ID_OFFSET:_APPLICATION_ID_OFFSET + 4])
    return application_id & 0xFFFFFFFF == APPLICATION_ID


def project_reason(path: str | Path) -> tuple[str, str | None] | None:
    """Why writing at ``path`` would damage a project, or None: ("project", None) for a project
    file, ("companion", the project's path) for its journal, lock or backups.

    Checks the path as given and as resolved through symlinks; a hard link to a project has the
    project's content, so the content check finds it too.
    """
    given = Path(path)
    candidates = [given]
    try:
        resolved = given.resolve()
        if resolved != given:
            candidates.append(resolved)
    except (OSError, RuntimeError):  # a symlink loop: nothing to resolve to
        pass
    for candidate in candidates:
        if is_project_file(candidate):
            return "project", None
        owner = _companion_owner(candidate)
        if owner is not None:
            return "companion", str(owner)
    return None


def _companion_owner(path: Path) -> Path | None:
    # Compared case-insensitively: on Windows and macOS (by default) "Study.qdaproj-WAL" is the
    # journal of "study.qdaproj". On Linux such a name is a different file, refused all the same.
    name = path.name.casefold()
    for suffix in COMPANION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            base = path.with_name(path.name[: -len(suffix)])
            if _is_or_was_project(base):
                return base
    for folder in path.parents:
        if folder.name.casefold().endswith(".backups") and len(folder.name) > len(".backups"):
            base = folder.with_name(folder.name[: -len(".backups")])
            if _is_or_was_project(base):
                return base
    return None


def _is_or_was_project(base: Path) -> bool:
    # A project just moved away (or mid-restore) still owns its journal: never write a -wal
    # beside a name that is, or is named as, a project.
    return base.name.casefold().endswith(".qdaproj") or is_project_file(base)
