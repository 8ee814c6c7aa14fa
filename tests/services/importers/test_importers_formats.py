from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from qda_app.services.importers import extract

# The same sentence and font as the builders in conftest.py use.
SPANISH_PORTUGUESE = "Año, señor, acción, São Paulo, coração, ñandú, ¿qué?"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

Maker = Callable[..., Path]
WriteBytes = Callable[[str, bytes], Path]


def test_docx_paragraphs_table_heading_in_body_order(make_docx: Maker) -> None:
    document = extract(make_docx())
    assert document.format == "docx"
    assert document.encoding is None
    assert document.text == (
        "Entrevista número 1\n\n"
        f"{SPANISH_PORTUGUESE}\n\n"
        "Pregunta\tRespuesta\n"
        "¿Dónde?\tSão Paulo\n\n"
        "Después de la tabla: coração."
    )


def test_odt_headings_lists_tables(make_odt: Maker) -> None:
    document = extract(make_odt())
    assert document.format == "odt"
    assert document.text == (
        "Título de la entrevista\n\n"
        f"Primera parte: {SPANISH_PORTUGUESE}\n\n"
        "primer punto\n\n"
        "segundo punto\n\n"
        "Pregunta\tRespuesta\n"
        "¿Dónde?\tSão Paulo\n\n"
        "Fin."
    )


def test_pdf_pages_and_page_starts(make_pdf: Maker) -> None:
    pages = [f"Página {number}. {SPANISH_PORTUGUESE}" for number in (1, 2, 3)]
    document = extract(make_pdf(pages))
    assert document.format == "pdf"
    assert len(document.page_starts) == 3
    assert document.page_starts[0] == 0
    for number, start in enumerate(document.page_starts, start=1):
        assert document.text[start:].startswith(f"P\u00e1gina {number}." if DEJAVU.exists()
                                                else "P")
        assert document.page_of(start) == number
    if not DEJAVU.exists():
        pytest.skip("DejaVu font not installed: accents in PDF not checked")
    assert document.text == "\n\n".join(pages)


def test_pdf_blank_page_in_the_middle(make_pdf: Maker) -> None:
    document = extract(make_pdf(["Uno.", "", "Tres."]))
    assert document.text == "Uno.\n\nTres."
    assert document.page_starts == (0, 6, 6)
    assert "pages without text: 2" in document.warnings


def test_pdf_with_owner_password_only_opens(make_pdf: Maker) -> None:
    document = extract(make_pdf(["Abierto para leer."], password=""))
    assert document.text == "Abierto para leer."


def test_rtf_hex_and_unicode_escapes(write_bytes: WriteBytes) -> None:
    rtf = (
        rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}"
        rb"{\colortbl;\red0\green0\blue0;}"
        rb"\pard\f0 A\'f1o, se\'f1or, acci\'f3n, S\u227?o Paulo, cora\u231?\u227?o, "
        rb"\'f1and\'fa, \'bfqu\'e9?\par "
        rb"Segundo p\'e1rrafo\line misma l\'ednea \u-10179?\u-8704?\par}"
    )
    document = extract(write_bytes("e.rtf", rtf))
    assert document.format == "rtf"
    assert document.encoding == "cp1252"
    assert document.text == (
        f"{SPANISH_PORTUGUESE}\n\nSegundo párrafo\nmisma línea \U0001F600"
    )


def test_html_visible_text_only(write_bytes: WriteBytes) -> None:
    html = (
        "<!DOCTYPE html><html><head><meta charset='windows-1252'><title>No</title>"
        "<style>p { color: red }</style><script>var hidden = 1;</script></head><body>"
        "<h1>T\xedtulo</h1><p>Uno   dos\n tres <b>negrita</b> y <a href='http://x.org'>enlace"
        "</a>.</p><!-- comentario --><ul><li>uno</li><li>dos</li></ul>"
        "<table><tr><th>a</th> <td>b</td></tr>\n<tr><td>c</td><td>d</td></tr></table>"
        "<pre>  sangr\xeda\n    m\xe1s</pre>fin<br>l\xednea &amp; \x93cita\x94</body></html>"
    ).encode("latin-1")
    document = extract(write_bytes("p.html", html))
    assert document.format == "html"
    assert document.encoding == "cp1252"
    assert document.text == (
        "Título\n\nUno dos tres negrita y enlace.\n\nuno\n\ndos\n\na\tb\nc\td\n\n"
        "  sangría\n    más\n\nfin\nlínea & “cita”"
    )


def test_markdown_visible_text(write_bytes: WriteBytes) -> None:
    source = (
        "# Título\n\nTexto con *énfasis*, **fuerte** y [un enlace](http://example.com/x).\n"
        "Sigue el párrafo.\n\n- uno\n- dos\n\n> cita de São Paulo\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    document = extract(write_bytes("n.md", source.encode()))
    assert document.format == "md"
    assert document.text == (
        "Título\n\nTexto con énfasis, fuerte y un enlace.\nSigue el párrafo.\n\n"
        "uno\n\ndos\n\ncita de São Paulo\n\na\tb\n1\t2"
    )
    assert "http" not in document.text and "#" not in document.text


def test_docx_named_odt_is_read_as_docx(make_docx: Maker, tmp_path: Path) -> None:
    misnamed = tmp_path / "misnamed.odt"
    misnamed.write_bytes(make_docx().read_bytes())
    document = extract(misnamed)
    assert document.format == "docx"
    assert SPANISH_PORTUGUESE in document.text


def test_xml_saved_as_html_is_read_as_html_without_a_warning(write_bytes: WriteBytes) -> None:
    import warnings

    xhtml = ('<?xml version="1.0" encoding="utf-8"?>\n<transcripcion><p>Entrevista en Ilave</p>'
             "</transcripcion>").encode("utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        document = extract(write_bytes("x.html", xhtml))
    assert document.text == "Entrevista en Ilave"
    assert not caught, [str(warning.message) for warning in caught]
