"""Merging a coder's copy of the project back into the lead's project.

Identity rules (so merging the same copy twice changes nothing):

* coders by GUID, then by name; codes by GUID, then by path; documents by their text's sha256
  (the same GUID with other text is a conflict, see below); quotations, codings, memos and code
  relations by GUID - one whose GUID exists already is the same one and is left as it is.

Conflicts are resolved by rules the report states, never by dropping anything:

* a document with the lead's GUID but other text is added as a new document
  "<name> (from <coder or file>)" and the copy's quotations on it attach there;
* a code with the lead's GUID but another path keeps the lead's name; the other path is reported;
* a quotation whose number is taken in its document by a different quotation gets the
  document's next number; every such renumbering is reported, because papers cite D:Q.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qda_app.core.errors import MergeError, QdaError
from qda_app.core.model import Code, Document
from qda_app.services.documents import NewDocument, insert_new_document
from qda_app.services.project import Project
from qda_app.store import codes as code_store
from qda_app.store import coders as coder_store
from qda_app.store import documents as document_store
from qda_app.store import groups as group_store
from qda_app.store import memos as memo_store
from qda_app.store import quotations as quotation_store
from qda_app.store import relations as relation_store
from qda_app.store import team_queries
from qda_app.store.database import ProjectDatabase, new_guid, utc_now
from qda_app.store.opening import open_database


@dataclass(frozen=True)
class DocumentConflict:
    guid: str
    name: str
    lead_number: int
    other_number: int
    added_number: int
    added_name: str


@dataclass(frozen=True)
class CodeRename:
    guid: str
    kept_path: str
    other_path: str


@dataclass(frozen=True)
class Renumbering:
    guid: str
    other_id: str  # D:Q in the merged copy
    new_id: str  # D:Q in this project


@dataclass(frozen=True)
class SpanDifference:
    """A quotation both sides have (same GUID) whose boundaries differ; the lead's are kept."""

    quotation_id: str
    kept: tuple[int, int]
    other: tuple[int, int]


@dataclass
class MergeReport:
    file: str
    coders_added: list[str] = field(default_factory=list)
    codes_added: list[str] = field(default_factory=list)
    code_renames: list[CodeRename] = field(default_factory=list)
    documents_matched: int = 0
    documents_added: list[tuple[int, int, str]] = field(default_factory=list)  # other no., new no., name
    document_conflicts: list[DocumentConflict] = field(default_factory=list)
    quotations_added: int = 0
    quotations_present: int = 0
    renumbered: list[Renumbering] = field(default_factory=list)
    span_differences: list[SpanDifference] = field(default_factory=list)
    codings_added: int = 0
    codings_present: int = 0
    memos_added: int = 0
    memos_present: int = 0
    relations_added: int = 0
    representatives_added: int = 0

    @property
    def changed(self) -> bool:
        return bool(
            self.coders_added or self.codes_added or self.documents_added or self.document_conflicts
            or self.quotations_added or self.codings_added or self.memos_added or self.relations_added
            or self.representatives_added
        )

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "changed": self.changed,
            "coders_added": self.coders_added,
            "codes_added": self.codes_added,
            "code_renames": [
                {"guid": item.guid, "kept_path": item.kept_path, "other_path": item.other_path,
                 "rule": "kept the lead's name"} for item in self.code_renames
            ],
            "documents_matched": self.documents_matched,
            "documents_added": [
                {"other_number": other, "number": number, "name": name} for other, number, name in self.documents_added
            ],
            "document_conflicts": [
                {"guid": item.guid, "name": item.name, "lead_number": item.lead_number,
                 "other_number": item.other_number, "added_number": item.added_number,
                 "added_name": item.added_name,
                 "rule": "the copy's text was added as a new document; its quotations attach there"}
                for item in self.document_conflicts
            ],
            "quotations_added": self.quotations_added,
            "quotations_present": self.quotations_present,
            "renumbered": [{"guid": item.guid, "from": item.other_id, "to": item.new_id} for item in self.renumbered],
            "span_differences": [
                {"quotation": item.quotation_id, "kept": list(item.kept), "other": list(item.other)}
                for item in self.span_differences
            ],
            "codings_added": self.codings_added,
            "codings_present": self.codings_present,
            "memos_added": self.memos_added,
            "memos_present": self.memos_present,
            "relations_added": self.relations_added,
            "representatives_added": self.representatives_added,
        }


def merge_project(project: Project, *, other: str | Path) -> MergeReport:
    """Merge another copy of the project into ``project`` as one undoable action."""
    path = Path(other)
    if path.resolve() == project.path.resolve():
        raise MergeError(file=str(path), detail="a project cannot be merged into itself")
    try:
        source = open_database(path, read_only=True)
    except QdaError as error:
        raise MergeError(file=str(path), detail=str(error)) from error
    try:
        report = MergeReport(file=str(path))
        project.execute(f"Merge {path.name}", lambda: _Merger(project, source, report, path).run())
        return report
    finally:
        source.close()


