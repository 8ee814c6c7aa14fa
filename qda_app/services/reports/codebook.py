"""The code list (codebook) and the category tables as a paper publishes them."""

from __future__ import annotations

import pandas as pd

from qda_app.core.errors import InvalidArgument
from qda_app.core.model import CODE_PATH_SEPARATOR, Code
from qda_app.services.project import Project
from qda_app.services.reports.data import (
    ReportData,
    density,
    finish,
    groundedness,
    load_report_data,
    to_datetime,
)
from qda_app.services.reports.filters import ReportFilter
from qda_app.services.reports.labels import label
from qda_app.services.reports.wording import report_wording
from qda_app.store import excerpts as excerpt_store
from qda_app.store import groups as group_store
from qda_app.store import quotations as quotation_store

ORDERS = ("tree", "groundedness")  # tree: the codebook's order, as the paper prints it


def codebook(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    data: ReportData | None = None,
) -> pd.DataFrame:
    """Code | Category path | Groundedness | Density | Groups | Definition | Colour | Created by | Created."""
    data = data or load_report_data(project, report_filter)
    counts = groundedness(data)
    links = density(project, data.codes)
    code_groups: dict[int, list[str]] = {}
    for group in group_store.list_groups(project.database, "code"):
        for member in group.members:
            code_groups.setdefault(member, []).append(group.name)
    shown = data.shown_codes
    frame = pd.DataFrame(
        {
            "code": [code.name for code in shown],
            "category_path": [code.path.replace(CODE_PATH_SEPARATOR, " > ") for code in shown],
            "groundedness": [counts[code.id] for code in shown],
            "density": [links[code.id] for code in shown],
            "groups": ["; ".join(code_groups.get(code.id, [])) for code in shown],
            "definition": [code.description for code in shown],
            "colour": [code.color for code in shown],
            "created_by": [code.created_by or "" for code in shown],
            "created": to_datetime([code.created_at for code in shown]),
        }
    )
    return finish(
        frame,
        list(frame.columns),
        language,
        title=label("sheet_codebook", language),
        notes=[label("note_groundedness", language), label("note_density", language)],
        color_column="code",
        colors=[code.color for code in shown],
        wrap_columns=["definition"],
    )


def _representatives(project: Project, data: ReportData) -> dict[int, list[tuple[str, str]]]:
    """Code id -> [(text, "D:Q")] of its marked quotations inside the filter's documents; the
    text is the quotation's stored excerpt where it has one (a paper's "[…]" shortening)."""
    in_scope = None if data.resolved.document_ids is None else set(data.resolved.document_ids)
    excerpts = excerpt_store.all_excerpts(project.database)
    found: dict[int, list[tuple[str, str]]] = {}
    for code_id, quotation_id in quotation_store.list_representatives(project.database):
        quotation = quotation_store.get_quotation(project.database, quotation_id)
        if quotation is None or (in_scope is not None and quotation.document_id not in in_scope) or (
                data.resolved.quotation_ids is not None and quotation_id not in data.resolved.quotation_ids):
            continue
        text = " ".join(excerpts.get(quotation_id, quotation.text).split())
        found.setdefault(code_id, []).append((text, quotation.quotation_id))
    return found


def cited(text: str, quotation_id: str, cite: str) -> str:
    """'“text” (cita 3:33)', as the paper prints a representative quotation."""
    return f"“{text}” ({cite} {quotation_id})"


def _ordered_below(data: ReportData, category: Code, counts: dict[int, int], order: str) -> list[Code]:
    shown = {code.id for code in data.shown_codes}
    result: list[Code] = []

    def visit(parent: Code) -> None:
        children = [code for code in data.children(parent.id) if code.id in shown]
        if order == "groundedness":
            children.sort(key=lambda code: -counts[code.id])  # stable: ties keep tree order
        for child in children:
            result.append(child)
            visit(child)

    visit(category)
    return result


def category_tables(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    order: str = "tree",
    data: ReportData | None = None,
) -> list[pd.DataFrame]:
    """One table per category (a top-level code with sub-codes): Category | Subcategory |
    Groundedness | Representative quotation, ending in a subtotal row.

    The subtotal adds the direct subcategories' groundedness, as the published tables do; the
    codebook's category figure counts distinct quotations instead (see its note)."""
    if order not in ORDERS:
        raise InvalidArgument(name="order", reason="use_one_of", choices=ORDERS)
    data = data or load_report_data(project, report_filter)
    counts = groundedness(data)
    quotes = _representatives(project, data)
    wording = report_wording(project, language)
    shown = {code.id for code in data.shown_codes}
    tables: list[pd.DataFrame] = []
    categories = [code for code in data.codes if code.parent_id is None]
    for category in categories:
        below = _ordered_below(data, category, counts, order)
        if not below:
            continue
        rows = []
        for index, code in enumerate(below):
            relative = code.path[len(category.path) + len(CODE_PATH_SEPARATOR):]
            rows.append(
                {
                    "category": category.name if index == 0 else "",
                    "subcategory": relative.replace(CODE_PATH_SEPARATOR, " > "),
                    "groundedness": counts[code.id],
                    "representative": "\n".join(cited(text, qid, wording.cite) for text, qid in quotes.get(code.id, [])),
                }
            )
        subtotal = sum(counts[code.id] for code in below if code.parent_id == category.id)
        rows.append(
            {"category": "", "subcategory": label("subtotal", language), "groundedness": subtotal,
             "representative": ""}
        )
        frame = pd.DataFrame(rows, columns=["category", "subcategory", "groundedness", "representative"])
        number = len(tables) + 1
        frame = finish(
            frame,
            list(frame.columns),
            language,
            title=category.name,
            color_column="subcategory",
            colors=[code.color for code in below] + [None],
            bold_rows=[len(rows) - 1],
            wrap_columns=["category", "subcategory", "representative"],
            headers={"category": wording.category, "subcategory": wording.subcategory,
                     "groundedness": wording.groundedness, "representative": wording.representative},
        )
        frame.attrs["caption"] = f"{wording.caption} {number}"
        frame.attrs["quotations"] = [quotes.get(code.id, []) for code in below] + [[]]
        frame.attrs["category_rows"] = len(below)
        frame.attrs["category_color"] = category.color
        frame.attrs["category_in_scope"] = category.id in shown
        tables.append(frame)
    return tables


def category_totals(tables: list[pd.DataFrame], *, language: str = "en") -> pd.DataFrame:
    """Category | Groundedness: each table's subtotal, then the grand total; headers as the
    category tables word them (the project's report wording)."""
    rows = []
    for table in tables:  # columns: category, subcategory, groundedness, representative; subtotal last
        rows.append({"category": table.attrs.get("title", ""), "groundedness": int(table.iloc[-1, 2])})
    rows.append({"category": label("grand_total", language), "groundedness": sum(r["groundedness"] for r in rows)})
    frame = pd.DataFrame(rows, columns=["category", "groundedness"])
    return finish(
        frame, ["category", "groundedness"], language, title=label("grand_total", language),
        headers={"category": tables[0].columns[0], "groundedness": tables[0].columns[2]} if tables else None,
        bold_rows=[len(rows) - 1], notes=[label("note_subtotal", language)],
        color_column="category", colors=[t.attrs.get("category_color") for t in tables] + [None],
    )
