"""A saved network as a figure: PNG (300 dpi up to 40 inches), SVG (real, editable text) or PDF.

Nodes are drawn where they were saved (unplaced ones laid out by ``network_layout``): codes
as boxes in their colour with {G-D}, quotations, memos, documents and groups in their own
shapes; links as lines in their relation type's colour and line style, with the type's short
label (up to ``LABELLED_LINKS`` links) and an arrow when the relation is directed, and a
legend naming every kind of link. Drawn with matplotlib's object API.
"""

from __future__ import annotations

from collections.abc import Mapping

import textwrap
from pathlib import Path

from qda_app.core.errors import ExportFailed
from qda_app.services.atomic_files import atomic_path, check_target
from qda_app.services.network_layout import complete_positions
from qda_app.services.network_view import NetworkView, network_view
from qda_app.services.project import Project
from qda_app.services.relations import list_relation_types

FORMATS = ("png", "svg", "pdf")
_LINE_STYLES = {"solid": "-", "dashed": "--", "dotted": ":"}
_BOX = {"code": "round,pad=0.35", "quotation": "square,pad=0.35", "memo": "sawtooth,pad=0.35",
        "document": "square,pad=0.45", "code_group": "round4,pad=0.4", "document_group": "round4,pad=0.4"}
_UNITS_PER_INCH = 110.0  # scene units (about screen pixels) per inch of figure


