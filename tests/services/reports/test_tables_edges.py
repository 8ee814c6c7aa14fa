"""Cross tables at their edges, every cell written out by hand: a document without quotations,
group columns whose alphabetical order is not the byte order, a project without groups.

The project of ``uneven``:

    1 "Uno"  group "alpha"  quotations: k, k, j, j      (4 quotations)
    2 "Dos"  group "Beta"   quotations: k               (1 quotation)
    3 "Tres" group "Gamma"  no quotations
    code K::unused          no codings (a row of zeros)

Columns "alpha" < "Beta" < "Gamma" alphabetically, but "Beta" < "Gamma" < "alpha" byte-wise.
"""

from __future__ import annotations

import pandas as pd
import pytest

from qda_app.services import codes, coding, documents
from qda_app.services.project import Project
from qda_app.services.reports import ReportFilter, code_document_table, cooccurrence_pairs, cooccurrence_table
from qda_app.services.reports.book import _drop_shared_tables
from qda_app.services.reports.data import load_report_data


def rows_of(frame):
    return {row[0]: tuple(row[1:]) for row in frame.itertuples(index=False)}


def listed(frame):
    return [tuple(row) for row in frame.itertuples(index=False)]


@pytest.fixture
def uneven(tmp_path):
    with Project.create(tmp_path / "uneven.qdaproj", coder="Ana") as project:
        documents.add_text_document(project, name="Uno", text="u" * 100, group="alpha")
        documents.add_text_document(project, name="Dos", text="d" * 100, group="Beta")
        documents.add_text_document(project, name="Tres", text="t" * 100, group="Gamma")
        for start, code in ((0, "K::k"), (20, "K::k"), (40, "K::j"), (60, "K::j")):
            coding.code_span(project, document=1, start=start, end=start + 10, codes=[code])
        coding.code_span(project, document=2, start=0, end=10, codes=["K::k"])
        codes.create_code(project, path="K::unused")
        yield project


@pytest.mark.parametrize("columns,headers", [
    ("documents", ["1: Uno", "2: Dos", "3: Tres"]),
    ("groups", ["alpha", "Beta", "Gamma"]),
])
def test_counts_with_an_empty_column(uneven, columns, headers):
    frame = code_document_table(uneven, columns=columns)
    assert list(frame.columns) == ["Code", *headers, "Total"]
    assert listed(frame) == [("k", 2, 1, 0, 3), ("j", 2, 0, 0, 2), ("unused", 0, 0, 0, 0), ("Total", 4, 1, 0, 5)]


@pytest.mark.parametrize("columns", ["documents", "groups"])
def test_normalized_scales_each_column_to_the_largest_and_leaves_an_empty_one_at_zero(uneven, columns):
    # The largest column has 4 quotations: Uno/alpha x 1, Dos/Beta (1 quotation) x 4, Tres/Gamma 0.
    frame = code_document_table(uneven, columns=columns, measure="normalized")
    assert listed(frame) == [("k", 2.0, 4.0, 0.0, 6.0), ("j", 2.0, 0.0, 0.0, 2.0), ("unused", 0.0, 0.0, 0.0, 0.0),
                             ("Total", 4.0, 4.0, 0.0, 8.0)]


@pytest.mark.parametrize("columns", ["documents", "groups"])
def test_row_percent_with_an_empty_column(uneven, columns):
    frame = code_document_table(uneven, columns=columns, measure="row_percent")
    # A row without codings stays 0 everywhere, its Total too; the other rows keep two decimals.
    assert listed(frame) == [("k", 66.67, 33.33, 0.0, 100.0), ("j", 100.0, 0.0, 0.0, 100.0),
                             ("unused", 0.0, 0.0, 0.0, 0.0), ("Total", 80.0, 20.0, 0.0, 100.0)]


@pytest.mark.parametrize("columns", ["documents", "groups"])
def test_column_percent_with_an_empty_column(uneven, columns):
    # The empty column's Total is 0, not 100: nothing in it to share out.
    frame = code_document_table(uneven, columns=columns, measure="column_percent")
    assert listed(frame) == [("k", 50.0, 100.0, 0.0, 60.0), ("j", 50.0, 0.0, 0.0, 40.0),
                             ("unused", 0.0, 0.0, 0.0, 0.0), ("Total", 100.0, 100.0, 0.0, 100.0)]


@pytest.mark.parametrize("measure,total", [("count", 0), ("normalized", 0.0), ("row_percent", 0.0),
                                           ("column_percent", 0.0)])
