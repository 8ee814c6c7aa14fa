"""What the store does differently on Windows and macOS, simulated on this system.

Windows: no ``fcntl``, ``os.kill(pid, 0)`` is not a liveness check there (signal 0 is
CTRL_C_EVENT), process numbers are soon reused, and a project on a mapped network drive
resolves to a UNC path. macOS: no /proc to tell when a process started.
"""

from __future__ import annotations

import ctypes
import json
import os
import re
import shutil
import socket
import sqlite3
import sys
import types
from pathlib import PureWindowsPath

import pytest

from qda_app.core.errors import ProjectLocked
from qda_app.store import lock as lock_module
from qda_app.store import processes
from qda_app.store.database import read_only_uri
from qda_app.store.lock import ProjectLock, lock_path, read_lock
from qda_app.store.processes import process_alive

GONE_PID = 2**22 + 4321
OTHER_PID = 2**22 + 4322


# --- read-only URIs ----------------------------------------------------------------------------


def assert_ana_takes_the_lock(project) -> None:
    """Ana opens the project for writing: the lock is hers until she closes it."""
    lock = ProjectLock(project, holder="Ana", program="qda-app")
    lock.acquire()
    try:
        assert read_lock(project).holder == "Ana"
    finally:
        lock.release()

def test_a_unc_path_gives_a_uri_without_authority():
    """resolve() turns a mapped drive (H:) into \\\\server\\share: SQLite refuses file://server/."""
    uri = read_only_uri(PureWindowsPath(r"\\fileserver\home$\ana\Puno study#2.qdaproj"))
    assert uri == "file:////fileserver/home%24/ana/Puno%20study%232.qdaproj?mode=ro"


def test_a_drive_letter_path_keeps_its_three_slashes():
    uri = read_only_uri(PureWindowsPath(r"C:\Users\Ana\study.qdaproj"))
    assert uri == "file:///C:/Users/Ana/study.qdaproj?mode=ro"


def test_sqlite_opens_the_uri_it_is_given(tmp_path):
    path = tmp_path / "odd #name?.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (a)")
    connection.commit()
    connection.close()
    # The four-slash form (empty authority, path starting "//") opens the same file here too.
    four_slashes = "file:////" + read_only_uri(path)[len("file:///"):]
    for uri in (read_only_uri(path), read_only_uri(str(path)), four_slashes):
        reader = sqlite3.connect(uri, uri=True)
        try:
            assert reader.execute("SELECT count(*) FROM t").fetchone() == (0,)
        finally:
            reader.close()


# --- process liveness on Windows ---------------------------------------------------------------

class _FakeWinapi(types.ModuleType):
    """``_winapi`` for processes: ``alive`` are running, ``other_users`` refuse access."""

    def __init__(self, *, alive=(), other_users=()) -> None:
        super().__init__("_winapi")
        self.alive, self.other_users, self.closed = set(alive), set(other_users), []

    def OpenProcess(self, access, inherit, pid):  # noqa: N802 - the Windows API's name
        if pid in self.other_users:
            error = OSError(13, "Access is denied")
            error.winerror = 5
            raise error
        if pid not in self.alive and pid != 999:
            error = OSError(22, "The parameter is incorrect")
            error.winerror = 87
            raise error
        return pid

    def GetExitCodeProcess(self, handle):  # noqa: N802
        return 259 if handle in self.alive else 0  # 999: exited, handle still open somewhere

    def CloseHandle(self, handle):  # noqa: N802
        self.closed.append(handle)


@pytest.fixture
def windows(monkeypatch):
    """Windows as the lock sees it: no fcntl, and os.kill as Windows' Python does it."""
    def windows_kill(pid, signal):
        if signal == 0:  # CTRL_C_EVENT: Ctrl+C to a console group, or WinError 87 for a gone pid
            raise AssertionError("os.kill(pid, 0) sends Ctrl+C on Windows")
        raise AssertionError("os.kill on Windows terminates the process")

    monkeypatch.setattr(lock_module, "fcntl", None)
    monkeypatch.setattr(processes, "WINDOWS", True)
    monkeypatch.setattr(os, "kill", windows_kill)
    fake = _FakeWinapi(alive={OTHER_PID}, other_users={OTHER_PID + 1})
    monkeypatch.setitem(sys.modules, "_winapi", fake)
    return fake


def test_windows_asks_a_process_for_its_exit_code_instead_of_signalling_it(windows):
    assert process_alive(OTHER_PID) is True
    assert process_alive(OTHER_PID + 1) is True  # another user's: may not be asked, exists
    assert process_alive(GONE_PID) is False
    assert process_alive(999) is False  # exited
    assert process_alive(os.getpid()) is True
    assert windows.closed == [OTHER_PID, 999]


