"""Every writer streams the quotation sheet's rows: its IDs, codes, coders and texts are made a
chunk of rows at a time as they are written (reports.deferred). What lands in the file must be
exactly what a report holding every cell would give, whatever the chunk size, with every
quotation in it."""

from __future__ import annotations

import csv
import html
import zipfile

import pandas as pd
import pytest
from openpyxl import load_workbook

from qda_app.services.exporters import csv_files, excel, export_report, html_page
from qda_app.services.reports import build_report_book, deferred
from qda_app.services.reports.data import DeferredTexts, load_report_data
from qda_app.services.reports.deferred import DeferredColumn, filled, frame_chunks
from qda_app.services.reports.quotations import quotation_report
from tests.services.reports.known_project import TEXT_1, TEXT_2

# The known project's quotations (known_project.py): ID -> text, codes, coder.
EXPECTED = {
    "1:1": (TEXT_1[0:10], "A > a1; B > b1", "Ana"),
    "1:2": (TEXT_1[5:20], "A > a2", "Ana"),
    "1:3": (TEXT_1[15:30], "B > b2", "Bea"),
    "1:4": (TEXT_1[50:60], "A > a1", "Bea"),
    "2:1": (TEXT_2[0:10], "A > a1; B > b1", "Ana; Bea"),
    "2:2": (TEXT_2[10:20], "A > a2", "Ana"),
}


def test_deferred_columns_are_empty_in_the_frame_and_made_in_row_order(known):
    book = build_report_book(known, language="en", defer_texts=True)
    frame = book.sheet("quotations").blocks[0].frame
    columns = {frame.columns[position]: made for position, made in frame.attrs["deferred"].items()}
    assert set(columns) == {"ID", "Text", "Codes", "Coder"}
    assert isinstance(columns["Text"], DeferredTexts)
    assert all(isinstance(columns[name], DeferredColumn) for name in ("ID", "Codes", "Coder"))
    held = quotation_report(known, language="en", data=load_report_data(known))
    for name, made in columns.items():
        assert frame[name].isna().all()
        assert len(made) == len(frame)
        assert list(made) == held[name].tolist()
        assert made.head(2) == held[name].tolist()[:2]
    pd.testing.assert_frame_equal(filled(frame), held)


def test_the_made_cells_are_the_known_values(known):
    frame = filled(build_report_book(known, language="en", defer_texts=True).sheet("quotations").blocks[0].frame)
    assert {row[0]: tuple(row[1:]) for row in frame[["ID", "Text", "Codes", "Coder"]].itertuples(index=False)} == EXPECTED


def test_a_quotation_without_coder_gets_its_creator(known):
    from qda_app.services import coding

    coding.code_span(known, document=2, start=40, end=50, codes=[])
    frame = filled(build_report_book(known, language="en", defer_texts=True).sheet("quotations").blocks[0].frame)
    row = frame.loc[frame["ID"] == "2:3"]
    assert row["Codes"].item() == "" and row["Coder"].item() == "Ana"


def test_chunks_cover_every_row_once_in_order(known, monkeypatch):
    frame = build_report_book(known, language="en", defer_texts=True).sheet("quotations").blocks[0].frame
    monkeypatch.setattr(deferred, "ROWS_PER_CHUNK", 4)  # the made columns' own chunks: 4, 2
    chunks = list(frame_chunks(frame, 3))  # the writer's: 3, 3
    assert [len(chunk) for chunk in chunks] == [3, 3]
    assert pd.concat(chunks)["ID"].tolist() == list(EXPECTED)
    assert list(frame_chunks(frame.iloc[:0])) == []


def _written(project, folder):
    """Every file of every streamed format, by name, as bytes (xlsx: its parts)."""
    folder.mkdir()
    export_report(project, folder / "r.xlsx", language="es")
    export_report(project, folder / "r.html", language="es")
    export_report(project, folder / "csv", language="es")
    with zipfile.ZipFile(folder / "r.xlsx") as archive:
        found = {name: archive.read(name) for name in archive.namelist()}
    found["r.html"] = (folder / "r.html").read_bytes()
    found.update({path.name: path.read_bytes() for path in (folder / "csv").iterdir()})
    return found


def test_streamed_files_do_not_depend_on_the_chunk_size(known, tmp_path, monkeypatch):
    whole = _written(known, tmp_path / "whole")
    monkeypatch.setattr(deferred, "ROWS_PER_CHUNK", 2)
    monkeypatch.setattr(excel, "_ROWS_PER_CHUNK", 2)
    assert _written(known, tmp_path / "chunked") == whole
    assert len(whole) > 20


def test_streamed_files_equal_those_of_a_held_report(known, tmp_path):
    """The same book with every cell held (no deferred column) gives byte for byte the same files."""
    held = build_report_book(known, language="en", include_matrix=True)
    streamed = build_report_book(known, language="en", include_matrix=True, defer_texts=True)
    assert "deferred" not in held.sheet("quotations").blocks[0].frame.attrs
    for name, book in (("held", held), ("streamed", streamed)):
        excel.write_workbook(book, tmp_path / f"{name}.xlsx")
        html_page.write_html(book, tmp_path / f"{name}.html", title="t")
        csv_files.write_csv_folder(book, tmp_path / name)
    assert (tmp_path / "held.html").read_bytes() == (tmp_path / "streamed.html").read_bytes()
    with zipfile.ZipFile(tmp_path / "held.xlsx") as left, zipfile.ZipFile(tmp_path / "streamed.xlsx") as right:
        assert left.namelist() == right.namelist()
        assert all(left.read(name) == right.read(name) for name in left.namelist())
    held_files = sorted(path.name for path in (tmp_path / "held").iterdir())
    assert held_files == sorted(path.name for path in (tmp_path / "streamed").iterdir())
    for name in held_files:
        assert (tmp_path / "held" / name).read_bytes() == (tmp_path / "streamed" / name).read_bytes()


@pytest.mark.parametrize("chunk", [1, 10_000])
def test_every_quotation_is_in_every_format(known, tmp_path, monkeypatch, chunk):
    monkeypatch.setattr(deferred, "ROWS_PER_CHUNK", chunk)
    monkeypatch.setattr(excel, "_ROWS_PER_CHUNK", chunk)
    export_report(known, tmp_path / "r.xlsx", language="en")
    rows = list(load_workbook(tmp_path / "r.xlsx", read_only=True)["Quotations"].iter_rows(values_only=True))
    header = rows[0]
    got = {row[header.index("ID")]: tuple(row[header.index(name)] for name in ("Text", "Codes", "Coder"))
           for row in rows[1:] if row[0] is not None}
    assert got == EXPECTED

    export_report(known, tmp_path / "r.html", language="en")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    section = page[page.index("<h2>Quotations</h2>"):]
    section = section[:section.index("</section>")]
    for quotation_id, (text, codes, coder) in EXPECTED.items():
        assert f"<td>{quotation_id}</td>" in section
        assert f"<td>{html.escape(text)}</td><td>{html.escape(codes)}</td><td>{html.escape(coder)}</td>" in section

    written = export_report(known, tmp_path / "csv", language="en")
    quotations = next(path for path in written if path.name.endswith("-quotations.csv"))
    with open(quotations, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    # CSV neutralises text a spreadsheet would evaluate ("=SUM(...") with an apostrophe.
    assert {row["ID"]: (row["Text"].removeprefix("'"), row["Codes"], row["Coder"]) for row in table} == EXPECTED
