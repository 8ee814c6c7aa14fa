"""Every unsafe or broken input is an ImportRefused with the right reason."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from qda_app.core.errors import ImportRefused
from qda_app.services.importers import extract
from qda_app.services.importers.archive_safety import ZipLimits, check_document_zip

Maker = Callable[..., Path]
WriteBytes = Callable[[str, bytes], Path]

BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    b' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
    b' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n]>\n'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"
)


def refused(path: Path, **limits: int) -> ImportRefused:
    with pytest.raises(ImportRefused) as caught:
        extract(path, **limits)
    assert caught.value.detail, "a refusal must say what is wrong"
    assert caught.value.file == str(path)
    return caught.value


def replace_members(source: Path, target: Path, replacements: dict[str, bytes]) -> Path:
    """Copy a zip, swapping the content of some members."""
    with zipfile.ZipFile(source) as original, \
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            copy.writestr(info.filename, replacements.get(info.filename,
                                                          original.read(info.filename)))
    return target


# --- paths ----------------------------------------------------------------------------

def test_missing_path(tmp_path: Path) -> None:
    assert refused(tmp_path / "nope.txt").reason == "not_found"


def test_path_with_nul_byte(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as caught:
        extract(str(tmp_path / "a\x00b.txt"))
    assert caught.value.reason == "unreadable"


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "carpeta.txt"
    folder.mkdir()
    assert refused(folder).reason == "is_directory"


def test_fifo_is_unreadable_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert refused(fifo).reason == "unreadable"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_permission_denied(write_bytes: WriteBytes) -> None:
    path = write_bytes("secret.txt", b"hola")
    path.chmod(0)
    try:
        assert refused(path).reason == "unreadable"
    finally:
        path.chmod(0o600)


def test_unsupported_extension(write_bytes: WriteBytes) -> None:
    assert refused(write_bytes("hoja.xlsx", b"PK\x03\x04")).reason == "unsupported_format"


# --- empty, size ------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["e.txt", "e.docx", "e.pdf", "e.odt", "e.rtf", "e.md", "e.html"])
def test_zero_bytes(write_bytes: WriteBytes, name: str) -> None:
    assert refused(write_bytes(name, b"")).reason == "empty"


def test_markup_without_text(write_bytes: WriteBytes) -> None:
    html = b"<html><head><script>alert(1)</script></head><body> <p> </p></body></html>"
    assert refused(write_bytes("e.html", html)).reason == "empty"
    assert refused(write_bytes("e.rtf", rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\par\par}")
                   ).reason == "empty"


def test_docx_without_text(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "blank.docx"
    document = docx.Document()
    document.add_paragraph("   ")
    document.save(str(path))
    assert refused(path).reason == "empty"


def test_large_docx_and_pdf_text_refused(make_docx: Maker, make_pdf: Maker) -> None:
    assert refused(make_docx(), max_text_chars=50).reason == "too_large"
    assert refused(make_pdf(["x" * 100]), max_text_chars=50).reason == "too_large"


def test_large_file_refused_before_reading(make_pdf: Maker) -> None:
    path = make_pdf(["Hola."])
    assert refused(path, max_file_bytes=path.stat().st_size - 1).reason == "too_large"


# --- scanned, encrypted, truncated, corrupt --------------------------------------------

def test_pdf_without_text_layer(make_pdf: Maker) -> None:
    error = refused(make_pdf(["", ""]))
    assert error.reason == "no_text_layer"


def test_pdf_with_password(make_pdf: Maker) -> None:
    assert refused(make_pdf(["Secreto."], password="clave")).reason == "encrypted"


@pytest.mark.parametrize("tail", [bytes(2000), "EncryptedPackage".encode("utf-16-le")])
def test_ole_named_docx_is_encrypted(write_bytes: WriteBytes, tail: bytes) -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + tail
    assert refused(write_bytes("protegido.docx", data)).reason == "encrypted"


def test_legacy_doc_renamed_docx_is_unsupported(write_bytes: WriteBytes) -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "WordDocument".encode("utf-16-le")
    assert refused(write_bytes("viejo.docx", data)).reason == "unsupported_format"


def test_odt_with_password(make_odt: Maker, tmp_path: Path) -> None:
    manifest = (b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                b'"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
                b'manifest:full-path="content.xml" manifest:media-type="text/xml">'
                b"<manifest:encryption-data/></manifest:file-entry></manifest:manifest>")
    path = replace_members(make_odt(), tmp_path / "locked.odt",
                           {"META-INF/manifest.xml": manifest, "content.xml": os.urandom(300)})
    assert refused(path).reason == "encrypted"


def test_encrypted_zip_member(make_docx: Maker) -> None:
    path = make_docx()
    data = bytearray(path.read_bytes())
    # Set the "encrypted" flag of every member in the central directory.
    position = data.find(b"PK\x01\x02")
    while position >= 0:
        data[position + 8] |= 0x1
        position = data.find(b"PK\x01\x02", position + 4)
    path.write_bytes(bytes(data))
    assert refused(path).reason == "encrypted"


@pytest.mark.parametrize("maker", ["make_docx", "make_odt", "make_pdf"])
def test_truncated_documents(request: pytest.FixtureRequest, maker: str) -> None:
    build = request.getfixturevalue(maker)
    path = build(["Página uno.", "Página dos."]) if maker == "make_pdf" else build()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert refused(path).reason == "corrupt"


def test_pdf_cut_before_its_trailer(make_pdf: Maker) -> None:
    # The pages are intact, only the trailer is missing: still refused, never imported
    # partially.
    path = make_pdf(["Página uno.", "Página dos."])
    path.write_bytes(path.read_bytes()[:-300])
    assert refused(path).reason == "corrupt"


def test_zip_that_is_not_a_word_document(make_zip: Maker) -> None:
    path = make_zip("otro.docx", {"readme.txt": b"hola"})
    assert refused(path).reason == "corrupt"


@pytest.mark.parametrize(("name", "members"), [
    ("hoja.odt", {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                  "content.xml": b"<x/>"}),
    ("libro.docx", {"xl/workbook.xml": b"<x/>"}),
])
def test_other_office_documents_are_unsupported(make_zip: Maker, name: str,
                                                members: dict[str, bytes]) -> None:
    assert refused(make_zip(name, members)).reason == "unsupported_format"


def test_malformed_document_xml(make_docx: Maker, tmp_path: Path) -> None:
    path = replace_members(make_docx(), tmp_path / "broken.docx",
                           {"word/document.xml": b"<w:document><w:body><w:p>"})
    assert refused(path).reason == "corrupt"


def test_pdf_header_garbage(write_bytes: WriteBytes) -> None:
    data = b"%PDF-1.7\n" + os.urandom(3000) + b"\n%%EOF\n"
    assert refused(write_bytes("ruido.pdf", data)).reason == "corrupt"


def test_not_a_pdf_at_all(write_bytes: WriteBytes) -> None:
    assert refused(write_bytes("falso.pdf", b"just words")).reason == "corrupt"


# --- zip bombs and XML entities -------------------------------------------------------

def test_zip_bomb_disguised_as_docx(make_zip: Maker) -> None:
    bomb = make_zip("bomba.docx", {
        "[Content_Types].xml": b"<Types/>",
        "word/document.xml": b"<w:document>" + b" " * (30 * 1024 * 1024) + b"</w:document>",
    })
    assert bomb.stat().st_size < 100_000
    error = refused(bomb)
    assert error.reason == "zip_bomb"
    assert "word/document.xml" in error.detail


def test_zip_bomb_disguised_as_odt(make_zip: Maker) -> None:
    bomb = make_zip("bomba.odt", {
        "mimetype": b"application/vnd.oasis.opendocument.text",
        "content.xml": bytes(20 * 1024 * 1024),
    })
    assert refused(bomb).reason == "zip_bomb"


def test_total_uncompressed_size_and_member_count_limits(make_docx: Maker) -> None:
    data = make_docx().read_bytes()
    check_document_zip("ok.docx", data)
    with pytest.raises(ImportRefused) as caught:
        check_document_zip("x.docx", data, limits=ZipLimits(max_total_uncompressed=1000))
    assert caught.value.reason == "zip_bomb"
    with pytest.raises(ImportRefused) as caught:
        check_document_zip("x.docx", data, limits=ZipLimits(max_members=3))
    assert caught.value.reason == "zip_bomb"


def test_billion_laughs_in_docx(make_docx: Maker, tmp_path: Path) -> None:
    path = replace_members(make_docx(), tmp_path / "laughs.docx",
                           {"word/document.xml": BILLION_LAUGHS})
    assert refused(path).reason == "unsafe_xml"


def test_utf16_doctype_in_odt(make_odt: Maker, tmp_path: Path) -> None:
    content = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY e "boom">]>'
               "<office:document-content/>").encode("utf-16")
    path = replace_members(make_odt(), tmp_path / "laughs.odt", {"content.xml": content})
    assert refused(path).reason == "unsafe_xml"


def test_external_entity_in_relationships(make_docx: Maker, tmp_path: Path) -> None:
    rels = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            b"<Relationships>&xxe;</Relationships>")
    path = replace_members(make_docx(), tmp_path / "xxe.docx", {"_rels/.rels": rels})
    assert refused(path).reason == "unsafe_xml"
