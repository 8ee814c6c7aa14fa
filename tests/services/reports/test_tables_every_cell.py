"""Every cell of the cross tables of the known project, written out by hand.

Counts (see known_project.py): a1 = 2 in Uno, 1 in Dos; a2 = 1, 1; b1 = 1, 1; b2 = 1, 0.
Columns: Uno 5 codings, Dos 3, all 8.
"""

from __future__ import annotations

import pytest

from qda_app.services import coding, documents
from qda_app.services.project import Project
from qda_app.services.reports import ReportFilter, c_coefficient, code_document_table, cooccurrence_pairs, cooccurrence_table


def rows_of(frame):
    return {row[0]: tuple(row[1:]) for row in frame.itertuples(index=False)}


def test_counts_with_totals(known):
    assert rows_of(code_document_table(known)) == {
        "a1": (2, 1, 3), "a2": (1, 1, 2), "b1": (1, 1, 2), "b2": (1, 0, 1), "Total": (5, 3, 8)}


def test_row_percent_every_cell(known):
    # b2 has exactly one coding: 100 % of its row lies in Uno.
    assert rows_of(code_document_table(known, measure="row_percent")) == {
        "a1": (66.67, 33.33, 100.0), "a2": (50.0, 50.0, 100.0), "b1": (50.0, 50.0, 100.0),
        "b2": (100.0, 0.0, 100.0), "Total": (62.5, 37.5, 100.0)}


def test_column_percent_every_cell(known):
    assert rows_of(code_document_table(known, measure="column_percent")) == {
        "a1": (40.0, 33.33, 37.5), "a2": (20.0, 33.33, 25.0), "b1": (20.0, 33.33, 25.0),
        "b2": (20.0, 0.0, 12.5), "Total": (100.0, 100.0, 100.0)}


def test_normalized_every_cell(known):
    # Uno has 4 quotations, Dos 2: Dos's cells are doubled.
    assert rows_of(code_document_table(known, measure="normalized")) == {
        "a1": (2.0, 2.0, 4.0), "a2": (1.0, 2.0, 3.0), "b1": (1.0, 2.0, 3.0), "b2": (1.0, 0.0, 1.0),
        "Total": (5.0, 6.0, 11.0)}


def test_filtered_code_document_table_counts_only_the_coder(known):
    assert rows_of(code_document_table(known, report_filter=ReportFilter(coders=["Bea"]))) == {
        "a1": (1, 0, 1), "a2": (0, 0, 0), "b1": (0, 1, 1), "b2": (1, 0, 1), "Total": (2, 1, 3)}


def test_documents_named_code_and_total_keep_their_own_columns(tmp_path):
    with Project.create(tmp_path / "names.qdaproj", coder="Ana") as project:
        documents.add_text_document(project, name="code", text="uno dos tres cuatro")
        documents.add_text_document(project, name="total", text="cinco seis siete")
        coding.code_span(project, document=1, start=0, end=3, codes=["K::k"])
        coding.code_span(project, document=2, start=0, end=5, codes=["K::k"])
        coding.code_span(project, document=2, start=6, end=10, codes=["K::k"])
        frame = code_document_table(project)
    assert list(frame.columns) == ["Code", "1: code", "2: total", "Total"]
    assert rows_of(frame) == {"k": (1, 2, 3), "Total": (1, 2, 3)}


def test_c_coefficient_boundaries():
    assert c_coefficient(1, 1, 1) == 1.0
    assert c_coefficient(2, 2, 2) == 1.0
    assert c_coefficient(1, 2, 2) == pytest.approx(0.3333)
    assert c_coefficient(2, 3, 4) == 0.4
    assert c_coefficient(0, 3, 4) == 0.0
    assert c_coefficient(1, 3, 1) == pytest.approx(0.3333, abs=0)  # rounded to four places


@pytest.fixture
def same_leaf_names(tmp_path):
    # "otros" under two categories; 1:1 carries A::otros and B::x, 1:2 carries B::otros and B::x.
    with Project.create(tmp_path / "otros.qdaproj", coder="Ana") as project:
        documents.add_text_document(project, name="D", text="z" * 100)
        coding.code_span(project, document=1, start=0, end=10, codes=["A::otros", "B::x"])
        coding.code_span(project, document=1, start=20, end=30, codes=["B::otros", "B::x"])
        coding.code_span(project, document=1, start=40, end=50, codes=["B::otros"])
        yield project


def test_leaves_with_the_same_name_keep_separate_columns(same_leaf_names):
    frame = cooccurrence_table(same_leaf_names)
    assert list(frame.columns) == ["Code", "A > otros", "x", "B > otros"]  # code tree order
    cells = {(row[0], column): value for row in frame.itertuples(index=False)
             for column, value in zip(frame.columns[1:], row[1:])}
    assert cells[("A > otros", "x")] == 1 and cells[("B > otros", "x")] == 1
    assert cells[("A > otros", "B > otros")] == 0


def test_pairs_come_strongest_first_then_by_name(same_leaf_names, known):
    pairs = cooccurrence_pairs(same_leaf_names)
    assert [(r["Code 1"], r["Code 2"], r["n12 (co-occurrences)"]) for r in pairs.to_dict("records")] == [
        ("A > otros", "x", 1), ("x", "B > otros", 1)]
    known_pairs = cooccurrence_pairs(known)
    assert list(known_pairs["n12 (co-occurrences)"]) == [2, 1, 1, 1]
    first_names = [sorted((r["Code 1"], r["Code 2"])) for r in known_pairs.to_dict("records")]
    assert first_names[0] == ["a1", "b1"]


def test_cooccurrence_table_follows_its_filter(known):
    bea = cooccurrence_table(known, report_filter=ReportFilter(coders=["Bea"]))
    assert all(value == 0 for row in bea.itertuples(index=False) for value in row[1:] if str(value) != "<NA>")
    uno = cooccurrence_table(known, report_filter=ReportFilter(documents=[2]))
    cells = {(row[0], column): value for row in uno.itertuples(index=False)
             for column, value in zip(uno.columns[1:], row[1:])}
    assert cells[("a1", "b1")] == 1 and cells[("a1", "a2")] == 0


@pytest.mark.parametrize("often,rare,flagged", [(5, 1, False), (6, 1, True), (10, 2, False), (11, 2, True)])
def test_frequency_flag_boundary_is_more_than_five_times(tmp_path, often, rare, flagged):
    # Each rare quotation overlaps one often quotation; the flag compares n1 and n2, not n12.
    with Project.create(tmp_path / "flag.qdaproj", coder="Ana") as project:
        documents.add_text_document(project, name="D", text="x" * 400)
        for index in range(often):
            coding.code_span(project, document=1, start=index * 30, end=index * 30 + 10, codes=["C::often"])
        for index in range(rare):
            coding.code_span(project, document=1, start=index * 30, end=index * 30 + 5, codes=["C::rare"])
        pairs = cooccurrence_pairs(project).to_dict("records")
    assert [(r["n1 (groundedness 1)"], r["n2 (groundedness 2)"], r["n12 (co-occurrences)"]) for r in pairs] == [
        (often, rare, rare)]
    assert bool(pairs[0]["Frequencies differ > 5x"]) is flagged
