"""Correct a transcript's text without losing its coding (edit mode, ``qda-app edit-text``).

The new text is aligned with the old one by core.text_map (the one mechanism for a changed
transcript), and every quotation of the document moves through that map in the same
transaction: one undoable action. A quotation whose passage was edited keeps the edited
passage; one whose every character was deleted cannot be empty, so it is kept as one
character where its passage was and listed as lost, its codes intact, for the user to decide.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field

from qda_app.core.errors import InvalidArgument
from qda_app.core.text_map import diff_texts
from qda_app.services import lookup
from qda_app.services.command_names import command_name
from qda_app.services.documents import text_digest
from qda_app.services.project import Project
from qda_app.store import documents as document_store
from qda_app.store import quotations as quotation_store
from qda_app.store.database import utc_now


@dataclass(frozen=True)
class PassageChange:
    quotation_id: str  # "D:Q"
    before: str
    after: str
    lost: bool  # every character of the passage was deleted


@dataclass(frozen=True)
class TextEditSummary:
    document: int
    changed_text: bool
    moved: int  # quotations whose offsets changed
    passages: tuple[PassageChange, ...] = field(default_factory=tuple)  # changed or lost passages

    @property
    def lost(self) -> tuple[PassageChange, ...]:
        return tuple(change for change in self.passages if change.lost)


def edit_document_text(project: Project, *, number: int, text: str) -> TextEditSummary:
    """Replace document ``number``'s text by ``text``, re-anchoring its quotations.

    Line ends become "\n" and the text Unicode NFC, as stored texts are; nothing else is
    touched (the import's cleaning would move text the user did not edit).
    """
    document = lookup.document(project, number)
    db = project.database
    new_text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not new_text.strip():
        raise InvalidArgument(name="text", reason="empty")
    old_text = document_store.get_text(db, document.id)
    if new_text == old_text:
        return TextEditSummary(number, False, 0)
    offsets = diff_texts(old_text, new_text)
    passages: list[PassageChange] = []
    moved = 0

    def action() -> None:
        nonlocal moved
        now = utc_now()
        for quotation in sorted(quotation_store.list_quotations(db, quotation_store.QuotationFilter(
                document_ids=[document.id])), key=lambda found: found.number):
            mapped = offsets.map_span(quotation.start, quotation.end)
            start, end = mapped.start, mapped.end
            if mapped.lost:  # never an empty quotation: one character where its passage was
                start = min(start, len(new_text) - 1)
                end = start + 1
            if mapped.passage_changed:
                passages.append(PassageChange(quotation.quotation_id, old_text[quotation.start:quotation.end],
                                              new_text[start:end], mapped.lost))
            if (start, end) != (quotation.start, quotation.end):
                moved += 1
                quotation_store.update_quotation(db, quotation.id, {"start": start, "end": end, "modified_at": now})
        page_starts = [offsets.map_position(position) for position in document.page_starts]
        document_store.update_document(db, document.id, {
            "text": new_text, "chars": len(new_text), "text_sha256": text_digest(new_text),
            "page_starts": json.dumps(page_starts),
        })

    project.execute(command_name("edit_document_text", number=number), action)
    return TextEditSummary(number, True, moved, tuple(passages))
