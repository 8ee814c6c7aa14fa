"""The Word report's quotations section, streamed into the file: the same XML python-docx writes
for the same paragraphs, text of every kind intact, rows made a chunk at a time, and a failure
midway leaving no file."""

from __future__ import annotations

import io
import re
import uuid
import zipfile

import pandas as pd
import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from qda_app.core.errors import ExportFailed
from qda_app.services import codes, coding, documents
from qda_app.services.atomic_files import overwrite_allowed
from qda_app.services.exporters import export_report
from qda_app.services.exporters.docx_append import BodyEnd
from qda_app.services.exporters.docx_layout import clean_text
from qda_app.services.exporters.word import new_report_document
from qda_app.services.exporters.word_quotations import add_quotations_section, save_with_quotations
from qda_app.services.project import Project
from qda_app.services.reports import ReportFilter, deferred
from qda_app.services.reports.by_code import quotations_by_code
from qda_app.services.reports.deferred import DeferredColumn, filled
from qda_app.services.reports.labels import label
from qda_app.services.reports.spilled_texts import SpilledTexts

TRICKY = "Tom & Jerry <b>bold</b> \"double\" 'single' > end"
EMOJI_RTL = "emoji 😀👩‍🔬 and Arabic مرحبا بالعالم and Hebrew שלום"
CONTROLS = "bell\x07 null\x00 escape\x1b tab\there newline\nthere return\rgone \ufffe\uffff kept\ufffd"


def reference_section(document, frame: pd.DataFrame, language: str, cite: str) -> None:
    """The section as python-docx makes it (the program's former in-memory writer): the reference
    the streamed XML must equal."""
    end = BodyEnd(document)
    end.add_heading(clean_text(label("sheet_by_code", language)), level=1)
    rows = list(frame.itertuples(index=False, name=None))
    comment_label, coder_label = label("comment", language), label("coder", language)

    def tight(paragraph, after: float) -> None:
        paragraph.paragraph_format.space_before = Pt(0)
        paragraph.paragraph_format.space_after = Pt(after)

    def plain(text: str, *, italic: bool = False, align=None):
        paragraph = end.add_paragraph()
        run = paragraph.add_run(clean_text(text))
        run.bold, run.italic = False, italic
        if align is not None:
            paragraph.alignment = align
        return paragraph

    for section in frame.attrs.get("codes", []):
        level = min(2 + int(section["depth"]), 4)
        heading = end.add_heading(
            clean_text(f"{section['code']} {{{section['groundedness']}-{section['density']}}}"), level=level)
        heading.paragraph_format.keep_with_next = True
        if section["definition"]:
            plain(section["definition"], italic=True)
        for _, _, quotation_id, document_name, text, comment, coder in rows[
                section["first_row"]: section["first_row"] + section["rows"]]:
            head = end.add_paragraph()
            head.paragraph_format.keep_with_next = True
            tight(head, 1)
            head.add_run(clean_text(f"{cite} {quotation_id}")).bold = True
            head.add_run(clean_text(f" · {document_name}" + (f" · {coder_label}: {coder}" if coder else "")))
            body = plain(f"“{' '.join(str(text).split())}”", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            body.paragraph_format.left_indent = Cm(0.8)
            tight(body, 2 if comment else 8)
            if comment:
                note = end.add_paragraph()
                note.paragraph_format.left_indent = Cm(0.8)
                tight(note, 8)
                note.add_run(clean_text(f"{comment_label}: ")).italic = True
                run = note.add_run(clean_text(comment))
                run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)


def document_part(data: bytes) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def paragraphs_of(part: bytes) -> list[bytes]:
    return re.findall(rb"<w:p>.*?</w:p>|<w:p .*?</w:p>", part)


