"""The excerpt of a quotation that the category tables print, as papers shorten with "[…]".

An excerpt is the quotation's text with parts left out: each piece between the ellipses must
appear in the quotation, in order, so that a shortened citation never says what the
interviewee did not.
"""

from __future__ import annotations

import re

from qda_app.core.errors import InvalidArgument
from qda_app.services import lookup
from qda_app.services.command_names import command_name
from qda_app.services.project import Project
from qda_app.store import excerpts as excerpt_store
from qda_app.store import quotations as quotation_store

ELLIPSIS = "[…]"
# Typed ellipses are accepted too: "[...]", "(...)", "(…)".
_ELLIPSES = re.compile(r"\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)")


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def normalise_excerpt(text: str) -> str:
    """Whitespace squeezed and every typed ellipsis written as "[…]"."""
    return _squeezed(_ELLIPSES.sub(ELLIPSIS, text))


def excerpt_pieces(excerpt: str) -> list[str]:
    """The pieces of the quotation that an excerpt keeps, without the punctuation that joins them."""
    pieces = []
    for piece in normalise_excerpt(excerpt).split(ELLIPSIS):
        piece = piece.strip(" .,;:")
        if piece:
            pieces.append(piece)
    return pieces


def excerpt_fits(excerpt: str, quotation_text: str) -> bool:
    """True when every piece of ``excerpt`` appears in ``quotation_text``, in order."""
    text = _squeezed(quotation_text)
    position = 0
    pieces = excerpt_pieces(excerpt)
    if not pieces:
        return False
    for piece in pieces:
        found = text.find(piece, position)
        if found < 0:
            return False
        position = found + len(piece)
    return True


def excerpt_of(project: Project, *, quotation: str | int) -> tuple[str | None, str]:
    """(the stored excerpt or None, the quotation's whole text, whitespace squeezed)."""
    quotation_id = lookup.quotation_id(project, quotation)
    found = quotation_store.get_quotation(project.database, quotation_id)
    text = _squeezed(found.text) if found is not None else ""
    return excerpt_store.get_excerpt(project.database, quotation_id), text


def set_excerpt(project: Project, *, quotation: str | int, text: str | None) -> None:
    """Print ``text`` instead of the whole quotation in the tables; None or "" prints it whole."""
    quotation_id = lookup.quotation_id(project, quotation)
    found = quotation_store.get_quotation(project.database, quotation_id)
    if found is None:
        raise InvalidArgument(name="quotation", reason="quotation_missing", quotation=quotation)
    excerpt = normalise_excerpt(text) if text and text.strip() else None
    if excerpt is not None and not excerpt_fits(excerpt, found.text):
        raise InvalidArgument(name="excerpt", reason="excerpt_not_in_quotation", quotation=found.quotation_id)
    name = command_name("set_excerpt" if excerpt else "print_whole", quotation=found.quotation_id)
    project.execute(name, lambda: excerpt_store.set_excerpt(project.database, quotation_id, excerpt))
