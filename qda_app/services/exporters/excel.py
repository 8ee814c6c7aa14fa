"""The report book as one Excel workbook, streamed sheet by sheet (see ``xlsx_stream``).

Rows go to the file as they are made, so memory stays flat however many quotations there are.
Every table is an Excel table (filter buttons on its header, its header shown in the column bar
while scrolling through it); a sheet of one table freezes its header row, a wide one its first
column too. Matrix headers are rotated and carry the codes' frequencies; a c-coefficient above
1 is marked. Each cell is written with its value's own type: text is never parsed, so text that
starts like a formula stays text (and carries Excel's quote prefix), numbers stay numbers,
dates are dates. Styles are made once per combination of bold, fill, wrap and number format.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from qda_app.services.atomic_files import atomic_path
from qda_app.services.exporters.xlsx_stream import (
    SheetWriter,
    StyleTable,
    TablePart,
    cell_xml,
    column_letter,
    write_package,
)
from qda_app.services.reports.book import Block, ReportBook, Sheet
from qda_app.services.reports.deferred import ROWS_PER_CHUNK, bare, frame_chunks
from qda_app.services.reports.labels import label

# Excel and LibreOffice read these leading characters as the start of a formula (or DDE).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_TEXT = 32_767  # Excel's limit; a longer cell makes Excel "repair" the file
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_DATE_FORMAT = "yyyy-mm-dd hh:mm"
_WIDTH_SAMPLE = 300
_HEADER_FILL = "#DDDDDD"
_FLAG_FILL = "#F4B183"  # a c-coefficient above 1
# Characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF); tab,
# newline and CR are allowed.
ILLEGAL_CHARACTERS_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_PLAIN_TYPES = (str, int, float, bool, type(None), datetime)


def sheet_names(names: list[str]) -> list[str]:
    """Excel-safe, unique (case-insensitively), at most 31 characters each."""
    result: list[str] = []
    for name in names:
        base = _SHEET_NAME_FORBIDDEN.sub("-", name).strip("'")[:31] or "Sheet"
        candidate, number = base, 2
        while candidate.casefold() in {taken.casefold() for taken in result}:
            suffix = f" ({number})"
            candidate, number = base[: 31 - len(suffix)] + suffix, number + 1
        result.append(candidate)
    return result


def text_color(fill: str) -> str:
    """Black or white, whichever reads better on the fill (relative luminance)."""
    red, green, blue = (int(fill[i : i + 2], 16) / 255 for i in (1, 3, 5))
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return "FFFFFF" if luminance < 0.5 else "000000"


def clean_value(value: Any) -> Any:
    """A value openpyxl can store: numbers as numbers, dates as naive datetimes, text cleaned."""
    if type(value) is str and len(value) <= MAX_CELL_TEXT and not ILLEGAL_CHARACTERS_RE.search(value):
        return value or None  # the common case first
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if isinstance(value, (int, datetime)):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    if not text:
        return None
    return text if len(text) <= MAX_CELL_TEXT else text[: MAX_CELL_TEXT - 1] + "…"


def _numeric_lengths(sample: pd.DataFrame, deferred: dict) -> dict[int, int]:
    """Per plain numeric column of ``sample`` (not deferred): its longest value as text. Columns
    of one dtype are read as one block (a table of 2,000 document columns would otherwise look
    each column up on its own)."""
    by_dtype: dict[np.dtype, list[int]] = {}
    for index, dtype in enumerate(sample.dtypes):
        if isinstance(dtype, np.dtype) and dtype.kind in "iubf" and index not in deferred:
            by_dtype.setdefault(dtype, []).append(index)
    lengths: dict[int, int] = {}
    for indexes in by_dtype.values():
        if not len(sample):
            lengths.update(dict.fromkeys(indexes, 0))
            continue
        # numpy writes numbers as text as Python does (shortest round-trip floats, True/False)
        longest = np.char.str_len(sample.iloc[:, indexes].to_numpy().astype(str)).max(axis=0).tolist()
        lengths.update(zip(indexes, longest))
    return lengths


def _widths(blocks: tuple[Block, ...]) -> list[float]:
    """Per column: its longest line in a sample, within limits; a matrix's value columns narrow
    (their headers are rotated)."""
    widths: list[float] = []
    for block in blocks:
        frame = block.frame
        matrix = bool(frame.attrs.get("matrix"))
        wrap = set(frame.attrs.get("wrap_columns", []))
        sample = bare(frame).head(_WIDTH_SAMPLE)
        deferred = frame.attrs.get("deferred", {})
        numeric = _numeric_lengths(sample, deferred)
        for index, column in enumerate(frame.columns):
            longest = 0 if matrix and index else min(len(str(column)), 30)
            if index in numeric:
                longest, values = max(longest, numeric[index]), ()
            elif index in deferred:
                values = deferred[index].head(_WIDTH_SAMPLE)
            else:
                values = sample.iloc[:, index]
            for value in values:
                if isinstance(value, (pd.Timestamp, datetime)):
                    longest = max(longest, 16)
                elif value is not None and value is not pd.NA:
                    longest = max(longest, max((len(line) for line in str(value).split("\n")), default=0))
            width = max(min(longest + 2, 60 if column in wrap else 45), 7 if matrix and index else 6)
            if index >= len(widths):
                widths.append(width)
            else:
                widths[index] = max(widths[index], width)
    return widths


class _Styles:
    """Style indexes by (bold, fill, wrap, number format, title, quote prefix), made on first use."""

    def __init__(self) -> None:
        self.table = StyleTable()
        self._made: dict[tuple, int] = {}

    def get(self, bold: bool = False, fill: str | None = None, wrap: bool = False,
            number_format: str | None = None, title: bool = False, risky: bool = False, rotated: bool = False) -> int:
        key = (bold, fill, wrap, number_format, title, risky, rotated)
        made = self._made.get(key)
        if made is None:
            rgb = fill.lstrip("#").upper() if fill else None
            made = self._made[key] = self.table.index(
                bold=bold or title, size=12 if title else 11, color=text_color(fill) if fill else None, fill=rgb,
                wrap=wrap, number_format=number_format, quote_prefix=risky,  # quote prefix: shown as text
                rotation=90 if rotated else 0)
        return made


def _column_values(series: pd.Series) -> list[Any]:
    """The column's cells as plain Python values (see ``clean_value``), converted column-wise
    where the dtype allows: a per-cell conversion of 400,000 cells is most of a second."""
    kind = series.dtype.kind
    if kind in "iu":
        return series.tolist()
    if kind == "f" and not isinstance(series.dtype, pd.api.extensions.ExtensionDtype):
        return [None if math.isnan(value) else value for value in series.tolist()]
    if kind == "M" and not isinstance(series.dtype, pd.DatetimeTZDtype):
        return [None if value is pd.NaT else value.to_pydatetime() for value in series.tolist()]
    return [clean_value(value) for value in series.tolist()]


# Cells converted to Python values this many rows at a time: a whole quotation sheet of 200,000
# rows at once would hold a million objects (tens of MB) while it is written. A wide table (a
# column per document: 2,000 and more) takes fewer rows at a time, about _CELLS_PER_CHUNK cells.
_ROWS_PER_CHUNK = ROWS_PER_CHUNK
_CELLS_PER_CHUNK = 100_000


def _cell(styles: _Styles, reference: str, value: Any, *, bold: bool = False, fill: str | None = None,
          wrap: bool = False, number_format: str | None = None, title: bool = False, rotated: bool = False) -> str:
    if isinstance(value, datetime) and number_format is None:
        number_format = _DATE_FORMAT
    risky = type(value) is str and value.startswith(FORMULA_STARTS)
    if not (bold or fill or wrap or number_format or title or risky or rotated):
        return cell_xml(reference, value, 0)
    return cell_xml(reference, value, styles.get(bold, fill, wrap, number_format, title, risky, rotated))


def header_texts(frame: pd.DataFrame) -> list[str]:
    """Header cells: one line, unique (case-insensitively: an Excel table needs it), and a
    matrix's code columns with their frequency ("Recorte presupuestal (17)")."""
    counts = frame.attrs.get("header_counts", {})
    texts: list[str] = []
    taken: set[str] = set()
    for column in frame.columns:
        text = " ".join(str(clean_value(str(column)) or "-").split()) or "-"
        if column in counts:
            text = f"{text} ({counts[column]})"
        base, number = text, 2
        while text.casefold() in taken:
            text, number = f"{base} ({number})", number + 1
        taken.add(text.casefold())
        texts.append(text)
    return texts


