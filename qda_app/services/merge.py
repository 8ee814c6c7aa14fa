"""Merging a coder's copy of the project back into the lead's project.

Identity rules (so merging the same copy twice changes nothing):

* coders by GUID, then by name; codes by GUID, then by path; documents by their text's sha256
  (the same GUID with other text is a conflict, see below); quotations, codings and memos by
  GUID - one whose GUID exists already is the same one and is left as it is;
* the analysis (relations, quotation links, groups, smart codes, networks) by the rules of
  ``merge_analysis``; what of it cannot be carried is listed with its reason.

Conflicts are resolved by rules the report states, never by dropping anything:

* a document with the lead's GUID but other text (the coder corrected a typo in the copy) is
  aligned with the project's text (``core.text_map.diff_texts``): every quotation of the copy
  whose passage is unchanged is carried to the project's document at the mapped offsets; one
  whose passage was edited cannot be placed faithfully and is listed (``not_carried``);
* a code with the lead's GUID but another path keeps the lead's name; the other path is reported;
* a quotation whose number is taken in its document by a different quotation gets the
  document's next number; every such renumbering is reported, because papers cite D:Q.

Changes the coder made to what both sides share are *decisions* the user accepts or rejects
(``accept``): a resized quotation (the copy's boundaries replace the project's) and a removed
coding (a coding of the copy's coder that the copy no longer has). Every decision is reported,
applied or pending; a pending one can be accepted by merging the same copy again.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import Path

from qda_app.core.errors import MergeError, QdaError
from qda_app.core.model import Code, Document
from qda_app.core.numbering import code_path_key
from qda_app.core.text_map import OffsetMap, diff_texts
from qda_app.services.command_names import command_name
from qda_app.services.documents import NewDocument, insert_new_document
from qda_app.services.merge_analysis import AnalysisMerger
from qda_app.services.merge_report import (
    AlignedDocument,
    AnalysisNotCarried,
    CodeRename,
    MergeDecision,
    MergeReport,
    NotCarried,
    Renumbering,
    SpanDifference,
)
from qda_app.services.project import Project
from qda_app.store import codes as code_store
from qda_app.store import coders as coder_store
from qda_app.store import documents as document_store
from qda_app.store import groups as group_store
from qda_app.store import memos as memo_store
from qda_app.store import quotations as quotation_store
from qda_app.store.quotation_links import quotation_labels
from qda_app.store import team_queries
from qda_app.store.database import ProjectDatabase, utc_now
from qda_app.store.opening import open_database


__all__ = ["AlignedDocument", "CodeRename", "MergeDecision", "MergeReport", "NotCarried",
           "Renumbering", "SpanDifference", "merge_project"]


def merge_project(project: Project, *, other: str | Path, accept: str | Collection[int | str] = "none") -> MergeReport:
    """Merge another copy of the project into ``project`` as one undoable action.

    ``accept`` says which of the coder's removals and resizes to apply: ``"all"``, ``"none"``
    (report them as pending) or the numbers of the decisions as the previous report gave them
    (numbers shift once some are applied) or their ``key``s (stable).
    """
    path = Path(other)
    if _same_file(path, project.path):
        raise MergeError(file=str(path), problem="merge_into_itself")
    try:
        source = open_database(path, read_only=True)
    except QdaError as error:
        raise MergeError(file=str(path), detail=str(error)) from error
    try:
        report = MergeReport(file=str(path))
        project.execute(command_name("merge_copy", file=path.name), lambda: _Merger(project, source, report, path, accept).run())
        return report
    finally:
        source.close()


def _same_file(first: Path, second: Path) -> bool:
    """Also through another name for the same file: a hard link, or the name in other letter
    case on Windows and macOS, where ``resolve()`` keeps the case it was given."""
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist (opening it will say so)
        return first.resolve() == second.resolve()


class _Merger:
    """One merge: maps the copy's row ids to this project's, table by table, parents first."""

    def __init__(self, project: Project, source: ProjectDatabase, report: MergeReport, path: Path,
                 accept: str | Collection[int | str] = "none") -> None:
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
        self.memos: dict[int, int] = {}  # the copy's memo id -> the project's
        self.new_memos: set[int] = set()  # the copy's memos added by this merge
        self.copy_labels: dict[int, str] = {}  # the copy's quotation id -> D:Q, read when needed
        self.maps: dict[int, OffsetMap] = {}  # the copy's document id -> its text onto the project's
        self.accept = accept
        self.resizes: list[tuple[int, tuple[int, int], tuple[int, int], str | None]] = []

    def run(self) -> None:
        self._merge_coders()
        self._merge_codes()
        self._merge_documents()
        self._merge_quotations()
        self._merge_codings()
        self._merge_memos()
        AnalysisMerger(self).run()
        self._merge_marks()
        self._decide()

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
                if code_path_key(local_paths.get(local, code.path)) != code_path_key(code.path):
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
                "is_codable": row.get("is_codable"), "color_assigned": row.get("color_assigned") or 0,
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
                self._map_document(document.id, same_guid)
                self.maps[document.id] = diff_texts(document_store.get_text(self.source, document.id),
                                                    document_store.get_text(self.db, same_guid.id))

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
        carried: dict[int, list[int]] = {document: [0, 0] for document in self.maps}
        for quotation in quotation_store.list_quotations(self.source):
            local = team_queries.id_by_guid(self.db, "quotations", quotation.guid)
            if local is not None:  # the same quotation: its identity holds whatever its text
                self.quotations[quotation.id] = local
                self.report.quotations_present += 1
                self._compare_spans(quotation, local)
                continue
            span = self._placed(quotation)
            if span is None:
                carried[quotation.document_id][1] += 1
                continue
            if quotation.document_id in carried:
                carried[quotation.document_id][0] += 1
            self._insert_quotation(quotation, span)
        for document_id, (moved, left) in carried.items():
            local = document_store.get_document_by_id(self.db, self.documents[document_id])
            self.report.documents_aligned.append(
                AlignedDocument(local.number, local.name, len(self.maps[document_id].changes), moved, left))

    def _compare_spans(self, quotation, local: int) -> None:
        """A shared quotation with other boundaries in the copy: reported, and proposed as a resize
        when the copy changed it last (a lead's later resize is not undone by an old copy)."""
        offsets = self.maps.get(quotation.document_id)
        if offsets is not None:
            mapped = offsets.map_span(quotation.start, quotation.end)
            if mapped.passage_changed:
                return  # the copy's boundaries lie on text the project does not have
            span = (mapped.start, mapped.end)
        else:
            span = (quotation.start, quotation.end)
        row = quotation_store.get_quotation_row(self.db, local)
        if (row["start"], row["end"]) == span:
            return
        label = f"{self.document_numbers.get(row['document_id'], '?')}:{row['number']}"
        self.report.span_differences.append(SpanDifference(label, (row["start"], row["end"]), span))
        # Timestamps have one-second resolution: on a tie the user decides (it stays pending).
        if (row["modified_at"] or "") <= (quotation.modified_at or ""):
            self.resizes.append((local, (row["start"], row["end"]), span, quotation.created_by))

    def _placed(self, quotation) -> tuple[int, int] | None:
        """The quotation's span on the project's text, or ``None`` (listed) if its passage was edited."""
        offsets = self.maps.get(quotation.document_id)
        if offsets is None:
            return quotation.start, quotation.end
        mapped = offsets.map_span(quotation.start, quotation.end)
        if not mapped.passage_changed:
            return mapped.start, mapped.end
        codes = tuple(sorted({path for path in quotation.codes}))
        self.report.not_carried.append(NotCarried(
            quotation.quotation_id, self.document_numbers[self.documents[quotation.document_id]],
            quotation.start, quotation.end, quotation.text, codes,
            "passage_deleted" if mapped.lost else "passage_edited"))
        return None

    def _insert_quotation(self, quotation, span: tuple[int, int]) -> None:
        document_id = self.documents[quotation.document_id]
        number = quotation.number
        if quotation_store.find_by_number(self.db, document_id, number) is None:
            team_queries.raise_next_quotation_number(self.db, document_id, number + 1)
        else:
            number = document_store.take_quotation_number(self.db, document_id)
            self.report.renumbered.append(
                Renumbering(quotation.guid, quotation.quotation_id, f"{self.document_numbers[document_id]}:{number}")
            )
        self.quotations[quotation.id] = quotation_store.insert_quotation(
            self.db,
            {
                "guid": quotation.guid, "document_id": document_id, "number": number,
                "start": span[0], "end": span[1],
                "created_by": self._coder(quotation.created_by), "created_at": quotation.created_at,
                "modified_at": quotation.modified_at, "comment": quotation.comment,
            },
        )
        self.report.quotations_added += 1

    def _merge_codings(self) -> None:
        for coding in quotation_store.list_codings(self.source):
            if coding.quotation_id not in self.quotations:
                continue  # its quotation was not carried (listed in not_carried)
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

    # --- memos and representative marks (relations and the rest of the analysis: merge_analysis) --------------------------------------------------

    def _merge_memos(self) -> None:
        targets = {"document": self.documents, "code": self.codes, "quotation": self.quotations}
        for memo in memo_store.list_memos(self.source):
            present = team_queries.id_by_guid(self.db, "memos", memo.guid)
            if present is not None:
                self.memos[memo.id] = present
                self.report.memos_present += 1
                continue
            memo_id = memo_store.insert_memo(
                self.db,
                {"guid": memo.guid, "title": memo.title, "text": memo.text, "author_id": self._coder(memo.author),
                 "created_at": memo.created_at, "modified_at": memo.modified_at},
            )
            self.memos[memo.id], self.new_memos = memo_id, self.new_memos | {memo.id}
            for link in memo.links:
                if link.target_type in ("network", "memo"):
                    continue  # attached once networks and every memo are here (merge_analysis)
                if link.target_type != "project" and link.target_id not in targets[link.target_type]:
                    # a quotation that was not carried: the memo comes without that attachment
                    self.copy_labels = self.copy_labels or quotation_labels(self.source)
                    label = self.copy_labels.get(link.target_id, "?")
                    self.report.analysis_not_carried.append(
                        AnalysisNotCarried("memo_link", f"{memo.title} -> {label}", "quotation_not_carried"))
                    continue
                target = None if link.target_type == "project" else targets[link.target_type][link.target_id]
                memo_store.link_memo(self.db, memo_id, link.target_type, target)
            self.report.memos_added += 1

    def _merge_marks(self) -> None:
        for code_id, quotation_id in quotation_store.list_representatives(self.source):
            if quotation_id not in self.quotations:
                continue
            local_code, local_quotation = self.codes[code_id], self.quotations[quotation_id]
            if quotation_store.find_representative(self.db, code_id=local_code, quotation_id=local_quotation) is None:
                quotation_store.insert_representative(
                    self.db,
                    {"code_id": local_code, "quotation_id": local_quotation,
                     "created_by": self.project.coder_id(), "created_at": utc_now()},
                )
                self.report.representatives_added += 1

    # --- the coder's removals and resizes, as decisions -----------------------------------------

    def _owner(self) -> str | None:
        """The coder the copy was made for (or who last worked in it): whose removals count."""
        return (coder_store.get_setting(self.source, "copy_for_coder")
                or coder_store.get_setting(self.source, "last_coder"))

    def _accepted(self, number: int, key: str) -> bool:
        if self.accept == "all":
            return True
        if self.accept == "none" or isinstance(self.accept, str):
            return False
        return number in self.accept or key in self.accept

    def _decide(self) -> None:
        labels = {q.id: q for q in quotation_store.list_quotations(self.db)}
        number = 0
        for local, kept, proposed, creator in self.resizes:
            number += 1
            key = f"resize:{labels[local].guid}"
            applied = self._accepted(number, key)
            if applied:
                quotation_store.update_quotation(self.db, local, {"start": proposed[0], "end": proposed[1],
                                                                  "modified_at": utc_now()})
            self.report.decisions.append(MergeDecision(number, "resize", labels[local].quotation_id, creator or "",
                                                       None, kept, proposed, applied, key))
        owner = self._owner()
        if not owner or owner not in self.coders:
            return
        in_copy = {coding.guid for coding in quotation_store.list_codings(self.source)}
        quotations_in_copy = {quotation.guid for quotation in quotation_store.list_quotations(self.source)}
        shared_documents = set(self.documents.values())
        paths = {code.id: code.path for code in code_store.list_codes(self.db)}
        for coding in quotation_store.list_codings(self.db):
            quotation = labels.get(coding.quotation_id)
            if (coding.coder != owner or coding.guid in in_copy or quotation is None
                    or quotation.document_id not in shared_documents):
                continue
            number += 1
            key = f"removal:{coding.guid}"
            applied = self._accepted(number, key)
            if applied:
                team_queries.delete_coder_codings(self.db, coding_ids=[coding.id])
                if quotation.guid not in quotations_in_copy:
                    team_queries.delete_quotation_if_uncoded(self.db, quotation.id)
            self.report.decisions.append(MergeDecision(number, "removal", quotation.quotation_id, owner,
                                                       paths.get(coding.code_id), (quotation.start, quotation.end),
                                                       None, applied, key))
