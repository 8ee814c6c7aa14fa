"""A project written before relation types existed (schema 2) opened by this version.

Its relations were stored by name: each name becomes its type, a default type when the name
is a default one in any language, else a new directed type of that name; memo links keep
their targets. Opening read-only reads it as it is; a migration whose backup cannot be
written leaves the file as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qda_app.core.errors import WriteFailed
from qda_app.services import relations
from qda_app.services.project import Project
from qda_app.store import migrations as migration_module
from qda_app.store import opening
from tests.store.conftest import applied_migrations


def test_named_relations_become_typed_relations(schema_two_project: Path) -> None:
    with Project.open(schema_two_project, coder="Ana") as project:
        found = sorted((r.source_code_id, r.name, r.target_code_id) for r in relations.list_code_relations(project))
        types = {kind.name: kind for kind in relations.list_relation_types(project, scope="code")}
        memo_links = project.database.rows("SELECT memo_id, target_type, target_id FROM memo_links")
    assert found == [(1, "is associated with", 2), (2, "contradicts", 3), (3, "agrava la situación de", 1)]
    invented = types["agrava la situación de"]
    assert (invented.is_default, invented.behaviour, invented.label) == (False, "directed", "agrava la si")
    assert types["contradicts"].is_default
    assert [dict(row) for row in memo_links] == [{"memo_id": 1, "target_type": "code", "target_id": 2}]
    assert applied_migrations(schema_two_project) == [m.name for m in migration_module.migrations._migrations]
    backups = sorted(path.name for path in schema_two_project.parent.glob("old.qdaproj.schema2-*.bak"))
    assert len(backups) == 1
    assert applied_migrations(schema_two_project.parent / backups[0]) == ["m0001_initial", "m0002_code_exchange_flags"]


def test_read_only_opening_reads_the_old_schema_without_migrating(schema_two_project: Path) -> None:
    before = schema_two_project.read_bytes()
    database = opening.open_database(schema_two_project, read_only=True)
    try:
        assert [row["name"] for row in database.rows("SELECT name FROM code_relations ORDER BY id")] == [
            "is associated with", "Contradice", "agrava la situación de"]
    finally:
        database.close()
    assert applied_migrations(schema_two_project) == ["m0001_initial", "m0002_code_exchange_flags"]
    assert schema_two_project.read_bytes() == before


def test_a_migration_whose_backup_cannot_be_written_changes_nothing(schema_two_project: Path, monkeypatch) -> None:
    before = schema_two_project.read_bytes()

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(opening.os, "replace", disk_full)
    with pytest.raises(WriteFailed) as caught:
        Project.open(schema_two_project, coder="Ana")
    assert caught.value.detail == "No space left on device"
    assert Path(caught.value.path).name.startswith("old.qdaproj.schema2-")
    monkeypatch.undo()
    assert applied_migrations(schema_two_project) == ["m0001_initial", "m0002_code_exchange_flags"]
    assert schema_two_project.read_bytes() == before
    assert sorted(path.name for path in schema_two_project.parent.iterdir()) == ["old.qdaproj"]
