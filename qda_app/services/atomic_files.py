"""Atomic output: write to a temporary file beside the target, then put it in place whole.

Every file the program writes goes through here (exports, reports, copies, pseudonymised and
blind copies, imports, restores, backups, the demo), so the rules hold everywhere:

- a failed or killed write never leaves half a file under the user's name; the temporary file
  is flushed to disk before the rename, so after a power cut the name holds the old file or
  the whole new one;
- no output ever lands on a project file - this one or any other, reached through a symlink or
  a hard link - nor on a project's journal (``-wal``, ``-shm``), lock or backups folder;
- an existing file is replaced only when the user asked for it (``overwrite=True``, or a
  front end's ``overwrite_allowed()`` after ``--force`` or a confirmed save dialog); without
  that the new file is linked into place, which fails if a file appeared meanwhile;
- temporary files carry the writing process's id, so one left by a killed run is recognised
  and removed by the next (``sweep_leftovers``).

Outputs hold quotation text, so like the project file they stay readable by their owner only
(mkstemp's 0600).
"""

from __future__ import annotations

import contextvars
import errno
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from qda_app.core.errors import ExportFailed, InvalidArgument, OutputRefused
from qda_app.store.durable import flush_to_disk
from qda_app.store.file_kinds import HOST_TAG, SPECIAL_KIND_KEYS, WORK_NAME, project_reason, special_kind, work_name
from qda_app.store.processes import process_alive

# Set by a front end for the extent of one user request that confirmed replacing files
# (``--force`` on the command line, a save dialog's "replace?" in the program). A context
# variable rather than a parameter threaded through every exporter: writers written on other
# branches keep calling ``atomic_path(target)`` and still obey the user's answer.
_overwrite_confirmed: contextvars.ContextVar[bool] = contextvars.ContextVar("overwrite_confirmed", default=False)

_SQLITE_COMPANIONS = ("-wal", "-shm", "-journal", ".lock")


@contextmanager
def overwrite_allowed(allowed: bool = True) -> Iterator[None]:
    """Within the block, writers may replace existing (non-project) files: the user said so."""
    token = _overwrite_confirmed.set(bool(allowed))
    try:
        yield
    finally:
        _overwrite_confirmed.reset(token)


def _may_overwrite(overwrite: bool | None) -> bool:
    return _overwrite_confirmed.get() if overwrite is None else overwrite


def refuse_if_protected(path: str | Path) -> None:
    """Refuse a destination that is, or belongs to, a qda_app project (whatever ``overwrite``)."""
    path = Path(path)
    found = project_reason(path)
    if found is not None:
        kind, owner = found
        raise OutputRefused(file=str(path), reason="project",
                            problem="is_project" if kind == "project" else "project_companion", owner=owner)


_NOT_A_FILE = SPECIAL_KIND_KEYS

