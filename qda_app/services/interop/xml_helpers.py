"""Safe XML parsing and the value canonicalisation shared by reader and writer.

Producers disagree on spelling (GUID case and braces, ``#RGB`` colours, dates without a
zone, namespace versions); everything here turns what they write into one canonical
form, and tells the caller when it had to guess so the import report can say so.
"""

from __future__ import annotations

import functools
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation

import defusedxml
import defusedxml.ElementTree as SafeET

from qda_app.core.errors import InteropError

QDA_NAMESPACE_PREFIX = "urn:QDA-XML:"
PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0"
CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0"

# Deterministic stand-in GUIDs for ids that are not GUIDs at all: the same bad id maps to
# the same GUID everywhere in the file, so references to it still resolve.
_FALLBACK_GUID_NAMESPACE = uuid.UUID("6f1c2a4e-3b7d-4c1e-9a51-0d2e8f7b6c35")

# Already canonical (what we and most producers write): no need to parse it as a UUID.
_CANONICAL_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX_COLOUR = re.compile(r"#?([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})")
# XML 1.0 cannot carry these code points at all, not even as character references.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def parse_xml(data: bytes, *, file: str) -> ET.Element:
    """Parse untrusted XML, refusing DTDs, entity declarations and external references."""
    try:
        return SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True,
                                 forbid_external=True)
    except defusedxml.DefusedXmlException as error:
        raise InteropError(file=file, reason="unsafe_xml", detail=type(error).__name__) from error
    except ET.ParseError as error:
        raise InteropError(file=file, reason="malformed_xml", detail=str(error)) from error


def iterparse_xml(stream: object, *, file: str,
                  events: tuple[str, ...] = ("start", "end")) -> Iterator[tuple[str, ET.Element]]:
    """Parse untrusted XML incrementally (the same refusals as ``parse_xml``); the caller
    clears what it has used, so a 240 MB project.qde never sits in memory as a tree."""
    try:
        yield from SafeET.iterparse(stream, events=events, forbid_dtd=True, forbid_entities=True,
                                    forbid_external=True)
    except defusedxml.DefusedXmlException as error:
        raise InteropError(file=file, reason="unsafe_xml", detail=type(error).__name__) from error
    except ET.ParseError as error:
        raise InteropError(file=file, reason="malformed_xml", detail=str(error)) from error


@functools.lru_cache(maxsize=512)  # a file uses a few dozen distinct tags, millions of times
def split_tag(tag: str) -> tuple[str, str]:
    """``{namespace}Local`` -> (namespace, Local); no namespace gives ''."""
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return "", tag


def local_name(element: ET.Element) -> str:
    tag = element.tag
    return split_tag(tag)[1] if isinstance(tag, str) else ""


def children(element: ET.Element, name: str) -> Iterator[ET.Element]:
    """Children with this local name, whatever namespace (version) the producer used."""
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and split_tag(tag)[1] == name:
            yield child


def first_child(element: ET.Element, name: str) -> ET.Element | None:
    return next(children(element, name), None)


def child_text(element: ET.Element, name: str) -> str | None:
    found = first_child(element, name)
    if found is None:
        return None
    return found.text or ""


def canonical_guid(raw: str | None) -> tuple[str | None, bool]:
    """(canonical lower-case GUID, was_valid). Braces and upper case are fine (valid)."""
    if raw is not None and _CANONICAL_GUID.fullmatch(raw):
        return raw, True
    if raw is None or not raw.strip():
        return None, False
    text = raw.strip()
    try:
        return str(uuid.UUID(text)), True
    except ValueError:
        return str(uuid.uuid5(_FALLBACK_GUID_NAMESPACE, text)), False


def canonical_colour(raw: str | None) -> str | None:
    """``#RGB``, ``#RRGGBB``, ``#RRGGBBAA`` (alpha dropped) -> ``#RRGGBB``; None if unusable."""
    if raw is None:
        return None
    match = _HEX_COLOUR.fullmatch(raw.strip())
    if match is None:
        return None
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    return "#" + digits[:6].upper()


@functools.lru_cache(maxsize=8192)  # a project repeats the same few thousand timestamps
def parse_datetime(raw: str | None) -> tuple[datetime | None, bool]:
    """(UTC datetime with whole seconds, guessed). Guessed: no zone given, or unparseable."""
    if raw is None or not raw.strip():
        return None, False
    text = raw.strip()
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        try:
            value = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
        except ValueError:
            return None, True
        return value.replace(tzinfo=timezone.utc), True
    guessed = value.tzinfo is None
    if guessed:
        # The standard demands a zone; producers that omit it mostly write UTC.
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).replace(microsecond=0), guessed


@functools.lru_cache(maxsize=8192)
def format_datetime(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def xml_safe(text: str) -> str:
    """Replace code points XML 1.0 cannot hold (form feeds from PDF text, for one)."""
    return _XML_ILLEGAL.sub("\ufffd", text)


def parse_boolean(raw: str | None, *, default: bool) -> bool:
    if raw is None:
        return default
    lowered = raw.strip().lower()
    if lowered in ("true", "1"):
        return True
    if lowered in ("false", "0"):
        return False
    return default


def format_float(value: float) -> str:
    """xsd:decimal has no exponent, so 1e-07 must become 0.0000001."""
    text = format(Decimal(repr(value)), "f")
    return text if "." in text else text + ".0"


def parse_typed_value(element_name: str, raw: str) -> object:
    """Value of a VariableValue child; raises ValueError when the text does not fit the type."""
    text = raw.strip()
    if element_name == "TextValue":
        return raw
    if element_name == "BooleanValue":
        if text.lower() not in ("true", "false", "1", "0"):
            raise ValueError(raw)
        return text.lower() in ("true", "1")
    if element_name == "IntegerValue":
        return int(text)
    if element_name == "FloatValue":
        try:
            return float(Decimal(text))
        except InvalidOperation as error:
            raise ValueError(raw) from error
    if element_name == "DateValue":
        return date.fromisoformat(text[:10])
    if element_name == "DateTimeValue":
        value, _guessed = parse_datetime(text)
        if value is None:
            raise ValueError(raw)
        return value
    raise ValueError(element_name)


def typed_value_text(value: object) -> str:
    """A typed variable value (bool, float, date, datetime, int, text) as REFI-QDA writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return format_float(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
