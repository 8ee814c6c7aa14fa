"""The code tree as a figure (categories <- subcategories, {G-D} in braces) as PNG, SVG or PDF.

Drawn with matplotlib's object API (no pyplot, no global backend switch), laid out as a
two-column tree so that six categories and thirty-odd subcategories stay readable on one page.
Boxes take the codes' colours; the relation label and the legend are in the report language.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pandas as pd

from qda_app.core.errors import ExportFailed
from qda_app.services.atomic_files import atomic_path
from qda_app.services.reports.labels import label

FORMATS = ("png", "svg", "pdf")
_ROW_INCHES = 0.45


def _lighter(color: str, amount: float = 0.75) -> tuple[float, float, float]:
    red, green, blue = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return tuple(channel + (1 - channel) * amount for channel in (red, green, blue))  # type: ignore[return-value]


def _box_text(name: str, grounded: object, density: object, width: int) -> str:
    return textwrap.fill(f"{name} {{{grounded}-{density}}}", width)


def draw_network(nodes: pd.DataFrame, *, language: str = "en", title: str = ""):  # -> Figure
    """A matplotlib Figure of ``network_nodes``' frame (columns in ``language``): each category
    box in its colour with {G-D}, an arrow from each subcategory box ("is part of", in the
    report language) and a legend of the notation."""
    from matplotlib.figure import Figure  # imported here: matplotlib is slow to import

    category_column, sub_column = label("category", language), label("subcategory", language)
    grounded, density = label("groundedness", language), label("density", language)
    relation = label("is_part_of", language)
    groups = list(nodes.groupby(category_column, sort=False))
    rows = len(nodes) + max(len(groups) - 1, 0)  # a blank row between categories
    longest = max((len(str(name)) for name in nodes[sub_column]), default=20)
    width = 6.8 + min(longest, 80) * 0.075  # inches: the category column, the arrows, the longest box
    figure = Figure(figsize=(width, _ROW_INCHES * rows + 1.3))
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_xlim(0, width)
    axes.set_ylim(rows + 0.6, -1.6 if title else -0.8)
    axes.axis("off")
    if title:
        axes.text(0.05, -1.1, title, ha="left", va="center", fontsize=12, fontweight="bold")
    category_right, sub_left = 2.75, 4.35
    y = 0
    for category, members in groups:
        color = members["category_colour"].iloc[0] or "#888888"
        top = y
        for _, member in members.iterrows():
            sub_color = member["colour"] or color
            axes.text(sub_left, y, _box_text(member[sub_column], member[grounded], member[density], 80),
                      ha="left", va="center", fontsize=9,
                      bbox={"boxstyle": "round,pad=0.3", "fc": _lighter(sub_color), "ec": sub_color})
            y += 1
        middle = (top + y - 1) / 2
        for member_y in range(top, y):
            # The relation's label beside its subcategory, the arrow from there to the category.
            axes.text(sub_left - 0.1, member_y, relation, ha="right", va="center", fontsize=6.5, style="italic",
                      color="#444444")
            axes.annotate("", xy=(category_right + 0.08, middle), xytext=(sub_left - 0.62, member_y),
                          arrowprops={"arrowstyle": "-|>", "color": color, "lw": 1.0, "alpha": 0.85,
                                      "shrinkA": 0, "shrinkB": 0, "mutation_scale": 8})
        category_text = _box_text(category, members["category_groundedness"].iloc[0],
                                  members["category_density"].iloc[0], 30)
        axes.text(category_right, middle, category_text, ha="right", va="center", fontsize=10, fontweight="bold",
                  bbox={"boxstyle": "round,pad=0.45", "fc": _lighter(color, 0.55), "ec": color, "lw": 1.5})
        y += 1
    axes.text(0.05, rows + 0.1, label("figure_legend", language), ha="left", va="center", fontsize=7.5,
              color="#444444")
    return figure


def drawing_bounds(figure):  # -> Bbox in inches
    """The box around what is drawn (texts, their boxes, arrows), not around the axes: the
    axes span the whole figure, so matplotlib's own tight box would keep its empty margins."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.transforms import Bbox

    renderer = FigureCanvasAgg(figure).get_renderer()
    extents = []
    for axes in figure.axes:
        for text in axes.texts:
            extents.append(text.get_window_extent(renderer))
            if text.get_bbox_patch() is not None:
                text.update_bbox_position_size(renderer)
                extents.append(text.get_bbox_patch().get_window_extent(renderer))
        extents.extend(patch.get_window_extent(renderer) for patch in axes.patches if patch.get_visible())
    return Bbox.union(extents).transformed(figure.dpi_scale_trans.inverted()).padded(0.08)


def write_figure(nodes: pd.DataFrame, path: str | Path, *, language: str = "en", title: str = "") -> Path:
    """PNG (200 dpi), SVG with its text as text (editable, searchable) or PDF with embedded
    TrueType text; margins cut to the drawing."""
    from matplotlib import rc_context

    target = Path(path)
    kind = target.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise ExportFailed(file=str(target), problem="use_suffix", suffixes=tuple(f".{f}" for f in FORMATS))
    if nodes.empty:
        raise ExportFailed(file=str(target), problem="no_subcategories")
    with rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}):
        figure = draw_network(nodes, language=language, title=title)
        with atomic_path(target) as temporary:
            figure.savefig(temporary, format=kind, dpi=200 if kind == "png" else None,
                           bbox_inches=drawing_bounds(figure), metadata={"Software": "qda_app"} if kind == "png" else None)
    return target
