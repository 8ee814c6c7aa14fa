"""The project lock on its own: stale-lock takeover, other machines, the fallback without flock.

Each case builds the lock file it needs by hand (holder, host, process number, boot id, start
time) and checks which program may write and whom a refusal names.
"""

from __future__ import annotations

import errno
import json
import os
import socket
from pathlib import Path

import pytest

from qda_app.core.errors import LockLost, ProjectLocked, ProjectReadOnly, WriteFailed
from qda_app.store import lock as lock_module
from qda_app.store.lock import LockHolder, ProjectLock, boot_id, is_stale, lock_path, process_start_time, read_lock

HOST = socket.gethostname()
DEAD_PID = 2**22 + 4321  # above Linux's largest process number: never alive


def holder(**fields) -> LockHolder:
    values = {"holder": "Eva", "host": HOST, "pid": os.getpid(), "program": "qda-app", "since": "2026-01-01T00:00:00Z",
              "boot_id": boot_id(), "started": process_start_time(os.getpid())}
    values.update(fields)
    return LockHolder(**values)


def write_lock(project: Path, **fields) -> None:
    record = holder(**fields)
    lock_path(project).write_text(json.dumps(record.__dict__), encoding="utf-8")


@pytest.fixture
def project(tmp_path) -> Path:
    return tmp_path / "study.qdaproj"


@pytest.fixture
def without_flock(monkeypatch):
    """A system without ``fcntl`` (Windows): the lock is the exclusively created file."""
    monkeypatch.setattr(lock_module, "fcntl", None)


# --- when a lock is stale ---------------------------------------------------------------------

def test_a_live_lock_of_this_process_is_not_stale():
    assert is_stale(holder()) is False
    assert is_stale(holder(started="")) is False  # no start time recorded: the live process counts
    assert is_stale(holder(boot_id="")) is False  # no boot id recorded: not a reason either


def test_unreadable_dead_rebooted_and_reused_locks_are_stale():
    assert is_stale(None) is True
    assert is_stale(holder(pid=DEAD_PID)) is True
    assert is_stale(holder(pid=0)) is True
    assert is_stale(holder(pid=-5)) is True
    assert is_stale(holder(boot_id="a-boot-before-the-last-restart")) is True
    assert is_stale(holder(started="1")) is True  # this process number, but a later process


def test_another_machines_lock_is_never_stale():
    assert is_stale(holder(host=HOST + "-other", pid=DEAD_PID, boot_id="elsewhere")) is False


def test_a_process_another_user_owns_counts_as_alive(monkeypatch):
    def not_permitted(pid, signal):
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "kill", not_permitted)
    assert is_stale(holder(started="")) is False


def test_process_start_time_of_a_gone_process_is_empty():
    assert process_start_time(DEAD_PID) == ""
    assert process_start_time(os.getpid()).isdigit()


def test_read_lock_fills_what_older_programs_did_not_write(project):
    lock_path(project).write_text(json.dumps({"holder": "Ana", "host": "pc", "pid": "12", "since": "s"}))
    assert read_lock(project) == LockHolder(holder="Ana", host="pc", pid=12, program="qda_app", since="s")
    for garbled in ("{half", json.dumps({"holder": "Ana"}), json.dumps({"holder": "A", "host": "h", "pid": "x",
                                                                      "since": "s"}), "[1, 2]"):
        lock_path(project).write_text(garbled)
        assert read_lock(project) is None, garbled
    lock_path(project).unlink()
    assert read_lock(project) is None


# --- with flock ---------------------------------------------------------------------------------

def test_a_stale_lock_is_taken_over_and_names_the_new_holder(project):
    write_lock(project, holder="ghost", pid=DEAD_PID)
    lock = ProjectLock(project, holder="Ana", program="qda-app")
    lock.acquire()
    try:
        taken = read_lock(project)
        assert (taken.holder, taken.host, taken.pid, taken.program) == ("Ana", HOST, os.getpid(), "qda-app")
        assert taken.boot_id == boot_id() and taken.started == process_start_time(os.getpid())
        lock.verify()
    finally:
        lock.release()
    assert not lock_path(project).exists()


def test_a_second_opener_is_refused_naming_the_holder(project):
    first = ProjectLock(project, holder="Ana", program="qda-app")
    first.acquire()
    try:
        with pytest.raises(ProjectLocked) as caught:
            ProjectLock(project, holder="Luis", program="qda-app").acquire()
        assert (caught.value.holder, caught.value.host, caught.value.pid) == ("Ana", HOST, os.getpid())
    finally:
        first.release()


