"""The hierarchical layout of a network, by rows (used by ``network_layout``).

Layers come from the graph's condensation (cycles collapse into one layer); a link's target
sits above its source, so with "is part of" and "is a" the whole is above its parts. Parents
are centred over their children and rows pushed apart so boxes never overlap; a wide bottom
row (the 31 subcategories of 6 categories) is stacked in columns under each parent instead of
one long line, as in a code tree.
"""

from __future__ import annotations

import math
from collections.abc import Hashable

import networkx as nx

GAP = 28.0
ROW_HEIGHT = 130.0
DEFAULT_SIZE = (140.0, 44.0)  # a code's box
WIDE_ROW = 10  # a bottom row with more nodes than this is stacked under its parents
STACK = 8  # nodes per stacked column

Position = tuple[float, float]


def _size(sizes: dict, node: Hashable) -> tuple[float, float]:
    return sizes.get(node, DEFAULT_SIZE)


def _layers(graph: nx.DiGraph) -> dict[Hashable, int]:
    """Layer 0 for nodes no link leaves; otherwise one below the highest of their targets."""
    condensed = nx.condensation(graph)
    members = condensed.graph["mapping"]
    depth: dict[int, int] = {}
    for component in reversed(list(nx.topological_sort(condensed))):
        targets = list(condensed.successors(component))
        depth[component] = 1 + max(depth[t] for t in targets) if targets else 0
    return {node: depth[members[node]] for node in graph.nodes}


def hierarchical_positions(graph: nx.DiGraph, order: list, sizes: dict) -> dict[Hashable, Position]:
    layer_of = _layers(graph)
    rank = {node: position for position, node in enumerate(order)}
    rows: dict[int, list] = {}
    for node in order:
        rows.setdefault(layer_of[node], []).append(node)
    x: dict[Hashable, float] = {}
    # Top row in the given order; each lower row by the mean place of the nodes it links up to.
    for layer in sorted(rows):
        if layer:
            def weight(node, layer=layer):
                above = [x[t] for t in graph.successors(node) if layer_of[t] < layer]
                return (sum(above) / len(above) if above else math.inf, rank[node])

            rows[layer].sort(key=weight)
        _pack_row(rows[layer], x, sizes, centred=[None] * len(rows[layer]))
    y = {node: layer_of[node] * ROW_HEIGHT for node in order}
    deepest = max(rows)
    compact = deepest > 0 and len(rows[deepest]) > WIDE_ROW
    if compact:
        # A wide bottom row (the 31 subcategories of 6 categories) would be one long line:
        # each parent's children are stacked in columns under it instead, as in a code tree.
        _stack_children(graph, rows, layer_of, x, y, sizes)
    # Bottom-up: parents over the middle of their children, then pushed apart.
    for layer in sorted(rows, reverse=True)[2 if compact else 1:]:
        wanted = []
        for node in rows[layer]:
            below = [x[s] for s in graph.predecessors(node) if layer_of[s] > layer]
            wanted.append(sum(below) / len(below) if below else None)
        _pack_row(rows[layer], x, sizes, centred=wanted)
    return {node: (x[node], y[node]) for node in order}


def _stack_children(graph: nx.DiGraph, rows: dict, layer_of: dict, x: dict, y: dict, sizes: dict) -> None:
    deepest = max(rows)
    parents = rows[deepest - 1]
    groups: dict[Hashable, list] = {parent: [] for parent in parents}
    orphans = []
    for node in rows[deepest]:
        above = sorted((t for t in graph.successors(node) if layer_of[t] == deepest - 1), key=lambda t: x[t])
        (groups[above[0]] if above else orphans).append(node)
    step = max(_size(sizes, node)[1] for node in rows[deepest]) + GAP / 3
    blocks: dict[Hashable, list[list]] = {}
    widths: dict[Hashable, float] = {}
    for parent, children in list(groups.items()) + [(None, orphans)]:
        columns = [children[start:start + STACK] for start in range(0, len(children), STACK)]
        blocks[parent] = columns
        widths[parent] = sum(max(_size(sizes, n)[0] for n in column) for column in columns) + GAP * max(
            0, len(columns) - 1)
    cursor = 0.0
    for parent in parents:  # the parents' row, each as wide as its own box or its children's block
        width = max(_size(sizes, parent)[0], widths[parent])
        x[parent] = cursor + width / 2
        cursor += width + GAP * 2
    if orphans:
        x[None] = cursor + widths[None] / 2
        cursor += widths[None]
    shift = (cursor - GAP * 2) / 2
    for parent in parents:
        x[parent] -= shift
    top = (deepest - 1) * ROW_HEIGHT + ROW_HEIGHT * 0.6
    for parent, columns in blocks.items():
        if not columns:
            continue
        centre = x[parent] - (shift if parent is None else 0.0)
        left = centre - widths[parent] / 2
        for column in columns:
            column_width = max(_size(sizes, n)[0] for n in column)
            for index, node in enumerate(column):
                x[node] = left + column_width / 2
                y[node] = top + index * step
            left += column_width + GAP
    x.pop(None, None)


def _pack_row(row: list, x: dict, sizes: dict, *, centred: list) -> None:
    """Left to right: each node at its wanted centre (else where it was, else after its neighbour),
    pushed right as far as needed so that no two boxes overlap. A row placed for the first time
    is centred on 0."""
    first_time = all(node not in x for node in row) and all(centre is None for centre in centred)
    cursor: float | None = None
    for node, centre in zip(row, centred):
        width = _size(sizes, node)[0]
        centre = centre if centre is not None else x.get(node)
        left = centre - width / 2 if centre is not None else (cursor if cursor is not None else 0.0)
        if cursor is not None:
            left = max(left, cursor)
        x[node] = left + width / 2
        cursor = left + width + GAP
    if first_time and row:
        shift = (x[row[0]] + x[row[-1]]) / 2
        for node in row:
            x[node] -= shift
