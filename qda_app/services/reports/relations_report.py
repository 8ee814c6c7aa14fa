"""The Relations sheet: code relations (source, relation, target, comment) and quotation links."""

from __future__ import annotations

import pandas as pd

from qda_app.core.model import CODE_PATH_SEPARATOR
from qda_app.services.project import Project
from qda_app.services.reports.data import ReportData, finish, load_report_data
from qda_app.services.reports.filters import ReportFilter
from qda_app.services.reports.labels import label
from qda_app.store import quotation_links as link_store
from qda_app.store import relations as relation_store

_COLUMNS = ["source", "relation", "target", "comment"]


def relations_report(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    data: ReportData | None = None,
) -> pd.DataFrame:
    """Source | Relation | Target | Comment: every relation a shown code takes part in, in the
    order they were made; the relation named in the report's language."""
    data = data or load_report_data(project, report_filter)
    db = project.database
    shown = {code.id for code in data.shown_codes}
    paths = {code.id: code.path.replace(CODE_PATH_SEPARATOR, " > ") for code in data.codes}
    types = {kind.id: kind for kind in relation_store.list_relation_types(db)}
    rows = [
        {"source": paths[item.source_code_id], "relation": types[item.type_id].name_in(language),
         "target": paths[item.target_code_id], "comment": item.comment}
        for item in relation_store.list_code_relations(db)
        if item.source_code_id in shown or item.target_code_id in shown
    ]
    frame = pd.DataFrame(rows, columns=_COLUMNS)
    return finish(frame, _COLUMNS, language, title=label("sheet_relations", language),
                  notes=[label("note_density", language)], wrap_columns=["comment"])


def quotation_links_report(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    data: ReportData | None = None,
) -> pd.DataFrame:
    """Source | Relation | Target | Comment for the links between quotations of the documents
    in scope (both ends in scope), quotations as "D:Q"."""
    data = data or load_report_data(project, report_filter)
    db = project.database
    in_scope = {document.id for document in data.documents}
    numbers = {document.id: document.number for document in data.documents}
    types = {kind.id: kind for kind in relation_store.list_relation_types(db)}
    where = link_store.quotation_places(db)
    rows = []
    for link in link_store.list_quotation_links(db):
        source, target = where.get(link.source_quotation_id), where.get(link.target_quotation_id)
        if source is None or target is None or source[0] not in in_scope or target[0] not in in_scope:
            continue
        rows.append({"source": f"{numbers[source[0]]}:{source[1]}", "relation": types[link.type_id].name_in(language),
                     "target": f"{numbers[target[0]]}:{target[1]}", "comment": link.comment})
    frame = pd.DataFrame(rows, columns=_COLUMNS)
    return finish(frame, _COLUMNS, language, title=label("quotation_links", language), wrap_columns=["comment"])
