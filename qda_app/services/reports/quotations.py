"""Row-per-item reports: quotations, documents, and the quotation x code 0/1 matrix."""

from __future__ import annotations

import numpy as np
import pandas as pd

from qda_app.core.model import CODE_PATH_SEPARATOR, Document
from qda_app.services.project import Project
from qda_app.services.reports.data import (
    ReportData,
    coded_with_ancestors,
    finish,
    load_report_data,
    quotation_texts,
    to_datetime,
)
from qda_app.services.reports.filters import ReportFilter
from qda_app.services.reports.labels import label
from qda_app.services.reports.tables import _code_labels
from qda_app.services.reports.words import document_word_counts
from qda_app.store import groups as group_store


def _quotation_ids(data: ReportData) -> list[str]:
    return [f"{d}:{n}" for d, n in zip(data.quotations["document_number"], data.quotations["number"])]


def _pages(spans: pd.DataFrame, documents: dict[int, Document]) -> pd.arrays.IntegerArray:
    """Each quotation's page; only paged sources (PDF) have pages, so only their rows are looked up."""
    pages = np.zeros(len(spans), dtype="int64")
    paged = [doc for doc in documents.values() if doc.page_starts]
    if paged:
        owner = spans["document_id"].to_numpy()
        starts = spans["start"].to_numpy()
        for doc in paged:
            rows = np.flatnonzero(owner == doc.id)
            pages[rows] = [doc.page_of(int(start)) for start in starts[rows]]
    return pd.arrays.IntegerArray(pages, mask=pages == 0)


def quotation_report(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    data: ReportData | None = None,
) -> pd.DataFrame:
    """ID | Document | Text | Codes | Coder | Created | Comment | Page, in document order."""
    data = data or load_report_data(project, report_filter)
    spans = data.quotations
    order = {code.id: index for index, code in enumerate(data.codes)}
    paths = {code.id: code.path.replace(CODE_PATH_SEPARATOR, " > ") for code in data.codes}
    links = data.codings[["quotation_id", "code_id"]].drop_duplicates()
    links = links.assign(order=links["code_id"].map(order)).sort_values(["quotation_id", "order"])
    # Plain dict building: a pandas groupby with a joining lambda is ten times slower here.
    codes_of: dict[int, list[str]] = {}
    for quotation_id, code_id in zip(links["quotation_id"].tolist(), links["code_id"].tolist()):
        codes_of.setdefault(quotation_id, []).append(paths[code_id])
    coders_of: dict[int, list[str]] = {}
    names = data.codings[["quotation_id", "coder"]].dropna().drop_duplicates()
    names = names.assign(key=names["coder"].str.casefold()).sort_values(["quotation_id", "key"], kind="stable")
    for quotation_id, coder in zip(names["quotation_id"].tolist(), names["coder"].tolist()):
        coders_of.setdefault(quotation_id, []).append(coder)
    documents = {doc.id: doc for doc in data.documents}
    ids = spans["id"].tolist()
    coders = [
        "; ".join(coders_of[q]) if q in coders_of else (creator or "")
        for q, creator in zip(ids, spans["created_by"].tolist())
    ]
    frame = pd.DataFrame(
        {
            "quotation_id": _quotation_ids(data),
            "document": spans["document_id"].map({i: doc.name for i, doc in documents.items()}).tolist(),
            "text": quotation_texts(project, data),
            "codes": ["; ".join(codes_of[q]) if q in codes_of else "" for q in ids],
            "coder": coders,
            "created": to_datetime(spans["created_at"]),
            "comment": spans["comment"].tolist(),
            "page": _pages(spans, documents),
        }
    )
    return finish(
        frame, list(frame.columns), language, title=label("sheet_quotations", language),
        wrap_columns=["text", "codes", "comment"],
    )


def documents_report(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    data: ReportData | None = None,
) -> pd.DataFrame:
    """No. | Name | Groups | Quotations | Codings | Words | Characters | one column per attribute."""
    data = data or load_report_data(project, report_filter)
    quotations = data.quotations.groupby("document_id").size()
    codings = data.codings.drop_duplicates(["quotation_id", "code_id"]).groupby("document_id").size()
    words = document_word_counts(project, data)
    attributes = group_store.document_attributes(project.database)
    names = group_store.list_attribute_names(project.database)
    rows = []
    for doc in data.documents:
        row = {
            "number": doc.number, "name": doc.name, "groups": "; ".join(doc.groups),
            "quotations": int(quotations.get(doc.id, 0)), "codings": int(codings.get(doc.id, 0)),
            "words": words.get(doc.id, 0), "characters": doc.chars,
        }
        for name in names:
            row[name] = attributes.get(doc.id, {}).get(name, "")
        rows.append(row)
    keys = ["number", "name", "groups", "quotations", "codings", "words", "characters"]
    frame = pd.DataFrame(rows, columns=keys + [n for n in names if n not in keys])
    return finish(frame, keys, language, title=label("sheet_documents", language))


def quotation_code_matrix(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    data: ReportData | None = None,
) -> pd.DataFrame:
    """One row per quotation (ID, document, attributes), one 0/1 column per code: 1 where the
    quotation carries the code or one of its sub-codes. For R, SPSS or Stata."""
    data = data or load_report_data(project, report_filter)
    spans = data.quotations
    documents = {doc.id: doc for doc in data.documents}
    attributes = group_store.document_attributes(project.database)
    attribute_names = group_store.list_attribute_names(project.database)
    base: dict[str, list] = {
        "quotation_id": _quotation_ids(data),
        "document_number": spans["document_number"].tolist(),
        "document": [documents[i].name for i in spans["document_id"]],
    }
    for name in attribute_names:
        base[name] = [attributes.get(d, {}).get(name, "") for d in spans["document_id"]]
    frame = pd.DataFrame(base)
    codes = list(data.shown_codes)
    coded = coded_with_ancestors(data)
    position = pd.Series(range(len(spans)), index=spans["id"])
    coded = coded[coded["quotation_id"].isin(position.index)]
    by_code = coded.groupby("ancestor_id")["quotation_id"]
    found = set(by_code.groups)
    flags: dict[str, object] = {}
    for code, name in zip(codes, _code_labels(codes)):
        column = np.zeros(len(spans), dtype="int8")
        if code.id in found:
            column[position.loc[by_code.get_group(code.id)].to_numpy()] = 1
        flags[name] = column
    # One concat instead of a hundred inserts: pandas fragments a frame grown column by column.
    frame = pd.concat([frame, pd.DataFrame(flags, index=frame.index)], axis=1)
    return finish(
        frame, ["quotation_id", "document_number", "document"], language, title=label("sheet_matrix", language)
    )