def both_ways(frame: pd.DataFrame, folder, *, language: str = "en", cite: str = "cita") -> tuple[bytes, bytes]:
    """document.xml of the section made by python-docx and streamed, each after a page break."""
    reference, _ = new_report_document(title="t", author="a", language=language)
    reference.add_page_break()
    reference_section(reference, frame, language, cite)
    saved = io.BytesIO()
    reference.save(saved)
    streamed, _ = new_report_document(title="t", author="a", language=language)
    streamed.add_page_break()
    marker = add_quotations_section(streamed)
    path = save_with_quotations(streamed, marker, frame, folder / f"streamed-{uuid.uuid4().hex}.docx",
                                language=language, cite=cite)
    reference_zip, streamed_zip = zipfile.ZipFile(saved), zipfile.ZipFile(path)
    # every other part copied unchanged (the core properties carry the time of saving)
    assert streamed_zip.namelist() == reference_zip.namelist()
    for name in reference_zip.namelist():
        if name not in ("word/document.xml", "docProps/core.xml"):
            assert streamed_zip.read(name) == reference_zip.read(name), name
    return document_part(saved.getvalue()), document_part(path.read_bytes())


@pytest.fixture
def tricky_project(tmp_path):
    """Two documents whose names, texts, comments, code names and definitions hold XML's special
    characters, control characters, emoji and right-to-left script; three coders."""
    project = Project.create(tmp_path / "tricky.qdaproj", coder="Ana")
    first = f"{TRICKY}\n{EMOJI_RTL}\n" + "relleno " * 20
    documents.add_text_document(project, name="Doc & <uno> \"1\"", text=first)
    second = f"  leading spaces {EMOJI_RTL} {TRICKY} {CONTROLS}  "
    documents.add_text_document(project, name="مقابلة 2 😀", text=second)
    codes.create_code(project, path="Cat <A> & \"B\"::sub 😀")
    codes.describe_code(project, path="Cat <A> & \"B\"", description=f"Definition\twith tab\nand {CONTROLS}")
    coding.code_span(project, document=1, start=0, end=len(TRICKY), codes=["Cat <A> & \"B\"::sub 😀"],
                     comment=f"{CONTROLS} {EMOJI_RTL}")
    coding.code_span(project, document=1, start=len(TRICKY) + 1, end=len(TRICKY) + 1 + len(EMOJI_RTL),
                     codes=["Cat <A> & \"B\"::sub 😀", "مفتاح"], coder="Bea")
    coding.code_quotation(project, quotation="1:2", codes=["مفتاح"], coder="Carl")
    coding.code_span(project, document=2, start=0, end=30, codes=["Cat <A> & \"B\""], coder="Bea",
                     comment="  spaced comment  ")
    coding.code_span(project, document=2, start=second.index(CONTROLS), end=second.index(CONTROLS) + len(CONTROLS),
                     codes=["مفتاح"])
    codes.create_code(project, path="Empty code")
    yield project
    project.close()


def test_streamed_section_equals_python_docx_on_a_project(tricky_project, tmp_path):
    for language in ("en", "es"):
        frame = quotations_by_code(tricky_project, language=language, defer_text=True)
        assert len(frame) == 7 and [section["rows"] for section in frame.attrs["codes"]].count(0) == 1
        reference, streamed = both_ways(filled(frame), tmp_path, language=language)
        assert paragraphs_of(streamed) == paragraphs_of(reference)
        assert streamed == reference
        # the deferred frame (rows made as written) writes the same file as the whole one
        assert both_ways(frame, tmp_path, language=language)[1] == streamed


def test_streamed_section_equals_python_docx_on_every_run_shape(tmp_path):
    """Texts python-docx splits into several elements (tabs, line breaks), keeps spaces of
    (xml:space), leaves empty after cleaning, or writes with entities; headings at every level."""
    texts = ["  spaced  ", "\t", "a\tb\nc", "\x07\x08", "", TRICKY, EMOJI_RTL, CONTROLS, "x" * 5000]
    rows, sections = [], []
    for depth, text in enumerate(texts):
        sections.append({"code": text, "path": text, "color": None, "definition": text or None,
                         "groundedness": depth, "density": 0, "depth": depth % 5, "first_row": len(rows),
                         "rows": 2})
        rows.append(["c", "c", f"{depth}:1", text, text, text, text])
        rows.append(["c", "c", f"{depth}:2", "Doc", f" {text} ", "", ""])
    frame = pd.DataFrame(rows, columns=["code", "path", "id", "document", "text", "comment", "coder"])
    frame.attrs["codes"] = sections
    reference, streamed = both_ways(frame, tmp_path)
    assert paragraphs_of(streamed) == paragraphs_of(reference)
    assert streamed == reference


