"""Adversary suite, items 1-6: outputs, restore, demo and backups never cost a project.

Each test reproduces one numbered finding of the trust issue and shows it no longer happens.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from qda_app.services import coding
from qda_app.services.atomic_files import atomic_path, overwrite_allowed, write_atomically
from qda_app.core.errors import OutputRefused
from qda_app.services.project import Project
from tests.security.trust_support import ROOT, build_study, digest, hold_project, project_files, run


# --- 1. an export written onto a project ------------------------------------------------------

@pytest.mark.parametrize("verb", [("export-qdc",), ("export-qdpx",), ("agreement", "--coders", "Ana", "Luis"),
                                  ("report",), ("figure",)])
def test_1_no_export_lands_on_a_project_even_with_force(tmp_path: Path, verb: tuple[str, ...]) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    other = build_study(tmp_path / "other.qdaproj")
    (tmp_path / "link.xlsx").symlink_to(study.name)
    os.link(other, tmp_path / "hard.qdc")
    backups = tmp_path / "p.qdaproj.backups"
    backups.mkdir()
    before = project_files(tmp_path)
    targets = [study, other, tmp_path / "link.xlsx", tmp_path / "hard.qdc", tmp_path / "p.qdaproj-wal",
               tmp_path / "p.qdaproj.lock", backups / "x.xlsx"]
    for target in targets:
        for force in ((), ("--force",)):
            result = run(verb[0], study, *verb[1:], "-o", target, *force)
            assert result.returncode == 1, (target, result.stderr)
            assert len(result.stderr.strip().splitlines()) == 1
    assert project_files(tmp_path) == before
    assert list(backups.iterdir()) == []


def test_1_an_existing_file_is_replaced_only_when_asked(tmp_path: Path) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    thesis = tmp_path / "thesis.qdc"
    thesis.write_text("my thesis", encoding="utf-8")
    refused = run("export-qdc", study, "-o", thesis)
    assert refused.returncode == 1 and "exists already" in refused.stderr and "--force" in refused.stderr
    assert thesis.read_text(encoding="utf-8") == "my thesis"
    assert run("export-qdc", study, "-o", thesis, "--force").returncode == 0
    assert thesis.read_bytes().startswith(b"<?xml")


def test_1_the_helper_itself_refuses_projects_through_links(tmp_path: Path) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    renamed = tmp_path / "data.bin"
    os.link(study, renamed)
    for target in (study, renamed, tmp_path / "p.qdaproj-shm"):
        with overwrite_allowed(), pytest.raises(OutputRefused):
            write_atomically(target, b"x")
        with pytest.raises(OutputRefused), atomic_path(target, overwrite=True) as temporary:
            temporary.write_bytes(b"x")
    with Project.open(study, read_only=True) as reopened:
        assert reopened.database.scalar("PRAGMA integrity_check") == "ok"
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")]


# --- 2. restore keeps what only the journal held ------------------------------------------------

CRASH_AFTER_CODING = """
import os, sys
sys.path.insert(0, sys.argv[2])
from qda_app.services.project import Project
from qda_app.services import coding
project = Project.open(sys.argv[1], coder="Ana")
project.database.connection.execute("PRAGMA wal_autocheckpoint = 0")
for start in range(0, 50, 5):
    coding.code_span(project, document=1, start=start, end=start + 3, codes=["Journal"])
