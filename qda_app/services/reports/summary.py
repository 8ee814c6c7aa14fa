"""The figures a methods section states: documents, quotations, codes, categories, coders, dates."""

from __future__ import annotations

import pandas as pd

from qda_app.services.project import Project
from qda_app.services.reports.data import ReportData, finish, load_report_data, to_datetime
from qda_app.services.reports.filters import ReportFilter
from qda_app.services.reports.labels import label
from qda_app.services.reports.words import document_word_counts


def summary(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    data: ReportData | None = None,
) -> pd.DataFrame:
    """Figure | Value. Codings are distinct quotation-code links (two coders applying the same
    code to the same quotation make one coding), as in the code-document table."""
    data = data or load_report_data(project, report_filter)
    shown = {code.id for code in data.shown_codes}
    parents = {code.parent_id for code in data.codes if code.id in shown}
    categories = [code for code in data.codes if code.parent_id is None and code.id in parents]
    category_ids = {code.id for code in categories}
    subcategories = [code for code in data.codes if code.id in shown and code.parent_id in category_ids]
    coder_names = sorted(set(data.codings["coder"].dropna().unique().tolist()), key=str.casefold)
    dates = to_datetime(data.codings["created_at"]) if len(data.codings) else pd.Series([], dtype="datetime64[ns]")
    words = document_word_counts(project, data)
    figures = [
        ("project", data.project_name),
        ("filter", project_filter_text(data, language)),
        ("documents", len(data.documents)),
        ("words", sum(words.values())),
        ("quotations", len(data.quotations)),
        ("codings", len(data.codings.drop_duplicates(["quotation_id", "code_id"]))),
        ("codes", len(shown)),
        ("categories", len(categories)),
        ("subcategories", len(subcategories)),
        ("coders", len(coder_names)),
        ("coder_names", "; ".join(coder_names)),
        ("first_coding", dates.min() if len(dates) else None),
        ("last_coding", dates.max() if len(dates) else None),
    ]
    frame = pd.DataFrame(
        {"figure": [label(key, language) for key, _ in figures], "value": [value for _, value in figures]},
        dtype="object",
    )
    result = finish(frame, ["figure", "value"], language, title=label("sheet_summary", language))
    result.attrs["keys"] = [key for key, _ in figures]  # stable names for scripts and tests
    return result


def project_filter_text(data: ReportData, language: str) -> str:
    return data.resolved.description or label("no_filter", language)
