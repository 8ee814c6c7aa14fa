"""Verbs on one document: edit-text (correct the transcript, coding kept) and print-doc (PDF)."""

from __future__ import annotations

import argparse
from pathlib import Path

from qda_app.cli.done_lines import say, say_warning
from qda_app.cli.output import write_json, write_text
from qda_app.core.errors import InvalidArgument
from qda_app.services.importers.dispatch import DEFAULT_MAX_TEXT_CHARS
from qda_app.services.importers.text import decode_text
from qda_app.services.project import Project
from qda_app.services.text_edits import edit_document_text


def register(verbs: argparse._SubParsersAction) -> None:
    edit = verbs.add_parser(
        "edit-text",
        help="replace a document's text by FILE's (a corrected transcript); quotations follow the edits",
    )
    edit.add_argument("project")
    edit.add_argument("document", type=int, help="document number (qda-app docs lists them)")
    edit.add_argument("file", help="the corrected text (plain text, any common encoding)")
    edit.add_argument("--coder")
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(run=run_edit_text)

    printed = verbs.add_parser("print-doc", help="write a coded document with its margin as PDF")
    printed.add_argument("project")
    printed.add_argument("document", type=int)
    printed.add_argument("-o", "--output", required=True, help="the PDF file to write")
    printed.set_defaults(run=run_print_doc)


def run_edit_text(options: argparse.Namespace) -> int:
    source = Path(options.file)
    if not source.is_file():
        raise InvalidArgument(name=str(source), reason="no_such_file")
    text = decode_text(str(source), source.read_bytes(), max_text_chars=DEFAULT_MAX_TEXT_CHARS).text
    with Project.open(options.project, coder=options.coder) as project:
        summary = edit_document_text(project, number=options.document, text=text)
    if options.json:
        write_json({
            "document": summary.document, "changed": summary.changed_text, "moved": summary.moved,
            "passages": [{"quotation": change.quotation_id, "before": change.before, "after": change.after,
                          "lost": change.lost} for change in summary.passages],
        })
        return 0
    if not summary.changed_text:
        say("text_unchanged", number=summary.document)
        return 0
    say("text_replaced", number=summary.document, moved=summary.moved, changed=len(summary.passages))
    for change in summary.passages:
        if change.lost:
            say_warning("passage_deleted", quotation=change.quotation_id, before=_short(change.before))
        else:
            write_text(f"  {change.quotation_id}: {_short(change.before)} -> {_short(change.after)}\n")
    return 0


def _short(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= limit else flat[: limit - 1] + "…")


def run_print_doc(options: argparse.Namespace) -> int:
    from qda_app.gui.print_document import ensure_offscreen_application, print_document

    ensure_offscreen_application()
    with Project.open(options.project, read_only=True) as project:
        summary = print_document(project, number=options.document, target=options.output)
    say("printed_document", path=summary.path, pages=summary.pages, quotations=summary.quotations)
    if summary.listed_only:
        say_warning("listed_at_foot", quotations=", ".join(summary.listed_only))
    return 0
