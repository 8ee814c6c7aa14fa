"""Fills a new project from a REFI-QDA read, inside the import's one action (project_import).

Three steps, so that an import can stream: ``start`` (users and codes, which come before
Sources), ``add_source`` for each source as it is read (its document, quotations and codings
written at once, its text and selections then let go), ``finish`` with the rest of the model
(memos, groups, attributes, relations and networks, and the file's own quotation numbers).
Only GUID -> id maps are kept across sources.
"""

from __future__ import annotations

import hashlib

from qda_app.core.numbering import MAX_NAME_LENGTH, name_key
from qda_app.services.interop import quotation_ids
from qda_app.services.interop.analysis_exchange import import_analysis
from qda_app.services.interop.import_support import (
    UniqueNames,
    clean_name,
    colour,
    stored_date,
    value_text,
)
from qda_app.services.interop.project_export import source_description
from qda_app.services.interop.refi_model import (
    ImportReport,
    RefiCode,
    RefiProject,
    RefiSource,
    RefiUser,
)
from qda_app.services.project import Project
from qda_app.store import coders as coder_store
from qda_app.store import interop_queries as queries
from qda_app.store.database import new_guid, utc_now

__all__ = ["ImportBuilder"]


class ImportBuilder:
    """Each step maps one kind of element; see the module docstring for the order."""

    def __init__(self, project: Project, report: ImportReport) -> None:
        self.project = project
        self.db = project.database
        self.report = report
        self.model: RefiProject | None = None  # the rest of the model, given to finish
        self.now = utc_now()
        self.default_coder = project.coder_id()
        self.coders: dict[str, int] = {}  # user guid -> coder id
        self.codes: dict[str, int] = {}  # code guid -> code id
        self.code_scopes: dict[int | None, dict[str, int]] = {}  # parent -> name key -> id
        self.code_names: dict[int, str] = {}
        self.documents: dict[str, int] = {}  # source guid -> document id, in file order
        self.quotations: dict[str, int] = {}  # selection guid -> quotation id
        self.empty_selections: set[str] = set()  # not imported (reported), but numbered in a table
        self.memos: dict[str, int] = {}  # note guid -> memo id
        self.selection_notes: dict[str, tuple[str, ...]] = {}  # selection guid -> NoteRefs
        self.document_names = UniqueNames()  # not required, but "E01" twice confuses people
        self.counts = {"documents": 0, "codes": 0, "quotations": 0, "codings": 0,
                       "coders": 0, "memos": 0, "groups": 0, "attributes": 0, "relations": 0}

    # --- the three steps ----------------------------------------------------------------------

    def start(self, users: tuple[RefiUser, ...], codes: tuple[RefiCode, ...]) -> None:
        self._coders(users)
        self._codes(codes, parent_id=None, inherited=None)

    def add_source(self, source: RefiSource) -> None:
        if source.text is None:
            return  # listed by the reader as non_text_source
        self._document(source, len(self.documents) + 1)

    def finish(self, model: RefiProject, selection_notes: dict[str, tuple[str, ...]]) -> None:
        """``model``: resolved, its sources without text or selections (those were added);
        ``selection_notes``: each selection's resolved NoteRefs."""
        self.model = model
        self.selection_notes = selection_notes
        self._numbers_from_table(model)
        self._memos()
        self._groups(model)
        self._attributes(model)
        import_analysis(self)
        if model.description:
            coder_store.set_setting(self.db, "description", model.description)
        if model.creation_date_time is not None:
            coder_store.set_setting(self.db, "created_at",
                                    stored_date(model.creation_date_time, self.now))
        self.report.summary = dict(self.counts)

    # --- numbering ------------------------------------------------------------------------

    def _numbers_from_table(self, model: RefiProject) -> None:
        """Documents and quotations are numbered in file order as they arrive; our own export
        writes the numbers a project had (D:Q citations) in a note, read last. Applied when it
        names every document and selection once; otherwise ignored and said so."""
        tables = [note for note in model.notes if quotation_ids.is_table(note.text)]
        if not tables:
            return
        table = quotation_ids.parse_table(tables[0].text)
        selections = [*self.quotations, *self.empty_selections]
        numbers = [table.documents.get(guid) for guid in self.documents] if table else []
        valid = (table is not None and None not in numbers
                 and len({number for number, _ in numbers}) == len(numbers)  # type: ignore[misc]
                 and all(guid in table.quotations for guid in selections)
                 and len({table.quotations[guid] for guid in selections}) == len(selections))
        if not valid:
            self.report.add("warning", "id_table_ignored", note=tables[0].guid)
            return
        assert table is not None
        queries.renumber(self.db, "documents", {document_id: table.documents[guid][0]
                                                for guid, document_id in self.documents.items()})
        highest: dict[int, int] = {}
        quotation_numbers: dict[int, int] = {}
        for quotation_id, guid, document_id in queries.quotation_ids_by_document(self.db):
            number = table.quotations[guid][1]
            quotation_numbers[quotation_id] = number
            highest[document_id] = max(highest.get(document_id, 0), number)
        queries.renumber(self.db, "quotations", quotation_numbers)
        for guid, document_id in self.documents.items():
            queries.set_next_quotation_number(self.db, document_id, max(
                table.documents[guid][1], highest.get(document_id, 0) + 1))

    # --- elements ---------------------------------------------------------------------------

    def _coders(self, users: tuple[RefiUser, ...]) -> None:
        names = UniqueNames()
        importing = coder_store.list_coders(self.db)[0]  # Project.create made exactly one
        for user in users:
            name = clean_name(user.name, kind="coder", fallback=f"User {user.guid[:8]}",
                              report=self.report, guid=user.guid)
            name = names.claim(name, kind="coder", report=self.report, guid=user.guid)
            if name.casefold() == importing.name.casefold() and importing.id not in self.coders.values():
                queries.set_coder_identity(self.db, importing.id, guid=user.guid,
                                           created_at=importing.created_at)
                self.coders[user.guid] = importing.id
            else:
                self.coders[user.guid] = coder_store.insert_coder(self.db, name, guid=user.guid)
            self.counts["coders"] += 1

    def _codes(self, codes: tuple[RefiCode, ...], *, parent_id: int | None,
               inherited: str | None) -> None:
        siblings = self.code_scopes.setdefault(parent_id, {})
        for order, code in enumerate(codes):
            name = clean_name(code.name, kind="code", fallback="Code", report=self.report,
                              guid=code.guid)
            same = siblings.get(name_key(name))
            if same is not None:
                # "Éxito" and "éxito" under one parent are one code here: its codings, memos
                # and sub-codes join the first one's.
                self.codes[code.guid] = same
                self.report.add("warning", "merged_code", guid=code.guid, name=code.name,
                                into=self.code_names[same])
                self._codes(code.children, parent_id=same, inherited=inherited)
                continue
            code_colour = colour(code.color, inherited=inherited, index=order)
            self.codes[code.guid] = queries.insert_row(self.db, "codes", {
                "guid": code.guid, "parent_id": parent_id, "name": name, "color": code_colour,
                "description": code.description or "", "sort_order": order,
                "is_codable": int(code.is_codable), "color_assigned": int(not code.color),
                "created_by": self.default_coder, "created_at": self.now,
                "modified_at": self.now})
            siblings[name_key(name)] = self.codes[code.guid]
            self.code_names[self.codes[code.guid]] = name
            self.counts["codes"] += 1
            self._codes(code.children, parent_id=self.codes[code.guid], inherited=code_colour)

    def _document(self, source: RefiSource, number: int) -> None:
        text = source.text or ""
        name = clean_name(source.name, kind="document", fallback=f"Document {number}",
                          report=self.report, guid=source.guid)
        data = text.encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        original = (source.original_path or "").replace("\\", "/").rsplit("/", 1)[-1]
        document_id = queries.insert_document_as_is(self.db, {
            "guid": source.guid, "number": number,
            "name": self.document_names.claim(name, kind="document", report=self.report,
                                              guid=source.guid),
            "text": text, "chars": len(text), "original_name": original or name,
            "original_size": len(data), "sha256": digest, "text_sha256": digest,
            "format": "txt", "encoding": "utf-8", "page_starts": [],
            "imported_by": self.coders.get(source.creator_guid or "", self.default_coder),
            "imported_at": stored_date(source.created, self.now)})
        self.documents[source.guid] = document_id
        self.counts["documents"] += 1
        highest = self._quotations(source, document_id)
        queries.set_next_quotation_number(self.db, document_id, highest + 1)

    def _quotations(self, source: RefiSource, document_id: int) -> int:
        """Insert the source's selections; returns the highest quotation number used."""
        highest = 0
        kept: list = []
        quotation_rows: list[dict] = []
        for selection in source.selections:
            if selection.start >= selection.end:
                self.report.add("warning", "empty_selection", source=source.guid,
                                selection=selection.guid, start=selection.start)
                self.empty_selections.add(selection.guid)
                continue
            highest += 1
            creator = self.coders.get(selection.creator_guid or "", self.default_coder)
            created = stored_date(selection.created, self.now)
            kept.append((selection, creator, created))
            quotation_rows.append({
                "guid": selection.guid, "document_id": document_id, "number": highest,
                "start": selection.start, "end": selection.end, "created_by": creator,
                "created_at": created, "modified_at": stored_date(selection.modified, created),
                "comment": selection.description or ""})
        # One statement per table and source: a large project has ~100,000 of these rows.
        new_ids = queries.insert_rows(self.db, "quotations", quotation_rows)
        coding_rows: list[dict] = []
        for (selection, creator, created), quotation_id in zip(kept, new_ids):
            self.quotations[selection.guid] = quotation_id
            self.counts["quotations"] += 1
            seen: set[tuple[int, int]] = set()
            for coding in selection.codings:
                coder = self.coders.get(coding.creator_guid or "", creator)
                key = (self.codes[coding.code_guid], coder)
                if key in seen:  # our codings are unique per code and coder
                    self.report.add("info", "duplicate_coding", selection=selection.guid,
                                    coding=coding.guid)
                    continue
                seen.add(key)
                coding_rows.append({
                    "guid": coding.guid, "quotation_id": quotation_id,
                    "code_id": key[0], "coder_id": coder,
                    "created_at": stored_date(coding.created, created)})
                self.counts["codings"] += 1
        self._fresh_guids(coding_rows)
        queries.insert_rows(self.db, "codings", coding_rows)
        return highest

    def _fresh_guids(self, rows: list[dict]) -> None:
        """Coding GUIDs are not claimed by the reader (producers reuse them); ours are unique.
        Those already written are looked up in the project, not kept in memory."""
        taken = queries.coding_guids_taken(self.db, [row["guid"] for row in rows])
        for row in rows:
            if row["guid"] in taken:
                row["guid"] = new_guid()
                self.report.add("info", "duplicate_guid", element="Coding", guid=row["guid"])
            taken.add(row["guid"])

    def _memos(self) -> None:
        model, selection_notes = self.model, self.selection_notes
        assert model is not None
        for note in model.notes:
            if quotation_ids.is_table(note.text):
                continue  # our own ID table, not a memo
            title = clean_name(note.name, kind="memo", fallback="Memo", report=self.report,
                               guid=note.guid)
            created = stored_date(note.created, self.now)
            self.memos[note.guid] = queries.insert_row(self.db, "memos", {
                "guid": note.guid, "title": title, "text": note.text,
                "author_id": self.coders.get(note.creator_guid or ""),
                "created_at": created, "modified_at": stored_date(note.modified, created)})
            self.counts["memos"] += 1
        self._link_memos(model.note_refs, "project", None)
        texts = {note.guid: note.text for note in model.notes}
        for source in model.sources:
            document_id = self.documents.get(source.guid)
            if document_id is not None:
                self._link_memos(source.note_refs, "document", document_id)
                self._description_memo(source, document_id, [
                    texts[guid] for guid in source.note_refs if guid in texts])
        for guid, refs in selection_notes.items():
            if guid in self.quotations:
                self._link_memos(refs, "quotation", self.quotations[guid])
        for code in model.all_codes():
            self._link_memos(code.note_refs, "code", self.codes[code.guid])

    def _description_memo(self, source: RefiSource, document_id: int, memo_texts: list[str]) -> None:
        """A source's Description becomes a memo on its document, unless it only repeats the
        document's memos (as our own export writes them)."""
        description = (source.description or "").strip()
        if not description or description == (source_description(memo_texts) or ""):
            return
        title = f"{source.name} (description)"[:MAX_NAME_LENGTH]
        memo_id = queries.insert_row(self.db, "memos", {
            "guid": new_guid(), "title": title, "text": description,
            "author_id": self.coders.get(source.creator_guid or ""),
            "created_at": stored_date(source.created, self.now), "modified_at": self.now})
        queries.insert_row(self.db, "memo_links", {"memo_id": memo_id, "target_type": "document",
                                                   "target_id": document_id})
        self.counts["memos"] += 1
        self.report.add("info", "description_memo", source=source.guid)

    def _link_memos(self, refs: tuple[str, ...], target_type: str, target_id: int | None) -> None:
        for guid in dict.fromkeys(refs):
            if guid in self.memos:
                queries.insert_row(self.db, "memo_links", {
                    "memo_id": self.memos[guid], "target_type": target_type,
                    "target_id": target_id})

    def _groups(self, model: RefiProject) -> None:
        names = {"code": UniqueNames(), "document": UniqueNames()}
        for item in model.sets:
            members = {"code": [self.codes[guid] for guid in item.member_codes],
                       "document": [self.documents[guid] for guid in item.member_sources
                                    if guid in self.documents]}
            kinds = [kind for kind in ("code", "document") if members[kind]] or ["code"]
            if len(kinds) == 2:
                self.report.add("info", "mixed_set", name=item.name)
            for kind in kinds:
                name = clean_name(item.name, kind="group", fallback="Group", report=self.report,
                                  guid=item.guid)
                group_id = queries.insert_row(self.db, "groups", {
                    "guid": item.guid if kind == kinds[0] else new_guid(), "kind": kind,
                    "name": names[kind].claim(name, kind="group", report=self.report,
                                              guid=item.guid),
                    "created_at": self.now})
                self.counts["groups"] += 1
                for member in dict.fromkeys(members[kind]):
                    queries.insert_row(self.db, "group_members",
                                       {"group_id": group_id, "member_id": member})

    def _attributes(self, model: RefiProject) -> None:
        names = UniqueNames()
        attributes: dict[str, int] = {}
        for variable in model.variables:
            name = clean_name(variable.name, kind="attribute", fallback="Variable",
                              report=self.report, guid=variable.guid)
            attributes[variable.guid] = queries.insert_row(self.db, "attributes", {
                "guid": variable.guid, "type": "text",
                "name": names.claim(name, kind="attribute", report=self.report,
                                    guid=variable.guid)})
            self.counts["attributes"] += 1
        values: dict[tuple[int, int], str] = {}
        pairs = [(source.guid, value) for source in model.sources
                 for value in source.variable_values]
        pairs += [(ref, value) for case in model.cases for ref in case.source_refs
                  for value in case.variable_values]
        for source_guid, (variable, value) in pairs:
            text = value_text(value)
            if text is None or source_guid not in self.documents or variable not in attributes:
                continue
            key = (self.documents[source_guid], attributes[variable])
            if key in values and values[key] != text:
                self.report.add("warning", "conflicting_value", source=source_guid,
                                variable=variable, kept=values[key], ignored=text)
                continue
            if key not in values:
                values[key] = text
                queries.insert_row(self.db, "document_attributes", {
                    "document_id": key[0], "attribute_id": key[1], "value": text})
