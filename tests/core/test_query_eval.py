"""The query evaluator on plain spans: every operator at its boundaries, by hand.

Each expected value is read off the spans written in the test (code-point offsets, end
exclusive), never computed by the evaluator itself.
"""

from __future__ import annotations

import numpy as np
import pytest

from qda_app.core.query import And, Not, Operand, Or, Proximity
from qda_app.core.query_eval import Span, SpanIndex, evaluate, positioned

Q, R = Operand("q"), Operand("r")


def holds(operator, q, r, document_of_r=1):
    """Does quotation 1 at ``q`` stand in ``operator``'s position to quotation 2 at ``r``?"""
    index = SpanIndex([(1, 1, *q), (2, document_of_r, *r)])
    found = evaluate(Proximity(operator, Q, R), index, {"q": [1], "r": [2]}.__getitem__)
    assert found <= {1}
    return found == {1}


@pytest.mark.parametrize(("operator", "q", "r", "expected"), [
    ("ENCLOSES", (0, 10), (0, 10), True),  # equal spans of two quotations
    ("ENCLOSES", (0, 10), (2, 8), True),
    ("ENCLOSES", (0, 10), (0, 11), False),  # r ends one past q
    ("ENCLOSES", (1, 10), (0, 10), False),  # r starts one before q
    ("ENCLOSES", (0, 10), (10, 12), False),
    ("ENCLOSED BY", (0, 10), (0, 10), True),
    ("ENCLOSED BY", (2, 8), (0, 10), True),
    ("ENCLOSED BY", (0, 11), (0, 10), False),
    ("ENCLOSED BY", (0, 10), (1, 10), False),
    ("OVERLAPS", (0, 10), (5, 15), True),
    ("OVERLAPS", (0, 10), (0, 15), False),  # same start: q is enclosed
    ("OVERLAPS", (0, 10), (10, 15), False),  # touching, no shared character
    ("OVERLAPS", (0, 10), (5, 10), False),  # same end: r is enclosed
    ("OVERLAPS", (0, 10), (9, 15), True),  # one shared character
    ("OVERLAPS", (5, 15), (0, 10), False),
    ("OVERLAPPED BY", (5, 15), (0, 10), True),
    ("OVERLAPPED BY", (0, 15), (0, 10), False),
    ("OVERLAPPED BY", (10, 15), (0, 10), False),
    ("OVERLAPPED BY", (5, 10), (0, 10), False),
    ("OVERLAPPED BY", (9, 15), (0, 10), True),
    ("OVERLAPPED BY", (0, 10), (5, 15), False),
    ("CO-OCCURS", (0, 10), (9, 12), True),
    ("CO-OCCURS", (0, 10), (10, 12), False),  # touching
    ("CO-OCCURS", (10, 12), (0, 10), False),
    ("CO-OCCURS", (9, 12), (0, 10), True),
    ("CO-OCCURS", (0, 10), (2, 8), True),
    ("CO-OCCURS", (2, 8), (0, 10), True),
    ("FOLLOWS", (10, 12), (0, 10), True),  # starts exactly at r's end
    ("FOLLOWS", (9, 12), (0, 10), False),
    ("FOLLOWS", (0, 10), (10, 12), False),
    ("PRECEDES", (0, 10), (10, 12), True),  # ends exactly at r's start
    ("PRECEDES", (0, 11), (10, 12), False),
    ("PRECEDES", (10, 12), (0, 10), False),
])
def test_one_pair_at_its_boundaries(operator, q, r, expected):
    assert holds(operator, q, r) is expected


@pytest.mark.parametrize("operator", ["ENCLOSES", "ENCLOSED BY", "CO-OCCURS", "FOLLOWS", "PRECEDES"])
def test_pairs_in_different_documents_never_count(operator):
    # In one document each of these would hold: (0, 10) and (0, 10) enclose and co-occur;
    # (0, 0) and (0, 0) follow and precede each other.
    same = (0, 0) if operator in ("FOLLOWS", "PRECEDES") else (0, 10)
    assert holds(operator, same, same, document_of_r=1) is True
    assert holds(operator, same, same, document_of_r=2) is False


def test_a_quotation_never_encloses_or_is_enclosed_by_itself():
    index = SpanIndex([(1, 1, 0, 10)])
    operand = {"q": [1]}.__getitem__
    assert evaluate(Proximity("ENCLOSES", Q, Q), index, operand) == frozenset()
    assert evaluate(Proximity("ENCLOSED BY", Q, Q), index, operand) == frozenset()
    assert evaluate(Proximity("CO-OCCURS", Q, Q), index, operand) == {1}  # the same quotation co-occurs


def test_follows_counts_the_earliest_end_and_precedes_the_latest_start():
    # r: 2 [0, 10) and 3 [20, 30). q 1 [12, 14) follows 2 only; q 4 [5, 8) precedes 3 only.
    index = SpanIndex([(1, 1, 12, 14), (2, 1, 0, 10), (3, 1, 20, 30), (4, 1, 5, 8)])
    operand = {"q": [1, 4], "r": [2, 3]}.__getitem__
    assert evaluate(Proximity("FOLLOWS", Q, R), index, operand) == {1}
    # Both end before 3 starts (20); with the earliest start (0) neither would precede.
    assert evaluate(Proximity("PRECEDES", Q, R), index, operand) == {1, 4}


