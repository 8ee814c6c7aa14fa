"""The report book as one self-contained HTML page: every sheet a section, code colours kept.

All text is escaped (quotations are user data); the page loads nothing from elsewhere. The page
goes to the file as its rows are made, so memory stays flat however many quotations there are.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

from qda_app.services.atomic_files import atomic_path
import numpy as np

from qda_app.services.exporters.excel import chunk_columns, clean_value, text_color
from qda_app.services.reports.book import Block, ReportBook
from qda_app.services.reports.deferred import frame_chunks
from qda_app.services.reports.labels import label

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.85em; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; vertical-align: top; }
th { background: #ddd; position: sticky; top: 0; }
td.number { text-align: right; }
tr.total td { font-weight: bold; }
nav a { margin-right: 1em; }
p.note { font-size: 0.85em; color: #555; max-width: 60em; }
"""


def _format(value: object, number_format: str | None) -> tuple[str, bool]:
    value = clean_value(value)
    if value is None:
        return "", False
    if isinstance(value, bool):
        return ("✓" if value else ""), False
    if isinstance(value, float):
        return (f"{value:.2f}" if number_format and "." in number_format else f"{value:g}"), True
    if isinstance(value, int):
        return str(value), True
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d %H:%M"), False
    return html.escape(str(value)).replace("\n", "<br>"), False


def _cell_html(value: object, number_format: str | None, color: str | None) -> str:
    text, numeric = _format(value, number_format)
    style = f' style="background:{html.escape(color)};color:#{text_color(color)}"' if color else ""
    css = ' class="number"' if numeric else ""
    return f"<td{css}{style}>{text}</td>"


def _table(block: Block) -> Iterator[str]:
    """The block's HTML in pieces, a row at a time (deferred columns made a chunk at a time)."""
    frame = block.frame
    attrs = frame.attrs
    if block.title:
        yield f"<h3>{html.escape(block.title)}</h3>"
    yield "<table><thead><tr>" + "".join(f"<th>{html.escape(str(column))}</th>" for column in frame.columns)
    yield "</tr></thead><tbody>"
    columns = list(frame.columns)
    color_index = columns.index(attrs["color_column"]) if attrs.get("color_column") in columns else -1
    colors = attrs.get("colors", [])
    bold_rows = set(attrs.get("bold_rows", []))
    formats = [attrs.get("number_formats", {}).get(column) for column in columns]
    # Number columns (a count per document: 2,000 of them) are written by one template per row;
    # a row with an empty number (None: see chunk_columns) cell by cell.
    numbers = {index: dtype.kind for index, dtype in enumerate(frame.dtypes) if isinstance(dtype, np.dtype)
               and dtype.kind in "iuf" and index not in attrs.get("deferred", {}) and index != color_index}
    template = "".join(
        (f'<td class="number">{{{index}' + ("" if numbers[index] != "f" else ":.2f" if formats[index]
                                             and "." in formats[index] else ":g") + "}</td>")
        if index in numbers else f"{{{index}}}" for index in range(len(columns)))
    rows = (values for chunk in frame_chunks(frame)
            for values in zip(*chunk_columns(chunk, empty_infinite=False)))
    for position, values in enumerate(rows):
        opening = '<tr class="total">' if position in bold_rows else "<tr>"
        if numbers and None not in values:
            cells = list(values)
            for index in range(len(columns)):
                if index not in numbers:
                    cells[index] = _cell_html(values[index], formats[index],
                                              colors[position] if index == color_index and position < len(colors) else None)
            yield opening + template.format(*cells) + "</tr>"
            continue
        parts = [opening]
        for index, value in enumerate(values):
            parts.append(_cell_html(value, formats[index],
                                    colors[position] if index == color_index and position < len(colors) else None))
        parts.append("</tr>")
        yield "".join(parts)
    yield "</tbody></table>"


def write_html(book: ReportBook, path: str | Path, *, title: str = "") -> Path:
    """Every sheet of ``book`` as a section of one page, written as its rows are made: a page of
    200,000 quotations is never held whole."""
    target = Path(path)
    anchors = [f"s{number}" for number in range(1, len(book.sheets) + 1)]
    nav = "".join(f'<a href="#{anchor}">{html.escape(sheet.name)}</a>' for anchor, sheet in zip(anchors, book.sheets))
    with atomic_path(target) as temporary, open(temporary, "w", encoding="utf-8") as page:
        page.write(
            f'<!DOCTYPE html>\n<html lang="{book.language}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title or book.sheets[0].name)}</title><style>{_STYLE}</style></head>"
            f"<body><h1>{html.escape(title)}</h1><nav>{nav}</nav>"
        )
        for anchor, sheet in zip(anchors, book.sheets):
            page.write(f'<section id="{anchor}"><h2>{html.escape(sheet.name)}</h2>')
            for block in sheet.blocks:
                page.writelines(_table(block))
            page.write("".join(
                f'<p class="note">{html.escape(label("note", book.language))}: {html.escape(note)}</p>'
                for note in sheet.notes
            ) + "</section>")
        page.write("".join(f'<p class="note">{html.escape(note)}</p>' for note in book.notes) + "</body></html>\n")
    return target
