"""A minimal streaming .xlsx package writer: the parts Excel and LibreOffice need, and no more.

Report workbooks hold hundreds of thousands of cells. General-purpose writers spend 10-30 µs a
cell in Python objects and generic XML code; here each row becomes one string and goes straight
into the zip entry, so memory stays flat and a cell costs about a microsecond. Every value is
written with its own type: text is always an inline string (never a formula), numbers are
numbers, dates are serial numbers with a date format, booleans are booleans. Tables (Excel's
list objects: filter buttons on each table's header) are written as their own parts.

Why not XlsxWriter, the library made for this: measured on make_project.py's ``large`` project
(``benchmarks/xlsx_writers.py``: the same report book, every table an Excel table, median of
three in one process, CPU time), this writer takes 1.2-1.4 s, XlsxWriter 3.9-4.0 times as long
(3.4 times in its constant-memory mode, which cannot write tables): past the twice as slow up
to which the library would have replaced this writer. Rerun the script when either side changes.
"""

from __future__ import annotations

import math
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_EPOCH = datetime(1899, 12, 30)
_FLUSH_CHARACTERS = 1_000_000


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


class StyleTable:
    """Cell formats (font, fill, wrap, number format, quote prefix) -> ``cellXfs`` indexes."""

    def __init__(self) -> None:
        self._fonts: dict[tuple, int] = {(False, 11, None): 0}
        self._fills: dict[str | None, int] = {None: 0, "gray125": 1}
        self._formats: dict[str, int] = {}
        self._xfs: dict[tuple, int] = {(0, 0, 0, False, False, 0): 0}

    def index(self, *, bold: bool = False, size: int = 11, color: str | None = None, fill: str | None = None,
              wrap: bool = False, number_format: str | None = None, quote_prefix: bool = False,
              rotation: int = 0) -> int:
        """``rotation``: degrees (90 reads bottom to top, centred), for a matrix's column headers."""
        font = self._fonts.setdefault((bold, size, color), len(self._fonts))
        fill_id = self._fills.setdefault(fill, len(self._fills))
        format_id = 0 if number_format is None else self._formats.setdefault(number_format, 164 + len(self._formats))
        return self._xfs.setdefault((font, fill_id, format_id, wrap, quote_prefix, rotation), len(self._xfs))

    def xml(self) -> str:
        formats = "".join(f'<numFmt numFmtId="{i}" formatCode={quoteattr(code)}/>' for code, i in self._formats.items())
        fonts = "".join(
            "<font>" + ("<b/>" if bold else "") + f'<sz val="{size}"/>'
            + (f'<color rgb="FF{color}"/>' if color else "") + '<name val="Calibri"/><family val="2"/></font>'
            for bold, size, color in self._fonts
        )
        fills = "".join(
            '<fill><patternFill patternType="none"/></fill>' if fill is None
            else '<fill><patternFill patternType="gray125"/></fill>' if fill == "gray125"
            else f'<fill><patternFill patternType="solid"><fgColor rgb="FF{fill}"/>'
                 '<bgColor indexed="64"/></patternFill></fill>'
            for fill in self._fills
        )
        xfs = "".join(
            f'<xf numFmtId="{number}" fontId="{font}" fillId="{fill}" borderId="0" xfId="0"'
            + (' applyNumberFormat="1"' if number else "") + (' applyFont="1"' if font else "")
            + (' applyFill="1"' if fill else "") + (' quotePrefix="1"' if quote else "")
            + (f' applyAlignment="1"><alignment horizontal="center" vertical="bottom" textRotation="{rotation}"/></xf>'
               if rotation else ' applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' if wrap else "/>")
            for font, fill, number, wrap, quote, rotation in self._xfs
        )
        number_formats = f'<numFmts count="{len(self._formats)}">{formats}</numFmts>' if self._formats else ""
        return (
            f'{_HEADER}<styleSheet xmlns="{MAIN}">{number_formats}'
            f'<fonts count="{len(self._fonts)}">{fonts}</fonts><fills count="{len(self._fills)}">{fills}</fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(self._xfs)}">{xfs}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
        )


