"""Shared state of one read: canonicalisation that reports, and GUID bookkeeping.

Findings that can repeat thousands of times (upper-case GUIDs, dates without a zone) are
counted and reported once per kind with an example, so the report stays readable.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime

from qda_app.services.interop.refi_model import ImportReport, VariableValue
from qda_app.services.interop.xml_helpers import (
    canonical_colour,
    canonical_guid,
    child_text,
    children,
    first_child,
    local_name,
    parse_datetime,
    parse_typed_value,
)
from qda_app.services.interop.text_positions import normalise_plain


_INFO_TALLIES = ("guid_format", "document_variables", "note_link", "renamed_file",
                 "offset_units_agree")


class ReadContext:
    def __init__(self, *, file: str) -> None:
        self.file = file
        self.report = ImportReport(file=file)
        self.origin: str | None = None  # the producing program, evidence for offset units
        self.bom_owners: set[str] = set()  # elements whose text file began with a BOM
        self._claimed: dict[str, str] = {}  # guid -> what claimed it first
        self.dropped_sources: set[str] = set()
        self._tallies: Counter[tuple[str, str]] = Counter()
        self._examples: dict[tuple[str, str], str] = {}
        self._dangling: dict[tuple[str, str], int] = {}

    # --- repeated findings, reported once ------------------------------------------------

    def tally(self, kind: str, variant: str, example: str) -> None:
        key = (kind, variant)
        self._tallies[key] += 1
        self._examples.setdefault(key, example)

    def flush(self) -> ImportReport:
        for (kind, variant), count in sorted(self._tallies.items()):
            severity = "info" if kind in _INFO_TALLIES else "warning"
            self.report.add(severity, kind, variant=variant, count=count,
                            example=self._examples[(kind, variant)])
        self._tallies.clear()
        for (ref_kind, target), count in self._dangling.items():
            self.report.add("warning", "dangling_reference", ref_kind=ref_kind, target=target,
                            count=count, example=self._examples[("dangling", ref_kind + target)])
        self._dangling.clear()
        return self.report

    # --- values -----------------------------------------------------------------------------

    def guid(self, raw: str | None, *, what: str) -> str:
        """Canonical GUID of an element's own id; a missing one is invented (and reported)."""
        if raw is None or not raw.strip():
            invented = str(uuid.uuid4())
            self.report.add("warning", "missing_guid", element=what, assigned=invented)
            return invented
        return self.ref(raw)  # type: ignore[return-value]

    def ref(self, raw: str | None) -> str | None:
        guid, valid = canonical_guid(raw)
        if raw is not None and guid is not None:
            if not valid:
                self.tally("invalid_guid", "not_a_guid", raw)
            elif raw.strip().startswith("{"):
                # Upper case is common and valid; braces are worth a line in the report.
                self.tally("guid_format", "braces", raw)
        return guid

    def claim(self, guid: str, *, what: str) -> bool:
        """False (and reported) when another element already uses this GUID."""
        if guid in self._claimed:
            self.report.add("warning", "duplicate_guid", guid=guid, element=what,
                            first=self._claimed[guid])
            return False
        self._claimed[guid] = what
        return True

    def date(self, raw: str | None) -> datetime | None:
        value, guessed = parse_datetime(raw)
        if guessed:
            self.tally("guessed_date", "no_zone" if value else "unparseable", raw or "")
        return value

    def colour(self, raw: str | None, *, owner: str) -> str | None:
        colour = canonical_colour(raw)
        if raw is not None and raw.strip() and colour is None:
            self.report.add("warning", "invalid_color", value=raw, element=owner)
        return colour

    def dangling(self, *, referrer: str, target: str, ref_kind: str) -> None:
        """A reference to a GUID the file does not define; reported once per target."""
        if target in self.dropped_sources:
            return  # already reported as dropped_source; its references go quietly with it
        key = (ref_kind, target)
        self._dangling[key] = self._dangling.get(key, 0) + 1
        self._examples.setdefault(("dangling", ref_kind + target), referrer)

    # --- common element shapes -------------------------------------------------------------

    def description(self, element: ET.Element) -> str | None:
        text = child_text(element, "Description")
        return None if text is None else normalise_plain(text)

    def note_refs(self, element: ET.Element) -> tuple[str, ...]:
        found = (self.ref(child.get("targetGUID")) for child in children(element, "NoteRef"))
        return tuple(guid for guid in found if guid)

    def variable_values(self, element: ET.Element, *, owner: str) -> tuple[VariableValue, ...]:
        values: list[VariableValue] = []
        for holder in children(element, "VariableValue"):
            reference = first_child(holder, "VariableRef")
            variable = self.ref(reference.get("targetGUID") if reference is not None else None)
            if variable is None:
                self.report.add("warning", "invalid_value", element=owner,
                                detail="VariableValue without VariableRef")
                continue
            value: object = None
            for child in holder:
                name = local_name(child)
                if name == "VariableRef":
                    continue
                try:
                    value = parse_typed_value(name, child.text or "")
                except ValueError:
                    self.report.add("warning", "invalid_value", element=owner,
                                    variable=variable, value=child.text or "", type=name)
                    value = child.text
                break
            values.append((variable, value))  # type: ignore[arg-type]
        return tuple(values)
