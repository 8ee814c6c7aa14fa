"""Verbs that keep a project safe: backup, backups, restore."""

from __future__ import annotations

import argparse

from qda_app.cli.output import write_json, write_table, write_text
from qda_app.services import backups
from qda_app.services.project import Project


def register(verbs: argparse._SubParsersAction) -> None:
    backup = verbs.add_parser("backup", help="take a backup of a project now (kept in PROJECT.backups/)")
    backup.add_argument("project")
    backup.add_argument("--keep", type=int, default=backups.DEFAULT_KEEP, help="how many backups to keep")
    backup.set_defaults(run=run_backup)

    listing = verbs.add_parser("backups", help="list a project's backups, newest first")
    listing.add_argument("project")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_backups)

    restore = verbs.add_parser("restore", help="replace a project by one of its backups")
    restore.add_argument("project")
    restore.add_argument("backup", nargs="?", help="backup file (default: the newest)")
    restore.set_defaults(run=run_restore)


def run_backup(options: argparse.Namespace) -> int:
    with Project.open(options.project, read_only=True) as project:
        taken = backups.backup_project(project, keep=options.keep)
    write_text(f"{taken.path}\n")
    return 0


def run_backups(options: argparse.Namespace) -> int:
    found = backups.list_backups(options.project)
    if options.json:
        write_json([{"path": str(b.path), "taken_at": b.taken_at, "size": b.size} for b in found])
    else:
        write_table(["taken at", "size", "file"], [[b.taken_at, b.size, b.path] for b in found])
    return 0


def run_restore(options: argparse.Namespace) -> int:
    from qda_app.core.errors import InvalidArgument

    chosen = options.backup
    if chosen is None:
        found = backups.list_backups(options.project)
        if not found:
            raise InvalidArgument(name=options.project, reason="has no backups")
        chosen = found[0].path
    kept = backups.restore_backup(options.project, chosen)
    write_text(f"restored {options.project} from {chosen}; the replaced file is kept as {kept}\n")
    return 0
