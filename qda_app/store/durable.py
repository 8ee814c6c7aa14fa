"""Putting a written file on the disk itself, before it is renamed into place.

On macOS ``fsync`` hands the data to the drive but leaves it in the drive's own cache, so a
power cut can still lose a file that was already renamed over the old one; ``F_FULLFSYNC``
asks the drive to write its cache out (Apple's fsync(2) page says so). It costs a few
milliseconds, paid once per file written. Linux's and Windows' fsync already do this.
The project file's own commits get the same through ``PRAGMA fullfsync`` (store.opening).
"""

from __future__ import annotations

import os

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


def flush_to_disk(descriptor: int) -> None:
    """``fsync``, or on macOS ``F_FULLFSYNC`` where the file system has it."""
    full_sync = getattr(fcntl, "F_FULLFSYNC", None)
    if full_sync is not None:
        try:
            fcntl.fcntl(descriptor, full_sync)
            return
        except OSError:
            pass  # not on this file system (some network shares): fsync is the best there is
    os.fsync(descriptor)
