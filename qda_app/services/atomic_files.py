"""Atomic output: write to a temporary file beside the target, then ``os.replace`` it.

A failed or interrupted export therefore never leaves half a file under the user's name, and a
previous file of that name survives until the new one is complete. The file is flushed to disk
before the rename, so after a power cut the name holds the old file or the whole new one. Exports hold quotation
text, so like the project file they stay readable by their owner only (mkstemp's 0600).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from qda_app.core.errors import ExportFailed


def check_target(path: Path) -> Path:
    path = Path(path)
    if path.is_dir():
        raise ExportFailed(file=str(path), detail="is a folder; give a file name")
    if not path.parent.is_dir():
        raise ExportFailed(file=str(path), detail=f"the folder {path.parent} does not exist")
    return path


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """A temporary path in the target's folder; it becomes ``target`` if the block succeeds."""
    path = check_target(Path(target))
    descriptor, temporary_path = _temporary_beside(path)
    os.close(descriptor)
    try:
        yield temporary_path
        with open(temporary_path, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary_path, path)
    except OSError as error:
        temporary_path.unlink(missing_ok=True)
        raise ExportFailed(file=str(path), detail=error.strerror or str(error)) from error
    except BaseException:
        temporary_path.unlink(missing_ok=True)
        raise


def write_atomically(target: str | Path, data: bytes) -> None:
    """``atomic_path`` for content already in memory: written, flushed and renamed through the one
    descriptor the temporary file was made with (small exports are mostly this file work)."""
    path = check_target(Path(target))
    descriptor, temporary_path = _temporary_beside(path)
    try:
        with open(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary_path, path)
    except OSError as error:
        temporary_path.unlink(missing_ok=True)
        raise ExportFailed(file=str(path), detail=error.strerror or str(error)) from error


def _temporary_beside(path: Path) -> tuple[int, Path]:
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise ExportFailed(file=str(path), detail=error.strerror or str(error)) from error
    return descriptor, Path(temporary)
