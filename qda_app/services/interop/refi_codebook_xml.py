"""The ``.qdc`` codebook document (refi_writer writes it to disk).

Written line by line rather than through an element tree: a codebook is a few dozen
elements, and building and serialising a tree for them took longer than reading the codes
and writing the file together. The escapes are ElementTree's, so the output reads the same as
the project file's codes.
"""

from __future__ import annotations

from qda_app.services.interop.refi_model import RefiCode, RefiCodebook
from qda_app.services.interop.xml_helpers import (
    CODEBOOK_NAMESPACE,
    canonical_colour,
    canonical_guid,
    xml_safe,
)

__all__ = ["codebook_document"]


def _guid(value: str) -> str:
    guid, valid = canonical_guid(value)
    if guid is None or not valid:
        raise ValueError(f"not a GUID: {value!r}")  # a programming error, not the user's
    return guid


# What ElementTree escapes in attribute values, and in text ("&" first); a carriage return in
# text is escaped too, as a reader would otherwise turn it into a line feed.
_ATTRIBUTE_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"),
                      ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))
_TEXT_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;"))


def _escaped(text: str, escapes: tuple[tuple[str, str], ...]) -> str:
    text = xml_safe(text)
    for character, entity in escapes:
        if character in text:  # most names hold none: a scan is cheaper than a copy
            text = text.replace(character, entity)
    return text


def _attributes(**values: str | None) -> str:
    return "".join(f' {key}="{_escaped(value, _ATTRIBUTE_ESCAPES)}"'
                   for key, value in values.items() if value is not None)


def _text_line(indent: str, tag: str, text: str) -> str:
    body = _escaped(text, _TEXT_ESCAPES)
    return f"{indent}<{tag}>{body}</{tag}>" if body else f"{indent}<{tag} />"


def _codebook_code(lines: list[str], code: RefiCode, depth: int) -> None:
    indent = " " * depth
    # GUIDs, colours and booleans are canonical by now: only the name needs escaping.
    colour = canonical_colour(code.color) if code.color else None
    start = (f'{indent}<Code guid="{_guid(code.guid)}" name="{_escaped(code.name, _ATTRIBUTE_ESCAPES)}"'
             f' isCodable="{"true" if code.is_codable else "false"}"'
             + (f' color="{colour}"' if colour else ""))
    if code.description is None and not code.children:
        lines.append(start + " />")
        return
    lines.append(start + ">")
    if code.description is not None:  # the codebook schema has no NoteRef on codes
        lines.append(_text_line(indent + " ", "Description", code.description))
    for child in code.children:
        _codebook_code(lines, child, depth + 1)
    lines.append(indent + "</Code>")


def codebook_document(codebook: RefiCodebook) -> bytes:
    """The .qdc document, 1-space indented as the project's XML is.

    Written line by line rather than through an element tree: a codebook is a few dozen
    elements, and building and serialising a tree for them took longer than reading the codes
    and writing the file together.
    """
    if not codebook.codes:
        # The schema wants at least one Code inside <Codes>; callers refuse an empty codebook.
        raise ValueError("a REFI-QDA codebook needs at least one code")
    lines = ["<?xml version='1.0' encoding='utf-8'?>",
             f'<CodeBook xmlns="{CODEBOOK_NAMESPACE}"{_attributes(origin=codebook.origin)}>']
    lines.append(" <Codes>")
    for code in codebook.codes:
        _codebook_code(lines, code, 2)
    lines.append(" </Codes>")
    if codebook.sets:
        lines.append(" <Sets>")
        for item in codebook.sets:
            start = "  <Set" + _attributes(guid=_guid(item.guid), name=item.name)
            # The two schemas disagree on the attribute: here MemberCode guid=, not targetGUID=.
            children = ([_text_line("   ", "Description", item.description)]
                        if item.description is not None else [])
            children += [f'   <MemberCode guid="{_guid(member)}" />' for member in item.member_codes]
            lines.extend([start + ">", *children, "  </Set>"] if children else [start + " />"])
        lines.append(" </Sets>")
    lines.append("</CodeBook>")
    return "\n".join(lines).encode("utf-8")
