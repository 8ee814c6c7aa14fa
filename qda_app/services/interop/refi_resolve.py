"""Second pass of a read: tie references together, drop the ones that point nowhere.

Runs after every element is parsed, because REFI-QDA files reference forwards (a Coding
names a code, a NoteRef a note defined later). Also turns producer idioms into the one
shape our model has: NVivo's Note + Link memos become NoteRefs, and MAXQDA's / Quirkos'
nameless one-document Cases become that document's variable values.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, replace

from qda_app.services.interop.read_context import ReadContext
from qda_app.services.interop.refi_model import (
    RefiCase,
    RefiCode,
    RefiCoding,
    RefiLink,
    RefiNote,
    RefiProject,
    RefiSelection,
    RefiSet,
    RefiSource,
    VariableValue,
)


@dataclass(frozen=True)
class RawLink:
    guid: str
    origin: str | None
    target: str | None
    name: str | None = None
    direction: str | None = None


class Resolver:
    def __init__(self, ctx: ReadContext, *, project: RefiProject,
                 links: list[RawLink], selections: Container[str] | None = None) -> None:
        """``selections``: every selection GUID of the file, when ``project``'s sources were
        read as a stream and no longer hold them (refi_stream)."""
        self.ctx = ctx
        self.project = project
        self.users = {user.guid for user in project.users}
        self.codes = {code.guid for code in project.all_codes()}
        self.notes = {note.guid for note in project.notes}
        self.sources = {source.guid for source in project.sources}
        self.variables = {variable.guid for variable in project.variables}
        self.selections: Container[str] = (selections if selections is not None else
                                           {selection.guid for source in project.sources
                                            for selection in source.selections})
        self.attached: dict[str, list[str]] = {}
        self.code_links: list[RefiLink] = []
        self._attach_links(links)

    def _attach_links(self, links: list[RawLink]) -> None:
        for raw in links:
            link, origin, target = raw.guid, raw.origin, raw.target
            if origin != target and ((origin in self.codes and target in self.codes)
                                     or (origin in self.selections and target in self.selections)):
                # Code-code relations (Atlas.ti's "is associated with") and quotation links.
                self.code_links.append(RefiLink(guid=link, origin_guid=origin, target_guid=target,
                                                name=raw.name, direction=raw.direction))
                continue
            if origin in self.notes and target not in self.notes:
                note, annotated = origin, target
            elif target in self.notes and origin not in self.notes:
                note, annotated = target, origin
            else:
                self.ctx.tally("ignored_element", "Link_not_a_memo", link)
                continue
            if annotated in self.codes or annotated in self.sources or annotated in self.selections:
                self.attached.setdefault(annotated, []).append(note)  # type: ignore[arg-type]
                self.ctx.tally("note_link", "memo_attached", link)
            else:
                self.ctx.dangling(referrer=link, target=annotated or "", ref_kind="link")

    # --- small filters ------------------------------------------------------------------

    def user(self, guid: str | None, *, referrer: str) -> str | None:
        if guid is None or guid in self.users:
            return guid
        self.ctx.dangling(referrer=referrer, target=guid, ref_kind="user")
        return None

    def keep(self, guids: tuple[str, ...], known: set[str], *, referrer: str,
             ref_kind: str) -> tuple[str, ...]:
        kept: list[str] = []
        for guid in guids:
            if guid in known:
                if guid not in kept:
                    kept.append(guid)
            else:
                self.ctx.dangling(referrer=referrer, target=guid, ref_kind=ref_kind)
        return tuple(kept)

    def note_refs(self, owner: str, refs: tuple[str, ...]) -> tuple[str, ...]:
        return self.keep(refs + tuple(self.attached.get(owner, ())), self.notes,
                         referrer=owner, ref_kind="note")

    def values(self, values: tuple[VariableValue, ...], *, owner: str) -> tuple[VariableValue, ...]:
        kept = []
        for variable, value in values:
            if variable in self.variables:
                kept.append((variable, value))
            else:
                self.ctx.dangling(referrer=owner, target=variable, ref_kind="variable")
        return tuple(kept)

    # --- elements -----------------------------------------------------------------------------

    def code(self, code: RefiCode) -> RefiCode:
        return replace(code, note_refs=self.note_refs(code.guid, code.note_refs),
                       children=tuple(self.code(child) for child in code.children))

    def coding(self, coding: RefiCoding) -> RefiCoding | None:
        if coding.code_guid not in self.codes:
            self.ctx.dangling(referrer=coding.guid, target=coding.code_guid, ref_kind="code")
            return None
        creator = self.user(coding.creator_guid, referrer=coding.guid)
        # replace() is slow and this runs per coding: copy only when something changed.
        return coding if creator == coding.creator_guid else replace(coding, creator_guid=creator)

    def selection(self, selection: RefiSelection, *, notes: bool = True) -> RefiSelection:
        """``notes`` False: its NoteRefs are left as read (a stream resolves them once every
        Note and Link is known, with ``note_refs``)."""
        found = (self.coding(coding) for coding in selection.codings)
        codings = tuple(coding for coding in found if coding)
        creator = self.user(selection.creator_guid, referrer=selection.guid)
        note_refs = selection.note_refs
        if notes and (selection.note_refs or selection.guid in self.attached):
            note_refs = self.note_refs(selection.guid, selection.note_refs)
        elif notes:
            note_refs = ()
        if (codings == selection.codings and creator == selection.creator_guid
                and note_refs == selection.note_refs):
            return selection
        return replace(selection, creator_guid=creator, codings=codings, note_refs=note_refs)

    def source_content(self, source: RefiSource) -> RefiSource:
        """What a streamed source can resolve as soon as it is read (users and codes come
        before Sources): its creator, its selections' creators and codings."""
        return replace(source,
                       creator_guid=self.user(source.creator_guid, referrer=source.guid),
                       selections=tuple(self.selection(item, notes=False)
                                        for item in source.selections))

    def source(self, source: RefiSource, extra_values: list[VariableValue]) -> RefiSource:
        values = list(self.values(source.variable_values, owner=source.guid))
        given = {variable for variable, _ in values}
        values += [(variable, value) for variable, value in extra_values if variable not in given]
        return replace(source,
                       creator_guid=self.user(source.creator_guid, referrer=source.guid),
                       selections=tuple(self.selection(item) for item in source.selections),
                       variable_values=tuple(values),
                       note_refs=self.note_refs(source.guid, source.note_refs))

    def resolve(self) -> RefiProject:
        project = self.project
        document_values: dict[str, list[VariableValue]] = {}
        cases: list[RefiCase] = []
        for case in project.cases:
            values = self.values(case.variable_values, owner=case.guid)
            refs = self.keep(case.source_refs, self.sources, referrer=case.guid,
                             ref_kind="source")
            if not case.name and len(refs) == 1:
                # MAXQDA and Quirkos write document variables as a nameless Case per document.
                document_values.setdefault(refs[0], []).extend(values)
                self.ctx.tally("document_variables", "nameless_case", case.guid)
                continue
            cases.append(replace(case, variable_values=values, source_refs=refs))
        sets = [replace(item,
                        member_codes=self.keep(item.member_codes, self.codes,
                                               referrer=item.guid, ref_kind="code"),
                        member_sources=self.keep(item.member_sources, self.sources,
                                                 referrer=item.guid, ref_kind="source"))
                for item in project.sets]
        notes: list[RefiNote] = [replace(note, creator_guid=self.user(note.creator_guid,
                                                                      referrer=note.guid))
                                 for note in project.notes]
        return replace(
            project,
            creating_user_guid=self.user(project.creating_user_guid, referrer="Project"),
            codes=tuple(self.code(code) for code in project.codes),
            cases=tuple(cases),
            sources=tuple(self.source(source, document_values.get(source.guid, []))
                          for source in project.sources),
            notes=tuple(notes), sets=tuple(sets), links=tuple(self.code_links),
            note_refs=self.keep(project.note_refs, self.notes, referrer="Project",
                                ref_kind="note"))


def resolve_codebook_sets(ctx: ReadContext, *, codes: tuple[RefiCode, ...],
                          sets: tuple[RefiSet, ...]) -> tuple[RefiSet, ...]:
    known = {code.guid for root in codes for code in root.walk()}
    resolved = []
    for item in sets:
        kept: list[str] = []
        for guid in item.member_codes:
            if guid in known:
                kept.append(guid)
            else:
                ctx.dangling(referrer=item.guid, target=guid, ref_kind="code")
        resolved.append(replace(item, member_codes=tuple(kept)))
    return tuple(resolved)
