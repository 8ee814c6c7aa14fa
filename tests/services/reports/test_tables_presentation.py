"""What the cross tables hand the writers besides their cells: titles, notes, colours, number
formats, flagged cells, column order, and which argument was wrong."""

from __future__ import annotations

import pytest

from qda_app.core.errors import InvalidArgument
from qda_app.services import codes, coding, documents
from qda_app.services.reports import code_document_table, cooccurrence_table
from qda_app.services.reports.labels import label
from qda_app.services.reports.tables import cooccurrence_pairs


@pytest.fixture
def pairs_project(project):
    documents.add_text_document(project, name="E01", text="x" * 100, group="a2")
    documents.add_text_document(project, name="E02", text="x" * 100, group="B1")
    coding.code_span(project, document=1, start=0, end=10, codes=["A", "B"])  # A and B on one quotation
    coding.code_span(project, document=1, start=5, end=20, codes=["B"])  # overlaps it: c(A, B) = 2 / (1 + 2 - 2)
    coding.code_span(project, document=2, start=0, end=10, codes=["C", "D"])  # c(C, D) = 1 / (1 + 1 - 1)
    return project


@pytest.mark.parametrize("language", ["en", "es"])
def test_pairs_carry_their_title_notes_colours_formats_and_flags(pairs_project, language):
    table = cooccurrence_pairs(pairs_project, language=language)
    assert [(row[0], row[1], row[5]) for row in table.itertuples(index=False)] == [("A", "B", 2.0), ("C", "D", 1.0)]
    c_column = label("c_coefficient", language)
    assert table.attrs["title"] == label("sheet_pairs", language)
    assert table.attrs["notes"] == [label("note_cooccurrence", language), label("note_c_above_one", language)]
    assert table.attrs["color_column"] == label("code_1", language) == table.columns[0]
    assert len(table.attrs["colors"]) == 2 and all(colour.startswith("#") for colour in table.attrs["colors"])
    assert table.attrs["number_formats"] == {c_column: "0.00"}
    assert table.attrs["flag_cells"] == [(0, c_column)]  # c = 2 is above 1; c = 1 is not


def test_no_note_on_c_above_one_when_no_pair_exceeds_it(project):
    documents.add_text_document(project, name="E01", text="x" * 100)
    coding.code_span(project, document=1, start=0, end=10, codes=["C", "D"])
    table = cooccurrence_pairs(project)
    assert table.attrs["notes"] == [label("note_cooccurrence", "en")] and table.attrs["flag_cells"] == []


def test_group_columns_in_alphabetical_order_whatever_the_case(pairs_project):
    table = code_document_table(pairs_project, columns="groups")
    assert list(table.columns) == ["Code", "a2", "B1", "Total"]


@pytest.mark.parametrize(("argument", "name", "allowed"), [
    ({"columns": "rows"}, "columns", ("documents", "groups")),
    ({"rows": "every"}, "rows", ("leaves", "categories", "all")),
    ({"measure": "share"}, "measure", ("count", "normalized", "row_percent", "column_percent")),
])
def test_a_wrong_argument_is_named_with_its_choices(pairs_project, argument, name, allowed):
    with pytest.raises(InvalidArgument) as caught:
        code_document_table(pairs_project, **argument)
    assert (caught.value.name, caught.value.reason) == (name, "use_one_of")
    assert tuple(caught.value.choices) == allowed


def test_one_report_data_gives_each_row_set_its_own_cooccurrences(project):
    """The counts are cached per report; leaves and categories must not share one entry."""
    from qda_app.services.reports import cooccurrence_table, load_report_data

    documents.add_text_document(project, name="E01", text="x" * 100)
    coding.code_span(project, document=1, start=0, end=10, codes=["P::x", "Q"])
    coding.code_span(project, document=1, start=20, end=30, codes=["P::y", "Q"])
    data = load_report_data(project, None)
    leaves = cooccurrence_table(project, data=data, rows="leaves")
    categories = cooccurrence_table(project, data=data, rows="categories")
    assert list(leaves["Code"]) == ["x", "y", "Q"]
    assert list(leaves["Q"][:2]) == [1, 1]
    assert list(categories["Code"]) == ["P", "Q"]
    assert categories["Q"][0] == 2  # P (through x and y) meets Q twice
    assert categories["P"][1] == 2