def _lock_of(project, pid: int, started: str = "") -> None:
    record = {"holder": "Eva", "host": socket.gethostname(), "pid": pid, "program": "qda-app",
              "since": "2026-01-01T00:00:00Z", "started": started}
    lock_path(project).write_text(json.dumps(record), encoding="utf-8")


def test_windows_takes_over_the_lock_of_a_crashed_program(tmp_path, windows):
    project = tmp_path / "study.qdaproj"
    _lock_of(project, GONE_PID)
    assert_ana_takes_the_lock(project)
    assert not lock_path(project).exists()


def test_windows_respects_the_lock_of_a_running_program(tmp_path, windows):
    project = tmp_path / "study.qdaproj"
    _lock_of(project, OTHER_PID)
    with pytest.raises(ProjectLocked) as refused:
        ProjectLock(project, holder="Ana", program="qda-app").acquire()
    assert refused.value.holder == "Eva"
    assert read_lock(project).pid == OTHER_PID


def test_a_lock_without_a_user_name_still_names_its_machine(tmp_path, monkeypatch):
    """getpass.getuser() on Windows without USERNAME: ImportError (no pwd) before 3.13, OSError after."""
    def no_name():
        raise ModuleNotFoundError("No module named 'pwd'")

    monkeypatch.setattr(lock_module.getpass, "getuser", no_name)
    project = tmp_path / "study.qdaproj"
    lock = ProjectLock(project, holder="", program="qda-app")
    lock.acquire()
    try:
        assert (read_lock(project).holder, read_lock(project).host) == ("?", socket.gethostname())
    finally:
        lock.release()


def _windows_process_times(monkeypatch, created: dict[int, int]) -> None:
    """kernel32.GetProcessTimes answering ``created[pid]`` (a FILETIME) for the opened process."""
    def get_process_times(handle, created_time, exited, kernel, user):
        pid = handle.value
        if pid not in created:
            return 0
        created_time._obj.dwHighDateTime, created_time._obj.dwLowDateTime = divmod(created[pid], 2**32)
        return 1

    kernel32 = types.SimpleNamespace(GetProcessTimes=get_process_times)
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=kernel32), raising=False)


def test_windows_knows_a_process_number_taken_by_another_program(tmp_path, windows, monkeypatch):
    """Windows reuses process numbers soon: the crashed holder's number now runs something else."""
    _windows_process_times(monkeypatch, {OTHER_PID: 133_000_000_000_000_123})
    assert processes.process_start_time(OTHER_PID) == "133000000000000123"
    assert processes.process_start_time(GONE_PID) == ""
    project = tmp_path / "study.qdaproj"
    _lock_of(project, OTHER_PID, started="132000000000000456")
    assert_ana_takes_the_lock(project)


def test_windows_respects_the_holder_still_running_under_its_number(tmp_path, windows, monkeypatch):
    _windows_process_times(monkeypatch, {OTHER_PID: 133_000_000_000_000_123})
    project = tmp_path / "study.qdaproj"
    _lock_of(project, OTHER_PID, started="133000000000000123")
    with pytest.raises(ProjectLocked):
        ProjectLock(project, holder="Ana", program="qda-app").acquire()


# --- process start times on macOS (no /proc) ---------------------------------------------------

needs_ps = pytest.mark.skipif(shutil.which("ps") is None, reason="no ps command here")


@needs_ps
def test_macos_reads_a_process_start_time_from_ps(monkeypatch):
    monkeypatch.setattr(processes, "MACOS", True)
    started = processes.process_start_time(os.getppid())
    assert re.fullmatch(r"[A-Z][a-z]{2} [A-Z][a-z]{2} \d{1,2} \d\d:\d\d:\d\d \d{4}", started), started
    assert processes.process_start_time(GONE_PID) == ""


@needs_ps
def test_macos_knows_a_process_number_taken_by_another_program(tmp_path, monkeypatch):
    monkeypatch.setattr(processes, "MACOS", True)
    project = tmp_path / "study.qdaproj"
    _lock_of(project, os.getppid(), started="Mon Jan 1 00:00:00 2001")  # alive, but started since
    assert_ana_takes_the_lock(project)
    _lock_of(project, os.getppid(), started=processes.process_start_time(os.getppid()))
    with pytest.raises(ProjectLocked):
        ProjectLock(project, holder="Ana", program="qda-app").acquire()


# --- flock refused on macOS --------------------------------------------------------------------

