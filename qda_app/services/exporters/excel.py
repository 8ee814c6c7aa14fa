"""The report book as one Excel workbook (openpyxl, write-only mode for speed and memory).

Every sheet streams its rows; only cells that need a style (headers, totals, code colours,
dates, wrapped text, number formats, text that looks like a formula) become ``WriteOnlyCell``s,
and those copy a prepared style instead of building one per cell.
"""

from __future__ import annotations

import math
import re
from copy import copy
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from qda_app.services.exporters.atomic import atomic_path
from qda_app.services.reports.book import Block, ReportBook, Sheet
from qda_app.services.reports.labels import label

# Excel and LibreOffice read these leading characters as the start of a formula (or DDE).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_TEXT = 32_767  # Excel's limit; a longer cell makes Excel "repair" the file
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_DATE_FORMAT = "yyyy-mm-dd hh:mm"
_WIDTH_SAMPLE = 300


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


class _Styles:
    """Prepared style prototypes; a styled cell copies one (cheap) instead of building fonts."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet
        self._prototypes: dict[tuple, WriteOnlyCell] = {}

    def cell(self, value: Any, *, bold: bool = False, fill: str | None = None, wrap: bool = False,
             number_format: str | None = None, title: bool = False) -> Any:
        value = clean_value(value)
        risky = isinstance(value, str) and value.startswith(FORMULA_STARTS)
        if isinstance(value, datetime) and number_format is None:
            number_format = _DATE_FORMAT
        if not (bold or fill or wrap or number_format or title or risky):
            return value
        key = (bold, fill, wrap, number_format, title, risky)
        prototype = self._prototypes.get(key)
        if prototype is None:
            prototype = self._prototypes[key] = self._prototype(*key)
        cell = WriteOnlyCell(self.sheet, value)
        cell._style = copy(prototype._style)
        if risky:
            cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
        return cell

    def _prototype(self, bold: bool, fill: str | None, wrap: bool, number_format: str | None,
                   title: bool, risky: bool) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, None)
        color = text_color(fill) if fill else None
        if bold or title or color:
            cell.font = Font(bold=bold or title, size=12 if title else 11, color=color)
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill.lstrip("#").upper())
        if wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if number_format:
            cell.number_format = number_format
        if risky:
            cell.quotePrefix = True  # shown and edited as text in Excel and LibreOffice
        return cell


def _widths(blocks: tuple[Block, ...]) -> list[float]:
    widths: list[float] = []
    for block in blocks:
        frame = block.frame
        wrap = set(frame.attrs.get("wrap_columns", []))
        sample = frame.head(_WIDTH_SAMPLE)
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


def _write_block(sheet: Any, styles: _Styles, block: Block, *, first_row: int) -> int:
    """Title row (optional), header row, data rows; returns the next free row number."""
    frame = block.frame
    attrs = frame.attrs
    row_number = first_row
    if block.title:
        sheet.append([styles.cell(block.title, title=True)])
        row_number += 1
    sheet.append([styles.cell(column, bold=True, fill="#DDDDDD") for column in frame.columns])
    row_number += 1
    color_index = list(frame.columns).index(attrs["color_column"]) if attrs.get("color_column") in frame.columns else -1
    colors = attrs.get("colors", [])
    bold_rows = set(attrs.get("bold_rows", []))
    wrap = [column in set(attrs.get("wrap_columns", [])) for column in frame.columns]
    formats = [attrs.get("number_formats", {}).get(column) for column in frame.columns]
    for position, values in enumerate(frame.itertuples(index=False, name=None)):
        bold = position in bold_rows
        fill = colors[position] if position < len(colors) else None
        sheet.append(
            [
                styles.cell(value, bold=bold, wrap=wrap[i], number_format=formats[i],
                            fill=fill if i == color_index and fill else None)
                for i, value in enumerate(values)
            ]
        )
        row_number += 1
    return row_number


def _write_sheet(sheet: Any, report_sheet: Sheet) -> None:
    styles = _Styles(sheet)
    for index, width in enumerate(_widths(report_sheet.blocks), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    blocks = report_sheet.blocks
    if len(blocks) == 1 and not blocks[0].title:
        frame = blocks[0].frame
        # Freeze the header, and the first column of wide tables (codes, IDs stay in view).
        sheet.freeze_panes = "B2" if len(frame.columns) > 4 else "A2"
        if len(frame.columns):
            last = get_column_letter(len(frame.columns))
            sheet.auto_filter.ref = f"A1:{last}{max(len(frame) + 1, 1)}"
        _write_block(sheet, styles, blocks[0], first_row=1)
        return
    row = 1
    for block in blocks:
        row = _write_block(sheet, styles, block, first_row=row)
        sheet.append([])
        row += 1


def write_workbook(book: ReportBook, path: str | Path) -> Path:
    """Write ``book`` to ``path`` (.xlsx) atomically; returns the path."""
    target = Path(path)
    workbook = Workbook(write_only=True)
    names = sheet_names([sheet.name for sheet in book.sheets] + [label("sheet_notes", book.language)])
    for name, report_sheet in zip(names, book.sheets):
        _write_sheet(workbook.create_sheet(name), report_sheet)
    notes = [(name, note) for name, sheet in zip(names, book.sheets) for note in sheet.notes]
    notes += [("", note) for note in book.notes]
    notes_sheet = workbook.create_sheet(names[-1])
    styles = _Styles(notes_sheet)
    notes_sheet.column_dimensions["A"].width = 24
    notes_sheet.column_dimensions["B"].width = 110
    notes_sheet.append([styles.cell(label("sheet_notes", book.language), bold=True, fill="#DDDDDD"),
                        styles.cell(label("note", book.language), bold=True, fill="#DDDDDD")])
    for name, note in notes:
        notes_sheet.append([name, styles.cell(note, wrap=True)])
    with atomic_path(target) as temporary:
        workbook.save(temporary)
    return target
