"""Read REFI-QDA project (``.qdpx``) and codebook (``.qdc``) files into the model.

Untrusted input: the archive is checked before anything is decompressed (zip_safety), XML
is parsed with DTDs and entities refused (xml_helpers), and nothing outside the archive is
ever opened. Producers deviate from the standard in many small ways; each tolerated
deviation that changes what the user gets is recorded in the returned ImportReport.
Unusable input raises InteropError (fields: file, reason, detail) and returns nothing.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from os import PathLike
from pathlib import Path

from qda_app.core.errors import InteropError
from qda_app.services.interop.read_context import ReadContext
from qda_app.services.interop.refi_analysis import read_extension, read_graphs
from qda_app.services.interop.refi_model import (
    VARIABLE_TYPES,
    RefiSource,
    ImportReport,
    RefiCase,
    RefiCode,
    RefiCodebook,
    RefiNote,
    RefiProject,
    RefiSet,
    RefiUser,
    RefiVariable,
)
from qda_app.services.interop.refi_resolve import RawLink, Resolver, resolve_codebook_sets
from qda_app.services.interop.media_sources import read_any_source
from qda_app.services.interop.source_reader import load_text
from qda_app.services.interop.text_positions import normalise_plain
from qda_app.services.interop.xml_helpers import (
    QDA_NAMESPACE_PREFIX,
    children,
    first_child,
    parse_boolean,
    parse_xml,
    split_tag,
)
from qda_app.services.interop.zip_safety import DEFAULT_LIMITS, ReadLimits, SafeZip, open_safe_zip

__all__ = ["read_qdpx", "read_qdc", "ReadLimits", "DEFAULT_LIMITS"]


def read_qdpx(path: str | PathLike[str], *,
              limits: ReadLimits = DEFAULT_LIMITS) -> tuple[RefiProject, ImportReport]:
    path = Path(path)
    ctx = ReadContext(file=str(path))
    with open_safe_zip(path, limits=limits) as archive:
        member = find_project_member(archive, ctx)
        info = archive.find(member)
        assert info is not None
        root = parse_xml(archive.read(info), file=ctx.file)
        check_root(root, expected="Project", ctx=ctx)
        project = _read_project(root, archive, ctx)
    return project, ctx.flush()


def read_qdc(path: str | PathLike[str], *,
             limits: ReadLimits = DEFAULT_LIMITS) -> tuple[RefiCodebook, ImportReport]:
    path = Path(path)
    ctx = ReadContext(file=str(path))
    if not path.is_file():
        raise InteropError(file=ctx.file, reason="not_found", detail="no such file")
    try:
        size = path.stat().st_size
        if size > limits.max_text_bytes:
            raise InteropError(file=ctx.file, reason="too_large", detail=f"{size} bytes", detail_key="bytes", size=size)
        data = path.read_bytes()
    except OSError as error:
        raise InteropError(file=ctx.file, reason="unreadable", detail=str(error)) from error
    root = parse_xml(data, file=ctx.file)
    check_root(root, expected="CodeBook", ctx=ctx)
    codes_holder = first_child(root, "Codes")
    codes = _read_codes(codes_holder, ctx) if codes_holder is not None else ()
    sets = resolve_codebook_sets(ctx, codes=codes, sets=_read_sets(root, ctx))
    return RefiCodebook(codes=codes, sets=sets, origin=root.get("origin")), ctx.flush()


# --- archive and root -----------------------------------------------------------------------

def find_project_member(archive: SafeZip, ctx: ReadContext) -> str:
    """The .qde: by the standard ``project.qde``; in practice the single one at the root."""
    candidates = [name for name in archive.names() if name.casefold().endswith(".qde")]
    at_root = [name for name in candidates if "/" not in name]
    chosen: str | None = None
    if len(at_root) == 1:
        chosen = at_root[0]
    elif len(at_root) > 1:
        standard = [name for name in at_root if name.casefold() == "project.qde"]
        if len(standard) != 1:
            raise InteropError(file=ctx.file, reason="ambiguous_project",
                               detail=", ".join(at_root))
        chosen = standard[0]
    elif len(candidates) == 1:
        chosen = candidates[0]
    elif candidates:
        raise InteropError(file=ctx.file, reason="ambiguous_project",
                           detail=", ".join(candidates))
    if chosen is None:
        raise InteropError(file=ctx.file, reason="no_project_file",
                           detail="the archive holds no .qde file", detail_key="no_qde")
    if chosen != "project.qde":
        ctx.report.add("info", "renamed_file", reference="project.qde", member=chosen)
    return chosen


def check_root(root: ET.Element, *, expected: str, ctx: ReadContext) -> None:
    namespace, local = split_tag(root.tag)
    if local != expected:
        raise InteropError(file=ctx.file, reason="not_refi_qda",
                           detail=f"root element is {local}, expected {expected}", detail_key="root_element",
                           root=local, expected=expected)
    kind = "project" if expected == "Project" else "codebook"
    if namespace != f"{QDA_NAMESPACE_PREFIX}{kind}:1.0":
        # Other versions (and the odd producer writing no namespace) read the same way.
        known = namespace.startswith(QDA_NAMESPACE_PREFIX)
        ctx.report.add("info" if known else "warning", "namespace", namespace=namespace)


# --- project elements -------------------------------------------------------------------------

def _read_code(element: ET.Element, ctx: ReadContext) -> RefiCode | None:
    guid = ctx.guid(element.get("guid"), what="Code")
    if not ctx.claim(guid, what="Code"):
        return None
    kids = (_read_code(child, ctx) for child in children(element, "Code"))
    return RefiCode(
        guid=guid, name=normalise_plain(element.get("name") or ""),
        color=ctx.colour(element.get("color"), owner=guid),
        description=ctx.description(element),
        is_codable=parse_boolean(element.get("isCodable"), default=True),
        children=tuple(kid for kid in kids if kid), note_refs=ctx.note_refs(element))


def _read_codes(holder: ET.Element, ctx: ReadContext) -> tuple[RefiCode, ...]:
    codes = (_read_code(child, ctx) for child in children(holder, "Code"))
    return tuple(code for code in codes if code)


def _read_sets(root: ET.Element, ctx: ReadContext) -> tuple[RefiSet, ...]:
    found: list[RefiSet] = []
    for holder in children(root, "Sets"):  # Taguette writes an empty <Sets/>: nothing to do
        for element in children(holder, "Set"):
            guid = ctx.guid(element.get("guid"), what="Set")
            if not ctx.claim(guid, what="Set"):
                continue
            # Codebooks say MemberCode guid=, projects targetGUID=; accept either anywhere.
            codes = (ctx.ref(child.get("targetGUID") or child.get("guid"))
                     for child in children(element, "MemberCode"))
            sources = (ctx.ref(child.get("targetGUID") or child.get("guid"))
                       for child in children(element, "MemberSource"))
            found.append(RefiSet(
                guid=guid, name=normalise_plain(element.get("name") or ""),
                description=ctx.description(element),
                member_codes=tuple(code for code in codes if code),
                member_sources=tuple(source for source in sources if source)))
    return tuple(found)


def _read_users(root: ET.Element, ctx: ReadContext) -> tuple[RefiUser, ...]:
    users: list[RefiUser] = []
    for holder in children(root, "Users"):
        for element in children(holder, "User"):
            guid = ctx.guid(element.get("guid"), what="User")
            if ctx.claim(guid, what="User"):
                users.append(RefiUser(guid=guid,
                                      name=element.get("name") or element.get("id") or ""))
    return tuple(users)


def _read_variables(root: ET.Element, ctx: ReadContext) -> tuple[RefiVariable, ...]:
    variables: list[RefiVariable] = []
    for holder in children(root, "Variables"):
        for element in children(holder, "Variable"):
            guid = ctx.guid(element.get("guid"), what="Variable")
            if not ctx.claim(guid, what="Variable"):
                continue
            type_name = element.get("typeOfVariable") or "Text"
            if type_name not in VARIABLE_TYPES:
                ctx.report.add("warning", "invalid_value", element=guid, type=type_name)
                type_name = "Text"
            variables.append(RefiVariable(guid=guid, name=element.get("name") or "",
                                          type_of_variable=type_name,
                                          description=ctx.description(element)))
    return tuple(variables)


def _read_cases(root: ET.Element, ctx: ReadContext) -> tuple[RefiCase, ...]:
    cases: list[RefiCase] = []
    for holder in children(root, "Cases"):
        for element in children(holder, "Case"):
            guid = ctx.guid(element.get("guid"), what="Case")
            if not ctx.claim(guid, what="Case"):
                continue
            for unsupported in ("CodeRef", "SelectionRef"):
                for _ in children(element, unsupported):
                    ctx.tally("ignored_element", "Case/" + unsupported, guid)
            refs = (ctx.ref(child.get("targetGUID")) for child in children(element, "SourceRef"))
            cases.append(RefiCase(
                guid=guid, name=element.get("name") or None,
                description=ctx.description(element),
                variable_values=ctx.variable_values(element, owner=guid),
                source_refs=tuple(ref for ref in refs if ref)))
    return tuple(cases)


def _read_notes(root: ET.Element, archive: SafeZip, ctx: ReadContext) -> tuple[RefiNote, ...]:
    notes: list[RefiNote] = []
    for holder in children(root, "Notes"):
        for element in children(holder, "Note"):
            guid = ctx.guid(element.get("guid"), what="Note")
            if not ctx.claim(guid, what="Note"):
                continue
            text, path = load_text(element, archive, ctx, owner=guid)
            if text is None:
                # A memo whose text is lost still has a name and a place; keep it, say so.
                ctx.report.add("warning", "missing_note_text", note=guid, reference=path or "")
            name = element.get("name") or posixpath.basename(path or "") or ""
            notes.append(RefiNote(
                guid=guid, name=normalise_plain(name), text=normalise_plain(text or ""),
                creator_guid=ctx.ref(element.get("creatingUser")),
                created=ctx.date(element.get("creationDateTime")),
                modified=ctx.date(element.get("modifiedDateTime"))))
    return tuple(notes)


def _read_links(root: ET.Element, ctx: ReadContext) -> list[RawLink]:
    return [RawLink(guid=ctx.guid(element.get("guid"), what="Link"),
                    origin=ctx.ref(element.get("originGUID")),
                    target=ctx.ref(element.get("targetGUID")),
                    name=element.get("name"), direction=element.get("direction"))
            for holder in children(root, "Links") for element in children(holder, "Link")]


def read_head(root: ET.Element, ctx: ReadContext) -> tuple[tuple[RefiUser, ...], tuple[RefiCode, ...]]:
    """Users and codes: what a source's codings refer to (and what comes before Sources)."""
    users = _read_users(root, ctx)
    codes: tuple[RefiCode, ...] = ()
    for book in children(root, "CodeBook"):
        for holder in children(book, "Codes"):
            codes += _read_codes(holder, ctx)
    return users, codes


