"""The writer's output is valid REFI-QDA and carries the text byte for byte."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
import xmlschema
from refi_support import CODEBOOK_XSD, INTERVIEW, PROJECT_XSD, guid, rich_project

from qda_app.core.errors import InteropError
from qda_app.services.interop.refi_model import RefiCodebook, RefiCode, RefiProject, RefiSource
from qda_app.services.interop.refi_writer import write_qdc, write_qdpx



@pytest.fixture(scope="module")
def project_schema():
    return xmlschema.XMLSchema(str(PROJECT_XSD))  # vendored under tests/data/refi


@pytest.fixture(scope="module")
def codebook_schema():
    return xmlschema.XMLSchema(str(CODEBOOK_XSD))


def _qde(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("project.qde")


def test_rich_project_validates(tmp_path: Path, project_schema) -> None:
    target = tmp_path / "rich.qdpx"
    write_qdpx(rich_project(), target)
    document = _qde(target)
    project_schema.validate(document)  # raises with the offending path on failure
    text = document.decode("utf-8")
    # Every feature actually reached the file (a validator passes an empty project too).
    for element, count in (("User", 2), ("Code", 4), ("Variable", 6), ("Case", 1),
                           ("TextSource", 2), ("PlainTextSelection", 3), ("Coding", 5),
                           ("Note", 4), ("Set", 2), ("NoteRef", 4), ("MemberSource", 2)):
        assert len(re.findall(rf"<{element}[\s/>]", text)) == count, element
    # Element order of the Project children, as the schema demands.
    order = [name for name in re.findall(r"^ <(\w+)", text, flags=re.MULTILINE)]
    assert order == ["Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Sets",
                     "Description", "NoteRef"]


def test_text_members_are_utf8_without_bom_and_identical(tmp_path: Path) -> None:
    target = tmp_path / "rich.qdpx"
    write_qdpx(rich_project(), target)
    with zipfile.ZipFile(target) as archive:
        names = sorted(archive.namelist())
        stored = archive.read(f"sources/{guid(11)}.txt")
        memo = archive.read(f"sources/{guid(61)}.txt")
    # One text file per source and per note (QualCoder reads memos only from a file).
    assert names == ["project.qde"] + sorted(f"sources/{guid(number)}.txt"
                                             for number in (11, 12, 61, 62, 63, 64))
    assert stored == INTERVIEW.encode("utf-8")
    assert not stored.startswith(b"\xef\xbb\xbf")
    assert memo == "Definición: 🙂 y más\nlíneas".encode("utf-8")


def test_notes_carry_their_text_inline_and_as_a_file(tmp_path: Path, project_schema) -> None:
    target = tmp_path / "rich.qdpx"
    write_qdpx(rich_project(), target)
    qde = _qde(target).decode("utf-8")
    project_schema.validate(qde)
    note = re.search(rf'<Note guid="{guid(62)}"[^>]*>', qde).group(0)
    assert f'plainTextPath="internal://{guid(62)}.txt"' in note and "creationDateTime=" in note
    assert "<PlainTextContent>¿ironía?</PlainTextContent>" in qde


def test_minimal_project_omits_empty_containers(tmp_path: Path, project_schema) -> None:
    target = tmp_path / "minimal.qdpx"
    write_qdpx(RefiProject(name="empty"), target)
    document = _qde(target)
    project_schema.validate(document)
    assert b"<Sets" not in document and b"<Users" not in document


def test_canonical_forms_on_output(tmp_path: Path, project_schema) -> None:
    project = RefiProject(name="x", codes=(
        RefiCode(guid="{AB4F0C2E-1234-4C3E-9D2A-00000000000F}", name="c", color="#abc"),))
    target = tmp_path / "canon.qdpx"
    write_qdpx(project, target)
    document = _qde(target).decode("utf-8")
    assert 'guid="ab4f0c2e-1234-4c3e-9d2a-00000000000f"' in document
    assert 'color="#AABBCC"' in document
    project_schema.validate(document)


def test_dates_are_utc_with_z(tmp_path: Path) -> None:
    target = tmp_path / "rich.qdpx"
    write_qdpx(rich_project(), target)
    stamps = re.findall(r'DateTime="([^"]+)"', _qde(target).decode("utf-8"))
    assert stamps and all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", s) for s in stamps)


def test_sources_without_text_are_left_out_and_named(tmp_path: Path, project_schema) -> None:
    picture = RefiSource(guid=guid(99), name="foto", text=None, kind="picture")
    project = RefiProject(name="x", sources=(picture,))
    skipped = write_qdpx(project, tmp_path / "x.qdpx")
    assert skipped == (guid(99),)
    project_schema.validate(_qde(tmp_path / "x.qdpx"))


def test_codebook_validates(tmp_path: Path, codebook_schema) -> None:
    project = rich_project()
    target = tmp_path / "book.qdc"
    write_qdc(project.codebook(), target)
    document = target.read_bytes()
    codebook_schema.validate(document)
    text = document.decode("utf-8")
    assert f'<MemberCode guid="{guid(2)}"' in text and "targetGUID" not in text
    assert "MemberSource" not in text and "NoteRef" not in text


def test_write_is_atomic_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "keep.qdc"
    target.write_bytes(b"old")
    bad = RefiCodebook(codes=(RefiCode(guid="not-a-guid", name="c"),))
    with pytest.raises(ValueError):
        write_qdc(bad, target)
    assert target.read_bytes() == b"old"
    assert [path.name for path in tmp_path.iterdir()] == ["keep.qdc"]


def test_unwritable_target_is_an_interop_error(tmp_path: Path) -> None:
    with pytest.raises(InteropError) as caught:
        write_qdpx(rich_project(), tmp_path / "missing-folder" / "x.qdpx")
    assert caught.value.reason == "write_failed"


def test_codebook_text_survives_writing_and_reading_back(tmp_path: Path, codebook_schema) -> None:
    from qda_app.services.interop.refi_model import RefiSet
    from qda_app.services.interop.refi_reader import read_qdc
    from qda_app.services.interop.text_positions import normalise_plain

    awkward = 'A & <b> "q" \'s\'\ttab\nline\r\nend 😀'
    codebook = RefiCodebook(
        codes=(RefiCode(guid=guid(1), name=awkward, color="#AABBCC", description=awkward, is_codable=False,
                        children=(RefiCode(guid=guid(2), name="vacía", description=""),
                                  RefiCode(guid=guid(3), name="sin definición"))),),
        sets=(RefiSet(guid=guid(4), name=awkward, description=awkward, member_codes=(guid(2), guid(3))),
              RefiSet(guid=guid(5), name="sin miembros")),
        origin=awkward)
    target = tmp_path / "awkward.qdc"
    write_qdc(codebook, target)
    codebook_schema.validate(target.read_bytes())
    back, _ = read_qdc(target)
    first = back.codes[0]
    read_as = normalise_plain(awkward)  # the reader normalises line ends, as for any imported text
    assert (first.name, first.description, first.is_codable) == (read_as, read_as, False)
    assert [(child.name, child.description) for child in first.children] == [("vacía", ""), ("sin definición", None)]
    assert back.sets[0].name == read_as and back.sets[0].member_codes == (guid(2), guid(3))


def test_the_export_check_catches_what_the_schema_forbids(tmp_path: Path) -> None:
    """The autouse check (conftest.py) is not vacuous: an empty <Codes/> is refused."""
    from refi_support import make_qdpx, project_xml, validate_export

    bad = make_qdpx(tmp_path / "bad.qdpx", project_xml("<CodeBook><Codes/></CodeBook>"))
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        validate_export(bad)
    (tmp_path / "bad.qdc").write_text(
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes /></CodeBook>', encoding="utf-8")
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        validate_export(tmp_path / "bad.qdc")
