"""Saved networks go into the Word report as figures; their legends speak the report's language."""

from __future__ import annotations

import pytest
from docx import Document

from qda_app.services import networks
from qda_app.services.demo import build_demo_project
from qda_app.services.exporters import export_report
from qda_app.services.project import Project
from qda_app.services.reports.network_figure import export_network_figure


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = build_demo_project(tmp_path_factory.mktemp("demo") / "demo.qdaproj")
    with Project.open(path) as project:
        networks.create_network(project, name="Empty for now")
    with Project.open(path, read_only=True) as project:
        yield project


def test_word_report_draws_every_saved_network(demo, tmp_path):
    [written] = export_report(demo, tmp_path / "tablas.docx", language="es")
    document = Document(written)
    captions = [p.text for p in document.paragraphs if p.text.startswith("Figura")]
    # the demo's "Figura 1" keeps its name; a second network is numbered after it
    assert captions == ["Figura 1", "Figura 2. Empty for now"]
    assert len(document.inline_shapes) == 1
    texts = [p.text for p in document.paragraphs]
    assert "La red aún no tiene nodos; no hay nada que dibujar." in texts


def test_tables_only_on_request(demo, tmp_path):
    [written] = export_report(demo, tmp_path / "tablas.docx", language="es", word_sections=("tables",))
    assert len(Document(written).inline_shapes) == 0


@pytest.mark.parametrize("language,relation,other", [("es", "es parte de", "is part of"),
                                                      ("en", "is part of", "es parte de")])
def test_network_legend_in_the_figure_language(demo, tmp_path, language, relation, other):
    drawing = export_network_figure(demo, "Figura 1", tmp_path / f"{language}.svg", language=language)
    text = drawing.read_text(encoding="utf-8")
    assert f"[] = {relation}" in text and other not in text