def test_the_report_opens_and_keeps_every_character(tricky_project, tmp_path):
    path = tmp_path / "out" / "report.docx"
    path.parent.mkdir()
    [written] = export_report(tricky_project, path, word_sections=("codebook", "quotations"))
    assert written == path and list(path.parent.iterdir()) == [path]  # the texts' spill file is gone
    document = Document(str(path))
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert "Quotations by code" in texts
    assert f"“{TRICKY}”" in texts  # &, <, >, both quotes
    assert f"“{EMOJI_RTL}”" in texts  # emoji (outside the BMP, and joined), Arabic and Hebrew
    # white space (tab, newline, return) as one space, the characters XML cannot hold left out
    assert "“bell null escape tab here newline there return gone  kept\ufffd”" in texts
    assert 'quotation 1:1 · Doc & <uno> "1" · Coder: Ana' in texts
    assert 'quotation 1:2 · Doc & <uno> "1" · Coder: Bea' in texts  # its own code's coder, not Carl
    assert "quotation 2:1 · مقابلة 2 😀 · Coder: Bea" in texts
    comment = next(text for text in texts if text.startswith("Comment: bell"))
    assert comment == f"Comment: bell null escape tab\there newline\nthere returngone  kept\ufffd {EMOJI_RTL}"
    definition = texts[texts.index('Cat <A> & "B" {3-0}') + 1]
    assert definition.startswith("Definition\twith tab\nand bell null escape tab\there")
    assert "Empty code {0-0}" in texts
    headings = {paragraph.text: paragraph.style.name for paragraph in document.paragraphs
                if paragraph.style.name.startswith("Heading")}
    assert headings['Cat <A> & "B" {3-0}'] == "Heading 2" and headings["sub 😀 {2-0}"] == "Heading 3"
    assert headings["Quotations by code"] == "Heading 1"


def test_the_category_section_lists_its_sub_codes_quotations_with_their_coders(tricky_project):
    whole = quotations_by_code(tricky_project)
    assert whole.equals(filled(quotations_by_code(tricky_project, defer_text=True)))
    category = whole[whole["Code"] == 'Cat <A> & "B"']
    # 1:2 is coded with the sub-code by Bea, with another code by Carl: the category's row says Bea
    assert category[["ID", "Coder"]].values.tolist() == [["1:1", "Ana"], ["1:2", "Bea"], ["2:1", "Bea"]]
    rtl = whole[whole["Code"] == "مفتاح"]
    assert rtl[["ID", "Coder"]].values.tolist() == [["1:2", "Bea; Carl"], ["2:2", "Ana"]]
    only_carl = quotations_by_code(tricky_project, report_filter=ReportFilter(coders=["Carl"]), defer_text=True)
    assert filled(only_carl)[["Code", "ID", "Coder"]].values.tolist() == [["مفتاح", "1:2", "Carl"]]
    assert filled(only_carl).attrs["codes"] == only_carl.attrs["codes"]