def _lighter(color: str, amount: float = 0.75) -> tuple[float, float, float]:
    red, green, blue = (int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return (red + (1 - red) * amount, green + (1 - green) * amount, blue + (1 - blue) * amount)


_FONT = 8.0  # points
LABELLED_LINKS = 150  # past this many links, labels would hide the network: the legend names them
_MAX_PIXELS = 12_000  # longest side of a PNG; print resolution (300 dpi) up to 40 inches
_ARROW = 7.0  # arrowhead length, points


def _clip(centre: tuple[float, float], toward: tuple[float, float], extent: tuple[float, float]) -> tuple[float, float]:
    """Where the segment from a box's centre toward another point leaves the box."""
    dx, dy = toward[0] - centre[0], toward[1] - centre[1]
    scale = min(extent[0] / abs(dx) if dx else float("inf"), extent[1] / abs(dy) if dy else float("inf"), 1.0)
    return centre[0] + dx * scale, centre[1] + dy * scale


def _draw_links(axes, view: NetworkView, positions, extents, per_point,  # type: ignore[no-untyped-def]
                relation_names: Mapping[int, str]) -> None:
    """Every link as one segment between the boxes' edges, drawn as one collection per colour and
    line style (thousands of links stay quick), arrowheads as one set of triangles, labels at
    the middle."""
    from matplotlib.collections import LineCollection, PolyCollection

    groups: dict[tuple[str, str], list] = {}
    heads: dict[str, list] = {}
    for link in view.links:
        start, end = positions[link.source_node], positions[link.target_node]
        if start == end:
            continue
        a = _clip(start, end, extents[link.source_node])
        b = _clip(end, start, extents[link.target_node])
        groups.setdefault((link.color, link.line_style), []).append((a, b))
        if link.directed:
            dx, dy = (b[0] - a[0]) / per_point[0], (b[1] - a[1]) / per_point[1]  # in points
            length = (dx * dx + dy * dy) ** 0.5 or 1.0
            ux, uy = dx / length, dy / length
            base = (b[0] - ux * _ARROW * per_point[0], b[1] - uy * _ARROW * per_point[1])
            side = (-uy * _ARROW * 0.35 * per_point[0], ux * _ARROW * 0.35 * per_point[1])
            heads.setdefault(link.color, []).append(
                [b, (base[0] + side[0], base[1] + side[1]), (base[0] - side[0], base[1] - side[1])])
        if link.label and len(view.links) <= LABELLED_LINKS:
            axes.text((start[0] + end[0]) / 2, (start[1] + end[1]) / 2, link.label, ha="center", va="center",
                      fontsize=7, color=link.color, zorder=4,
                      bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none"})
    for (color, style), segments in groups.items():
        axes.add_collection(LineCollection(segments, colors=color, linestyles=_LINE_STYLES.get(style, "-"),
                                           linewidths=1.1, zorder=2))
    for color, triangles in heads.items():
        axes.add_collection(PolyCollection(triangles, facecolors=color, edgecolors=color, linewidths=0.5, zorder=2))
    _legend(axes, view, relation_names)


def _legend(axes, view: NetworkView, relation_names: Mapping[int, str]) -> None:  # type: ignore[no-untyped-def]
    """One entry per kind of link shown: colour, line style and "label = relation" (in the
    figure's language where the relation type has a translation)."""
    from matplotlib.lines import Line2D

    entries: dict[tuple[str, str, str], str] = {}
    for link in view.links:
        relation = relation_names.get(link.type_id, link.relation) if link.type_id is not None else link.relation
        text = f"{link.label} = {relation}" if link.label and link.label != link.relation else relation
        entries.setdefault((link.color, link.line_style, text), text)
    if entries:
        handles = [Line2D([], [], color=color, linestyle=_LINE_STYLES.get(style, "-"), linewidth=1.4)
                   for color, style, _ in entries]
        axes.legend(handles, list(entries.values()), loc="upper left", fontsize=7, frameon=True, framealpha=0.9)


def draw_network_view(view: NetworkView, *, title: str | None = None,  # -> matplotlib Figure
                      relation_names: Mapping[int, str] | None = None):
    """A matplotlib Figure of one network."""
    from matplotlib.figure import Figure  # imported here: matplotlib is slow to import

    positions = complete_positions(view)
    if positions:
        xs = [x for x, _ in positions.values()]
        ys = [y for _, y in positions.values()]
        left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
    else:
        left = right = top = bottom = 0.0
    # Room for the boxes around the outermost centres (a tight bounding box would move the
    # boxes after the links were clipped to them).
    margin, margin_y = 260.0, 90.0
    width = max(6.0, (right - left + 2 * margin) / _UNITS_PER_INCH)
    height = max(4.0, (bottom - top + 2 * margin_y) / _UNITS_PER_INCH)
    figure = Figure(figsize=(min(width, 60.0), min(height, 60.0)))
    axes = figure.add_axes((0, 0, 1, 0.95 if title else 1))
    axes.set_xlim(left - margin, right + margin)
    axes.set_ylim(bottom + margin_y, top - margin_y)  # scene y grows downwards
    axes.axis("off")
    if title:
        figure.suptitle(title, fontsize=12, fontweight="bold")
    # Scene units per typographic point, to know each box's extent before drawing anything.
    figure_width, figure_height = figure.get_size_inches()
    per_point_x = (right - left + 2 * margin) / (figure_width * 72)
    per_point_y = (bottom - top + 2 * margin_y) / (figure_height * (0.95 if title else 1) * 72)
    extents: dict[int, tuple[float, float]] = {}
    for node in view.nodes:
        x, y = positions[node.node_id]
        color = node.color or "#5d6d7e"
        label = node.label if node.kind != "quotation" else node.label[:90] + ("…" if len(node.label) > 90 else "")
        lines = textwrap.fill(label, 38)
        axes.text(x, y, lines, ha="center", va="center", fontsize=_FONT, zorder=3,
                  fontweight="bold" if node.kind in ("code_group", "document_group") else "normal",
                  bbox={"boxstyle": _BOX.get(node.kind, "round,pad=0.35"), "fc": _lighter(color), "ec": color, "lw": 1.2})
        rows = lines.split("\n")
        extents[node.node_id] = ((max(map(len, rows)) * 0.55 * _FONT / 2 + 0.5 * _FONT) * per_point_x,
                                 (len(rows) * 1.2 * _FONT / 2 + 0.5 * _FONT) * per_point_y)
    _draw_links(axes, view, positions, extents, (per_point_x, per_point_y), relation_names or {})
    return figure


def export_network_figure(project: Project, network: str | int, path: str | Path, *, language: str = "en",
                          title: str | None = None) -> Path:
    """Write the saved network ``network`` to ``path`` (.png, .svg or .pdf), whole or not at all."""
    from matplotlib import rc_context

    target = Path(path)
    kind = target.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise ExportFailed(file=str(target), problem="use_suffix", suffixes=tuple(f".{f}" for f in FORMATS))
    check_target(target)  # refused before any drawing: an existing file, a project, no folder
    view = network_view(project, network)
    if not view.nodes:
        raise ExportFailed(file=str(target), problem="empty_network", network=view.network.name)
    # Text stays text in SVG (editable, searchable) and is embedded as TrueType in PDF.
    with rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}):
        names = {kind.id: kind.name_in(language)
                 for scope in ("code", "quotation") for kind in list_relation_types(project, scope)}
        figure = draw_network_view(view, title=view.network.name if title is None else title, relation_names=names)
        with atomic_path(target) as temporary:
            figure.savefig(temporary, format=kind, dpi=min(300, _MAX_PIXELS / max(figure.get_size_inches()))
                           if kind == "png" else None,
                           metadata={"Software": "qda_app"} if kind == "png" else None)
    return target