def test_group_columns_of_a_project_without_groups(tmp_path, measure, total):
    with Project.create(tmp_path / "nogroups.qdaproj", coder="Ana") as project:
        documents.add_text_document(project, name="Uno", text="u" * 100)
        coding.code_span(project, document=1, start=0, end=10, codes=["K::k"])
        frame = code_document_table(project, columns="groups", measure=measure)
    assert list(frame.columns) == ["Code", "Total"]
    assert rows_of(frame) == {"k": (total,), "Total": (total,)}


def cells_of(frame):
    return {(row[0], column): (None if str(value) == "<NA>" else value)
            for row in frame.itertuples(index=False) for column, value in zip(frame.columns[1:], row[1:])}


def test_tables_sharing_one_report_data_keep_their_own_figures(known):
    # The workbook builds every table from one ReportData, whose cache holds the counts: rows,
    # columns and measures must each find their own (figures as in test_tables_every_cell.py).
    data = load_report_data(known)
    assert rows_of(code_document_table(known, data=data)) == {
        "a1": (2, 1, 3), "a2": (1, 1, 2), "b1": (1, 1, 2), "b2": (1, 0, 1), "Total": (5, 3, 8)}
    assert rows_of(code_document_table(known, data=data, measure="column_percent")) == {
        "a1": (40.0, 33.33, 37.5), "a2": (20.0, 33.33, 25.0), "b1": (20.0, 33.33, 25.0),
        "b2": (20.0, 0.0, 12.5), "Total": (100.0, 100.0, 100.0)}
    groups = code_document_table(known, data=data, columns="groups", rows="categories")
    assert list(groups.columns) == ["Code", "G1", "G2", "Total"]
    assert rows_of(groups) == {"A": (3, 2, 5), "B": (2, 1, 3), "Total": (5, 3, 8)}
    assert rows_of(code_document_table(known, data=data, rows="categories")) == {
        "A": (3, 2, 5), "B": (2, 1, 3), "Total": (5, 3, 8)}
    leaves = cells_of(cooccurrence_table(known, data=data))
    assert leaves[("a1", "b1")] == 2 and leaves[("a2", "b2")] == 1 and leaves[("b1", "b2")] == 0
    categories = cooccurrence_table(known, data=data, rows="categories")
    assert cells_of(categories) == {("A", "A"): None, ("A", "B"): 4, ("B", "A"): 4, ("B", "B"): None}
    assert categories.attrs["header_counts"] == {"A": 5, "B": 3}
    assert [tuple(row) for row in cooccurrence_pairs(known, data=data).itertuples(index=False)] == [
        ("a1", "b1", 3, 2, 2, 0.6667, False), ("a1", "a2", 3, 2, 1, 0.25, False), ("a2", "b2", 2, 1, 1, 0.5, False),
        ("b1", "a2", 2, 2, 1, 0.3333, False)]
    assert [tuple(row) for row in cooccurrence_pairs(known, data=data, rows="categories").itertuples(index=False)] == [
        ("A", "B", 5, 3, 4, 1.0, False)]
    # Every code: a category never co-occurs with its own sub-codes. Strongest first, ties by name.
    # c = n12 / (n1 + n2 - n12), e.g. A-B 4 / (5 + 3 - 4), A-b1 3 / (5 + 2 - 3).
    everything = cooccurrence_pairs(known, data=data, rows="all")
    assert [tuple(row) for row in everything.itertuples(index=False)] == [
        ("A", "B", 5, 3, 4, 1.0, False), ("A", "b1", 5, 2, 3, 0.75, False),
        ("a1", "B", 3, 3, 2, 0.5, False), ("a1", "b1", 3, 2, 2, 0.6667, False), ("B", "a2", 3, 2, 2, 0.6667, False),
        ("A", "b2", 5, 1, 1, 0.2, False), ("a1", "a2", 3, 2, 1, 0.25, False), ("a2", "b2", 2, 1, 1, 0.5, False),
        ("b1", "a2", 2, 2, 1, 0.3333, False)]


def test_the_workbook_frees_the_tables_shared_counts(known):
    # Built, the tables' counts are dropped before the quotation sheet needs the memory.
    data = load_report_data(known)
    for columns in ("documents", "groups"):
        code_document_table(known, data=data, columns=columns)
    cooccurrence_table(known, data=data)
    cooccurrence_table(known, data=data, rows="categories")
    assert len([key for key in data.cache if isinstance(key, tuple)]) == 4
    _drop_shared_tables(data)
    assert [key for key in data.cache if isinstance(key, tuple)] == []


