"""REFI-QDA files shaped like other programs' exports, built here rather than copied.

- ``nvivo_shaped``: NVivo for Windows 12.6 as users' files show it: the qde and every text
  file start with a byte-order mark, text files use CRLF, every PlainTextSelection has
  ``name=""``, offsets count UTF-16 code units over the text as stored (a CRLF is two, an
  emoji two), GUIDs in upper case, sources in ``Sources/``.
- ``macos_shaped``: a macOS producer writing decomposed (NFD) text, offsets in code points
  of that decomposed text, quoted text in ``name``.

Each builder returns the path and, per selection GUID, the text the producer meant: the
slice of the stored file in the producer's unit, then normalised as we store text.
"""

from __future__ import annotations

import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

BOM = "\ufeff"

# Hungarian (ő and ű exist only precomposed in NFC), emoji with and without modifiers.
HUNGARIAN_PARAGRAPHS = (
    "Kérdező: Hogyan látja a falu helyzetét? 🙂",
    "Polgármester: Őszintén szólva a víz a legnagyobb gond 💧 nálunk, "
    "a kutak nyáron kiszáradnak 😟 és a tűzoltók is alig érnek ide.",
    "Kérdező: És a fiatalok? 👩‍🌾",
    "Polgármester: A fiatalok elmennek Budapestre 🚆 vagy külföldre, "
    "mert itt nincs munka 👍🏽 csak a szőlőben és a gyümölcsösben.",
    "Árvíztűrő tükörfúrógép 🎉 volt a régi iskola jelszava, ma üres az épület 🏚️.",
    "Polgármester: Az önkormányzat pályázott 📝 egy új óvodára, de a döntés még várat magára.",
    "Kérdező: Köszönöm szépen a beszélgetést, polgármester úr.",
)

# Phrases a coder selected, each on word boundaries; (paragraph index, phrase).
HUNGARIAN_SELECTIONS = (
    (0, "Hogyan látja a falu helyzetét?"),
    (1, "Őszintén szólva"),
    (1, "a víz a legnagyobb gond"),
    (1, "nálunk"),
    (1, "a kutak nyáron kiszáradnak"),
    (1, "tűzoltók"),
    (1, "alig érnek ide."),
    (2, "fiatalok"),
    (3, "elmennek Budapestre"),
    (3, "külföldre"),
    (3, "mert itt nincs munka"),
    (3, "szőlőben és a gyümölcsösben."),
    (4, "Árvíztűrő tükörfúrógép"),
    (4, "régi iskola jelszava"),
    (4, "üres az épület"),
    (5, "Az önkormányzat pályázott"),
    (5, "egy új óvodára"),
    (5, "döntés még várat magára."),
)

# Decomposed on disk, as HFS+ and some Mac programs hand text over.
MACOS_TEXT = ("Acción comunitaria en São Paulo: la niña habló del café 🎶 y del pájaro.\n"
              "Después, el señor Ibáñez dijo que la reunión fue un éxito 😀 rotundo.\n")
MACOS_SELECTIONS = ("Acción comunitaria", "São Paulo", "la niña habló del café",
                    "pájaro", "señor Ibáñez", "un éxito 😀 rotundo")

CODES = (("C0DE0000-0000-4000-8000-000000000001", "Agua"),
         ("C0DE0000-0000-4000-8000-000000000002", "Migración"),
         ("C0DE0000-0000-4000-8000-000000000003", "Éxito"))
USER = "A5E40000-0000-4000-8000-000000000001"


@dataclass(frozen=True)
class ShapedFile:
    path: Path
    meant: dict[str, str]  # selection guid (canonical) -> the text the producer selected
    source_name: str


