"""Sources and their selections: finding the text in the archive, deciding the offset unit.

Decisions taken here (and documented in the import report):
- A text source whose text cannot be found inside the archive is dropped (reported as
  ``dropped_source``); we never read the user's disk outside the archive.
- A selection with start > end is dropped and reported (``invalid_range``); the rest of
  the file still imports.
- Offsets index the text file as stored in the archive (before newline and NFC
  normalisation), in the unit offset_units decides per source from all the evidence.
"""

from __future__ import annotations

import posixpath
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace

from qda_app.services.interop.offset_units import UTF16, RawOffsets, UnitDecision, decide_unit
from qda_app.services.interop.read_context import ReadContext
from qda_app.services.interop.refi_model import RefiCoding, RefiSelection, RefiSource
from qda_app.services.interop.text_positions import (
    NormalisedText,
    decode_text,
    normalise_plain,
    normalise_text,
)
from qda_app.services.interop.xml_helpers import child_text, children, first_child, local_name
from qda_app.services.interop.zip_safety import SafeZip

@dataclass(frozen=True)
class _RawSelection:
    guid: str
    name: str | None
    start: int
    end: int
    selection: RefiSelection  # offsets still raw


def locate_member(archive: SafeZip, reference: str, ctx: ReadContext) -> str | None:
    """Archive member holding a ``plainTextPath``; None if it is not inside the archive."""
    scheme, separator, rest = reference.partition("://")
    if not separator:
        scheme, rest = "", reference
    rest = rest.replace("\\", "/")
    if scheme.lower() == "absolute":
        candidates: list[str] = []  # a path on the producer's disk: only its name helps
    elif scheme.lower() == "internal":
        candidates = ["sources/" + rest, rest]
    else:  # relative://, or no scheme at all (QualCoder)
        candidates = [rest, "sources/" + rest]
    for candidate in candidates:
        info = archive.find(candidate)
        if info is not None:
            if info.filename != candidates[0]:
                ctx.tally("renamed_file", "other_folder_or_case", info.filename)
            return info.filename
    basename = posixpath.basename(rest)
    if not basename:
        return None
    info = archive.find("sources/" + basename)
    if info is None:
        matches = [name for name in archive.names()
                   if posixpath.basename(name).casefold() == basename.casefold()]
        info = archive.find(matches[0]) if len(matches) == 1 else None
    if info is not None:
        ctx.report.add("info", "renamed_file", reference=reference, member=info.filename)
        return info.filename
    return None


def load_text(element: ET.Element, archive: SafeZip, ctx: ReadContext, *,
              owner: str) -> tuple[str | None, str | None]:
    """(raw text, path as given) from PlainTextContent or plainTextPath; (None, path) if absent."""
    inline = child_text(element, "PlainTextContent")
    path = element.get("plainTextPath")
    if inline is not None and not path:
        return inline, None
    if not path:
        return None, None
    member = locate_member(archive, path, ctx)
    if member is None:
        return (inline, path) if inline is not None else (None, path)
    info = archive.find(member)
    assert info is not None
    text, encoding = decode_text(archive.read(info))
    if encoding in ("utf-8-sig", "utf-16"):
        ctx.bom_owners.add(owner)  # evidence for offsets: a producer may count the mark
    if encoding != "utf-8":
        ctx.report.add("warning" if encoding == "cp1252" else "info", "encoding",
                       element=owner, member=member, encoding=encoding)
    return text, path


def read_codings(element: ET.Element, ctx: ReadContext, *, creator: str | None,
                  created: object) -> tuple[RefiCoding, ...]:
    codings: list[RefiCoding] = []
    for coding in children(element, "Coding"):
        guid = ctx.guid(coding.get("guid"), what="Coding")
        code_ref = first_child(coding, "CodeRef")
        code = ctx.ref(code_ref.get("targetGUID") if code_ref is not None else None)
        if code is None:
            ctx.dangling(referrer=guid, target="", ref_kind="code")
            continue
        # A coding without its own coder or date was made with its selection.
        codings.append(RefiCoding(
            guid=guid, code_guid=code,
            creator_guid=ctx.ref(coding.get("creatingUser")) or creator,
            created=ctx.date(coding.get("creationDateTime")) or created))  # type: ignore[arg-type]
    return tuple(codings)


def read_selection(element: ET.Element, ctx: ReadContext, *, source: str,
                   positions: tuple[object, object] | None = None) -> _RawSelection | None:
    """A PlainTextSelection (or, with ``positions`` given, a TranscriptSelection)."""
    what = local_name(element)
    guid = ctx.guid(element.get("guid"), what=what)
    if not ctx.claim(guid, what=what):
        return None
    if positions is None:
        positions = (element.get("startPosition"), element.get("endPosition"))
    try:
        start = int(positions[0])  # type: ignore[arg-type]
        end = int(positions[1])  # type: ignore[arg-type]
    except (TypeError, ValueError):
        ctx.report.add("warning", "invalid_range", source=source, selection=guid,
                       start=positions[0], end=positions[1])
        return None
    if start > end:
        ctx.report.add("warning", "invalid_range", source=source, selection=guid,
                       start=start, end=end)
        return None
    if start < 0:
        ctx.report.add("warning", "clamped_offset", source=source, selection=guid,
                       start=start, end=end, length=None)
        start, end = 0, max(end, 0)
    creator = ctx.ref(element.get("creatingUser"))
    created = ctx.date(element.get("creationDateTime"))
    name = element.get("name")
    selection = RefiSelection(
        guid=guid, name=normalise_plain(name) if name is not None else None,
        start=start, end=end, creator_guid=creator, created=created,
        modified=ctx.date(element.get("modifiedDateTime")),
        description=ctx.description(element),
        codings=read_codings(element, ctx, creator=creator, created=created),
        note_refs=ctx.note_refs(element))
    return _RawSelection(guid, name, start, end, selection)


