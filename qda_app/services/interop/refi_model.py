"""In-memory model of a REFI-QDA project or codebook, independent of our database.

Plain frozen dataclasses with tuples, so a model can be compared field by field (the round
trip tests rely on it) and handed between threads. Conventions, fixed by the reader and
expected by the writer:

- GUIDs are canonical: lower-case, hyphenated, without braces.
- Colours are ``#RRGGBB`` in upper case, or None.
- Datetimes are timezone-aware UTC with whole seconds, or None.
- Texts are normalised (newlines ``\\n``, Unicode NFC) and selections are half-open ranges
  ``[start, end)`` in code points of that text, as in ARCHITECTURE.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, Union

SourceKind = Literal["text", "pdf", "picture", "audio", "video", "other"]
Severity = Literal["info", "warning", "error"]

# TextValue -> str, BooleanValue -> bool, IntegerValue -> int, FloatValue -> float,
# DateValue -> date, DateTimeValue -> datetime; None when the file gave no value.
VariableValueData = Union[str, bool, int, float, date, datetime, None]
VariableValue = tuple[str, VariableValueData]  # (variable guid, value)

VARIABLE_TYPES = ("Text", "Boolean", "Integer", "Float", "Date", "DateTime")


@dataclass(frozen=True)
class RefiUser:
    guid: str
    name: str


@dataclass(frozen=True)
class RefiCode:
    guid: str
    name: str
    color: str | None = None
    description: str | None = None
    is_codable: bool = True
    children: tuple[RefiCode, ...] = ()
    note_refs: tuple[str, ...] = ()

    def walk(self) -> tuple[RefiCode, ...]:
        """This code and all its descendants, depth first (parents before children)."""
        found: list[RefiCode] = [self]
        for child in self.children:
            found.extend(child.walk())
        return tuple(found)


@dataclass(frozen=True)
class RefiSet:
    guid: str
    name: str
    description: str | None = None
    member_codes: tuple[str, ...] = ()
    member_sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class RefiCoding:
    guid: str
    code_guid: str
    creator_guid: str | None = None
    created: datetime | None = None


@dataclass(frozen=True)
class RefiSelection:
    guid: str
    name: str | None  # the quoted text, as producers write it (QualCoder writes "line:N")
    start: int
    end: int
    creator_guid: str | None = None
    created: datetime | None = None
    modified: datetime | None = None
    description: str | None = None  # the selection's comment
    codings: tuple[RefiCoding, ...] = ()
    note_refs: tuple[str, ...] = ()


@dataclass(frozen=True)
class RefiSource:
    guid: str
    name: str
    text: str | None  # None for sources whose content we cannot show (picture, audio, ...)
    description: str | None = None
    creator_guid: str | None = None
    created: datetime | None = None
    selections: tuple[RefiSelection, ...] = ()
    variable_values: tuple[VariableValue, ...] = ()
    note_refs: tuple[str, ...] = ()
    kind: SourceKind = "text"
    original_path: str | None = None  # the path as the file gave it, for provenance only


@dataclass(frozen=True)
class RefiNote:
    guid: str
    name: str
    text: str
    creator_guid: str | None = None
    created: datetime | None = None
    modified: datetime | None = None


@dataclass(frozen=True)
class RefiVariable:
    guid: str
    name: str
    type_of_variable: str = "Text"  # one of VARIABLE_TYPES
    description: str | None = None


@dataclass(frozen=True)
class RefiCase:
    guid: str
    name: str | None
    description: str | None = None
    variable_values: tuple[VariableValue, ...] = ()
    source_refs: tuple[str, ...] = ()


@dataclass(frozen=True)
class RefiLink:
    """A named relation between two codes or two selections (quotation links)."""

    guid: str
    origin_guid: str
    target_guid: str
    name: str | None = None
    direction: str | None = None  # Associative | OneWay | Bidirectional
    color: str | None = None  # #RRGGBB


@dataclass(frozen=True)
class RefiProject:
    name: str
    origin: str | None = None
    creating_user_guid: str | None = None
    creation_date_time: datetime | None = None
    users: tuple[RefiUser, ...] = ()
    codes: tuple[RefiCode, ...] = ()
    variables: tuple[RefiVariable, ...] = ()
    cases: tuple[RefiCase, ...] = ()
    sources: tuple[RefiSource, ...] = ()
    notes: tuple[RefiNote, ...] = ()
    sets: tuple[RefiSet, ...] = ()
    description: str | None = None
    note_refs: tuple[str, ...] = ()
    links: tuple[RefiLink, ...] = ()
    graphs: tuple = ()  # refi_analysis.RefiGraph: networks
    extension: dict | None = None  # qda_app's analysis extras (refi_analysis.EXTENSION_MEMBER)

    def all_codes(self) -> tuple[RefiCode, ...]:
        return tuple(code for root in self.codes for code in root.walk())

    def codebook(self) -> RefiCodebook:
        return RefiCodebook(codes=self.codes, sets=self.sets, origin=self.origin)


@dataclass(frozen=True)
class RefiCodebook:
    codes: tuple[RefiCode, ...] = ()
    sets: tuple[RefiSet, ...] = ()
    origin: str | None = None

    def all_codes(self) -> tuple[RefiCode, ...]:
        return tuple(code for root in self.codes for code in root.walk())


@dataclass(frozen=True)
class ReportEntry:
    """One machine-readable finding; the front end words it from ``kind`` and ``fields``."""

    severity: Severity
    kind: str
    fields: dict[str, object] = field(default_factory=dict)


@dataclass
class ImportReport:
    """What the reader noticed, changed or left out. Mutable while reading, then handed over.

    Kinds in use: offset_unit, offset_units_agree, quote_mismatch, clamped_offset, invalid_range,
    dropped_source, dropped_selection, non_text_source, not_carried, dangling_reference,
    merged_code, description_memo,
    duplicate_guid, invalid_guid, missing_guid, invalid_color, encoding, renamed_file,
    guessed_date, invalid_value, namespace, document_variables, note_link, document_coding,
    ignored_element.
    """

    file: str = ""
    entries: list[ReportEntry] = field(default_factory=list)
    # What an import or export carried over, e.g. {"documents": 2, "quotations": 40}.
    summary: dict[str, int] = field(default_factory=dict)
    # Display names of the GUIDs entries mention (sources, codes, notes), for wording them.
    names: dict[str, str] = field(default_factory=dict)
    origin: str | None = None  # the producing program, as the file names it

    def add(self, severity: Severity, kind: str, /, **fields: object) -> None:
        # Positional-only: an entry's fields may hold "kind" too (the empty group's kind).
        self.entries.append(ReportEntry(severity=severity, kind=kind, fields=fields))

    def of_kind(self, kind: str) -> list[ReportEntry]:
        return [entry for entry in self.entries if entry.kind == kind]

    def kinds(self) -> set[str]:
        return {entry.kind for entry in self.entries}

    @property
    def has_warnings(self) -> bool:
        return any(entry.severity != "info" for entry in self.entries)
