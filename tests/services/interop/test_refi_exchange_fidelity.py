"""Our exports give other programs back what they gave us: codes as they came in, names
compared as everywhere, and no codebook the schema rejects."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
import xmlschema
from refi_support import CODEBOOK_XSD, PROJECT_XSD, make_qdpx, project_xml

from qda_app.core.errors import InteropError
from qda_app.services import code_duplicates
from qda_app.services import codes as code_service
from qda_app.services.interop.project_export import export_codebook, export_project
from qda_app.services.interop.project_import import import_project
from qda_app.services.interop.report_text import word_entry
from qda_app.services.project import Project

PARENT, CHILD, PLAIN, UPPER, LOWER = (f"00000000-0000-4000-8000-0000000000c{n}" for n in range(5))
SOURCE = "00000000-0000-4000-8000-0000000000d1"

CODEBOOK = (
    f'<CodeBook><Codes>'
    f'<Code guid="{PARENT}" name="Categoría" isCodable="true" color="#AA0000">'
    f'<Code guid="{CHILD}" name="Hija" isCodable="true" color="#00AA00"/></Code>'
    f'<Code guid="{PLAIN}" name="Sin color" isCodable="false"/>'
    f'<Code guid="{UPPER}" name="Éxito" isCodable="true" color="#0000AA"/>'
    f'<Code guid="{LOWER}" name="éxito" isCodable="true" color="#0000AA"/>'
    f"</Codes></CodeBook>")


def _selection(number: int, start: int, end: int, code: str) -> str:
    return (f'<PlainTextSelection guid="00000000-0000-4000-8000-0000000001{number:02d}" '
            f'startPosition="{start}" endPosition="{end}"><Coding '
            f'guid="00000000-0000-4000-8000-0000000002{number:02d}"><CodeRef targetGUID="{code}"/>'
            f"</Coding></PlainTextSelection>")


@pytest.fixture
def imported(tmp_path: Path) -> tuple[Path, object]:
    text = "uno dos tres cuatro cinco\n"
    selections = (_selection(1, 0, 3, CHILD) + _selection(2, 4, 7, UPPER)
                  + _selection(3, 8, 12, LOWER))
    qde = project_xml(CODEBOOK + f'<Sources><TextSource guid="{SOURCE}" name="T" '
                      f'plainTextPath="internal://t.txt">{selections}</TextSource></Sources>'
                      f'<Links><Link guid="00000000-0000-4000-8000-0000000003aa" '
                      f'originGUID="{UPPER}" targetGUID="{LOWER}" name="is the same as"/></Links>')
    make_qdpx(tmp_path / "in.qdpx", qde, {"sources/t.txt": text})
    report = import_project(tmp_path / "in.qdpx", tmp_path / "p.qdaproj")
    return tmp_path / "p.qdaproj", report


def _codes_in(qde: str) -> dict[str, str]:
    return {re.search(r'name="([^"]*)"', tag).group(1): tag
            for tag in re.findall(r"<Code [^>]*>", qde)}


def test_codes_come_back_as_they_came_in(imported, tmp_path: Path) -> None:
    path, _ = imported
    with Project.open(path) as project:
        export_project(project, tmp_path / "out.qdpx")
        export_codebook(project, tmp_path / "out.qdc")
    qde = zipfile.ZipFile(tmp_path / "out.qdpx").read("project.qde").decode("utf-8")
    xmlschema.XMLSchema(str(PROJECT_XSD)).validate(qde)
    xmlschema.XMLSchema(str(CODEBOOK_XSD)).validate(str(tmp_path / "out.qdc"))
    for document in (qde, (tmp_path / "out.qdc").read_text(encoding="utf-8")):
        codes = _codes_in(document)
        # A parent without codings of its own stays codable, as the file said.
        assert 'isCodable="true"' in codes["Categoría"] and 'color="#AA0000"' in codes["Categoría"]
        # A code without a colour stays without one (we show one, we do not invent one).
        assert "color=" not in codes["Sin color"] and 'isCodable="false"' in codes["Sin color"]
        assert 'color="#00AA00"' in codes["Hija"]


def test_a_colour_chosen_here_is_exported(imported, tmp_path: Path) -> None:
    path, _ = imported
    with Project.open(path) as project:
        code_service.recolour_code(project, path="Sin color", color="#123abc")
        export_codebook(project, tmp_path / "out.qdc")
    assert 'color="#123ABC"' in _codes_in((tmp_path / "out.qdc").read_text("utf-8"))["Sin color"]


def test_codes_made_here_keep_the_category_rule(tmp_path: Path) -> None:
    with Project.create(tmp_path / "n.qdaproj", coder="Ana") as project:
        code_service.create_code(project, path="Categoría::Sub")
        export_codebook(project, tmp_path / "n.qdc")
    codes = _codes_in((tmp_path / "n.qdc").read_text("utf-8"))
    assert 'isCodable="false"' in codes["Categoría"] and 'isCodable="true"' in codes["Sub"]
    assert "color=" in codes["Sub"]


def test_sibling_codes_with_the_same_name_import_as_one(imported) -> None:
    path, report = imported
    (merged,) = report.of_kind("merged_code")
    assert merged.fields["name"] == "éxito" and merged.fields["into"] == "Éxito"
    assert "merged into it" in word_entry(merged, report)
    assert report.summary["codes"] == 4 and report.summary["relations"] == 0
    with Project.open(path) as project:
        paths = [code.path for code in code_service.list_codes(project)]
        assert paths == ["Categoría", "Categoría::Hija", "Sin color", "Éxito"]
        assert code_service.codings_below(project, path="ÉXITO") == 2
        assert code_duplicates.find_duplicate_codes(project) == []


def test_empty_codebook_is_refused_with_a_clear_message(tmp_path: Path, cli) -> None:
    with Project.create(tmp_path / "e.qdaproj", coder="Ana") as project:
        with pytest.raises(InteropError) as raised:
            export_codebook(project, tmp_path / "e.qdc")
    assert raised.value.fields["reason"] == "empty_codebook"
    assert not (tmp_path / "e.qdc").exists()
    result = cli("export-qdc", tmp_path / "e.qdaproj", "-o", tmp_path / "e.qdc")
    assert result.code == 1 and not (tmp_path / "e.qdc").exists()
    assert result.stderr.strip().endswith(
        "e.qdc: was not written: a REFI-QDA codebook must hold at least one code "
        "(the project has no codes)")
    assert len(result.stderr.strip().splitlines()) == 1


def test_source_description_becomes_a_memo_and_ours_is_not_doubled(tmp_path: Path) -> None:
    qde = project_xml(f'<Sources><TextSource guid="{SOURCE}" name="T" plainTextPath="internal://t.txt">'
                      "<Description>Entrevista en la plaza</Description></TextSource></Sources>")
    make_qdpx(tmp_path / "in.qdpx", qde, {"sources/t.txt": "uno dos\n"})
    report = import_project(tmp_path / "in.qdpx", tmp_path / "p.qdaproj")
    assert report.of_kind("description_memo") and report.summary["memos"] == 1
    with Project.open(tmp_path / "p.qdaproj") as project:
        (memo,) = project.database.rows("SELECT title, text FROM memos")
        assert memo == {"title": "T (description)", "text": "Entrevista en la plaza"}
        export_project(project, tmp_path / "out.qdpx")
    qde_out = zipfile.ZipFile(tmp_path / "out.qdpx").read("project.qde").decode("utf-8")
    # The memo goes out as a Note (NoteRef) and, for QualCoder, as the Description too ...
    assert "<Description>Entrevista en la plaza</Description>" in qde_out and "<NoteRef" in qde_out
    # ... and comes back as one memo, not two.
    again = import_project(tmp_path / "out.qdpx", tmp_path / "q.qdaproj")
    assert again.summary["memos"] == 1 and not again.of_kind("description_memo")
