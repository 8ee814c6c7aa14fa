"""A qda_app project as REFI-QDA: ``.qdpx`` (everything) or ``.qdc`` (the code system).

Mapping (the import module reverses it):
coders -> Users; code tree -> CodeBook (colours upper-cased, empty definitions left out;
codes that came from another program keep its ``isCodable`` and, if it gave none, stay
without a colour; codes made here are ``isCodable="false"`` only as categories that hold
no codings of their own); code and
document groups -> Sets; documents -> TextSources (text byte-identical, UTF-8, creator and
date of the import) in number order; quotations -> PlainTextSelections in quotation-number
order (code-point offsets, quoted text as ``name``, comment as Description); each coding
(quotation x code x coder) -> its own Coding with that coder and date; memos -> Notes,
linked by NoteRefs from the project, source, code or selection; attributes -> Variables
plus one Case per document; code relations and quotation links -> Links, networks -> Graphs
(``analysis_exchange``).
A document's memos are also written, joined, as its source's Description (QualCoder shows
that as the file memo and ignores Notes referenced from a source; our import recognises it).
Not carried (the schema has no place): representative marks, empty groups, who created a
code and when, the original file's provenance. Each is listed in the returned report.
Documents are read from the project one at a time while the file is written (SourceStream),
so memory does not grow with the project.
"""

from __future__ import annotations

import functools
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timezone
from os import PathLike
from pathlib import Path

from qda_app import __version__
from qda_app.services.interop import quotation_ids
from qda_app.services.interop.analysis_exchange import add_analysis
from qda_app.services.interop.refi_model import (
    ImportReport,
    RefiCase,
    RefiCode,
    RefiCodebook,
    RefiCoding,
    RefiLink,
    RefiNote,
    RefiProject,
    RefiSelection,
    RefiSet,
    RefiSource,
    RefiUser,
    RefiVariable,
)
from qda_app.core.errors import ExportFailed, InteropError
from qda_app.services.atomic_files import check_target
from qda_app.services.interop.refi_writer import SourceStream, write_qdc, write_qdpx
from qda_app.services.project import Project
from qda_app.store import excerpts as excerpt_store
from qda_app.store import coders as coder_store
from qda_app.store import groups as group_store
from qda_app.store import interop_queries as queries

__all__ = ["export_project", "export_codebook", "build_refi_project", "build_refi_codebook",
           "parse_stored_datetime"]

ORIGIN = f"qda_app {__version__}"


@functools.lru_cache(maxsize=8192)  # tens of thousands of rows share a few timestamps
def parse_stored_datetime(value: str | None) -> datetime | None:
    """Our stored ``...Z`` strings as aware UTC datetimes with whole seconds."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc).replace(microsecond=0)


def _optional(text: str | None) -> str | None:
    return text if text else None


def source_description(memo_texts: list[str]) -> str | None:
    """A document's memos as the Description of its source: their texts, a blank line apart."""
    joined = "\n\n".join(text.strip() for text in memo_texts if text.strip())
    return joined or None


class _MemoRefs:
    """Which memo GUIDs hang on which target, in link order."""

    def __init__(self, project: Project) -> None:
        db = project.database
        self.memos = queries.memo_records(db)
        guid_of = {memo.id: memo.guid for memo in self.memos}
        self._by_target: dict[tuple[str, int | None], list[str]] = defaultdict(list)
        for memo_id, target_type, target_id in queries.memo_link_rows(db):
            self._by_target[(target_type, target_id)].append(guid_of[memo_id])

    def of(self, target_type: str, target_id: int | None) -> tuple[str, ...]:
        return tuple(self._by_target.get((target_type, target_id), ()))


def _code_tree(codes: list[queries.CodeRecord], *, memos: _MemoRefs | None) -> tuple[RefiCode, ...]:
    children: dict[int | None, list[queries.CodeRecord]] = defaultdict(list)
    for code in codes:  # siblings arrive in their sort order
        children[code.parent_id].append(code)

    def build(code: queries.CodeRecord) -> RefiCode:
        kids = tuple(build(child) for child in children.get(code.id, ()))
        if code.coded:  # a code with codings of its own must be codable or they are invalid
            codable = True
        elif code.is_codable is not None:  # as the program it came from said
            codable = bool(code.is_codable)
        else:  # made here: a category that only gathers sub-codes
            codable = not kids
        shown_only = code.color_assigned or not code.color
        return RefiCode(
            guid=code.guid, name=code.name, color=None if shown_only else code.color.upper(),
            description=_optional(code.description), is_codable=codable,
            children=kids, note_refs=memos.of("code", code.id) if memos else ())

    return tuple(build(code) for code in children.get(None, ()))


