"""The Smart codes sheet: every saved query evaluated now, within the report's scope.

A smart code stores its query, never its result (``services.queries``), so each report runs it
again: the figures are those of the project as it is when the report is made. Its quotations
are counted among the report's own (the filter's documents, coders, codes and smart codes), so
a smart code's groundedness and a code's can be compared on the same sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from qda_app.core.errors import QdaError
from qda_app.services.project import Project
from qda_app.services.queries import QueryScope, list_smart_codes, smart_code_result
from qda_app.services.reports.data import DeferredTexts, ReportData, finish, load_report_data
from qda_app.services.reports.filters import ReportFilter, query_scope
from qda_app.services.reports.labels import label

_SUMMARY = ["smart_code", "query", "scope", "groundedness", "documents", "description"]
_QUOTATIONS = ["smart_code", "quotation_id", "document", "text"]


@dataclass(frozen=True)
class SmartCodeFigures:
    name: str
    query: str
    scope: str  # the smart code's own scope, described; "" when it has none
    description: str
    rows: tuple[int, ...]  # positions in ``data.quotations``, document order
    error: str = ""  # why it could not be evaluated (then ``rows`` is empty)


def describe_scope(scope: QueryScope) -> str:
    parts = [*(f"group: {name}" for name in scope.document_groups), *(f"coder: {name}" for name in scope.coders),
             *(f"{name}={value}" for name, value in scope.attributes),
             *(f"document: {number}" for number in scope.documents)]
    return "; ".join(parts)


def smart_code_figures(project: Project, data: ReportData, report_filter: ReportFilter | None) -> list[SmartCodeFigures]:
    """Each smart code's quotations among the report's, by name. A smart code whose query no
    longer runs (a code it names was deleted) is kept, with the reason and no quotations."""
    if "smart_code_figures" in data.cache:
        return data.cache["smart_code_figures"]
    positions = {int(quotation_id): row for row, quotation_id in enumerate(data.quotations["id"].tolist())}
    scope = query_scope(project, report_filter)
    found: list[SmartCodeFigures] = []
    for smart in list_smart_codes(project):
        own = describe_scope(QueryScope.from_json(smart.scope))
        try:
            result = smart_code_result(project, smart.name, scope=scope)
        except QdaError as error:
            found.append(SmartCodeFigures(smart.name, smart.expression, own, smart.description, (), str(error)))
            continue
        rows = tuple(positions[q] for q in result.quotation_ids if q in positions)
        found.append(SmartCodeFigures(smart.name, smart.expression, own, smart.description, rows))
    data.cache["smart_code_figures"] = found
    return found


def _failures(figures: list[SmartCodeFigures], language: str) -> list[str]:
    return [label("note_smart_code_failed", language).format(name=item.name, reason=item.error)
            for item in figures if item.error]


def smart_codes_report(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    data: ReportData | None = None,
) -> pd.DataFrame:
    """Smart code | Query | Scope | Groundedness | Documents | Description, by name."""
    data = data or load_report_data(project, report_filter)
    figures = smart_code_figures(project, data, report_filter)
    documents = data.quotations["document_id"].tolist()
    rows = [{"smart_code": item.name, "query": item.query, "scope": item.scope, "groundedness": len(item.rows),
             "documents": len({documents[row] for row in item.rows}), "description": item.description}
            for item in figures]
    frame = pd.DataFrame(rows, columns=_SUMMARY)
    return finish(frame, _SUMMARY, language, title=label("sheet_smart_codes", language),
                  notes=[label("note_smart_codes", language), *_failures(figures, language)],
                  wrap_columns=["query", "description"])


def smart_code_document_table(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    data: ReportData | None = None,
) -> pd.DataFrame:
    """Smart code x document: how many of its quotations each document in scope holds, and the total."""
    data = data or load_report_data(project, report_filter)
    figures = smart_code_figures(project, data, report_filter)
    documents = data.quotations["document_id"].tolist()
    names = [document.name for document in data.documents]
    rows = []
    for item in figures:
        counts = {document.id: 0 for document in data.documents}
        for row in item.rows:
            counts[documents[row]] += 1
        rows.append([item.name, *counts.values(), len(item.rows)])
    frame = pd.DataFrame(rows, columns=["smart_code", *names, "total"])
    return finish(frame, ["smart_code", "total"], language, title=label("smart_codes_by_document", language))


def smart_code_quotations(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    data: ReportData | None = None,
) -> pd.DataFrame:
    """Smart code | ID | Document | Text: each smart code's quotations in document order."""
    data = data or load_report_data(project, report_filter)
    figures = smart_code_figures(project, data, report_filter)
    spans = data.quotations
    if "quotation_texts" in data.cache:
        texts: dict[int, str] | list[str] = data.cache["quotation_texts"]
    else:
        # Only the smart codes' quotations, each document read once: the texts of every
        # quotation in scope (100 MB and more on a big project) are never held for a few queries.
        listed = sorted({row for item in figures for row in item.rows})
        texts = dict(zip(listed, DeferredTexts(project, spans.iloc[listed])))
    names = {document.id: document.name for document in data.documents}
    numbers, document_numbers = spans["number"].tolist(), spans["document_number"].tolist()
    owners = spans["document_id"].tolist()
    rows = [{"smart_code": item.name, "quotation_id": f"{document_numbers[row]}:{numbers[row]}",
             "document": names.get(owners[row], ""), "text": texts[row]}
            for item in figures for row in item.rows]
    frame = pd.DataFrame(rows, columns=_QUOTATIONS)
    return finish(frame, _QUOTATIONS, language, title=label("smart_code_quotations", language),
                  wrap_columns=["text"])