def test_a_document_without_left_or_right_quotations_does_not_stop_the_next():
    # Document 1 has only right quotations, document 2 only left ones, document 3 both.
    spans = [(1, 1, 0, 10), (2, 2, 0, 10), (3, 3, 0, 10), (4, 3, 5, 15), (5, 4, 0, 10), (6, 4, 2, 4)]
    index = SpanIndex(spans)
    operand = {"q": [2, 3, 6], "r": [1, 4, 5]}.__getitem__
    assert evaluate(Proximity("CO-OCCURS", Q, R), index, operand) == {3, 6}
    assert evaluate(Proximity("FOLLOWS", Q, R), index, operand) == frozenset()
    assert evaluate(Proximity("PRECEDES", Q, R), index, operand) == frozenset()
    assert evaluate(Proximity("ENCLOSED BY", Q, R), index, operand) == {6}


def test_many_pairs_are_compared_in_blocks_without_losing_any():
    # 1,000 right quotations make blocks of 1,000 left rows; 2,500 left ones need three blocks.
    rights = [(k, 1, 0, 1) for k in range(1, 1001)]
    lefts = [(k, 1, 0, 2) if k % 2 else (k, 1, 5, 6) for k in range(1001, 3501)]
    index = SpanIndex(rights + lefts)
    operand = {"q": range(1001, 3501), "r": range(1, 1001)}.__getitem__
    found = evaluate(Proximity("CO-OCCURS", Q, R), index, operand)
    assert found == frozenset(range(1001, 3501, 2))
    assert evaluate(Proximity("ENCLOSES", Q, R), index, operand) == frozenset(range(1001, 3501, 2))


def test_positioned_gives_a_mask_over_the_index_order():
    index = SpanIndex([(7, 1, 20, 30), (5, 1, 0, 10)])
    left = np.array([False, True])  # index order is by start: 5 [0, 10), then 7 [20, 30)
    right = np.array([True, False])
    assert positioned("FOLLOWS", left, right, index).tolist() == [False, True]
    assert positioned("PRECEDES", right, left, index).tolist() == [True, False]


def test_index_orders_by_document_start_end_then_id():
    given = [(9, 3, 0, 5), (2, 1, 10, 20), (7, 2, 0, 10), (3, 1, 0, 10), (1, 1, 0, 10),
             Span(6, 1, 0, 20), Span(4, 1, 2, 8), (5, 1, 5, 15), (8, 2, 30, 40)]
    index = SpanIndex(given)
    assert index.ids.tolist() == [1, 3, 6, 4, 5, 2, 7, 8, 9]
    assert index.documents.tolist() == [1, 1, 1, 1, 1, 1, 2, 2, 3]
    assert index.starts.tolist() == [0, 0, 0, 2, 5, 10, 0, 30, 0]
    assert index.ends.tolist() == [10, 10, 20, 8, 15, 20, 10, 40, 5]
    assert index.document_slices == [(0, 6), (6, 8), (8, 9)]
    assert len(index) == 9


def test_spans_and_tuples_build_the_same_index():
    from_spans = SpanIndex([Span(2, 1, 5, 9), Span(1, 1, 0, 4)])
    from_tuples = SpanIndex([(2, 1, 5, 9), (1, 1, 0, 4)])
    for field in ("ids", "documents", "starts", "ends"):
        assert getattr(from_spans, field).tolist() == getattr(from_tuples, field).tolist()
    assert from_spans.ids.tolist() == [1, 2]


def test_mask_marks_the_ids_in_scope_and_ignores_the_others():
    index = SpanIndex([(30, 1, 0, 5), (10, 1, 5, 9), (20, 2, 0, 5)])  # index order: 30, 10, 20
    assert index.mask([10, 20]).tolist() == [False, True, True]
    assert index.mask([30]).tolist() == [True, False, False]
    assert index.mask([5, 15, 25, 99]).tolist() == [False, False, False]  # below, between, above every id
    assert index.mask([]).tolist() == [False, False, False]
    assert index.mask(frozenset({20, 99})).tolist() == [False, False, True]
    assert index.quotation_ids(np.array([True, False, True])) == frozenset({30, 20})


def test_an_empty_index():
    index = SpanIndex([])
    assert len(index) == 0
    assert index.document_slices == []
    assert index.mask([1, 2]).tolist() == []
    assert evaluate(Or((Q, Not(Q))), index, {"q": [1]}.__getitem__) == frozenset()
    assert evaluate(Proximity("CO-OCCURS", Q, Q), index, {"q": [1]}.__getitem__) == frozenset()


def test_not_and_or_over_three_operands():
    index = SpanIndex([(k, 1, 10 * k, 10 * k + 5) for k in range(1, 7)])
    sets = {"a": [1, 2, 3, 4], "b": [2, 3, 4, 5], "c": [3, 4, 6], "d": [6]}
    a, b, c, d = (Operand(name) for name in "abcd")
    operand = sets.__getitem__
    assert evaluate(And((a, b, c)), index, operand) == {3, 4}
    assert evaluate(And((a, c, b)), index, operand) == {3, 4}
    assert evaluate(Or((d, a, b)), index, operand) == {1, 2, 3, 4, 5, 6}
    assert evaluate(Or((a, d, c)), index, operand) == {1, 2, 3, 4, 6}
    assert evaluate(Or((a, b, d)), index, operand) == {1, 2, 3, 4, 5, 6}
    assert evaluate(Not(c), index, operand) == {1, 2, 5}
    assert evaluate(And((a, Not(c))), index, operand) == {1, 2}
    assert evaluate(Not(Or((a, b))), index, operand) == {6}


def test_each_operand_is_asked_once_per_evaluation():
    asked: list[str] = []

    def operand(name):
        asked.append(name)
        return {"a": [1], "b": [2]}[name]

    index = SpanIndex([(1, 1, 0, 5), (2, 1, 5, 9)])
    a, b = Operand("a"), Operand("b")
    assert evaluate(Or((a, And((a, b)), Not(a), b)), index, operand) == {1, 2}
    assert sorted(asked) == ["a", "b"]
