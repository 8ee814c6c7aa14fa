"""The category network (categories -> subcategories, groundedness in braces) as PNG, SVG or PDF.

Drawn with matplotlib's object API (no pyplot, no global backend switch), laid out as a
two-column tree so that six categories and thirty-odd subcategories stay readable on one page.
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


def draw_network(nodes: pd.DataFrame, *, language: str = "en", title: str = ""):  # -> Figure
    """A matplotlib Figure of ``network_nodes``' frame (columns in ``language``)."""
    from matplotlib.figure import Figure  # imported here: matplotlib is slow to import

    category_column, sub_column = label("category", language), label("subcategory", language)
    grounded = label("groundedness", language)
    groups = list(nodes.groupby(category_column, sort=False))
    rows = len(nodes) + max(len(groups) - 1, 0)  # a blank row between categories
    figure = Figure(figsize=(15, max(3.0, _ROW_INCHES * rows + 1.2)))
    axes = figure.add_axes((0.01, 0.01, 0.98, 0.94 if title else 0.98))
    axes.set_xlim(0, 1)
    axes.set_ylim(rows - 0.5, -0.8)
    axes.axis("off")
    if title:
        figure.suptitle(title, fontsize=13, fontweight="bold")
    y = 0
    for category, members in groups:
        color = members["category_colour"].iloc[0] or "#888888"
        top = y
        for _, member in members.iterrows():
            sub_color = member["colour"] or color
            text = textwrap.fill(f"{member[sub_column]} {{{member[grounded]}}}", 80)
            axes.text(0.43, y, text, ha="left", va="center", fontsize=9,
                      bbox={"boxstyle": "round,pad=0.3", "fc": _lighter(sub_color), "ec": sub_color})
            y += 1
        middle = (top + y - 1) / 2
        for member_y in range(top, y):
            axes.plot([0.355, 0.428], [middle, member_y], color=color, linewidth=1.2, alpha=0.8)
        text = textwrap.fill(f"{category} {{{members['category_groundedness'].iloc[0]}}}", 34)
        axes.text(0.35, middle, text, ha="right", va="center", fontsize=10.5, fontweight="bold",
                  bbox={"boxstyle": "round,pad=0.45", "fc": _lighter(color, 0.55), "ec": color, "lw": 1.5})
        y += 1
    return figure


def write_figure(nodes: pd.DataFrame, path: str | Path, *, language: str = "en", title: str = "") -> Path:
    target = Path(path)
    kind = target.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise ExportFailed(file=str(target), detail=f"use a .{', .'.join(FORMATS)} file name")
    if nodes.empty:
        raise ExportFailed(file=str(target), detail="no category has subcategories to draw")
    figure = draw_network(nodes, language=language, title=title)
    with atomic_path(target) as temporary:
        figure.savefig(temporary, format=kind, dpi=200 if kind == "png" else None, bbox_inches="tight",
                       metadata={"Software": "qda_app"} if kind == "png" else None)
    return target
