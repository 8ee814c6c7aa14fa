"""Use cases on documents: import, rename, delete, groups and attributes."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from qda_app.core.errors import ImportRefused, InvalidArgument
from qda_app.core.model import Document
from qda_app.core.numbering import check_name
from qda_app.services import lookup
from qda_app.services.command_names import command_name
from qda_app.services.project import Project
from qda_app.store import documents as document_store
from qda_app.store import groups as group_store
from qda_app.store.database import new_guid, utc_now

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class NewDocument:
    """Everything the store needs for one document, however it arrived."""

    name: str
    text: str
    original_name: str
    original_size: int
    sha256: str
    format: str = "txt"
    encoding: str | None = "utf-8"
    page_starts: tuple[int, ...] = ()
    guid: str | None = None
    imported_at: str | None = None


@dataclass
class ImportSummary:
    imported: list[Document] = field(default_factory=list)
    refused: list[ImportRefused] = field(default_factory=list)
    skipped: list[ImportRefused] = field(default_factory=list)  # duplicates, by choice
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file, warning)
    cancelled: bool = False


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def insert_new_document(project: Project, new: NewDocument, *, groups: Sequence[str] = ()) -> int:
    """Store one document. Call inside an action."""
    db = project.database
    text = unicodedata.normalize("NFC", new.text.replace("\r\n", "\n").replace("\r", "\n"))
    document_id = document_store.insert_document(
        db,
        {
            "guid": new.guid or new_guid(),
            "number": document_store.next_document_number(db),
            "name": check_name(new.name, kind="document"),
            "text": text,
            "chars": len(text),
            "original_name": new.original_name,
            "original_size": new.original_size,
            "sha256": new.sha256,
            "text_sha256": text_digest(text),
            "format": new.format,
            "encoding": new.encoding,
            "page_starts": list(new.page_starts),
            "imported_by": project.coder_id(),
            "imported_at": new.imported_at or utc_now(),
        },
    )
    for group in groups:
        group_store.add_member(db, group_store.ensure_group(db, "document", group), document_id)
    return document_id


def add_text_document(project: Project, *, name: str, text: str, group: str | None = None) -> Document:
    """A document from text typed or pasted in (and for scripts and tests)."""
    if not text.strip():
        raise InvalidArgument(name="text", reason="empty")
    data = text.encode("utf-8")
    new = NewDocument(
        name=name, text=text, original_name=name, original_size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )
    document_id = project.execute(
        command_name("add_document", name=name),
        lambda: insert_new_document(project, new, groups=[group] if group else []),
    )
    return document_store.get_document_by_id(project.database, document_id)


def import_files(
    project: Project,
    paths: Sequence[str | Path],
    *,
    group: str | None = None,
    allow_duplicates: bool = False,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Import files and folders as one action; bad files are refused, the others imported."""
    from qda_app.services.importers import discover, extract

    summary = ImportSummary()
    files, missing = discover([Path(path) for path in paths])
    summary.refused.extend(missing)
    db = project.database
    seen = document_store.content_digests(db)
    ready: list[NewDocument] = []
    for index, path in enumerate(files):
        if is_cancelled is not None and is_cancelled():
            summary.cancelled = True
            return summary
        if progress is not None:
            progress(index, len(files), path.name)
        try:
            extracted = extract(path)
        except ImportRefused as refusal:
            summary.refused.append(refusal)
            continue
        digest = text_digest(extracted.text)
        if not allow_duplicates and (extracted.sha256 in seen or digest in seen):
            summary.skipped.append(
                ImportRefused(file=str(path), reason="duplicate", detail="")
            )
            continue
        seen |= {extracted.sha256, digest}
        summary.warnings.extend((str(path), warning) for warning in extracted.warnings)
        ready.append(
            NewDocument(
                name=Path(extracted.original_name).stem or extracted.original_name,
                text=extracted.text,
                original_name=extracted.original_name,
                original_size=extracted.size,
                sha256=extracted.sha256,
                format=extracted.format,
                encoding=extracted.encoding,
                page_starts=tuple(extracted.page_starts),
            )
        )
    if progress is not None:
        progress(len(files), len(files), "")
    if not ready:
        return summary
    groups = [group] if group else []
    label = (command_name("import_document", name=ready[0].name) if len(ready) == 1
             else command_name("import_documents", count=len(ready)))
    ids = project.execute(label, lambda: [insert_new_document(project, new, groups=groups) for new in ready])
    summary.imported = [document_store.get_document_by_id(db, document_id) for document_id in ids]
    return summary


def list_documents(project: Project) -> list[Document]:
    return document_store.list_documents(project.database)


def document_text(project: Project, number: int) -> str:
    return document_store.get_text(project.database, lookup.document(project, number).id)


def rename_document(project: Project, *, number: int, name: str) -> Document:
    found = lookup.document(project, number)
    cleaned = check_name(name, kind="document")
    project.execute(
        command_name("rename_document", number=number, name=cleaned),
        lambda: document_store.update_document(project.database, found.id, {"name": cleaned}),
    )
    return lookup.document(project, number)


def delete_document(project: Project, *, number: int) -> None:
    """Delete a document with its quotations (undoable); other documents keep their numbers."""
    from qda_app.store import quotations as quotation_store

    found = lookup.document(project, number)
    db = project.database

    def action() -> None:
        for quotation_id in quotation_store.quotation_ids_of_document(db, found.id):
            quotation_store.delete_quotation_row(db, quotation_id)
        document_store.delete_document_row(db, found.id)

    project.execute(command_name("delete_document", number=number, name=found.name), action)


def add_to_group(project: Project, *, numbers: Sequence[int], group: str) -> None:
    name = check_name(group, kind="group")
    ids = [lookup.document(project, number).id for number in numbers]

    def action() -> None:
        group_id = group_store.ensure_group(project.database, "document", name)
        for document_id in ids:
            group_store.add_member(project.database, group_id, document_id)

    project.execute(command_name("add_to_document_group", group=name), action)


def remove_from_group(project: Project, *, numbers: Sequence[int], group: str) -> None:
    group_id = lookup.group_id(project, "document", group)
    ids = [lookup.document(project, number).id for number in numbers]
    project.execute(
        command_name("remove_from_document_group", group=group),
        lambda: [group_store.remove_member(project.database, group_id, document_id) for document_id in ids],
    )


def set_attribute(project: Project, *, number: int, name: str, value: str | None) -> None:
    found = lookup.document(project, number)
    attribute = check_name(name, kind="attribute")
    project.execute(
        command_name("set_attribute", attribute=attribute, number=number),
        lambda: group_store.set_attribute(project.database, found.id, attribute, value),
    )


def document_attributes(project: Project, *, listed: Sequence[Document] | None = None) -> dict[int, dict[str, str]]:
    """Attribute values keyed by document number (``listed``: the documents, when just read)."""
    by_id = group_store.document_attributes(project.database)
    return {doc.number: by_id.get(doc.id, {}) for doc in (list_documents(project) if listed is None else listed)}
