"""The workbook reads well: every table an Excel table, frozen headers, rotated matrix headers
with the codes' frequencies, typed attributes, category-level tables, c > 1 marked."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook

from qda_app.services import coding, documents
from qda_app.services.demo import build_demo_project
from qda_app.services.exporters import export_report
from qda_app.services.project import Project
from qda_app.services.reports import build_report_book, cooccurrence_pairs, cooccurrence_table


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory):
    path = build_demo_project(tmp_path_factory.mktemp("demo") / "demo.qdaproj")
    target = tmp_path_factory.mktemp("out") / "puno.xlsx"
    with Project.open(path, read_only=True) as project:
        export_report(project, target, language="es")
        book = build_report_book(project, language="es")
    return load_workbook(target), book


def test_every_table_has_filter_buttons_and_single_tables_a_frozen_header(demo_book):
    workbook, book = demo_book
    for sheet, report_sheet in zip(workbook.worksheets, book.sheets):
        assert len(sheet.tables) == len(report_sheet.blocks), sheet.title
        for table in sheet.tables.values():
            assert table.autoFilter.ref == table.ref
            first = table.ref.split(":")[0]
            header = [cell.value for cell in sheet[first[1:]]][: len(table.tableColumns)]
            assert header == [column.name for column in table.tableColumns]
        if len(report_sheet.blocks) == 1:
            assert sheet.freeze_panes in ("A2", "B2", "A3", "B3"), sheet.title
    assert workbook["Notas"].tables


def test_matrix_headers_rotated_with_frequencies_and_narrow(demo_book):
    workbook, _ = demo_book
    sheet = workbook["Coocurrencia"]
    header = [cell for cell in sheet[2] if cell.value]
    assert header[1].value == "Dependencia de proyectos locales respecto de los ministerios (59)"
    assert header[1].alignment.textRotation == 90 and header[0].alignment.textRotation == 0
    assert sheet.column_dimensions["B"].width <= 8 < sheet.column_dimensions["A"].width
    assert sheet.freeze_panes == "B1"
    titles = [row[0] for row in sheet.iter_rows(values_only=True) if row[0] and str(row[0]).startswith("Categorías:")]
    assert len(titles) == 2  # co-occurrence counts and coefficients of the categories
    assert any(str(row[0]).startswith("Categorías:")
               for row in workbook["Código-Documento"].iter_rows(values_only=True) if row[0])


def test_attributes_are_typed(demo_book):
    workbook, _ = demo_book
    sheet = workbook["Documentos"]
    header = [cell.value for cell in sheet[1]]
    first = [cell.value for cell in sheet[2]]
    duration = first[header.index("duración (min)")]
    interviewed = first[header.index("fecha de entrevista")]
    assert isinstance(duration, int) and duration > 0
    assert isinstance(interviewed, datetime) and interviewed.year == 2021
    assert sheet.cell(2, header.index("fecha de entrevista") + 1).number_format == "yyyy-mm-dd"


def test_c_above_one_is_marked_with_a_note(project, tmp_path):
    text = "uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince"
    documents.add_text_document(project, name="E01", text=text)
    coding.code_span(project, document=1, start=0, end=len(text), codes=["A::largo"])
    for start in (0, 20, 40):
        coding.code_span(project, document=1, start=start, end=start + 8, codes=["B::corto"])
    matrix = cooccurrence_table(project, measure="coefficient")
    assert matrix.attrs["flag_cells"] and any("above 1" in note for note in matrix.attrs["notes"])
    pairs = cooccurrence_pairs(project)
    assert pairs["c-coefficient"].iloc[0] == 3.0 and pairs.attrs["flag_cells"] == [(0, "c-coefficient")]
    export_report(project, tmp_path / "c.xlsx")
    sheet = load_workbook(tmp_path / "c.xlsx")["Co-occurrence pairs"]
    assert sheet["F2"].value == 3.0 and sheet["F2"].fill.fgColor.rgb == "FFF4B183"
    notes = [row[1] for row in load_workbook(tmp_path / "c.xlsx")["Notes"].iter_rows(values_only=True)]
    assert any(note and "above 1" in note for note in notes)


def test_untyped_attribute_stays_text(project):
    from qda_app.services.reports import documents_report

    for number, value in ((1, "007"), (2, "12")):
        documents.add_text_document(project, name=f"E{number}", text="texto de prueba")
        documents.set_attribute(project, number=number, name="código postal", value=value)
    frame = documents_report(project)
    assert list(frame["código postal"]) == ["007", "12"]  # a leading zero: an identifier, not a number


@pytest.mark.parametrize(("language", "headers"), [
    ("en", ("Sheet", "Note")), ("es", ("Hoja", "Nota")), ("pt", ("Planilha", "Nota"))])
def test_the_notes_sheet_names_its_columns_in_the_report_language(project, tmp_path, language, headers):
    from qda_app.services.reports.labels import label

    documents.add_text_document(project, name="E01", text="texto de prueba para las notas")
    coding.code_span(project, document=1, start=0, end=10, codes=["A::a"])
    export_report(project, tmp_path / "n.xlsx", language=language)
    sheet = load_workbook(tmp_path / "n.xlsx")[label("sheet_notes", language)]
    assert next(sheet.iter_rows(values_only=True))[:2] == headers