def test_another_machines_lock_file_is_respected(project):
    write_lock(project, holder="Eva", host="laptop-of-eva", pid=4242, since="2026-02-03T04:05:06Z")
    with pytest.raises(ProjectLocked) as caught:
        ProjectLock(project, holder="Ana", program="qda-app").acquire()
    error = caught.value
    assert (error.holder, error.host, error.pid, error.since) == ("Eva", "laptop-of-eva", 4242, "2026-02-03T04:05:06Z")
    assert read_lock(project).holder == "Eva"  # left as it was


def test_a_lock_file_that_keeps_vanishing_ends_in_a_refusal(project, monkeypatch):
    monkeypatch.setattr(ProjectLock, "_still_named", lambda self, descriptor: False)
    with pytest.raises(ProjectLocked) as caught:
        ProjectLock(project, holder="Ana", program="qda-app").acquire()
    assert (caught.value.holder, caught.value.pid) == ("?", 0)


def test_a_lock_file_replaced_under_the_holder_is_lost(project):
    lock = ProjectLock(project, holder="Ana", program="qda-app")
    lock.acquire()
    lock_path(project).unlink()
    write_lock(project, holder="Luis", pid=DEAD_PID)
    with pytest.raises(LockLost):
        lock.verify()
    assert lock.lost is True
    lock.release()
    assert read_lock(project).holder == "Luis"  # not ours: release leaves it


@pytest.mark.parametrize(("code", "expected"), [
    (errno.ENOLCK, None), (errno.EOPNOTSUPP, None), (errno.ENOSYS, None), (errno.EIO, WriteFailed),
])
def test_a_file_system_without_flock_falls_back_to_the_file_alone(project, monkeypatch, code, expected):
    def refuse(descriptor, operation):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(lock_module.fcntl, "flock", refuse)
    lock = ProjectLock(project, holder="Ana", program="qda-app")
    if expected is not None:
        with pytest.raises(expected):
            lock.acquire()
        return
    lock.acquire()
    assert lock.held and lock._descriptor is None  # the fallback keeps no descriptor
    assert read_lock(project).holder == "Ana"
    lock.release()
    assert not lock_path(project).exists()


@pytest.mark.parametrize(("code", "expected"), [
    (errno.EROFS, ProjectReadOnly), (errno.EACCES, ProjectReadOnly), (errno.EPERM, ProjectReadOnly),
    (errno.ENOSPC, WriteFailed),
])
def test_a_lock_file_that_cannot_be_made_is_worded(project, monkeypatch, code, expected):
    real_open = os.open

    def refuse(path, *args, **kwargs):
        if str(path).endswith(".lock"):
            raise OSError(code, os.strerror(code))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(expected) as caught:
        ProjectLock(project, holder="Ana", program="qda-app").acquire()
    assert os.strerror(code) in caught.value.detail


# --- without flock ------------------------------------------------------------------------------

def test_without_flock_the_file_is_created_verified_and_removed(project, without_flock):
    lock = ProjectLock(project, holder="Ana", program="qda-app")
    lock.acquire()
    assert lock.held and read_lock(project).holder == "Ana"
    lock.verify()
    with pytest.raises(ProjectLocked) as caught:
        ProjectLock(project, holder="Luis", program="qda-app").acquire()
    assert caught.value.holder == "Ana"
    lock.release()
    assert not lock_path(project).exists() and lock.held is False
    lock.release()  # twice is harmless


def test_without_flock_a_stale_lock_is_taken_over(project, without_flock):
    write_lock(project, holder="ghost", pid=DEAD_PID)
    lock = ProjectLock(project, holder="Ana", program="qda-app")
    lock.acquire()
    assert read_lock(project).holder == "Ana"
    lock.release()


def test_without_flock_a_lock_that_names_someone_else_is_lost(project, without_flock):
    lock = ProjectLock(project, holder="Ana", program="qda-app")
    lock.acquire()
    write_lock(project, holder="Luis", pid=DEAD_PID)
    with pytest.raises(LockLost):
        lock.verify()
    lock.release()
    assert read_lock(project).holder == "Luis"


def test_without_flock_a_stale_lock_that_comes_back_ends_in_a_refusal(project, without_flock, monkeypatch):
    write_lock(project, holder="ghost", pid=DEAD_PID)
    monkeypatch.setattr(Path, "unlink", lambda self, missing_ok=False: None)  # another taker recreates it
    with pytest.raises(ProjectLocked) as caught:
        ProjectLock(project, holder="Ana", program="qda-app").acquire()
    assert caught.value.holder == "?"


