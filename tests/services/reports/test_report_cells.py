"""The quotations behind a cross-table cell, on a project where every answer is written out by hand."""

from __future__ import annotations

import pytest

from qda_app.services import codes, coding, documents
from qda_app.services.project import Project
from qda_app.services.reports import code_document_table, cooccurrence_table, load_report_data
from qda_app.services.reports.cells import (code_document_quotations, cooccurring_quotations, filter_choices,
                                            group_document_ids)
from qda_app.services.reports.filters import ReportFilter
from qda_app.services.reports.tables import row_codes

TEXT = "".join(f"{index:02d}" + "x" * 8 for index in range(10))  # 100 characters


@pytest.fixture
def project(tmp_path):
    project = Project.create(tmp_path / "cells.qdaproj", coder="ana", name="Cells")
    documents.add_text_document(project, name="Uno", text=TEXT, group="G1")
    documents.add_text_document(project, name="Dos", text=TEXT, group="G2")
    for path in ("A::a1", "A::a2", "B::b1"):
        codes.create_code(project, path=path)
    # Document 1: 1:1 [0,20) a1+b1 (one quotation, both codes); 1:2 [10,30) a2 overlaps 1:1;
    # 1:3 [50,60) b1 alone; 1:4 [55,70) a1 by beto, overlaps 1:3.
    coding.code_span(project, document=1, start=0, end=20, codes=["A::a1", "B::b1"])
    coding.code_span(project, document=1, start=10, end=30, codes=["A::a2"])
    coding.code_span(project, document=1, start=50, end=60, codes=["B::b1"])
    coding.code_span(project, document=1, start=55, end=70, codes=["A::a1"], coder="beto")
    # Document 2: 2:1 [0,10) a1; 2:2 [10,20) b1 (touching, not overlapping).
    coding.code_span(project, document=2, start=0, end=10, codes=["A::a1"])
    coding.code_span(project, document=2, start=10, end=20, codes=["B::b1"])
    yield project
    project.close()


def _ids(project, data, *pairs):
    by_number = {(int(row.document_number), int(row.number)): int(row.id) for row in data.quotations.itertuples()}
    return [by_number[pair] for pair in pairs]


def _code(data, path):
    return next(code.id for code in data.codes if code.path == path)


def test_cooccurrence_cells_list_the_pairs_counted(project):
    data = load_report_data(project)
    a1, a2, b1 = (_code(data, path) for path in ("A::a1", "A::a2", "B::b1"))
    found = cooccurring_quotations(data, first=a1, second=b1)
    # Pairs: (1:1, 1:1) itself, (1:3, 1:4); document 2 only touches.
    assert found.pairs == 2
    assert found.quotation_ids == _ids(project, data, (1, 1), (1, 3), (1, 4))
    found = cooccurring_quotations(data, first=a2, second=b1)
    assert (found.pairs, found.quotation_ids) == (1, _ids(project, data, (1, 1), (1, 2)))
    table = cooccurrence_table(project, measure="count")
    names = list(table.iloc[:, 0])
    assert table.iloc[names.index("a1")]["b1"] == 2
    assert table.iloc[names.index("a2")]["b1"] == 1


def test_every_cooccurrence_cell_agrees_with_its_quotations(project):
    for rows in ("leaves", "categories", "all"):
        data = load_report_data(project)
        table = cooccurrence_table(project, measure="count", rows=rows)
        shown = row_codes(data, rows)
        for i, first in enumerate(shown):
            for j, second in enumerate(shown):
                value = table.iloc[i, j + 1]
                if i != j and value:
                    assert cooccurring_quotations(data, first=first.id, second=second.id).pairs == value


def test_coder_filter_narrows_the_cell(project):
    data = load_report_data(project, ReportFilter(coders=("ana",)))
    found = cooccurring_quotations(data, first=_code(data, "A::a1"), second=_code(data, "B::b1"))
    assert (found.pairs, found.quotation_ids) == (1, _ids(project, data, (1, 1)))


def test_code_document_cells_and_totals(project):
    data = load_report_data(project)
    one, two = (document.id for document in data.documents)
    a = _code(data, "A")
    assert code_document_quotations(data, code_ids=[a], document_ids=[one]) == _ids(
        project, data, (1, 1), (1, 2), (1, 4))
    assert code_document_quotations(data, code_ids=[a], document_ids=None) == _ids(
        project, data, (1, 1), (1, 2), (1, 4), (2, 1))
    assert group_document_ids(data, "G2") == [two]
    table = code_document_table(project, rows="categories")
    assert list(table.iloc[0, 1:3]) == [3, 1]


def test_filter_choices(project):
    choices = filter_choices(project)
    assert choices.coders == ("ana", "beto")
    assert choices.document_groups == ("G1", "G2")
    assert choices.code_groups == ()
