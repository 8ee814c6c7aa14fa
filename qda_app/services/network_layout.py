"""Automatic layouts of a network, from networkx (never hand-written geometry): the one
implementation the network editor, ``figure``, REFI export and "add neighbours" all use.

Positions are node centres in scene units (about one unit per screen pixel, y growing
downwards, as Qt's graphics scene and the saved node positions use them). Layouts are
size-aware: each node's box (the editor passes its items' real sizes; elsewhere
``estimated_sizes`` guesses them from the text) keeps boxes from overlapping.

- hierarchical: layers from the graph's condensation (cycles collapse into one layer); a link's
  target sits above its source, so with "is part of" and "is a" the whole is above its parts.
  Parents are centred over their children and rows pushed apart so boxes never overlap; a wide
  bottom row is stacked in columns under each parent instead of one long line
  (``network_rows``).
- radial: each connected part around its most connected node, rings by distance
  (``networkx.shell_layout``), the parts side by side in a grid.
- force: ``networkx.spring_layout`` (Fruchterman-Reingold) started from the hierarchical
  picture, so that few iterations reach a calm layout and the same network always gets the
  same one.

``layout(view, nodes=...)`` places only some nodes; the others keep their places (``fixed``),
so "add neighbours" does not move what the user placed. Saving positions is
``networks.move_nodes`` (one undoable command).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Hashable, Sequence

import networkx as nx

from qda_app.services.network_rows import DEFAULT_SIZE, GAP, hierarchical_positions
from qda_app.services.network_view import NetworkView

LAYOUTS = ("hierarchical", "radial", "force")
FORCE_ITERATIONS = 25  # from the hierarchical start; 50 from a random one gave no calmer picture
_CHARACTER = 7.0  # average width of a title character in scene units (13 px bold)
_MAX_TEXT = 220.0  # the editor elides and wraps text at this width
_LINE = 15.0

Position = tuple[float, float]
Size = tuple[float, float]


def estimated_sizes(view: NetworkView) -> dict[int, Size]:
    """Each node's box as the editor would draw it, guessed from its label's length."""
    sizes = {}
    for node in view.nodes:
        text = node.label or node.name
        width = min(len(text) * _CHARACTER, _MAX_TEXT)
        lines = min(4, max(1, math.ceil(len(text) * _CHARACTER / _MAX_TEXT)))
        sizes[node.node_id] = (max(60.0, width + 24.0), 26.0 + lines * _LINE)
    return sizes


def graph_of(view: NetworkView) -> nx.DiGraph:
    """The network as a networkx graph: node ids, and one edge per shown link (source -> target)."""
    graph = nx.DiGraph()
    graph.add_nodes_from(node.node_id for node in view.nodes)
    for link in view.links:
        graph.add_edge(link.source_node, link.target_node, relation=link.relation)
    return graph


def compute_layout(kind: str, nodes: Sequence[Hashable], edges: Sequence[tuple[Hashable, Hashable]],
                   sizes: dict[Hashable, Size] | None = None) -> dict[Hashable, Position]:
    """Positions for every node by ``kind``; ``sizes`` gives each node's box (default: a code's)."""
    if kind not in LAYOUTS:
        raise ValueError(f"unknown layout {kind!r}; use one of {', '.join(LAYOUTS)}")
    if not nodes:
        return {}
    sizes = sizes or {}
    graph = nx.DiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((a, b) for a, b in edges if a in graph and b in graph and a != b)
    order = list(nodes)
    if kind == "hierarchical":
        return hierarchical_positions(graph, order, sizes)
    if kind == "radial":
        return _radial(graph, order, sizes)
    return _force(graph, order, sizes)


def layout(view: NetworkView, method: str = "hierarchical", *, nodes: Collection[int] | None = None,
           sizes: dict[int, Size] | None = None) -> dict[int, Position]:
    """New positions for ``nodes`` (default: every node) by ``method``. When only some nodes are
    laid out, the placed others stay where they are and the new ones are put around them (force)."""
    if method not in LAYOUTS:
        raise ValueError(f"layout {method!r} is not one of {LAYOUTS}")
    if not view.nodes:
        return {}
    sizes = sizes if sizes is not None else estimated_sizes(view)
    every = [node.node_id for node in view.nodes]
    moving = set(every if nodes is None else nodes) & set(every)
    placed = {node.node_id: (node.x, node.y) for node in view.nodes
              if node.node_id not in moving and node.x is not None and node.y is not None}
    edges = [(link.source_node, link.target_node) for link in view.links]
    if placed and moving != set(every):
        positions = _force_around(graph_of(view), every, placed, sizes)
    else:
        positions = compute_layout(method, every, edges, sizes)
    return {node: positions[node] for node in moving}


def complete_positions(view: NetworkView, sizes: dict[int, Size] | None = None) -> dict[int, Position]:
    """Every node's position: the saved ones, and a layout for the unplaced (all of them
    hierarchical when none is placed)."""
    unplaced = [node.node_id for node in view.nodes if node.x is None or node.y is None]
    positions: dict[int, Position] = {node.node_id: (node.x, node.y) for node in view.nodes  # type: ignore[misc]
                                      if node.x is not None and node.y is not None}
    if unplaced:
        positions.update(layout(view, "hierarchical" if not positions else "force", nodes=unplaced, sizes=sizes))
    return positions


def _size(sizes: dict, node: Hashable) -> Size:
    return sizes.get(node, DEFAULT_SIZE)


def _radial(graph: nx.DiGraph, order: list, sizes: dict) -> dict[Hashable, Position]:
    undirected = graph.to_undirected(as_view=True)
    rank = {node: position for position, node in enumerate(order)}
    parts = sorted((sorted(part, key=rank.get) for part in nx.connected_components(undirected)),
                   key=lambda part: rank[part[0]])
    placed: list[tuple[dict, float]] = []
    for part in parts:
        sub = undirected.subgraph(part)
        root = max(part, key=lambda node: (sub.degree(node), -rank[node]))
        distance = nx.single_source_shortest_path_length(sub, root)
        shells: list[list] = [[] for _ in range(max(distance.values()) + 1)]
        for node in part:
            shells[distance[node]].append(node)
        widest = max(_size(sizes, node)[0] for node in part) + GAP
        # The ring that needs most room sets the radius step: its circumference fits its boxes.
        step = max([widest] + [len(shell) * widest / (2 * math.pi * ring) for ring, shell in enumerate(shells) if ring])
        unit = nx.shell_layout(sub, nlist=shells, scale=1.0, rotate=0) if len(part) > 1 else {root: (0.0, 0.0)}
        # shell_layout puts ring i (the root alone at the centre) at radius i * scale / len(shells).
        factor = step * len(shells)
        positions = {node: (float(unit[node][0]) * factor, float(unit[node][1]) * factor) for node in part}
        placed.append((positions, step * (len(shells) - 1) + widest / 2))
    columns = max(1, math.ceil(math.sqrt(len(placed))))
    result: dict[Hashable, Position] = {}
    cell = max(radius for _, radius in placed) * 2 + GAP
    for index, (positions, _radius) in enumerate(placed):
        offset_x, offset_y = (index % columns) * cell, (index // columns) * cell
        for node, (px, py) in positions.items():
            result[node] = (px + offset_x, py + offset_y)
    return result


def _scale(order: Sequence, sizes: dict) -> float:
    """Scene units per unit of networkx's [-1, 1] box: room for every node's box."""
    widest = max(_size(sizes, node)[0] for node in order)
    return max(widest, 0.6 * widest * math.sqrt(len(order)))


def _force(graph: nx.DiGraph, order: list, sizes: dict) -> dict[Hashable, Position]:
    scale = _scale(order, sizes)
    start = hierarchical_positions(graph, order, sizes)
    reach = max(max(abs(x), abs(y)) for x, y in start.values()) or 1.0
    seeded = {node: (x / reach, y / reach) for node, (x, y) in start.items()}
    unit = nx.spring_layout(graph.to_undirected(as_view=True), pos=seeded, seed=7, iterations=FORCE_ITERATIONS)
    return {node: (float(unit[node][0]) * scale, float(unit[node][1]) * scale) for node in order}


def _force_around(graph: nx.DiGraph, order: list, placed: dict[int, Position], sizes: dict) -> dict[Hashable, Position]:
    """The unplaced nodes by spring forces among fixed, placed ones (in the placed ones' frame)."""
    scale = _scale(order, sizes)
    start = {node: (x / scale, y / scale) for node, (x, y) in placed.items()}
    raw = nx.spring_layout(graph.to_undirected(as_view=True), pos=start, fixed=list(placed), seed=14,
                           k=1.6 / math.sqrt(max(len(graph), 1)), iterations=60)
    return {node: placed.get(node, (float(x) * scale, float(y) * scale)) for node, (x, y) in raw.items()}
