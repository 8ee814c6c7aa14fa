"""Freed memory handed back to the system between the phases of a long export.

Python and numpy free what a phase no longer needs, but glibc keeps the freed pages for the
process's later allocations, and a worker thread's arena (the report book reads the texts in
one) keeps them too: after the report book of a 200,000-quotation project is freed, some
90 MB stay resident that the next phase, made of larger numpy arrays the allocator takes
elsewhere, never reuses. ``malloc_trim`` returns them; elsewhere (macOS, Windows, musl) there
is no such call and nothing is done.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys


def return_freed_memory() -> None:
    gc.collect()  # objects in reference cycles, freed only by the collector
    if not sys.platform.startswith("linux"):
        return
    try:
        trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)