def chunk_columns(chunk: pd.DataFrame, *, empty_infinite: bool) -> list[list[Any]]:
    """The chunk's columns as lists of plain values (see ``clean_value``): a missing number is
    None, and so is an infinite one if ``empty_infinite`` (a workbook cell cannot hold it).
    Columns of one plain integer or float dtype are converted together, as one numpy block: a
    table with a column per document has 2,000 of them, and looking up a pandas column costs
    more than converting its cells."""
    by_dtype: dict[np.dtype, list[int]] = {}
    for index, dtype in enumerate(chunk.dtypes):
        if isinstance(dtype, np.dtype) and dtype.kind in "iuf":
            by_dtype.setdefault(dtype, []).append(index)
    columns: dict[int, list[Any]] = {}
    for dtype, indexes in by_dtype.items():
        block = chunk.iloc[:, indexes].to_numpy()
        if dtype.kind != "f":
            columns.update(zip(indexes, block.T.tolist()))
            continue
        kept = np.isfinite(block) if empty_infinite else ~np.isnan(block)
        whole = kept.all(axis=0)
        for position, (index, values) in enumerate(zip(indexes, block.T.tolist())):
            columns[index] = values if whole[position] else \
                [value if keep else None for value, keep in zip(values, kept[:, position].tolist())]
    return [columns[index] if index in columns else _column_values(chunk.iloc[:, index])
            for index in range(chunk.shape[1])]