def cell_xml(reference: str, value: Any, style: int) -> str:
    """One ``<c>`` element; ``value`` is None, str, bool, int, float or a naive datetime."""
    styled = f' s="{style}"' if style else ""
    kind = type(value)
    if kind is str:
        text = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if "\r" in text:
            text = text.replace("\r", "&#13;")  # a bare CR would be read back as a newline
        return f'<c r="{reference}"{styled} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
    if kind is int or (kind is float and math.isfinite(value)):
        return f'<c r="{reference}"{styled}><v>{value!r}</v></c>'
    if kind is bool:
        return f'<c r="{reference}"{styled} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, datetime):
        naive = value if value.tzinfo is None else value.replace(tzinfo=None)
        serial = (naive - _EPOCH).total_seconds() / 86400
        return f'<c r="{reference}"{styled}><v>{serial!r}</v></c>'
    return f'<c r="{reference}"{styled}/>' if style else ""


class SheetWriter:
    """Streams one worksheet's XML into the open zip entry, a block of rows at a time."""

    def __init__(self, stream: Any, *, widths: list[float], freeze: tuple[int, int] | None, selected: bool) -> None:
        self._stream = stream
        self._pending: list[str] = []
        self._pending_characters = 0
        self.autofilter: tuple[int, int] | None = None  # (columns, rows) from A1
        self.tables: list[TablePart] = []  # numbered and written as parts by write_package
        view = '<sheetView workbookViewId="0"' + (' tabSelected="1"' if selected else "")
        if freeze:
            rows, columns = freeze
            pane = "bottomRight" if rows and columns else "topRight" if columns else "bottomLeft"
            split = (f' xSplit="{columns}"' if columns else "") + (f' ySplit="{rows}"' if rows else "")
            top_left = f"{column_letter(columns)}{rows + 1}"
            view += (f'><pane{split} topLeftCell="{top_left}" activePane="{pane}" state="frozen"/>'
                     f'<selection pane="{pane}" activeCell="{top_left}" sqref="{top_left}"/></sheetView>')
        else:
            view += "/>"
        columns_xml = "".join(
            f'<col min="{i}" max="{i}" width="{width:.2f}" customWidth="1"/>' for i, width in enumerate(widths, start=1)
        )
        columns_xml = f"<cols>{columns_xml}</cols>" if widths else ""
        self._write(f'{_HEADER}<worksheet xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}"><sheetViews>{view}</sheetViews>'
                    f'<sheetFormatPr defaultRowHeight="15"/>{columns_xml}<sheetData>')

    def _write(self, text: str) -> None:
        self._stream.write(text.encode("utf-8"))

    def row(self, number: int, cells: Iterable[str], *, height: float | None = None) -> None:
        """Row ``number`` (1-based) from ready ``cell_xml`` strings; empty rows are left out."""
        body = "".join(cells)
        if body:
            tall = f' ht="{height:.1f}" customHeight="1"' if height else ""
            self._pending.append(f'<row r="{number}"{tall}>{body}</row>')
            self._pending_characters += len(self._pending[-1])
            # Rows go out in blocks of about a megabyte: a row of a table with 2,000 document
            # columns is 80 KB, and 500 of them held at once would be tens of MB.
            if len(self._pending) >= 500 or self._pending_characters >= _FLUSH_CHARACTERS:
                self.flush()

    def flush(self) -> None:
        if self._pending:
            self._write("".join(self._pending))
            self._pending = []
            self._pending_characters = 0

    def close(self) -> None:
        self.flush()
        end = "</sheetData>"
        if self.autofilter:
            end += f'<autoFilter ref="A1:{column_letter(self.autofilter[0] - 1)}{self.autofilter[1]}"/>'
        if self.tables:  # relationship ids rId1.. in this sheet's own relationships part
            parts = "".join(f'<tablePart r:id="rId{i}"/>' for i in range(1, len(self.tables) + 1))
            end += f'<tableParts count="{len(self.tables)}">{parts}</tableParts>'
        self._write(end + "</worksheet>")


