"""Write the model as REFI-QDA: a ``.qdpx`` project archive or a ``.qdc`` codebook.

Output validates against Project-mrt2019.xsd / Codebook-mrt2019.xsd: children in the
schema's order, containers only when they have children (an empty ``<Sets/>`` is
invalid), canonical GUIDs, ``#RRGGBB`` colours, UTC dates. Files are written to a temporary
file beside the target and renamed over it, so a failed export never leaves half a file.
The project file is written element by element and each source as the caller's SourceStream
reads it, so an export of 200,000 quotations holds one document's worth at a time; the
output is byte for byte what serialising the whole tree at once gave.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from os import PathLike
from pathlib import Path

from qda_app.core.errors import ExportFailed, InteropError
from qda_app.services.atomic_files import atomic_path, write_atomically
from qda_app.services.interop.refi_analysis import EXTENSION_MEMBER, extension_bytes, write_graphs
from qda_app.services.interop.refi_codebook_xml import codebook_document
from qda_app.services.interop.refi_model import (
    RefiCode,
    RefiCodebook,
    RefiProject,
    RefiSet,
    RefiSource,
    VariableValue,
)
from qda_app.services.interop.xml_helpers import (
    PROJECT_NAMESPACE,
    canonical_colour,
    canonical_guid,
    format_datetime,
    typed_value_text,
    xml_safe,
)

__all__ = ["write_qdpx", "write_qdc"]

_VALUE_ELEMENTS = {"Text": "TextValue", "Boolean": "BooleanValue", "Integer": "IntegerValue",
                   "Float": "FloatValue", "Date": "DateValue", "DateTime": "DateTimeValue"}


# --- small builders -------------------------------------------------------------------------

def _guid(value: str) -> str:
    guid, valid = canonical_guid(value)
    if guid is None or not valid:
        raise ValueError(f"not a GUID: {value!r}")  # a programming error, not the user's
    return guid


def _sub(parent: ET.Element, tag: str, **attributes: str | None) -> ET.Element:
    element = ET.SubElement(parent, tag)
    for key, value in attributes.items():
        if value is not None:
            element.set(key, xml_safe(value))
    return element


def _text(parent: ET.Element, tag: str, text: str | None) -> None:
    if text is not None:
        _sub(parent, tag).text = xml_safe(text)


def _date(value: datetime | None) -> str | None:
    return format_datetime(value) if value is not None else None


def _user(value: str | None) -> str | None:
    return _guid(value) if value else None


def _container(parent: ET.Element, tag: str, items: tuple | list,
               write_item: Callable[[ET.Element, object], None]) -> None:
    if items:
        holder = _sub(parent, tag)
        for item in items:
            write_item(holder, item)


def _refs(parent: ET.Element, tag: str, guids: tuple[str, ...], *,
          attribute: str = "targetGUID") -> None:
    for guid in guids:
        _sub(parent, tag, **{attribute: _guid(guid)})


def _variable_values(parent: ET.Element, values: tuple[VariableValue, ...],
                     types: dict[str, str]) -> None:
    for variable, value in values:
        holder = _sub(parent, "VariableValue")
        _sub(holder, "VariableRef", targetGUID=_guid(variable))
        if value is not None:
            _text(holder, _VALUE_ELEMENTS[types.get(variable, "Text")], typed_value_text(value))


def _code(parent: ET.Element, code: RefiCode) -> None:
    colour = canonical_colour(code.color) if code.color else None
    element = _sub(parent, "Code", guid=_guid(code.guid), name=code.name,
                   isCodable="true" if code.is_codable else "false", color=colour)
    _text(element, "Description", code.description)
    _refs(element, "NoteRef", code.note_refs)
    for child in code.children:
        _code(element, child)


def _set(parent: ET.Element, item: RefiSet) -> None:
    element = _sub(parent, "Set", guid=_guid(item.guid), name=item.name)
    _text(element, "Description", item.description)
    _refs(element, "MemberCode", item.member_codes, attribute="targetGUID")
    _refs(element, "MemberSource", item.member_sources)


# --- project ------------------------------------------------------------------------------------

def _source(parent: ET.Element, source: RefiSource, types: dict[str, str]) -> None:
    guid = _guid(source.guid)
    element = _sub(parent, "TextSource", guid=guid, name=source.name,
                   plainTextPath=f"internal://{guid}.txt",
                   creatingUser=_user(source.creator_guid),
                   creationDateTime=_date(source.created))
    _text(element, "Description", source.description)
    text = source.text or ""
    for selection in source.selections:
        quoted = selection.name if selection.name is not None else text[
            selection.start:selection.end]
        item = _sub(element, "PlainTextSelection", guid=_guid(selection.guid), name=quoted,
                    startPosition=str(selection.start), endPosition=str(selection.end),
                    creatingUser=_user(selection.creator_guid),
                    creationDateTime=_date(selection.created),
                    modifiedDateTime=_date(selection.modified))
        _text(item, "Description", selection.description)
        for coding in selection.codings:
            # One Coding per code and coder, each with its own coder and date, so
            # intercoder comparisons survive the exchange.
            written = _sub(item, "Coding", guid=_guid(coding.guid),
                           creatingUser=_user(coding.creator_guid),
                           creationDateTime=_date(coding.created))
            _sub(written, "CodeRef", targetGUID=_guid(coding.code_guid))
        _refs(item, "NoteRef", selection.note_refs)
    _refs(element, "NoteRef", source.note_refs)
    _variable_values(element, source.variable_values, types)


@dataclass(frozen=True)
class SourceStream:
    """The sources to write, one at a time: an export of a large project never holds every
    transcript and quotation at once. ``guids``: those with text, in order; ``read`` yields
    each of them (text and selections), ``texts`` each (guid, text) - both may be called
    again, and re-read the project."""

    guids: tuple[str, ...]
    read: Callable[[], Iterator[RefiSource]]
    texts: Callable[[], Iterator[tuple[str, str]]]


def sources_in_memory(project: RefiProject) -> SourceStream:
    sources = [source for source in project.sources if source.text is not None]
    return SourceStream(guids=tuple(source.guid for source in sources),
                        read=lambda: iter(sources),
                        texts=lambda: ((source.guid, source.text or "") for source in sources))


def project_root(project: RefiProject, written: set[str]) -> ET.Element:
    """The Project element with every child but Sources (written one source at a time by
    ``write_project_xml``); ``written``: GUIDs of the sources that will be written."""
    root = ET.Element("Project")
    root.set("xmlns", PROJECT_NAMESPACE)  # a plain attribute keeps ET's namespace map untouched
    for key, value in (("name", project.name), ("origin", project.origin),
                       ("creatingUserGUID", _user(project.creating_user_guid)),
                       ("creationDateTime", _date(project.creation_date_time))):
        if value is not None:
            root.set(key, xml_safe(value))
    types = _types(project)

    _container(root, "Users", project.users, lambda holder, user: _sub(
        holder, "User", guid=_guid(user.guid), name=user.name))
    if project.codes:
        codes = _sub(_sub(root, "CodeBook"), "Codes")
        for code in project.codes:
            _code(codes, code)

    def variable(holder: ET.Element, item: object) -> None:
        element = _sub(holder, "Variable", guid=_guid(item.guid), name=item.name,
                       typeOfVariable=item.type_of_variable)
        _text(element, "Description", item.description)

    def case(holder: ET.Element, item: object) -> None:
        element = _sub(holder, "Case", guid=_guid(item.guid), name=item.name)
        _text(element, "Description", item.description)
        _variable_values(element, item.variable_values, types)
        _refs(element, "SourceRef", tuple(ref for ref in item.source_refs
                                          if _guid(ref) in written))

    def note(holder: ET.Element, item: object) -> None:
        # Both the text inline and a text file: the schema allows it, QualCoder loads only
        # Notes with a plainTextPath, others only read PlainTextContent. QualCoder also needs
        # a date on every Note.
        guid = _guid(item.guid)
        element = _sub(holder, "Note", guid=guid, name=item.name,
                       plainTextPath=f"internal://{guid}.txt",
                       creatingUser=_user(item.creator_guid),
                       creationDateTime=_date(item.created or item.modified
                                              or project.creation_date_time),
                       modifiedDateTime=_date(item.modified))
        _text(element, "PlainTextContent", item.text)

    _container(root, "Variables", project.variables, variable)
    _container(root, "Cases", project.cases, case)
    _container(root, "Notes", project.notes, note)
    _container(root, "Links", project.links, lambda holder, item: _sub(
        holder, "Link", guid=_guid(item.guid), name=item.name, direction=item.direction,
        color=item.color, originGUID=_guid(item.origin_guid), targetGUID=_guid(item.target_guid)))
    sets = [RefiSet(guid=item.guid, name=item.name, description=item.description,
                    member_codes=item.member_codes,
                    member_sources=tuple(ref for ref in item.member_sources
                                         if _guid(ref) in written))
            for item in project.sets]
    _container(root, "Sets", sets, _set)
    write_graphs(root, project.graphs)
    _text(root, "Description", project.description)
    _refs(root, "NoteRef", project.note_refs)
    return root


def _types(project: RefiProject) -> dict[str, str]:
    return {_guid(variable.guid): variable.type_of_variable for variable in project.variables}


_AFTER_SOURCES = frozenset({"Notes", "Links", "Sets", "Graphs", "Description", "NoteRef"})


def write_project_xml(sink: _Utf8Sink, project: RefiProject, sources: SourceStream) -> None:
    """The .qde, element by element, 1-space indented as ElementTree would indent the whole
    tree: each child of Project, and each source, is built, written and let go in turn."""
    written = {_guid(guid) for guid in sources.guids}
    root = project_root(project, written)
    children = list(root)
    for child in children:
        root.remove(child)
    sink.write("<?xml version='1.0' encoding='utf-8'?>\n")
    empty = ET.tostring(root, encoding="unicode")  # '<Project ... />': its start tag, escaped
    if not children and not written:
        sink.write(empty)
        return
    sink.write(empty[:-3] + ">")
    split = next((index for index, child in enumerate(children) if child.tag in _AFTER_SOURCES),
                 len(children))
    for child in children[:split]:
        _write_element(sink, child, level=1)
    if written:
        types = _types(project)
        sink.write("\n <Sources>")
        for source in sources.read():
            holder = ET.Element("Sources")
            _source(holder, source, types)
            _write_element(sink, holder[0], level=2)
        sink.write("\n </Sources>")
    for child in children[split:]:
        _write_element(sink, child, level=1)
    sink.write("\n</Project>")


def _write_element(sink: _Utf8Sink, element: ET.Element, *, level: int) -> None:
    ET.indent(element, space=" ", level=level)
    element.tail = None
    sink.write("\n" + " " * level)
    sink.write(ET.tostring(element, encoding="unicode"))


# --- atomic output ----------------------------------------------------------------------------

@contextmanager
def _as_interop_error() -> Iterator[None]:
    """The exchange reports a file it cannot write as an InteropError, like one it cannot read."""
    try:
        yield
    except ExportFailed as error:
        # A refused destination keeps its problem and fields (services/output_problems.py).
        extra = {key: value for key, value in error.fields.items() if key not in ("file", "reason", "detail")}
        raise InteropError(file=str(error.fields.get("file")), reason="write_failed",
                           detail=error.fields.get("detail"), **extra) from error


def write_qdpx(project: RefiProject, path: str | PathLike[str], *,
               sources: SourceStream | None = None) -> tuple[str, ...]:
    """Write ``project`` as a .qdpx. Returns the GUIDs of sources left out (no text to write).

    ``sources``: read the sources from there, one at a time, instead of ``project.sources``.
    """
    target = Path(path)
    stream_of = sources or sources_in_memory(project)

    def write(temporary: Path) -> None:
        # Level 1: text still shrinks ~3x, at a fraction of the default level's time.
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED,
                             compresslevel=1) as archive:
            with archive.open("project.qde", "w", force_zip64=True) as stream:
                sink = _Utf8Sink(stream)
                write_project_xml(sink, project, stream_of)
                sink.flush()
            for guid, text in stream_of.texts():
                # UTF-8 without BOM, exactly the stored text: offsets count its code points.
                archive.writestr(f"sources/{_guid(guid)}.txt", text.encode("utf-8"))
            for note in project.notes:
                archive.writestr(f"sources/{_guid(note.guid)}.txt", note.text.encode("utf-8"))
            if project.extension:
                archive.writestr(EXTENSION_MEMBER, extension_bytes(project.extension))

    with _as_interop_error(), atomic_path(target) as temporary:
        write(temporary)
    return tuple(source.guid for source in project.sources if source.text is None)


class _Utf8Sink:
    """ElementTree writes a large project in a million small strings; encode them in
    1 MB batches straight into the archive, so the whole document never sits in memory
    (a str of it costs 4 bytes a character once a single emoji is in it)."""

    def __init__(self, stream: object) -> None:
        self._stream = stream
        self._pending: list[str] = []
        self._size = 0

    def write(self, text: str) -> int:
        self._pending.append(text)
        self._size += len(text)
        if self._size >= 1 << 20:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self._stream.write("".join(self._pending).encode("utf-8"))  # type: ignore[attr-defined]
            self._pending, self._size = [], 0


def write_qdc(codebook: RefiCodebook, path: str | PathLike[str]) -> None:
    """Write a .qdc; a codebook without codes is refused (the schema has no empty form)."""
    target = Path(path)
    if not codebook.codes:
        raise InteropError(file=str(target), reason="empty_codebook",
                           detail="the project has no codes", detail_key="no_codes")
    document = codebook_document(codebook)
    with _as_interop_error():
        write_atomically(target, document)
