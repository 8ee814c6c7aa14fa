from __future__ import annotations

import sqlite3

import pytest

from qda_app.core.errors import ProjectDamaged, ProjectLocked
from qda_app.services import backups, coding, documents
from qda_app.services.project import Project


def test_backups_roll_and_restore_brings_back_the_old_state(tmp_path):
    path = tmp_path / "p.qdaproj"
    with Project.create(path, coder="Ana") as project:
        documents.add_text_document(project, name="E01", text="uno dos tres cuatro")
        first = backups.backup_project(project, keep=3)
        coding.code_span(project, document=1, start=0, end=3, codes=["A"])
        for _ in range(4):
            backups.backup_project(project, keep=3)
    found = backups.list_backups(path)
    assert len(found) == 3 and first.path not in [b.path for b in found]
    assert sqlite3.connect(found[0].path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with Project.create(tmp_path / "q.qdaproj") as other:
        documents.add_text_document(other, name="X", text="otro")
        backup_of_other = backups.backup_project(other)
    kept = backups.restore_backup(path, backup_of_other.path)
    assert kept.exists()
    with Project.open(path, read_only=True) as restored:
        assert [d.name for d in documents.list_documents(restored)] == ["X"]


def test_restore_is_refused_while_the_project_is_open_for_writing(tmp_path):
    path = tmp_path / "p.qdaproj"
    with Project.create(path) as project:
        taken = backups.backup_project(project)
        with pytest.raises(ProjectLocked):
            backups.restore_backup(path, taken.path)


def test_damaged_backup_is_refused_and_the_project_left_alone(tmp_path):
    path = tmp_path / "p.qdaproj"
    Project.create(path).close()
    bad = tmp_path / "bad.qdaproj"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = path.read_bytes()
    with pytest.raises(ProjectDamaged):
        backups.restore_backup(path, bad)
    assert path.read_bytes() == before


def test_cli_backup_list_restore(tmp_path, cli):
    path = tmp_path / "p.qdaproj"
    with Project.create(path) as project:
        documents.add_text_document(project, name="E01", text="texto")
    assert cli("backup", path).code == 0
    listing = cli("backups", path, "--json").json()
    assert len(listing) == 1
    restored = cli("restore", path)
    assert restored.code == 0, restored.stderr
    assert cli("docs", path, "--json").json()[0]["name"] == "E01"
