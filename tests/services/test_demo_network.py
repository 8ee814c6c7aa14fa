"""The demo project holds the paper's Figure 1 as a saved network, so its densities are real."""

from __future__ import annotations

import pytest

from qda_app.services import codes, relations
from qda_app.services.demo import build_demo_project
from qda_app.services.network_view import network_summary, network_view
from qda_app.services.project import Project


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = build_demo_project(tmp_path_factory.mktemp("demo") / "demo.qdaproj")
    with Project.open(path, read_only=True) as project:
        yield project


def test_every_subcategory_is_part_of_its_category(demo):
    paths = relations.code_store_paths(demo)
    found = {(paths[r.source_code_id], r.name, paths[r.target_code_id]) for r in relations.list_code_relations(demo)}
    expected = {(code.path, "is part of", code.path.split("::")[0])
                for code in codes.list_codes(demo) if code.parent_id is not None}
    assert len(expected) == 31
    assert found == expected


def test_densities_are_those_of_figure_1(demo):
    counts = codes.code_counts(demo)
    for code in codes.list_codes(demo):
        children = sum(1 for other in codes.list_codes(demo) if other.parent_id == code.id)
        assert counts[code.id].density == (children if code.parent_id is None else 1)


def test_figura_1_network_has_the_37_codes_placed(demo):
    view = network_view(demo, "Figura 1")
    assert len(view.nodes) == 37 and len(view.links) == 31
    assert all(node.x is not None and node.y is not None for node in view.nodes)
    assert all(link.relation == "is part of" and link.directed for link in view.links)
    summary = network_summary(demo, "Figura 1")
    assert {node["kind"] for node in summary["nodes"]} == {"code"}
    category = next(node for node in view.nodes if node.name == "Centralismo en la gestión gubernamental")
    assert category.label.endswith("{128-7}")
