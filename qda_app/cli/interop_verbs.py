"""REFI-QDA exchange verbs: import-qdpx, export-qdpx, export-qdc, import-qdc.

Reports from the services carry kinds and fields only; services/interop/report_text.py words
them (the GUI uses the same wording, translated).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from qda_app.cli.done_lines import counted_list, done_text
from qda_app.cli.output import write_json, write_text
from qda_app.core.errors import InteropError
from qda_app.cli.language import tr
from qda_app.cli.messages import cli_line
from qda_app.services.interop.report_text import describe_interop, word_entry
from qda_app.services.project import Project

if TYPE_CHECKING:
    from qda_app.services.interop.refi_model import ImportReport


def register(verbs: argparse._SubParsersAction) -> None:
    read = verbs.add_parser("import-qdpx", help="create a project from a REFI-QDA .qdpx file")
    read.add_argument("file", metavar="FILE.qdpx")
    read.add_argument("-o", "--output", required=True, metavar="PROJECT", help="new project file")
    read.add_argument("--coder", help="your name as coder (default: the file's creating user)")
    read.add_argument("--json", action="store_true")
    read.add_argument("--accept-losses", action="store_true",
                      help="import even when some of the file cannot be imported (what is left out is listed)")
    read.set_defaults(run=run_import_qdpx)

    write = verbs.add_parser("export-qdpx", help="write a project as a REFI-QDA .qdpx file")
    write.add_argument("project")
    write.add_argument("-o", "--output", required=True, metavar="FILE.qdpx")
    write.add_argument("--json", action="store_true")
    write.add_argument("--force", action="store_true", help="replace an existing file of that name (never a project)")
    write.set_defaults(run=run_export_qdpx)

    codebook = verbs.add_parser("export-qdc", help="write the code system as a REFI-QDA .qdc")
    codebook.add_argument("project")
    codebook.add_argument("-o", "--output", required=True, metavar="FILE.qdc")
    codebook.add_argument("--force", action="store_true", help="replace an existing file of that name (never a project)")
    codebook.set_defaults(run=run_export_qdc)

    merge = verbs.add_parser("import-qdc", help="merge a REFI-QDA codebook into a project")
    merge.add_argument("project")
    merge.add_argument("file", metavar="FILE.qdc")
    merge.add_argument("--coder")
    merge.add_argument("--json", action="store_true")
    merge.set_defaults(run=run_import_qdc)


def _guarded(run):  # noqa: ANN001, ANN202 - a decorator over the verb functions below
    def wrapper(options: argparse.Namespace) -> int:
        try:
            return run(options)
        except InteropError as error:
            print(cli_line("error", tr, message=describe_interop(error, tr)), file=sys.stderr)
            return 1
    return wrapper


def _print_report(report: ImportReport, *, verb: str, path: object, as_json: bool) -> None:
    lines = [word_entry(entry, report, tr) for entry in report.entries]
    if as_json:
        write_json({"summary": report.summary, "entries": [
            {"severity": entry.severity, "kind": entry.kind, "message": line.split(": ", 1)[1],
             "fields": {key: value if isinstance(value, (str, int, float, bool, type(None)))
                        else str(value) for key, value in entry.fields.items()}}
            for entry, line in zip(report.entries, lines)]})
        return
    write_text(done_text(verb, path=path, counts=counted_list(report.summary)) + "\n")
    for line in lines:
        write_text(f"  {line}\n")


@_guarded
def run_import_qdpx(options: argparse.Namespace) -> int:
    from qda_app.services.interop import project_import
    from qda_app.services.interop.import_losses import ImportWouldLoseData, losses

    try:
        report = project_import.import_project(options.file, options.output, coder=options.coder,
                                               accept_losses=options.accept_losses)
    except ImportWouldLoseData as refused:
        print(cli_line("error", tr, message=describe_interop(refused, tr)), file=sys.stderr)
        for entry in refused.lost:
            print(cli_line("would_be_left_out", tr, entry=word_entry(entry, refused.report, tr, with_severity=False)),
                  file=sys.stderr)
        print(cli_line("accept_losses", tr), file=sys.stderr)
        return 1
    _print_report(report, verb="exchange_imported", path=options.output, as_json=options.json)
    if not options.json:
        for entry in losses(report):
            write_text(cli_line("left_out", tr, entry=word_entry(entry, report, tr, with_severity=False)) + "\n")
    return 0


@_guarded
def run_export_qdpx(options: argparse.Namespace) -> int:
    with Project.open(options.project, read_only=True) as project:
        from qda_app.services.interop import project_export

        report = project_export.export_project(project, options.output)
    _print_report(report, verb="exchange_exported", path=options.output, as_json=options.json)
    return 0


@_guarded
def run_export_qdc(options: argparse.Namespace) -> int:
    with Project.open(options.project, read_only=True) as project:
        from qda_app.services.interop import project_export

        report = project_export.export_codebook(project, options.output)
    _print_report(report, verb="exchange_exported", path=options.output, as_json=False)
    return 0


@_guarded
def run_import_qdc(options: argparse.Namespace) -> int:
    with Project.open(options.project, coder=options.coder,
                      program="qda-app (command line)") as project:
        from qda_app.services.interop import codebook_import

        report = codebook_import.import_codebook(project, options.file)
    _print_report(report, verb="exchange_merged", path=options.file, as_json=options.json)
    return 0
