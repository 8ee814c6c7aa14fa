"""Quotations by code: each code with its definition and {G-D}, then its quotations.

The report Atlas.ti, NVivo, MAXQDA and QualCoder all print: one section per code (tree order),
each quotation with its ID (D:Q), document, text, comment and the coders who coded it with that
code. The filter's codes, code groups, document groups and coders choose what is shown.
"""

from __future__ import annotations

import pandas as pd

from qda_app.core.model import CODE_PATH_SEPARATOR
from qda_app.services.project import Project
from qda_app.services.reports.data import (
    ReportData,
    coded_with_ancestors,
    density,
    finish,
    groundedness,
    load_report_data,
    quotation_texts,
)
from qda_app.services.reports.filters import ReportFilter
from qda_app.services.reports.labels import label

COLUMNS = ("code", "category_path", "quotation_id", "document", "text", "comment", "coder")


def quotations_by_code(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    data: ReportData | None = None,
) -> pd.DataFrame:
    """One row per (code, quotation) in code tree order, then document order. ``attrs["codes"]``
    lists every shown code (also those without quotations) with its definition, G and D."""
    data = data or load_report_data(project, report_filter)
    counts = groundedness(data)
    links = density(project, data.codes)
    texts = quotation_texts(project, data)
    spans = data.quotations.reset_index(drop=True)
    position = {int(quotation_id): index for index, quotation_id in enumerate(spans["id"].tolist())}
    documents = {doc.id: doc for doc in data.documents}
    coders: dict[tuple[int, int], set[str]] = {}
    any_code: dict[int, set[str]] = {}
    for quotation_id, code_id, coder in data.codings[["quotation_id", "code_id", "coder"]].itertuples(index=False):
        coders.setdefault((int(quotation_id), int(code_id)), set()).add(coder or "")
        any_code.setdefault(int(quotation_id), set()).add(coder or "")
    # A code's section lists its own quotations; a category's also those of its sub-codes (as its
    # groundedness counts them), so a category section reads like the category table.
    below = coded_with_ancestors(data).groupby("ancestor_id")["quotation_id"].unique()
    rows: list[dict[str, object]] = []
    sections: list[dict[str, object]] = []
    for code in data.shown_codes:
        quotation_ids = sorted(
            (int(q) for q in below.get(code.id, ()) if int(q) in position),
            key=position.__getitem__,
        )
        sections.append(
            {"code": code.name, "path": code.path.replace(CODE_PATH_SEPARATOR, " > "), "color": code.color,
             "definition": code.description, "groundedness": counts[code.id], "density": links[code.id],
             "depth": code.path.count(CODE_PATH_SEPARATOR), "first_row": len(rows), "rows": len(quotation_ids)}
        )
        for quotation_id in quotation_ids:
            index = position[quotation_id]
            span = spans.iloc[index]
            document = documents.get(int(span["document_id"]))
            names = sorted(coders.get((quotation_id, code.id)) or any_code.get(quotation_id, set()))
            rows.append(
                {"code": code.name, "category_path": code.path.replace(CODE_PATH_SEPARATOR, " > "),
                 "quotation_id": f"{int(span['document_number'])}:{int(span['number'])}",
                 "document": document.name if document else "", "text": texts[index],
                 "comment": span["comment"] or "", "coder": "; ".join(name for name in names if name)}
            )
    frame = pd.DataFrame([{key: row[key] for key in COLUMNS} for row in rows], columns=list(COLUMNS))
    frame = finish(frame, list(COLUMNS), language, title=label("sheet_by_code", language),
                   wrap_columns=["text", "comment"])
    frame.attrs["codes"] = sections
    return frame
