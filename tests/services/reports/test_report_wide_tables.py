"""Wide number tables (a column per document, a 0/1 column per code) are written by row
templates and numpy rather than cell by cell. What lands in the file must be exactly what the
cell-by-cell path writes: the same bytes for the same table whose number columns hold the
same values as plain Python objects (which always go cell by cell)."""

from __future__ import annotations

import io
import math
import zipfile

import numpy as np
import pandas as pd
import pytest

from qda_app.services.exporters import csv_files, excel, html_page
from qda_app.services.reports import deferred
from qda_app.services.reports.book import Block, ReportBook, Sheet

FLOATS = [0.1, float("nan"), float("inf"), -float("inf"), 1e-7, 1e16, -0.0, 33.333333333333336, 2.5, 100.0]


def wide_frame(columns: int = 12) -> pd.DataFrame:
    """A code column (coloured, one formula-like name), ten rows of counts and shares per
    document; row 4 a total (bold), one share flagged, floats that are not finite."""
    rng = np.random.default_rng(7)
    data: dict[str, object] = {"Code": ["=SUM(A1)", "b > c", "ñandú", "x\ny", "Total", "-", "@a", "a;b", "q\"q", ""]}
    for number in range(columns):
        data[f"{number + 1}: doc"] = rng.integers(-3, 400, size=10)
    for number in range(columns):
        data[f"% {number + 1}"] = rng.permutation(FLOATS)
    frame = pd.DataFrame(data)
    frame.attrs = {"color_column": "Code", "colors": ["#000075", None, "#FFE119"] + [None] * 7, "bold_rows": [4],
                   "flag_cells": [(2, "% 3")], "number_formats": {f"% {n + 1}": "0.00" for n in range(columns)}}
    return frame


def as_objects(frame: pd.DataFrame) -> pd.DataFrame:
    """The same table with every column of Python objects: written cell by cell."""
    objects = pd.DataFrame({column: pd.Series(frame[column].tolist(), dtype="object") for column in frame.columns})
    objects.attrs = frame.attrs
    return objects


def book_of(frame: pd.DataFrame) -> ReportBook:
    return ReportBook(language="en", sheets=(Sheet(key="code_document", name="Code-Document",
                                                   blocks=(Block(frame, "Counts"), Block(frame.iloc[:3]))),))


def test_the_fixture_has_number_columns_and_the_reference_has_none():
    frame = wide_frame()
    assert (frame.dtypes.map(lambda dtype: dtype.kind) == "i").sum() == 12
    assert (frame.dtypes.map(lambda dtype: dtype.kind) == "f").sum() == 12
    assert (as_objects(frame).dtypes == object).all()


def test_workbook_number_rows_are_the_cells_written_one_by_one(tmp_path):
    fast = excel.write_workbook(book_of(wide_frame()), tmp_path / "fast.xlsx")
    slow = excel.write_workbook(book_of(as_objects(wide_frame())), tmp_path / "slow.xlsx")
    with zipfile.ZipFile(fast) as one, zipfile.ZipFile(slow) as other:
        assert one.namelist() == other.namelist()
        for name in one.namelist():
            assert one.read(name) == other.read(name), name
        sheet = one.read("xl/worksheets/sheet1.xml").decode()
    assert '<c r="B3"><v>' in sheet and "inf" not in sheet and "nan" not in sheet


def test_workbook_template_rows_hold_the_values(tmp_path):
    from openpyxl import load_workbook

    frame = wide_frame()
    sheet = load_workbook(excel.write_workbook(book_of(frame), tmp_path / "values.xlsx"))["Code-Document"]
    rows = list(sheet.iter_rows(min_row=3, max_row=12, values_only=True))  # title, header, then rows
    for position, row in enumerate(rows):
        for index, value in enumerate(frame.iloc[position].tolist()):
            if isinstance(value, float) and not math.isfinite(value):
                assert row[index] is None
            elif index:
                assert row[index] == value


