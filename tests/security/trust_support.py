"""Builders for the adversary suite (issue "no path loses, overwrites or leaks data")."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from qda_app.services import coding, documents
from qda_app.services.project import Project

ROOT = Path(__file__).resolve().parents[2]
TEXT = "El señor Juan Pérez, alcalde de Ilave, dijo que todo pasa por Lima.\nJuan Pérez viajó dos veces."


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def project_files(folder: Path) -> dict[str, str]:
    """Name -> content hash of every file in ``folder`` (hidden ones too): what must not change.
    The shared-memory index and an empty journal, which any reader creates, are left out."""
    return {entry.name: digest(entry) for entry in sorted(folder.iterdir())
            if entry.is_file() and not entry.name.endswith("-shm")
            and not (entry.name.endswith("-wal") and entry.stat().st_size == 0)}


def build_study(path: Path, *, coder: str = "Ana") -> Path:
    with Project.create(path, coder=coder) as project:
        documents.add_text_document(project, name="E01", text=TEXT)
        coding.code_span(project, document=1, start=0, end=20, codes=["Centralismo::Dependencia"])
        coding.code_span(project, document=1, start=30, end=60, codes=["Región"], coder="Luis")
    return path


def run(*args: object, timeout: float = 60, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The CLI as a process, never allowed to hang the suite."""
    return subprocess.run([sys.executable, "-m", "qda_app", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, env={**os.environ, **(env or {})})


HOLD_LOCK = """
import sys, time
sys.path.insert(0, sys.argv[2])
from qda_app.services.project import Project
project = Project.open(sys.argv[1], coder="Programa")
print("ready", flush=True)
time.sleep(60)
"""


def hold_project(path: Path) -> subprocess.Popen:
    """Another program holding ``path`` open for writing, until killed."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path), str(ROOT)], stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    return holder


USER = "aaaaaaaa-0000-4000-8000-000000000001"
CODE = "bbbbbbbb-0000-4000-8000-000000000001"
SOURCE = "cccccccc-0000-4000-8000-000000000001"


def selection(number: int, start: int, end: int, *, guid: str | None = None) -> str:
    guid = guid or f"dddddddd-0000-4000-8000-{number:012d}"
    return (f'<PlainTextSelection guid="{guid}" name="q{number}" startPosition="{start}" endPosition="{end}" '
            f'creatingUser="{USER}"><Coding guid="eeeeeeee-0000-4000-8000-{number:012d}">'
            f'<CodeRef targetGUID="{CODE}"/></Coding></PlainTextSelection>')


def qdpx(path: Path, sources: str, files: dict[str, str], *, code_guid: str = CODE) -> Path:
    body = (f'<Users><User guid="{USER}" name="u"/></Users><CodeBook><Codes><Code guid="{code_guid}" name="c" '
            f'isCodable="true"/></Codes></CodeBook><Sources>{sources}</Sources>')
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="p" '
           f'origin="hand-made">{body}</Project>')
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", xml.encode("utf-8"))
        for name, content in files.items():
            archive.writestr(name, content.encode("utf-8"))
    return path


def text_source(guid: str, name: str, member: str, selections: str = "") -> str:
    return f'<TextSource guid="{guid}" name="{name}" plainTextPath="internal://{member}">{selections}</TextSource>'
