"""Fixture builders: every test file is generated in tmp_path, none is checked in."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

SPANISH_PORTUGUESE = "Año, señor, acción, São Paulo, coração, ñandú, ¿qué?"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.fixture
def write_bytes(tmp_path: Path) -> Callable[[str, bytes], Path]:
    def write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write


@pytest.fixture
def make_docx(tmp_path: Path) -> Callable[..., Path]:
    """A .docx with a heading, accented paragraphs, a table between them."""
    import docx

    def make(name: str = "entrevista.docx") -> Path:
        document = docx.Document()
        document.add_heading("Entrevista número 1", level=1)
        document.add_paragraph(SPANISH_PORTUGUESE)
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Pregunta"
        table.cell(0, 1).text = "Respuesta"
        table.cell(1, 0).text = "¿Dónde?"
        table.cell(1, 1).text = "São Paulo"
        document.add_paragraph("Después de la tabla: coração.")
        path = tmp_path / name
        document.save(str(path))
        return path

    return make


@pytest.fixture
def make_odt(tmp_path: Path) -> Callable[..., Path]:
    """An .odt with a heading, a paragraph, a list and a table."""
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, P, S

    def make(name: str = "entrevista.odt") -> Path:
        document = OpenDocumentText()
        document.text.addElement(H(outlinelevel=1, text="Título de la entrevista"))
        paragraph = P(text="Primera")
        paragraph.addElement(S(c=1))
        paragraph.addText("parte: " + SPANISH_PORTUGUESE)
        document.text.addElement(paragraph)
        items = List()
        for label in ("primer punto", "segundo punto"):
            item = ListItem()
            item.addElement(P(text=label))
            items.addElement(item)
        document.text.addElement(items)
        table = Table()
        table.addElement(TableColumn(numbercolumnsrepeated=2))
        for first, second in (("Pregunta", "Respuesta"), ("¿Dónde?", "São Paulo")):
            row = TableRow()
            for value in (first, second):
                cell = TableCell()
                cell.addElement(P(text=value))
                row.addElement(cell)
            table.addElement(row)
        document.text.addElement(table)
        document.text.addElement(P(text="Fin."))
        path = tmp_path / name
        document.save(str(path))
        return path

    return make


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """A PDF with one paragraph per page, in DejaVu (accents) if the font is installed."""
    from fpdf import FPDF

    def make(pages: list[str], name: str = "entrevista.pdf", *, password: str | None = None
             ) -> Path:
        pdf = FPDF()
        if DEJAVU.exists():
            pdf.add_font("DejaVu", fname=str(DEJAVU))
            pdf.set_font("DejaVu", size=12)
        else:
            pdf.set_font("Helvetica", size=12)
        for page_text in pages:
            pdf.add_page()
            if page_text:
                pdf.multi_cell(0, 10, page_text)
        path = tmp_path / name
        pdf.output(str(path))
        if password is not None:
            from pypdf import PdfReader, PdfWriter

            writer = PdfWriter(clone_from=PdfReader(str(path)))
            writer.encrypt(user_password=password, owner_password=password + "-owner",
                           algorithm="AES-256")
            with open(path, "wb") as stream:
                writer.write(stream)
        return path

    return make


@pytest.fixture
def make_zip(tmp_path: Path) -> Callable[..., Path]:
    """A zip with the given members (name -> bytes), deflated."""

    def make(name: str, members: dict[str, bytes]) -> Path:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for member, data in members.items():
                archive.writestr(member, data)
        return path

    return make
