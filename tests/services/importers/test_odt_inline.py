"""What an .odt holds inside its paragraphs and tables, as a transcript: spaces, tabs, line
breaks, spans, text boxes inside a paragraph, footnotes left out, and tables whose rows and cells
repeat (the way office programs fill a grid)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qda_app.core.errors import ImportRefused
from qda_app.services.importers import extract
from qda_app.services.importers.odt import extract_odt


def _odt(path: Path) -> Path:
    from odf.draw import Frame, TextBox
    from odf.opendocument import OpenDocumentText
    from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableHeaderRows, TableRow
    from odf.text import LineBreak, Note, NoteBody, NoteCitation, P, S, Span, Tab

    document = OpenDocumentText()
    speech = P(text="Alcalde:")
    speech.addElement(Tab())
    speech.addText("sin plata")
    speech.addElement(S(c=3))
    speech.addText("no hay obra.")
    speech.addElement(LineBreak())
    speech.addElement(Span(text="Todo pasa por Lima."))
    note = Note(noteclass="footnote")
    note.addElement(NoteCitation(text="1"))
    body = NoteBody()
    body.addElement(P(text="Nota del transcriptor."))
    note.addElement(body)
    speech.addElement(note)
    document.text.addElement(speech)
    boxed = P(text="Antes del recuadro.")
    frame = Frame(width="5cm", height="2cm", anchortype="as-char")
    box = TextBox()
    box.addElement(P(text="Dentro del recuadro."))
    frame.addElement(box)
    boxed.addElement(frame)
    boxed.addText("Después.")
    document.text.addElement(boxed)

    table = Table()
    table.addElement(TableColumn(numbercolumnsrepeated=4))
    header = TableHeaderRows()
    row = TableRow()
    for value in ("Pregunta", "Respuesta"):
        cell = TableCell()
        cell.addElement(P(text=value))
        row.addElement(cell)
    header.addElement(row)
    table.addElement(header)
    row = TableRow(numberrowsrepeated=2)  # the same row twice
    cell = TableCell(numbercolumnsrepeated=2)  # the same cell twice
    cell.addElement(P(text="sí"))
    row.addElement(cell)
    row.addElement(CoveredTableCell())  # hidden under a merged cell: not text
    row.addElement(TableCell(numbercolumnsrepeated=1000))  # empty cells filling the grid
    table.addElement(row)
    row = TableRow()
    cell = TableCell()
    cell.addElement(P(text="dos"))
    cell.addElement(P(text="párrafos"))
    row.addElement(cell)
    table.addElement(row)
    table.addElement(TableRow(numberrowsrepeated=1000))  # empty rows filling the grid
    document.text.addElement(table)
    document.save(str(path))
    return path


def test_inline_marks_text_boxes_notes_and_repeated_table_cells(tmp_path: Path) -> None:
    document = extract(_odt(tmp_path / "entrevista.odt"))
    assert document.text == (
        "Alcalde:\tsin plata   no hay obra.\nTodo pasa por Lima.\n\n"
        "Antes del recuadro.\nDentro del recuadro.\nDespués.\n\n"
        "Pregunta\tRespuesta\n"
        "sí\tsí\n"
        "sí\tsí\n"
        "dos párrafos"
    )


def test_text_longer_than_the_limit_is_refused_with_its_length(tmp_path: Path) -> None:
    path = _odt(tmp_path / "entrevista.odt")
    with pytest.raises(ImportRefused) as caught:
        extract_odt(str(path), path.read_bytes(), max_text_chars=50)
    # 149: the characters of the text above, before any normalisation (there is nothing to change)
    assert caught.value.fields == {"file": str(path), "reason": "too_large",
                                   "detail": "149 characters of text; the limit is 50",
                                   "detail_key": "characters_over_limit", "characters": 149, "limit": 50}