def test_rows_are_made_a_chunk_at_a_time_as_the_file_is_written(monkeypatch, tmp_path):
    """The section never asks for more than one chunk of rows ahead of what it has written."""
    monkeypatch.setattr(deferred, "ROWS_PER_CHUNK", 10)
    made: list[tuple[int, int]] = []
    total = 95

    def texts(start: int, end: int) -> list[str]:
        made.append((start, end))
        return [f"text {row}" for row in range(start, end)]

    frame = pd.DataFrame({key: [""] * total for key in ("code", "path", "id", "document", "text", "comment",
                                                        "coder")})
    frame.attrs["codes"] = [{"code": "c", "definition": "", "groundedness": total, "density": 0, "depth": 0,
                             "first_row": 0, "rows": total}]
    frame.attrs["deferred"] = {4: DeferredColumn(total, texts)}
    document, _ = new_report_document(title="t", author="a", language="en")
    marker = add_quotations_section(document)
    from qda_app.services.exporters import word_quotations

    written: list[int] = []
    original = word_quotations.quotations_section

    def watched(*args, **kwargs):
        for piece in original(*args, **kwargs):
            written.append(piece.count("<w:jc "))  # the body paragraphs in this piece
            assert made[-1][1] <= sum(written) + 10  # at most one chunk made ahead of what is written
            yield piece

    monkeypatch.setattr(word_quotations, "_PARAGRAPHS_PER_PIECE", 6)
    monkeypatch.setattr(word_quotations, "quotations_section", watched)
    path = word_quotations.save_with_quotations(document, marker, frame, tmp_path / "out.docx", language="en",
                                                cite="cita")
    assert made == [(start, min(start + 10, total)) for start in range(0, total, 10)]
    assert sum(written) == total
    assert Document(str(path)).paragraphs[-1].text == "“text 94”"


def test_a_failure_midway_leaves_no_file(tricky_project, tmp_path, monkeypatch):
    calls = []

    def failing(self, positions):
        calls.append(len(positions))
        raise OSError("disk gone")

    monkeypatch.setattr(SpilledTexts, "texts", failing)
    path = tmp_path / "out" / "report.docx"
    path.parent.mkdir()
    with pytest.raises(ExportFailed, match="disk gone"):
        export_report(tricky_project, path, word_sections=("tables", "quotations"))
    assert calls and list(path.parent.iterdir()) == []
    # an existing file the user chose to replace is left as it was
    path.write_bytes(b"the earlier report")
    with overwrite_allowed(), pytest.raises(ExportFailed, match="disk gone"):
        export_report(tricky_project, path, word_sections=("quotations",))
    assert path.read_bytes() == b"the earlier report" and list(path.parent.iterdir()) == [path]


def test_the_html_page_of_quotations_by_code_is_written_as_its_rows_are_made(tricky_project, tmp_path, monkeypatch):
    """The page equals the one built from the rows held whole, whatever the chunk size."""
    import html as html_module

    from qda_app.services.exporters import by_code_files
    from qda_app.services.reports import deferred

    whole = quotations_by_code(tricky_project, language="es")
    monkeypatch.setattr(deferred, "ROWS_PER_CHUNK", 2)
    path = by_code_files.export_quotations_by_code(tricky_project, tmp_path / "citas.html", language="es")
    page = path.read_text(encoding="utf-8")
    for section in whole.attrs["codes"]:
        assert html_module.escape(f"{section['code']} {{{section['groundedness']}-{section['density']}}}") in page
    positions = [page.index(f"<b>cita {html_module.escape(quotation_id)}</b>") for quotation_id in whole["ID"]
                 if whole["ID"].tolist().count(quotation_id) == 1]
    assert positions == sorted(positions)  # every quotation, in the report's order
    texts = [html_module.escape(" ".join(str(text).split())) for text in whole["Texto"] if str(text).strip()]
    assert all(text in page for text in texts)
    assert page.count('<div class="quote">') == len(whole)
    assert not [name for name in tmp_path.iterdir() if name.name != "citas.html" and "tricky" not in name.name]


def test_spilled_texts_need_no_positional_read(tricky_project, tmp_path, monkeypatch):
    """Windows' os module has no pread: the texts are read back with seek and read."""
    import os

    monkeypatch.delattr(os, "pread", raising=False)
    whole = quotations_by_code(tricky_project, language="en")
    deferred_frame = quotations_by_code(tricky_project, language="en", defer_text=True, spill_folder=tmp_path)
    assert deferred.filled(deferred_frame)["Text"].tolist() == whole["Text"].tolist()


