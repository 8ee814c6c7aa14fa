"""Read a ``.qdpx`` as a stream: one source at a time, never the whole file in memory.

``read_qdpx`` builds the whole model, which for a 200,000-quotation project is a 240 MB
XML tree, every transcript and every selection at once (over a gigabyte). An import does
not need that: the schema puts Users and the CodeBook before Sources, so each source can be
read, checked and handed to the importer as soon as its element ends, with its text read
from the archive then, and dropped before the next one. Everything else (variables, cases,
notes, links, sets, graphs) is small and is read at the end, as ``read_qdpx`` reads it, and
the same Resolver ties the references together: the findings are the same as a whole read.

A file that puts Users or the CodeBook after its Sources cannot be read this way (a coding
would name a code not yet seen); ``OutOfOrder`` tells the caller to read it whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from os import PathLike
from pathlib import Path

import xml.etree.ElementTree as ET

from qda_app.core.errors import InteropError
from qda_app.services.interop.media_sources import read_any_source
from qda_app.services.interop.read_context import ReadContext
from qda_app.services.interop.refi_model import ImportReport, RefiProject, RefiSource, RefiUser
from qda_app.services.interop.refi_reader import (
    check_root,
    find_project_member,
    read_head,
    read_links,
    read_rest,
)
from qda_app.services.interop.refi_resolve import Resolver
from qda_app.services.interop.text_positions import normalise_plain
from qda_app.services.interop.xml_helpers import iterparse_xml, split_tag
from qda_app.services.interop.zip_safety import DEFAULT_LIMITS, ReadLimits, open_safe_zip

__all__ = ["OutOfOrder", "StreamedProject", "peek_head", "stream_qdpx"]

# Top-level elements a source may refer to: they must come before Sources (the schema's order).
_BEFORE_SOURCES = ("Users", "CodeBook")


class OutOfOrder(Exception):
    """Users or the CodeBook come after Sources: read the file whole instead."""


@dataclass(frozen=True)
class StreamedProject:
    """The resolved project without its sources' texts and selections (the sink had those),
    and each selection's resolved NoteRefs (only selections that have any)."""

    model: RefiProject
    selection_notes: dict[str, tuple[str, ...]]


def peek_head(path: str | PathLike[str], *, limits: ReadLimits = DEFAULT_LIMITS) -> RefiProject:
    """Name, users and creating user, read from the start of the file only: what creating the
    project needs before the stream begins. Findings are left to the full read."""
    ctx = ReadContext(file=str(path))
    with open_safe_zip(Path(path), limits=limits) as archive:
        info = archive.find(find_project_member(archive, ctx))
        assert info is not None
        root: ET.Element | None = None
        depth = 0
        with archive.open_bounded(info) as stream:
            for event, element in iterparse_xml(stream, file=ctx.file):
                if event == "start":
                    depth += 1
                    if depth == 1:
                        root = element
                    elif depth == 2 and split_tag(element.tag)[1] not in _BEFORE_SOURCES:
                        break  # past the head
                    continue
                depth -= 1
    if root is None:
        raise InteropError(file=ctx.file, reason="malformed_xml", detail="no root element",
                           detail_key="no_root_element")
    users, _ = read_head(root, ctx)
    return RefiProject(name=normalise_plain(root.get("name") or ""), users=users,
                       creating_user_guid=ctx.ref(root.get("creatingUserGUID")))


def stream_qdpx(path: str | PathLike[str], *,
                begin: Callable[[tuple[RefiUser, ...], tuple], None],
                add_source: Callable[[RefiSource], None],
                limits: ReadLimits = DEFAULT_LIMITS) -> tuple[StreamedProject, ImportReport]:
    """Read ``path``, calling ``begin(users, codes)`` once before the first source and
    ``add_source`` with each resolved source (text and selections included) in file order."""
    ctx = ReadContext(file=str(Path(path)))
    with open_safe_zip(Path(path), limits=limits) as archive:
        info = archive.find(find_project_member(archive, ctx))
        assert info is not None
        reader = _Stream(ctx, archive, begin, add_source)
        with archive.open_bounded(info) as stream:
            for event, element in iterparse_xml(stream, file=ctx.file):
                reader.feed(event, element)
        streamed = reader.finish()
    return streamed, ctx.flush()


class _Stream:
    def __init__(self, ctx: ReadContext, archive: object, begin: Callable, add_source: Callable) -> None:
        self.ctx = ctx
        self.archive = archive
        self._begin = begin
        self._add_source = add_source
        self.depth = 0
        self.root: ET.Element | None = None
        self.holder: ET.Element | None = None  # the <Sources> being read
        self.head: tuple[tuple, tuple] | None = None
        self.early: Resolver | None = None
        self.light: list[RefiSource] = []
        self.selections: set[str] = set()
        self.selection_notes: dict[str, tuple[str, ...]] = {}

    def feed(self, event: str, element: ET.Element) -> None:
        if event == "start":
            self.depth += 1
            if self.depth == 1:
                self.root = element
                check_root(element, expected="Project", ctx=self.ctx)
                self.ctx.origin = element.get("origin")  # evidence for offset units
            elif self.depth == 2:
                name = split_tag(element.tag)[1]
                if name == "Sources":
                    self._start_sources()
                    self.holder = element
                elif name in _BEFORE_SOURCES and self.head is not None:
                    raise OutOfOrder(name)
            return
        if self.depth == 3 and self.holder is not None:
            self._source(element)
            self.holder.remove(element)  # read: its tree is no longer needed
        elif self.depth == 2:
            self.holder = None
        self.depth -= 1

    def _start_sources(self) -> None:
        if self.head is not None:
            return  # a second <Sources>: read on
        assert self.root is not None
        users, codes = read_head(self.root, self.ctx)
        self.head = (users, codes)
        self.early = Resolver(self.ctx, project=RefiProject(name="", users=users, codes=codes),
                              links=[])
        self._begin(users, codes)

    def _source(self, element: ET.Element) -> None:
        source = read_any_source(element, self.archive, self.ctx)  # type: ignore[arg-type]
        if source is None:
            return
        assert self.early is not None
        source = self.early.source_content(source)
        for selection in source.selections:
            self.selections.add(selection.guid)
            if selection.note_refs:
                self.selection_notes[selection.guid] = selection.note_refs
        self._add_source(source)
        self.light.append(replace(source, text=None, selections=()))

    def finish(self) -> StreamedProject:
        if self.root is None:
            raise InteropError(file=self.ctx.file, reason="malformed_xml", detail="no root element",
                               detail_key="no_root_element")
        self._start_sources()  # a project without sources still has users and codes
        assert self.head is not None
        users, codes = self.head
        rest = read_rest(self.root, self.archive, self.ctx, users=users, codes=codes,  # type: ignore[arg-type]
                         sources=tuple(self.light))
        resolver = Resolver(self.ctx, project=rest, links=read_links(self.root, self.ctx),
                            selections=self.selections)
        model = resolver.resolve()
        owners = dict.fromkeys([*self.selection_notes,
                                *(guid for guid in resolver.attached if guid in self.selections)])
        notes = {guid: resolver.note_refs(guid, self.selection_notes.get(guid, ()))
                 for guid in owners}
        return StreamedProject(model=model, selection_notes={guid: refs for guid, refs in notes.items()
                                                             if refs})
