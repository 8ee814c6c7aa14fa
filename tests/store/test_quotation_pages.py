"""The quotation manager's SQL pages against a plain Python reading of every quotation."""

from __future__ import annotations

import random

import pytest

from qda_app.core.model import Quotation
from qda_app.services import coding, documents
from qda_app.store.quotation_pages import (
    QuotationQuery, count_quotations, find_text, matching_quotations, quotation_page, sort_key,
)

TEXTS = [
    "Gestión MUNICIPAL, Maß y presupuesto. " * 12,
    "La región no ayuda; el ministerio decide. " * 10,
    "😀 Emoji antes de la GESTIÓN, y después el agua 🌊. " * 8,
]
CODES = ["Centralismo", "Centralismo::Recorte", "Centralismo::Recorte::Obras", "Centralismo::Viajes",
         "Centralismo ampliado", "Región"]


@pytest.fixture
def varied(project):
    rng = random.Random(5)
    for number, text in enumerate(TEXTS, start=1):
        documents.add_text_document(project, name=f"E{number:02d}", text=text,
                                    group="Provinciales" if number != 2 else None)
    for _ in range(45):
        document = rng.randint(1, 3)
        length = len(TEXTS[document - 1])
        start = rng.randrange(0, length - 40)
        quotation = coding.code_span(project, document=document, start=start, end=start + rng.randint(5, 60),
                                     codes=rng.sample(CODES, rng.randint(1, 2)),
                                     coder=rng.choice(["Ana", "Luis", "beto"]))
        if rng.random() < 0.2:
            coding.comment_quotation(project, quotation=quotation.id, comment=rng.choice(["Ver GESTIÓN", "maß", "otro"]))
    return project


def shown_by_hand(project, query: QuotationQuery) -> list[Quotation]:
    """What the filters mean, on every quotation read at once (the pane's former in-memory filter)."""
    groups = {document.number: document.groups for document in documents.list_documents(project)}
    needle = query.text.casefold()
    shown = [
        quotation for quotation in coding.list_quotations(project)
        if (not query.code_path or any(path == query.code_path or path.startswith(query.code_path + "::")
                                       for path in quotation.codes))
        and (query.document is None or quotation.document_number == query.document)
        and (not query.group or query.group in groups[quotation.document_number])
        and (not query.coder or query.coder in quotation.coders or quotation.created_by == query.coder)
        and (not needle or needle in quotation.text.casefold() or needle in quotation.comment.casefold())
    ]
    return sorted(shown, key=lambda quotation: sort_key(query, quotation), reverse=query.descending)


def read_in_pages(db, query: QuotationQuery, *, size: int) -> list[Quotation]:
    rows: list[Quotation] = []
    while True:
        page = quotation_page(db, query, after=sort_key(query, rows[-1]) if rows else None, limit=size)
        assert len(page) <= size
        rows.extend(page)
        if len(page) < size:
            return rows


QUERIES = [
    QuotationQuery(),
    QuotationQuery(code_path="Centralismo"),  # with sub-codes, not "Centralismo ampliado"
    QuotationQuery(code_path="Centralismo::Recorte"),
    QuotationQuery(code_path="Nada"),
    QuotationQuery(document=3),
    QuotationQuery(group="Provinciales"),
    QuotationQuery(coder="beto"),
    QuotationQuery(text="gestión"),  # case-insensitive, accents kept
    QuotationQuery(text="MASS"),  # casefolded: "Maß" holds it
    QuotationQuery(text="🌊"),
    QuotationQuery(code_path="Centralismo", coder="Luis", group="Provinciales"),
    QuotationQuery(order="id", descending=True),
    QuotationQuery(order="created", code_path="Región"),
    QuotationQuery(order="document", descending=True, text="a"),
]


@pytest.mark.parametrize("query", QUERIES, ids=repr)
def test_pages_and_counts_match_the_filters_read_by_hand(varied, query):
    db = varied.database
    if query.text:
        find_text(db, query.text)
    expected = shown_by_hand(varied, query)
    assert count_quotations(db, query) == len(expected)
    assert read_in_pages(db, query, size=4) == expected
    assert read_in_pages(db, query, size=1000) == expected


def test_the_filters_are_not_vacuous(varied):
    everything = len(coding.list_quotations(varied))
    for query in QUERIES[1:11]:
        expected = len(shown_by_hand(varied, query))
        assert expected < everything, query
    assert [query for query in QUERIES if query.code_path != "Nada" and not shown_by_hand(varied, query)] == []


def test_matching_follows_an_action_and_keeps_the_text_matches_current(varied):
    db = varied.database
    query = QuotationQuery(text="decide", coder="Ana")
    find_text(db, query.text)
    before = count_quotations(db, query)
    text = TEXTS[1]
    start = text.index("decide")
    created = coding.code_span(varied, document=2, start=start - 5, end=start + 10, codes=["Región"], coder="Ana")
    other = coding.code_span(varied, document=2, start=0, end=4, codes=["Región"], coder="Ana")  # no "decide"
    found = matching_quotations(db, query, [created.id, other.id, 999_999])
    assert [quotation.id for quotation in found] == [created.id]
    assert found[0].text == text[start - 5:start + 10] and found[0].codes == ("Región",)
    assert count_quotations(db, query) == before + 1  # the kept matches learnt the new quotation
    coding.delete_quotation(varied, quotation=created.id)
    assert matching_quotations(db, query, [created.id]) == []
    assert count_quotations(db, query) == before


def test_a_read_only_project_can_filter_by_text(varied, tmp_path):
    from qda_app.services.project import Project

    path = varied.path
    varied.close()
    with Project.open(path, read_only=True) as opened:
        find_text(opened.database, "gestión")
        assert count_quotations(opened.database, QuotationQuery(text="gestión")) == len(
            shown_by_hand(opened, QuotationQuery(text="gestión")))


STREAM_FILTERS = [
    {},
    {"codes": ["Centralismo"]},
    {"codes": ["Centralismo"], "with_subcodes": True},
    {"coders": ["beto"]},
    {"coders": ["Luis", "beto"], "codes": ["Región"]},
    {"documents": [3, 1]},
    {"documents": [2], "codes": ["Centralismo::Recorte"], "with_subcodes": True, "coders": ["Ana"]},
]


@pytest.mark.parametrize("filters", STREAM_FILTERS, ids=repr)
def test_streamed_quotations_are_the_listed_ones(varied, filters):
    from qda_app.services.quotation_pages import stream_quotations

    expected = coding.list_quotations(varied, **filters)
    assert len(expected) > 0  # every filter here selects some quotations: the comparison means something
    assert list(stream_quotations(varied, **filters)) == expected


def test_streaming_refuses_an_unknown_name_before_reading(varied):
    from qda_app.core.errors import QdaError
    from qda_app.services.quotation_pages import stream_quotations

    with pytest.raises(QdaError):
        stream_quotations(varied, codes=["No existe"])
