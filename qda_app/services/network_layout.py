"""Automatic layouts of a network, from networkx (never hand-written geometry).

Positions are in scene units (about one unit per screen pixel, y growing downwards, as Qt's
graphics scene and the saved node positions use them). ``layout`` computes positions for the
nodes asked for; nodes left out keep theirs (``fixed``), so "lay out the new nodes" does not
move what the user placed. Saving them is ``networks.move_nodes`` (one undoable command).
"""

from __future__ import annotations

import math
from collections.abc import Collection

import networkx as nx

from qda_app.services.network_view import NetworkView

LAYOUTS = ("hierarchical", "radial", "force")
_SPACING = 170.0  # scene units between neighbouring nodes


def graph_of(view: NetworkView) -> nx.DiGraph:
    """The network as a networkx graph: node ids, and one edge per shown link (source -> target)."""
    graph = nx.DiGraph()
    graph.add_nodes_from(node.node_id for node in view.nodes)
    for link in view.links:
        graph.add_edge(link.source_node, link.target_node, relation=link.relation)
    return graph


def _layers(graph: nx.DiGraph) -> dict[int, int]:
    """Depth of each node for a hierarchy: targets above sources ("is part of" points up), cycles
    collapsed first so any graph gets layers."""
    condensed = nx.condensation(graph.reverse(copy=True))
    depth: dict[int, int] = {}
    for level, members in enumerate(nx.topological_generations(condensed)):
        for component in members:
            for node in condensed.nodes[component]["members"]:
                depth[node] = level
    return depth


def layout(view: NetworkView, method: str = "hierarchical", *,
           nodes: Collection[int] | None = None) -> dict[int, tuple[float, float]]:
    """New positions for ``nodes`` (default: every node), by ``method``: hierarchical (layers
    along the relations' direction), radial (the same layers as rings) or force (spring)."""
    if method not in LAYOUTS:
        raise ValueError(f"layout {method!r} is not one of {LAYOUTS}")
    graph = graph_of(view)
    if not len(graph):
        return {}
    moving = set(graph.nodes if nodes is None else nodes) & set(graph.nodes)
    placed = {node.node_id: (node.x, node.y) for node in view.nodes
              if node.node_id not in moving and node.x is not None and node.y is not None}
    if method == "force" or (placed and moving != set(graph.nodes)):
        positions = _force(graph, placed)
    elif method == "hierarchical":
        positions = _hierarchical(graph)
    else:
        positions = _radial(graph)
    return {node: positions[node] for node in moving}


def complete_positions(view: NetworkView) -> dict[int, tuple[float, float]]:
    """Every node's position: the saved ones, and a layout for the unplaced (all of them
    hierarchical when none is placed)."""
    unplaced = [node.node_id for node in view.nodes if node.x is None or node.y is None]
    positions = {node.node_id: (node.x, node.y) for node in view.nodes if node.node_id not in set(unplaced)}
    if unplaced:
        positions.update(layout(view, "hierarchical" if not positions else "force", nodes=unplaced))
    return positions  # type: ignore[return-value]


def _hierarchical(graph: nx.DiGraph) -> dict[int, tuple[float, float]]:
    depth = _layers(graph)
    nx.set_node_attributes(graph, depth, "layer")
    raw = nx.multipartite_layout(graph, subset_key="layer", align="horizontal", scale=1.0)
    rows: dict[int, list[int]] = {}
    for node in graph.nodes:
        rows.setdefault(depth[node], []).append(node)
    positions = {}
    for level, members in rows.items():
        members.sort(key=lambda node: raw[node][0])
        width = (len(members) - 1) * _SPACING * 0.75
        for index, node in enumerate(members):
            positions[node] = (index * _SPACING * 0.75 - width / 2, level * _SPACING)
    return positions


def _radial(graph: nx.DiGraph) -> dict[int, tuple[float, float]]:
    depth = _layers(graph)
    shells: dict[int, list[int]] = {}
    for node, level in depth.items():
        shells.setdefault(level, []).append(node)
    positions = {}
    for level in sorted(shells):
        members = shells[level]
        radius = 0.0 if level == 0 and len(members) == 1 else \
            max(level * _SPACING * 1.4, len(members) * _SPACING * 0.7 / (2 * math.pi))
        for index, node in enumerate(members):
            angle = 2 * math.pi * index / len(members)
            positions[node] = (radius * math.cos(angle), radius * math.sin(angle))
    return positions


def _force(graph: nx.DiGraph, placed: dict[int, tuple[float, float]]) -> dict[int, tuple[float, float]]:
    undirected = graph.to_undirected()
    size = math.sqrt(len(graph)) * _SPACING
    start = {node: (x / size, y / size) for node, (x, y) in placed.items()} or None
    raw = nx.spring_layout(undirected, pos=start, fixed=list(placed) or None, seed=14,
                           k=1.6 / math.sqrt(max(len(graph), 1)), iterations=60)
    if placed:
        return {node: placed.get(node, (float(x) * size, float(y) * size)) for node, (x, y) in raw.items()}
    return {node: (float(x) * size, float(y) * size) for node, (x, y) in raw.items()}
