from __future__ import annotations

import hashlib
import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from qda_app.core.errors import ImportRefused
from qda_app.services.importers import extract

SOURCE = (
    "Entrevista 3\r\n\r\n"
    "Año, señor, acción, São Paulo, coração, ñandú, ¿qué?\r\n"
    "¡Já! Ação, pão, avó, você, Bogotá, über, garçon, naïve.\r\n"
)
EXPECTED = (
    "Entrevista 3\n\n"
    "Año, señor, acción, São Paulo, coração, ñandú, ¿qué?\n"
    "¡Já! Ação, pão, avó, você, Bogotá, über, garçon, naïve."
)
WriteBytes = Callable[[str, bytes], Path]


@pytest.mark.parametrize(
    ("encoding", "reported"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16-le"),  # Python writes a little-endian BOM
        ("utf-16-be", "utf-16-be"),
        ("cp1252", "iso-8859-1"),  # no byte in 0x80-0x9F: identical in both
        ("latin-1", "iso-8859-1"),
    ],
)
def test_encodings_come_out_right(write_bytes: WriteBytes, encoding: str, reported: str) -> None:
    data = SOURCE.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    document = extract(write_bytes("t.txt", data))
    assert document.text == EXPECTED
    assert document.encoding == reported
    assert document.format == "txt"


def test_cp1252_specific_characters(write_bytes: WriteBytes) -> None:
    source = "“Comillas” – 5 € … ¿qué? señor"
    document = extract(write_bytes("t.txt", source.encode("cp1252")))
    assert document.text == source
    assert document.encoding == "cp1252"
    assert "encoding guessed as cp1252" in document.warnings


def test_utf16_without_bom(write_bytes: WriteBytes) -> None:
    document = extract(write_bytes("t.txt", SOURCE.encode("utf-16-le")))
    assert document.text == EXPECTED
    assert document.encoding == "utf-16-le"


def test_provenance(write_bytes: WriteBytes) -> None:
    data = SOURCE.encode("utf-8")
    path = write_bytes("Entrevista 3.TXT", data)
    document = extract(path)
    assert document.original_name == "Entrevista 3.TXT"
    assert document.original_path == path.absolute()
    assert document.size == len(data)
    assert document.sha256 == hashlib.sha256(data).hexdigest()
    assert document.page_starts == ()
    assert document.warnings == ()


def test_control_characters_removed_with_warning(write_bytes: WriteBytes) -> None:
    document = extract(write_bytes("t.txt", "a\x1b[1mbold\x1b[0m b\x07".encode()))
    assert document.text == "a[1mbold[0m b"
    assert "control characters removed (3)" in document.warnings


def test_cyrillic_code_page_is_not_read_as_cp1252(write_bytes: WriteBytes) -> None:
    source = "Привет, как дела? Это интервью о жизни в деревне.\n" * 20
    document = extract(write_bytes("t.txt", source.encode("cp1251")))
    assert document.text == source.strip()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \r\n\t \n\n", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (bytes(random.Random(1).randrange(256) for _ in range(4000)) + b"\x00", "binary"),
        (b"texto\x00con NUL", "binary"),
        (bytes(range(1, 32)) * 10, "binary"),
        (b"\x89PNG\r\n\x1a\n" + random.Random(100).randbytes(100), "binary"),
        (b"\x7fELF\x02\x01\x01" + bytes(50), "binary"),
        (b"PK\x03\x04" + random.Random(200).randbytes(200), "binary"),
        (b"\xff\xd8\xff\xe0" + random.Random(100).randbytes(100), "binary"),
        # Bytes 0x80-0xFF: not UTF-8; 0x81/0x8D/0x8F/0x90/0x9D are undefined in cp1252.
        (bytes(range(128, 256)) * 3, "undecodable"),
        (b"\xef\xbb\xbfok \xff\xfe bad", "undecodable"),
    ],
)
def test_bad_text_refused(write_bytes: WriteBytes, data: bytes, reason: str) -> None:
    with pytest.raises(ImportRefused) as caught:
        extract(write_bytes("bad.txt", data))
    assert caught.value.reason == reason
    assert caught.value.detail
    assert caught.value.file.endswith("bad.txt")


def test_text_over_the_limit_refused(write_bytes: WriteBytes) -> None:
    path = write_bytes("big.txt", ("señor " * 400).encode())
    assert extract(path, max_text_chars=2400).text
    with pytest.raises(ImportRefused) as caught:
        extract(path, max_text_chars=2399)
    assert caught.value.reason == "too_large"


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_text_limit_in_other_encodings(write_bytes: WriteBytes, encoding: str) -> None:
    path = write_bytes("big.txt", ("señor “x” " * 100).encode(encoding))
    assert len(extract(path, max_text_chars=1000).text) == 999  # trailing space trimmed
    with pytest.raises(ImportRefused) as caught:
        extract(path, max_text_chars=999)
    assert caught.value.reason == "too_large"


def test_file_over_the_byte_limit_refused(write_bytes: WriteBytes) -> None:
    with pytest.raises(ImportRefused) as caught:
        extract(write_bytes("big.txt", b"x" * 2000), max_file_bytes=1999)
    assert caught.value.reason == "too_large"
    assert "1,999" in caught.value.detail


def test_real_pdf_named_txt_is_read_as_pdf(make_pdf: Callable[..., Path], tmp_path: Path) -> None:
    pdf = make_pdf(["Hola, señor."])
    renamed = tmp_path / "misnamed.txt"
    renamed.write_bytes(pdf.read_bytes())
    document = extract(renamed)
    assert document.format == "pdf"
    assert document.text.startswith("Hola")
    assert any("content is pdf" in warning for warning in document.warnings)


def test_rtf_source_named_txt_is_read_as_rtf(write_bytes: WriteBytes) -> None:
    document = extract(write_bytes("x.txt", rb"{\rtf1\ansi se\'f1or\par}"))
    assert document.format == "rtf"
    assert document.text == "señor"
