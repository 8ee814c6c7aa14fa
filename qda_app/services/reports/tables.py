"""Cross tables: codes x documents (or document groups), and codes x codes (co-occurrence)."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from qda_app.core.errors import InvalidArgument
from qda_app.core.model import CODE_PATH_SEPARATOR, Code
from qda_app.services.project import Project
from qda_app.services.reports.data import ReportData, coded_with_ancestors, finish, load_report_data
from qda_app.services.reports.filters import ReportFilter
from qda_app.services.reports.labels import label
from qda_app.services.reports.sweep import cooccurrence_counts

MEASURES = ("count", "normalized", "row_percent", "column_percent")
ROW_SETS = ("leaves", "categories", "all")
COLUMN_SETS = ("documents", "groups")
FREQUENCY_RATIO = 5  # Atlas.ti marks a pair whose codes' frequencies differ more than this


def _check(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise InvalidArgument(name=name, reason="use_one_of", choices=allowed)


def row_codes(data: ReportData, rows: str) -> list[Code]:
    """leaves: codes without sub-codes; categories: top-level codes (with their sub-codes' data)."""
    _check("rows", rows, ROW_SETS)
    parents = {code.parent_id for code in data.codes}
    if rows == "leaves":
        return [code for code in data.shown_codes if code.id not in parents]
    if rows == "categories":
        return [code for code in data.shown_codes if code.parent_id is None]
    return list(data.shown_codes)


def _code_labels(codes: list[Code]) -> list[str]:
    """Each code's name, or its path where two shown codes share the name (two "otros")."""
    names = Counter(code.name.casefold() for code in codes)
    return [code.path.replace(CODE_PATH_SEPARATOR, " > ") if names[code.name.casefold()] > 1 else code.name
            for code in codes]


def code_document_table(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    columns: str = "documents",
    measure: str = "count",
    rows: str = "leaves",
    data: ReportData | None = None,
) -> pd.DataFrame:
    """Codes x documents (or document groups); cells count codings, i.e. distinct quotations of
    the code (or its sub-codes) in the column. Totals add the cells, as Atlas.ti's do."""
    _check("columns", columns, COLUMN_SETS)
    _check("measure", measure, MEASURES)
    data = data or load_report_data(project, report_filter)
    codes = row_codes(data, rows)
    if columns == "documents":
        pairs = [(doc.id, f"{doc.number}: {doc.name}") for doc in data.documents]
        order = [column for _, column in pairs]
    else:
        pairs = [(doc.id, group) for doc in data.documents for group in doc.groups]
        order = sorted({group for _, group in pairs}, key=str.casefold)
    key = ("code_document", columns, rows)
    if key not in data.cache:  # the four measures share the counts
        placement = pd.DataFrame(pairs, columns=["document_id", "column"])
        placement["document_id"] = placement["document_id"].astype("int64")
        coded = coded_with_ancestors(data)
        coded = coded[coded["ancestor_id"].isin([code.id for code in codes])].merge(placement, on="document_id")
        data.cache[key] = (
            coded.groupby(["ancestor_id", "column"]).size().unstack(fill_value=0)
            .reindex(index=[code.id for code in codes], columns=order, fill_value=0).astype("int64"),
            data.quotations[["document_id"]].merge(placement, on="document_id").groupby("column").size()
            .reindex(order, fill_value=0),
        )
    counts, sizes = data.cache[key]
    values = counts.astype("float64") if measure != "count" else counts
    if measure == "normalized":
        largest = float(sizes.max()) if len(sizes) else 0.0
        factors = sizes.map(lambda size: largest / size if size else 0.0)
        values = (counts * factors).round(2)
    row_totals = values.sum(axis=1)
    column_totals = values.sum(axis=0)
    grand = float(column_totals.sum())
    if measure == "row_percent":
        sums = counts.sum(axis=1).replace(0, float("nan"))
        values = (counts.div(sums, axis=0) * 100).fillna(0.0).round(2)
        row_totals = pd.Series(100.0, index=values.index).where(counts.sum(axis=1) > 0, 0.0)
        column_totals = (counts.sum(axis=0) / (counts.values.sum() or 1) * 100).round(2)
        grand = 100.0 if counts.values.sum() else 0.0
    elif measure == "column_percent":
        sums = counts.sum(axis=0).replace(0, float("nan"))
        values = (counts.div(sums, axis=1) * 100).fillna(0.0).round(2)
        column_totals = pd.Series(100.0, index=values.columns).where(counts.sum(axis=0) > 0, 0.0)
        row_totals = (counts.sum(axis=1) / (counts.values.sum() or 1) * 100).round(2)
        grand = 100.0 if counts.values.sum() else 0.0
    # The document or group columns are keyed by position while the label columns are added: a
    # group may be called "code" or "total", the label columns' own keys. The cells are built as
    # one block: pandas would otherwise convert hundreds of document columns one by one.
    dtype = "int64" if measure == "count" else "float64"
    cells = np.empty((len(values) + 1, len(order)), dtype=dtype)
    cells[:-1] = values.to_numpy(dtype=dtype)
    cells[-1] = column_totals.round(2).to_numpy(dtype=dtype)
    totals = np.empty(len(values) + 1, dtype=dtype)
    totals[:-1] = (row_totals.round(2) if measure != "count" else row_totals).to_numpy(dtype=dtype)
    totals[-1] = round(grand, 2)
    frame = pd.DataFrame(cells, columns=range(len(order)))
    frame.insert(0, "code", _code_labels(codes) + [label("total", language)])
    frame["total"] = totals
    number_format = "0" if measure == "count" else "0.00"
    frame = finish(
        frame,
        ["code", "total"],
        language,
        title=label(f"measure_{measure}", language),
        notes=[label("note_code_document", language)],
        color_column="code",
        colors=[code.color for code in codes] + [None],
        bold_rows=[len(frame) - 1],
        number_formats={"total": number_format},
    )
    frame.columns = [order[column] if isinstance(column, int) else column for column in frame.columns]
    frame.attrs["number_formats"].update(dict.fromkeys(order, number_format))
    frame.attrs["matrix"] = True  # writers rotate the column headers
    return frame


def c_coefficient(n12: int, n1: int, n2: int) -> float:
    denominator = n1 + n2 - n12
    return round(n12 / denominator, 4) if denominator > 0 else 0.0


def _cached(data: ReportData, codes: list[Code], rows: str) -> tuple[dict[int, int], Counter]:
    key = ("cooccurrence", rows)
    if key not in data.cache:
        data.cache[key] = cooccurrence_counts(data, codes)
    return data.cache[key]


def cooccurrence_table(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    measure: str = "count",
    rows: str = "leaves",
    data: ReportData | None = None,
) -> pd.DataFrame:
    """Codes x codes: n12 (``measure="count"``) or the c-coefficient (``"coefficient"``)."""
    _check("measure", measure, ("count", "coefficient"))
    data = data or load_report_data(project, report_filter)
    codes = row_codes(data, rows)
    frequency, pairs = _cached(data, codes, rows)
    names = _code_labels(codes)
    index = {code.id: position for position, code in enumerate(codes)}
    size = len(codes)
    # Pairs that never co-occur count 0 and have the c-coefficient 0.0 (c_coefficient(0, n1, n2)).
    cells = np.zeros((size, size), dtype="int64" if measure == "count" else "float64")
    for (a, b), n12 in pairs.items():
        if a in index and b in index:
            value = n12 if measure == "count" else c_coefficient(n12, frequency[a], frequency[b])
            cells[index[a], index[b]] = cells[index[b], index[a]] = value
    diagonal = np.eye(size, dtype=bool)
    array_type = pd.arrays.IntegerArray if measure == "count" else pd.arrays.FloatingArray
    matrix: dict[str, object] = {"code": names}
    for position, column_name in enumerate(names):
        # Nullable dtypes: the diagonal stays empty and counts stay integers.
        matrix[column_name] = array_type(cells[:, position].copy(), diagonal[:, position].copy())
    frame = pd.DataFrame(matrix)
    title = label("cooc_counts" if measure == "count" else "cooc_coefficients", language)
    above_one = [(int(row), names[int(column)]) for row, column in zip(*np.nonzero(cells > 1))] \
        if measure == "coefficient" else []
    notes = [label("note_cooccurrence", language)] + ([label("note_c_above_one", language)] if above_one else [])
    frame = finish(
        frame, ["code"], language, title=title, notes=notes,
        color_column="code", colors=[code.color for code in codes],
        number_formats={name: "0" if measure == "count" else "0.00" for name in names},
    )
    frame.attrs["matrix"] = True
    frame.attrs["header_counts"] = {name: frequency.get(code.id, 0) for name, code in zip(names, codes)}
    frame.attrs["flag_cells"] = above_one  # (row, column) of c > 1, marked in the workbook
    return frame


def cooccurrence_pairs(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    rows: str = "leaves",
    data: ReportData | None = None,
) -> pd.DataFrame:
    """Code 1 | Code 2 | n1 | n2 | n12 | c | flag, for every pair that co-occurs, strongest first."""
    data = data or load_report_data(project, report_filter)
    codes = row_codes(data, rows)
    frequency, pairs = _cached(data, codes, rows)
    by_id = {code.id: code for code in codes}
    names = dict(zip([code.id for code in codes], _code_labels(codes)))
    records = []
    for (a, b), n12 in pairs.items():
        n1, n2 = frequency[a], frequency[b]
        records.append(
            {"code_1": names[a], "code_2": names[b], "n1": n1, "n2": n2, "n12": n12,
             "c_coefficient": c_coefficient(n12, n1, n2),
             "frequency_flag": max(n1, n2) > FREQUENCY_RATIO * min(n1, n2),
             "_color": by_id[a].color, "_order": (-n12, names[a].casefold(), names[b].casefold())}
        )
    records.sort(key=lambda record: record["_order"])
    columns = ["code_1", "code_2", "n1", "n2", "n12", "c_coefficient", "frequency_flag"]
    frame = pd.DataFrame([{key: r[key] for key in columns} for r in records], columns=columns)
    above_one = [position for position, record in enumerate(records) if record["c_coefficient"] > 1]
    notes = [label("note_cooccurrence", language)] + ([label("note_c_above_one", language)] if above_one else [])
    frame = finish(
        frame, columns, language, title=label("sheet_pairs", language),
        notes=notes, color_column="code_1",
        colors=[r["_color"] for r in records], number_formats={"c_coefficient": "0.00"},
    )
    frame.attrs["flag_cells"] = [(position, label("c_coefficient", language)) for position in above_one]
    return frame