def _normalised(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _selection_guid(number: int) -> str:
    return f"5E1EC710-0000-4000-8000-{number:012d}"


def _qde(origin: str | None, source_xml: str) -> str:
    origin_attribute = f' origin="{origin}"' if origin else ""
    codes = "".join(f'<Code guid="{guid}" name="{name}" isCodable="true" color="#3366CC"/>'
                    for guid, name in CODES)
    return (f'<?xml version="1.0" encoding="utf-8"?>\r\n'
            f'<Project xmlns="urn:QDA-XML:project:1.0" name="Falvak"{origin_attribute}>'
            f'<Users><User guid="{USER}" name="Kovács Anna"/></Users>'
            f"<CodeBook><Codes>{codes}</Codes></CodeBook>"
            f"<Sources>{source_xml}</Sources></Project>")


def _selection_xml(number: int, start: int, end: int, name: str) -> str:
    code = CODES[number % len(CODES)][0]
    return (f'<PlainTextSelection guid="{_selection_guid(number)}" name="{name}" '
            f'startPosition="{start}" endPosition="{end}" creatingUser="{USER}" '
            f'creationDateTime="2024-05-02T10:00:00Z">'
            f'<Coding guid="C0D1C000-0000-4000-8000-{number:012d}" creatingUser="{USER}">'
            f'<CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>')


def nvivo_raw_text() -> str:
    return "\r\n".join(HUNGARIAN_PARAGRAPHS) + "\r\n"


def nvivo_shaped(path: Path, *, origin: str | None = "NVivo 12.6 for Windows",
                 bom_counted: bool = False) -> ShapedFile:
    """``bom_counted``: offsets count the byte-order mark as position 0 (one further on)."""
    raw = nvivo_raw_text()
    shift = 1 if bom_counted else 0
    source_guid = "50E0C000-0000-4000-8000-000000000001"
    selections, meant = [], {}
    line_starts = [0]
    for paragraph in HUNGARIAN_PARAGRAPHS:
        line_starts.append(line_starts[-1] + len(paragraph) + 2)
    for number, (paragraph, phrase) in enumerate(HUNGARIAN_SELECTIONS, start=1):
        start = line_starts[paragraph] + HUNGARIAN_PARAGRAPHS[paragraph].index(phrase)
        end = start + len(phrase)
        selections.append(_selection_xml(number, _utf16_length(raw[:start]) + shift,
                                         _utf16_length(raw[:end]) + shift, ""))
        meant[_selection_guid(number).lower()] = _normalised(raw[start:end])
    # One selection across a line end: the CRLF counts two units inside it.
    start = raw.index("gyümölcsösben.")
    end = raw.index("Árvíztűrő") + len("Árvíztűrő")
    selections.append(_selection_xml(99, _utf16_length(raw[:start]) + shift,
                                     _utf16_length(raw[:end]) + shift, ""))
    meant[_selection_guid(99).lower()] = _normalised(raw[start:end])
    source_xml = (f'<TextSource guid="{source_guid}" name="Interjú 1" '
                  f'plainTextPath="internal://{source_guid}.txt">{"".join(selections)}</TextSource>')
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", (BOM + _qde(origin, source_xml)).encode("utf-8"))
        archive.writestr(f"Sources/{source_guid}.txt", (BOM + raw).encode("utf-8"))
    return ShapedFile(path=path, meant=meant, source_name="Interjú 1")


def macos_shaped(path: Path, *, origin: str | None = "MAXQDA 2022 (Release 22.7.0) macOS"
                 ) -> ShapedFile:
    raw = unicodedata.normalize("NFD", MACOS_TEXT)
    source_guid = "50E0C000-0000-4000-8000-000000000002"
    selections, meant = [], {}
    for number, phrase in enumerate(MACOS_SELECTIONS, start=1):
        decomposed = unicodedata.normalize("NFD", phrase)
        start = raw.index(decomposed)
        end = start + len(decomposed)
        selections.append(_selection_xml(number, start, end, decomposed))
        meant[_selection_guid(number).lower()] = _normalised(raw[start:end])
    source_xml = (f'<TextSource guid="{source_guid}" name="{unicodedata.normalize("NFD", "Reunión")}" '
                  f'plainTextPath="internal://{source_guid}.txt">{"".join(selections)}</TextSource>')
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", _qde(origin, source_xml).encode("utf-8"))
        archive.writestr(f"sources/{source_guid}.txt", raw.encode("utf-8"))
    return ShapedFile(path=path, meant=meant, source_name="Reunión")
