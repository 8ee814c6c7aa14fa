"""The Word report of the demo project read back: the paper's six tables, as printed."""

from __future__ import annotations

import csv
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from qda_app.resources_path import resource
from qda_app.services.demo import build_demo_project, study_table
from qda_app.services.exporters import export_report
from qda_app.services.project import Project
from qda_app.services.reports.wording import set_report_wording

ROOT = Path(__file__).resolve().parents[3]
CITATION = re.compile(r"^“(.+)” \(cita (\d+:\d+)\)$")


def printed_quotations() -> list[dict[str, str]]:
    """The paper's printed quotations: the repository's copy, and the shared reference beside the
    checkout where that exists (the two must agree)."""
    with resource("demo", "puno_study_quotations.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for base in (ROOT.parent, ROOT.parent.parent):
        shared = base / "shared" / "reference" / "puno_study_quotations.csv"
        if shared.exists():
            with shared.open(encoding="utf-8", newline="") as handle:
                assert list(csv.DictReader(handle)) == rows
    return rows


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    return build_demo_project(tmp_path_factory.mktemp("demo") / "demo.qdaproj")


@pytest.fixture(scope="module")
def tablas(demo_path, tmp_path_factory):
    path = tmp_path_factory.mktemp("word") / "tablas.docx"
    with Project.open(demo_path, read_only=True) as project:
        export_report(project, path, language="es", word_sections=("tables", "codebook", "quotations"))
    return Document(str(path))


def category_tables(document):
    return [table for table in document.tables
            if len(table.columns) == 4 and table.rows[0].cells[0].text == "Categoría"]


def test_six_tables_captioned_as_the_paper(tablas):
    texts = [paragraph.text for paragraph in tablas.paragraphs]
    study = study_table()
    categories = list(dict.fromkeys(row["category"] for row in study))
    for number, category in enumerate(categories, start=1):
        caption = texts.index(f"Cuadro {number}")
        assert texts[caption + 1] == category
    assert texts.count("Fuente: Elaborado por los autores.") == 6
    tables = category_tables(tablas)
    assert len(tables) == 6
    for number, table in enumerate(tables, start=1):
        expected = [row for row in study if int(row["table"]) == number]
        header = [cell.text for cell in table.rows[0].cells]
        assert header == ["Categoría", "Subcategorías de análisis", "Enraizamiento (citas)", "Cita(s) representativa(s)"]
        body = table.rows[1:-1]
        assert [row.cells[1].text for row in body] == [row["subcategory"] for row in expected]
        assert [row.cells[2].text for row in body] == [row["groundedness"] for row in expected]
        assert table.rows[-1].cells[1].text == "Subtotal"
        assert table.rows[-1].cells[2].text == str(sum(int(row["groundedness"]) for row in expected))


def test_category_merged_down_its_rows_and_header_repeated(tablas):
    for table in category_tables(tablas):
        rows = table._tbl.tr_lst
        assert rows[0].trPr.find(qn("w:tblHeader")) is not None
        merges = [row.tc_lst[0].tcPr.find(qn("w:vMerge")) for row in rows[1:-1]]
        if len(merges) > 1:
            assert merges[0].get(qn("w:val")) == "restart"
            assert all(merge is not None and merge.get(qn("w:val")) in (None, "continue") for merge in merges[1:])
        last = rows[-1].tc_lst[0].tcPr  # the total row's first cell is merged with nothing
        assert (None if last is None else last.find(qn("w:vMerge"))) is None
        first = table.rows[1].cells[0]
        assert first.text == table.rows[len(rows) - 2].cells[0].text  # one merged cell
        for row in table.rows[1:]:
            assert row.cells[2].paragraphs[0].alignment == 1  # centred
        widths = [int(column.get(qn("w:w"))) for column in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert widths[3] == max(widths) and widths[2] < widths[1]


def test_every_cited_text_is_the_papers(tablas):
    printed = {row["id"]: row["text"] for row in printed_quotations() if row["table"]}
    found: dict[str, str] = {}
    for table in category_tables(tablas):
        for row in table.rows[1:-1]:
            for paragraph in row.cells[3].paragraphs:
                match = CITATION.match(paragraph.text)
                assert match, paragraph.text
                found[match.group(2)] = match.group(1)
    assert found == printed
    cited = {ref for row in study_table() for ref in row["representative_quotes"].split(";")}
    assert set(found) == cited and len(found) == 33


def test_language_and_properties_come_from_the_project(tablas, demo_path):
    defaults = tablas.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "es-ES"
    properties = tablas.core_properties
    with Project.open(demo_path, read_only=True) as project:
        assert properties.title == project.name
        assert properties.author == project.coder
    assert properties.language == "es-ES"
    created = properties.created.replace(tzinfo=timezone.utc)
    assert abs((datetime.now(timezone.utc) - created).total_seconds()) < 600


def test_codebook_and_quotations_by_code_on_request(tablas):
    headings = [p.text for p in tablas.paragraphs if p.style.name.startswith("Heading")]
    assert "Libro de códigos" in headings and "Citas por código" in headings
    assert "Centralismo en la gestión gubernamental {128-7}" in headings
    assert "Crisis e inestabilidad política {8-1}" in headings
    texts = [p.text for p in tablas.paragraphs]
    assert any(text.startswith("cita 6:2 · ") for text in texts)


def test_wording_is_the_projects(demo_path, tmp_path):
    copy = tmp_path / "copy.qdaproj"
    copy.write_bytes(demo_path.read_bytes())
    with Project.open(copy) as project:
        set_report_wording(project, language="es", caption="Tabla", source_line="Fuente: elaboración propia.",
                           groundedness="Frecuencia")
        export_report(project, tmp_path / "t.docx", language="es")
        set_report_wording(project, language="es", caption=None)
        export_report(project, tmp_path / "u.docx", language="es")
    texts = [p.text for p in Document(str(tmp_path / "t.docx")).paragraphs]
    assert "Tabla 1" in texts and "Cuadro 1" not in texts
    assert texts.count("Fuente: elaboración propia.") == 6
    assert Document(str(tmp_path / "t.docx")).tables[0].rows[0].cells[2].text == "Frecuencia"
    assert "Cuadro 1" in [p.text for p in Document(str(tmp_path / "u.docx")).paragraphs]