def read_rest(root: ET.Element, archive: SafeZip, ctx: ReadContext, *,
              users: tuple[RefiUser, ...], codes: tuple[RefiCode, ...],
              sources: tuple[RefiSource, ...]) -> RefiProject:
    """The project around its sources, not yet resolved: variables, cases, notes, sets, graphs."""
    return RefiProject(
        name=normalise_plain(root.get("name") or ""), origin=root.get("origin"),
        creating_user_guid=ctx.ref(root.get("creatingUserGUID")),
        creation_date_time=ctx.date(root.get("creationDateTime")),
        users=users, codes=codes, variables=_read_variables(root, ctx),
        cases=_read_cases(root, ctx), sources=sources, notes=_read_notes(root, archive, ctx),
        sets=_read_sets(root, ctx), description=ctx.description(root),
        note_refs=ctx.note_refs(root), graphs=read_graphs(root, ctx), extension=read_extension(archive, ctx))


def read_links(root: ET.Element, ctx: ReadContext) -> list[RawLink]:
    return _read_links(root, ctx)


def _read_project(root: ET.Element, archive: SafeZip, ctx: ReadContext) -> RefiProject:
    ctx.origin = root.get("origin")
    users, codes = read_head(root, ctx)
    sources = tuple(source for holder in children(root, "Sources")
                    for source in (read_any_source(element, archive, ctx) for element in holder)
                    if source)
    project = read_rest(root, archive, ctx, users=users, codes=codes, sources=sources)
    return Resolver(ctx, project=project, links=_read_links(root, ctx)).resolve()
