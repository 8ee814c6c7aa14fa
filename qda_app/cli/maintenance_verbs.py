"""Verbs that keep a project safe: backup, backups, restore."""

from __future__ import annotations

import argparse

from qda_app.cli.done_lines import say
from qda_app.cli.headings import headings
from qda_app.cli.output import write_json, write_table, write_text
from qda_app.services import backups
from qda_app.services.project import Project


def register(verbs: argparse._SubParsersAction) -> None:
    backup = verbs.add_parser("backup", help="take a backup of a project now (kept in PROJECT.backups/)")
    backup.add_argument("project")
    backup.add_argument("--keep", type=int, default=backups.DEFAULT_KEEP,
                        help="how many backups to keep, 1 or more (the new one is always kept)")
    backup.set_defaults(run=run_backup)

    listing = verbs.add_parser("backups", help="list a project's backups, newest first")
    listing.add_argument("project")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_backups)

    restore = verbs.add_parser("restore", help="replace a project by one of its backups (the replaced state is "
                               "kept as PROJECT.before-restore-N)")
    restore.add_argument("project")
    restore.add_argument("backup", nargs="?", help="backup file (default: the newest)")
    restore.set_defaults(run=run_restore)

    hide = verbs.add_parser(
        "pseudonymise", help="write a copy of a project with names replaced in every document"
    )
    hide.add_argument("project")
    hide.add_argument("-o", "--output", required=True, help="the pseudonymised copy (.qdaproj)")
    hide.add_argument("--replace", action="append", default=[], metavar="NAME=PSEUDONYM",
                      help="repeatable, e.g. --replace 'Juan Pérez=E01'")
    hide.add_argument("--names-file", help="CSV file with two columns: name, pseudonym")
    hide.add_argument("--coder-names", action="store_true", help="replace the names in the coders' names too")
    hide.add_argument("--substrings", action="store_true",
                      help="replace names inside longer words as well (default: whole words only)")
    hide.set_defaults(run=run_pseudonymise)


def run_backup(options: argparse.Namespace) -> int:
    from qda_app.core.errors import InvalidArgument

    if options.keep < 1:  # checked before the project is even opened
        raise InvalidArgument(name="--keep", reason="at_least_one", value=options.keep)
    with Project.open(options.project, read_only=True) as project:
        taken = backups.backup_project(project, keep=options.keep)
    write_text(f"{taken.path}\n")
    return 0


def run_backups(options: argparse.Namespace) -> int:
    found = backups.list_backups(options.project)
    if options.json:
        write_json([{"path": str(b.path), "taken_at": b.taken_at, "size": b.size} for b in found])
    else:
        write_table(headings("taken_at", "size", "file"), [[b.taken_at, b.size, b.path] for b in found])
    return 0


def run_restore(options: argparse.Namespace) -> int:
    from qda_app.core.errors import InvalidArgument

    chosen = options.backup
    if chosen is None:
        found = backups.list_backups(options.project)
        if not found:
            raise InvalidArgument(name=options.project, reason="no_backups")
        chosen = found[0].path
    kept = backups.restore_backup(options.project, chosen)
    say("restored", project=options.project, backup=chosen, kept=kept)
    return 0


def _replacements(options: argparse.Namespace) -> dict[str, str]:
    import csv

    from qda_app.core.errors import InvalidArgument

    pairs: dict[str, str] = {}
    for item in options.replace:
        name, separator, pseudonym = item.partition("=")
        if not separator or not name.strip():
            raise InvalidArgument(name="--replace", reason="not_name_pseudonym", value=item)
        pairs[name.strip()] = pseudonym.strip()
    if options.names_file:
        from qda_app.services.atomic_files import check_input

        check_input(options.names_file)
        with open(options.names_file, encoding="utf-8-sig", newline="") as handle:
            for row in csv.reader(handle):
                if len(row) >= 2 and row[0].strip():
                    pairs[row[0].strip()] = row[1].strip()
    return pairs


def run_pseudonymise(options: argparse.Namespace) -> int:
    from qda_app.services.pseudonymise import write_pseudonymised_copy

    replacements = _replacements(options)
    summary = write_pseudonymised_copy(options.project, options.output, replacements=replacements,
                                       whole_words=not options.substrings, coder_names=options.coder_names)
    say("pseudonymised", path=options.output, replacements=summary.replacements,
        documents=summary.documents_changed, fields=summary.fields_changed, quotations=summary.quotations_moved)
    return 0
