"""A long section of a Word document written as WordprocessingML straight into the file.

Why not python-docx for everything: it holds the document as an lxml tree, about 2 KB of memory
per paragraph, and a quotations section of 200,000 quotations has 600,000 rows of three
paragraphs each (gigabytes). The rest of the document is still built with python-docx, with a
placeholder paragraph where the long section goes (``add_placeholder``); ``save_with_section``
saves it to memory, then writes the final file through ``atomic_path``: every zip entry copied
unchanged except ``word/document.xml``, which is streamed - its part before the placeholder,
the section's XML as its generator makes it, a chunk at a time, then the rest.

``paragraph_xml`` and ``run_xml`` write exactly what python-docx writes for the same calls
(``add_paragraph``, ``add_run``, ``style``, ``bold``/``italic``/``font.color.rgb``,
``keep_with_next``, ``space_before``/``space_after``, ``left_indent``, ``alignment``), so a
section reads the same whichever way it was made (tests/services/reports/test_word_stream.py).
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE

from qda_app.services.atomic_files import atomic_path

_DOCUMENT_PART = "word/document.xml"
_RUN_BREAKS = re.compile(r"([\t\n])")  # python-docx turns a tab into <w:tab/>, a newline into <w:br/>


def escape_text(text: str) -> str:
    """Text content as lxml serialises it: &, < and > escaped, quotes as they are."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _text_element(text: str) -> str:
    # python-docx keeps leading and trailing white space (as str.strip sees it) with xml:space.
    space = ' xml:space="preserve"' if len(text.strip()) < len(text) else ""
    return f"<w:t{space}>{escape_text(text)}</w:t>"


def _switch(tag: str, value: bool | None) -> str:
    if value is None:
        return ""
    return f"<w:{tag}/>" if value else f'<w:{tag} w:val="0"/>'


def run_xml(text: str, *, bold: bool | None = None, italic: bool | None = None, color: str | None = None) -> str:
    """``paragraph.add_run(text)`` with ``bold``, ``italic`` and ``font.color.rgb`` (RRGGBB) set;
    ``text`` already cleaned of characters XML cannot hold (``docx_layout.clean_text``)."""
    properties = _switch("b", bold) + _switch("i", italic) + (f'<w:color w:val="{color}"/>' if color else "")
    if "\t" in text or "\n" in text:
        content = "".join("<w:tab/>" if piece == "\t" else "<w:br/>" if piece == "\n" else _text_element(piece)
                          for piece in _RUN_BREAKS.split(text) if piece)
    else:
        content = _text_element(text) if text else ""
    return f"<w:r>{f'<w:rPr>{properties}</w:rPr>' if properties else ''}{content}</w:r>"


def paragraph_xml(runs: str, *, style_id: str | None = None, keep_with_next: bool = False,
                  space_after_twips: int | None = None, indent_twips: int | None = None,
                  justify: bool = False, space_before_twips: int | None = 0) -> str:
    """A paragraph of ``runs`` (``run_xml``), its properties in the order the schema (and
    python-docx) puts them; ``space_after_twips`` comes with ``space_before_twips`` (0, as
    ``_tight`` sets it; None: not set)."""
    before = f' w:before="{space_before_twips}"' if space_before_twips is not None else ""
    properties = "".join((
        f'<w:pStyle w:val="{escape_text(style_id)}"/>' if style_id else "",
        "<w:keepNext/>" if keep_with_next else "",
        f'<w:spacing{before} w:after="{space_after_twips}"/>' if space_after_twips is not None else "",
        f'<w:ind w:left="{indent_twips}"/>' if indent_twips is not None else "",
        '<w:jc w:val="both"/>' if justify else "",
    ))
    return f"<w:p>{f'<w:pPr>{properties}</w:pPr>' if properties else ''}{runs}</w:p>"


def paragraph_style_id(document: WordDocument, name: str) -> str | None:
    """The style id python-docx writes for ``paragraph.style = name`` (None: the default style)."""
    return document.part.get_style_id(name, WD_STYLE_TYPE.PARAGRAPH)


def add_placeholder(document: WordDocument) -> str:
    """A paragraph at the end of the body that ``save_with_section`` replaces; returns its text."""
    marker = f"qda-section-{uuid.uuid4().hex}"
    document.add_paragraph(marker)
    return marker


def save_with_section(document: WordDocument, marker: str, path: str | Path, section: Iterable[str]) -> Path:
    """Save ``document`` to ``path`` with the paragraph ``add_placeholder`` made replaced by the
    XML ``section`` yields, written as it comes. Whole or not at all (``atomic_path``): a
    failure in ``section`` leaves no file at ``path``."""
    return save_with_sections(document, path, [(marker, section)])


def save_with_sections(document: WordDocument, path: str | Path,
                       sections: Sequence[tuple[str, Iterable[str]]]) -> Path:
    """``save_with_section`` for several sections, given in the order of their placeholders."""
    target = Path(path)
    draft = io.BytesIO()  # the document without the sections: tables, figures, a few MB at most
    document.save(draft)
    with zipfile.ZipFile(draft) as source, atomic_path(target) as temporary:
        # The streamed part at deflate level 1: a long section is mostly text, and the default
        # level (6) spends four times as long - a quarter of the whole export - for a file 15%
        # smaller, which Word compresses its own way when it next saves it anyway.
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
            for info in source.infolist():
                if info.filename != _DOCUMENT_PART:
                    out.writestr(info, source.read(info))
                    continue
                rest = source.read(info)
                with out.open(_DOCUMENT_PART, "w") as stream:
                    for marker, section in sections:
                        before, found, rest = rest.partition(f"<w:p><w:r><w:t>{marker}</w:t></w:r></w:p>".encode())
                        if not found:
                            raise ValueError(f"{marker} is not a paragraph of the document")
                        stream.write(before)
                        del before
                        for piece in section:
                            stream.write(piece.encode("utf-8"))
                    stream.write(rest)
    return target