def test_a_macos_share_without_flock_falls_back_to_the_file_alone(tmp_path, monkeypatch):
    """macOS numbers ENOTSUP (45) and EOPNOTSUPP (102) apart; Linux gives both 95."""
    mac_errno = types.SimpleNamespace(ENOLCK=77, EOPNOTSUPP=102, ENOTSUP=45, ENOSYS=78,
                                      EROFS=30, EACCES=13, EPERM=1)

    def refuse(descriptor, operation):
        raise OSError(45, "Operation not supported")

    monkeypatch.setattr(lock_module, "errno", mac_errno)
    monkeypatch.setattr(lock_module.fcntl, "flock", refuse)
    project = tmp_path / "study.qdaproj"
    lock = ProjectLock(project, holder="Ana", program="qda-app")
    lock.acquire()
    try:
        assert lock.held and read_lock(project).holder == "Ana"
    finally:
        lock.release()


# --- read-only folders on Windows --------------------------------------------------------------

def test_windows_opens_a_project_in_a_read_only_folder_read_only(tmp_path, monkeypatch):
    """Windows' os.access calls every folder writable (it reads only the read-only attribute,
    which folders ignore): a project on a read-only share must still open, read-only."""
    from qda_app.services import documents
    from qda_app.services.project import Project
    from qda_app.store import opening
    from tests.store.test_write_failures import read_only

    media = tmp_path / "media"
    media.mkdir()
    with Project.create(media / "p.qdaproj", coder="Ana") as project:
        documents.add_text_document(project, name="E01", text="Alcalde: sin plata no hay obra.")
    real_access = os.access

    def windows_access(path, mode, *args, **kwargs):
        return True if os.path.isdir(path) else real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(opening, "WINDOWS", True, raising=False)
    monkeypatch.setattr(os, "access", windows_access)
    with read_only(media):
        with Project.open(media / "p.qdaproj", read_only_if_unwritable=True) as opened:
            assert opened.read_only
            assert [document.name for document in documents.list_documents(opened)] == ["E01"]
        assert sorted(path.name for path in media.iterdir()) == ["p.qdaproj"]


# --- a Mac's host name changes with the network ------------------------------------------------

@pytest.fixture
def mac_on_the_move(monkeypatch):
    """macOS, whose host name is whatever the current network's DHCP says; its hardware UUID stays."""
    names = {"now": "Anas-MacBook-Air.local"}
    monkeypatch.setattr(processes, "MACOS", True)
    monkeypatch.setattr(lock_module, "machine_id", lambda: "564D1C2A-0000-4000-8000-00000000A1B2")
    monkeypatch.setattr(socket, "gethostname", lambda: names["now"])
    return names


def test_a_mac_that_changed_network_during_a_session_leaves_no_lock(tmp_path, mac_on_the_move, monkeypatch):
    project = tmp_path / "study.qdaproj"
    lock = ProjectLock(project, holder="Ana", program="qda-app")
    lock.acquire()
    mac_on_the_move["now"] = "eduroam-10-3-4-5.uni.example"  # slept at home, woke at the university
    lock.verify()
    lock.release()
    assert not lock_path(project).exists()
    again = ProjectLock(project, holder="Ana", program="qda-app")
    again.acquire()
    again.release()


def test_a_mac_takes_over_its_own_crashed_lock_on_another_network(tmp_path, mac_on_the_move, monkeypatch):
    project = tmp_path / "study.qdaproj"
    record = {"holder": "Eva", "host": "Anas-MacBook-Air.local", "pid": GONE_PID, "program": "qda-app",
              "since": "2026-01-01T00:00:00Z", "machine": "564D1C2A-0000-4000-8000-00000000A1B2"}
    lock_path(project).write_text(json.dumps(record), encoding="utf-8")
    mac_on_the_move["now"] = "eduroam-10-3-4-5.uni.example"
    assert_ana_takes_the_lock(project)


def test_another_mac_under_the_same_name_is_still_another_machine(tmp_path, mac_on_the_move, monkeypatch):
    project = tmp_path / "study.qdaproj"
    record = {"holder": "Eva", "host": "Anas-MacBook-Air.local", "pid": GONE_PID, "program": "qda-app",
              "since": "2026-01-01T00:00:00Z", "machine": "11111111-2222-4333-8444-555555555555"}
    lock_path(project).write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(ProjectLocked):
        ProjectLock(project, holder="Ana", program="qda-app").acquire()


def test_only_a_mac_names_itself_by_its_hardware(monkeypatch):
    monkeypatch.setattr(processes, "MACOS", False)
    assert processes.machine_id() == ""
    monkeypatch.setattr(processes, "MACOS", True)
    assert processes.machine_id() == ""  # no libSystem here: unknown, so the host name decides
