"""Paragraphs added at the end of a long Word document in constant time.

python-docx puts every new paragraph before the body's section properties, which it looks for
from the first paragraph on, each time: adding n paragraphs costs n²/2 steps, minutes for the
tens of thousands of paragraphs of a quotations section. ``BodyEnd`` finds the section
properties once and inserts in front of them, with the same paragraphs and styles as
``Document.add_paragraph`` and ``Document.add_heading``.
"""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph


class BodyEnd:
    def __init__(self, document: WordDocument) -> None:
        self._container = document._body  # noqa: SLF001 (the paragraphs' parent, as python-docx sets it)
        self._body = document.element.body
        self._section = self._body.find(qn("w:sectPr"))

    def add_paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        element = OxmlElement("w:p")
        if self._section is not None and self._section.getparent() is self._body:
            self._section.addprevious(element)
        else:
            self._body.append(element)
        paragraph = Paragraph(element, self._container)
        if text:
            paragraph.add_run(text)
        if style is not None:
            paragraph.style = style
        return paragraph

    def add_heading(self, text: str = "", level: int = 1) -> Paragraph:
        return self.add_paragraph(text, "Title" if level == 0 else f"Heading {level}")
