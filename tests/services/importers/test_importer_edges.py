"""Import edge cases each format meets in the field: a declared charset that lies, a code page
Python does not know, a byte the code page lacks, Word's content controls, merged and nested
table cells, runs of pages without text. Expected texts written out by hand."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from qda_app.core.errors import ImportRefused
from qda_app.services.importers import extract

WriteBytes = Callable[[str, bytes], Path]


# --- HTML ----------------------------------------------------------------------------------------

def test_a_declared_charset_the_bytes_do_not_fit_is_ignored_with_a_warning(write_bytes: WriteBytes) -> None:
    html = "<html><head><meta charset='utf-8'></head><body><p>Año y acción</p></body></html>".encode("cp1252")
    document = extract(write_bytes("p.html", html))
    assert document.text == "Año y acción"
    assert document.encoding == "iso-8859-1"  # no byte in 0x80-0x9f: the detection says Latin-1
    assert document.warnings[-1] == "declared charset utf-8 does not fit the bytes"


@pytest.mark.parametrize("label, encoding", [("x-desconocido", "utf-8"), ("utf-16le", "utf-8")])
def test_an_unknown_or_impossible_charset_is_not_believed(write_bytes: WriteBytes, label, encoding) -> None:
    html = f"<html><head><meta charset='{label}'></head><body><p>São Paulo</p></body></html>".encode("utf-8")
    document = extract(write_bytes("p.html", html))
    assert (document.text, document.encoding) == ("São Paulo", encoding)


def test_html_longer_than_the_limit_is_refused(write_bytes: WriteBytes) -> None:
    path = write_bytes("p.html", b"<meta charset='latin-1'><p>" + b"palabra " * 20 + b"</p>")
    with pytest.raises(ImportRefused) as caught:
        extract(path, max_text_chars=100)
    assert caught.value.fields == {"file": str(path), "reason": "too_large",
                                   "detail": "191 characters of text; the limit is 100",
                                   "detail_key": "characters_over_limit", "characters": 191, "limit": 100}


# --- RTF -----------------------------------------------------------------------------------------

def test_a_byte_the_code_page_lacks_is_replaced_and_said(write_bytes: WriteBytes) -> None:
    rtf = rb"{\rtf1\ansi\ansicpg1252 A\'f1o \'81 fin\par}"  # 0x81 is unassigned in cp1252
    document = extract(write_bytes("e.rtf", rtf))
    assert document.text == "Año \ufffd fin"
    assert (document.encoding, document.warnings) == ("cp1252", ("bytes invalid in cp1252 replaced with U+FFFD",))


def test_a_code_page_python_does_not_know_is_read_as_the_rtf_default(write_bytes: WriteBytes) -> None:
    document = extract(write_bytes("e.rtf", rb"{\rtf1\ansi\ansicpg99999 se\'f1or\par}"))
    assert (document.text, document.encoding) == ("señor", "cp1252")


def test_rtf_longer_than_the_limit_is_refused(write_bytes: WriteBytes) -> None:
    path = write_bytes("e.rtf", rb"{\rtf1\ansi " + b"palabra " * 20 + rb"\par}")
    with pytest.raises(ImportRefused) as caught:
        extract(path, max_text_chars=100)
    assert (caught.value.reason, caught.value.detail) == ("too_large", "162 characters of text; the limit is 100")


# --- DOCX ----------------------------------------------------------------------------------------

def test_content_controls_merged_cells_and_nested_tables(tmp_path: Path) -> None:
    from docx import Document
    from docx.oxml import OxmlElement

    document = Document()
    document.add_paragraph("Antes del formulario.")
    control = OxmlElement("w:sdt")
    content = OxmlElement("w:sdtContent")
    control.append(content)
    inside = document.add_paragraph("Dentro del control de contenido.")
    content.append(inside._p)  # moved into the control
    document.element.body.insert(1, control)
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Pregunta larga"
    table.cell(0, 2).text = "Respuesta"
    table.cell(1, 0).text = "uno"
    nested = table.cell(1, 1).add_table(rows=1, cols=2)
    nested.cell(0, 0).text = "a"
    nested.cell(0, 1).text = "b"
    table.cell(1, 2).text = "tres"
    path = tmp_path / "e.docx"
    document.save(str(path))
    assert extract(path).text == (
        "Antes del formulario.\n\n"
        "Dentro del control de contenido.\n\n"
        "Pregunta larga\tRespuesta\n"
        "uno\ta b\ttres"  # the nested table's cells joined with a space (the cell's empty paragraph dropped)
    )


# --- PDF -----------------------------------------------------------------------------------------

def test_runs_of_pages_without_text_are_listed_compactly(make_pdf) -> None:
    document = extract(make_pdf(["Uno.", "", "", "Cuatro.", ""]))
    assert document.text == "Uno.\n\nCuatro."
    assert document.page_starts == (0, 6, 6, 6, 13)
    assert document.warnings == ("pages without text: 2-3, 5",)
