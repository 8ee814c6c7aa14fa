"""A new qda_app project from a REFI-QDA ``.qdpx`` file (the reverse of project_export).

The file is read and checked completely before anything is created. The project is then
built in a temporary file beside the target, in one action, and renamed into place only
when everything succeeded: an import that fails for any reason leaves no project behind.
GUIDs of coders, documents, codes, quotations, codings, memos, groups and relations are
kept. PDF, picture, audio and video sources become text documents when the file carries text
for them (media_sources: Representation, TextDescription, Transcripts); those without any
cannot, and the reader lists each of them in the report (``non_text_source``), as it lists
what a text document has no place for (``not_carried``).
"""

from __future__ import annotations

import hashlib
import os
from os import PathLike
from pathlib import Path

from qda_app.core.errors import ProjectExists, ProjectNotFound
from qda_app.core.numbering import MAX_NAME_LENGTH, name_key
from qda_app.services.atomic_files import (
    check_input,
    check_target,
    place,
    remove_with_companions,
    sweep_leftovers,
    temporary_name,
)
from qda_app.services.command_names import command_name
from qda_app.services.interop import quotation_ids
from qda_app.services.interop.analysis_exchange import import_analysis
from qda_app.services.interop.import_losses import ImportWouldLoseData, losses
from qda_app.services.interop.project_export import source_description
from qda_app.services.interop.import_support import (
    UniqueNames,
    clean_name,
    colour,
    stored_date,
    value_text,
)
from qda_app.services.interop.refi_model import (
    ImportReport,
    RefiCode,
    RefiProject,
    RefiSource,
)
from qda_app.services.interop.refi_reader import DEFAULT_LIMITS, ReadLimits, read_qdpx
from qda_app.services.project import Project
from qda_app.store import coders as coder_store
from qda_app.store import interop_queries as queries
from qda_app.store.database import new_guid, utc_now

__all__ = ["import_project"]


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
    model, report = read_qdpx(qdpx_path, limits=limits)
    report.origin = model.origin
    report.names.update({source.guid: source.name for source in model.sources})
    report.names.update({code.guid: code.name for code in model.all_codes()})
    report.names.update({str(entry.fields["source"]): str(entry.fields["name"]) for entry in report.entries
                         if entry.kind == "dropped_source" and entry.fields.get("name")})
    lost = losses(report)
    if lost and not accept_losses:
        raise ImportWouldLoseData(file=str(qdpx_path), report=report, lost=lost)
    temporary = temporary_name(target, "importing")
    try:
        project = Project.create(temporary, coder=coder or _importing_coder(model),
                                 name=model.name or target.stem,
                                 program="qda-app (REFI-QDA import)")
        try:
            builder = _Builder(project, model, report)
            project.execute(command_name("import_project", file=Path(qdpx_path).name), builder.run, undoable=False)
        finally:
            project.close()
        if os.path.lexists(target):  # appeared while we were importing: never overwrite
            raise ProjectExists(path=str(target))
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        place(temporary, target, overwrite=False)
    finally:
        remove_with_companions(temporary)
    return report


def _importing_coder(model: RefiProject) -> str | None:
    """The file's creating user (else its first user) becomes the project's coder."""
    by_guid = {user.guid: user.name for user in model.users}
    name = by_guid.get(model.creating_user_guid or "") or (model.users[0].name if model.users else "")
    return name.strip() or None