def test_without_flock_a_failed_write_leaves_no_lock(project, without_flock, monkeypatch):
    def no_space(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", no_space)  # the lock record is written with os.write
    with pytest.raises(WriteFailed) as caught:
        ProjectLock(project, holder="Ana", program="qda-app").acquire()
    assert "No space left on device" in caught.value.detail
    assert not lock_path(project).exists()


def test_the_lock_needs_no_positional_write(project, monkeypatch):
    """Windows' os module has no pwrite (nor pread): taking and reading the lock works without it."""
    monkeypatch.delattr(os, "pwrite", raising=False)
    monkeypatch.delattr(os, "pread", raising=False)
    lock = ProjectLock(project, holder="Ana", program="qda-app")
    lock.acquire()
    try:
        assert read_lock(project).holder == "Ana"
    finally:
        lock.release()


def test_without_flock_a_read_only_folder_is_worded(project, without_flock, monkeypatch):
    def read_only(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(ProjectReadOnly):
        ProjectLock(project, holder="Ana", program="qda-app").acquire()


def test_an_unheld_lock_verifies_and_releases_as_a_no_op(project):
    lock = ProjectLock(project, holder="Ana", program="qda-app")
    lock.verify()
    lock.release()
    assert not lock_path(project).exists() and lock.lost is False


def test_a_lock_file_deleted_under_the_holder_is_lost(project):
    lock = ProjectLock(project, holder="Ana", program="qda-app")
    lock.acquire()
    lock_path(project).unlink()
    with pytest.raises(LockLost):
        lock.verify()
    lock.release()


def test_a_holder_that_never_says_who_it_is_is_named_as_unknown(project):
    first = ProjectLock(project, holder="Ana", program="qda-app")
    first.acquire()
    try:
        with open(lock_path(project), "r+", encoding="utf-8") as same_file:  # same file, still flock-ed
            same_file.truncate(0)
        with pytest.raises(ProjectLocked) as caught:
            ProjectLock(project, holder="Luis", program="qda-app").acquire()
        assert (caught.value.holder, caught.value.host, caught.value.pid) == ("?", "?", 0)
    finally:
        first.release()


def test_no_boot_id_where_the_system_does_not_say(monkeypatch):
    def unreadable(self, *args, **kwargs):
        raise FileNotFoundError(str(self))

    monkeypatch.setattr(Path, "read_text", unreadable)
    assert boot_id() == ""


# --- the project file's own flock ---------------------------------------------------------------

def test_a_project_file_that_cannot_be_flocked_is_guarded_by_the_lock_file_alone(tmp_path, monkeypatch):
    from qda_app.services.project import Project

    path = tmp_path / "p.qdaproj"
    Project.create(path).close()
    real_flock = lock_module.fcntl.flock

    def project_file_refuses(descriptor, operation):
        if os.readlink(f"/proc/self/fd/{descriptor}") == str(path):
            raise OSError(errno.ENOLCK, os.strerror(errno.ENOLCK))  # e.g. an old NFS mount
        return real_flock(descriptor, operation)

    monkeypatch.setattr(lock_module.fcntl, "flock", project_file_refuses)
    with Project.open(path, coder="Ana") as opened:
        assert not opened.read_only
        assert (read_lock(path).holder, read_lock(path).pid) == ("Ana", os.getpid())
        with pytest.raises(ProjectLocked) as caught:  # the lock file still keeps a second writer out
            Project.open(path, coder="Luis")
        assert caught.value.holder == "Ana"
    assert not lock_path(path).exists()


def test_the_holder_of_a_project_file_is_read_from_the_kernels_lock_table(tmp_path, monkeypatch):
    from qda_app.services.project import Project

    path = tmp_path / "p.qdaproj"
    assert lock_module.project_file_holder(path) is None  # no such file
    Project.create(path).close()
    assert lock_module.project_file_holder(path) is None  # nobody holds it
    with Project.open(path):
        assert lock_module.project_file_holder(path) == os.getpid()
    found = os.stat(path)
    device = f"{os.major(found.st_dev):02x}:{os.minor(found.st_dev):02x}:{found.st_ino}"
    real_read_text = Path.read_text

    def garbled_table(self, *args, **kwargs):
        if str(self) == "/proc/locks":
            return f"1: FLOCK  ADVISORY  WRITE ? {device} 0 EOF\n"
        return real_read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", garbled_table)
    assert lock_module.project_file_holder(path) is None
