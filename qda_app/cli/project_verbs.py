"""Verbs on one project: new, import, docs, text, add-code, codes, code, quotes, demo, open."""

from __future__ import annotations

import argparse
from pathlib import Path

from qda_app.cli.done_lines import say
from qda_app.cli.headings import headings
from qda_app.cli.language import tr
from qda_app.cli.messages import cli_line, describe, describe_import_warning
from qda_app.cli.output import ProgressBar, warn, write_json, write_json_list, write_table, write_table_stream, write_text
from qda_app.core.model import Quotation
from qda_app.services import codes as code_service
from qda_app.services import coding, documents
from qda_app.services.project import Project


def register(verbs: argparse._SubParsersAction) -> None:
    new = verbs.add_parser("new", help="create an empty project file")
    new.add_argument("project")
    new.add_argument("--coder", help="your name as coder (default: your user name)")
    new.set_defaults(run=run_new)

    add = verbs.add_parser("import", help="import documents (files or folders)")
    add.add_argument("project")
    add.add_argument("files", nargs="+", metavar="FILE")
    add.add_argument("--group", help="put the imported documents in this document group")
    add.add_argument("--coder")
    add.add_argument("--allow-duplicates", action="store_true", help="import files whose content is in the project already")
    add.add_argument("--json", action="store_true")
    add.set_defaults(run=run_import)

    docs = verbs.add_parser("docs", help="list the documents")
    docs.add_argument("project")
    docs.add_argument("--json", action="store_true")
    docs.set_defaults(run=run_docs)

    text = verbs.add_parser("text", help="print the stored text of a document")
    text.add_argument("project")
    text.add_argument("document", type=int, metavar="DOC")
    text.set_defaults(run=run_text)

    add_code = verbs.add_parser("add-code", help="create a code; PATH is Category::Subcategory")
    add_code.add_argument("project")
    add_code.add_argument("path")
    add_code.add_argument("--color", help="#RRGGBB")
    add_code.add_argument("--description", help="definition of the code")
    add_code.add_argument("--coder")
    add_code.set_defaults(run=run_add_code)

    codes = verbs.add_parser("codes", help="list the code system with groundedness and density")
    codes.add_argument("project")
    codes.add_argument("--coder", action="append", help="count only this coder's codings (repeatable)")
    codes.add_argument("--json", action="store_true")
    codes.add_argument("--merge-duplicates", action="store_true",
                       help="first merge codes whose names differ only in case, accents' "
                            "composition or spacing (Éxito / éxito) into the first of them")
    codes.set_defaults(run=run_codes)

    code = verbs.add_parser(
        "code", help="code a range [START, END) of a document (code points)",
        description="Create the quotation [START, END) of document DOC (or reuse this coder's quotation "
        "on exactly that range) and link the codes to it. Codes and coders that do not exist yet are "
        "created, so check the spelling of PATH; without --code the quotation stays uncoded. "
        "Prints the quotation ID D:Q.",
    )
    code.add_argument("project", help="the project file (.qdaproj)")
    code.add_argument("--doc", type=int, required=True, help="document number (see: qda-app docs)")
    code.add_argument("--start", type=int, required=True, help="first character, counted from 0")
    code.add_argument("--end", type=int, required=True, help="character after the last one")
    code.add_argument("--code", action="append", default=[], dest="codes", metavar="PATH",
                      help="code path such as Category::Subcategory (repeatable)")
    code.add_argument("--coder", help="who codes (default: the project's last coder)")
    code.add_argument("--comment", help="comment on the quotation")
    code.add_argument("--json", action="store_true", help="print the quotation as JSON")
    code.set_defaults(run=run_code)

    quotes = verbs.add_parser("quotes", help="list quotations")
    quotes.add_argument("project")
    quotes.add_argument("--code", action="append", dest="codes", metavar="PATH")
    quotes.add_argument("--coder", action="append", dest="coders", metavar="NAME")
    quotes.add_argument("--doc", action="append", type=int, dest="documents", metavar="N")
    quotes.add_argument("--with-subcodes", action="store_true", help="--code also matches its sub-codes")
    quotes.add_argument("--json", action="store_true")
    quotes.set_defaults(run=run_quotes)

    attributes = verbs.add_parser(
        "attributes", help="set document attributes from a CSV or Excel sheet (first column: document name)"
    )
    attributes.add_argument("project")
    attributes.add_argument("file")
    attributes.add_argument("--json", action="store_true")
    attributes.set_defaults(run=run_attributes)

    demo = verbs.add_parser("demo", help="build the demo project (the Puno study) and open it (--no-gui: only build)")
    demo.add_argument("project", nargs="?", help="where to write it (default: your data folder)")
    demo.add_argument("--no-gui", action="store_true", help="only build it")
    demo.add_argument("--force", action="store_true", help="replace an existing file")
    demo.set_defaults(run=run_demo)

    open_ = verbs.add_parser("open", help="open a project in the program")
    open_.add_argument("project")
    open_.set_defaults(run=lambda options: open_gui(options.project, language=getattr(options, "lang", None)))


