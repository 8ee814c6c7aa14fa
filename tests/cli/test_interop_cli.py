"""REFI-QDA verbs end to end: real samples, round trips, and hostile files."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from pathlib import Path

import pytest
from tests.cli_support import CliResult


PROJECT_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="p">'
_SELECTION = re.compile(r"<PlainTextSelection\b([^>]*)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


def _count(xml: str, element: str) -> int:
    return len(re.findall(rf"<{element}[\s/>]", xml))


def _leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if ".qdaproj" in path.name
                  or path.name.endswith(".importing"))


def test_export_import_round_trip_through_the_cli(tmp_path, cli_here):
    cli = cli_here
    project, copy = tmp_path / "a.qdaproj", tmp_path / "b.qdaproj"
    text = "Señor alcalde 😀: todo pasa por Lima.\nSegunda línea 👩‍💻 fin."
    (tmp_path / "e.txt").write_text(text, encoding="utf-8")
    assert cli("new", project, "--coder", "Ana").code == 0
    assert cli("import", project, tmp_path / "e.txt").code == 0
    assert cli("code", project, "--doc", 1, "--start", 14, "--end", 36, "--code", "A::B",
               "--comment", "ok").code == 0
    assert cli("code", project, "--doc", 1, "--start", 0, "--end", 5, "--code", "C",
               "--coder", "Luis").code == 0
    exported = cli("export-qdpx", project, "-o", tmp_path / "a.qdpx")
    assert exported.code == 0, exported.stderr
    assert exported.stdout.startswith("exported ")
    imported = cli("import-qdpx", tmp_path / "a.qdpx", "-o", copy)
    assert imported.code == 0, imported.stderr
    assert re.search(r"1 document, 3 codes, 2 quotations, 2 codings, 2 coders", imported.stdout)
    assert "offsets in 'e' read as code points" in imported.stdout
    assert cli("quotes", copy, "--json").json() == cli("quotes", project, "--json").json()
    assert cli("export-qdc", project, "-o", tmp_path / "a.qdc").code == 0
    assert cli("new", tmp_path / "c.qdaproj").code == 0
    merged = cli("import-qdc", tmp_path / "c.qdaproj", tmp_path / "a.qdc", "--json")
    assert merged.code == 0, merged.stderr
    assert merged.json()["summary"]["codes_created"] == 3


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _bomb(path: Path) -> Path:
    """200 MB of zeros deflated to ~200 KB: a ratio only a zip bomb has."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", PROJECT_HEAD + "</Project>")
        info = zipfile.ZipInfo("sources/big.txt")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as stream:
            chunk = b"\0" * (1 << 20)
            for _ in range(200):
                stream.write(chunk)
    return path


BAD_INPUTS = {
    "not_a_zip": lambda p: (p.write_bytes(b"just some text, not a zip"), p)[1],
    "no_qde": lambda p: _zip(p, {"readme.txt": b"hello"}),
    "malformed_xml": lambda p: _zip(p, {"project.qde": (PROJECT_HEAD + "<Users>").encode()}),
    "doctype_entities": lambda p: _zip(p, {"project.qde": (
        '<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="&b;"/>').encode()}),
    "zip_slip": lambda p: _zip(p, {"project.qde": (PROJECT_HEAD + "</Project>").encode(),
                                   "../../evil.txt": b"owned"}),
    "zip_bomb": _bomb,
}


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
def test_bad_input_is_refused_in_one_line_leaving_nothing(kind, tmp_path, cli):
    source = BAD_INPUTS[kind](tmp_path / f"{kind}.qdpx")
    target = tmp_path / "out.qdaproj"
    result = cli("import-qdpx", source, "-o", target)
    assert result.code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("qda-app: error: "), result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert _leftovers(tmp_path) == []
    assert not (tmp_path.parent / "evil.txt").exists()


def test_import_failure_in_action_cleans_up(tmp_path, monkeypatch):
    """A failure after the project file exists (mid-action) still leaves nothing behind."""
    from qda_app.services import documents
    from qda_app.services.interop import project_import
    from qda_app.services.interop.project_export import export_project
    from qda_app.services.project import Project

    with Project.create(tmp_path / "a.qdaproj", coder="Ana") as project:
        documents.add_text_document(project, name="E", text="hola mundo")
        export_project(project, tmp_path / "a.qdpx")

    def explode(self) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(project_import._Builder, "_memos", explode)
    with pytest.raises(RuntimeError):
        project_import.import_project(tmp_path / "a.qdpx", tmp_path / "b.qdaproj")
    assert _leftovers(tmp_path) == ["a.qdaproj"]


def test_export_to_a_missing_folder_is_one_line(tmp_path, cli):
    assert cli("new", tmp_path / "a.qdaproj").code == 0
    result = cli("export-qdpx", tmp_path / "a.qdaproj", "-o", tmp_path / "no" / "x.qdpx")
    assert result.code == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "could not be written" in result.stderr
