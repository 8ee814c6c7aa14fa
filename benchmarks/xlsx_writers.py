"""The Excel writer choice, measured: the report book of a large project written by qda_app's
streaming writer (services/exporters/xlsx_stream.py) and by XlsxWriter (normal mode with Excel
tables, as the workbook has them, and constant-memory mode, which cannot write tables).

    python benchmarks/xlsx_writers.py [--project PATH] [--repeat 3]

By default it uses make_project.py's large project (/tmp/qda-bench/large.qdaproj), building it if
missing. Prints the median CPU and wall time of each writer, in one process on the same book,
and the files' sizes. The streaming writer stays while XlsxWriter is more than twice as slow.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import xlsxwriter  # noqa: E402

from qda_app.services.exporters.excel import (  # noqa: E402
    FORMULA_STARTS,
    _column_values,
    _bare,
    _widths,
    clean_value,
    header_texts,
    sheet_names,
    text_color,
    write_workbook,
)
from qda_app.services.atomic_files import atomic_path  # noqa: E402
from qda_app.services.project import Project  # noqa: E402
from qda_app.services.reports import build_report_book  # noqa: E402
from qda_app.services.reports.book import Block, ReportBook, Sheet  # noqa: E402
from qda_app.services.reports.labels import label  # noqa: E402

_DATE_FORMAT = "yyyy-mm-dd hh:mm"
_FLAG_FILL = "#F4B183"


class _Formats:
    """XlsxWriter formats by (bold, fill, wrap, number format, title, quote prefix, rotated), made once."""

    def __init__(self, workbook: xlsxwriter.Workbook) -> None:
        self._workbook = workbook
        self._made: dict[tuple, Any] = {}

    def get(self, bold: bool = False, fill: str | None = None, wrap: bool = False, number_format: str | None = None,
            title: bool = False, risky: bool = False, header: bool = False, rotated: bool = False) -> Any:
        key = (bold, fill, wrap, number_format, title, risky, header, rotated)
        made = self._made.get(key)
        if made is None:
            properties: dict[str, Any] = {}
            if bold or title or header:
                properties["bold"] = True
            if title:
                properties["font_size"] = 12
            if fill:
                properties.update(bg_color=fill, font_color="#" + text_color(fill), pattern=1)
            if header:
                properties.update(bg_color="#DDDDDD", pattern=1, valign="bottom", text_wrap=not rotated)
            if rotated:
                properties.update(rotation=90, align="center")
            if wrap:
                properties.update(text_wrap=True, valign="top")
            if number_format:
                properties["num_format"] = number_format
            if risky:
                properties["quote_prefix"] = True
            made = self._made[key] = self._workbook.add_format(properties) if properties else None
        return made


def _write_block(worksheet: Any, formats: _Formats, block: Block, *, first_row: int) -> int:
    """Title row (optional), the table (header and data rows, 0-based rows); returns the next free row."""
    frame = block.frame
    attrs = frame.attrs
    row = first_row
    if block.title:
        worksheet.write_string(row, 0, clean_value(block.title) or "", formats.get(title=True))
        row += 1
    columns = list(frame.columns)
    matrix = bool(attrs.get("matrix"))
    headers = header_texts(frame)
    header_row = row
    last_row = header_row + max(len(frame), 1)
    if columns:
        if worksheet.constant_memory:  # no tables in this mode: the header cells alone
            for index, text in enumerate(headers):
                worksheet.write_string(header_row, index, text, formats.get(header=True, rotated=matrix and index > 0))
        else:
            worksheet.add_table(header_row, 0, last_row, len(columns) - 1, {
                "style": None, "autofilter": True,
                "columns": [{"header": text, "header_format": formats.get(header=True, rotated=matrix and index > 0)}
                            for index, text in enumerate(headers)],
            })
        if matrix:
            tallest = max((len(text) for text in headers[1:]), default=10)
            worksheet.set_row(header_row, min(max(tallest * 5.5, 30), 200))
    row = header_row + 1
    color_index = columns.index(attrs["color_column"]) if attrs.get("color_column") in columns else -1
    colors = attrs.get("colors", [])
    bold_rows = set(attrs.get("bold_rows", []))
    flagged = {(position, columns.index(column)) for position, column in attrs.get("flag_cells", [])}
    wrap_columns = set(attrs.get("wrap_columns", []))
    wraps = [column in wrap_columns for column in columns]
    number_formats = [attrs.get("number_formats", {}).get(column) for column in columns]
    bare = _bare(frame)
    values = [_column_values(bare.iloc[:, index]) for index in range(len(columns))]
    plain = [formats.get(wrap=wrap, number_format=number_format) for wrap, number_format in zip(wraps, number_formats)]
    dated = [formats.get(wrap=wrap, number_format=number_format or _DATE_FORMAT)
             for wrap, number_format in zip(wraps, number_formats)]
    write_string, write_number = worksheet.write_string, worksheet.write_number
    for position in range(len(frame)):
        bold = position in bold_rows
        fill = colors[position] if position < len(colors) and colors[position] else None
        for index, column_values in enumerate(values):
            value = column_values[position]
            kind = type(value)
            if value is None:
                continue
            special = bold or (fill is not None and index == color_index) or (position, index) in flagged
            if not special:
                if kind is str:
                    if value.startswith(FORMULA_STARTS):
                        write_string(row, index, value, formats.get(wrap=wraps[index], risky=True))
                    else:
                        write_string(row, index, value, plain[index])
                elif kind is int or kind is float:
                    write_number(row, index, value, plain[index])
                elif kind is datetime:
                    worksheet.write_datetime(row, index, value, dated[index])
                elif kind is bool:
                    worksheet.write_boolean(row, index, value, plain[index])
                continue
            cell_fill = _FLAG_FILL if (position, index) in flagged else (fill if index == color_index else None)
            number_format = number_formats[index] or (_DATE_FORMAT if kind is datetime else None)
            cell_format = formats.get(bold=bold, fill=cell_fill, wrap=wraps[index], number_format=number_format,
                                      risky=kind is str and value.startswith(FORMULA_STARTS))
            if kind is str:
                write_string(row, index, value, cell_format)
            elif kind is datetime:
                worksheet.write_datetime(row, index, value, cell_format)
            elif kind is bool:
                worksheet.write_boolean(row, index, value, cell_format)
            else:
                write_number(row, index, value, cell_format)
        row += 1
    return max(row, last_row + 1)


def _write_sheet(worksheet: Any, formats: _Formats, report_sheet: Sheet) -> None:
    blocks = report_sheet.blocks
    for index, width in enumerate(_widths(blocks)):
        worksheet.set_column(index, index, width)
    if blocks:
        frame = blocks[0].frame
        wide = len(frame.columns) > 4 or frame.attrs.get("matrix", False)
        if len(blocks) == 1:  # the header (below the title row, where there is one) and wide tables' labels
            worksheet.freeze_panes(2 if blocks[0].title else 1, 1 if wide else 0)
        elif wide:
            worksheet.freeze_panes(0, 1)
    row = 0
    for block in blocks:
        row = _write_block(worksheet, formats, block, first_row=row) + 1  # an empty row between tables


def _write_notes(worksheet: Any, formats: _Formats, language: str, notes: list[tuple[str, str]]) -> None:
    worksheet.set_column(0, 0, 24)
    worksheet.set_column(1, 1, 110)
    worksheet.freeze_panes(1, 0)
    header = formats.get(header=True)
    worksheet.write_string(0, 0, label("sheet_notes", language), header)
    worksheet.write_string(0, 1, label("note", language), header)
    for row, (name, note) in enumerate(notes, start=1):
        name, note = clean_value(name), clean_value(note)
        if name:
            worksheet.write_string(row, 0, name, formats.get(risky=name.startswith(FORMULA_STARTS)))
        if note:
            worksheet.write_string(row, 1, note, formats.get(wrap=True, risky=note.startswith(FORMULA_STARTS)))
    if notes:
        worksheet.autofilter(0, 0, len(notes), 1)


def write_with_xlsxwriter(book: ReportBook, path: str | Path, *, constant_memory: bool = False) -> Path:
    """Write ``book`` to ``path`` (.xlsx) atomically; returns the path."""
    target = Path(path)
    names = sheet_names([sheet.name for sheet in book.sheets] + [label("sheet_notes", book.language)])
    notes = [(name, note) for name, sheet in zip(names, book.sheets) for note in sheet.notes]
    notes += [("", note) for note in book.notes]
    with atomic_path(target) as temporary:
        workbook = xlsxwriter.Workbook(str(temporary), {
            "constant_memory": constant_memory, "strings_to_formulas": False, "strings_to_urls": False,
            "strings_to_numbers": False, "default_date_format": _DATE_FORMAT,
        })
        workbook.set_properties({"title": label("sheet_summary", book.language), "comments": "qda_app"})
        formats = _Formats(workbook)
        for name, sheet in zip(names, book.sheets):
            _write_sheet(workbook.add_worksheet(name), formats, sheet)
        _write_notes(workbook.add_worksheet(names[-1]), formats, book.language, notes)
        workbook.worksheets()[0].activate()
        workbook.close()
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--project", type=Path, default=Path("/tmp/qda-bench/large.qdaproj"))
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    if not options.project.exists():
        subprocess.run([sys.executable, str(Path(__file__).with_name("make_project.py")), "--size", "large",
                        "--out", str(options.project.parent)], check=True)
    with Project.open(options.project, read_only=True) as project:
        book = build_report_book(project, language="es")
    writers = {
        "qda_app streaming writer": write_workbook,
        "XlsxWriter (tables)": write_with_xlsxwriter,
        "XlsxWriter constant_memory (no tables)": lambda b, p: write_with_xlsxwriter(b, p, constant_memory=True),
    }
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in writers}
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as folder:
        for run in range(options.repeat):
            for number, (name, write) in enumerate(writers.items()):
                target = Path(folder) / f"{number}-{run}.xlsx"  # exports never replace a file
                cpu, wall = time.process_time(), time.perf_counter()
                write(book, target)
                times[name].append((time.process_time() - cpu, time.perf_counter() - wall))
                sizes[name] = target.stat().st_size
    base = statistics.median(cpu for cpu, _ in times["qda_app streaming writer"])
    for name, runs in times.items():
        cpu = statistics.median(c for c, _ in runs)
        wall = statistics.median(w for _, w in runs)
        print(f"{name:40s} cpu {cpu:6.2f} s  wall {wall:6.2f} s  x{cpu / base:4.1f}  {sizes[name] / 2**20:5.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