def _read(path: str) -> Project:
    return Project.open(path, read_only=True)


def _write(path: str, coder: str | None = None) -> Project:
    return Project.open(path, coder=coder, program="qda-app (command line)")


def run_new(options: argparse.Namespace) -> int:
    Project.create(options.project, coder=options.coder).close()
    say("created", project=options.project)
    return 0


def run_import(options: argparse.Namespace) -> int:
    with _write(options.project, options.coder) as project:
        summary = documents.import_files(
            project, options.files, group=options.group, allow_duplicates=options.allow_duplicates,
            progress=ProgressBar(cli_line("progress_importing", tr)),
        )
    if options.json:
        write_json(
            {
                "imported": [{"number": doc.number, "name": doc.name, "file": doc.original_name, "chars": doc.chars}
                             for doc in summary.imported],
                "refused": [{"file": str(error.fields.get("file")), "reason": error.fields.get("reason"),
                             "message": describe(error, tr)} for error in summary.refused],
                "skipped": [{"file": str(error.fields.get("file")), "reason": error.fields.get("reason"),
                             "message": describe(error, tr)} for error in summary.skipped],
                "warnings": [{"file": file, "warning": warning} for file, warning in summary.warnings],
            }
        )
    else:
        for doc in summary.imported:
            say("imported_document", number=doc.number, name=doc.name, chars=doc.chars)
        for file, warning in summary.warnings:
            warn(cli_line("warning_about_file", tr, file=file, warning=describe_import_warning(warning, tr)))
        say("import_summary", imported=len(summary.imported), skipped=len(summary.skipped),
            refused=len(summary.refused))
    for error in summary.skipped:
        warn(cli_line("skipped", tr, message=describe(error, tr)))
    for error in summary.refused:
        warn(cli_line("refused", tr, message=describe(error, tr)))
    return 1 if summary.refused else 0


def run_docs(options: argparse.Namespace) -> int:
    with _read(options.project) as project:
        found = documents.list_documents(project)
    records = [
        {"number": doc.number, "name": doc.name, "chars": doc.chars, "sha256": doc.sha256,
         "groups": list(doc.groups), "quotations": doc.quotation_count, "format": doc.format,
         "encoding": doc.encoding, "original_name": doc.original_name, "text_sha256": doc.text_sha256,
         "imported_by": doc.imported_by, "imported_at": doc.imported_at}
        for doc in found
    ]
    if options.json:
        write_json(records)
    else:
        write_table(headings("number", "name", "chars", "quotations", "groups"),
                    [[r["number"], r["name"], r["chars"], r["quotations"], ", ".join(r["groups"])] for r in records])
    return 0


def run_text(options: argparse.Namespace) -> int:
    with _read(options.project) as project:
        write_text(documents.document_text(project, options.document))
    return 0


def run_add_code(options: argparse.Namespace) -> int:
    from qda_app.core.errors import CodeNotFound
    from qda_app.services import lookup

    with _write(options.project, options.coder) as project:
        try:
            lookup.code_id(project, options.path)
            existed = True
        except CodeNotFound:
            existed = False
        code = code_service.create_code(
            project, path=options.path, color=options.color, description=options.description
        )
    write_text(f"{code.path}\n")
    if existed:
        updated = bool(options.color or options.description)
        warn(cli_line("code_exists_updated" if updated else "code_exists", tr, path=code.path))
    return 0