def _choose_unit(raw: list[_RawSelection], text: NormalisedText, ctx: ReadContext, *,
                 source: str) -> UnitDecision | None:
    """The unit of this source's offsets, decided from all the evidence and reported."""
    if not raw:
        return None
    decision = decide_unit([RawOffsets(item.start, item.end, item.name) for item in raw], text,
                           origin=ctx.origin, bom=source in ctx.bom_owners)
    if decision.reason == "units_agree" and not decision.bom_counted:
        ctx.tally("offset_units_agree", "no_astral_before_selections", source)
    else:
        severity = "warning" if decision.uncertain or decision.reason == "producer" else "info"
        ctx.report.add(severity, "offset_unit", source=source, unit=decision.unit,
                       reason=decision.reason, matched=decision.matched,
                       tested=decision.tested, on_boundaries=decision.on_boundaries,
                       ends=decision.ends, ambiguous=decision.uncertain,
                       bom_counted=decision.bom_counted)
    if 0 < decision.matched < decision.tested:
        # Names are quotes here (some matched), so a mismatch is a misplaced selection.
        ctx.report.add("warning", "quote_mismatch", source=source,
                       count=decision.tested - decision.matched)
    return decision


def place_selections(raw: list[_RawSelection], text: NormalisedText, ctx: ReadContext, *,
                      source: str) -> tuple[RefiSelection, ...]:
    decision = _choose_unit(raw, text, ctx, source=source)
    if decision is not None and decision.unit == UTF16:
        limit, convert = text.raw_utf16_length, text.from_utf16_units
    else:
        limit, convert = len(text.raw), text.from_code_points
    shift = 1 if decision is not None and decision.bom_counted else 0
    placed: list[RefiSelection] = []
    for item in raw:
        start, end = max(item.start - shift, 0), max(item.end - shift, 0)
        if end > limit:
            ctx.report.add("warning", "clamped_offset", source=source, selection=item.guid,
                           start=start, end=end, length=limit)
            start, end = min(start, limit), limit
        start, end = convert(start), convert(end)
        same = start == item.selection.start and end == item.selection.end
        placed.append(item.selection if same else replace(item.selection, start=start, end=end))
    return tuple(placed)


def text_source(element: ET.Element, holder: ET.Element, archive: SafeZip,
                 ctx: ReadContext, *, guid: str) -> tuple[str | None, tuple[RefiSelection, ...],
                                                            str | None]:
    """(normalised text, selections, original path) of a TextSource, or of the TextSourceType
    inside another source (a PDF's Representation, a picture's TextDescription)."""
    raw_text, path = load_text(holder, archive, ctx, owner=guid)
    if raw_text is None:
        return None, (), path
    text = normalise_text(raw_text)
    if text.changed:
        ctx.report.add("info", "normalised_text", source=guid,
                       newlines="\r" in raw_text, length_before=len(raw_text),
                       length_after=len(text.text))
    raw = [item for item in (read_selection(child, ctx, source=guid)
                             for child in children(holder, "PlainTextSelection")) if item]
    selections = place_selections(raw, text, ctx, source=guid)
    whole = read_codings(holder, ctx, creator=ctx.ref(element.get("creatingUser")),
                          created=ctx.date(element.get("creationDateTime")))
    if whole:
        # The standard allows coding a whole document; we only know quotations.
        ctx.report.add("info", "document_coding", source=guid, count=len(whole))
        selections += (RefiSelection(
            guid=str(uuid.uuid5(uuid.NAMESPACE_URL, "document-coding:" + guid)), name=None,
            start=0, end=len(text.text), creator_guid=whole[0].creator_guid,
            created=whole[0].created, codings=whole),)
    return text.text, selections, path


def read_source(element: ET.Element, archive: SafeZip, ctx: ReadContext) -> RefiSource | None:
    """A TextSource; other sources go through media_sources.read_media_source."""
    guid = ctx.guid(element.get("guid"), what="TextSource")
    if not ctx.claim(guid, what="TextSource"):
        return None
    text, selections, path = text_source(element, element, archive, ctx, guid=guid)
    if text is None:
        ctx.dropped_sources.add(guid)
        ctx.report.add("warning", "dropped_source", source=guid, name=element.get("name") or "",
                       reason="missing_text" if path else "no_plain_text",
                       reference=path or element.get("richTextPath") or "")
        return None
    return build_source(element, ctx, guid=guid, kind="text", text=text,
                        selections=selections, path=path)


def build_source(element: ET.Element, ctx: ReadContext, *, guid: str, kind: str,
                 text: str | None, selections: tuple[RefiSelection, ...],
                 path: str | None) -> RefiSource:
    name = element.get("name")
    if not name:
        name = posixpath.basename((path or "").replace("\\", "/")) or guid
    return RefiSource(
        guid=guid, name=normalise_plain(name), text=text,
        description=ctx.description(element),
        creator_guid=ctx.ref(element.get("creatingUser")),
        created=ctx.date(element.get("creationDateTime")),
        selections=selections,
        variable_values=ctx.variable_values(element, owner=guid),
        note_refs=ctx.note_refs(element), kind=kind,  # type: ignore[arg-type]
        original_path=path)
