"""Every report against counts computed independently: by hand, or from the quotation list."""

from __future__ import annotations

import pandas as pd
import pytest

from qda_app.core.errors import CoderNotFound, GroupNotFound
from qda_app.services import coding
from qda_app.services.reports import (
    ReportFilter,
    codebook,
    code_document_table,
    documents_report,
    quotation_code_matrix,
    quotation_report,
    summary,
)
from qda_app.store import codes as code_store


def by_code(frame: pd.DataFrame, column: str) -> dict[str, object]:
    return dict(zip(frame["Code"], frame[column]))


def groundedness_from_quotations(project, coders=None) -> dict[str, int]:
    """Distinct quotations per code path and per category, straight from the quotation list."""
    found: dict[str, set[str]] = {}
    for quotation in coding.list_quotations(project, coders=coders):
        for path in quotation.codes:
            parts = path.split("::")
            for depth in range(1, len(parts) + 1):
                found.setdefault("::".join(parts[:depth]), set()).add(quotation.quotation_id)
    return {path: len(ids) for path, ids in found.items()}


def test_codebook_groundedness_and_density_by_hand(known):
    frame = codebook(known)
    assert list(frame.columns) == ["Code", "Category path", "Groundedness", "Density", "Groups", "Definition",
                                   "Colour", "Created by", "Created"]
    assert by_code(frame, "Groundedness") == {"A": 5, "a1": 3, "a2": 2, "B": 3, "b1": 2, "b2": 1}
    assert by_code(frame, "Density") == {"A": 0, "a1": 2, "a2": 1, "B": 0, "b1": 1, "b2": 0}
    assert frame["Created"].dtype.kind == "M"
    assert frame.attrs["colors"][0].startswith("#")


def test_codebook_agrees_with_the_store_and_the_quotation_list(known):
    frame = codebook(known)
    expected = groundedness_from_quotations(known)
    paths = [path.replace(" > ", "::") for path in frame["Category path"]]
    assert dict(zip(paths, frame["Groundedness"])) == {path: expected.get(path, 0) for path in paths}
    counts = code_store.code_counts(known.database)
    by_path = {code.path: counts[code.id] for code in code_store.list_codes(known.database)}
    assert dict(zip(paths, frame["Groundedness"])) == {p: by_path[p].groundedness for p in paths}
    assert dict(zip(paths, frame["Density"])) == {p: by_path[p].density for p in paths}


def test_coder_filter_counts_only_that_coders_coding(known):
    frame = codebook(known, report_filter=ReportFilter(coders=["Bea"]))
    expected = groundedness_from_quotations(known, coders=["Bea"])
    assert by_code(frame, "Groundedness") == {"A": 1, "a1": 1, "a2": 0, "B": 2, "b1": 1, "b2": 1}
    assert expected == {"A": 1, "A::a1": 1, "B": 2, "B::b1": 1, "B::b2": 1}
    with pytest.raises(CoderNotFound):
        codebook(known, report_filter=ReportFilter(coders=["Nobody"]))


def test_document_group_and_attribute_filters(known):
    group = code_document_table(known, report_filter=ReportFilter(document_groups=["G2"]))
    assert [c for c in group.columns] == ["Code", "2: Dos", "Total"]
    assert by_code(group, "Total") == {"a1": 1, "a2": 1, "b1": 1, "b2": 0, "Total": 3}
    attribute = code_document_table(known, report_filter=ReportFilter(attributes={"sexo": "f"}))
    assert list(attribute.columns) == ["Code", "1: Uno", "Total"]
    with pytest.raises(GroupNotFound):
        summary(known, report_filter=ReportFilter(document_groups=["nope"]))


def test_code_document_counts_by_hand(known):
    frame = code_document_table(known)
    assert list(frame.columns) == ["Code", "1: Uno", "2: Dos", "Total"]
    assert by_code(frame, "1: Uno") == {"a1": 2, "a2": 1, "b1": 1, "b2": 1, "Total": 5}
    assert by_code(frame, "2: Dos") == {"a1": 1, "a2": 1, "b1": 1, "b2": 0, "Total": 3}
    assert by_code(frame, "Total") == {"a1": 3, "a2": 2, "b1": 2, "b2": 1, "Total": 8}
    assert frame["1: Uno"].dtype.kind == "i"
    categories = code_document_table(known, rows="categories", columns="groups")
    assert by_code(categories, "G1") == {"A": 3, "B": 2, "Total": 5}
    assert by_code(categories, "G2") == {"A": 2, "B": 1, "Total": 3}


