"""Hand freed memory back to the system at once, for the verbs that build a report.

A report is built from numpy arrays of a few MB each (the codings of 200,000 quotations, their
sorts and joins), made and dropped one after another. glibc serves a block that large from its
heap once blocks of that size have been freed (its mmap threshold rises with them, up to 32
MB), and the heap rarely shrinks: every transient array stays in the process' resident memory
after it is freed, and the peak climbs phase after phase (measured on ``huge``: 30-60 MB above
what is ever live at once). A fixed threshold keeps such blocks in their own mappings, returned
to the system the moment they are freed. Elsewhere than glibc this does nothing.
"""

from __future__ import annotations

import ctypes
import sys

_M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter number
_THRESHOLD_BYTES = 1024 * 1024


def return_freed_blocks_promptly() -> bool:
    """Fix glibc's mmap threshold at 1 MB; False where there is no glibc to tell."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, _THRESHOLD_BYTES))