def _row_cells(frame: pd.DataFrame) -> Iterator[tuple[Any, ...]]:
    """Each row's cells as plain Python values, converted column-wise a chunk of rows at a time
    (deferred columns made for that chunk only: see reports.deferred)."""
    rows = max(1, min(_ROWS_PER_CHUNK, _CELLS_PER_CHUNK // max(1, frame.shape[1])))
    for chunk in frame_chunks(frame, rows):
        yield from zip(*chunk_columns(chunk, empty_infinite=True))


def _row_template(letters: list[str], styles: list[int], number_columns: set[int]) -> str:
    """A ``str.format`` template of a plain row: each number column's cell written in place
    (``{0}`` is the row number, ``{k+1}`` column k's value), every other column a ready cell. A
    row of 2,000 document counts is then one call, not 2,000: the same XML as ``cell_xml``."""
    parts = []
    for index, (letter, style) in enumerate(zip(letters, styles)):
        if index in number_columns:
            styled = f' s="{style}"' if style else ""
            parts.append(f'<c r="{letter}{{0}}"{styled}><v>{{{index + 1}!r}}</v></c>')
        else:
            parts.append(f"{{{index + 1}}}")
    return "".join(parts)


def _plain_cell(styles: _Styles, reference: str, value: Any, plain: int, dated: int, wrap: bool,
                number_format: str | None) -> str:
    """A cell of a row without row style (bold, fill, flag): the common kinds inline."""
    kind = type(value)
    if (kind is str and not value.startswith(FORMULA_STARTS)) or kind is int or kind is float or value is None:
        return cell_xml(reference, value, plain)
    if kind is datetime:
        return cell_xml(reference, value, dated)
    return _cell(styles, reference, value if kind in _PLAIN_TYPES else clean_value(value), wrap=wrap,
                 number_format=number_format)


def _write_block(sheet: SheetWriter, styles: _Styles, block: Block, *, first_row: int) -> int:
    """Title row (optional), header row, data rows (1-based rows); returns the next free row."""
    frame = block.frame
    attrs = frame.attrs
    row = first_row
    if block.title:
        sheet.row(row, [_cell(styles, f"A{row}", clean_value(block.title), title=True)])
        row += 1
    columns = list(frame.columns)
    letters = [column_letter(index) for index in range(len(columns))]
    headers = header_texts(frame)
    matrix = bool(attrs.get("matrix"))
    height = min(max(max((len(text) for text in headers[1:]), default=0) * 6.0, 30.0), 220.0) if matrix else None
    sheet.row(row, [_cell(styles, f"{letter}{row}", text, bold=True, fill=_HEADER_FILL, wrap=not matrix,
                          rotated=matrix and index > 0)
                    for index, (letter, text) in enumerate(zip(letters, headers))], height=height)
    if columns:  # an Excel table over header and rows (at least one row, as Excel wants)
        sheet.tables.append(TablePart(row, row + max(len(frame), 1), tuple(headers)))
    row += 1
    color_index = columns.index(attrs["color_column"]) if attrs.get("color_column") in columns else -1
    colors = attrs.get("colors", [])
    bold_rows = set(attrs.get("bold_rows", []))
    flagged = {(position, columns.index(column)) for position, column in attrs.get("flag_cells", [])
               if column in columns}
    wrap_columns = set(attrs.get("wrap_columns", []))
    wraps = [column in wrap_columns for column in columns]
    number_formats = [attrs.get("number_formats", {}).get(column) for column in columns]
    # Per column, the style of its ordinary cells (text, numbers, blanks) and of its dates.
    plain = [styles.get(wrap=wrap, number_format=number_format) for wrap, number_format in zip(wraps, number_formats)]
    dated = [styles.get(wrap=wrap, number_format=number_format or _DATE_FORMAT)
             for wrap, number_format in zip(wraps, number_formats)]
    special_rows = bold_rows | {position for position, _ in flagged}
    # Number columns (counts, shares per document or code) hold ints and floats, a float that is
    # not finite as None (see chunk_columns): a row without None goes through the row template.
    number_columns = {index for index, dtype in enumerate(frame.dtypes) if isinstance(dtype, np.dtype)
                      and dtype.kind in "iuf" and index not in attrs.get("deferred", {}) and index != color_index}
    template = _row_template(letters, plain, number_columns) if number_columns else ""
    others = [index for index in range(len(columns)) if index not in number_columns]
    for position, values in enumerate(_row_cells(frame)):
        if template and position not in special_rows and None not in values:
            cells = list(values)
            fill = colors[position] if position < len(colors) and colors[position] else None
            for index in others:
                reference = f"{letters[index]}{row}"
                if fill is not None and index == color_index:
                    value = values[index]
                    cells[index] = _cell(styles, reference, value if type(value) in _PLAIN_TYPES else clean_value(value),
                                         wrap=wraps[index], number_format=number_formats[index], fill=fill)
                else:
                    cells[index] = _plain_cell(styles, reference, values[index], plain[index], dated[index],
                                               wraps[index], number_formats[index])
            sheet.row(row, [template.format(row, *cells)])
            row += 1
            continue
        bold = position in bold_rows
        fill = colors[position] if position < len(colors) and colors[position] else None
        cells = []
        for index, (letter, value) in enumerate(zip(letters, values)):
            if not bold and (fill is None or index != color_index) and (position, index) not in flagged:
                cells.append(_plain_cell(styles, f"{letter}{row}", value, plain[index], dated[index], wraps[index],
                                         number_formats[index]))
                continue
            cells.append(_cell(styles, f"{letter}{row}", value if type(value) in _PLAIN_TYPES else clean_value(value),
                               bold=bold, wrap=wraps[index], number_format=number_formats[index],
                               fill=_FLAG_FILL if (position, index) in flagged
                               else fill if index == color_index else None))
        sheet.row(row, cells)
        row += 1
    return max(row, first_row + (2 if block.title else 1) + 1)  # the table's one row, when it has none


def _sheet_writer(styles: _Styles, report_sheet: Sheet, *, selected: bool) -> Any:
    def write(stream: Any) -> SheetWriter:
        blocks = report_sheet.blocks
        frame = blocks[0].frame if blocks else pd.DataFrame()
        wide = len(frame.columns) > 4 or bool(frame.attrs.get("matrix"))
        # One table: freeze its header (below its title), and the first column of wide tables
        # (codes, IDs stay in view); several: the first column of wide ones.
        if len(blocks) == 1:
            freeze: tuple[int, int] | None = (2 if blocks[0].title else 1, 1 if wide else 0)
        else:
            freeze = (0, 1) if wide else None
        sheet = SheetWriter(stream, widths=_widths(blocks), freeze=freeze, selected=selected)
        row = 1
        for block in blocks:
            row = _write_block(sheet, styles, block, first_row=row) + 1  # an empty row between tables
        sheet.close()
        return sheet

    return write


def _notes_writer(styles: _Styles, language: str, notes: list[tuple[str, str]]) -> Any:
    def write(stream: Any) -> SheetWriter:
        sheet = SheetWriter(stream, widths=[24, 110], freeze=(1, 0), selected=False)
        headers = (label("sheet", language), label("note", language))
        sheet.row(1, [_cell(styles, f"{letter}1", text, bold=True, fill=_HEADER_FILL)
                      for letter, text in zip("AB", headers)])
        sheet.tables.append(TablePart(1, max(len(notes), 1) + 1, headers))
        for row, (name, note) in enumerate(notes, start=2):
            sheet.row(row, [_cell(styles, f"A{row}", clean_value(name)),
                            _cell(styles, f"B{row}", clean_value(note), wrap=True)])
        sheet.close()
        return sheet

    return write


def write_workbook(book: ReportBook, path: str | Path) -> Path:
    """Write ``book`` to ``path`` (.xlsx) atomically; returns the path."""
    target = Path(path)
    names = sheet_names([sheet.name for sheet in book.sheets] + [label("sheet_notes", book.language)])
    notes = [(name, note) for name, sheet in zip(names, book.sheets) for note in sheet.notes]
    notes += [("", note) for note in book.notes]
    styles = _Styles()
    parts = [(name, _sheet_writer(styles, sheet, selected=index == 0))
             for index, (name, sheet) in enumerate(zip(names, book.sheets))]
    parts.append((names[-1], _notes_writer(styles, book.language, notes)))
    with atomic_path(target) as temporary:
        write_package(temporary, parts, styles.table)
    return target
