"""Deleting a project's lock file does not let a second writer in while the first one lives.

The lock file only names the holder; the project file itself is ``flock``-ed by the writer,
and that lock cannot be deleted. Another process is the holder here (a child started through
a pipe, killed at the end), so every check is about two real processes.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from qda_app.core.errors import LockLost, ProjectHeld
from qda_app.services import coding
from qda_app.services.backups import backup_file, restore_backup
from qda_app.services.project import Project
from qda_app.store.lock import lock_path, project_file_holder
from tests.security.trust_support import build_study, digest, hold_project, run


def _stop(holder) -> None:
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=30)


def _quotation_count(study: Path) -> int:
    with Project.open(study, read_only=True) as reader:
        return len(coding.list_quotations(reader))


def test_a_cli_write_is_refused_while_the_holder_lives_though_its_lock_file_is_gone(tmp_path: Path) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    before = _quotation_count(study)
    holder = hold_project(study)
    try:
        lock_path(study).unlink()
        result = run("code", study, "--doc", "1", "--start", "2", "--end", "6", "--code", "Intrusa")
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert f"process {holder.pid}" in result.stderr and f"{study}.lock was deleted" in result.stderr
        assert _quotation_count(study) == before
        assert not lock_path(study).exists()  # the refused writer leaves no lock naming itself
        assert project_file_holder(study) == holder.pid
    finally:
        _stop(holder)
    # The holder is gone: its flock went with it, and the CLI writes.
    assert run("code", study, "--doc", "1", "--start", "2", "--end", "6", "--code", "Luego").returncode == 0
    assert _quotation_count(study) == before + 1


def test_opening_for_writing_is_refused_or_falls_back_to_reading(tmp_path: Path) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    holder = hold_project(study)
    try:
        lock_path(study).unlink()
        with pytest.raises(ProjectHeld) as refused:
            Project.open(study, coder="Otra")
        assert refused.value.pid == holder.pid
        with Project.open(study, coder="Otra", read_only_if_locked=True) as reader:
            assert reader.read_only and reader.locked_by is None  # the window says "another program"
            assert coding.list_quotations(reader)
    finally:
        _stop(holder)
    with Project.open(study, coder="Otra") as writer:
        assert not writer.read_only


def test_restore_is_refused_while_the_holder_lives_though_its_lock_file_is_gone(tmp_path: Path) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    backup = backup_file(study).path
    before = digest(study)
    holder = hold_project(study)
    try:
        lock_path(study).unlink()
        with pytest.raises(ProjectHeld):
            restore_backup(study, backup)
        assert digest(study) == before
        assert not list(tmp_path.glob("*.before-restore-*"))
    finally:
        _stop(holder)


def test_the_holder_stops_writing_when_its_lock_file_is_deleted(tmp_path: Path) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    with Project.open(study, coder="Ana") as program:
        lock_path(study).unlink()
        with pytest.raises(LockLost) as stopped:
            coding.code_span(program, document=1, start=8, end=9, codes=["Después"])
        assert str(lock_path(study)) in str(stopped.value)
        # Another program is still kept out: the project file's own lock is held until closing.
        assert run("add-code", study, "Intrusa").returncode == 1
    assert run("add-code", study, "Después de cerrar").returncode == 0