# What Windows refuses in a file name (and "/" everywhere), and the device names it reserves
# whatever the extension ("aux.qdaproj" opens the AUX device on Windows 10, not a file).
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_WINDOWS_DEVICE_NAMES = frozenset(["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
                                  + [f"{kind}{n}" for kind in ("COM", "LPT") for n in "123456789¹²³"])


def file_name_from(text: str, *, fallback: str) -> str:
    """A file name (no folder) made from a user's text that Windows, macOS and Linux all accept:
    such characters become "_", no trailing dot or space (Windows drops them), no device name."""
    name = _NOT_IN_FILE_NAMES.sub("_", text).strip().rstrip(". ")[:120].rstrip(". ")
    if name.split(".", 1)[0].rstrip(" ").upper() in _WINDOWS_DEVICE_NAMES:
        name = f"_{name}"
    return name or fallback


def check_input(path: str | Path) -> Path:
    """Refuse a path given to read that is a FIFO, device, socket or folder, before anything
    opens it (reading a FIFO would wait for ever). A missing path passes: the reader says so."""
    path = Path(path)
    kind = special_kind(path)
    if kind is not None:
        raise InvalidArgument(name=str(path), reason=_NOT_A_FILE.get(kind, "not_regular_file"))
    return path


def check_target(path: Path, *, overwrite: bool | None = None) -> Path:
    """The destination, checked before any work: a file name in an existing folder, not a
    project or a project's companion, and not an existing file unless replacing was asked for."""
    path = Path(path)
    kind = special_kind(path)
    if kind == "a folder":
        raise ExportFailed(file=str(path), problem="is_folder")
    if kind is not None:
        raise OutputRefused(file=str(path), reason="special", problem=_NOT_A_FILE.get(kind, "not_regular_file"))
    if not path.parent.is_dir():
        raise ExportFailed(file=str(path), problem="no_folder", folder=str(path.parent))
    refuse_if_protected(path)
    if os.path.lexists(path) and not _may_overwrite(overwrite):
        raise _exists(path)
    return path


def _exists(path: Path) -> OutputRefused:
    return OutputRefused(file=str(path), reason="exists", problem="exists")


@contextmanager
def atomic_path(target: str | Path, *, overwrite: bool | None = None) -> Iterator[Path]:
    """A temporary path in the target's folder; it becomes ``target`` if the block succeeds."""
    path = check_target(Path(target), overwrite=overwrite)
    descriptor, temporary_path = _temporary_beside(path)
    os.close(descriptor)
    try:
        yield temporary_path
        with open(temporary_path, "rb+") as written:
            flush_to_disk(written.fileno())
        place(temporary_path, path, overwrite=overwrite)
    except OSError as error:
        temporary_path.unlink(missing_ok=True)
        raise ExportFailed(file=str(path), detail=error.strerror or str(error)) from error
    except BaseException:
        temporary_path.unlink(missing_ok=True)
        raise


def write_atomically(target: str | Path, data: bytes, *, overwrite: bool | None = None) -> None:
    """``atomic_path`` for content already in memory: written, flushed and renamed through the one
    descriptor the temporary file was made with (small exports are mostly this file work)."""
    path = check_target(Path(target), overwrite=overwrite)
    descriptor, temporary_path = _temporary_beside(path)
    try:
        with open(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            flush_to_disk(stream.fileno())
        place(temporary_path, path, overwrite=overwrite)
    except OSError as error:
        temporary_path.unlink(missing_ok=True)
        raise ExportFailed(file=str(path), detail=error.strerror or str(error)) from error
    except BaseException:
        temporary_path.unlink(missing_ok=True)
        raise


def place(temporary: Path, target: Path, *, overwrite: bool | None = None,
          project_own_file: bool = False) -> None:
    """Put a complete, flushed ``temporary`` at ``target`` in one step.

    Checked again at the last moment (a project may have appeared there meanwhile). Without
    permission to overwrite, a hard link makes the file appear only if the name is free; file
    systems without hard links fall back to a checked rename. ``project_own_file``: the one
    writer allowed among a project's files, its own backups.
    """
    if not project_own_file:
        refuse_if_protected(target)
    if _may_overwrite(overwrite):
        os.replace(temporary, target)
        sync_folder(target.parent)
        return
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise _exists(target) from None
    except OSError as error:
        if not _no_hard_link_here(error):
            raise
        if os.path.lexists(target):
            raise _exists(target) from None
        os.replace(temporary, target)
    else:
        temporary.unlink(missing_ok=True)
    sync_folder(target.parent)


_NO_HARD_LINK_ERRNOS = (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK, errno.EXDEV)
# Windows: FAT and exFAT (USB sticks) answer ERROR_INVALID_FUNCTION, some network shares
# ERROR_NOT_SUPPORTED; Python reports both as EINVAL, which must not be taken for that.
_NO_HARD_LINK_WINERRORS = (1, 50)


def _no_hard_link_here(error: OSError) -> bool:
    """Whether a failed ``os.link`` means the file system has no hard links (or not here)."""
    return error.errno in _NO_HARD_LINK_ERRNOS or getattr(error, "winerror", None) in _NO_HARD_LINK_WINERRORS


@contextmanager
def building_project(target: str | Path, *, overwrite: bool | None = None) -> Iterator[Path]:
    """A temporary path to build a new project file in (a copy, an import, a pseudonymised
    copy, the demo); it becomes ``target`` only when the block succeeded and closed it.

    A project is never replaced this way: ``target`` must not be one. On failure or a kill the
    temporary file and its journal are all that is left, and the next run removes them.
    """
    path = check_target(Path(target), overwrite=overwrite)
    temporary = temporary_name(path, "building")
    try:
        yield temporary
        with open(temporary, "rb+") as written:
            flush_to_disk(written.fileno())
        for suffix in ("-wal", "-shm", ".lock"):
            Path(f"{temporary}{suffix}").unlink(missing_ok=True)  # closed cleanly: nothing in them
        place(temporary, path, overwrite=overwrite)
    except OSError as error:
        raise ExportFailed(file=str(path), detail=error.strerror or str(error)) from error
    finally:
        remove_with_companions(temporary)


def temporary_name(target: Path, kind: str) -> Path:
    """A hidden name beside ``target`` for work in progress, recognisable as a leftover."""
    return work_name(Path(target), kind)


def remove_with_companions(path: Path) -> None:
    for suffix in ("", *_SQLITE_COMPANIONS):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def sweep_leftovers(folder: str | Path) -> list[Path]:
    """Remove the temporary files of killed runs in ``folder`` (made on this machine by a
    process that no longer exists); returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = WORK_NAME.match(entry.name)
        if match is None or match["host"] != HOST_TAG or process_alive(int(match["pid"])):
            continue
        try:
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def sync_folder(folder: Path) -> None:
    """Make a rename itself durable (the folder entry), where the system allows it."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _temporary_beside(path: Path) -> tuple[int, Path]:
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.q{os.getpid()}-{HOST_TAG}-", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise ExportFailed(file=str(path), detail=error.strerror or str(error)) from error
    return descriptor, Path(temporary)