class _Merger:
    """One merge: maps the copy's row ids to this project's, table by table, parents first."""

    def __init__(self, project: Project, source: ProjectDatabase, report: MergeReport, path: Path) -> None:
        self.project = project
        self.db = project.database
        self.source = source
        self.report = report
        self.path = path
        self.coders: dict[str, int] = {}  # the copy's coder name -> local id
        self.codes: dict[int, int] = {}
        self.documents: dict[int, int] = {}
        self.document_numbers: dict[int, int] = {}  # local id -> number
        self.quotations: dict[int, int] = {}

    def run(self) -> None:
        self._merge_coders()
        self._merge_codes()
        self._merge_documents()
        self._merge_quotations()
        self._merge_codings()
        self._merge_memos()
        self._merge_relations_and_marks()

    # --- coders and codes ----------------------------------------------------------------

    def _merge_coders(self) -> None:
        for coder in coder_store.list_coders(self.source):
            found = coder_store.find_coder_by_guid(self.db, coder.guid) or coder_store.find_coder(self.db, coder.name)
            if found is None:
                self.coders[coder.name] = coder_store.insert_coder(
                    self.db, coder.name, guid=coder.guid, created_at=coder.created_at
                )
                self.report.coders_added.append(coder.name)
            else:
                self.coders[coder.name] = found.id

    def _coder(self, name: str | None) -> int | None:
        return self.coders.get(name) if name else None

    def _merge_codes(self) -> None:
        local_paths = {code.id: code.path for code in code_store.list_codes(self.db)}
        for code in code_store.list_codes(self.source):  # tree order: parents come first
            local = code_store.find_by_guid(self.db, code.guid)
            if local is not None:
                if local_paths.get(local, code.path).casefold() != code.path.casefold():
                    self.report.code_renames.append(CodeRename(code.guid, local_paths[local], code.path))
                self.codes[code.id] = local
                continue
            parent = self.codes.get(code.parent_id) if code.parent_id else None
            local = code_store.find_child(self.db, parent, code.name)
            if local is None:
                local = self._insert_code(code, parent)
                self.report.codes_added.append(code.path)
            self.codes[code.id] = local

    def _insert_code(self, code: Code, parent: int | None) -> int:
        row = code_store.get_code_row(self.source, code.id)
        return code_store.insert_code(
            self.db,
            {
                "guid": code.guid, "parent_id": parent, "name": code.name, "color": code.color,
                "description": code.description, "sort_order": code_store.next_sort_order(self.db, parent),
                "created_by": self._coder(code.created_by), "created_at": code.created_at,
                "modified_at": row["modified_at"],
            },
        )

    # --- documents -------------------------------------------------------------------------

    def _merge_documents(self) -> None:
        attributes = group_store.document_attributes(self.source)
        for document in document_store.list_documents(self.source):
            same_text = document_store.find_by_text_sha256(self.db, document.text_sha256)
            if same_text is not None:
                self._map_document(document.id, same_text)
                self.report.documents_matched += 1
                continue
            same_guid = document_store.find_by_guid(self.db, document.guid)
            if same_guid is None:
                added = self._add_document(document, name=document.name, guid=document.guid,
                                           attributes=attributes.get(document.id, {}))
                self.report.documents_added.append((document.number, added.number, added.name))
            else:
                label = self._origin_label()
                added = self._add_document(document, name=f"{document.name} (from {label})", guid=new_guid(),
                                           attributes=attributes.get(document.id, {}))
                self.report.document_conflicts.append(
                    DocumentConflict(document.guid, document.name, same_guid.number, document.number,
                                     added.number, added.name)
                )

    def _origin_label(self) -> str:
        owner = coder_store.get_setting(self.source, "last_coder")
        return owner or self.path.stem

    def _map_document(self, other_id: int, local: Document) -> None:
        self.documents[other_id] = local.id
        self.document_numbers[local.id] = local.number

    def _add_document(self, document: Document, *, name: str, guid: str, attributes: dict[str, str]) -> Document:
        text = document_store.get_text(self.source, document.id)
        new = NewDocument(
            name=name, text=text, original_name=document.original_name, original_size=document.original_size,
            sha256=document.sha256, format=document.format, encoding=document.encoding,
            page_starts=document.page_starts, guid=guid, imported_at=document.imported_at,
        )
        local_id = insert_new_document(self.project, new, groups=document.groups)
        for attribute, value in attributes.items():
            group_store.set_attribute(self.db, local_id, attribute, value)
        local = document_store.get_document_by_id(self.db, local_id)
        self._map_document(document.id, local)
        return local

    # --- quotations and codings --------------------------------------------------------------

    def _merge_quotations(self) -> None:
        for quotation in quotation_store.list_quotations(self.source):
            local = team_queries.id_by_guid(self.db, "quotations", quotation.guid)
            if local is not None:
                self.quotations[quotation.id] = local
                self.report.quotations_present += 1
                _, start, end = team_queries.quotation_span(self.db, local)
                if (start, end) != (quotation.start, quotation.end):
                    row = quotation_store.get_quotation_row(self.db, local)
                    label = f"{self.document_numbers.get(row['document_id'], '?')}:{row['number']}"
                    self.report.span_differences.append(
                        SpanDifference(label, (start, end), (quotation.start, quotation.end))
                    )
                continue
            document_id = self.documents[quotation.document_id]
            number = quotation.number
            if quotation_store.find_by_number(self.db, document_id, number) is None:
                team_queries.raise_next_quotation_number(self.db, document_id, number + 1)
            else:
                number = document_store.take_quotation_number(self.db, document_id)
                self.report.renumbered.append(
                    Renumbering(quotation.guid, quotation.quotation_id,
                                f"{self.document_numbers[document_id]}:{number}")
                )
            self.quotations[quotation.id] = quotation_store.insert_quotation(
                self.db,
                {
                    "guid": quotation.guid, "document_id": document_id, "number": number,
                    "start": quotation.start, "end": quotation.end,
                    "created_by": self._coder(quotation.created_by), "created_at": quotation.created_at,
                    "modified_at": quotation.modified_at, "comment": quotation.comment,
                },
            )
            self.report.quotations_added += 1

    def _merge_codings(self) -> None:
        for coding in quotation_store.list_codings(self.source):
            if team_queries.id_by_guid(self.db, "codings", coding.guid) is not None:
                self.report.codings_present += 1
                continue
            values = {
                "quotation_id": self.quotations[coding.quotation_id], "code_id": self.codes[coding.code_id],
                "coder_id": self.coders[coding.coder],
            }
            if team_queries.coding_exists(self.db, **values):
                # The same fact recorded twice under two GUIDs (e.g. both sides coded it): one suffices.
                self.report.codings_present += 1
                continue
            quotation_store.insert_coding(self.db, {"guid": coding.guid, **values, "created_at": coding.created_at})
            self.report.codings_added += 1

    # --- memos, relations, representative marks --------------------------------------------------

    def _merge_memos(self) -> None:
        targets = {"document": self.documents, "code": self.codes, "quotation": self.quotations}
        for memo in memo_store.list_memos(self.source):
            if team_queries.id_by_guid(self.db, "memos", memo.guid) is not None:
                self.report.memos_present += 1
                continue
            memo_id = memo_store.insert_memo(
                self.db,
                {"guid": memo.guid, "title": memo.title, "text": memo.text, "author_id": self._coder(memo.author),
                 "created_at": memo.created_at, "modified_at": memo.modified_at},
            )
            for link in memo.links:
                target = None if link.target_type == "project" else targets[link.target_type][link.target_id]
                memo_store.link_memo(self.db, memo_id, link.target_type, target)
            self.report.memos_added += 1

    def _merge_relations_and_marks(self) -> None:
        for relation in code_store.list_relations(self.source):
            source_id, target_id = self.codes[relation.source_code_id], self.codes[relation.target_code_id]
            type_id = relation_store.ensure_relation_type_like(
                self.db, relation_store.get_relation_type(self.source, relation.type_id))
            if source_id == target_id or relation_store.find_code_relation(
                self.db, source_id=source_id, target_id=target_id, type_id=type_id
            ) is not None:
                continue
            relation_store.insert_code_relation(
                self.db,
                {"guid": relation.guid if team_queries.id_by_guid(self.db, "code_relations", relation.guid) is None
                 else new_guid(), "source_code_id": source_id, "target_code_id": target_id, "type_id": type_id,
                 "comment": relation.comment, "created_by": self._coder(relation.created_by),
                 "created_at": relation.created_at},
            )
            self.report.relations_added += 1
        for code_id, quotation_id in quotation_store.list_representatives(self.source):
            local_code, local_quotation = self.codes[code_id], self.quotations[quotation_id]
            if quotation_store.find_representative(self.db, code_id=local_code, quotation_id=local_quotation) is None:
                quotation_store.insert_representative(
                    self.db,
                    {"code_id": local_code, "quotation_id": local_quotation,
                     "created_by": self.project.coder_id(), "created_at": utc_now()},
                )
                self.report.representatives_added += 1
