"""The report book as CSV files (UTF-8 with BOM, so Excel reads accents) in one folder.

One file per table: ``NN-sheet.csv``, or ``NN-sheet-K.csv`` where a sheet holds several tables.
Text that a spreadsheet would evaluate (starting with = + - @, tab or carriage return, the
same characters the workbook marks as text) gets a leading apostrophe, as OWASP advises: a
code named ``=HYPERLINK(...)`` stays a name. The dialect follows the report language: Spanish
and Portuguese Excel split on ";" and read "0,5", English Excel on "," and "0.5".
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd

from qda_app.core.errors import ExportFailed
from qda_app.services.atomic_files import atomic_path, refuse_if_protected
from qda_app.services.exporters.excel import FORMULA_STARTS
from qda_app.services.reports.book import ReportBook
from qda_app.services.reports.deferred import bare, frame_chunks

# dialect -> (field separator, decimal mark)
DIALECTS = {"comma": (",", "."), "semicolon": (";", ",")}
LANGUAGE_DIALECTS = {"en": "comma", "es": "semicolon", "pt": "semicolon"}


def dialect_for(language: str, dialect: str | None = None) -> tuple[str, str]:
    """(separator, decimal mark) of ``dialect``, or of the language's default one."""
    name = dialect or LANGUAGE_DIALECTS.get(language, "comma")
    if name not in DIALECTS:
        raise ExportFailed(file="", problem="csv_dialect", choices=DIALECTS)
    return DIALECTS[name]


def neutralised(value: object) -> object:
    """Text that a spreadsheet would evaluate, prefixed with an apostrophe; all else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every text cell and header neutralised (numbers, dates untouched)."""
    safe = pd.DataFrame(frame, copy=False)
    safe.attrs = {}
    text_columns = [index for index in range(safe.shape[1]) if pd.api.types.is_string_dtype(safe.dtypes.iloc[index])]
    if text_columns or any(isinstance(c, str) and c.startswith(FORMULA_STARTS) for c in safe.columns):
        safe = safe.copy()
        for index in text_columns:
            safe.isetitem(index, safe.iloc[:, index].map(neutralised))
        safe.columns = [neutralised(column) for column in safe.columns]
    return safe


# A table ending in this many number columns or more (a count per document, a 0/1 flag per code)
# has those columns written by numpy, the rest by pandas: pandas formats 40 million matrix cells
# one at a time. The text columns' lines are split on a terminator no cell holds (checked).
_FAST_NUMBER_COLUMNS = 8
_LINE_MARK = "\x1e\n"
_TEXT_CELLS_AT_ONCE = 50_000


def _number_tail(frame: pd.DataFrame) -> int:
    """Where the trailing run of plain numpy number columns of one kind (all integer or all
    float) begins; ``frame.shape[1]`` when the last column is not one."""
    kinds = ["i" if isinstance(d, np.dtype) and d.kind in "iu" else "f" if isinstance(d, np.dtype) and d.kind == "f"
             else "" for d in frame.dtypes]
    start = len(kinds)
    while start > 0 and kinds[start - 1] and kinds[start - 1] == kinds[-1]:
        start -= 1
    return start


def _number_lines(numbers: np.ndarray, separator: str, decimal: str) -> list[str]:
    """Each row of ``numbers`` as pandas writes it, every cell after a separator."""
    rows, columns = numbers.shape
    if numbers.dtype.kind in "iu" and rows and numbers.min() >= 0 and numbers.max() <= 9:
        # single digits (the matrix's 0/1 flags): separator and digit bytes laid out directly
        laid = np.empty((rows, 2 * columns), dtype=np.uint8)
        laid[:, 0::2] = ord(separator)
        laid[:, 1::2] = numbers + ord("0")
        text, width = laid.tobytes().decode("ascii"), 2 * columns
        return [text[start:start + width] for start in range(0, rows * width, width)]
    lines: list[str] = []
    # A slice of rows at a time: numpy's text cells take 4 bytes a character at the widest cell's
    # width, 50 MB for a table of 2,000 document columns whole.
    step = max(1, _TEXT_CELLS_AT_ONCE // max(1, columns))
    for start in range(0, rows, step):
        part = numbers[start:start + step]
        texts = part.astype(str)  # as pandas: the shortest text that reads back as the same number
        if part.dtype.kind == "f":
            texts[np.isnan(part)] = ""
            if decimal != ".":
                texts = np.char.replace(texts, ".", decimal)
        lines.extend(separator + separator.join(row) for row in texts.tolist())
    return lines


def _write_chunk(handle: object, safe: pd.DataFrame, *, header: bool, separator: str, decimal: str) -> None:
    options = {"index": False, "sep": separator, "decimal": decimal, "date_format": "%Y-%m-%d %H:%M:%S"}
    tail = _number_tail(safe)
    if safe.shape[1] - tail < _FAST_NUMBER_COLUMNS or not len(safe):
        safe.to_csv(handle, header=header, **options)
        return
    if header:
        safe.iloc[:0].to_csv(handle, header=True, **options)
    # A few hundred thousand cells at a time: their lines are held as text until written.
    step = max(1, _TEXT_CELLS_AT_ONCE * 4 // safe.shape[1])
    for start in range(0, len(safe), step):
        part = safe.iloc[start:start + step]
        lines = _number_lines(part.iloc[:, tail:].to_numpy(), separator, decimal)
        if tail:
            texts = part.iloc[:, :tail].to_csv(None, header=False, lineterminator=_LINE_MARK, **options)
            texts = texts.split(_LINE_MARK)
            if len(texts) != len(part) + 1:  # a cell held the terminator: pandas writes this part
                part.to_csv(handle, header=False, **options)
                continue
            if tail == 1:  # the csv module writes a row of one empty field as "", in a longer row as nothing
                texts = ["" if text == '""' else text for text in texts]
            lines = [text + line for text, line in zip(texts, lines)]
        else:
            lines = [line[1:] for line in lines]
        handle.write(os.linesep.join(lines) + os.linesep)


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-") or "table"


def write_csv_folder(book: ReportBook, folder: str | Path, *, dialect: str | None = None) -> list[Path]:
    """Write every table of ``book`` into ``folder`` (created if missing); returns the files."""
    target = Path(folder)
    refuse_if_protected(target)  # e.g. a project given without a suffix, or its backups folder
    separator, decimal = dialect_for(book.language, dialect)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportFailed(file=str(target), detail=error.strerror or str(error)) from error
    written: list[Path] = []
    for number, sheet in enumerate(book.sheets, start=1):
        for index, block in enumerate(sheet.blocks, start=1):
            suffix = f"-{index}" if len(sheet.blocks) > 1 else ""
            path = target / f"{number:02d}-{slug(sheet.name)}{suffix}.csv"
            with atomic_path(path) as temporary, open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
                # A chunk of rows at a time (deferred columns made for it only): a table of 200,000
                # quotations is never held as text; the header comes with the first chunk.
                chunks = frame_chunks(block.frame) if len(block.frame) else iter([bare(block.frame)])
                for number_in_file, chunk in enumerate(chunks):
                    _write_chunk(handle, safe_frame(chunk), header=number_in_file == 0, separator=separator,
                                 decimal=decimal)
            written.append(path)
    return written
