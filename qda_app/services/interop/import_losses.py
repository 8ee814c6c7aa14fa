"""What a REFI-QDA import would leave out: refused unless the user accepts the losses.

The reader adapts what it can (renamed files, offsets in other units, dates without a zone)
and reports it; some findings are data that would not reach the project at all. An import
with any of those is refused with all of them listed, so a researcher never learns months
later that a transcript or its coding was silently dropped. Accepting (``--accept-losses``,
or the program's question) imports the rest and keeps the list in the report.
"""

from __future__ import annotations

from qda_app.core.errors import InteropError
from qda_app.services.interop.refi_model import ImportReport, ReportEntry

# Report kinds that mean something in the file is not (or not wholly) imported.
ALWAYS_LOST = frozenset({
    "dropped_source",      # a text source whose text file is missing: the document and its coding
    "dropped_selection",   # a quotation that cannot be placed
    "invalid_range",       # a quotation with an impossible range
    "clamped_offset",      # a quotation running past the text, cut short
    "empty_selection",     # a quotation without a character
    "dangling_reference",  # a reference to something the file does not define
    "missing_note_text",   # a memo whose text file is missing
    "ignored_element",     # elements this program cannot hold
})


def is_loss(entry: ReportEntry) -> bool:
    if entry.kind in ALWAYS_LOST:
        return True
    if entry.kind == "duplicate_guid":
        return entry.severity != "info"  # "info": given a new GUID and kept
    if entry.kind == "non_text_source":
        return not entry.fields.get("has_text")  # a picture, audio, video: not a document
    if entry.kind == "not_carried":
        # Regions, time ranges and unplaced selections of a media source (with their
        # codings) are lost; sync-point time stamps ("info") are timing, not data coded.
        return entry.severity != "info"
    return False


def losses(report: ImportReport) -> list[ReportEntry]:
    return [entry for entry in report.entries if is_loss(entry)]


class ImportWouldLoseData(InteropError):
    """Raised before anything is written; ``report`` holds every finding, ``lost`` the losses."""

    def __init__(self, *, file: str, report: ImportReport, lost: list[ReportEntry]) -> None:
        super().__init__(file=file, reason="would_lose_data",
                         detail=f"{len(lost)} item(s) would be left out; nothing was imported",
                         detail_key="would_lose", count=len(lost))
        self.report = report
        self.lost = lost
