"""A project file replaced (by a restore in another program) between opening it and taking its
lock: the writer must work on the file now under the name, never on the replaced one."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

import pytest

from qda_app.core.errors import NotAProject
from qda_app.services import documents
from qda_app.services.project import Project, default_coder_name
from qda_app.store import lock as lock_module
from qda_app.store.lock import lock_path


def _replace_before_locking(monkeypatch, path: Path, replacement: Path) -> None:
    acquire = lock_module.ProjectLock.acquire

    def replaced_first(self) -> None:
        os.replace(replacement, path)  # the other program's restore wins the race
        monkeypatch.setattr(lock_module.ProjectLock, "acquire", acquire)
        acquire(self)

    monkeypatch.setattr(lock_module.ProjectLock, "acquire", replaced_first)


def test_the_file_under_the_name_is_the_one_written(tmp_path: Path, monkeypatch) -> None:
    path, restored = tmp_path / "p.qdaproj", tmp_path / "restored.qdaproj"
    with Project.create(path, coder="Ana") as project:
        documents.add_text_document(project, name="Antes", text="estado viejo")
    with Project.create(restored, coder="Ana") as project:
        documents.add_text_document(project, name="Restaurado", text="estado de la copia")
    _replace_before_locking(monkeypatch, path, restored)
    with Project.open(path, coder="Ana") as project:
        documents.add_text_document(project, name="Nuevo", text="escrito después")
    with Project.open(path, read_only=True) as reopened:
        assert [document.name for document in documents.list_documents(reopened)] == ["Restaurado", "Nuevo"]


def test_a_replacement_that_is_no_project_is_refused_and_the_lock_given_up(tmp_path: Path, monkeypatch) -> None:
    path, garbage = tmp_path / "p.qdaproj", tmp_path / "otro.bin"
    Project.create(path, coder="Ana").close()
    garbage.write_bytes(b"no es un proyecto")
    _replace_before_locking(monkeypatch, path, garbage)
    with pytest.raises(NotAProject) as caught:
        Project.open(path, coder="Ana")
    assert caught.value.fields == {"path": str(path), "detail": "not an SQLite file", "problem": "not_sqlite"}
    assert not lock_path(path).exists()
    assert path.read_bytes() == b"no es un proyecto"


def test_without_a_user_name_the_coder_is_called_coder(monkeypatch) -> None:
    def no_name() -> str:
        raise KeyError("getpwuid(): uid not found: 4242")  # a container's user without a passwd entry

    monkeypatch.setattr(getpass, "getuser", no_name)
    assert default_coder_name() == "coder"
