"""Query semantics on a hand-built project; every expected result is written out by hand.

Document 1 (group none, provincia = Puno), document 2 (group "Urbanos"):

    1:1 [0, 50)    A            1:4 [80, 100)  B
    1:2 [10, 20)   B            1:5 [60, 90)   A::a1   (counts as A)
    1:3 [40, 70)   C            1:6 [0, 50)    C       (same span as 1:1)
    2:1 [0, 30)    A and B      2:2 [100, 120) C, coded by Luis (1:6 by Eva, the others by Ana)

So A = {1:1, 1:5, 2:1}, B = {1:2, 1:4, 2:1}, C = {1:3, 1:6, 2:2}.
"""

from __future__ import annotations

import pytest

from qda_app.core.errors import CoderNotFound, GroupNotFound, QueryCycle, QueryOperandNotFound, QuerySyntaxError
from qda_app.services import coding, documents, queries
from qda_app.services.queries import QueryScope

TEXT = "abcdefghij" * 15


@pytest.fixture
def hand_built(project):
    documents.add_text_document(project, name="D1", text=TEXT)
    documents.add_text_document(project, name="D2", text=TEXT, group="Urbanos")
    documents.set_attribute(project, number=1, name="provincia", value="Puno")
    for document, start, end, codes, coder in [
        (1, 0, 50, ["A"], "Ana"), (1, 10, 20, ["B"], "Ana"), (1, 40, 70, ["C"], "Ana"),
        (1, 80, 100, ["B"], "Ana"), (1, 60, 90, ["A::a1"], "Ana"), (1, 0, 50, ["C"], "Eva"),
        (2, 0, 30, ["A", "B"], "Ana"),
        (2, 100, 120, ["C"], "Luis"),
    ]:
        coding.code_span(project, document=document, start=start, end=end, codes=codes, coder=coder)
    return project


def ids(project, text, **scope):
    result = queries.run_query(project, text, scope=QueryScope.of(**scope))
    labels = {q.id: q.quotation_id for q in queries.query_quotations(project, result)}
    return sorted(labels[i] for i in result.quotation_ids)


def test_fixture_is_as_described(hand_built):
    found = {q.quotation_id: (q.start, q.end, sorted(q.codes)) for q in coding.list_quotations(hand_built)}
    assert found == {
        "1:1": (0, 50, ["A"]), "1:2": (10, 20, ["B"]), "1:3": (40, 70, ["C"]), "1:4": (80, 100, ["B"]),
        "1:5": (60, 90, ["A::a1"]), "1:6": (0, 50, ["C"]), "2:1": (0, 30, ["A", "B"]), "2:2": (100, 120, ["C"]),
    }


@pytest.mark.parametrize(("query", "expected"), [
    ('"A"', ["1:1", "1:5", "2:1"]),
    ('"A::a1"', ["1:5"]),
    ('"a"', ["1:1", "1:5", "2:1"]),  # code paths match without regard to case
    ('"A" OR "B"', ["1:1", "1:2", "1:4", "1:5", "2:1"]),
    ('"A" AND "B"', ["2:1"]),
    ('NOT "A"', ["1:2", "1:3", "1:4", "1:6", "2:2"]),
    ('"A" AND NOT ("B" OR "C")', ["1:1", "1:5"]),
    ('"A" OR "B" AND "C"', ["1:1", "1:5", "2:1"]),  # AND binds tighter than OR
    ('"A" ENCLOSES "B"', ["1:1"]),  # 2:1 would only enclose itself
    ('"A" ENCLOSES "C"', ["1:1"]),  # 1:6 has 1:1's span: containing includes equal spans
    ('"C" ENCLOSED BY "A"', ["1:6"]),
    ('"A" ENCLOSES ("B" OR "C")', ["1:1"]),
    ('"A" OVERLAPS "C"', ["1:1"]),  # 1:1 [0,50) starts before 1:3 [40,70)
    ('"A" OVERLAPPED BY "C"', ["1:5"]),  # 1:3 [40,70) starts before 1:5 [60,90)
    ('"C" OVERLAPS "A"', ["1:3"]),
    ('"B" FOLLOWS "A"', ["1:4"]),
    ('"C" FOLLOWS "A"', ["2:2"]),
    ('"A" PRECEDES "B"', ["1:1"]),
    ('"A" CO-OCCURS "B"', ["1:1", "1:5", "2:1"]),  # 2:1 is the same quotation
    ('"C" CO-OCCURS "B"', ["1:6"]),
    ('"B" CO-OCCURS "C"', ["1:2"]),
    ('NOT "A" CO-OCCURS "B"', ["1:2", "1:3", "1:4", "1:6", "2:2"]),
    ('("A" ENCLOSES "B") PRECEDES "B"', ["1:1"]),
])
def test_query_results(hand_built, query, expected):
    assert ids(hand_built, query) == expected


