"""The demo project (the Puno study): the Spanish workbook reproduces the study's six tables."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qda_app.resources_path import resource
from qda_app.services.demo import build_demo_project, study_table
from qda_app.services.exporters import export_report
from qda_app.services.project import Project
from qda_app.services.reports import category_tables, documents_report, summary


def demo_complete() -> bool:
    try:
        folder = resource("demo")
        entries = json.loads((folder / "documents.json").read_text(encoding="utf-8"))
        return (folder / "puno_study_codebook.csv").exists() and all((folder / e["file"]).exists() for e in entries)
    except (FileNotFoundError, ValueError, KeyError):
        return False


pytestmark = pytest.mark.skipif(not demo_complete(), reason="resources/demo is incomplete")
CITATION = re.compile(r"\(cita (\d+:\d+)\)")


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    return build_demo_project(tmp_path_factory.mktemp("demo") / "demo.qdaproj")


@pytest.fixture(scope="module")
def spanish_workbook(demo_path, tmp_path_factory):
    path = tmp_path_factory.mktemp("out") / "puno.xlsx"
    with Project.open(demo_path, read_only=True) as project:
        export_report(project, path, language="es", order="tree")
    return load_workbook(path)


def read_category_tables(sheet) -> list[dict]:
    """The tables of the Categories sheet as the reader sees them: title, rows, subtotal."""
    tables: list[dict] = []
    current = None
    for row in sheet.iter_rows(values_only=True):
        first = row[0] if row else None
        if isinstance(first, str) and first.startswith("Cuadro "):
            current = {"title": first, "rows": [], "subtotal": None}
            tables.append(current)
        elif current is not None and row[1] == "Subtotal":
            current["subtotal"] = row[2]
            current = None
        elif current is not None and row[1] not in (None, "Subcategorías de análisis"):
            current["rows"].append({"category": row[0], "subcategory": row[1], "groundedness": row[2],
                                    "cited": CITATION.findall(row[3] or "")})
    return tables


def test_categories_sheet_reproduces_the_study(spanish_workbook):
    assert spanish_workbook.sheetnames[:7] == [
        "Resumen", "Libro de códigos", "Categorías", "Código-Documento", "Coocurrencia", "Citas", "Documentos"]
    tables = read_category_tables(spanish_workbook["Categorías"])
    study = study_table()
    assert len(tables) == 6
    for number, table in enumerate(tables, start=1):
        expected = [row for row in study if int(row["table"]) == number]
        assert table["title"] == f"Cuadro {number}. {expected[0]['category']}"
        assert table["rows"][0]["category"] == expected[0]["category"]
        assert [r["subcategory"] for r in table["rows"]] == [r["subcategory"] for r in expected]  # tree order
        assert [r["groundedness"] for r in table["rows"]] == [int(r["groundedness"]) for r in expected]
        assert [r["cited"] for r in table["rows"]] == [r["representative_quotes"].split(";") for r in expected]
        assert table["subtotal"] == sum(int(r["groundedness"]) for r in expected)
    values = [row for row in spanish_workbook["Categorías"].iter_rows(values_only=True)]
    grand = [row[1] for row in values if row[0] == "Total general" and row[1] is not None]
    assert grand == [535]


def test_citation_6_2_and_groundedness_order(demo_path):
    with Project.open(demo_path, read_only=True) as project:
        tables = category_tables(project, language="es")
        first = tables[0]
        assert "(cita 6:2)" in first["Cita(s) representativa(s)"].iloc[0]
        grounded = list(first["Enraizamiento (citas)"])[:-1]
        assert grounded == sorted(grounded, reverse=True)
        figures = dict(zip(summary(project)["Figure"], summary(project)["Value"]))
        assert figures["Quotations"] == 535 and figures["Documents"] == 20
        assert figures["Categories"] == 6 and figures["Subcategories"] == 31
        densest = documents_report(project).sort_values("Quotations", ascending=False)
        assert int(densest["Quotations"].sum()) == 535
