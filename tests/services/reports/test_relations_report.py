"""The Relations sheet and density in the codebook, on the known project (two relations of a1)."""

from __future__ import annotations

import pytest

from qda_app.services import quotation_links, relations
from qda_app.services.reports.book import build_report_book
from qda_app.services.reports.codebook import codebook
from qda_app.services.reports.filters import ReportFilter
from qda_app.services.reports.relations_report import quotation_links_report, relations_report
from tests.services.reports.known_project import build_known_project


@pytest.fixture
def known(tmp_path):
    project = build_known_project(tmp_path / "known.qdaproj")
    relations.comment_relation(project, relation_id=relations.list_code_relations(project)[0].id, comment="clave")
    quotation_links.link_quotations(project, source="1:1", target="2:1", relation="explains")
    yield project
    project.close()


def test_relations_sheet_in_three_languages(known):
    frame = relations_report(known)
    assert list(frame.columns) == ["Source", "Relation", "Target", "Comment"]
    assert frame.values.tolist() == [["A > a1", "is associated with", "B > b1", "clave"],
                                     ["A > a1", "is associated with", "A > a2", ""]]
    spanish = relations_report(known, language="es")
    assert list(spanish.columns) == ["Origen", "Relación", "Destino", "Comentario"]
    assert spanish["Relación"].tolist() == ["está asociado con"] * 2
    links = quotation_links_report(known, language="pt")
    assert links.values.tolist() == [["1:1", "explica", "2:1", ""]]
    assert quotation_links_report(known, report_filter=ReportFilter(documents=(1,))).empty


def test_relations_follow_the_code_filter(known):
    only_b = relations_report(known, report_filter=ReportFilter(codes=("B",)))
    assert only_b.values.tolist() == [["A > a1", "is associated with", "B > b1", "clave"]]


def test_codebook_density_and_book_sheet(known):
    frame = codebook(known)
    density = dict(zip(frame["Category path"], frame["Density"]))
    assert density == {"A": 0, "A > a1": 2, "A > a2": 1, "B": 0, "B > b1": 1, "B > b2": 0}
    book = build_report_book(known)
    sheet = next(sheet for sheet in book.sheets if sheet.key == "relations")
    assert sheet.name == "Relations" and len(sheet.blocks) == 2
    assert len(sheet.blocks[0].frame) == 2
