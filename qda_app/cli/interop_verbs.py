"""REFI-QDA exchange verbs: import-qdpx, export-qdpx, export-qdc, import-qdc.

Reports from the services carry kinds and fields only; this module words them, one line
per entry, naming documents and codes by their names rather than GUIDs.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from qda_app.cli.output import write_json, write_text
from qda_app.core.errors import InteropError
if TYPE_CHECKING:
    from qda_app.services.interop.refi_model import ImportReport, ReportEntry
from qda_app.services.project import Project

# InteropError.reason -> what it means for the person who chose the file.
REASONS = {
    "not_found": "no such file",
    "unreadable": "cannot be read",
    "not_a_zip": "is not a REFI-QDA project archive (not a zip file)",
    "no_project_file": "holds no project.qde, so it is not a REFI-QDA project",
    "ambiguous_project": "holds several .qde project files",
    "not_refi_qda": "is not a REFI-QDA file",
    "malformed_xml": "is damaged: its XML is not well-formed",
    "unsafe_xml": "contains unsafe XML (DOCTYPE or entity declarations) and was refused",
    "too_large": "is too large to import",
    "too_many_members": "has too many files inside",
    "unsafe_path": "contains a file path that points outside the archive (refused)",
    "symlink": "contains a symbolic link (refused)",
    "encrypted": "is password-protected",
    "zip_bomb": "expands to an unreasonable size (possible zip bomb)",
    "write_failed": "could not be written",
    "missing_text": "lacks the text of a document",
}

_ENTRIES = {
    "offset_unit": "offsets in {source} counted in {unit_words}{origin}; {action}",
    "quote_mismatch": "{count} quotation(s) in {source} do not match the text they name",
    "clamped_offset": "a quotation in {source} ran past the end of the text; cut at the end",
    "invalid_range": "a quotation in {source} has an impossible range ({start}, {end}); left out",
    "empty_selection": "an empty quotation in {source} (at {start}) was left out",
    "dropped_source": "document {source} has no readable text ({reason}); left out",
    "non_text_source": "{source} is a {source_kind} source{text_words}",
    "dangling_reference": "{count} reference(s) to a missing {ref_kind} ({target}) were dropped",
    "duplicate_guid": "two {element} elements share the GUID {guid}; the second was {dup_action}",
    "invalid_guid": "{count} identifier(s) were not GUIDs (e.g. '{example}'); new ones derived",
    "missing_guid": "a {element} had no GUID; one was assigned",
    "invalid_color": "'{value}' is not a colour ({element_name}); a default colour was used",
    "encoding": "{element_name} was not UTF-8 ({encoding}); decoded",
    "renamed_file": "a file inside the archive had another name or folder than referenced; used it",
    "guessed_date": "{count} date(s) without a time zone or unreadable (e.g. '{example}'); read as UTC",
    "guid_format": "{count} GUID(s) written with braces; normalised",
    "invalid_value": "a variable value of {element_name} did not fit its type; kept as text",
    "namespace": "the file uses namespace '{namespace}'; read as REFI-QDA 1.0",
    "document_variables": "{count} nameless case(s) read as document attributes",
    "note_link": "{count} memo(s) attached through Links",
    "document_coding": "{count} coding(s) of the whole of {source} became a quotation of all its text",
    "ignored_element": "{count} {variant} element(s) are not supported and were left out",
    "normalised_text": "the text of {source} was normalised (newlines, Unicode NFC); offsets converted",
    "missing_note_text": "the text of memo {note} is missing; imported with an empty text",
    "renamed": "{element} '{name}' renamed to '{new_name}'",
    "duplicate_coding": "a repeated coding (same code and coder) in a quotation was merged",
    "id_table": "quotation IDs with gaps kept in the note 'qda_app quotation IDs'",
    "id_table_ignored": "the quotation ID table does not fit this file; quotations numbered in order",
    "mixed_set": "set '{name}' holds codes and documents; made a code group and a document group",
    "conflicting_value": "two values for one attribute of {source}; kept '{kept}', ignored '{ignored}'",
    "not_exported": "{what_words} cannot be stored in REFI-QDA and were not exported",
}

_LOST = {"representatives": "{count} representative mark(s)",
         "empty_group": "the empty {kind} group '{name}'"}


def register(verbs: argparse._SubParsersAction) -> None:
    read = verbs.add_parser("import-qdpx", help="create a project from a REFI-QDA .qdpx file")
    read.add_argument("file", metavar="FILE.qdpx")
    read.add_argument("-o", "--output", required=True, metavar="PROJECT", help="new project file")
    read.add_argument("--coder", help="your name as coder (default: the file's creating user)")
    read.add_argument("--json", action="store_true")
    read.set_defaults(run=run_import_qdpx)

    write = verbs.add_parser("export-qdpx", help="write a project as a REFI-QDA .qdpx file")
    write.add_argument("project")
    write.add_argument("-o", "--output", required=True, metavar="FILE.qdpx")
    write.add_argument("--json", action="store_true")
    write.set_defaults(run=run_export_qdpx)

    codebook = verbs.add_parser("export-qdc", help="write the code system as a REFI-QDA .qdc")
    codebook.add_argument("project")
    codebook.add_argument("-o", "--output", required=True, metavar="FILE.qdc")
    codebook.set_defaults(run=run_export_qdc)

    merge = verbs.add_parser("import-qdc", help="merge a REFI-QDA codebook into a project")
    merge.add_argument("project")
    merge.add_argument("file", metavar="FILE.qdc")
    merge.add_argument("--coder")
    merge.add_argument("--json", action="store_true")
    merge.set_defaults(run=run_import_qdc)


def describe_interop(error: InteropError) -> str:
    fields = error.fields
    reason = REASONS.get(str(fields.get("reason")), str(fields.get("reason")))
    detail = fields.get("detail")
    return f"{fields.get('file')}: {reason}" + (f" ({detail})" if detail else "")


def _guarded(run):  # noqa: ANN001, ANN202 - a decorator over the verb functions below
    def wrapper(options: argparse.Namespace) -> int:
        try:
            return run(options)
        except InteropError as error:
            print(f"qda-app: error: {describe_interop(error)}", file=sys.stderr)
            return 1
    return wrapper


def word_entry(entry: ReportEntry, report: ImportReport) -> str:
    fields: dict[str, object] = {key: value for key, value in entry.fields.items()}

    def name(guid: object) -> str:
        return f"'{report.names[guid]}'" if guid in report.names else str(guid)

    for key in ("source", "note"):
        if key in fields:
            fields[key] = name(fields[key])
    fields["element_name"] = name(fields.get("element", ""))
    fields["origin"] = f" ({report.origin})" if report.origin else ""
    fields["unit_words"] = ("UTF-16 units" if fields.get("unit") == "utf16"
                            else "code points")
    fields["action"] = "converted" if fields.get("unit") == "utf16" else "used as they are"
    fields["text_words"] = ("; its text was imported" if fields.get("has_text")
                            else " without text; not imported")
    fields["dup_action"] = "given a new GUID" if entry.severity == "info" else "left out"
    if entry.kind == "not_exported":
        fields["what_words"] = _LOST.get(str(fields.get("what")), str(fields.get("what")))
        fields["what_words"] = str(fields["what_words"]).format(**{**entry.fields})
    template = _ENTRIES.get(entry.kind)
    try:
        text = template.format(**fields) if template else None
    except (KeyError, IndexError, ValueError):
        text = None
    if text is None:
        text = entry.kind.replace("_", " ") + ": " + ", ".join(
            f"{key}={value}" for key, value in entry.fields.items())
    return f"{entry.severity}: {text}"


def _print_report(report: ImportReport, *, verb: str, as_json: bool) -> None:
    lines = [word_entry(entry, report) for entry in report.entries]
    if as_json:
        write_json({"summary": report.summary, "entries": [
            {"severity": entry.severity, "kind": entry.kind, "message": line.split(": ", 1)[1],
             "fields": {key: value if isinstance(value, (str, int, float, bool, type(None)))
                        else str(value) for key, value in entry.fields.items()}}
            for entry, line in zip(report.entries, lines)]})
        return
    counts = ", ".join(f"{value} {key}" for key, value in report.summary.items())
    write_text(f"{verb}: {counts}\n")
    for line in lines:
        write_text(f"  {line}\n")


@_guarded
def run_import_qdpx(options: argparse.Namespace) -> int:
    from qda_app.services.interop import project_import

    report = project_import.import_project(options.file, options.output, coder=options.coder)
    _print_report(report, verb=f"imported {options.output}", as_json=options.json)
    return 0


@_guarded
def run_export_qdpx(options: argparse.Namespace) -> int:
    with Project.open(options.project, read_only=True) as project:
        from qda_app.services.interop import project_export

        report = project_export.export_project(project, options.output)
    _print_report(report, verb=f"exported {options.output}", as_json=options.json)
    return 0


@_guarded
def run_export_qdc(options: argparse.Namespace) -> int:
    with Project.open(options.project, read_only=True) as project:
        from qda_app.services.interop import project_export

        report = project_export.export_codebook(project, options.output)
    _print_report(report, verb=f"exported {options.output}", as_json=False)
    return 0


@_guarded
def run_import_qdc(options: argparse.Namespace) -> int:
    with Project.open(options.project, coder=options.coder,
                      program="qda-app (command line)") as project:
        from qda_app.services.interop import codebook_import

        report = codebook_import.import_codebook(project, options.file)
    _print_report(report, verb=f"merged {options.file}", as_json=options.json)
    return 0
