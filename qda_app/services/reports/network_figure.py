"""A saved network as a figure: PNG (300 dpi), SVG (real, editable text) or PDF.

Nodes are drawn where they were saved (unplaced ones laid out by ``network_layout``): codes
as boxes in their colour with {G-D}, quotations, memos, documents and groups in their own
shapes; links as lines in their relation type's colour and line style, with the type's short
label and an arrow when the relation is directed. Drawn with matplotlib's object API.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from qda_app.core.errors import ExportFailed
from qda_app.services.atomic_files import atomic_path
from qda_app.services.network_layout import complete_positions
from qda_app.services.network_view import NetworkView, network_view
from qda_app.services.project import Project

FORMATS = ("png", "svg", "pdf")
_LINE_STYLES = {"solid": "-", "dashed": "--", "dotted": ":"}
_BOX = {"code": "round,pad=0.35", "quotation": "square,pad=0.35", "memo": "sawtooth,pad=0.35",
        "document": "square,pad=0.45", "code_group": "round4,pad=0.4", "document_group": "round4,pad=0.4"}
_UNITS_PER_INCH = 110.0  # scene units (about screen pixels) per inch of figure


def _lighter(color: str, amount: float = 0.75) -> tuple[float, float, float]:
    red, green, blue = (int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return (red + (1 - red) * amount, green + (1 - green) * amount, blue + (1 - blue) * amount)


def draw_network_view(view: NetworkView, *, title: str | None = None):  # -> matplotlib Figure
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
    boxes = {}
    for node in view.nodes:
        x, y = positions[node.node_id]
        color = node.color or "#5d6d7e"
        label = node.label if node.kind != "quotation" else node.label[:90] + ("…" if len(node.label) > 90 else "")
        boxes[node.node_id] = axes.text(
            x, y, textwrap.fill(label, 38), ha="center", va="center", fontsize=8, zorder=3,
            fontweight="bold" if node.kind in ("code_group", "document_group") else "normal",
            bbox={"boxstyle": _BOX.get(node.kind, "round,pad=0.35"), "fc": _lighter(color), "ec": color, "lw": 1.2})
    for link in view.links:
        source, target = boxes[link.source_node], boxes[link.target_node]
        # annotate() clips the line at both boxes when drawn, so arrowheads stay visible.
        axes.annotate("", xy=positions[link.target_node], xytext=positions[link.source_node], zorder=2,
                      arrowprops={"arrowstyle": "-|>" if link.directed else "-", "mutation_scale": 11,
                                  "color": link.color, "linestyle": _LINE_STYLES.get(link.line_style, "-"),
                                  "linewidth": 1.1, "patchA": source, "patchB": target,
                                  "shrinkA": 3, "shrinkB": 3})
        if link.label:
            (x1, y1), (x2, y2) = positions[link.source_node], positions[link.target_node]
            axes.text((x1 + x2) / 2, (y1 + y2) / 2, link.label, ha="center", va="center", fontsize=7,
                      color=link.color, zorder=4, bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none"})
    return figure


def export_network_figure(project: Project, network: str | int, path: str | Path, *, language: str = "en",
                          title: str | None = None) -> Path:
    """Write the saved network ``network`` to ``path`` (.png, .svg or .pdf), whole or not at all."""
    from matplotlib import rc_context

    target = Path(path)
    kind = target.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise ExportFailed(file=str(target), detail=f"use a .{', .'.join(FORMATS)} file name")
    view = network_view(project, network)
    if not view.nodes:
        raise ExportFailed(file=str(target), detail=f"the network '{view.network.name}' has no nodes to draw")
    # Text stays text in SVG (editable, searchable) and is embedded as TrueType in PDF.
    with rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}):
        figure = draw_network_view(view, title=view.network.name if title is None else title)
        with atomic_path(target) as temporary:
            figure.savefig(temporary, format=kind, dpi=300 if kind == "png" else None,
                           metadata={"Software": "qda_app"} if kind == "png" else None)
    return target
