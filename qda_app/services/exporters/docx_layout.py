"""Word layout pieces python-docx has no call for: document language, repeated header rows,
column widths that Word and LibreOffice both keep, cell shading, core properties."""

from __future__ import annotations

import re
from datetime import datetime, timezone

from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Row

# Report language -> the language tag Word's spelling checker and hyphenation use.
LANGUAGE_TAGS = {"en": "en-US", "es": "es-ES", "pt": "pt-BR"}


def _child(parent, tag: str):
    """``parent``'s first ``tag`` child, created (appended) where missing."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


def set_language(document: WordDocument, language: str) -> str:
    """Every style's default language (and the Normal style's) set to the report language."""
    tag = LANGUAGE_TAGS.get(language, language)
    styles = document.styles.element
    defaults = _child(styles, "w:docDefaults")
    run_defaults = _child(_child(defaults, "w:rPrDefault"), "w:rPr")
    for properties in (run_defaults, document.styles["Normal"].element.get_or_add_rPr()):
        lang = _child(properties, "w:lang")
        for attribute in ("w:val", "w:eastAsia", "w:bidi"):
            lang.set(qn(attribute), tag)
    return tag


def set_properties(document: WordDocument, *, title: str, author: str, language: str, subject: str = "") -> None:
    """Core properties from the project: not python-docx's template author and 2013 dates."""
    now = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)
    properties = document.core_properties
    properties.title = title
    properties.subject = subject
    properties.author = author
    properties.last_modified_by = author
    properties.language = LANGUAGE_TAGS.get(language, language)
    properties.created = now
    properties.modified = now
    properties.last_printed = now
    properties.revision = 1
    properties.comments = ""
    properties.keywords = ""
    properties.category = ""


def set_page(document: WordDocument, *, margin_cm: float = 2.5, landscape: bool = False) -> float:
    """A4 with even margins; returns the text width in centimetres."""
    section = document.sections[0]
    width, height = Cm(21.0), Cm(29.7)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(margin_cm))
    return (section.page_width - section.left_margin - section.right_margin) / Cm(1)


def set_base_font(document: WordDocument, name: str = "Times New Roman", size: float = 11) -> None:
    style = document.styles["Normal"]
    style.font.name = name
    style.font.size = Pt(size)
    fonts = _child(style.element.get_or_add_rPr(), "w:rFonts")
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), name)


def repeat_as_header(row: _Row) -> None:
    """Word and LibreOffice repeat this row at the top of every page the table runs onto."""
    properties = row._tr.get_or_add_trPr()
    _child(properties, "w:tblHeader").set(qn("w:val"), "true")


def keep_row_together(row: _Row) -> None:
    _child(row._tr.get_or_add_trPr(), "w:cantSplit").set(qn("w:val"), "true")


def set_widths(table: Table, widths_cm: list[float]) -> None:
    """Fixed column widths: the grid (LibreOffice reads it) and every cell (Word reads those)."""
    table.autofit = False
    layout = _child(table._tbl.tblPr, "w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths_cm):
        column.set(qn("w:w"), str(int(Cm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm):
            cell.width = Cm(width)


def shade(cell, fill: str) -> None:
    """Background colour of a table cell (``fill`` as RRGGBB)."""
    properties = cell._tc.get_or_add_tcPr()
    shading = _child(properties, "w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#").upper())


# Kept: tab and newline (python-docx writes them as <w:tab/> and <w:br/>) and what XML 1.0 can
# hold from U+0020 on, less the surrogates and U+FFFE, U+FFFF (lxml refuses those). Dropped:
# every other control character, carriage return included.
_NOT_XML = re.compile("[^\t\n\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean_text(value: object) -> str:
    """Text XML 1.0 can hold: python-docx would refuse the whole file over one control character."""
    if value is None:
        return ""
    return _NOT_XML.sub("", str(value))
