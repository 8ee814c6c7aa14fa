"""Row-per-item reports: quotations, documents, and the quotation x code 0/1 matrix."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from qda_app.core.model import CODE_PATH_SEPARATOR, Document
from qda_app.services.project import Project
from qda_app.services.reports.data import (
    DeferredTexts,
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
    paths = [code.path.replace(CODE_PATH_SEPARATOR, " > ") for code in data.codes]
    quotation_ids = data.codings["quotation_id"].to_numpy(dtype=np.int64)
    code_ids = data.codings["code_id"].to_numpy(dtype=np.int64)
    known = np.array([code.id for code in data.codes], dtype=np.int64)
    order = np.full(int(max(known.max(initial=0), code_ids.max(initial=0))) + 1, -1, dtype=np.int64)
    order[known] = np.arange(len(known))
    positions = order[code_ids]
    if (positions < 0).any():
        raise KeyError(int(code_ids[np.flatnonzero(positions < 0)[0]]))
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


def _joined_per_quotation(ids: np.ndarray, linked: np.ndarray, values: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """``"; ".join`` of each quotation's values (``linked`` sorted by quotation) as an object
    array, and whether the quotation has any (where not, the cell is ``""``)."""
    found = np.zeros(len(ids), dtype=bool)
    result = np.full(len(ids), "", dtype=object)
    if not len(linked):
        return result, found
    bounds = np.flatnonzero(linked[1:] != linked[:-1]) + 1
    starts = np.concatenate(([0], bounds))
    # One join of every value, then each quotation's run is a slice of it (separators included).
    text = "; ".join(values)
    offsets = np.zeros(len(values) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, values), dtype=np.int64, count=len(values)) + 2, out=offsets[1:])
    ends = np.concatenate((bounds, [len(linked)]))
    joined = list(map(text.__getitem__, map(slice, offsets[starts].tolist(), (offsets[ends] - 2).tolist())))
    owners = linked[starts]
    where = np.searchsorted(owners, ids)
    where[where >= len(owners)] = 0
    found = owners[where] == ids
    result[found] = np.array(joined, dtype=object)[where[found]]
    return result, found


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


_QUOTATION_COLUMNS = ("quotation_id", "document", "text", "codes", "coder", "created", "comment", "page")


def prepare_quotation_report(data: ReportData) -> dict[str, object]:
    """Every column of ``quotation_report`` but the text, computed once per load (``build_report_book``
    does it while the texts are still being read)."""
    if "quotation_report_columns" not in data.cache:
        spans = data.quotations
        ids = spans["id"].to_numpy(dtype=np.int64)
        codes, _ = _joined_per_quotation(ids, *_code_links(data))
        coders, found = _joined_per_quotation(ids, *_coder_links(data))
        missing = np.flatnonzero(~found)
        if len(missing):  # no coding with a coder: the quotation's creator
            creators = spans["created_by"].to_numpy(dtype=object)[missing]
            coders[missing] = [creator or "" for creator in creators]
        documents = {doc.id: doc for doc in data.documents}
        data.cache["quotation_report_columns"] = {
            "quotation_id": _quotation_ids(data),
            "document": spans["document_id"].map({i: doc.name for i, doc in documents.items()}).tolist(),
            "codes": codes.tolist(),
            "coder": coders.tolist(),
            "created": to_datetime(spans["created_at"]),
            "comment": spans["comment"].tolist(),
            "page": _pages(spans, documents),
        }
    return data.cache["quotation_report_columns"]


def quotation_report(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    data: ReportData | None = None,
    defer_text: bool = False,
) -> pd.DataFrame:
    """ID | Document | Text | Codes | Coder | Created | Comment | Page, in document order.
    ``defer_text``: the Text cells stay empty and ``attrs["deferred"]`` reads them as they are
    written (data.DeferredTexts), for a writer that streams rows."""
    data = data or load_report_data(project, report_filter)
    columns = dict(prepare_quotation_report(data))
    columns["text"] = [None] * len(data.quotations) if defer_text else quotation_texts(project, data)
    frame = pd.DataFrame({key: columns[key] for key in _QUOTATION_COLUMNS})
    # A quotation is feminine in Spanish and Portuguese ("Creada", "Criada"), a code is not.
    frame = frame.rename(columns={"created": "quotation_created"})
    frame = finish(
        frame, list(frame.columns), language, title=label("sheet_quotations", language),
        wrap_columns=["text", "codes", "comment"],
    )
    if defer_text:
        frame.attrs["deferred"] = {_QUOTATION_COLUMNS.index("text"): DeferredTexts(project, data.quotations)}
    return frame


_INTEGER = re.compile(r"[+-]?\d{1,15}")
_DECIMAL = re.compile(r"[+-]?\d{0,15}[.,]\d+")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def typed_attribute(values: list[str]) -> tuple[pd.Series, str]:
    """A document attribute's column as numbers or dates where every value given is one (the
    demo's "duración (min)" as numbers, "fecha de entrevista" as dates); otherwise text. Missing
    values stay empty. Returns the column and its kind: integer, decimal, date or text."""
    given = [value.strip() for value in values if value and value.strip()]
    # A leading zero ("007", "05") marks an identifier, which a number would lose.
    if any(len(value.lstrip("+-")) > 1 and value.lstrip("+-")[0] == "0" and value.lstrip("+-")[1] != "."
           for value in given):
        return pd.Series(values, dtype="object"), "text"
    if given and all(_INTEGER.fullmatch(value) for value in given):
        return pd.Series([int(v) if v and v.strip() else None for v in values], dtype="Int64"), "integer"
    if given and all(_INTEGER.fullmatch(value) or _DECIMAL.fullmatch(value) for value in given):
        return pd.Series([float(v.replace(",", ".")) if v and v.strip() else None for v in values],
                         dtype="Float64"), "decimal"
    if given and all(_DAY.fullmatch(value) for value in given):
        days = pd.to_datetime(pd.Series([v.strip() if v and v.strip() else None for v in values]),
                              format="%Y-%m-%d", errors="coerce")
        if days.notna().sum() == len(given):
            return days, "date"
    return pd.Series(values, dtype="object"), "text"


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
    day_columns = []
    for name in (n for n in names if n not in keys):
        frame[name], kind = typed_attribute(frame[name].tolist())
        if kind == "date":
            day_columns.append(name)
    return finish(frame, keys, language, title=label("sheet_documents", language),
                  number_formats=dict.fromkeys(day_columns, "yyyy-mm-dd"))


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