def test_code_document_variants_follow_atlas_definitions(known):
    # Uno has 4 quotations, Dos 2: Dos is scaled by 4 / 2 to the largest document.
    normalized = code_document_table(known, measure="normalized")
    assert by_code(normalized, "1: Uno")["a1"] == 2.0
    assert by_code(normalized, "2: Dos") == {"a1": 2.0, "a2": 2.0, "b1": 2.0, "b2": 0.0, "Total": 6.0}
    rows = code_document_table(known, measure="row_percent")
    assert by_code(rows, "1: Uno")["a1"] == pytest.approx(66.67)
    assert by_code(rows, "2: Dos")["a1"] == pytest.approx(33.33)
    assert by_code(rows, "Total")["b2"] == 100.0
    columns = code_document_table(known, measure="column_percent")
    assert by_code(columns, "1: Uno") == {"a1": 40.0, "a2": 20.0, "b1": 20.0, "b2": 20.0, "Total": 100.0}
    assert by_code(columns, "Total")["a1"] == pytest.approx(37.5)


def test_code_document_agrees_with_the_quotation_list(known):
    frame = code_document_table(known, rows="all")
    for row in frame.itertuples(index=False):
        if row[0] == "Total":
            continue
        path = {"A": "A", "B": "B", "a1": "A::a1", "a2": "A::a2", "b1": "B::b1", "b2": "B::b2"}[row[0]]
        for number, column in ((1, "1: Uno"), (2, "2: Dos")):
            expected = len(coding.list_quotations(known, codes=[path], documents=[number], with_subcodes=True))
            assert frame.loc[frame["Code"] == row[0], column].item() == expected


def test_quotation_report_columns_filters_and_text(known):
    frame = quotation_report(known)
    assert list(frame["ID"]) == ["1:1", "1:2", "1:3", "1:4", "2:1", "2:2"]
    first = frame.iloc[0]
    assert first["Text"] == "=SUM(A1:A9"
    assert first["Codes"] == "A > a1; B > b1"
    assert frame.loc[frame["ID"] == "2:1", "Coder"].item() == "Ana; Bea"
    assert frame.loc[frame["ID"] == "1:3", "Comment"].item().startswith("=HYPERLINK")
    assert frame["Created"].dtype.kind == "M"
    assert frame["Page"].isna().all()  # text documents have no pages
    assert list(quotation_report(known, report_filter=ReportFilter(codes=["B"]))["ID"]) == ["1:1", "1:3", "2:1"]
    assert list(quotation_report(known, report_filter=ReportFilter(coders=["Bea"]))["ID"]) == ["1:3", "1:4", "2:1"]
    assert list(quotation_report(known, report_filter=ReportFilter(documents=[2]))["ID"]) == ["2:1", "2:2"]
    bea = quotation_report(known, report_filter=ReportFilter(coders=["Bea"]))
    assert bea.loc[bea["ID"] == "2:1", "Codes"].item() == "B > b1"


def test_documents_report_and_summary(known):
    frame = documents_report(known)
    assert list(frame["Quotations"]) == [4, 2]
    assert list(frame["Codings"]) == [5, 3]
    assert list(frame["Groups"]) == ["G1", "G2"]
    assert list(frame["sexo"]) == ["F", "M"]
    assert list(frame["Words"]) == [33, 16]  # "=SUM(A1:A9)" gives the words SUM, A and A
    table = summary(known)
    figures = dict(zip(table["Figure"], table["Value"]))
    assert figures["Documents"] == 2 and figures["Quotations"] == 6 and figures["Codings"] == 8
    assert figures["Codes"] == 6 and figures["Categories"] == 2 and figures["Subcategories"] == 4
    assert figures["Coders"] == 2 and figures["Coder names"] == "Ana; Bea"
    assert figures["First coding"] <= figures["Last coding"]


def test_quotation_code_matrix_is_zero_one(known):
    frame = quotation_code_matrix(known)
    assert list(frame.columns)[:4] == ["ID", "Document number", "Document", "sexo"]
    row = frame.set_index("ID").loc["2:1"]
    assert (row["A"], row["a1"], row["a2"], row["B"], row["b1"], row["b2"]) == (1, 1, 0, 1, 1, 0)
    assert int(frame["A"].sum()) == 5 and int(frame["b2"].sum()) == 1
    for quotation in coding.list_quotations(known):
        flags = frame.set_index("ID").loc[quotation.quotation_id]
        assert {path.split("::")[-1] for path in quotation.codes} == {
            name for name in ("a1", "a2", "b1", "b2") if flags[name] == 1
        }
