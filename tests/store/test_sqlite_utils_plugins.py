"""No sqlite-utils plugin installed on the machine is looked for, or run on a project's connection."""

from __future__ import annotations

import sqlite_utils.plugins

from qda_app.services import documents
from qda_app.services.project import Project


def test_opening_a_project_does_not_load_sqlite_utils_plugins(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("sqlite-utils plugins were looked for")

    monkeypatch.setattr(sqlite_utils.plugins.pm, "load_setuptools_entrypoints", refuse)
    with Project.create(tmp_path / "p.qdaproj", coder="Ana") as project:
        documents.add_text_document(project, name="E01", text="Texto.")
    with Project.open(tmp_path / "p.qdaproj") as project:
        assert [document.name for document in documents.list_documents(project)] == ["E01"]
