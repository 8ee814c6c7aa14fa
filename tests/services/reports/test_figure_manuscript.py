"""The code-tree figure: {G-D} in the codes' colours, labels in the report language, SVG text
kept as text, margins cut to the drawing."""

from __future__ import annotations

import re

import pytest

from qda_app.services.demo import build_demo_project
from qda_app.services.exporters import export_figure
from qda_app.services.project import Project


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = build_demo_project(tmp_path_factory.mktemp("demo") / "demo.qdaproj")
    with Project.open(path, read_only=True) as project:
        yield project


def svg_texts(path) -> list[str]:
    page = path.read_text(encoding="utf-8")
    return [re.sub(r"<[^>]+>", "", text) for text in re.findall(r"<text\b[^>]*>(.*?)</text>", page, re.S)]


def test_svg_holds_real_text_in_the_report_language(demo, tmp_path):
    spanish = svg_texts(export_figure(demo, tmp_path / "es.svg", language="es"))
    english = svg_texts(export_figure(demo, tmp_path / "en.svg", language="en"))
    joined = " ".join(spanish)
    assert "Dependencia de proyectos locales respecto de los ministerios {59-1}" in joined  # "is part of" its category (Figure 1)
    assert "{128-7}" in joined and spanish.count("es parte de") == 31
    assert english.count("is part of") == 31 and "es parte de" not in english
    assert any(text.startswith("{E-D}") for text in spanish) and any(text.startswith("{G-D}") for text in english)


def test_boxes_take_the_codes_colours_and_the_png_is_tight(demo, tmp_path):
    from PIL import Image

    svg = export_figure(demo, tmp_path / "tree.svg", language="es").read_text(encoding="utf-8")
    assert "#c62828" in svg.lower()  # the first category's colour on its box edge
    png = export_figure(demo, tmp_path / "tree.png", language="es")
    image = Image.open(png).convert("L")
    width, height = image.size
    columns = [min(image.getpixel((x, y)) for y in range(0, height, 4)) for x in range(width)]
    inked = [x for x, darkest in enumerate(columns) if darkest < 200]
    assert inked[0] < 0.03 * width and inked[-1] > 0.97 * width  # no wide empty margin either side
