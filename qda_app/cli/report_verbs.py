"""Verbs that export reports: ``report`` (xlsx, docx, html or CSV folder) and ``figure``."""

from __future__ import annotations

import argparse

from typing import TYPE_CHECKING

from qda_app.cli.done_lines import say
from qda_app.cli.language import current_language, tr
from qda_app.cli.messages import cli_line
from qda_app.cli.output import ProgressBar
from qda_app.services.project import Project

if TYPE_CHECKING:
    from qda_app.services.reports.filters import ReportFilter

# Kept here rather than imported: reading them from the reports package would load pandas on
# every command-line call. tests/cli/test_report_cli.py checks they stay equal.
LANGUAGES = ("en", "es", "pt")


def _filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="language of headers and labels (default: the command line's language)")
    parser.add_argument("--coder", action="append", default=[], metavar="NAME",
                        help="only this coder's coding (repeatable)")
    parser.add_argument("--group", action="append", default=[], metavar="NAME",
                        help="only documents of this document group (repeatable)")
    parser.add_argument("--doc", action="append", type=int, default=[], metavar="N",
                        help="only this document (repeatable)")
    parser.add_argument("--code", action="append", default=[], metavar="PATH",
                        help="only this code and its sub-codes (repeatable)")
    parser.add_argument("--code-group", action="append", default=[], metavar="NAME", dest="code_group",
                        help="only the codes of this code group (repeatable)")
    parser.add_argument("--smart-code", action="append", default=[], metavar="NAME", dest="smart_code",
                        help="only the quotations of this smart code, its query run now (repeatable)")


def register(verbs: argparse._SubParsersAction) -> None:
    report = verbs.add_parser(
        "report", help="export the reports: FILE.xlsx, FILE.docx, FILE.html, or a folder for CSV files"
    )
    report.add_argument("project")
    report.add_argument("-o", "--output", required=True, metavar="FILE|DIR")
    report.add_argument("--force", action="store_true", help="replace an existing file of that name (never a project)")
    report.add_argument("--order", choices=("tree", "groundedness"), default="tree",
                        help="order of subcategories in the category tables (tree: the codebook's order)")
    report.add_argument("--word", default="tables,networks,smart-codes", metavar="PARTS",
                        help="what a .docx holds, comma-separated: tables, networks, smart-codes, codebook, "
                             "quotations (default: tables,networks,smart-codes)")
    report.add_argument("--csv-dialect", choices=("comma", "semicolon"), default=None,
                        help="CSV separator and decimal mark (default: semicolon for es and pt, comma for en)")
    _filter_options(report)
    report.set_defaults(run=run_report)

    figure = verbs.add_parser("figure", help="draw the category network as FILE.png, FILE.svg or FILE.pdf")
    figure.add_argument("project")
    figure.add_argument("-o", "--output", required=True, metavar="FILE")
    figure.add_argument("--force", action="store_true", help="replace an existing file of that name (never a project)")
    _filter_options(figure)
    figure.set_defaults(run=run_figure)


def _report_filter(options: argparse.Namespace) -> ReportFilter:
    from qda_app.services.reports.filters import ReportFilter

    return ReportFilter(coders=options.coder, document_groups=options.group, documents=options.doc,
                        codes=options.code, code_groups=options.code_group, smart_codes=options.smart_code)


def run_report(options: argparse.Namespace) -> int:
    with Project.open(options.project, read_only=True) as project:
        from qda_app.services.exporters import export_report

        written = export_report(
            project, options.output, report_filter=_report_filter(options), language=options.lang or current_language(),
            order=options.order, progress=ProgressBar(cli_line("progress_reports", tr)),
            word_sections=tuple(part.strip() for part in options.word.split(",") if part.strip()),
            csv_dialect=options.csv_dialect,
        )
    for path in written:
        say("wrote", path=path)
    return 0


def run_figure(options: argparse.Namespace) -> int:
    with Project.open(options.project, read_only=True) as project:
        from qda_app.services.exporters import export_figure

        path = export_figure(project, options.output, report_filter=_report_filter(options), language=options.lang or current_language())
    say("wrote", path=path)
    return 0
