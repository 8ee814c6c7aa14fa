"""Small rules shared by the project and codebook imports: names, colours, values, dates.

Other programs allow names we refuse (``::`` inside a code name, control characters,
duplicates among siblings). Import makes them acceptable instead of failing, and says so.
"""

from __future__ import annotations

import re
from datetime import datetime

from qda_app.core.model import CODE_PATH_SEPARATOR
from qda_app.core.numbering import MAX_NAME_LENGTH, name_key
from qda_app.services.interop.refi_model import ImportReport
from qda_app.services.interop.xml_helpers import format_datetime, typed_value_text
# Codes that arrive without a colour get the ones qda_app hands new categories.
from qda_app.services.codes import PALETTE

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def clean_name(raw: str | None, *, kind: str, fallback: str, report: ImportReport,
               guid: str) -> str:
    """A name our rules accept; changes other than trimming are reported."""
    name = _CONTROL.sub(" ", raw or "").strip()
    if kind == "code" and CODE_PATH_SEPARATOR in name:
        name = name.replace(CODE_PATH_SEPARATOR, ":")
    if len(name) > MAX_NAME_LENGTH:
        name = name[:MAX_NAME_LENGTH].rstrip()
    if not name:
        name = fallback
    if name != (raw or "").strip():
        report.add("info", "renamed", element=kind, guid=guid, name=raw or "", new_name=name)
    return name


class UniqueNames:
    """Uniqueness within one scope, names compared as everywhere (``name_key``)."""

    def __init__(self, taken: set[str] | None = None) -> None:
        self._taken: set[str] = {name_key(name) for name in taken or ()}

    def claim(self, name: str, *, kind: str, report: ImportReport, guid: str) -> str:
        chosen, number = name, 2
        while name_key(chosen) in self._taken:
            chosen = f"{name} ({number})"
            number += 1
        self._taken.add(name_key(chosen))
        if chosen != name:
            report.add("info", "renamed", element=kind, guid=guid, name=name, new_name=chosen)
        return chosen


def value_text(value: object) -> str | None:
    """A typed REFI-QDA variable value as our attributes store it (text); empty is no value."""
    if value is None:
        return None
    text = typed_value_text(value)
    return text if text != "" else None


def stored_date(value: datetime | None, default: str) -> str:
    return format_datetime(value) if value is not None else default


def colour(value: str | None, *, inherited: str | None, index: int) -> str:
    if value:
        return value.lower()
    return inherited or PALETTE[index % len(PALETTE)]
