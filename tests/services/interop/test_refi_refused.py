"""Input that must be refused: an InteropError with a clear reason, and nothing returned."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest
from refi_support import make_qdpx, project_xml

from qda_app.core.errors import InteropError
from qda_app.services.interop.refi_reader import read_qdc, read_qdpx
from qda_app.services.interop.zip_safety import ReadLimits

VALID = project_xml("")


def _refused(path: Path, reason: str, **options) -> InteropError:
    with pytest.raises(InteropError) as caught:
        read_qdpx(path, **options)
    assert caught.value.reason == reason, caught.value.fields
    assert caught.value.file == str(path)
    return caught.value


def test_the_valid_baseline_reads(tmp_path: Path) -> None:
    project, _ = read_qdpx(make_qdpx(tmp_path / "ok.qdpx", VALID))
    assert project.name == "p"


def test_missing_file(tmp_path: Path) -> None:
    _refused(tmp_path / "nowhere.qdpx", "not_found")


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "plain.qdpx"
    path.write_text("this is no archive", encoding="utf-8")
    _refused(path, "not_a_zip")


def test_zip_without_qde(tmp_path: Path) -> None:
    path = tmp_path / "empty.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("sources/a.txt", "text")
    _refused(path, "no_project_file")


def test_two_qde_files_without_project_qde(tmp_path: Path) -> None:
    path = make_qdpx(tmp_path / "two.qdpx", VALID, {"b.qde": VALID}, qde_name="a.qde")
    _refused(path, "ambiguous_project")


def test_malformed_xml(tmp_path: Path) -> None:
    _refused(make_qdpx(tmp_path / "bad.qdpx", "<Project name='x'><Users></Project>"),
             "malformed_xml")


def test_doctype_refused(tmp_path: Path) -> None:
    xml = '<?xml version="1.0"?><!DOCTYPE Project [<!ELEMENT Project ANY>]><Project name="x"/>'
    _refused(make_qdpx(tmp_path / "dtd.qdpx", xml), "unsafe_xml")


def test_entity_expansion_refused(tmp_path: Path) -> None:
    xml = ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa">'
           '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
           '<Project xmlns="urn:QDA-XML:project:1.0" name="&b;"/>')
    _refused(make_qdpx(tmp_path / "laughs.qdpx", xml), "unsafe_xml")


def test_external_entity_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("secret", encoding="utf-8")
    xml = (f'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY s SYSTEM "file://{secret}">]>'
           '<Project xmlns="urn:QDA-XML:project:1.0" name="&s;"/>')
    _refused(make_qdpx(tmp_path / "xxe.qdpx", xml), "unsafe_xml")


def test_wrong_root_element(tmp_path: Path) -> None:
    _refused(make_qdpx(tmp_path / "root.qdpx", '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>'),
             "not_refi_qda")


@pytest.mark.parametrize("name", ["../evil.txt", "sources/../../evil.txt", "/etc/evil.txt",
                                  "C:/evil.txt", "..\\evil.txt"])
def test_unsafe_member_names(tmp_path: Path, name: str) -> None:
    path = make_qdpx(tmp_path / "slip.qdpx", VALID, {name: "x"})
    _refused(path, "unsafe_path")


def test_symlink_member(tmp_path: Path) -> None:
    path = make_qdpx(tmp_path / "link.qdpx", VALID)
    with zipfile.ZipFile(path, "a") as archive:
        link = zipfile.ZipInfo("sources/doc.txt")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    _refused(path, "symlink")


def test_encrypted_member(tmp_path: Path) -> None:
    path = make_qdpx(tmp_path / "enc.qdpx", VALID)
    data = bytearray(path.read_bytes())
    # Set the "encrypted" flag in the central directory entry (offset 8 of the record).
    central = data.rfind(b"PK\x01\x02")
    data[central + 8] |= 0x1
    path.write_bytes(bytes(data))
    _refused(path, "encrypted")


def test_member_declared_too_large(tmp_path: Path) -> None:
    path = make_qdpx(tmp_path / "big.qdpx", VALID, {"sources/big.txt": "a" * 5000})
    _refused(path, "too_large", limits=ReadLimits(max_member_bytes=4000))


def test_total_too_large(tmp_path: Path) -> None:
    files = {f"sources/{index}.txt": "b" * 3000 for index in range(4)}
    path = make_qdpx(tmp_path / "many.qdpx", VALID, files)
    _refused(path, "too_large", limits=ReadLimits(max_total_bytes=10_000))


def test_too_many_members(tmp_path: Path) -> None:
    files = {f"sources/{index}.txt": "x" for index in range(20)}
    _refused(make_qdpx(tmp_path / "n.qdpx", VALID, files), "too_many_members",
             limits=ReadLimits(max_members=10))


def test_compression_ratio_bomb(tmp_path: Path) -> None:
    path = make_qdpx(tmp_path / "bomb.qdpx", VALID, {"sources/zeros.txt": b"\0" * 3_000_000})
    error = _refused(path, "zip_bomb")  # default limits: 3 MB from a few kB is a bomb
    assert "zeros.txt" in error.detail


def test_qde_beyond_text_limit(tmp_path: Path) -> None:
    padding = "<Description>" + "x" * 5000 + "</Description>"
    path = make_qdpx(tmp_path / "long.qdpx", project_xml(padding))
    _refused(path, "too_large", limits=ReadLimits(max_text_bytes=2000))


def test_codebook_refusals(tmp_path: Path) -> None:
    cases = {
        "bad.qdc": ("<CodeBook><Codes>", "malformed_xml"),
        "dtd.qdc": ('<!DOCTYPE CodeBook [<!ENTITY x "y">]><CodeBook/>', "unsafe_xml"),
        "root.qdc": ('<Project xmlns="urn:QDA-XML:project:1.0" name="p"/>', "not_refi_qda"),
    }
    for name, (content, reason) in cases.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        with pytest.raises(InteropError) as caught:
            read_qdc(path)
        assert caught.value.reason == reason, name
    with pytest.raises(InteropError) as caught:
        read_qdc(tmp_path / "absent.qdc")
    assert caught.value.reason == "not_found"