def _code_sets(project: Project, guid_of_code: dict[int, str]) -> list[RefiSet]:
    return [RefiSet(guid=group.guid, name=group.name,
                    member_codes=tuple(guid_of_code[member] for member in group.members
                                       if member in guid_of_code))
            for group in group_store.list_groups(project.database, "code") if group.members]


def build_refi_codebook(project: Project) -> RefiCodebook:
    codes = queries.code_records(project.database)
    guid_of_code = {code.id: code.guid for code in codes}
    return RefiCodebook(codes=_code_tree(codes, memos=None),
                        sets=tuple(_code_sets(project, guid_of_code)), origin=ORIGIN)


def _selections_of(project: Project, document_id: int, text: str, memos: _MemoRefs,
                   guid_of_code: dict[int, str]) -> tuple[RefiSelection, ...]:
    """One document's selections in quotation-number order, each named by its quoted text."""
    db = project.database
    codings: dict[int, list[RefiCoding]] = defaultdict(list)
    for record in queries.coding_records_of(db, document_id):
        codings[record.quotation_id].append(RefiCoding(
            guid=record.guid, code_guid=guid_of_code[record.code_id],
            creator_guid=record.coder_guid, created=parse_stored_datetime(record.created_at)))
    return tuple(RefiSelection(
        guid=quotation.guid, name=text[quotation.start:quotation.end],
        start=quotation.start, end=quotation.end, creator_guid=quotation.creator_guid,
        created=parse_stored_datetime(quotation.created_at),
        modified=parse_stored_datetime(quotation.modified_at),
        description=_optional(quotation.comment),
        codings=tuple(codings.get(quotation.id, ())),
        note_refs=memos.of("quotation", quotation.id))
        for quotation in queries.quotation_records_of(db, document_id))


def _source_stream(project: Project, documents: list[queries.DocumentRecord], memos: _MemoRefs,
                   guid_of_code: dict[int, str]) -> SourceStream:
    """Documents as sources, read from the project one at a time as the writer asks."""
    db = project.database
    memo_text = {memo.guid: memo.text for memo in memos.memos}

    def read() -> Iterator[RefiSource]:
        for document in documents:
            text = queries.document_text(db, document.id)
            document_memos = memos.of("document", document.id)
            yield RefiSource(
                guid=document.guid, name=document.name, text=text,
                # Programs that show a document's memo from its Description (QualCoder's file
                # memo, which drops Notes referenced from a source) get it there too; our
                # import recognises the repetition.
                description=source_description([memo_text[guid] for guid in document_memos]),
                creator_guid=document.imported_by_guid,
                created=parse_stored_datetime(document.imported_at),
                selections=_selections_of(project, document.id, text, memos, guid_of_code),
                note_refs=document_memos)

    def texts() -> Iterator[tuple[str, str]]:
        for document in documents:
            yield document.guid, queries.document_text(db, document.id)

    return SourceStream(guids=tuple(document.guid for document in documents), read=read,
                        texts=texts)


def _id_table_note(project: Project, documents: list[queries.DocumentRecord]) -> RefiNote | None:
    """The note carrying D:Q numbers when file order alone would not give them back."""
    db = project.database
    spans = queries.quotation_number_spans(db)
    if not documents or not quotation_ids.needs_table(documents=[
            (document.number, document.next_quotation_number,
             *spans.get(document.id, (0, 0, 0))) for document in documents]):
        return None
    text = quotation_ids.format_rows(
        ((document.guid, (document.number, document.next_quotation_number))
         for document in documents), queries.quotation_numbers(db))
    return RefiNote(guid=quotation_ids.note_guid(documents[0].guid),
                    name=quotation_ids.NOTE_NAME, text=text,
                    created=parse_stored_datetime(coder_store.get_setting(db, "created_at")))


def _variables(project: Project, document_guid: dict[int, tuple[str, str]]
               ) -> tuple[tuple[RefiVariable, ...], tuple[RefiCase, ...]]:
    db = project.database
    attributes = queries.attribute_records(db)
    guid_of = {attribute.id: attribute.guid for attribute in attributes}
    values: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for document_id, attribute_id, value in queries.attribute_values(db):
        values[document_id].append((guid_of[attribute_id], value))
    variables = tuple(RefiVariable(guid=attribute.guid, name=attribute.name,
                                   type_of_variable="Text") for attribute in attributes)
    # One named Case per document, as Atlas.ti and NVivo expect; its GUID derives from the
    # document's so that repeated exports are identical.
    cases = tuple(RefiCase(guid=str(uuid.uuid5(uuid.NAMESPACE_URL, "qda_app:case:" + guid)),
                           name=name, variable_values=tuple(values[document_id]),
                           source_refs=(guid,))
                  for document_id, (guid, name) in document_guid.items() if values.get(document_id))
    return variables, cases


