"""The report book as CSV files (UTF-8 with BOM, so Excel reads accents) in one folder.

One file per table: ``NN-sheet.csv``, or ``NN-sheet-K.csv`` where a sheet holds several tables.
Text is written as it is (R, SPSS and Stata read these files); open the workbook, not the CSV,
in a spreadsheet program.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from qda_app.core.errors import ExportFailed
from qda_app.services.atomic_files import atomic_path, refuse_if_protected
from qda_app.services.reports.book import ReportBook


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-") or "table"


def write_csv_folder(book: ReportBook, folder: str | Path) -> list[Path]:
    """Write every table of ``book`` into ``folder`` (created if missing); returns the files."""
    target = Path(folder)
    refuse_if_protected(target)  # e.g. a project given without a suffix, or its backups folder
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportFailed(file=str(target), detail=error.strerror or str(error)) from error
    written: list[Path] = []
    for number, sheet in enumerate(book.sheets, start=1):
        for index, block in enumerate(sheet.blocks, start=1):
            suffix = f"-{index}" if len(sheet.blocks) > 1 else ""
            path = target / f"{number:02d}-{slug(sheet.name)}{suffix}.csv"
            with atomic_path(path) as temporary:
                block.frame.to_csv(temporary, index=False, encoding="utf-8-sig", date_format="%Y-%m-%d %H:%M:%S")
            written.append(path)
    return written