def run_codes(options: argparse.Namespace) -> int:
    from qda_app.services import code_duplicates

    if options.merge_duplicates:
        with _write(options.project) as project:
            merged = code_duplicates.merge_duplicate_codes(project)
        for item in merged:
            warn(cli_line("merged_codes", tr, merged=", ".join(f"'{path}'" for path in item.merged), kept=item.kept))
        if not merged:
            warn(cli_line("no_duplicates", tr))
    with _read(options.project) as project:
        codes = code_service.list_codes(project)
        counts = code_service.code_counts(project, coders=options.coder)
        duplicates = code_duplicates.find_duplicate_codes(project)
    for item in duplicates:
        same = ", ".join(f"'{path}'" for path in (item.kept, *item.merged))
        warn(cli_line("same_codes", tr, same=same, project=options.project))
    by_id = {code.id: code for code in codes}
    records = [
        {"path": code.path, "name": code.name,
         "parent": by_id[code.parent_id].path if code.parent_id else None,
         "color": code.color, "description": code.description,
         "groundedness": counts[code.id].groundedness, "density": counts[code.id].density,
         "own_groundedness": counts[code.id].own_groundedness, "guid": code.guid}
        for code in codes
    ]
    if options.json:
        write_json(records)
    else:
        write_table(headings("code", "groundedness", "density", "colour"),
                    [["  " * r["path"].count("::") + r["name"], r["groundedness"], r["density"], r["color"]]
                     for r in records])
    return 0


def quotation_record(quotation: Quotation) -> dict:
    return {"id": quotation.quotation_id, "document": quotation.document_number, "start": quotation.start,
            "end": quotation.end, "text": quotation.text, "codes": list(quotation.codes),
            "coders": list(quotation.coders), "comment": quotation.comment, "created": quotation.created_at,
            "created_by": quotation.created_by, "modified": quotation.modified_at}


def run_code(options: argparse.Namespace) -> int:
    with _write(options.project, options.coder) as project:
        quotation = coding.code_span(
            project, document=options.doc, start=options.start, end=options.end,
            codes=options.codes, coder=options.coder, comment=options.comment,
        )
    if options.json:
        write_json(quotation_record(quotation))
    else:
        write_text(f"{quotation.quotation_id}\n")
    return 0


def run_quotes(options: argparse.Namespace) -> int:
    from qda_app.services.quotation_pages import stream_quotations

    with _read(options.project) as project:
        def found():  # read as printed, one document at a time: memory stays flat on any project
            return stream_quotations(project, codes=options.codes, coders=options.coders,
                                     documents=options.documents, with_subcodes=options.with_subcodes)

        quotations = found()  # an unknown code, coder or document is refused before any output
        if options.json:
            write_json_list(quotation_record(quotation) for quotation in quotations)
        else:
            write_table_stream(headings("id", "codes", "text"), lambda: (
                [q.quotation_id, "; ".join(q.codes), q.text.replace("\n", " ")] for q in found()))
    return 0


def run_attributes(options: argparse.Namespace) -> int:
    from qda_app.services.attributes import import_attributes

    with _write(options.project) as project:
        result = import_attributes(project, options.file)
    if options.json:
        write_json(result.__dict__)
    else:
        say("attributes_set", values=result.values_set, attributes=len(result.attributes),
            documents=result.documents_updated)
    for name in result.unknown_documents:
        warn(cli_line("unknown_document", tr, name=name))
    return 0


def run_demo(options: argparse.Namespace) -> int:
    from qda_app.services.demo import build_demo_project, default_demo_path

    target = Path(options.project) if options.project else default_demo_path()
    if options.project is None and target.exists() and not options.force:
        pass  # the default demo is reused between runs
    else:
        build_demo_project(target, replace=options.force)
        say("demo_written", path=target)
    if options.no_gui:
        return 0
    return open_gui(str(target), language=getattr(options, "lang", None))


def open_gui(project: str | None, language: str | None = None) -> int:
    import os
    import sys

    if project is not None and not Path(project).exists():
        from qda_app.core.errors import ProjectNotFound

        raise ProjectNotFound(path=project)

    headless = (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    )
    if headless:  # Qt would abort with a platform-plugin message; say what to do instead
        warn(cli_line("no_display", tr))
        return 1
    from qda_app.gui.app import run_gui

    return run_gui(project, language)
