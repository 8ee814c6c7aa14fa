"""extract() on arbitrary or damaged bytes returns a document or raises ImportRefused."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qda_app.core.errors import ImportRefused
from qda_app.services.importers import ExtractedDocument, extract, normalise_text

EXTENSIONS = [".txt", ".docx", ".pdf", ".rtf", ".html", ".odt", ".md"]
# Prefixes that steer random bytes into each extractor rather than the first refusal.
PREFIXES = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"{\\rtf1\\ansi ", b"<html><body>",
            b"\xef\xbb\xbf", b"\xff\xfe", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"# "]


_PRISTINE: dict[str, bytes] = {}


def check_outcome(path: Path) -> None:
    try:
        document = extract(path, max_text_chars=100_000)
    except ImportRefused as error:
        assert error.reason and error.detail
        return
    assert isinstance(document, ExtractedDocument)
    assert document.text and normalise_text(document.text) == document.text


@settings(max_examples=300, deadline=None)
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=3000),
       extension=st.sampled_from(EXTENSIONS))
def test_arbitrary_bytes(prefix: bytes, body: bytes, extension: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "fuzz" + extension)
        path.write_bytes(prefix + body)
        check_outcome(path)


@pytest.mark.parametrize("maker", ["make_docx", "make_odt", "make_pdf"])
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damage=st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=40)),
                       min_size=1, max_size=4))
def test_damaged_documents(request: pytest.FixtureRequest, maker: str,
                           damage: list[tuple[float, bytes]]) -> None:
    if maker not in _PRISTINE:  # built once: fpdf2 embedding a font is slow
        build: Callable[..., Path] = request.getfixturevalue(maker)
        path = build(["Hola, señor.", "Adiós."]) if maker == "make_pdf" else build()
        _PRISTINE[maker] = path.read_bytes()
    path = Path(tempfile.mkdtemp(), "damaged" + {"make_docx": ".docx", "make_odt": ".odt",
                                                  "make_pdf": ".pdf"}[maker])
    data = bytearray(_PRISTINE[maker])
    for where, junk in damage:
        position = int(where * (len(data) - 1))
        data[position : position + len(junk)] = junk
    path.write_bytes(bytes(data))
    try:
        check_outcome(path)
    finally:
        shutil.rmtree(path.parent)
