"""Carrying qda_app's document and quotation numbers through a REFI-QDA file.

REFI-QDA has no field for "quotation 3:41". Export writes sources in document-number order
and selections in quotation-number order, and import numbers them in file order, which
gives back the same IDs whenever numbers are contiguous. When they are not (a deleted
quotation or document left a gap, or the next number to hand out is past a deleted one),
order alone cannot say so; then export adds one ordinary Note, the *ID table*, listing
each number against its GUID. It is plain schema-valid content (no extension), readable by
people in any program as a citation table, and import recognises it by its first line,
uses it, and does not turn it into a memo. A table that does not fit the file (edited, or
from an older export of another project) is ignored with a report entry, and numbering
falls back to file order.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

MARKER = "qda_app quotation IDs v1"
NOTE_NAME = "qda_app quotation IDs"
_EXPLANATION = ("Document and quotation numbers as qda_app cites them (D:Q), so citations "
                "survive an exchange. Lines: D number next-quotation-number source-guid; "
                "Q document:quotation selection-guid.")


@dataclass
class IdTable:
    documents: dict[str, tuple[int, int]] = field(default_factory=dict)  # guid -> (number, next)
    quotations: dict[str, tuple[int, int]] = field(default_factory=dict)  # guid -> (D, Q)


def needs_table(*, documents: list[tuple[int, int, int, int, int]]) -> bool:
    """documents, in order: (number, next quotation number, how many quotations, lowest and
    highest quotation number). Quotation numbers are unique per document, so they are 1..n
    exactly when the lowest is 1 and the highest n."""
    for position, (number, next_number, count, lowest, highest) in enumerate(documents, start=1):
        if number != position or (count and (lowest != 1 or highest != count)):
            return True
        if next_number != count + 1:
            return True
    return False


def note_guid(first_guid: str) -> str:
    # Stable across exports of the same project, so re-exports diff cleanly.
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "qda_app:quotation-ids:" + first_guid))


def format_rows(documents: Iterable[tuple[str, tuple[int, int]]],
                quotations: Iterable[tuple[str, int, int]]) -> str:
    """The table's text from (document guid, (number, next)) and (quotation guid, D, Q) rows,
    which an export reads from the project as it goes rather than gathering them first."""
    lines = [MARKER, _EXPLANATION]
    lines += [f"D {number} {next_number} {guid}" for guid, (number, next_number) in documents]
    lines += [f"Q {document}:{quotation} {guid}" for guid, document, quotation in quotations]
    return "\n".join(lines) + "\n"


def is_table(text: str) -> bool:
    return text.startswith(MARKER)


def parse_table(text: str) -> IdTable | None:
    """The table, or None when any line is malformed."""
    table = IdTable()
    try:
        for line in text.splitlines()[2:]:
            if not line.strip():
                continue
            parts = line.split()
            if parts[0] == "D" and len(parts) == 4:
                table.documents[parts[3].lower()] = (int(parts[1]), int(parts[2]))
            elif parts[0] == "Q" and len(parts) == 3:
                document, quotation = parts[1].split(":")
                table.quotations[parts[2].lower()] = (int(document), int(quotation))
            else:
                return None
    except (ValueError, IndexError):
        return None
    return table
