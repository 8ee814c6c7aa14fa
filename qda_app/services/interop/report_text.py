"""Wording of REFI-QDA import/export reports and interop errors, shared by the CLI and the GUI.

Reports from the services carry kinds and fields only; this module words them, one line per
entry, naming documents and codes by their names rather than GUIDs. ``translate`` turns an
English template into the reader's language (the GUI passes Qt's translator, context
"Messages"); fields are filled in after translation, so translations keep the ``{names}``.
No Qt here: the CLI runs without a display.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from qda_app.core.errors import InteropError
from qda_app.services.output_problems import word_output_problem

if TYPE_CHECKING:
    from qda_app.services.interop.refi_model import ImportReport, ReportEntry

Translate = Callable[[str], str]


def _identity(text: str) -> str:
    return text


SEVERITIES = ("info", "warning", "error")

# InteropError.reason -> what it means for the person who chose the file.
REASONS = {
    "not_found": "no such file",
    "unreadable": "cannot be read",
    "not_a_zip": "is not a REFI-QDA project archive (not a zip file)",
    "no_project_file": "holds no project.qde, so it is not a REFI-QDA project",
    "ambiguous_project": "holds several .qde project files",
    "not_refi_qda": "is not a REFI-QDA file",
    "malformed_xml": "is damaged: its XML is not well-formed",
    "unsafe_xml": "contains unsafe XML (DOCTYPE or entity declarations) and was refused",
    "too_large": "is too large to import",
    "too_many_members": "has too many files inside",
    "unsafe_path": "contains a file path that points outside the archive (refused)",
    "symlink": "contains a symbolic link (refused)",
    "encrypted": "is password-protected",
    "zip_bomb": "expands to an unreasonable size (possible zip bomb)",
    "write_failed": "could not be written",
    "missing_text": "lacks the text of a document",
    "would_lose_data": "cannot be imported without losing data",
    "empty_codebook": "was not written: a REFI-QDA codebook must hold at least one code",
}

# InteropError.detail_key -> the detail in the reader's language (the English ``detail`` stays
# for logs); a detail without a key is a file name, a list of names or the parser's own words.
DETAILS = {
    "no_root_element": "no root element",
    "bytes": "{size} bytes",
    "no_qde": "the archive holds no .qde file",
    "root_element": "the root element is {root}, expected {expected}",
    "entries": "{count} entries",
    "member_bytes": "{member}: {size} bytes",
    "bytes_in_all": "{size} bytes in all",
    "member_ratio": "{member}: compression ratio {ratio}",
    "member_exceeds": "{member}: more than the {size} bytes it declares",
    "member_exceeds_undeclared": "{member}: more than the bytes it declares",
    "no_codes": "the project has no codes",
    "would_lose": "{count} items would be left out; nothing was imported",
    "would_lose_one": "1 item would be left out; nothing was imported",
}

ENTRIES = {
    "offset_unit": "offsets in {source} read as {unit_words}{origin}{bom_words}: {reason_words}",
    "offset_units_agree": "offsets in {count} document(s) read as code points: no character "
                          "outside the BMP comes before their quotations, so code points and "
                          "UTF-16 units agree",
    "quote_mismatch": "{count} quotation(s) in {source} do not match the text they name",
    "clamped_offset": "a quotation in {source} ran past the end of the text; cut at the end",
    "invalid_range": "a quotation in {source} has an impossible range ({start}, {end}); left out",
    "empty_selection": "an empty quotation in {source} (at {start}) was left out",
    "dropped_source": "document {source} has no readable text ({reason}); left out",
    "non_text_source": "{source} is a {source_kind} source; its {text_from} was imported as a text "
                       "document with {quotations} quotation(s)",
    "non_text_source_dropped": "{source} is a {source_kind} source without text; not imported",
    "not_carried": "{source}: {count} {element_words} not imported ({codings} coding(s) on them): "
                   "{reason_words}",
    "dangling_reference": "{count} reference(s) to a missing {ref_kind} ({target}) were dropped",
    "duplicate_guid": "two {element} elements share the GUID {guid}; the second was given a new GUID",
    "duplicate_guid_dropped": "two {element} elements share the GUID {guid}; the second was left out",
    "shared_guid": "a {element} uses the GUID {guid} of a {first}; the {element} was given a new GUID",
    "shared_guid_dropped": "a {element} uses the GUID {guid} of a {first}; the {element} was left out",
    "invalid_guid": "{count} identifier(s) were not GUIDs (e.g. '{example}'); new ones derived",
    "missing_guid": "a {element} had no GUID; one was assigned",
    "invalid_color": "'{value}' is not a colour ({element_name}); a default colour was used",
    "encoding": "{element_name} was not UTF-8 ({encoding}); decoded",
    "renamed_file": "a file inside the archive had another name or folder than referenced; used it",
    "guessed_date": "{count} date(s) without a time zone or unreadable (e.g. '{example}'); read as UTC",
    "guid_format": "{count} GUID(s) written with braces; normalised",
    "invalid_value": "a variable value of {element_name} did not fit its type; kept as text",
    "namespace": "the file uses namespace '{namespace}'; read as REFI-QDA 1.0",
    "document_variables": "{count} nameless case(s) read as document attributes",
    "note_link": "{count} memo(s) attached through Links",
    "document_coding": "{count} coding(s) of the whole of {source} became a quotation of all its text",
    "ignored_element": "{count} {variant} element(s) are not supported and were left out",
    "normalised_text": "the text of {source} was normalised (newlines, Unicode NFC); offsets converted",
    "description_memo": "the description of {source} became a memo on that document",
    "missing_note_text": "the text of memo {note} is missing; imported with an empty text",
    "renamed": "{element} '{name}' renamed to '{new_name}'",
    "merged_code": "code '{name}' has the same name as its sibling '{into}' (ignoring case, "
                   "Unicode composition and spacing); merged into it",
    "duplicate_coding": "a repeated coding (same code and coder) in a quotation was merged",
    "id_table": "quotation IDs with gaps kept in the note 'qda_app quotation IDs'",
    "id_table_ignored": "the quotation ID table does not fit this file; quotations numbered in order",
    "mixed_set": "set '{name}' holds codes and documents; made a code group and a document group",
    "conflicting_value": "two values for one attribute of {source}; kept '{kept}', ignored '{ignored}'",
    "not_exported": "{what_words} cannot be stored in REFI-QDA and were not exported",
}

LOST = {"representatives": "{count} representative mark(s)",
        "excerpts": "{count} table excerpt(s) of quotations",
        "empty_group": "the empty {kind} group '{name}'"}

# What a media source's element is, and why a text document has no place for it.
NOT_CARRIED = {
    "PDFSelection": ("PDF region(s)", "areas of a page, not text positions"),
    "PictureSelection": ("picture region(s)", "areas of an image, not text positions"),
    "AudioSelection": ("audio time range(s)", "time ranges of a recording, not text positions"),
    "VideoSelection": ("video time range(s)", "time ranges of a recording, not text positions"),
    "TranscriptSelection": ("transcript selection(s)",
                            "their sync points give no text position"),
    "Transcript": ("transcript(s)", "their text is not in the file"),
    "SyncPoint": ("sync point time stamp(s)", "a text document has no time line"),
    "Coding": ("coding(s) of the whole source", "the source has no text to quote"),
}

# Why an offset unit was chosen (offset_units.UnitDecision.reason).
UNIT_REASONS = {
    "impossible_offsets": "the other reading gives offsets that cannot exist in the text",
    "quoted_text": "{matched} of {tested} quoted texts match in this reading, more than in the other",
    "word_boundaries": "{on_boundaries} of {ends} quotation ends fall on word boundaries, "
                       "clearly more than in the other reading",
    "producer": "the evidence in the file does not decide; this is the producer's convention",
    "no_evidence": "the evidence is too thin to tell code points from UTF-16 units; "
                   "check the quotations of this document",
    "units_agree": "both readings agree",
}

# Words filled into the templates above; translated like them.
WORDS = ("UTF-16 units", "code points", "converted", "used as they are",
         ", the byte-order mark counted as the first position",
         *UNIT_REASONS.values(), *(words for pair in NOT_CARRIED.values() for words in pair))


def _word_detail(fields: dict, translate: Translate) -> object:
    key = fields.get("detail_key")
    if fields.get("count") == 1 and f"{key}_one" in DETAILS:
        key = f"{key}_one"
    if key not in DETAILS:
        return fields.get("detail")
    try:
        return translate(DETAILS[key]).format(**fields)
    except (KeyError, IndexError, ValueError):  # a damaged translation must not hide the error
        return DETAILS[key].format(**fields)


def describe_interop(error: InteropError, translate: Translate = _identity) -> str:
    fields = error.fields
    raw = str(fields.get("reason"))
    reason = translate(REASONS[raw]) if raw in REASONS else raw
    # An output refused before writing ("the folder ... does not exist"): its own sentence.
    detail = word_output_problem(fields, translate, with_file=False) or _word_detail(fields, translate)
    if raw in REASONS and detail == REASONS[raw]:
        detail = None  # "no such file (no such file)"
    return f"{fields.get('file')}: {reason}" + (f" ({detail})" if detail else "")


def word_entry(entry: ReportEntry, report: ImportReport, translate: Translate = _identity, *,
               with_severity: bool = True) -> str:
    """One line for one report entry; ``with_severity`` prefixes "info: " / "warning: "."""
    fields: dict[str, object] = {key: value for key, value in entry.fields.items()}

    def name(guid: object) -> str:
        return f"'{report.names[guid]}'" if guid in report.names else str(guid)

    for key in ("source", "note"):
        if key in fields:
            fields[key] = name(fields[key])
    fields["element_name"] = name(fields.get("element", ""))
    fields["origin"] = f" ({report.origin})" if report.origin else ""
    utf16 = fields.get("unit") == "utf16"
    fields["unit_words"] = translate("UTF-16 units" if utf16 else "code points")
    fields["action"] = translate("converted" if utf16 else "used as they are")
    fields["bom_words"] = (translate(", the byte-order mark counted as the first position")
                           if fields.get("bom_counted") else "")
    reason = UNIT_REASONS.get(str(fields.get("reason")))
    try:
        fields["reason_words"] = translate(reason).format(**entry.fields) if reason else ""
    except (KeyError, IndexError, ValueError):
        fields["reason_words"] = translate(reason or "")
    if entry.kind == "not_carried":
        words, why = NOT_CARRIED.get(str(fields.get("element")), (str(fields.get("element")), ""))
        fields["element_words"], fields["reason_words"] = translate(words), translate(why)
    if entry.kind == "not_exported":
        what = str(fields.get("what"))
        lost = translate(LOST[what]) if what in LOST else what
        try:
            fields["what_words"] = lost.format(**entry.fields)
        except (KeyError, IndexError, ValueError):
            fields["what_words"] = lost
    kind = entry.kind
    if kind == "duplicate_guid" and fields.get("first") not in (None, fields.get("element")):
        kind = "shared_guid"  # e.g. a Code and a TextSource: not "two TextSource elements"
    # Whole sentences per outcome, never a verb phrase spliced in ("o segundo foi recebeu ...").
    if kind in ("duplicate_guid", "shared_guid") and entry.severity != "info":
        kind += "_dropped"
    if kind == "non_text_source" and not fields.get("has_text"):
        kind = "non_text_source_dropped"
    template = ENTRIES.get(kind)
    try:
        text = translate(template).format(**fields) if template else None
    except (KeyError, IndexError, ValueError):
        text = None
    if text is None:
        text = entry.kind.replace("_", " ") + ": " + ", ".join(
            f"{key}={value}" for key, value in entry.fields.items())
    if not with_severity:
        return text
    severity = translate(entry.severity) if entry.severity in SEVERITIES else entry.severity
    return f"{severity}: {text}"