def reference_smart_quotations(document, summary: pd.DataFrame, listed: pd.DataFrame, language: str,
                               cite: str) -> None:
    """The smart codes' quotations as python-docx made them before they were streamed."""
    name_column, grounded_column = label("smart_code", language), label("groundedness", language)
    by_name: dict[str, list[tuple]] = {}
    for row in listed[[label(key, language) for key in ("smart_code", "quotation_id", "document", "text")]] \
            .itertuples(index=False, name=None):
        by_name.setdefault(row[0], []).append(row)
    end = BodyEnd(document)
    for name, grounded in summary[[name_column, grounded_column]].itertuples(index=False, name=None):
        heading = end.add_heading(clean_text(f"{name} {{{grounded}}}"), level=2)
        heading.paragraph_format.keep_with_next = True
        for _, quotation_id, document_name, text in by_name.get(name, []):
            head = end.add_paragraph()
            head.paragraph_format.keep_with_next = True
            head.paragraph_format.space_after = Pt(1)
            head.add_run(clean_text(f"{cite} {quotation_id}")).bold = True
            head.add_run(clean_text(f" · {document_name}"))
            body = end.add_paragraph(clean_text(f"“{' '.join(str(text).split())}”"))
            body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            body.paragraph_format.left_indent = Cm(0.8)
            body.paragraph_format.space_after = Pt(8)


def test_smart_code_quotations_streamed_equal_python_docx(tricky_project, tmp_path):
    from qda_app.services import queries
    from qda_app.services.exporters.docx_stream import save_with_sections
    from qda_app.services.exporters.word_smart_codes import add_smart_codes
    from qda_app.services.reports import build_report_book

    queries.save_smart_code(tricky_project, name="Todo <A> & \"B\" 😀", query='"Cat <A> & \\"B\\""')
    queries.save_smart_code(tricky_project, name="مفتاح y más", query='"مفتاح" OR "Cat <A> & \\"B\\"::sub 😀"')
    queries.save_smart_code(tricky_project, name="Nada", query='"Empty code"')
    for language in ("en", "es"):
        book = build_report_book(tricky_project, language=language, defer_texts=True)
        summary, _, listed = (block.frame for block in book.sheet("smart_codes").blocks)
        assert len(listed) >= 4
        reference, _ = new_report_document(title="t", author="a", language=language)
        add_smart_codes(reference, book, width_cm=16, with_quotations=False, cite="cita")
        reference_smart_quotations(reference, summary, listed, language, "cita")
        reference.add_paragraph("after")
        saved = io.BytesIO()
        reference.save(saved)
        streamed, _ = new_report_document(title="t", author="a", language=language)
        pending: list = []
        add_smart_codes(streamed, book, width_cm=16, with_quotations=True, cite="cita", pending=pending)
        streamed.add_paragraph("after")
        path = save_with_sections(streamed, tmp_path / f"smart-{language}.docx", pending)
        expected, written = document_part(saved.getvalue()), document_part(path.read_bytes())
        assert paragraphs_of(written) == paragraphs_of(expected)
        assert written == expected
        opened = Document(str(path))
        texts = [paragraph.text for paragraph in opened.paragraphs]
        assert "Nada {0}" in texts and texts[-1] == "after"


def test_sections_are_filled_in_the_order_of_their_placeholders(tmp_path):
    from qda_app.services.exporters.docx_stream import add_placeholder, paragraph_xml, run_xml, save_with_sections

    document, _ = new_report_document(title="t", author="a", language="en")
    first = add_placeholder(document)
    document.add_paragraph("between")
    second = add_placeholder(document)
    path = save_with_sections(document, tmp_path / "two.docx", [
        (first, iter([paragraph_xml(run_xml("one")), paragraph_xml(run_xml("two"))])),
        (second, iter([paragraph_xml(run_xml("three"))]))])
    assert [paragraph.text for paragraph in Document(str(path)).paragraphs] == ["one", "two", "between", "three"]
    with pytest.raises(ValueError):
        save_with_sections(document, tmp_path / "wrong.docx", [(second, iter(())), (first, iter(()))])
    assert not (tmp_path / "wrong.docx").exists()
