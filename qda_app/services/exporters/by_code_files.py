"""The quotations-by-code report as a Word document, an HTML page or a PDF.

Each code: its name with {G-D} (groundedness, density), its definition, then every quotation
with ID, document, coder, text and comment. The PDF is laid out by fpdf2 with the DejaVu fonts
that matplotlib ships (every accent and most scripts, nothing downloaded).
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from qda_app.core.errors import ExportFailed
from qda_app.services.atomic_files import atomic_path, check_target
from qda_app.services.project import Project
from qda_app.services.reports.by_code import quotations_by_code
from qda_app.services.reports.deferred import frame_chunks
from qda_app.services.reports.filters import ReportFilter
from qda_app.services.reports.labels import label
from qda_app.services.reports.wording import report_wording

FORMATS = ("docx", "html", "pdf")


def _sections(frame: pd.DataFrame) -> Iterator[tuple[dict, Iterator[tuple]]]:
    """(code section, its quotation rows) in report order; the rows are made a chunk at a time
    (``reports.deferred``), each section's taken from them in turn."""
    rows = (row for chunk in frame_chunks(frame) for row in chunk.itertuples(index=False, name=None))
    for section in frame.attrs.get("codes", []):
        yield section, itertools.islice(rows, section["rows"])


def _heading(section: dict) -> str:
    return f"{section['code']} {{{section['groundedness']}-{section['density']}}}"


def _page(frame: pd.DataFrame, *, title: str, language: str, cite: str) -> Iterator[str]:
    escape = html.escape
    comment, coder = label("comment", language), label("coder", language)
    yield f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
    yield ("<style>body{font-family:Georgia,serif;max-width:52em;margin:2em auto;color:#222}"
           "h2,h3,h4{font-family:system-ui,sans-serif;border-left:.4em solid var(--c);padding-left:.4em}"
           ".definition{font-style:italic;color:#444}.quote{margin:0 0 1em 1.5em}"
           ".meta{font-family:system-ui,sans-serif;font-size:.85em;color:#555}.comment{color:#555}</style>"
           "</head><body>")
    yield f"<h1>{escape(label('sheet_by_code', language))}</h1><p class=\"meta\">{escape(title)}</p>"
    for section, rows in _sections(frame):
        level = min(2 + int(section["depth"]), 4)
        color = section["color"] or "#888888"
        yield f'<h{level} style="--c:{escape(color)}">{escape(_heading(section))}</h{level}>'
        if section["definition"]:
            yield f'<p class="definition">{escape(section["definition"])}</p>'
        for _, _, quotation_id, document, text, note, coders in rows:
            meta = f"<b>{escape(cite)} {escape(quotation_id)}</b> · {escape(document)}"
            if coders:
                meta += f" · {escape(coder)}: {escape(coders)}"
            yield f'<div class="quote"><p class="meta">{meta}</p><p>“{escape(" ".join(str(text).split()))}”</p>'
            if note:
                yield f'<p class="comment"><i>{escape(comment)}:</i> {escape(note)}</p>'
            yield "</div>"
    yield "</body></html>\n"


def write_html(frame: pd.DataFrame, path: Path, *, title: str, language: str, cite: str) -> Path:
    """The page, written as its rows are made (a page of 600,000 rows is never held whole)."""
    with atomic_path(path) as temporary, open(temporary, "w", encoding="utf-8") as page:
        first = True
        for piece in _page(frame, title=title, language=language, cite=cite):
            page.write(piece if first else "\n" + piece)
            first = False
    return path


def _fonts_folder() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def write_pdf(frame: pd.DataFrame, path: Path, *, title: str, language: str, cite: str, author: str) -> Path:
    from fpdf import FPDF

    fonts = _fonts_folder()
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=18)
    for style, name in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                        ("BI", "DejaVuSerif-BoldItalic.ttf")):
        pdf.add_font("Serif", style, str(fonts / name))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_lang(language)
    pdf.set_creator("qda_app")
    pdf.add_page()
    width = pdf.epw
    pdf.set_font("Serif", "B", 16)
    pdf.multi_cell(width, 8, label("sheet_by_code", language), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9)
    pdf.multi_cell(width, 5, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    comment, coder = label("comment", language), label("coder", language)
    for section, rows in _sections(frame):
        color = (section["color"] or "#888888").lstrip("#")
        red, green, blue = (int(color[i: i + 2], 16) for i in (0, 2, 4))
        if pdf.will_page_break(20):
            pdf.add_page()
        pdf.set_fill_color(red, green, blue)
        top = pdf.get_y()
        pdf.rect(pdf.l_margin, top + 1, 1.6, 5, style="F")
        pdf.set_x(pdf.l_margin + 3)
        pdf.set_font("Serif", "B", max(13 - 1.5 * int(section["depth"]), 10))
        pdf.multi_cell(width - 3, 7, _heading(section), new_x="LMARGIN", new_y="NEXT")
        if section["definition"]:
            pdf.set_font("Serif", "I", 9.5)
            pdf.multi_cell(width, 5, section["definition"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for _, _, quotation_id, document, text, note, coders in rows:
            pdf.set_font("Serif", "B", 9)
            meta = f"{cite} {quotation_id}"
            pdf.multi_cell(width, 4.5, f"{meta} · {document}" + (f" · {coder}: {coders}" if coders else ""),
                           new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Serif", "", 10)
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(width - 6, 5, f"“{' '.join(str(text).split())}”", new_x="LMARGIN", new_y="NEXT")
            if note:
                pdf.set_font("Serif", "I", 9)
                pdf.set_x(pdf.l_margin + 6)
                pdf.multi_cell(width - 6, 4.5, f"{comment}: {note}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
    with atomic_path(path) as temporary:
        pdf.output(str(temporary))
    return path


def export_quotations_by_code(
    project: Project, path: str | Path, *, report_filter: ReportFilter | None = None, language: str = "en"
) -> Path:
    """Write the quotations by code to ``path`` (.docx, .html or .pdf)."""
    target = Path(path)
    kind = target.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise ExportFailed(file=str(target), problem="use_suffix", suffixes=(".docx", ".html", ".pdf"))
    check_target(target)
    # Rows are made a chunk at a time and the Word file and the HTML page written as they come;
    # fpdf2 holds the PDF whole until it writes it.
    frame = quotations_by_code(project, report_filter=report_filter, language=language, defer_text=True,
                               spill_folder=target.parent)
    wording = report_wording(project, language)
    if kind == "html":
        return write_html(frame, target, title=project.name, language=language, cite=wording.cite)
    if kind == "pdf":
        return write_pdf(frame, target, title=project.name, language=language, cite=wording.cite,
                         author=wording.author)
    from qda_app.services.exporters.word import new_report_document
    from qda_app.services.exporters.word_quotations import add_quotations_section, save_with_quotations

    document, _ = new_report_document(title=project.name, author=wording.author, language=language)
    marker = add_quotations_section(document)
    return save_with_quotations(document, marker, frame, target, language=language, cite=wording.cite)
