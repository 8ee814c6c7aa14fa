"""Writers that present report DataFrames: Excel, Word, CSV, HTML, and the network figure.

``export_report`` picks the writer from the output's suffix; every write is atomic.
"""

from __future__ import annotations

import tempfile

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
        raise ExportFailed(file=str(target), problem="report_suffix")
    return kind


def _network_drawings(project: Project, folder: Path, language: str) -> tuple[tuple[str, Path | None], ...]:
    """Every saved network, in the order they were made, drawn as a PNG in ``folder`` (None for a
    network without nodes)."""
    from qda_app.services.networks import list_networks
    from qda_app.services.reports.network_figure import export_network_figure

    drawings: list[tuple[str, Path | None]] = []
    for number, network in enumerate(sorted(list_networks(project), key=lambda found: found.id), start=1):
        if not network.nodes:
            drawings.append((network.name, None))
            continue
        drawings.append((network.name, export_network_figure(project, network.id, folder / f"network-{number}.png",
                                                             language=language, title="")))
    return tuple(drawings)


def export_report(
    project: Project,
    path: str | Path,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    order: str = "tree",
    progress: Progress | None = None,
    word_sections: tuple[str, ...] = ("tables", "networks", "smart-codes"),
    csv_dialect: str | None = None,
) -> list[Path]:
    """Write the reports to ``path``; returns the files written. ``word_sections``: what a .docx
    holds (tables, networks, smart-codes, codebook, quotations; smart-codes only where the
    project has smart codes); ``csv_dialect``: "comma" or "semicolon" (default: the
    language's, see csv_files)."""
    kind = output_kind(path)
    if kind != "csv":
        from qda_app.services.atomic_files import check_target

        check_target(Path(path))  # refuse a bad target before the (long) computation
    book = build_report_book(
        project, report_filter=report_filter, language=language, order=order,
        include_matrix=True if kind == "csv" else None, progress=progress,
        # Every writer streams its rows (reports.deferred): the quotations' IDs, codes, coders and
        # texts are made as they are written, never held for every row at once.
        defer_texts=True,
        keep_data=kind == "word" and "quotations" in word_sections,
    )
    if kind == "excel":
        from qda_app.services.exporters.excel import write_workbook

        return [write_workbook(book, path)]
    if kind == "word":
        from qda_app.services.exporters.word import SECTIONS, WordContent, save_word, word_document
        from qda_app.services.freed_memory import return_freed_memory
        from qda_app.services.reports.by_code import quotations_by_code
        from qda_app.services.reports.wording import report_wording

        unknown = [section for section in word_sections if section not in SECTIONS]
        if unknown or not word_sections:
            raise ExportFailed(file=str(path), problem="word_sections", choices=SECTIONS)
        with tempfile.TemporaryDirectory(prefix="qda-networks-") as drawings:
            networks = (_network_drawings(project, Path(drawings), language)
                        if "networks" in word_sections else ())
            content = WordContent(wording=report_wording(project, language), title=project.name,
                                  sections=tuple(word_sections), networks=networks)
            draft = word_document(book, content)
        by_code = None
        if "quotations" in word_sections:
            # The sheets are in the document now: freed, their memory serves the quotations by
            # code, made from the same data (a chunk of rows at a time as the file is written).
            data = book.data
            del book
            for key in [key for key in data.cache if key != "groundedness"]:
                del data.cache[key]  # what only the sheets used
            return_freed_memory()
            by_code = quotations_by_code(project, language=language, data=data, defer_text=True,
                                         spill_folder=Path(path).parent)
            return_freed_memory()  # its rows are numbers now; the steps that made them are freed
        return [save_word(draft, path, by_code=by_code, language=language, cite=content.wording.cite)]
    if kind == "html":
        from qda_app.services.exporters.html_page import write_html

        return [write_html(book, path, title=project.name)]
    from qda_app.services.exporters.csv_files import write_csv_folder

    return write_csv_folder(book, path, dialect=csv_dialect)


def export_figure(
    project: Project, path: str | Path, *, report_filter: ReportFilter | None = None, language: str = "en"
) -> Path:
    from qda_app.services.atomic_files import check_target
    from qda_app.services.exporters.figure import write_figure
    from qda_app.services.reports.network import network_nodes

    check_target(Path(path))
    nodes = network_nodes(project, report_filter=report_filter, language=language)
    return write_figure(nodes, path, language=language, title=project.name)
