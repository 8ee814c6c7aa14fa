"""The nodes of the category network (the study's Figure 1): categories -> subcategories, each
with its groundedness and density ({G-D}, as Atlas.ti writes them)."""

from __future__ import annotations

import pandas as pd

from qda_app.services.project import Project
from qda_app.services.reports.data import ReportData, density, finish, groundedness, load_report_data
from qda_app.services.reports.filters import ReportFilter
from qda_app.services.reports.labels import label


def network_nodes(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    data: ReportData | None = None,
) -> pd.DataFrame:
    """Category | Groundedness (category) | Subcategory | Groundedness | colours, in tree order:
    one row per direct subcategory of every category that has one."""
    data = data or load_report_data(project, report_filter)
    counts = groundedness(data)
    links = density(project, data.codes)
    shown = {code.id for code in data.shown_codes}
    rows = []
    for category in (code for code in data.codes if code.parent_id is None):
        for sub in data.children(category.id):
            if sub.id in shown:
                rows.append(
                    {"category": category.name, "category_groundedness": counts[category.id],
                     "category_density": links[category.id],
                     "subcategory": sub.name, "groundedness": counts[sub.id], "density": links[sub.id],
                     "category_colour": category.color, "colour": sub.color}
                )
    columns = ["category", "category_groundedness", "category_density", "subcategory", "groundedness", "density",
               "category_colour", "colour"]
    frame = pd.DataFrame(rows, columns=columns)
    return finish(frame, ["category", "subcategory", "groundedness", "density"], language,
                  title=label("figure_caption", language))
