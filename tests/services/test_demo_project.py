"""The demo project reproduces the published study's tables."""

from __future__ import annotations

import pytest

from qda_app.services import codes, coding, documents
from qda_app.services.demo import build_demo_project, study_table
from qda_app.services.project import Project
from qda_app.store import quotations as quotation_store


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = build_demo_project(tmp_path_factory.mktemp("demo") / "demo.qdaproj")
    with Project.open(path, read_only=True) as project:
        yield project


def test_groundedness_of_every_subcategory_equals_the_paper(demo):
    counts = codes.code_counts(demo)
    by_path = {code.path: counts[code.id].groundedness for code in codes.list_codes(demo)}
    for row in study_table():
        assert by_path[f"{row['category']}::{row['subcategory']}"] == int(row["groundedness"])
    assert len(coding.list_quotations(demo)) == 535
    assert len([c for c in codes.list_codes(demo) if c.parent_id is None]) == 6
    assert len([c for c in codes.list_codes(demo) if c.parent_id is not None]) == 31


def test_representative_quotations_have_the_ids_the_paper_cites(demo):
    code_paths = {code.id: code.path for code in codes.list_codes(demo)}
    quotations = {q.id: q for q in coding.list_quotations(demo)}
    marked = {}
    for code_id, quotation_id in quotation_store.list_representatives(demo.database):
        marked.setdefault(code_paths[code_id].split("::")[-1], []).append(quotations[quotation_id])
    for row in study_table():
        cited = row["representative_quotes"].split(";")
        found = marked[row["subcategory"]]
        assert [q.quotation_id for q in found] == cited
        for quotation in found:
            assert f"{row['category']}::{row['subcategory']}" in quotation.codes


def test_twenty_documents_in_two_groups_with_attributes(demo):
    docs = documents.list_documents(demo)
    assert [d.number for d in docs] == list(range(1, 21))
    groups = [d.groups for d in docs]
    assert groups.count(("Alcaldes provinciales",)) == 6 and groups.count(("Alcaldes distritales",)) == 14
    assert all(values.get("provincia") for values in documents.document_attributes(demo).values())


def test_quotation_text_matches_document_text(demo):
    texts = {d.number: documents.document_text(demo, d.number) for d in documents.list_documents(demo)}
    for quotation in coding.list_quotations(demo):
        assert quotation.text == texts[quotation.document_number][quotation.start : quotation.end]
        assert "[[" not in quotation.text and "]]" not in quotation.text


def test_cited_quotations_hold_the_printed_text_and_shortened_ones_its_excerpt(demo):
    from qda_app.services.demo import study_quotations
    from qda_app.services.excerpts import excerpt_fits
    from qda_app.store import excerpts as excerpt_store

    quotations = {q.quotation_id: q for q in coding.list_quotations(demo)}
    excerpts = excerpt_store.all_excerpts(demo.database)
    printed = study_quotations()
    assert len(printed) == 34
    for row in printed:
        quotation = quotations[row["id"]]
        assert excerpt_fits(row["text"], quotation.text), row["id"]
        if "[…]" in row["text"]:
            assert excerpts[quotation.id] == row["text"]
        else:
            assert row["text"] in quotation.text and quotation.id not in excerpts


def test_overlapping_quotations_give_real_cooccurrence(demo):
    from qda_app.services.reports import cooccurrence_pairs

    pairs = cooccurrence_pairs(demo)
    assert len(pairs) >= 10 and int(pairs["n12 (co-occurrences)"].max()) >= 3
