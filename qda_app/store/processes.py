"""Which process, on which machine: what a lock records about its holder, asked of the system.

Each system answers differently. Linux: /proc (the boot, a process's start). Windows: no
signals (``os.kill(pid, 0)`` would send Ctrl+C), so a process is opened and asked; its
numbers are reused soon, so its creation time counts too. macOS: no /proc (``ps`` tells when a
process started), and a host name that changes with the network (the hardware UUID does not).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

WINDOWS = os.name == "nt"
MACOS = sys.platform == "darwin"
# Windows: OpenProcess access that any user may ask for, and GetExitCodeProcess's "still running".
_QUERY_LIMITED_INFORMATION = 0x1000
_STILL_ACTIVE = 259
_ACCESS_DENIED = 5


def boot_id() -> str:
    """This boot of this machine ("" where the system does not say)."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""


def machine_id() -> str:
    """This machine by its hardware, where its name is not stable ("" elsewhere).

    A Mac takes the host name each network's DHCP gives it: a lock written at home would be
    another machine's at the university, respected for ever after a crash, and left behind by
    a session that began on one network and ended on another. Elsewhere the host name stays,
    and a copied disk image would share any stored id, so the name alone decides there.
    """
    if not MACOS:
        return ""
    import ctypes
    import uuid

    try:
        system = ctypes.CDLL("/usr/lib/libSystem.B.dylib")
        raw = ctypes.create_string_buffer(16)
        wait = (ctypes.c_long * 2)(1, 0)  # struct timespec: at most a second
        if system.gethostuuid(raw, wait) != 0:
            return ""
    except (OSError, AttributeError):
        return ""
    return str(uuid.UUID(bytes=raw.raw))


def process_start_time(pid: int) -> str:
    """When process ``pid`` started, as the kernel counts it ("" if unknown or gone)."""
    if WINDOWS:
        # Windows reuses process numbers soon (and has no boot id here): without this a
        # crashed program's lock would stay "held" by whatever process got its number.
        return _windows_process_start_time(pid)
    if MACOS:
        return _ps_start_time(pid)  # no /proc; process numbers restart low after a reboot
    try:
        stat_line = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    # The command name (field 2) is in parentheses and may hold spaces: split after it.
    fields = stat_line.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else ""


def process_alive(pid: int) -> bool:
    """Whether a process numbered ``pid`` runs on this machine (when in doubt: yes).

    ``os.kill(pid, 0)`` asks this only on POSIX. On Windows signal 0 is CTRL_C_EVENT: it
    sends Ctrl+C to a console process group (possibly this program's own) and raises a bare
    OSError for a process that is gone, so there the process is asked for its exit code.
    """
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if WINDOWS:
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: alive, another user's
        return True
    return True


def _windows_process_alive(pid: int) -> bool:
    import _winapi  # Windows only

    try:
        handle = _winapi.OpenProcess(_QUERY_LIMITED_INFORMATION, False, pid)
    except OSError as error:
        # Access denied: it exists (another user's); anything else (invalid parameter): gone.
        return getattr(error, "winerror", None) == _ACCESS_DENIED
    try:
        return _winapi.GetExitCodeProcess(handle) == _STILL_ACTIVE
    finally:
        _winapi.CloseHandle(handle)


def _ps_start_time(pid: int) -> str:
    """The start time ``ps`` shows (to the second), e.g. "Thu Dec 3 19:43:49 2026"."""
    try:
        shown = subprocess.run(["ps", "-o", "lstart=", "-p", str(pid)], capture_output=True, timeout=5,
                               env={**os.environ, "LC_ALL": "C"}, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return " ".join(shown.stdout.decode("ascii", "replace").split()) if shown.returncode == 0 else ""


def _windows_process_start_time(pid: int) -> str:
    import _winapi  # Windows only
    import ctypes
    from ctypes import wintypes

    try:
        handle = _winapi.OpenProcess(_QUERY_LIMITED_INFORMATION, False, pid)
    except OSError:
        return ""
    try:
        created, exited, kernel, user = (wintypes.FILETIME() for _ in range(4))
        if not ctypes.windll.kernel32.GetProcessTimes(
                wintypes.HANDLE(handle), ctypes.byref(created), ctypes.byref(exited), ctypes.byref(kernel),
                ctypes.byref(user)):
            return ""
        return str(created.dwHighDateTime << 32 | created.dwLowDateTime)
    finally:
        _winapi.CloseHandle(handle)
