"""HTML: the text a browser would show, with block elements as paragraphs.

Scripts, styles, the head and other invisible content are dropped; whitespace collapses
as in a browser except inside <pre>; <br> is a line break; table rows become lines with
tab-separated cells. Also used for Markdown, which is rendered to HTML first.
"""

from __future__ import annotations

import codecs
import re
import warnings

from qda_app.services.importers.detect import refuse
from qda_app.services.importers.text import DecodedText, decode_text
from qda_app.services.importers.wording import ImportWarning

_INVISIBLE = frozenset({
    "head", "title", "script", "style", "noscript", "template", "svg", "math", "iframe",
    "object", "embed", "canvas", "audio", "video", "select", "button", "textarea", "input",
})
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "summary", "table", "ul", "center",
})
_CELLS = frozenset({"td", "th"})
# Whitespace as HTML defines it: ASCII only, so a no-break space survives.
_HTML_SPACE_RUN = re.compile(r"[ \t\n\r\f]+")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""",
                           re.IGNORECASE)
# WHATWG: browsers read these labels as windows-1252, and so must we to match what the
# author saw.
_READ_AS_CP1252 = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii",
                             "ascii", "l1", "cp819", "iso_8859-1", "windows-1252"})


def extract_html(
    path: str, data: bytes, *, max_text_chars: int
) -> tuple[str, str, tuple[str, ...]]:
    """Visible text of an HTML file, the encoding it was read in, and warnings."""
    decoded = decode_html_bytes(path, data, max_text_chars=max_text_chars)
    return visible_text(decoded.text), decoded.encoding, decoded.warnings


def decode_html_bytes(path: str, data: bytes, *, max_text_chars: int) -> DecodedText:
    """A BOM wins, then a <meta charset>, then the plain-text detection."""
    declared = _declared_charset(data)
    if declared is None or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
                                            codecs.BOM_UTF16_BE)) or b"\x00" in data:
        return decode_text(path, data, max_text_chars=max_text_chars)
    try:
        text = data.decode(declared)
    except UnicodeDecodeError:
        fallback = decode_text(path, data, max_text_chars=max_text_chars)
        return DecodedText(fallback.text, fallback.encoding, fallback.warnings
                           + (ImportWarning("declared_charset_wrong", declared=declared),))
    if len(text) > max_text_chars:
        raise refuse(path, "too_large", key="characters_over_limit", characters=len(text), limit=max_text_chars)
    return DecodedText(text, declared)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    if label in _READ_AS_CP1252:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A document that decodes at all cannot be UTF-16 despite saying so (WHATWG rule).
    return "utf-8" if name.startswith("utf-16") else name


def visible_text(markup: str) -> str:
    """The text of ``markup`` as a browser shows it (not yet normalised)."""
    from bs4 import BeautifulSoup, CData, NavigableString, Tag, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():
        # XHTML is read as HTML on purpose; the warning would only reach the user's terminal.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(markup, "html.parser")
    writer = _Writer()
    # An explicit stack instead of recursion: deeply nested markup must not hit the
    # recursion limit. Entries are (node, inside <pre>) or a closing action.
    stack: list[object] = [(soup, False)]
    while stack:
        entry = stack.pop()
        if callable(entry):
            entry()
            continue
        node, preformatted = entry  # type: ignore[misc]
        if isinstance(node, Tag):
            name = (node.name or "").lower()
            if name in _INVISIBLE:
                continue
            if name == "br":
                writer.line_break()
                continue
            if name in _BLOCKS:
                writer.block_break()
                stack.append(writer.block_break)
            elif name == "tr":
                writer.line_break()
            elif name in _CELLS and _follows_a_cell(node, Tag):
                writer.cell_separator()
            inner_pre = preformatted or name in ("pre", "listing", "plaintext", "xmp")
            stack.extend((child, inner_pre) for child in reversed(node.contents))
        elif type(node) in (NavigableString, CData):
            writer.text(str(node), preformatted=preformatted)
    return writer.result()


def _follows_a_cell(node: object, tag_type: type) -> bool:
    # Only the nearest element sibling matters; skipping just the text between them keeps
    # this constant-time (find_previous_sibling would make wide rows quadratic).
    sibling = node.previous_sibling  # type: ignore[attr-defined]
    while sibling is not None and not isinstance(sibling, tag_type):
        sibling = sibling.previous_sibling
    return sibling is not None and (sibling.name or "").lower() in _CELLS


class _Writer:
    """Accumulates visible text, collapsing whitespace the way a browser does."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._last = "\n"  # last character written; a newline means "at a line start"

    def text(self, text: str, *, preformatted: bool) -> None:
        if not preformatted:
            text = _HTML_SPACE_RUN.sub(" ", text)
            if self._last in " \t\n":
                text = text.lstrip(" ")
        if text:
            self._parts.append(text)
            self._last = text[-1]

    def _trim_trailing_spaces(self) -> None:
        # Whitespace between cells/rows in the markup collapses to a space that a browser
        # would not show before a tab or line end.
        while self._parts and self._parts[-1].endswith(" "):
            self._parts[-1] = self._parts[-1].rstrip(" ")
            if not self._parts[-1]:
                self._parts.pop()

    def line_break(self) -> None:
        self._trim_trailing_spaces()
        self._parts.append("\n")
        self._last = "\n"

    def block_break(self) -> None:
        # Extra blank lines collapse in normalisation; here only the boundary matters.
        if self._parts:
            self._parts.append("\n\n")
            self._last = "\n"

    def cell_separator(self) -> None:
        self._trim_trailing_spaces()
        self._parts.append("\t")
        self._last = "\t"

    def result(self) -> str:
        return "".join(self._parts)