os._exit(0)  # a crash: no checkpoint, the -wal file stays
"""


def test_2_restore_writes_the_journal_in_before_anything_moves(tmp_path: Path) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    assert run("backup", study).returncode == 0
    subprocess.run([sys.executable, "-c", CRASH_AFTER_CODING, str(study), str(ROOT)], check=True, timeout=60)
    assert Path(f"{study}-wal").stat().st_size > 0
    result = run("restore", study)
    assert result.returncode == 0, result.stderr
    kept = tmp_path / "p.qdaproj.before-restore-1"
    with sqlite3.connect(kept) as connection:
        assert connection.execute("SELECT count(*) FROM quotations").fetchone()[0] == 12
    with Project.open(study, read_only=True) as restored:
        assert len(coding.list_quotations(restored)) == 2


# --- 3. demo --force ----------------------------------------------------------------------------

def test_3_demo_force_respects_the_lock_and_replaces_only_a_demo(tmp_path: Path) -> None:
    demo = tmp_path / "demo.qdaproj"
    assert run("demo", demo, "--no-gui").returncode == 0
    holder = hold_project(demo)
    try:
        before = digest(demo)
        result = run("demo", demo, "--no-gui", "--force")
        assert result.returncode == 1 and "open for writing" in result.stderr
        assert digest(demo) == before and Path(f"{demo}.lock").exists()
    finally:
        holder.kill()
        holder.wait()
    thesis = tmp_path / "thesis.docx"
    thesis.write_bytes(b"PK\x03\x04 a thesis")
    study = build_study(tmp_path / "study.qdaproj")
    for target in (thesis, study):
        before = digest(target)
        result = run("demo", target, "--no-gui", "--force")
        assert result.returncode == 1 and "not a demo project" in result.stderr
        assert digest(target) == before
    assert run("demo", demo, "--no-gui", "--force").returncode == 0  # the holder is gone: a stale lock


# --- 4. restore holds the writer lock -----------------------------------------------------------

def test_4_no_write_during_a_restore_is_acknowledged_and_lost(tmp_path: Path) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    assert run("backup", study).returncode == 0
    holder = hold_project(study)
    try:
        refused = run("restore", study)
        assert refused.returncode == 1 and "open for writing" in refused.stderr
    finally:
        holder.kill()
        holder.wait()
    acknowledged: set[tuple[int, int]] = set()

    def code(start: int) -> None:
        done = run("code", study, "--doc", "1", "--start", start, "--end", start + 2, "--code", "Paralelo")
        if done.returncode == 0:  # else refused with a message (the project was being restored)
            acknowledged.add((start, start + 2))

    threads = [threading.Thread(target=code, args=(start,)) for start in range(0, 40, 4)]
    restore = threading.Thread(target=run, args=("restore", study))
    for thread in threads[:5] + [restore] + threads[5:]:
        thread.start()
    for thread in threads + [restore]:
        thread.join(timeout=120)
    found: set[tuple[int, int]] = set()
    for path in [study, *tmp_path.glob("p.qdaproj.before-restore-*")]:
        with Project.open(path, read_only=True) as reader:
            found |= {(q.start, q.end) for q in coding.list_quotations(reader) if "Paralelo" in q.codes}
    # Every acknowledged write is in the project or in the kept pre-restore state.
    assert acknowledged and acknowledged <= found


# --- 5. every pre-restore state is kept ---------------------------------------------------------

def test_5_a_second_restore_keeps_the_first_ones_state(tmp_path: Path) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    assert run("backup", study).returncode == 0
    assert run("code", study, "--doc", "1", "--start", "1", "--end", "4", "--code", "Primero").returncode == 0
    assert run("restore", study).returncode == 0
    assert run("code", study, "--doc", "1", "--start", "5", "--end", "9", "--code", "Segundo").returncode == 0
    assert run("restore", study).returncode == 0
    kept = [tmp_path / "p.qdaproj.before-restore-1", tmp_path / "p.qdaproj.before-restore-2"]
    codes = []
    for path in kept:
        with Project.open(path, read_only=True) as reader:
            codes.append({q.codes[0] for q in coding.list_quotations(reader) if q.codes})
    assert "Primero" in codes[0] and "Segundo" in codes[1]


# --- 6. backup --keep ---------------------------------------------------------------------------

@pytest.mark.parametrize("keep", ["0", "-2"])
def test_6_keep_below_one_is_refused_and_deletes_nothing(tmp_path: Path, keep: str) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    for _ in range(3):
        assert run("backup", study).returncode == 0
    before = sorted(os.listdir(tmp_path / "p.qdaproj.backups"))
    result = run("backup", study, "--keep", keep)
    assert result.returncode == 1 and "--keep" in result.stderr and "internal error" not in result.stderr
    assert sorted(os.listdir(tmp_path / "p.qdaproj.backups")) == before
    assert run("backup", study, "--keep", "1").returncode == 0
    assert len(os.listdir(tmp_path / "p.qdaproj.backups")) == 1
