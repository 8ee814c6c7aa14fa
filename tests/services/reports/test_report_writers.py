"""The writers: Excel (formula-safe text, sheets, styles), Word, CSV, HTML, figure, atomic writes."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import datetime

import pytest
from openpyxl import load_workbook

from qda_app.core.errors import ExportFailed
from qda_app.services.exporters import export_figure, export_report
from qda_app.services.exporters.excel import sheet_names, text_color
from qda_app.services.reports import ReportFilter, build_report_book, category_tables
from qda_app.services.reports.labels import LABELS, LANGUAGES, label

ENGLISH_SHEETS = ["Summary", "Codebook", "Categories", "Code-Document", "Co-occurrence", "Quotations", "Documents"]


@pytest.fixture
def workbook(known, tmp_path):
    path = tmp_path / "report.xlsx"
    export_report(known, path, language="en")
    return load_workbook(path)


def test_sheet_names_in_english_and_order(workbook):
    assert workbook.sheetnames[:7] == ENGLISH_SHEETS
    assert all(len(name) <= 31 for name in workbook.sheetnames)
    assert len({name.casefold() for name in workbook.sheetnames}) == len(workbook.sheetnames)


@pytest.mark.parametrize("language", ["es", "pt"])
def test_sheet_names_translated(known, tmp_path, language):
    path = tmp_path / f"{language}.xlsx"
    export_report(known, path, language=language)
    names = load_workbook(path, read_only=True).sheetnames
    assert names[:7] == [label(f"sheet_{key}", language) for key in
                         ("summary", "codebook", "categories", "code_document", "cooccurrence", "quotations", "documents")]
    assert names[0] != "Summary"


def test_sheet_name_helper_truncates_and_deduplicates():
    names = sheet_names(["x" * 40, "x" * 40, "a/b[c]", "Notes", "notes"])
    assert all(len(name) <= 31 for name in names)
    assert len({name.casefold() for name in names}) == 5
    assert "/" not in names[2] and "[" not in names[2]


def test_formula_like_text_stays_text(workbook):
    sheet = workbook["Quotations"]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    text_cell = rows["1:1"][2]
    assert text_cell.value == "=SUM(A1:A9"
    assert text_cell.data_type == "s"
    comment = rows["1:3"][6]
    assert comment.value == '=HYPERLINK("http://x")' and comment.data_type == "s"


def test_no_formula_element_in_the_file(known, tmp_path):
    path = tmp_path / "plain.xlsx"
    export_report(known, path)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)


def test_header_bold_frozen_filter_numbers_dates_and_colours(workbook):
    sheet = workbook["Codebook"]
    assert sheet.freeze_panes in ("A2", "B2")
    assert [table.autoFilter.ref[:3] for table in sheet.tables.values()] == ["A1:"]
    assert sheet["A1"].font.b
    assert [c.value for c in sheet[1]][:4] == ["Code", "Category path", "Groundedness", "Density"]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert rows["a1"][2].value == 3 and rows["a1"][2].data_type == "n"
    assert isinstance(rows["a1"][8].value, datetime)
    fill = rows["a1"][0].fill.fgColor.rgb
    assert fill.endswith(rows["a1"][6].value.lstrip("#").upper())  # the code's own colour
    assert sheet.column_dimensions["B"].width >= len("Category path")


def test_text_colour_is_readable():
    assert text_color("#000075") == "FFFFFF"
    assert text_color("#e6a800") == "000000"


def test_categories_sheet_tables_and_grand_total(workbook):
    values = [[c.value for c in row] for row in workbook["Categories"].iter_rows()]
    titles = [row[0] for row in values if isinstance(row[0], str) and row[0].startswith("Table ")]
    assert titles == ["Table 1. A", "Table 2. B"]
    subtotals = [row[2] for row in values if row[1] == "Subtotal"]
    assert subtotals == [5, 3]  # a1 3 + a2 2; b1 2 + b2 1
    grand = [row[1] for row in values if row[0] == "Grand total"]
    assert grand == [None, 8]  # the title row above the totals table, then the total
    cited = " ".join(str(row[3]) for row in values if row[3])
    assert "(quotation 1:1)" in cited and "(quotation 2:1)" in cited and "(quotation 1:3)" in cited


def test_category_table_citations_by_language_and_no_invented_representatives(known):
    spanish = category_tables(known, language="es")
    assert "(cita 1:1)" in spanish[0]["Cita(s) representativa(s)"].iloc[0]
    portuguese = category_tables(known, language="pt")
    assert "(citação 1:3)" in " ".join(portuguese[1]["Citação(ões) representativa(s)"])
    english = category_tables(known, language="en", order="tree")
    rows = dict(zip(english[0]["Subcategories of analysis"], english[0]["Representative quotation(s)"]))
    assert rows["a2"] == ""  # nothing marked: left empty
    assert list(english[0]["Subcategories of analysis"]) == ["a1", "a2", "Subtotal"]
    by_groundedness = category_tables(known, order="groundedness")
    assert list(by_groundedness[1]["Subcategories of analysis"]) == ["b1", "b2", "Subtotal"]
    bea = category_tables(known, report_filter=ReportFilter(coders=["Bea"]), order="groundedness")
    assert list(bea[0]["Groundedness (quotations)"]) == [1, 0, 1]


def test_labels_complete_in_every_language():
    for key, values in LABELS.items():
        assert len(values) == len(LANGUAGES) and all(value.strip() for value in values), key
        if key.startswith("sheet_"):
            assert all(len(value) <= 31 for value in values), key


def test_book_has_same_frames_for_every_writer(known):
    book = build_report_book(known, language="es")
    assert [sheet.key for sheet in book.sheets][:7] == [
        "summary", "codebook", "categories", "code_document", "cooccurrence", "quotations", "documents"]


def test_word_csv_html_and_figures(known, tmp_path):
    from docx import Document

    [docx_path] = export_report(known, tmp_path / "tablas.docx", language="es")
    document = Document(str(docx_path))
    texts = [p.text for p in document.paragraphs]
    assert "Cuadro 1" in texts and "Cuadro 2" in texts
    assert len(document.tables) == 3  # two categories and the grand total
    assert document.tables[0].rows[0].cells[2].text == "Enraizamiento (citas)"
    assert document.tables[0].rows[-1].cells[1].text == "Subtotal"
    assert document.tables[0].rows[-1].cells[1].paragraphs[0].runs[0].bold

    files = export_report(known, tmp_path / "csv", language="en")
    assert all(path.read_bytes().startswith(b"\xef\xbb\xbf") for path in files)
    quotations = next(path for path in files if "quotations" in path.name)
    assert "=SUM(A1:A9" in quotations.read_text(encoding="utf-8-sig")

    [html_path] = export_report(known, tmp_path / "report.html")
    page = html_path.read_text(encoding="utf-8")
    assert "=HYPERLINK(&quot;http://x&quot;)" in page and "<script" not in page
    assert "background:#" in page

    for suffix, magic in (("png", b"\x89PNG"), ("svg", b"<?xml"), ("pdf", b"%PDF")):
        path = export_figure(known, tmp_path / f"figure.{suffix}", language="es")
        assert path.read_bytes().startswith(magic)


def test_failed_export_leaves_no_file(known, tmp_path, monkeypatch):
    from qda_app.services import atomic_files as atomic

    target = tmp_path / "broken.xlsx"
    target.write_bytes(b"previous")

    def explode(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", explode)
    with pytest.raises(ExportFailed):
        export_report(known, target)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".broken")] == []
    with pytest.raises(ExportFailed):
        export_report(known, tmp_path / "missing" / "x.xlsx")
    with pytest.raises(ExportFailed):
        export_report(known, tmp_path / "x.pdf")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_workbook(known, tmp_path):
    path = tmp_path / "report.xlsx"
    export_report(known, path, language="es")
    profile = tmp_path / "lo-profile"
    completed = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "csv",
         "--outdir", str(tmp_path / "out"), str(path)],
        capture_output=True, timeout=180,
    )
    assert completed.returncode == 0, completed.stderr
    converted = tmp_path / "out" / "report.csv"
    assert converted.exists() and "Proyecto" in converted.read_text(encoding="utf-8", errors="replace")


def test_workbook_identical_when_written_in_small_chunks(known, tmp_path, monkeypatch):
    # The writer converts cells a chunk of rows at a time to bound memory; the chunk size must not show.
    from qda_app.services.exporters import excel
    from qda_app.services.reports import build_report_book

    def sheets(target):
        with zipfile.ZipFile(excel.write_workbook(build_report_book(known, defer_texts=True), target)) as archive:
            return {name: archive.read(name) for name in archive.namelist() if name.startswith("xl/worksheets/")}

    whole = sheets(tmp_path / "whole.xlsx")
    monkeypatch.setattr(excel, "_ROWS_PER_CHUNK", 2)
    assert sheets(tmp_path / "chunked.xlsx") == whole
    assert len(whole) > 5