@dataclass(frozen=True)
class TablePart:
    """An Excel table over ``first_row``..``last_row`` (1-based, the header first), columns A...
    ``headers`` must be the header cells' text exactly (Excel repairs the file otherwise)."""

    first_row: int
    last_row: int
    headers: tuple[str, ...]

    @property
    def ref(self) -> str:
        return f"A{self.first_row}:{column_letter(len(self.headers) - 1)}{self.last_row}"

    def xml(self, number: int) -> str:
        columns = "".join(f'<tableColumn id="{i}" name={quoteattr(name)}/>' for i, name in enumerate(self.headers, 1))
        return (f'{_HEADER}<table xmlns="{MAIN}" id="{number}" name="Table{number}" displayName="Table{number}" '
                f'ref="{self.ref}" totalsRowShown="0"><autoFilter ref="{self.ref}"/>'
                f'<tableColumns count="{len(self.headers)}">{columns}</tableColumns>'
                '<tableStyleInfo showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/>'
                "</table>")


def _quoted_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def write_package(path: Path, sheets: list[tuple[str, Any]], styles: StyleTable, *, compresslevel: int = 1) -> None:
    """Write the package: ``sheets`` is (name, write) where ``write(stream)`` returns the sheet's
    SheetWriter after streaming it (its ``autofilter`` becomes the filter's defined name)."""
    filters: list[str] = []
    table_count = 0
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as archive:
        for number, (name, write) in enumerate(sheets, start=1):
            # No zip64 records (some Excel versions warn about them): a sheet stays far below 4 GB.
            with archive.open(f"xl/worksheets/sheet{number}.xml", "w") as stream:
                sheet = write(stream)
            if sheet.tables:
                links = []
                for index, table in enumerate(sheet.tables, start=1):
                    table_count += 1
                    archive.writestr(f"xl/tables/table{table_count}.xml", table.xml(table_count))
                    links.append(f'<Relationship Id="rId{index}" Type="{RELATIONSHIPS}/table" '
                                 f'Target="../tables/table{table_count}.xml"/>')
                archive.writestr(f"xl/worksheets/_rels/sheet{number}.xml.rels",
                                 f'{_HEADER}<Relationships xmlns="{PACKAGE_RELATIONSHIPS}">{"".join(links)}'
                                 "</Relationships>")
            if sheet.autofilter:
                last_column, last_row = column_letter(sheet.autofilter[0] - 1), sheet.autofilter[1]
                absolute = f"$A$1:${last_column}${last_row}"
                filters.append(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{number - 1}" hidden="1">'
                               f"{escape(_quoted_sheet(name))}!{absolute}</definedName>")
        count = len(sheets)
        defined = "<definedNames>" + "".join(filters) + "</definedNames>" if filters else ""
        sheet_entries = "".join(
            f'<sheet name={quoteattr(name)} sheetId="{i}" r:id="rId{i}"/>' for i, (name, _) in enumerate(sheets, start=1)
        )
        archive.writestr("xl/workbook.xml", (
            f'{_HEADER}<workbook xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}"><bookViews><workbookView activeTab="0"/>'
            f'</bookViews><sheets>{sheet_entries}</sheets>{defined}</workbook>'))
        relations = "".join(
            f'<Relationship Id="rId{i}" Type="{RELATIONSHIPS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, count + 1)
        )
        archive.writestr("xl/_rels/workbook.xml.rels", (
            f'{_HEADER}<Relationships xmlns="{PACKAGE_RELATIONSHIPS}">{relations}'
            f'<Relationship Id="rId{count + 1}" Type="{RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>'))
        archive.writestr("xl/styles.xml", styles.xml())
        archive.writestr("_rels/.rels", (
            f'{_HEADER}<Relationships xmlns="{PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" '
            f'Type="{RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'))
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, count + 1)
        ) + "".join(
            f'<Override PartName="/xl/tables/table{i}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>'
            for i in range(1, table_count + 1)
        )
        archive.writestr("[Content_Types].xml", (
            f'{_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{overrides}</Types>"))