def test_normalised_counts_are_rounded_to_two_decimals(project):
    """Counts scaled to the largest document: E01 has 7 quotations, E02 has 3, so E02's counts
    are multiplied by 7/3; 2 x 7/3 = 4.666... shows as 4.67 and 1 x 7/3 as 2.33."""
    documents.add_text_document(project, name="E01", text="x" * 200)
    documents.add_text_document(project, name="E02", text="x" * 200)
    for start in range(0, 70, 10):
        coding.code_span(project, document=1, start=start, end=start + 5, codes=["A"])
    for start in range(0, 20, 10):
        coding.code_span(project, document=2, start=start, end=start + 5, codes=["B"])
    coding.code_span(project, document=2, start=100, end=105, codes=["D"])
    table = code_document_table(project, measure="normalized").set_index("Code")
    assert table.loc["A", "1: E01"] == 7.0
    assert table.loc["B", "2: E02"] == 4.67
    assert table.loc["D", "2: E02"] == 2.33
    assert table.loc["B", "1: E01"] == 0.0


def colours_of(project, names):
    colour = {code.name: code.color for code in codes.list_codes(project)}
    return [colour[name] for name in names]


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(("measure", "number_format"), [
    ("count", "0"), ("normalized", "0.00"), ("row_percent", "0.00"), ("column_percent", "0.00")])
def test_code_document_table_carries_its_title_notes_colours_formats_and_bold_total(known, language, measure,
                                                                                     number_format):
    table = code_document_table(known, language=language, measure=measure)
    code, total = label("code", language), label("total", language)
    assert list(table.columns) == [code, "1: Uno", "2: Dos", total]
    assert list(table[code]) == ["a1", "a2", "b1", "b2", total]
    assert table.attrs == {
        "title": label(f"measure_{measure}", language),
        "notes": [label("note_code_document", language)],
        "color_column": code,
        "colors": colours_of(known, ["a1", "a2", "b1", "b2"]) + [None],  # the Total row has none
        "bold_rows": [4],  # the Total row
        "wrap_columns": [],
        "number_formats": {total: number_format, "1: Uno": number_format, "2: Dos": number_format},
        "matrix": True,
    }


@pytest.mark.parametrize("language", ["en", "es"])
def test_cooccurrence_table_carries_its_title_notes_colours_formats_counts_and_flags(pairs_project, language):
    # Frequencies A 1, B 2, C 1, D 1; n12(A, B) = 2 (the shared quotation and the overlap), n12(C, D) = 1.
    code = label("code", language)
    common = {"color_column": code, "colors": colours_of(pairs_project, ["A", "B", "C", "D"]), "bold_rows": [],
              "wrap_columns": [], "matrix": True, "header_counts": {"A": 1, "B": 2, "C": 1, "D": 1}}
    counts = cooccurrence_table(pairs_project, language=language)
    assert [tuple(None if str(value) == "<NA>" else value for value in row) for row in counts.itertuples(index=False)] == [
        ("A", None, 2, 0, 0), ("B", 2, None, 0, 0), ("C", 0, 0, None, 1), ("D", 0, 0, 1, None)]
    assert counts.attrs == {**common, "title": label("cooc_counts", language),
                            "notes": [label("note_cooccurrence", language)],  # a count above 1 is no flag
                            "number_formats": dict.fromkeys("ABCD", "0"), "flag_cells": []}
    coefficients = cooccurrence_table(pairs_project, language=language, measure="coefficient")
    # c(A, B) = 2 / (1 + 2 - 2) = 2 is flagged in both of its cells; c(C, D) = 1 / (1 + 1 - 1) = 1 is not.
    assert [tuple(None if str(value) == "<NA>" else value for value in row)
            for row in coefficients.itertuples(index=False)] == [
        ("A", None, 2.0, 0.0, 0.0), ("B", 2.0, None, 0.0, 0.0), ("C", 0.0, 0.0, None, 1.0), ("D", 0.0, 0.0, 1.0, None)]
    assert coefficients.attrs == {**common, "title": label("cooc_coefficients", language),
                                  "notes": [label("note_cooccurrence", language), label("note_c_above_one", language)],
                                  "number_formats": dict.fromkeys("ABCD", "0.00"), "flag_cells": [(0, "B"), (1, "A")]}


def test_pairs_without_any_co_occurrence_keep_their_columns(project):
    documents.add_text_document(project, name="E01", text="x" * 100)
    coding.code_span(project, document=1, start=0, end=10, codes=["C"])
    coding.code_span(project, document=1, start=50, end=60, codes=["D"])
    table = cooccurrence_pairs(project, language="es")
    assert table.empty
    assert list(table.columns) == [label(key, "es") for key in
                                   ("code_1", "code_2", "n1", "n2", "n12", "c_coefficient", "frequency_flag")]
    assert table.attrs["notes"] == [label("note_cooccurrence", "es")] and table.attrs["flag_cells"] == []


def test_a_wrong_cooccurrence_measure_is_named_with_its_choices(pairs_project):
    with pytest.raises(InvalidArgument) as caught:
        cooccurrence_table(pairs_project, measure="share")
    assert (caught.value.name, caught.value.reason, tuple(caught.value.choices)) == (
        "measure", "use_one_of", ("count", "coefficient"))
