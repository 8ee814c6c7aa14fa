"""Quotation IDs ``D:Q`` and code paths ``Category::Subcategory``."""

from __future__ import annotations

import re
import unicodedata

from qda_app.core.errors import InvalidArgument, InvalidColor, InvalidName
from qda_app.core.model import CODE_PATH_SEPARATOR

_QUOTATION_ID = re.compile(r"^\s*(\d+)\s*:\s*(\d+)\s*$")
_COLOR = re.compile(r"^#([0-9a-fA-F]{6})$")
MAX_NAME_LENGTH = 500


def format_quotation_id(document_number: int, quotation_number: int) -> str:
    return f"{document_number}:{quotation_number}"


def parse_quotation_id(text: str) -> tuple[int, int]:
    match = _QUOTATION_ID.match(text)
    if not match:
        raise InvalidArgument(name="quotation", value=text, reason="not_quotation_id")
    return int(match.group(1)), int(match.group(2))


def split_code_path(path: str) -> list[str]:
    """Split ``A::B::C`` into clean level names, refusing empty levels."""
    parts = [part.strip() for part in path.split(CODE_PATH_SEPARATOR)]
    if not path.strip() or any(not part for part in parts):
        raise InvalidName(kind="code", name=path, reason="empty level in code path")
    return [check_name(part, kind="code") for part in parts]


def name_key(name: str) -> str:
    """The form names are compared in: NFC, Unicode case folding, whitespace runs as one space.

    "Acción::Éxito" and "acción::éxito", typed decomposed on a Mac or with a double space, are
    one code; SQLite's NOCASE folds only ASCII letters, so comparisons go through this.
    """
    folded = unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())
    return " ".join(folded.split())


def code_path_key(path: str) -> tuple[str, ...]:
    return tuple(name_key(part) for part in path.split(CODE_PATH_SEPARATOR))


def join_code_path(parts: list[str] | tuple[str, ...]) -> str:
    return CODE_PATH_SEPARATOR.join(parts)


def check_name(name: str, *, kind: str) -> str:
    cleaned = unicodedata.normalize("NFC", name.strip())  # stored composed, as texts are
    if not cleaned:
        raise InvalidName(kind=kind, name=name, reason="empty")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidName(kind=kind, name=name[:40] + "…", reason="too long")
    if any(ord(ch) < 32 for ch in cleaned):
        raise InvalidName(kind=kind, name=name, reason="control characters")
    if kind == "code" and CODE_PATH_SEPARATOR in cleaned:
        raise InvalidName(kind=kind, name=name, reason="'::' separates levels")
    return cleaned


def normalise_color(value: str) -> str:
    """Accept ``#RGB``, ``#RRGGBB`` or ``#RRGGBBAA``; return ``#rrggbb``."""
    text = value.strip()
    if re.fullmatch(r"#[0-9a-fA-F]{3}", text):
        text = "#" + "".join(ch * 2 for ch in text[1:])
    elif re.fullmatch(r"#[0-9a-fA-F]{8}", text):
        text = text[:7]
    if not _COLOR.match(text):
        raise InvalidColor(value=value)
    return text.lower()


