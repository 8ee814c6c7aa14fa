"""A list of quotations (a query's result, the quotations behind a table cell) as CSV or XLSX.

The rows are ``quotation_report``'s, the same columns as the workbook's Quotations sheet, kept to
the listed quotations in the listed order; the XLSX goes through the workbook writer.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from qda_app.core.errors import ExportFailed
from qda_app.services.atomic_files import check_target, write_atomically
from qda_app.services.project import Project
from qda_app.services.reports.book import Block, ReportBook, Sheet
from qda_app.services.reports.data import load_report_data
from qda_app.services.reports.quotations import quotation_report

LIST_SUFFIXES = (".csv", ".xlsx")


def quotation_list_frame(project: Project, quotation_ids: Sequence[int], *, language: str = "en",
                         title: str = "") -> pd.DataFrame:
    data = load_report_data(project)
    frame = quotation_report(project, data=data, language=language)
    position = {quotation_id: row for row, quotation_id in enumerate(data.quotations["id"].tolist())}
    rows = [position[quotation_id] for quotation_id in quotation_ids if quotation_id in position]
    chosen = frame.iloc[rows].reset_index(drop=True)
    chosen.attrs = dict(frame.attrs, title=title or frame.attrs.get("title", ""))
    return chosen


def export_quotation_list(project: Project, quotation_ids: Sequence[int], path: str | Path, *,
                          language: str = "en", title: str = "") -> Path:
    """Write the quotations to ``path`` (.csv or .xlsx, by its suffix); returns the path."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in LIST_SUFFIXES:
        raise ExportFailed(file=str(target), problem="use_suffix", suffixes=(".csv", ".xlsx"))
    check_target(target)
    frame = quotation_list_frame(project, quotation_ids, language=language, title=title)
    if suffix == ".csv":
        write_atomically(target, frame.to_csv(index=False).encode("utf-8-sig"))
        return target
    from qda_app.services.exporters.excel import write_workbook

    name = (title or "Quotations")[:31]
    book = ReportBook(language=language, sheets=(Sheet(key="quotations", name=name, blocks=(Block(frame),)),))
    return write_workbook(book, target)
