"""OpenDocument text (.odt): paragraphs, headings, lists and tables in body order.

Footnotes/endnotes, tracked-change deletions and annotations are left out (they are not
the transcript). Table rows become lines with tab-separated cells, as for .docx.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from qda_app.services.importers.archive_safety import check_document_zip
from qda_app.services.importers.detect import refuse
from qda_app.services.importers.normalise import PARAGRAPH_SEPARATOR

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

_PARAGRAPHS = {(_TEXT, "p"), (_TEXT, "h")}
# Elements whose content is not visible body text.
_SKIPPED = {(_TEXT, "note"), (_TEXT, "tracked-changes"), (_OFFICE, "annotation"),
            (_TEXT, "sequence-decls"), (_TEXT, "variable-decls"), (_TEXT, "user-field-decls"),
            (_OFFICE, "forms"), (_TABLE, "covered-table-cell")}
_ROW_CONTAINERS = {(_TABLE, "table-header-rows"), (_TABLE, "table-rows"),
                   (_TABLE, "table-row-group")}
# A sheet-like table repeats an empty cell/row thousands of times to fill a grid; the
# repeat is honoured for cells with text only, and capped.
_MAX_REPEAT = 100

_ELEMENT_NODE = 1
_TEXT_NODE = 3


def extract_odt(path: str, data: bytes, *, max_text_chars: int) -> tuple[str, tuple[str, ...]]:
    """Text of an .odt (paragraphs separated by a blank line) and warnings."""
    # Before the XML scan, which would call the encrypted content.xml malformed XML.
    if _manifest_mentions_encryption(data):
        raise refuse(path, "encrypted", key="odt_password")
    check_document_zip(path, data)
    from odf.opendocument import load  # imported here: heavy, and only odt needs it

    document = load(BytesIO(data))
    blocks: list[str] = []
    _collect_blocks(document.text, blocks)
    text = PARAGRAPH_SEPARATOR.join(blocks)
    if len(text) > max_text_chars:
        raise refuse(path, "too_large", key="characters_over_limit", characters=len(text), limit=max_text_chars)
    return text, ()


def _manifest_mentions_encryption(data: bytes) -> bool:
    """Whether the manifest declares encrypted members (how ODF stores a password)."""
    import zipfile

    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            info = archive.getinfo("META-INF/manifest.xml")
            if info.file_size > 1024 * 1024:
                return False  # not a real manifest; the zip checks will judge the file
            manifest = archive.read(info)
    except (KeyError, zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        return False  # damage is reported by check_document_zip, with a better message
    return b"encryption-data" in manifest


def _collect_blocks(node: Any, blocks: list[str]) -> None:
    for child in node.childNodes:
        if child.nodeType != _ELEMENT_NODE or child.qname in _SKIPPED:
            continue
        if child.qname in _PARAGRAPHS:
            blocks.append(_inline_text(child))
        elif child.qname == (_TABLE, "table"):
            blocks.append(_table_text(child))
        else:
            # Lists, list items, sections, index bodies, text boxes: containers of blocks.
            _collect_blocks(child, blocks)


def _inline_text(node: Any) -> str:
    parts: list[str] = []
    for child in node.childNodes:
        if child.nodeType == _TEXT_NODE:
            parts.append(child.data)
        elif child.nodeType != _ELEMENT_NODE or child.qname in _SKIPPED:
            continue
        elif child.qname == (_TEXT, "s"):
            parts.append(" " * min(int(child.getAttrNS(_TEXT, "c") or 1), _MAX_REPEAT))
        elif child.qname == (_TEXT, "tab"):
            parts.append("\t")
        elif child.qname == (_TEXT, "line-break"):
            parts.append("\n")
        elif child.qname in _PARAGRAPHS:
            # Paragraphs nested in frames/text boxes inside a paragraph.
            parts.append("\n" + _inline_text(child) + "\n")
        else:
            parts.append(_inline_text(child))
    return "".join(parts)


def _table_text(table: Any) -> str:
    lines: list[str] = []
    for row in _rows(table):
        cells: list[str] = []
        for cell in row.childNodes:
            if cell.nodeType != _ELEMENT_NODE or cell.qname != (_TABLE, "table-cell"):
                continue
            text = _cell_text(cell)
            repeat = _repeat(cell, "number-columns-repeated") if text else 1
            cells.extend([text] * repeat)
        while cells and not cells[-1]:
            cells.pop()  # trailing empty cells of a grid-filling row
        line = "\t".join(cells)
        lines.extend([line] * (_repeat(row, "number-rows-repeated") if line else 1))
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def _rows(node: Any) -> list[Any]:
    rows: list[Any] = []
    for child in node.childNodes:
        if child.nodeType != _ELEMENT_NODE:
            continue
        if child.qname == (_TABLE, "table-row"):
            rows.append(child)
        elif child.qname in _ROW_CONTAINERS:
            rows.extend(_rows(child))
    return rows


def _cell_text(cell: Any) -> str:
    blocks: list[str] = []
    _collect_blocks(cell, blocks)
    return " ".join(block.replace("\n", " ").strip() for block in blocks if block.strip())


def _repeat(node: Any, attribute: str) -> int:
    try:
        return max(1, min(int(node.getAttrNS(_TABLE, attribute) or 1), _MAX_REPEAT))
    except (ValueError, TypeError):
        return 1
