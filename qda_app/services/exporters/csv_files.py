"""The report book as CSV files (UTF-8 with BOM, so Excel reads accents) in one folder.

One file per table: ``NN-sheet.csv``, or ``NN-sheet-K.csv`` where a sheet holds several tables.
Text that a spreadsheet would evaluate (starting with = + - @, tab or carriage return, the
same characters the workbook marks as text) gets a leading apostrophe, as OWASP advises: a
code named ``=HYPERLINK(...)`` stays a name. The dialect follows the report language: Spanish
and Portuguese Excel split on ";" and read "0,5", English Excel on "," and "0.5".
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

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
                    safe_frame(chunk).to_csv(handle, index=False, header=number_in_file == 0, sep=separator,
                                             decimal=decimal, date_format="%Y-%m-%d %H:%M:%S")
            written.append(path)
    return written
