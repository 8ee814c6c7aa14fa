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
    return list(map("{}:{}".format, data.quotations["document_number"].tolist(), data.quotations["number"].tolist()))


def _code_links(data: ReportData) -> tuple[np.ndarray, list[str]]:
    """Distinct (quotation, code) pairs sorted by quotation then code tree order: the quotation
    ids and the codes' paths (as ``drop_duplicates`` then ``sort_values`` would give them)."""
    order = {code.id: index for index, code in enumerate(data.codes)}
    paths = [code.path.replace(CODE_PATH_SEPARATOR, " > ") for code in data.codes]
    quotation_ids = data.codings["quotation_id"].to_numpy(dtype=np.int64)
    code_ids = data.codings["code_id"].to_numpy(dtype=np.int64)
    uniques, inverse = np.unique(code_ids, return_inverse=True)
    positions = np.array([order[int(code_id)] for code_id in uniques], dtype=np.int64)[inverse.reshape(-1)]
    sort = np.lexsort((positions, quotation_ids))
    quotation_ids, positions = quotation_ids[sort], positions[sort]
    keep = np.ones(len(sort), dtype=bool)
    keep[1:] = (quotation_ids[1:] != quotation_ids[:-1]) | (positions[1:] != positions[:-1])
    return quotation_ids[keep], [paths[i] for i in positions[keep].tolist()]


def _coder_links(data: ReportData) -> tuple[np.ndarray, list[str]]:
    """Distinct (quotation, coder name) pairs sorted by quotation then casefolded name, equal
    keys in their first coding's order (as ``drop_duplicates`` then a stable sort would give)."""
    names = data.codings["coder"]
    present = names.notna().to_numpy()
    quotation_ids = data.codings["quotation_id"].to_numpy(dtype=np.int64)[present]
    labels, uniques = pd.factorize(names[present], sort=False)
    uniques = list(uniques)
    keys = [name.casefold() for name in uniques]
    dense = {key: rank for rank, key in enumerate(sorted(set(keys)))}
    folded = np.array([dense[key] for key in keys], dtype=np.int64)
    rows = np.arange(len(labels), dtype=np.int64)
    # First occurrence of each (quotation, name): sort by both, then position, keep each run's first.
    sort = np.lexsort((rows, labels, quotation_ids))
    first = np.ones(len(sort), dtype=bool)
    first[1:] = (quotation_ids[sort][1:] != quotation_ids[sort][:-1]) | (labels[sort][1:] != labels[sort][:-1])
    picked = sort[first]
    # By casefolded name; equal keys keep their first coding's order (the stable sort).
    final = picked[np.lexsort((rows[picked], folded[labels[picked]], quotation_ids[picked]))]
    return quotation_ids[final], [uniques[i] for i in labels[final].tolist()]


def _joined_per_quotation(ids: np.ndarray, linked: np.ndarray, values: list[str]) -> list[str | None]:
    """``"; ".join`` of each quotation's values (``linked`` sorted by quotation), None where it has none."""
    if not len(linked):
        return [None] * len(ids)
    bounds = np.flatnonzero(linked[1:] != linked[:-1]) + 1
    starts = np.concatenate(([0], bounds)).tolist()
    ends = np.concatenate((bounds, [len(linked)])).tolist()
    owners = linked[starts]
    joined = ["; ".join(values[a:b]) for a, b in zip(starts, ends)]
    where = np.searchsorted(owners, ids)
    where[where >= len(owners)] = 0
    found = (owners[where] == ids).tolist()
    return [joined[w] if hit else None for w, hit in zip(where.tolist(), found)]


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
    ids = spans["id"].to_numpy(dtype=np.int64)
    codes = _joined_per_quotation(ids, *_code_links(data))
    coders = _joined_per_quotation(ids, *_coder_links(data))
    creators = spans["created_by"].tolist()
    coders = [joined if joined is not None else (creator or "") for joined, creator in zip(coders, creators)]
    documents = {doc.id: doc for doc in data.documents}
    frame = pd.DataFrame(
        {
            "quotation_id": _quotation_ids(data),
            "document": spans["document_id"].map({i: doc.name for i, doc in documents.items()}).tolist(),
            "text": quotation_texts(project, data),
            "codes": [joined if joined is not None else "" for joined in codes],
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
