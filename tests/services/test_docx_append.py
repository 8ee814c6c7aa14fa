"""Paragraphs added at the body's end keep the document's order and styles, in constant time."""

from __future__ import annotations

from docx import Document

from qda_app.services.exporters.docx_append import BodyEnd


def test_paragraphs_and_headings_come_before_the_section_properties_in_order(tmp_path):
    document = Document()
    document.add_paragraph("first")
    end = BodyEnd(document)
    end.add_heading("Centralismo {12-3}", level=2)
    end.add_paragraph("“el presupuesto llega tarde”", style="Quote")
    end.add_paragraph()
    document.add_paragraph("last")  # python-docx's own add still finds the end after ours
    path = tmp_path / "d.docx"
    document.save(path)
    read = Document(path)
    assert [(p.text, p.style.name) for p in read.paragraphs] == [
        ("first", "Normal"), ("Centralismo {12-3}", "Heading 2"), ("“el presupuesto llega tarde”", "Quote"),
        ("", "Normal"), ("last", "Normal")]
    body = read.element.body
    assert body[-1].tag.endswith("}sectPr")  # Word needs the section properties last


def test_a_document_without_section_properties_gets_the_paragraph_at_its_end():
    document = Document()
    body = document.element.body
    body.remove(body[-1])
    end = BodyEnd(document)
    end.add_paragraph("solo")
    assert [p.text for p in document.paragraphs] == ["solo"]
    assert end.add_heading("Título", level=0).style.name == "Title"
