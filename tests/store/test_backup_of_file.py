"""A backup read through its own connection (the one a worker thread takes) holds every commit."""

from __future__ import annotations

from qda_app.services import backups, coding, documents
from qda_app.services.project import Project
from tests.conftest import snapshot


def test_backup_of_an_open_project_through_its_own_connection_is_complete(coded_project):
    # Commits still in the WAL file (not checkpointed into the project file) must be in the copy.
    coding.code_span(coded_project, document=2, start=40, end=60, codes=["Tras el respaldo"])
    expected = snapshot(coded_project)
    taken = backups.backup_file(coded_project.path, keep=3)
    assert taken.path.exists() and taken in backups.list_backups(coded_project.path)
    with Project.open(taken.path, read_only=True) as copy:
        assert snapshot(copy) == expected
    for _ in range(4):
        backups.backup_file(coded_project.path, keep=3)
    assert len(backups.list_backups(coded_project.path)) == 3  # the oldest are pruned
    assert [document.name for document in documents.list_documents(coded_project)] == ["E01", "E02"]