class _Builder:
    """Fills the new project inside its one action; each step maps one kind of element."""

    def __init__(self, project: Project, model: RefiProject, report: ImportReport) -> None:
        self.project = project
        self.db = project.database
        self.model = model
        self.report = report
        self.now = utc_now()
        self.coders: dict[str, int] = {}  # user guid -> coder id
        self.codes: dict[str, int] = {}  # code guid -> code id
        self.code_scopes: dict[int | None, dict[str, int]] = {}  # parent -> name key -> id
        self.code_names: dict[int, str] = {}
        self.documents: dict[str, int] = {}  # source guid -> document id
        self.quotations: dict[str, int] = {}  # selection guid -> quotation id
        self.memos: dict[str, int] = {}  # note guid -> memo id
        self.coding_guids: set[str] = set()
        self.counts = {"documents": 0, "codes": 0, "quotations": 0, "codings": 0,
                       "coders": 0, "memos": 0, "groups": 0, "attributes": 0, "relations": 0}
        self.id_table = self._id_table()

    def run(self) -> None:
        self.default_coder = self.project.coder_id()
        self._coders()
        self._codes(self.model.codes, parent_id=None, inherited=None)
        self._documents()
        self._memos()
        self._groups()
        self._attributes()
        import_analysis(self)
        if self.model.description:
            coder_store.set_setting(self.db, "description", self.model.description)
        if self.model.creation_date_time is not None:
            coder_store.set_setting(self.db, "created_at",
                                    stored_date(self.model.creation_date_time, self.now))
        self.report.summary = dict(self.counts)

    # --- numbering ------------------------------------------------------------------------

    def _id_table(self) -> quotation_ids.IdTable | None:
        tables = [note for note in self.model.notes if quotation_ids.is_table(note.text)]
        if not tables:
            return None
        table = quotation_ids.parse_table(tables[0].text)
        sources = [source for source in self.model.sources if source.text is not None]
        selections = [selection for source in sources for selection in source.selections]
        numbers = [table.documents.get(source.guid) for source in sources] if table else []
        valid = (table is not None and None not in numbers
                 and len({number for number, _ in numbers}) == len(numbers)  # type: ignore[misc]
                 and all(selection.guid in table.quotations for selection in selections)
                 and len({table.quotations[item.guid] for item in selections}) == len(selections))
        if not valid:
            self.report.add("warning", "id_table_ignored", note=tables[0].guid)
            return None
        return table

    # --- elements ---------------------------------------------------------------------------

    def _coders(self) -> None:
        names = UniqueNames()
        importing = coder_store.list_coders(self.db)[0]  # Project.create made exactly one
        for user in self.model.users:
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

    def _documents(self) -> None:
        names = UniqueNames()  # not required by the schema, but "E01" twice confuses people
        number = 0
        for source in self.model.sources:
            if source.text is None:
                continue  # listed by the reader as non_text_source
            number += 1
            entry = self.id_table.documents[source.guid] if self.id_table else (number, 0)
            self._document(source, entry, names)

    def _document(self, source: RefiSource, entry: tuple[int, int], names: UniqueNames) -> None:
        text = source.text or ""
        name = clean_name(source.name, kind="document", fallback=f"Document {entry[0]}",
                          report=self.report, guid=source.guid)
        data = text.encode("utf-8")
        original = (source.original_path or "").replace("\\", "/").rsplit("/", 1)[-1]
        document_id = queries.insert_document_as_is(self.db, {
            "guid": source.guid, "number": entry[0],
            "name": names.claim(name, kind="document", report=self.report, guid=source.guid),
            "text": text, "chars": len(text), "original_name": original or name,
            "original_size": len(data), "sha256": _sha256(data), "text_sha256": _sha256(data),
            "format": "txt", "encoding": "utf-8", "page_starts": [],
            "imported_by": self.coders.get(source.creator_guid or "", self.default_coder),
            "imported_at": stored_date(source.created, self.now)})
        self.documents[source.guid] = document_id
        self.counts["documents"] += 1
        highest = self._quotations(source, document_id)
        queries.set_next_quotation_number(self.db, document_id, max(entry[1], highest + 1))

    def _quotations(self, source: RefiSource, document_id: int) -> int:
        """Insert the source's selections; returns the highest quotation number used."""
        highest = 0
        kept: list = []
        quotation_rows: list[dict] = []
        for selection in source.selections:
            if selection.start >= selection.end:
                self.report.add("warning", "empty_selection", source=source.guid,
                                selection=selection.guid, start=selection.start)
                continue
            number = (self.id_table.quotations[selection.guid][1] if self.id_table
                      else highest + 1)
            highest = max(highest, number)
            creator = self.coders.get(selection.creator_guid or "", self.default_coder)
            created = stored_date(selection.created, self.now)
            kept.append((selection, creator, created))
            quotation_rows.append({
                "guid": selection.guid, "document_id": document_id, "number": number,
                "start": selection.start, "end": selection.end, "created_by": creator,
                "created_at": created, "modified_at": stored_date(selection.modified, created),
                "comment": selection.description or ""})
        # One statement per table and source: a large project has ~100,000 of these rows.
        quotation_ids = queries.insert_rows(self.db, "quotations", quotation_rows)
        coding_rows: list[dict] = []
        for (selection, creator, created), quotation_id in zip(kept, quotation_ids):
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
                    "guid": self._fresh_guid(coding.guid), "quotation_id": quotation_id,
                    "code_id": key[0], "coder_id": coder,
                    "created_at": stored_date(coding.created, created)})
                self.counts["codings"] += 1
        queries.insert_rows(self.db, "codings", coding_rows)
        return highest

    def _fresh_guid(self, guid: str) -> str:
        # Coding GUIDs are not claimed by the reader (producers reuse them); ours are unique.
        if guid in self.coding_guids:
            guid = new_guid()
            self.report.add("info", "duplicate_guid", element="Coding", guid=guid)
        self.coding_guids.add(guid)
        return guid

    def _memos(self) -> None:
        for note in self.model.notes:
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
        self._link_memos(self.model.note_refs, "project", None)
        texts = {note.guid: note.text for note in self.model.notes}
        for source in self.model.sources:
            document_id = self.documents.get(source.guid)
            if document_id is not None:
                self._link_memos(source.note_refs, "document", document_id)
                self._description_memo(source, document_id, [
                    texts[guid] for guid in source.note_refs if guid in texts])
            for selection in source.selections:
                if selection.guid in self.quotations:
                    self._link_memos(selection.note_refs, "quotation",
                                     self.quotations[selection.guid])
        for code in self.model.all_codes():
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

    def _groups(self) -> None:
        names = {"code": UniqueNames(), "document": UniqueNames()}
        for item in self.model.sets:
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

    def _attributes(self) -> None:
        names = UniqueNames()
        attributes: dict[str, int] = {}
        for variable in self.model.variables:
            name = clean_name(variable.name, kind="attribute", fallback="Variable",
                              report=self.report, guid=variable.guid)
            attributes[variable.guid] = queries.insert_row(self.db, "attributes", {
                "guid": variable.guid, "type": "text",
                "name": names.claim(name, kind="attribute", report=self.report,
                                    guid=variable.guid)})
            self.counts["attributes"] += 1
        values: dict[tuple[int, int], str] = {}
        pairs = [(source.guid, value) for source in self.model.sources
                 for value in source.variable_values]
        pairs += [(ref, value) for case in self.model.cases for ref in case.source_refs
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


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
