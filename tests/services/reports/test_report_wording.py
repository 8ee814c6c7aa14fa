"""Report wording per project: the paper's defaults per language, in the Word tables and the
workbook alike, chosen per project and undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from qda_app.services.commands import History
from qda_app.services.demo import build_demo_project
from qda_app.services.exporters import export_report
from qda_app.services.project import Project
from qda_app.services.reports.wording import report_wording, set_report_wording, stored_wording


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    return build_demo_project(tmp_path_factory.mktemp("demo") / "demo.qdaproj")


def word_texts(path: Path) -> tuple[list[str], list[list[str]]]:
    document = Document(str(path))
    return [p.text for p in document.paragraphs], [[c.text for c in t.rows[0].cells] for t in document.tables]


def workbook_cells(path: Path) -> list[str]:
    book = load_workbook(path, read_only=True)
    return [str(value) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
            for value in row if value is not None]


@pytest.mark.parametrize(("language", "caption", "source", "header"), [
    ("es", "Cuadro", "Fuente: Elaborado por los autores.",
     ["Categoría", "Subcategorías de análisis", "Enraizamiento (citas)", "Cita(s) representativa(s)"]),
    ("pt", "Quadro", "Fonte: Elaborado pelos autores.",
     ["Categoria", "Subcategorias de análise", "Enraizamento (citações)", "Citação(ões) representativa(s)"]),
])
def test_defaults_are_the_papers_in_word_and_workbook(demo_path, tmp_path, language, caption, source, header):
    with Project.open(demo_path, read_only=True) as project:
        export_report(project, tmp_path / "tables.docx", language=language)
        export_report(project, tmp_path / "tables.xlsx", language=language)
    paragraphs, headers = word_texts(tmp_path / "tables.docx")
    assert [f"{caption} {n}" in paragraphs for n in range(1, 7)] == [True] * 6
    assert paragraphs.count(source) == 6
    assert headers.count(header) == 6
    cells = workbook_cells(tmp_path / "tables.xlsx")
    assert f"{caption} 1. Centralismo en la gestión gubernamental" in cells
    for text in header:
        assert cells.count(text) >= 6  # one header row per category sheet block
    # the totals table under the six tables takes the same groundedness header
    assert cells.count(header[2]) == 7


def test_a_projects_wording_reaches_both_files_and_is_undoable(demo_path, tmp_path):
    copy = tmp_path / "copy.qdaproj"
    copy.write_bytes(demo_path.read_bytes())
    with Project.open(copy) as project:
        history = History(project)
        set_report_wording(project, language="es", caption="Tabla", groundedness="Frecuencia",
                           subcategory="Subcategoría", source_line="Fuente: elaboración propia.")
        export_report(project, tmp_path / "t.docx", language="es")
        export_report(project, tmp_path / "t.xlsx", language="es")
        assert history.undo() == "Set report wording (es)"
        assert stored_wording(project, "es")["caption"] is None
        assert report_wording(project, "es").caption == "Cuadro"
        set_report_wording(project, language="es", caption="Tabla")
        set_report_wording(project, language="es", caption="")  # empty: the default again, not stored
        assert stored_wording(project, "es")["caption"] is None
    paragraphs, headers = word_texts(tmp_path / "t.docx")
    assert "Tabla 1" in paragraphs and paragraphs.count("Fuente: elaboración propia.") == 6
    assert headers[0][1:3] == ["Subcategoría", "Frecuencia"]
    cells = workbook_cells(tmp_path / "t.xlsx")
    assert "Frecuencia" in cells and "Enraizamiento (citas)" not in cells
    assert "Tabla 1. Centralismo en la gestión gubernamental" in cells


def test_an_older_project_follows_the_new_defaults_and_keeps_what_its_user_chose(tmp_path):
    """Earlier versions stored the default of the time when '' restored an entry: after the
    migration those entries follow today's defaults; wording the user typed stays."""
    import sqlite3

    path = tmp_path / "older.qdaproj"
    Project.create(path, coder="Ana").close()
    connection = sqlite3.connect(path)
    connection.executemany("INSERT INTO project_info (key, value) VALUES (?, ?)", [
        ("report.es.subcategory", "Subcategoría"), ("report.es.groundedness", "Enraizamiento"),
        ("report.pt.caption", "Tabela"), ("report.pt.groundedness", "Enraizamento"),
        ("report.es.caption", "Tabla"), ("report.es.source_line", "Fuente: elaboración propia."),
        ("report.en.subcategory", "Subcategory of analysis"), ("report.en.cite", "quote")])
    connection.execute("DELETE FROM _sqlite_migrations WHERE name = 'm0007_report_wording_defaults'")
    connection.commit()
    connection.close()
    with Project.open(path, coder="Ana") as project:
        spanish, portuguese = report_wording(project, "es"), report_wording(project, "pt")
        english = report_wording(project, "en")
    assert (spanish.subcategory, spanish.groundedness) == ("Subcategorías de análisis", "Enraizamiento (citas)")
    assert (portuguese.caption, portuguese.groundedness) == ("Quadro", "Enraizamento (citações)")
    assert (spanish.caption, spanish.source_line) == ("Tabla", "Fuente: elaboración propia.")  # the user's
    assert (english.subcategory, english.cite) == ("Subcategory of analysis", "quotation")
