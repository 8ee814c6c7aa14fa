"""Files shaped like NVivo for Windows and macOS producers read as their producers meant.

Offsets index the text file as stored in the archive (BOM aside), in the producer's unit,
and are mapped through our newline and NFC normalisation; the unit is decided per source
from the evidence and the report says which and why.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
import xmlschema
from refi_fixtures import BOM, macos_shaped, nvivo_raw_text, nvivo_shaped
from refi_support import PROJECT_XSD, make_qdpx, project_xml

from qda_app.services.interop.offset_units import on_word_boundary
from qda_app.services.interop.project_export import export_project
from qda_app.services.interop.project_import import import_project
from qda_app.services.interop.refi_reader import read_qdpx
from qda_app.services.interop.report_text import word_entry
from qda_app.services.interop.text_positions import normalise_text
from qda_app.services.project import Project


def _quoted(project) -> dict[str, str]:
    return {item.guid: source.text[item.start:item.end]
            for source in project.sources for item in source.selections}


@pytest.mark.parametrize("origin", ["NVivo 12.6 for Windows", None],
                         ids=["origin-named", "no-origin"])
def test_nvivo_shape_every_selection_is_what_the_producer_meant(tmp_path: Path, origin) -> None:
    shaped = nvivo_shaped(tmp_path / "nvivo.qdpx", origin=origin)
    project, report = read_qdpx(shaped.path)
    assert _quoted(project) == shaped.meant
    assert project.sources[0].text == nvivo_raw_text().replace("\r\n", "\n")
    assert not project.sources[0].text.startswith(BOM)
    (unit,) = report.of_kind("offset_unit")
    # With the producer named or not, the selections' fit to words decides: no names here.
    assert unit.fields["unit"] == "utf16" and unit.fields["reason"] == "word_boundaries"
    assert unit.fields["on_boundaries"] == unit.fields["ends"] == 2 * len(shaped.meant)
    assert not report.of_kind("quote_mismatch")
    report.names[project.sources[0].guid] = shaped.source_name
    line = word_entry(unit, report)
    assert "'Interjú 1' read as UTF-16 units" in line and "word boundaries" in line


def test_offsets_that_count_the_byte_order_mark_are_recognised(tmp_path: Path) -> None:
    shaped = nvivo_shaped(tmp_path / "nvivo.qdpx", bom_counted=True)
    project, report = read_qdpx(shaped.path)
    assert _quoted(project) == shaped.meant
    (unit,) = report.of_kind("offset_unit")
    assert unit.fields["unit"] == "utf16" and unit.fields["bom_counted"] is True
    report.names[project.sources[0].guid] = shaped.source_name
    assert "byte-order mark counted as the first position" in word_entry(unit, report)
    # The same file without the mark counted is not shifted (the test above).
    plain, plain_report = read_qdpx(nvivo_shaped(tmp_path / "plain.qdpx").path)
    assert plain_report.of_kind("offset_unit")[0].fields["bom_counted"] is False


def test_nvivo_shape_read_as_code_points_would_cut_words(tmp_path: Path) -> None:
    """The evidence the decision rests on: code points put most ends inside words."""
    shaped = nvivo_shaped(tmp_path / "nvivo.qdpx")
    with zipfile.ZipFile(shaped.path) as archive:
        qde = archive.read("project.qde").decode("utf-8-sig")
    offsets = [int(value) for value in re.findall(r'Position="(\d+)"', qde)]
    text = normalise_text(nvivo_raw_text())
    assert all(offset <= len(text.raw) for offset in offsets)  # no offset rules code points out
    as_points = [on_word_boundary(text.text, text.from_code_points(offset)) for offset in offsets]
    as_units = [on_word_boundary(text.text, text.from_utf16_units(offset)) for offset in offsets]
    assert all(as_units)
    assert sum(as_points) < len(offsets) // 2


def test_macos_nfd_shape_reads_as_meant_and_names_decide(tmp_path: Path) -> None:
    shaped = macos_shaped(tmp_path / "mac.qdpx")
    project, report = read_qdpx(shaped.path)
    assert _quoted(project) == shaped.meant
    assert project.sources[0].name == "Reunión"  # NFC, one code point for ó
    assert report.of_kind("normalised_text")
    (unit,) = report.of_kind("offset_unit")
    assert (unit.fields["unit"], unit.fields["reason"]) == ("code_points", "quoted_text")
    assert unit.fields["matched"] == unit.fields["tested"] == len(shaped.meant)


@pytest.mark.parametrize("build", [nvivo_shaped, macos_shaped], ids=["nvivo", "macos"])
def test_round_trip_through_a_project_keeps_every_selection(tmp_path: Path, build) -> None:
    shaped = build(tmp_path / "in.qdpx")
    report = import_project(shaped.path, tmp_path / "p.qdaproj")
    assert report.summary["quotations"] == len(shaped.meant)
    with Project.open(tmp_path / "p.qdaproj") as project:
        export_project(project, tmp_path / "out.qdpx")
    with zipfile.ZipFile(tmp_path / "out.qdpx") as archive:
        xmlschema.XMLSchema(str(PROJECT_XSD)).validate(archive.read("project.qde").decode())
    again, second = read_qdpx(tmp_path / "out.qdpx")
    assert _quoted(again) == shaped.meant
    assert not second.has_warnings, second.entries


def test_thin_evidence_warns_naming_the_source(tmp_path: Path) -> None:
    # One selection after an emoji, no quoted text, both readings on word boundaries
    # ("a b" one character apart), no producer named: nothing can decide.
    text = "😀 a b c d\n"
    qde = project_xml(
        '<Sources><TextSource guid="00000000-0000-4000-8000-000000000001" name="Nota" '
        'plainTextPath="internal://t.txt"><PlainTextSelection '
        'guid="00000000-0000-4000-8000-000000000002" startPosition="3" endPosition="4"/>'
        "</TextSource></Sources>", attributes='name="p"')
    path = make_qdpx(tmp_path / "thin.qdpx", qde, {"sources/t.txt": text})
    project, report = read_qdpx(path)
    (unit,) = report.of_kind("offset_unit")
    assert unit.severity == "warning" and unit.fields["reason"] == "no_evidence"
    assert unit.fields["unit"] == "code_points"
    report.names[project.sources[0].guid] = "Nota"
    assert "'Nota'" in word_entry(unit, report) and "too thin" in word_entry(unit, report)


def test_producer_decides_only_when_the_file_cannot(tmp_path: Path) -> None:
    text = "😀 a b c d\n"
    qde = project_xml(
        '<Sources><TextSource guid="00000000-0000-4000-8000-000000000001" name="Nota" '
        'plainTextPath="internal://t.txt"><PlainTextSelection '
        'guid="00000000-0000-4000-8000-000000000002" startPosition="3" endPosition="4"/>'
        "</TextSource></Sources>", attributes='name="p" origin="NVivo 14"')
    project, report = read_qdpx(make_qdpx(tmp_path / "n.qdpx", qde, {"sources/t.txt": text}))
    (unit,) = report.of_kind("offset_unit")
    assert (unit.fields["unit"], unit.fields["reason"]) == ("utf16", "producer")
    selection = project.sources[0].selections[0]
    assert project.sources[0].text[selection.start:selection.end] == "a"


def test_sources_without_astral_characters_are_summed_up_once(tmp_path: Path) -> None:
    qde = project_xml(
        "<Sources>" + "".join(
            f'<TextSource guid="00000000-0000-4000-8000-00000000000{number}" name="D{number}" '
            f'plainTextPath="internal://{number}.txt"><PlainTextSelection '
            f'guid="00000000-0000-4000-8000-00000000001{number}" name="uno" startPosition="0" '
            f'endPosition="3"/></TextSource>' for number in (1, 2, 3)) + "</Sources>")
    files = {f"sources/{number}.txt": "uno dos\r\n" for number in (1, 2, 3)}
    _, report = read_qdpx(make_qdpx(tmp_path / "plain.qdpx", qde, files))
    assert not report.of_kind("offset_unit")
    (agree,) = report.of_kind("offset_units_agree")
    assert agree.fields["count"] == 3 and agree.severity == "info"
    assert "3 document(s) read as code points" in word_entry(agree, report)