def test_html_number_rows_are_the_cells_written_one_by_one(tmp_path):
    fast = html_page.write_html(book_of(wide_frame()), tmp_path / "fast.html", title="T")
    slow = html_page.write_html(book_of(as_objects(wide_frame())), tmp_path / "slow.html", title="T")
    text = fast.read_text(encoding="utf-8")
    assert text == slow.read_text(encoding="utf-8")
    assert '<td class="number">33.33</td>' in text and ">nan<" not in text  # NaN: an empty cell
    assert 'style="background:#000075' in text and '<tr class="total">' in text


def csv_reference(frame: pd.DataFrame, separator: str, decimal: str) -> str:
    out = io.StringIO()
    csv_files.safe_frame(frame).to_csv(out, index=False, sep=separator, decimal=decimal,
                                       date_format="%Y-%m-%d %H:%M:%S")
    return out.getvalue()


def csv_written(frame: pd.DataFrame, separator: str, decimal: str) -> str:
    out = io.StringIO()
    csv_files._write_chunk(out, csv_files.safe_frame(frame), header=True, separator=separator, decimal=decimal)
    return out.getvalue()


def matrix_frame(rows: int = 50, codes: int = 9) -> pd.DataFrame:
    rng = np.random.default_rng(3)
    frame = pd.DataFrame({"ID": [f"1:{n}" for n in range(rows)], "Document": rng.integers(1, 9, size=rows),
                          "Name": ["=cmd", "a\nb", 'say "hi"', "a,b;c", "x\x1e\ny"] * (rows // 5)})
    for number in range(codes):
        frame[f"=code {number}"] = rng.integers(0, 2, size=rows).astype("int8")
    return frame


FRAMES = {
    "matrix flags": lambda: matrix_frame(),
    "matrix without the marked name": lambda: matrix_frame().assign(Name="plain"),
    "counts": lambda: wide_frame().iloc[:, :13],
    "shares": lambda: wide_frame().drop(columns=[f"{n + 1}: doc" for n in range(12)]),
    "numbers only": lambda: pd.DataFrame(np.arange(-40, 80).reshape(10, 12)),
    "digits only": lambda: pd.DataFrame(np.arange(120).reshape(10, 12) % 10),
    "too few number columns": lambda: matrix_frame(codes=7),
    "mixed int and float tail": lambda: pd.DataFrame({"a": ["x"] * 3, **{f"i{n}": [1, 2, 3] for n in range(5)},
                                                      **{f"f{n}": [0.5, float("nan"), 2.0] for n in range(9)}}),
}


@pytest.mark.parametrize("dialect", ["comma", "semicolon"])
@pytest.mark.parametrize("name", sorted(FRAMES))
def test_csv_number_columns_are_written_as_pandas_writes_them(name, dialect):
    separator, decimal = csv_files.DIALECTS[dialect]
    frame = FRAMES[name]()
    assert csv_written(frame, separator, decimal) == csv_reference(frame, separator, decimal)


def test_csv_fast_path_is_taken_for_wide_tables(monkeypatch):
    calls = []
    original = csv_files._number_lines
    monkeypatch.setattr(csv_files, "_number_lines", lambda *a: calls.append(a[0].shape) or original(*a))
    csv_written(matrix_frame(codes=7), ",", ".")
    assert calls == []
    csv_written(matrix_frame(codes=8), ",", ".")
    assert calls == [(50, 8)]


def test_csv_wide_table_written_in_parts_equals_the_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(deferred, "ROWS_PER_CHUNK", 7)
    monkeypatch.setattr(csv_files, "_TEXT_CELLS_AT_ONCE", 10)  # a few rows a part
    frame = matrix_frame(rows=100)
    book = ReportBook(language="es", sheets=(Sheet(key="matrix", name="Matriz", blocks=(Block(frame),)),))
    [path] = csv_files.write_csv_folder(book, tmp_path / "csv")
    assert path.read_text(encoding="utf-8-sig") == csv_reference(frame, ";", ",")
