"""The one layout implementation (services.network_layout): size-aware, used by the editor,
``figure``, the REFI export and "add neighbours"."""

from __future__ import annotations

import itertools

import pytest

from qda_app.services import codes as code_service
from qda_app.services import coding, documents, network_layout, networks, relations
from qda_app.services.network_layout import compute_layout, complete_positions, estimated_sizes, layout
from qda_app.services.network_view import network_view
from qda_app.services.networks import NodeRef


def _boxes_overlap(positions, sizes):
    for a, b in itertools.combinations(positions, 2):
        (ax, ay), (bx, by) = positions[a], positions[b]
        (aw, ah), (bw, bh) = sizes[a], sizes[b]
        if abs(ax - bx) < (aw + bw) / 2 and abs(ay - by) < (ah + bh) / 2:
            return (a, b)
    return None


def test_hierarchical_puts_the_whole_above_its_parts_and_boxes_apart():
    # 3 categories, 15 subcategories each "is part of" one (edges point from part to whole).
    nodes = ["C1", "C2", "C3", *(f"s{i}" for i in range(15))]
    edges = [(f"s{i}", f"C{i % 3 + 1}") for i in range(15)]
    sizes = {node: (40.0 + 12 * (len(node) + int(node[1:]) % 7), 44.0) for node in nodes}
    positions = compute_layout("hierarchical", nodes, edges, sizes)
    assert set(positions) == set(nodes)
    for part, whole in edges:
        assert positions[whole][1] < positions[part][1]
    assert _boxes_overlap(positions, sizes) is None
    wider = {node: (size[0] * 2, size[1]) for node, size in sizes.items()}
    again = compute_layout("hierarchical", nodes, edges, wider)
    assert _boxes_overlap(again, wider) is None  # the boxes' sizes are what keeps them apart
    spread = max(x for x, _ in positions.values()) - min(x for x, _ in positions.values())
    assert max(x for x, _ in again.values()) - min(x for x, _ in again.values()) > spread


@pytest.mark.parametrize("kind", ["radial", "force"])
def test_every_layout_places_every_node_the_same_each_time(kind):
    nodes = list(range(12))
    edges = [(i, (i * 5 + 1) % 12) for i in range(12)] + [(0, 3), (3, 6)]
    first = compute_layout(kind, nodes, edges)
    assert set(first) == set(nodes)
    assert len({(round(x), round(y)) for x, y in first.values()}) == 12
    assert compute_layout(kind, nodes, edges) == first


def test_radial_rings_keep_boxes_apart():
    nodes = ["hub", *(f"n{i}" for i in range(10))]
    edges = [(f"n{i}", "hub") for i in range(10)]
    sizes = {node: (150.0, 44.0) for node in nodes}
    positions = compute_layout("radial", nodes, edges, sizes)
    assert positions["hub"] == (0.0, 0.0)
    assert _boxes_overlap(positions, sizes) is None


def test_unknown_layout_is_refused():
    with pytest.raises(ValueError):
        compute_layout("spiral", [1], [])


@pytest.fixture
def small_network(project):
    documents.add_text_document(project, name="D1", text="texto " * 20)
    coding.code_span(project, document=1, start=0, end=5, codes=["Centralismo::Recorte presupuestal"])
    coding.code_span(project, document=1, start=6, end=11, codes=["Centralismo::Dependencia"])
    for sub in ("Centralismo::Recorte presupuestal", "Centralismo::Dependencia"):
        relations.relate_codes(project, source=sub, target="Centralismo", relation="is part of")
    codes = {code.path: code.id for code in code_service.list_codes(project)}
    network = networks.create_network(project, name="Model", nodes=[
        NodeRef("code", codes["Centralismo"], 0.0, 0.0), NodeRef("code", codes["Centralismo::Recorte presupuestal"]),
        NodeRef("code", codes["Centralismo::Dependencia"])])
    return project, network.id


def test_only_the_asked_nodes_move_and_placed_ones_stay(small_network):
    project, network_id = small_network
    view = network_view(project, network_id)
    placed = next(node for node in view.nodes if node.x is not None)
    unplaced = [node.node_id for node in view.nodes if node.x is None]
    positions = layout(view, "force", nodes=unplaced)
    assert set(positions) == set(unplaced)
    assert len({(placed.x, placed.y), *positions.values()}) == 3
    completed = complete_positions(view)
    assert completed[placed.node_id] == (0.0, 0.0)
    assert set(completed) == {node.node_id for node in view.nodes}


def test_a_network_with_nothing_placed_is_laid_out_as_the_editor_does(small_network):
    project, _ = small_network
    code_ids = [code.id for code in code_service.list_codes(project)]
    network = networks.create_network(project, name="Unplaced", nodes=[NodeRef("code", i) for i in code_ids])
    view = network_view(project, network.id)
    sizes = estimated_sizes(view)
    edges = [(link.source_node, link.target_node) for link in view.links]
    expected = compute_layout("hierarchical", [node.node_id for node in view.nodes], edges, sizes)
    assert complete_positions(view) == expected
    by_name = {node.name: expected[node.node_id] for node in view.nodes}
    assert by_name["Centralismo"][1] < by_name["Centralismo::Dependencia"][1]


def test_estimated_sizes_grow_with_the_label(small_network):
    project, network_id = small_network
    view = network_view(project, network_id)
    sizes = estimated_sizes(view)
    width = {node.name: sizes[node.node_id][0] for node in view.nodes}
    assert width["Centralismo::Recorte presupuestal"] > width["Centralismo"]
    assert all(60.0 <= w <= 244.0 for w in width.values())


def test_layouts_are_the_services_only():
    assert network_layout.LAYOUTS == ("hierarchical", "radial", "force")
    with pytest.raises(ImportError):
        __import__("qda_app.gui.network.layouts")