def build_refi_project(project: Project) -> tuple[RefiProject, ImportReport]:
    """The model of ``project`` and a report of what REFI-QDA cannot carry."""
    model, sources, report = _project_parts(project)
    return replace(model, sources=tuple(sources.read())), report


def _project_parts(project: Project) -> tuple[RefiProject, SourceStream, ImportReport]:
    """The model without its sources, the sources to read one at a time, and the report."""
    db = project.database
    report = ImportReport(file=str(project.path))
    memos = _MemoRefs(project)
    codes = queries.code_records(db)
    guid_of_code = {code.id: code.guid for code in codes}
    documents = queries.document_heads(db)
    notes = [RefiNote(guid=memo.guid, name=memo.title, text=memo.text,
                      creator_guid=memo.author_guid, created=parse_stored_datetime(memo.created_at),
                      modified=parse_stored_datetime(memo.modified_at)) for memo in memos.memos]
    table = _id_table_note(project, documents)
    if table is not None:
        notes.append(table)
        report.add("info", "id_table", documents=len(documents))
    sets = _code_sets(project, guid_of_code)
    guid_of_document = {document.id: document.guid for document in documents}
    sets += [RefiSet(guid=group.guid, name=group.name,
                     member_sources=tuple(guid_of_document[member] for member in group.members
                                          if member in guid_of_document))
             for group in group_store.list_groups(db, "document") if group.members]
    variables, cases = _variables(project, {document.id: (document.guid, document.name)
                                            for document in documents})
    _report_losses(project, report)
    links: tuple[RefiLink, ...] = ()  # relations and quotation links: add_analysis, below
    coders = coder_store.list_coders(db)
    current = coder_store.find_coder(db, project.coder)
    model = RefiProject(
        name=project.name, origin=ORIGIN,
        creating_user_guid=current.guid if current else None,
        creation_date_time=parse_stored_datetime(coder_store.get_setting(db, "created_at")),
        users=tuple(RefiUser(guid=coder.guid, name=coder.name) for coder in coders),
        codes=_code_tree(codes, memos=memos), variables=variables, cases=cases,
        notes=tuple(notes), sets=tuple(sets),
        description=_optional(coder_store.get_setting(db, "description")),
        note_refs=memos.of("project", None), links=links)
    model = add_analysis(project, model)
    quotations, codings = queries.exchange_counts(db)
    report.summary = {"documents": len(documents), "codes": len(codes),
                      "quotations": quotations, "codings": codings,
                      "coders": len(coders), "memos": len(memos.memos),
                      "relations": len(model.links)}
    return model, _source_stream(project, documents, memos, guid_of_code), report


def _report_losses(project: Project, report: ImportReport) -> None:
    db = project.database
    marks = queries.representative_count(db)
    if marks:
        report.add("warning", "not_exported", what="representatives", count=marks)
    excerpts = len(excerpt_store.all_excerpts(db))
    if excerpts:
        report.add("warning", "not_exported", what="excerpts", count=excerpts)
    for kind, name in queries.empty_group_names(db):
        report.add("info", "not_exported", what="empty_group", kind=kind, name=name)


def export_project(project: Project, path: str | PathLike[str]) -> ImportReport:
    """Write ``project`` as a .qdpx; the report lists what the format could not hold."""
    _check_destination(path)  # a project or an existing file is refused before the work
    model, sources, report = _project_parts(project)
    report.file = str(Path(path))
    write_qdpx(model, path, sources=sources)
    return report


def _check_destination(path: str | PathLike[str]) -> None:
    try:
        check_target(Path(path))
    except ExportFailed as error:
        # A refused destination keeps its problem and fields (services/output_problems.py).
        extra = {key: value for key, value in error.fields.items() if key not in ("file", "reason", "detail")}
        raise InteropError(file=str(error.fields.get("file")), reason="write_failed",
                           detail=error.fields.get("detail"), **extra) from error


def export_codebook(project: Project, path: str | PathLike[str]) -> ImportReport:
    _check_destination(path)
    codebook = build_refi_codebook(project)
    write_qdc(codebook, path)
    report = ImportReport(file=str(Path(path)))
    report.summary = {"codes": len(codebook.all_codes()), "groups": len(codebook.sets)}
    return report
