"""Explorer cells lead to the quotations behind them (known project, results by hand)."""

from __future__ import annotations

import pytest

from qda_app.services import explorers, queries
from qda_app.services.reports.filters import ReportFilter
from tests.services.reports.known_project import build_known_project


@pytest.fixture
def known(tmp_path):
    project = build_known_project(tmp_path / "known.qdaproj")
    yield project
    project.close()


def labels(project, result):
    return [q.quotation_id for q in queries.query_quotations(project, result)]


def test_cooccurrence_cell(known):
    # a1: 1:1, 1:4, 2:1; a2: 1:2, 2:2. 1:1 [0,10) overlaps 1:2 [5,20); 2:1 only touches 2:2.
    assert labels(known, explorers.cooccurrence_quotations(known, code_a="A::a1", code_b="A::a2")) == ["1:1", "1:2"]
    # b1 is on 1:1 and on 2:1 itself (the same quotation co-occurs).
    assert labels(known, explorers.cooccurrence_quotations(known, code_a="A::a1", code_b="B::b1")) == ["1:1", "2:1"]
    scope = explorers.scope_of_report_filter(ReportFilter(documents=(2,)))
    assert labels(known, explorers.cooccurrence_quotations(known, code_a="A::a1", code_b="B::b1", scope=scope)) \
        == ["2:1"]


def test_code_document_cell(known):
    assert labels(known, explorers.code_document_quotations(known, code="A", document=1)) == ["1:1", "1:2", "1:4"]
    assert labels(known, explorers.code_document_quotations(known, code="A", document_group="G2")) == ["2:1", "2:2"]
    coders = explorers.scope_of_report_filter(ReportFilter(coders=("Bea",)))
    assert labels(known, explorers.code_document_quotations(known, code="A", document=1, scope=coders)) == ["1:4"]
    outside = explorers.scope_of_report_filter(ReportFilter(documents=(2,)))
    assert explorers.code_document_quotations(known, code="A", document=1, scope=outside).quotation_ids == ()


def test_cells_within_a_smart_code(known):
    # "only 1:1 and 2:1": a smart code of the quotations coded b1 (1:1 and 2:1).
    queries.save_smart_code(known, name="Con b1", query='"B::b1"')
    # a1 with a2 in the smart code: 1:2 (a2) is not in it, so 1:1 has no partner there.
    assert labels(known, explorers.cooccurrence_quotations(known, code_a="A::a1", code_b="A::a2",
                                                           smart_codes=["Con b1"])) == []
    assert labels(known, explorers.cooccurrence_quotations(known, code_a="A::a1", code_b="B::b1",
                                                           smart_codes=["Con b1"])) == ["1:1", "2:1"]
    assert labels(known, explorers.code_document_quotations(known, code="A", document=1,
                                                            smart_codes=["Con b1"])) == ["1:1"]
