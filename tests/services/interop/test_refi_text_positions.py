"""Offset re-mapping under normalisation, and UTF-16 units -> code points."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

from qda_app.services.interop.text_positions import normalise_text, quote_matches


def test_identity_when_nothing_changes() -> None:
    text = normalise_text("plain 😀 text\n")
    assert not text.changed
    assert [text.from_code_points(index) for index in range(14)] == list(range(14))


def test_crlf_shifts_later_offsets() -> None:
    raw = "ab\r\ncd\r\nef"
    text = normalise_text(raw)
    assert text.text == "ab\ncd\nef"
    assert text.from_code_points(raw.index("cd")) == text.text.index("cd")
    assert text.from_code_points(raw.index("ef")) == text.text.index("ef")
    assert text.from_code_points(len(raw)) == len(text.text)


def test_lone_cr_becomes_lf_without_shift() -> None:
    text = normalise_text("ab\rcd")
    assert text.text == "ab\ncd" and text.from_code_points(3) == 3


def test_nfc_composition_shifts_later_offsets() -> None:
    raw = "cafe\u0301 ole\u0301 fin"
    text = normalise_text(raw)
    assert text.text == unicodedata.normalize("NFC", raw)
    start = raw.index("fin")
    assert text.text[text.from_code_points(start):text.from_code_points(start + 3)] == "fin"
    # An offset inside a composed pair lands on the composed character's end, not past it.
    assert text.from_code_points(raw.index("\u0301") + 1) == text.text.index("é") + 1


def test_hangul_jamo_falls_back_to_line_blocks() -> None:
    raw = "\u1100\u1161 x\nnext"
    text = normalise_text(raw)
    assert text.text == "\uac00 x\nnext"
    assert text.text[text.from_code_points(raw.index("next")):] == "next"


def test_utf16_units_to_code_points() -> None:
    raw = "a😀b👍🏽c"
    text = normalise_text(raw)
    units = raw.encode("utf-16-le")
    for index in range(len(raw) + 1):
        unit_offset = len(raw[:index].encode("utf-16-le")) // 2
        assert text.from_utf16_units(unit_offset) == index
    assert text.raw_utf16_length == len(units) // 2


def test_quote_matching_is_whitespace_tolerant_and_accepts_truncation() -> None:
    assert quote_matches("one two", "one\ntwo")
    assert quote_matches("a long quotation ...", "a long quotation that goes on")
    assert not quote_matches("line:6", "some text")
    assert not quote_matches("", "")


def test_interop_imports_without_pyside6() -> None:
    code = ("import sys; sys.modules['PySide6'] = None\n"
            "import qda_app.services.interop.refi_reader, qda_app.services.interop.refi_writer\n"
            "assert not any(name.startswith('PySide6') and sys.modules[name] for name in sys.modules)")
    root = Path(__file__).resolve().parents[3]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)
