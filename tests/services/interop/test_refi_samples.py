"""Files written by real programs (shared/refi-qda/samples) read without error.

Expected counts are taken from the files themselves with a plain regex over the raw XML,
independently of the reader, so a reader that drops or invents elements fails here.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from pathlib import Path

import pytest
from refi_support import SAMPLES

from qda_app.services.interop.refi_reader import read_qdc, read_qdpx

# Collected only when the samples are there (conftest.py).
PROJECTS = sorted(SAMPLES.glob("*.qdpx"))
CODEBOOKS = sorted(SAMPLES.glob("*.qdc"))
_SELECTION = re.compile(r"<PlainTextSelection\b([^>]*)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_QUALCODER_LABEL = re.compile(r"line:(\d+)")


def _count(xml: str, element: str) -> int:
    return len(re.findall(rf"<{element}[\s/>]", xml))


def _raw_qde(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        name = next(name for name in archive.namelist() if name.lower().endswith(".qde"))
        return archive.read(name).decode("utf-8-sig")


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text.replace("\r\n", "\n"))).strip()


def test_samples_present() -> None:
    assert len(PROJECTS) == 3 and len(CODEBOOKS) == 2


@pytest.mark.parametrize("path", PROJECTS, ids=lambda path: path.name)
def test_project_sample_counts(path: Path) -> None:
    raw = _raw_qde(path)
    project, report = read_qdpx(path)
    assert len(project.all_codes()) == _count(raw, "Code")
    assert len(project.users) == _count(raw, "User")
    assert len(project.sources) == sum(
        _count(raw, kind) for kind in ("TextSource", "PDFSource", "PictureSource",
                                       "AudioSource", "VideoSource"))
    selections = [item for source in project.sources for item in source.selections]
    assert len(selections) == _count(raw, "PlainTextSelection")
    assert sum(len(item.codings) for item in selections) == _count(raw, "Coding")
    assert len(project.sets) == _count(raw, "Set")
    assert sum(len(item.member_sources) for item in project.sets) == _count(raw, "MemberSource")
    assert all(source.text for source in project.sources if source.kind == "text")
    assert not report.of_kind("dangling_reference")
    assert not report.of_kind("dropped_source")


def test_known_sample_figures() -> None:
    """The figures by hand, in case the regex and the reader share a blind spot."""
    figures = {}
    for path in PROJECTS:
        project, _ = read_qdpx(path)
        figures[path.name.split("_")[0]] = (
            len(project.all_codes()), len(project.sources),
            sum(len(source.selections) for source in project.sources))
    assert figures == {"atlasti-win-23.2.3": (3, 0, 0), "maxqda-24.7.0": (307, 10, 0),
                       "qc-1.3.2": (262, 2, 158)}


@pytest.mark.parametrize("path", PROJECTS, ids=lambda path: path.name)
def test_sample_selections_point_at_their_text(path: Path) -> None:
    """Every selection's offsets, checked against the text read straight from the zip."""
    raw = _raw_qde(path)
    project, _ = read_qdpx(path)
    texts = {source.guid: source.text for source in project.sources}
    by_guid = {item.guid: (source.guid, item) for source in project.sources
               for item in source.selections}
    with zipfile.ZipFile(path) as archive:
        files = {name.rsplit("/", 1)[-1]: archive.read(name).decode("utf-8-sig")
                 for name in archive.namelist() if name.lower().endswith(".txt")}
    checked = 0
    for source_match in re.finditer(r"<TextSource\b([^>]*)>(.*?)</TextSource>", raw, re.S):
        source_attributes = dict(_ATTRIBUTE.findall(source_match.group(1)))
        file_text = files[source_attributes["plainTextPath"].rsplit("/", 1)[-1]]
        file_text = unicodedata.normalize("NFC", file_text.replace("\r\n", "\n"))
        for selection_match in _SELECTION.finditer(source_match.group(2)):
            attributes = dict(_ATTRIBUTE.findall(selection_match.group(1)))
            start, end = int(attributes["startPosition"]), int(attributes["endPosition"])
            source_guid, item = by_guid[attributes["guid"].lower().strip("{}")]
            text = texts[source_guid]
            assert text == file_text
            assert (item.start, item.end) == (start, end)  # no BOM, no CRLF, no astral here
            label = _QUALCODER_LABEL.fullmatch(attributes.get("name", ""))
            if label:
                # QualCoder names a selection by its 0-based line, the line's own text.
                assert text[item.start:item.end].rstrip("\n") == text.split("\n")[int(label[1])]
            elif attributes.get("name"):
                assert _normalise(text[item.start:item.end]) == _normalise(attributes["name"])
            checked += 1
    assert checked == _count(raw, "PlainTextSelection")


@pytest.mark.parametrize("path", CODEBOOKS, ids=lambda path: path.name)
def test_codebook_sample_counts(path: Path) -> None:
    raw = path.read_text(encoding="utf-8-sig")
    codebook, report = read_qdc(path)
    assert len(codebook.all_codes()) == _count(raw, "Code")
    assert len(codebook.sets) == _count(raw, "Set")
    assert sum(len(item.member_codes) for item in codebook.sets) == _count(raw, "MemberCode")
    assert not report.has_warnings


def test_atlas_codebook_details() -> None:
    path = next(path for path in CODEBOOKS if path.name.startswith("atlasti"))
    codebook, _ = read_qdc(path)
    (code,) = codebook.codes
    assert (code.guid, code.name, code.color, code.description, code.is_codable) == (
        "1ff58b12-6f6f-4b0c-8be5-bbdc91f55294", "code1", "#46AA00", "description", True)
    assert codebook.sets[0].member_codes == (code.guid,)
    assert codebook.origin == "ATLAS.ti Win 23.4.0"


def test_maxqda_colours_and_sets() -> None:
    path = next(path for path in PROJECTS if path.name.startswith("maxqda"))
    project, _ = read_qdpx(path)
    assert all(re.fullmatch(r"#[0-9A-F]{6}", code.color or "#000000")
               for code in project.all_codes())
    assert project.codes[0].color == "#EF8256"
    assert [len(item.member_sources) for item in project.sets] == [5, 5]
    assert all(len(source.text or "") > 30000 for source in project.sources)
