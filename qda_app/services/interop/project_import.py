"""A new qda_app project from a REFI-QDA ``.qdpx`` file (the reverse of project_export).

The project is built in a temporary file beside the target, in one action, and renamed into
place only when everything succeeded: an import that fails for any reason (or would lose
anything the file holds and was not allowed to) leaves no project behind. The file is read
as a stream (refi_stream): each source is written as soon as it is read, so memory stays flat
however large the project; a file that puts its users or codes after its sources is read
whole instead (read_qdpx). GUIDs of coders, documents, codes, quotations, codings, memos,
groups and relations are kept. PDF, picture, audio and video sources become text documents
when the file carries text for them (media_sources: Representation, TextDescription,
Transcripts); those without any cannot, and the reader lists each of them in the report
(``non_text_source``), as it lists what a text document has no place for (``not_carried``).
"""

from __future__ import annotations

import os
from os import PathLike
from pathlib import Path

from qda_app.core.errors import ProjectExists, ProjectNotFound
from qda_app.services.atomic_files import (
    check_input,
    check_target,
    place,
    remove_with_companions,
    sweep_leftovers,
    temporary_name,
)
from qda_app.services.command_names import command_name
from qda_app.services.interop.import_builder import ImportBuilder as _Builder
from qda_app.services.interop.import_losses import ImportWouldLoseData, losses
from qda_app.services.interop.refi_model import ImportReport, RefiProject
from qda_app.services.interop.refi_reader import DEFAULT_LIMITS, ReadLimits, read_qdpx
from qda_app.services.interop.refi_stream import OutOfOrder, peek_head, stream_qdpx
from qda_app.services.project import Project
from qda_app.store import interop_queries as queries
from qda_app.store.durable import flush_to_disk

__all__ = ["import_project"]

# The new file's page cache. Its GUID indexes are written in random order, and with SQLite's
# default 2 MB cache a 200,000-quotation import took 4.4 times the CPU of a 50,000 one (3.9
# times with this); a fixed amount, so memory stays flat in the project's size.
IMPORT_PAGE_CACHE_MB = 64


def import_project(qdpx_path: str | PathLike[str], project_path: str | PathLike[str], *,
                   coder: str | None = None,
                   limits: ReadLimits = DEFAULT_LIMITS,
                   accept_losses: bool = False) -> ImportReport:
    """Create ``project_path`` from ``qdpx_path``; the report says what was adapted or left out.

    A file whose import would leave anything out is refused (``ImportWouldLoseData``, listing
    every loss, nothing written) unless ``accept_losses``.
    """
    target = Path(project_path)
    check_input(Path(qdpx_path))
    if os.path.lexists(target):
        raise ProjectExists(path=str(target))
    if not target.parent.is_dir():
        raise ProjectNotFound(path=str(target.parent))
    check_target(target, overwrite=False)
    sweep_leftovers(target.parent)
    temporary = temporary_name(target, "importing")
    try:
        try:
            report = _build(Path(qdpx_path), temporary, coder=coder, limits=limits,
                            accept_losses=accept_losses, streamed=True, name=target.stem)
        except OutOfOrder:
            # Users or codes after the sources: this file can only be read whole.
            remove_with_companions(temporary)
            report = _build(Path(qdpx_path), temporary, coder=coder, limits=limits,
                            accept_losses=accept_losses, streamed=False, name=target.stem)
        if os.path.lexists(target):  # appeared while we were importing: never overwrite
            raise ProjectExists(path=str(target))
        with open(temporary, "rb+") as written:
            flush_to_disk(written.fileno())
        place(temporary, target, overwrite=False)
    finally:
        remove_with_companions(temporary)
    return report


class _Refused(Exception):
    """Raised inside the import's action so that its transaction rolls back."""

    def __init__(self, report: ImportReport, lost: list) -> None:
        super().__init__("would lose data")
        self.report = report
        self.lost = lost


def _build(qdpx_path: Path, temporary: Path, *, coder: str | None, limits: ReadLimits,
           accept_losses: bool, streamed: bool, name: str) -> ImportReport:
    """Fill ``temporary`` from the file, in one action; refused (nothing kept) on losses.

    Streamed, each source is written as soon as it is read and the losses are known only at
    the end of the file: refusing then rolls the action back, as a whole read refuses before
    writing. ``name``: the project's name when the file gives none.
    """
    try:
        if streamed:
            return _build_streamed(qdpx_path, temporary, coder=coder, limits=limits,
                                   accept_losses=accept_losses, name=name)
        model, report = read_qdpx(qdpx_path, limits=limits)
        _check_losses(model, report, accept_losses)
        project = _create(temporary, model, coder=coder, name=name)
        builder = _Builder(project, report)

        def action() -> None:
            builder.start(model.users, model.codes)
            for source in model.sources:
                builder.add_source(source)
            _check_losses(model, report, accept_losses)  # with the builder's findings
            builder.finish(model, {selection.guid: selection.note_refs
                                   for source in model.sources
                                   for selection in source.selections if selection.note_refs})

        _run(project, qdpx_path, action)
        return report
    except _Refused as refused:
        raise ImportWouldLoseData(file=str(qdpx_path), report=refused.report,
                                  lost=refused.lost) from None


def _build_streamed(qdpx_path: Path, temporary: Path, *, coder: str | None,
                    limits: ReadLimits, accept_losses: bool, name: str) -> ImportReport:
    project = _create(temporary, peek_head(qdpx_path, limits=limits), coder=coder, name=name)
    builder = _Builder(project, ImportReport())

    def action() -> None:
        streamed, report = stream_qdpx(qdpx_path, begin=builder.start,
                                       add_source=builder.add_source, limits=limits)
        # The builder's findings so far (merged codes, empty selections) join the reader's.
        report.entries.extend(builder.report.entries)
        builder.report = report
        _check_losses(streamed.model, report, accept_losses)
        builder.finish(streamed.model, streamed.selection_notes)

    _run(project, qdpx_path, action)
    return builder.report


def _create(temporary: Path, head: RefiProject, *, coder: str | None, name: str) -> Project:
    project = Project.create(temporary, coder=coder or _importing_coder(head),
                             name=head.name or name, program="qda-app (REFI-QDA import)")
    queries.set_page_cache(project.database, IMPORT_PAGE_CACHE_MB)
    queries.write_once_until_closed(project.database)  # half the writes of a 200 MB project
    return project


def _run(project: Project, qdpx_path: Path, action: object) -> None:
    try:
        project.execute(command_name("import_project", file=qdpx_path.name), action, bulk=True)  # type: ignore[arg-type]
        queries.back_to_write_ahead_log(project.database)
    finally:
        project.close()


def _check_losses(model: RefiProject, report: ImportReport, accept_losses: bool) -> None:
    report.origin = model.origin
    report.names.update({source.guid: source.name for source in model.sources})
    report.names.update({code.guid: code.name for code in model.all_codes()})
    report.names.update({str(entry.fields["source"]): str(entry.fields["name"]) for entry in report.entries
                         if entry.kind == "dropped_source" and entry.fields.get("name")})
    lost = losses(report)
    if lost and not accept_losses:
        raise _Refused(report, lost)


def _importing_coder(model: RefiProject) -> str | None:
    """The file's creating user (else its first user) becomes the project's coder."""
    by_guid = {user.guid: user.name for user in model.users}
    name = by_guid.get(model.creating_user_guid or "") or (model.users[0].name if model.users else "")
    return name.strip() or None

