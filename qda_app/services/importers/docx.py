"""Word .docx: body paragraphs and tables, in body order.

Headers, footers, footnotes and comments are not part of the transcript a researcher
codes, so they are left out. Table rows become lines with cells separated by tabs, so a
table stays readable and its position in the text is where it is in the document.
"""

from __future__ import annotations

from io import BytesIO

from qda_app.services.importers.archive_safety import check_document_zip
from qda_app.services.importers.detect import refuse
from qda_app.services.importers.normalise import PARAGRAPH_SEPARATOR

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def extract_docx(path: str, data: bytes, *, max_text_chars: int) -> tuple[str, tuple[str, ...]]:
    """Text of a .docx (paragraphs separated by a blank line) and warnings."""
    check_document_zip(path, data)
    # Imported here: python-docx pulls in lxml and takes ~0.1 s to import, which plain-text
    # imports should not pay.
    import docx
    from docx.text.paragraph import Paragraph

    document = docx.Document(BytesIO(data))
    blocks: list[str] = []
    length = 0
    for element in _body_blocks(document.element.body):
        if element.tag == f"{_W}p":
            block = Paragraph(element, document).text
        else:
            block = _table_text(element, document)
        blocks.append(block)
        length += len(block) + len(PARAGRAPH_SEPARATOR)
        if length > max_text_chars:
            raise refuse(path, "too_large", key="more_characters_than", limit=max_text_chars)
    return PARAGRAPH_SEPARATOR.join(blocks), ()


def _body_blocks(container: object) -> list[object]:
    """Paragraph and table elements in document order, looking inside content controls
    (w:sdt), which Word uses for forms and some templates and python-docx skips."""
    found: list[object] = []
    for child in container.iterchildren():  # type: ignore[attr-defined]
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            found.append(child)
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                found.extend(_body_blocks(content))
    return found


def _table_text(element: object, parent: object) -> str:
    from docx.table import Table

    table = Table(element, parent)  # type: ignore[arg-type]
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            # A merged cell is reported once per grid column it spans; keep it once.
            if previous is not None and cell._tc is previous:
                continue
            previous = cell._tc
            cells.append(_cell_text(cell))
        lines.append("\t".join(cells))
    return "\n".join(lines)


def _cell_text(cell: object) -> str:
    # Paragraphs inside a cell are joined with a space so each row stays on one line;
    # nested tables are flattened the same way.
    parts: list[str] = []
    for block in cell.iter_inner_content():  # type: ignore[attr-defined]
        if hasattr(block, "rows"):
            parts.append(" ".join(_cell_text(inner) for row in block.rows for inner in row.cells))
        else:
            parts.append(block.text)
    return " ".join(part.replace("\n", " ").strip() for part in parts if part.strip())
