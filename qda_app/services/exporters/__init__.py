"""Writers that present report DataFrames: Excel, Word, CSV, HTML, and the network figure.

``export_report`` picks the writer from the output's suffix; every write is atomic.
"""

from __future__ import annotations

from pathlib import Path

from qda_app.core.errors import ExportFailed
from qda_app.services.project import Project
from qda_app.services.reports.book import Progress, build_report_book
from qda_app.services.reports.filters import ReportFilter

SUFFIXES = {".xlsx": "excel", ".docx": "word", ".html": "html", ".htm": "html"}


def output_kind(path: str | Path) -> str:
    """excel, word, html, or csv (a folder, or a name without suffix)."""
    target = Path(path)
    if target.is_dir() or not target.suffix:
        return "csv"
    kind = SUFFIXES.get(target.suffix.lower())
    if kind is None:
        raise ExportFailed(file=str(target), detail="use .xlsx, .docx, .html, or a folder for CSV files")
    return kind


def export_report(
    project: Project,
    path: str | Path,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    order: str = "tree",
    progress: Progress | None = None,
) -> list[Path]:
    """Write the reports to ``path``; returns the files written."""
    kind = output_kind(path)
    if kind != "csv":
        from qda_app.services.atomic_files import check_target

        check_target(Path(path))  # refuse a bad target before the (long) computation
    book = build_report_book(
        project, report_filter=report_filter, language=language, order=order,
        include_matrix=True if kind == "csv" else None, progress=progress,
    )
    if kind == "excel":
        from qda_app.services.exporters.excel import write_workbook

        return [write_workbook(book, path)]
    if kind == "word":
        from qda_app.services.exporters.word import write_word

        return [write_word(book, path)]
    if kind == "html":
        from qda_app.services.exporters.html_page import write_html

        return [write_html(book, path, title=project.name)]
    from qda_app.services.exporters.csv_files import write_csv_folder

    return write_csv_folder(book, path)


def export_figure(
    project: Project, path: str | Path, *, report_filter: ReportFilter | None = None, language: str = "en"
) -> Path:
    from qda_app.services.atomic_files import check_target
    from qda_app.services.exporters.figure import write_figure
    from qda_app.services.reports.network import network_nodes

    check_target(Path(path))
    nodes = network_nodes(project, report_filter=report_filter, language=language)
    return write_figure(nodes, path, language=language, title=project.name)
