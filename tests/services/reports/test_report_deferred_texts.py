"""The workbook reads the quotations' texts as it writes their rows (DeferredTexts): the cells
are exactly the texts the in-memory report holds, in the same rows."""

from __future__ import annotations

from openpyxl import load_workbook

from qda_app.services.exporters import export_report
from qda_app.services.reports import build_report_book
from qda_app.services.reports.data import DeferredTexts, load_report_data
from qda_app.services.reports.quotations import quotation_report


def test_workbook_texts_are_the_reports_texts(known, tmp_path):
    held = quotation_report(known, language="en")
    export_report(known, tmp_path / "r.xlsx", language="en")
    sheet = load_workbook(tmp_path / "r.xlsx", read_only=True)["Quotations"]
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], rows[1:len(held) + 1]
    column = header.index("Text")
    assert [row[column] or "" for row in body] == held["Text"].fillna("").tolist()
    assert any(text for text in held["Text"])


def test_deferred_column_is_empty_in_the_frame_and_read_in_row_order(known):
    book = build_report_book(known, language="en", defer_texts=True)
    frame = book.sheet("quotations").blocks[0].frame
    (position, texts), = frame.attrs["deferred"].items()
    assert frame.columns[position] == "Text"
    assert frame.iloc[:, position].isna().all()
    assert isinstance(texts, DeferredTexts) and len(texts) == len(frame)
    data = load_report_data(known)
    expected = quotation_report(known, language="en", data=data)["Text"].tolist()
    assert list(texts) == expected
    assert texts.head(2) == expected[:2]
