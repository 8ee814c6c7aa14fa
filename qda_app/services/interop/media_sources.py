"""Other programs' PDF, picture, audio and video sources: the text REFI-QDA carries for them.

qda_app codes text, so each such source becomes a text document when the file carries text
for it, with the codings whose positions are text positions:

- a PDF's ``Representation`` and a picture's ``TextDescription`` are text sources in their own
  right (TextSourceType): their text and PlainTextSelections come in like a TextSource's;
- an audio or video recording's ``Transcript``s: their text, and each TranscriptSelection
  placed at the text positions of its ``fromSyncPoint``/``toSyncPoint``. Several transcripts
  of one recording are joined into one document, a blank line apart.

What has no place in a text document is listed per source and kind (``not_carried``): PDF
and picture regions, audio and video time ranges, transcript selections whose sync points
give no text position, a whole-source coding of a source without text, and the time stamps
of the sync points. A source without any text is listed as before (``non_text_source``).
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from dataclasses import replace

from qda_app.services.interop.read_context import ReadContext
from qda_app.services.interop.refi_model import RefiSelection, RefiSource
from qda_app.services.interop.source_reader import (
    build_source,
    load_text,
    place_selections,
    read_codings,
    read_selection,
    read_source,
    text_source,
)
from qda_app.services.interop.text_positions import normalise_text
from qda_app.services.interop.xml_helpers import children, first_child, local_name
from qda_app.services.interop.zip_safety import SafeZip

KINDS = {"PDFSource": "pdf", "PictureSource": "picture", "AudioSource": "audio",
         "VideoSource": "video"}
# The region or time-range selections of each kind: positions that are not text positions.
_REGIONS = ("PDFSelection", "PictureSelection", "AudioSelection", "VideoSelection")
TRANSCRIPT_SEPARATOR = "\n\n"


def read_any_source(element: ET.Element, archive: SafeZip, ctx: ReadContext) -> RefiSource | None:
    if local_name(element) == "TextSource":
        return read_source(element, archive, ctx)
    return read_media_source(element, archive, ctx)


def _not_carried(ctx: ReadContext, source: str, element: str, items: list[ET.Element]) -> None:
    if items:
        codings = (len(items) if element == "Coding"
                   else sum(len(list(children(item, "Coding"))) for item in items))
        ctx.report.add("warning", "not_carried", source=source, element=element,
                       count=len(items), codings=codings)


def read_media_source(element: ET.Element, archive: SafeZip, ctx: ReadContext) -> RefiSource | None:
    element_name = local_name(element)
    guid = ctx.guid(element.get("guid"), what=element_name)
    if not ctx.claim(guid, what=element_name):
        return None
    kind = KINDS.get(element_name, "other")
    path = element.get("path") or element.get("currentPath")
    text: str | None = None
    selections: tuple[RefiSelection, ...] = ()
    text_from = ""
    holder = (first_child(element, "Representation") if kind == "pdf"
              else first_child(element, "TextDescription") if kind == "picture" else None)
    if holder is not None:
        text, selections, _ = text_source(element, holder, archive, ctx, guid=guid)
        text_from = local_name(holder)
    elif kind in ("audio", "video"):
        text, selections = _transcripts(element, archive, ctx, source=guid)
        text_from = "Transcript" if text is not None else ""
    for region in _REGIONS:
        _not_carried(ctx, guid, region, list(children(element, region)))
    whole = list(children(element, "Coding"))
    if whole and text is not None:
        codings = read_codings(element, ctx, creator=ctx.ref(element.get("creatingUser")),
                               created=ctx.date(element.get("creationDateTime")))
        ctx.report.add("info", "document_coding", source=guid, count=len(codings))
        selections += (RefiSelection(
            guid=str(uuid.uuid5(uuid.NAMESPACE_URL, "source-coding:" + guid)), name=None,
            start=0, end=len(text), creator_guid=codings[0].creator_guid if codings else None,
            created=codings[0].created if codings else None, codings=codings),)
    else:
        _not_carried(ctx, guid, "Coding", whole)
    ctx.report.add("info" if text is not None else "warning", "non_text_source",
                   source=guid, name=element.get("name") or "", source_kind=kind,
                   has_text=text is not None, text_from=text_from,
                   quotations=len(selections))
    return build_source(element, ctx, guid=guid, kind=kind, text=text, selections=selections,
                        path=path)


def _transcripts(element: ET.Element, archive: SafeZip, ctx: ReadContext, *,
                 source: str) -> tuple[str | None, tuple[RefiSelection, ...]]:
    """The recording's transcripts joined, with their selections at joined positions."""
    texts: list[str] = []
    placed: list[RefiSelection] = []
    offset = 0
    for transcript in children(element, "Transcript"):
        raw_text, _ = load_text(transcript, archive, ctx, owner=source)
        if raw_text is None:
            _not_carried(ctx, source, "Transcript", [transcript])
            continue
        text = normalise_text(raw_text)
        points = {}
        for point in children(transcript, "SyncPoint"):
            points[ctx.ref(point.get("guid"))] = point.get("position")
        timed = [point for point in children(transcript, "SyncPoint") if point.get("timeStamp")]
        if timed:
            ctx.report.add("info", "not_carried", source=source, element="SyncPoint",
                           count=len(timed), codings=0)
        raw = []
        unplaced = []
        for item in children(transcript, "TranscriptSelection"):
            start = points.get(ctx.ref(item.get("fromSyncPoint")))
            end = points.get(ctx.ref(item.get("toSyncPoint")))
            if start is None or end is None:
                unplaced.append(item)
                continue
            found = read_selection(item, ctx, source=source, positions=(start, end))
            if found is not None:
                raw.append(found)
        _not_carried(ctx, source, "TranscriptSelection", unplaced)
        if texts:
            offset += len(TRANSCRIPT_SEPARATOR)
        for selection in place_selections(raw, text, ctx, source=source):
            placed.append(replace(selection, start=selection.start + offset,
                                  end=selection.end + offset) if offset else selection)
        texts.append(text.text)
        offset += len(text.text)
    if not texts:
        return None, ()
    return TRANSCRIPT_SEPARATOR.join(texts), tuple(placed)
