"""Rich Text Format via striprtf.

RTF is 7-bit text: non-ASCII characters arrive as \\'xx escapes in the document's code
page (\\ansicpgNNNN) or as \\uN escapes. The bytes are read as ISO-8859-1, which maps
each byte to one character and so can never fail, and striprtf decodes the escapes.
Characters outside the BMP arrive as two \\u escapes (surrogate halves); the normaliser
joins them.
"""

from __future__ import annotations

import re

from qda_app.services.importers.detect import refuse
from qda_app.services.importers.wording import ImportWarning

_CODE_PAGE = re.compile(rb"\\ansicpg(\d{1,5})")
_CODE_PAGE_TEXT = re.compile(r"\\ansicpg\d+")
# \par not preceded by an escaping backslash and not the start of a longer control word
# (\pard, \pararsid...).
_PAR = re.compile(r"(?<!\\)((?:\\\\)*)\\par(?![a-zA-Z])")


def extract_rtf(
    path: str, data: bytes, *, max_text_chars: int
) -> tuple[str, str, tuple[str, ...]]:
    """Text of an RTF file, the code page its \\'xx escapes use, and warnings."""
    from striprtf.striprtf import rtf_to_text  # imported here: only RTF needs it

    source = data.decode("iso-8859-1")
    if not source.lstrip("\ufeff\u00ef\u00bb\u00bf \t\r\n").startswith("{\\rtf"):
        raise refuse(path, "corrupt", key="rtf_no_header")
    code_page = _code_page(data)
    # striprtf reads \ansicpg itself and decodes a code page Python lacks as UTF-8: name the one
    # chosen here, so that the escapes are decoded in the code page the document is said to use.
    source = _CODE_PAGE_TEXT.sub(lambda _match: "\\ansicpg" + code_page.removeprefix("cp"), source)
    # striprtf ends a paragraph (\par) with one "\n", like a line break (\line); doubling
    # it gives the blank line that separates paragraphs in every structured format.
    source = _PAR.sub(r"\1\\par\\par", source)
    warnings: tuple[str, ...] = ()
    try:
        text = rtf_to_text(source, encoding=code_page, errors="strict")
    except UnicodeDecodeError:
        # A stray byte the declared code page lacks: keep the rest of the text.
        text = rtf_to_text(source, encoding=code_page, errors="replace")
        warnings = (ImportWarning("invalid_in_code_page", code_page=code_page),)
    if len(text) > max_text_chars:
        raise refuse(path, "too_large", key="characters_over_limit", characters=len(text), limit=max_text_chars)
    return text, code_page, warnings


def _code_page(data: bytes) -> str:
    """The \\ansicpg code page, if Python knows it; cp1252 (the RTF default) otherwise."""
    import codecs

    match = _CODE_PAGE.search(data[:4096])
    if match:
        name = f"cp{int(match.group(1))}"
        try:
            codecs.lookup(name)
        except LookupError:
            return "cp1252"
        return name
    return "cp1252"