def test_scope_by_group_attribute_and_coder(hand_built):
    assert ids(hand_built, '"A"', document_groups=["Urbanos"]) == ["2:1"]
    assert ids(hand_built, 'NOT "A"', document_groups=["Urbanos"]) == ["2:2"]
    assert ids(hand_built, '"C"', attributes={"provincia": "puno"}) == ["1:3", "1:6"]
    assert ids(hand_built, '"C"', coders=["Luis"]) == ["2:2"]
    assert ids(hand_built, '"C" FOLLOWS "A"', coders=["Luis"]) == []  # A has no codings by Luis
    with pytest.raises(GroupNotFound):
        ids(hand_built, '"A"', document_groups=["Nada"])
    with pytest.raises(CoderNotFound):
        ids(hand_built, '"A"', coders=["Nadie"])


def test_smart_codes_are_operands_and_stay_current(hand_built):
    queries.save_smart_code(hand_built, name="A con B", query='"A" CO-OCCURS "B"')
    assert ids(hand_built, '"A con B" AND NOT "B"') == ["1:1", "1:5"]
    coding.code_span(hand_built, document=1, start=85, end=95, codes=["A"])  # 1:7 overlaps 1:4
    assert ids(hand_built, '"A con B"') == ["1:1", "1:5", "1:7", "2:1"]
    queries.save_smart_code(hand_built, name="C de Luis", query='"C"', scope=QueryScope.of(coders=["Luis"]))
    assert ids(hand_built, '"C de Luis"') == ["2:2"]
    assert ids(hand_built, '"C de Luis"', document_groups=["Urbanos"]) == ["2:2"]
    assert ids(hand_built, '"C de Luis"', attributes={"provincia": "Puno"}) == []


def test_code_groups_are_operands(hand_built):
    from qda_app.services import code_groups

    code_groups.create_code_group(hand_built, name="AyC", codes=["A", "C"])
    assert ids(hand_built, '"AyC"') == ["1:1", "1:3", "1:5", "1:6", "2:1", "2:2"]
    assert ids(hand_built, '"B" CO-OCCURS "AyC"') == ["1:2", "1:4", "2:1"]


def test_bad_queries_are_refused(hand_built):
    with pytest.raises(QuerySyntaxError) as error:
        ids(hand_built, '"A" AND OR "B"')
    assert (error.value.line, error.value.column) == (1, 9)
    with pytest.raises(QueryOperandNotFound):
        ids(hand_built, '"A" AND "Z"')
    queries.save_smart_code(hand_built, name="X", query='"A"')
    queries.save_smart_code(hand_built, name="Y", query='"X" OR "B"')
    with pytest.raises(QueryCycle):
        queries.save_smart_code(hand_built, name="X", query='"Y"')
    with pytest.raises(QueryCycle):
        queries.save_smart_code(hand_built, name="Z", query='"Z" OR "A"')
    assert queries.smart_code(hand_built, "X").expression == '"A"'