def quotations(project, document, coded):
    """One 5-character quotation per entry of ``coded`` (a list of code lists), 10 characters apart."""
    for position, names in enumerate(coded):
        coding.code_span(project, document=document, start=position * 10, end=position * 10 + 5, codes=names)


def test_normalized_totals_keep_their_fractions(tmp_path):
    # Uno 3 quotations (A), Dos 2 (one with A and B, one with A): Dos is scaled by 3 / 2.
    with Project.create(tmp_path / "halves.qdaproj", coder="Ana") as project:
        documents.add_text_document(project, name="Uno", text="u" * 100)
        documents.add_text_document(project, name="Dos", text="d" * 100)
        quotations(project, 1, [["A"], ["A"], ["A"]])
        quotations(project, 2, [["A", "B"], ["A"]])
        frame = code_document_table(project, measure="normalized")
    assert listed(frame) == [("A", 3.0, 3.0, 6.0), ("B", 0.0, 1.5, 1.5), ("Total", 3.0, 4.5, 7.5)]


def test_normalized_row_totals_are_rounded_like_their_cells(tmp_path):
    # Uno has 8 quotations, Dos and Tres 5 each: both scaled by 8 / 5 = 1.6. k's Total is
    # 1.6 + 3.2 = 4.8 (added as floats it would show 4.800000000000001).
    with Project.create(tmp_path / "fifths.qdaproj", coder="Ana") as project:
        for name in ("Uno", "Dos", "Tres"):
            documents.add_text_document(project, name=name, text="x" * 100)
        quotations(project, 1, [["other"]] * 8)
        quotations(project, 2, [["k"]] + [["other"]] * 4)
        quotations(project, 3, [["k"]] * 2 + [["other"]] * 3)
        frame = code_document_table(project, measure="normalized")
    assert listed(frame) == [("other", 8.0, 6.4, 4.8, 19.2), ("k", 0.0, 1.6, 3.2, 4.8), ("Total", 8.0, 8.0, 8.0, 24.0)]


def test_column_percent_beside_a_document_without_quotations(known):
    documents.add_text_document(known, name="Tres", text="t" * 100)
    frame = code_document_table(known, measure="column_percent")
    assert listed(frame) == [("a1", 40.0, 33.33, 0.0, 37.5), ("a2", 20.0, 33.33, 0.0, 25.0),
                             ("b1", 20.0, 33.33, 0.0, 25.0), ("b2", 20.0, 0.0, 0.0, 12.5),
                             ("Total", 100.0, 100.0, 0.0, 100.0)]


def test_percentages_of_one_coder_in_thirds(known):
    # Bea: a1 in Uno (1:4), b1 in Dos (2:1), b2 in Uno (1:3): 3 codings, 2 in Uno and 1 in Dos.
    only_bea = ReportFilter(coders=["Bea"])
    rows = code_document_table(known, report_filter=only_bea, measure="row_percent")
    assert listed(rows) == [("a1", 100.0, 0.0, 100.0), ("a2", 0.0, 0.0, 0.0), ("b1", 0.0, 100.0, 100.0),
                            ("b2", 100.0, 0.0, 100.0), ("Total", 66.67, 33.33, 100.0)]
    columns = code_document_table(known, report_filter=only_bea, measure="column_percent")
    assert listed(columns) == [("a1", 50.0, 0.0, 33.33), ("a2", 0.0, 0.0, 0.0), ("b1", 0.0, 100.0, 33.33),
                               ("b2", 50.0, 0.0, 33.33), ("Total", 100.0, 100.0, 100.0)]


@pytest.mark.parametrize("measure,zero", [("count", 0), ("normalized", 0.0), ("row_percent", 0.0),
                                          ("column_percent", 0.0)])
def test_a_project_without_codings_is_all_zeros(tmp_path, measure, zero):
    with Project.create(tmp_path / "empty.qdaproj", coder="Ana") as project:
        documents.add_text_document(project, name="Uno", text="u" * 100)
        codes.create_code(project, path="K::k")
        frame = code_document_table(project, measure=measure)
        pairs = cooccurrence_pairs(project)
        matrix = cooccurrence_table(project)
    assert listed(frame) == [("k", zero, zero), ("Total", zero, zero)]
    assert pairs.empty and listed(matrix) == [("k", pd.NA)]
    assert matrix.attrs["header_counts"] == {"k": 0}


def test_count_cells_and_totals_are_integers(known):
    frame = code_document_table(known)
    assert [frame[column].dtype.kind for column in frame.columns[1:]] == ["i", "i", "i"]
    assert [code_document_table(known, measure="row_percent")[column].dtype.kind
            for column in frame.columns[1:]] == ["f", "f", "f"]
