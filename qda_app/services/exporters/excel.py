"""The report book as one Excel workbook (XlsxWriter in constant-memory mode).

Every sheet streams its rows to disk as they are written, so memory stays flat however many
quotations there are. Each cell goes through the typed writer for its value (``write_string``,
``write_number``, ``write_datetime``, ``write_boolean``): text is never parsed, so text that
starts like a formula stays text (and carries Excel's quote prefix), and numbers stay numbers.
Formats are made once per combination of bold, fill, wrap and number format.
"""

from __future__ import annotations

import math
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from qda_app.services.exporters.atomic import atomic_path
from qda_app.services.reports.book import Block, ReportBook, Sheet
from qda_app.services.reports.labels import label

# Excel and LibreOffice read these leading characters as the start of a formula (or DDE).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_TEXT = 32_767  # Excel's limit; a longer cell makes Excel "repair" the file
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_DATE_FORMAT = "yyyy-mm-dd hh:mm"
_WIDTH_SAMPLE = 300
# Control characters XML 1.0 cannot hold (openpyxl's list); tab, newline and CR are allowed.
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
_OPTIONS = {
    "constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
    "strings_to_urls": False, "nan_inf_to_errors": True, "remove_timezone": True,
}


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


def _bare(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame without ``attrs``: pandas deep-copies attrs into every column and slice taken,
    which on a table of 500 document columns costs more than writing it."""
    bare = pd.DataFrame(frame, copy=False)
    bare.attrs = {}
    return bare


def _widths(blocks: tuple[Block, ...]) -> list[float]:
    widths: list[float] = []
    for block in blocks:
        frame = block.frame
        wrap = set(frame.attrs.get("wrap_columns", []))
        sample = _bare(frame).head(_WIDTH_SAMPLE)
        for index, column in enumerate(frame.columns):
            longest = len(str(column))
            for value in sample[column]:
                if isinstance(value, (pd.Timestamp, datetime)):
                    longest = max(longest, 16)
                elif value is not None and value is not pd.NA:
                    longest = max(longest, max((len(line) for line in str(value).split("\n")), default=0))
            width = min(longest + 2, 70 if column in wrap else 45)
            if index >= len(widths):
                widths.append(max(width, 6))
            else:
                widths[index] = max(widths[index], width)
    return widths


class _Formats:
    """One XlsxWriter format per combination of properties, made on first use."""

    def __init__(self, workbook: Any) -> None:
        self._workbook = workbook
        self._made: dict[tuple, Any] = {}

    def get(self, bold: bool = False, fill: str | None = None, wrap: bool = False,
            number_format: str | None = None, title: bool = False, risky: bool = False) -> Any:
        key = (bold, fill, wrap, number_format, title, risky)
        made = self._made.get(key)
        if made is None and any(key):
            properties: dict[str, Any] = {}
            if bold or title:
                properties["bold"] = True
            if title:
                properties["font_size"] = 12
            if fill:
                properties.update(pattern=1, bg_color="#" + fill.lstrip("#").upper(), font_color="#" + text_color(fill))
            if wrap:
                properties.update(text_wrap=True, valign="top")
            if number_format:
                properties["num_format"] = number_format
            if risky:
                properties["quote_prefix"] = True  # shown and edited as text in Excel and LibreOffice
            made = self._made[key] = self._workbook.add_format(properties)
        return made


def _column_values(series: pd.Series) -> list[Any]:
    """The column's cells as plain Python values (see ``clean_value``), converted column-wise
    where the dtype allows: a per-cell conversion of 400,000 cells is most of a second."""
    kind = series.dtype.kind
    if kind in "iu":
        return series.tolist()
    if kind == "f" and not isinstance(series.dtype, pd.api.extensions.ExtensionDtype):
        return [None if value != value else value for value in series.tolist()]
    if kind == "M" and not isinstance(series.dtype, pd.DatetimeTZDtype):
        return [None if value is pd.NaT else value.to_pydatetime() for value in series.tolist()]
    return [clean_value(value) for value in series.tolist()]


def _write_cell(sheet: Any, formats: _Formats, row: int, column: int, value: Any, *, bold: bool = False,
                fill: str | None = None, wrap: bool = False, number_format: str | None = None,
                title: bool = False) -> None:
    kind = type(value)
    if kind is str:
        risky = value.startswith(FORMULA_STARTS)
        style = formats.get(bold, fill, wrap, number_format, title, risky)
        sheet.write_string(row, column, value, style)
    elif kind is int or kind is float:
        sheet.write_number(row, column, value, formats.get(bold, fill, wrap, number_format, title))
    elif value is None:
        style = formats.get(bold, fill, wrap, number_format, title)
        if style is not None:
            sheet.write_blank(row, column, None, style)
    elif kind is bool:
        sheet.write_boolean(row, column, value, formats.get(bold, fill, wrap, number_format, title))
    elif isinstance(value, datetime):
        sheet.write_datetime(row, column, value, formats.get(bold, fill, wrap, number_format or _DATE_FORMAT, title))
    else:
        _write_cell(sheet, formats, row, column, clean_value(value), bold=bold, fill=fill, wrap=wrap,
                    number_format=number_format, title=title)


def _write_block(sheet: Any, formats: _Formats, block: Block, *, first_row: int) -> int:
    """Title row (optional), header row, data rows (0-based rows); returns the next free row."""
    frame = block.frame
    attrs = frame.attrs
    row = first_row
    if block.title:
        _write_cell(sheet, formats, row, 0, clean_value(block.title), title=True)
        row += 1
    for index, column in enumerate(frame.columns):
        _write_cell(sheet, formats, row, index, clean_value(column), bold=True, fill="#DDDDDD")
    row += 1
    columns = list(frame.columns)
    color_index = columns.index(attrs["color_column"]) if attrs.get("color_column") in columns else -1
    colors = attrs.get("colors", [])
    bold_rows = set(attrs.get("bold_rows", []))
    wrap_columns = set(attrs.get("wrap_columns", []))
    wraps = [column in wrap_columns for column in columns]
    number_formats = [attrs.get("number_formats", {}).get(column) for column in columns]
    bare = _bare(frame)
    values = [_column_values(bare.iloc[:, index]) for index in range(len(columns))]
    plain = [not wrap and not number_format for wrap, number_format in zip(wraps, number_formats)]
    write_string, write_number = sheet.write_string, sheet.write_number
    for position in range(len(frame)):
        bold = position in bold_rows
        fill = colors[position] if position < len(colors) and colors[position] else None
        for index, cells in enumerate(values):
            value = cells[position]
            kind = type(value)
            # The common case inline: unstyled text and numbers in a plain column.
            if plain[index] and not bold and (fill is None or index != color_index):
                if kind is str and not value.startswith(FORMULA_STARTS):
                    write_string(row, index, value)
                    continue
                if kind is int or kind is float:
                    write_number(row, index, value)
                    continue
            _write_cell(sheet, formats, row, index, value, bold=bold, wrap=wraps[index],
                        number_format=number_formats[index], fill=fill if index == color_index else None)
        row += 1
    return row


def _write_sheet(sheet: Any, formats: _Formats, report_sheet: Sheet) -> None:
    for index, width in enumerate(_widths(report_sheet.blocks)):
        sheet.set_column(index, index, width)
    blocks = report_sheet.blocks
    if len(blocks) == 1 and not blocks[0].title:
        frame = blocks[0].frame
        # Freeze the header, and the first column of wide tables (codes, IDs stay in view).
        sheet.freeze_panes(1, 1 if len(frame.columns) > 4 else 0)
        if len(frame.columns):
            sheet.autofilter(0, 0, max(len(frame), 0), len(frame.columns) - 1)
        _write_block(sheet, formats, blocks[0], first_row=0)
        return
    row = 0
    for block in blocks:
        row = _write_block(sheet, formats, block, first_row=row) + 1  # an empty row between tables


def write_workbook(book: ReportBook, path: str | Path) -> Path:
    """Write ``book`` to ``path`` (.xlsx) atomically; returns the path."""
    import xlsxwriter

    target = Path(path)
    names = sheet_names([sheet.name for sheet in book.sheets] + [label("sheet_notes", book.language)])
    notes = [(name, note) for name, sheet in zip(names, book.sheets) for note in sheet.notes]
    notes += [("", note) for note in book.notes]
    with atomic_path(target) as temporary:
        workbook = xlsxwriter.Workbook(str(temporary), _OPTIONS)
        try:
            formats = _Formats(workbook)
            for name, report_sheet in zip(names, book.sheets):
                _write_sheet(workbook.add_worksheet(name), formats, report_sheet)
            notes_sheet = workbook.add_worksheet(names[-1])
            notes_sheet.set_column(0, 0, 24)
            notes_sheet.set_column(1, 1, 110)
            for index, key in enumerate(("sheet_notes", "note")):
                _write_cell(notes_sheet, formats, 0, index, label(key, book.language), bold=True, fill="#DDDDDD")
            for row, (name, note) in enumerate(notes, start=1):
                _write_cell(notes_sheet, formats, row, 0, clean_value(name))
                _write_cell(notes_sheet, formats, row, 1, clean_value(note), wrap=True)
        finally:
            workbook.close()
    return target
