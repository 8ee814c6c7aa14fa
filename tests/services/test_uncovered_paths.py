"""Paths no other test reached: a coder's relations and representative marks merged back,
report filters by code group, document groups named like the table's own columns."""

from __future__ import annotations

import pandas as pd
import pytest

from qda_app.core.errors import GroupNotFound
from qda_app.services import code_groups, codes, coding, documents, relations
from qda_app.services.merge import merge_project
from qda_app.services.project import Project
from qda_app.services.reports import code_document_table
from qda_app.services.reports.filters import ReportFilter
from qda_app.services.team import copy_for_coder
from qda_app.store import quotations as quotation_store

TEXT = "Todo pasa por Lima y por el ministerio; la región no ayuda. " * 3


@pytest.fixture
def lead(project):
    documents.add_text_document(project, name="E01", text=TEXT)
    coding.code_span(project, document=1, start=0, end=20, codes=["Centralismo::Dependencia"])  # 1:1
    coding.code_span(project, document=1, start=30, end=50, codes=["Región"])  # 1:2
    codes.create_code(project, path="Centralismo::Viajes")
    relations.relate_codes(project, source="Centralismo::Dependencia", target="Región")
    return project


def marks(project):
    paths = {code.id: code.path for code in codes.list_codes(project)}
    numbers = {q.id: q.quotation_id for q in coding.list_quotations(project)}
    return sorted((paths[code], numbers[quotation])
                  for code, quotation in quotation_store.list_representatives(project.database))


def related(project):
    paths = {code.id: code.path for code in codes.list_codes(project)}
    return sorted((paths[r.source_code_id], r.name, paths[r.target_code_id])
                  for r in relations.list_code_relations(project))


def test_a_coders_relations_and_representative_marks_are_merged_once(lead, tmp_path):
    copy_path = tmp_path / "luis.qdaproj"
    copy_for_coder(lead, target=copy_path, coder="Luis")
    with Project.open(copy_path, coder="Luis") as copy:
        relations.relate_codes(copy, source="Centralismo::Viajes", target="Región", relation="is part of")
        coding.mark_representative(copy, quotation="1:1", code="Centralismo::Dependencia")
        coding.code_span(copy, document=1, start=60, end=80, codes=["Centralismo::Viajes"])  # 1:3
        coding.mark_representative(copy, quotation="1:3", code="Centralismo::Viajes")
    coding.mark_representative(lead, quotation="1:1", code="Centralismo::Dependencia")  # the lead did so too

    report = merge_project(lead, other=copy_path)
    assert (report.relations_added, report.representatives_added) == (1, 1)
    assert related(lead) == [("Centralismo::Dependencia", "is associated with", "Región"),
                             ("Centralismo::Viajes", "is part of", "Región")]
    assert marks(lead) == [("Centralismo::Dependencia", "1:1"), ("Centralismo::Viajes", "1:3")]

    again = merge_project(lead, other=copy_path)
    assert (again.relations_added, again.representatives_added) == (0, 0)
    assert marks(lead) == [("Centralismo::Dependencia", "1:1"), ("Centralismo::Viajes", "1:3")]


def test_report_tables_filter_by_code_group(lead):
    code_groups.create_code_group(lead, name="Centro", codes=["Centralismo"])
    table = code_document_table(lead, report_filter=ReportFilter(code_groups=("  centro ",)))
    # The group holds the category; its sub-codes come with it, Región does not.
    assert list(table.iloc[:, 0]) == ["Dependencia", "Viajes", "Total"]
    assert list(table["1: E01"]) == [1, 0, 1]
    with pytest.raises(GroupNotFound) as caught:
        code_document_table(lead, report_filter=ReportFilter(code_groups=("Nadie",)))
    assert (caught.value.kind, caught.value.name) == ("code", "Nadie")


@pytest.mark.parametrize("measure", ["count", "row_percent"])
def test_document_groups_named_code_and_total_keep_their_columns(project, measure):
    documents.add_text_document(project, name="E01", text=TEXT, group="code")
    documents.add_text_document(project, name="E02", text=TEXT, group="total")
    coding.code_span(project, document=1, start=0, end=10, codes=["A"])
    coding.code_span(project, document=1, start=20, end=30, codes=["A"])
    coding.code_span(project, document=2, start=0, end=10, codes=["A"])
    coding.code_span(project, document=2, start=20, end=30, codes=["B"])
    table = code_document_table(project, measure=measure, columns="groups")
    assert list(table.columns) == ["Code", "code", "total", "Total"]
    rows = [list(row) for row in table.itertuples(index=False)]
    if measure == "count":
        assert rows == [["A", 2, 1, 3], ["B", 0, 1, 1], ["Total", 2, 2, 4]]
    else:  # each row's share per group: A 2 of 3 and 1 of 3, B all in "total"
        assert rows == [["A", 66.67, 33.33, 100.0], ["B", 0.0, 100.0, 100.0], ["Total", 50.0, 50.0, 100.0]]


def test_quotations_of_a_paged_source_give_their_page(project):
    from qda_app.services.documents import NewDocument, insert_new_document
    from qda_app.services.reports import quotation_report

    # Pages start at characters 0, 16 and 32 (as a PDF import records them).
    text = "Primera página.\nSegunda página.\nTercera."
    project.execute("import", lambda: insert_new_document(project, NewDocument(
        name="informe", text=text, original_name="informe.pdf", original_size=1, sha256="0" * 64, format="pdf",
        page_starts=(0, 16, 32))))
    documents.add_text_document(project, name="E02", text="sin páginas " * 3)
    for document, start in ((1, 0), (1, 16), (1, 31), (1, 32), (2, 0)):
        coding.code_span(project, document=document, start=start, end=start + 2, codes=["A"])
    report = quotation_report(project)
    pages = [None if page is pd.NA else int(page) for page in report["Page"]]
    assert list(zip(report["ID"], pages)) == [("1:1", 1), ("1:2", 2), ("1:3", 2), ("1:4", 3), ("2:1", None)]
