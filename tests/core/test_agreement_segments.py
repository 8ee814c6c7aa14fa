"""Segment agreement (MAXQDA's comparison) and Brennan & Prediger's kappa, counted by hand."""

from __future__ import annotations

import pytest

from qda_app.core.agreement import CodedSpan as S
from qda_app.core.agreement.chance_corrected import brennan_prediger_kappa
from qda_app.core.agreement.segments import SegmentCount, overlap_share, segment_agreement
from qda_app.core.errors import InvalidArgument


@pytest.mark.parametrize(("first", "second", "share"), [
    ((0, 10), (20, 30), 0.0),
    ((0, 10), (10, 20), 0.0),  # touching: no character shared
    ((0, 10), (0, 10), 1.0),
    ((0, 10), (2, 8), 6 / 10),
    ((2, 8), (0, 10), 6 / 10),
    ((0, 10), (5, 15), 5 / 15),
    ((5, 15), (0, 10), 5 / 15),
    ((0, 10), (9, 30), 1 / 30),
])
def test_overlap_share_is_intersection_over_union(first, second, share):
    assert overlap_share(first, second) == pytest.approx(share)


def agreement(spans, *, codes=("x",), documents=(1,), min_overlap=0.9, coders=("A", "B")):
    return segment_agreement(spans, coders=list(coders), codes=list(codes), documents=list(documents),
                             min_overlap=min_overlap)


def test_an_overlap_exactly_at_the_threshold_matches():
    spans = [S("A", 1, "x", 0, 10), S("B", 1, "x", 0, 20)]  # 10 shared of 20: exactly one half
    at = agreement(spans, min_overlap=0.5).codes[0]
    assert (at.matched, at.total) == ((1, 1), (1, 1))
    above = agreement(spans, min_overlap=0.5 + 1e-9).codes[0]
    assert (above.matched, above.total) == ((0, 0), (1, 1))


def test_touching_or_distant_segments_never_match_even_at_zero():
    spans = [S("A", 1, "x", 0, 10), S("B", 1, "x", 10, 20), S("A", 1, "x", 40, 50), S("B", 1, "x", 60, 70)]
    result = agreement(spans, min_overlap=0.0).codes[0]
    assert (result.matched, result.total) == ((0, 0), (2, 2))
    sharing_one = agreement([S("A", 1, "x", 0, 10), S("B", 1, "x", 9, 20)], min_overlap=0.0).codes[0]
    assert sharing_one.matched == (1, 1)


def test_each_coders_segments_are_checked_on_their_own():
    # A [0, 100) holds B's [0, 50) and [50, 100): each of B's shares 50/100 with A's, A's shares
    # 50/100 with each of B's. At 0.5 all three match; at 0.6 none does.
    spans = [S("A", 1, "x", 0, 100), S("B", 1, "x", 0, 50), S("B", 1, "x", 50, 100)]
    half = agreement(spans, min_overlap=0.5).codes[0]
    assert (half.matched, half.total) == ((1, 2), (1, 2))
    assert agreement(spans, min_overlap=0.5).overall == SegmentCount("", (1, 2), (1, 2))
    assert agreement(spans, min_overlap=0.6).codes[0].matched == (0, 0)
    # B [0, 90) matches A at 0.9; B's [95, 100) does not; A's matches through B's first.
    spans = [S("A", 1, "x", 0, 100), S("B", 1, "x", 0, 90), S("B", 1, "x", 95, 100)]
    strict = agreement(spans, min_overlap=0.9).codes[0]
    assert (strict.matched, strict.total) == ((1, 1), (1, 2))


def test_what_is_not_compared_is_left_out():
    spans = [
        S("A", 2, "x", 0, 10),  # another document
        S("A", 1, "z", 0, 10),  # another code
        S("C", 1, "x", 0, 10),  # a third coder
        S("B", 1, "x", 30, 30),  # empty
        S("A", 1, "x", 0, 10), S("B", 1, "x", 0, 10),  # counted: one match each
        S("A", 1, "x", 0, 10),  # the same range again: one segment
    ]
    for left_out in spans[:4]:  # each kind of span left out, alone before the counted ones
        assert agreement([left_out, *spans[4:]]).codes == (SegmentCount("x", (1, 1), (1, 1)),)
    result = agreement(spans)
    assert result.codes == (SegmentCount("x", (1, 1), (1, 1)),)
    assert result.coders == ("A", "B") and result.min_overlap == 0.9


def test_documents_and_codes_are_summed_in_the_order_given():
    spans = [S("A", 1, "x", 0, 10), S("B", 1, "x", 0, 10),
             S("A", 2, "x", 0, 10), S("B", 2, "x", 50, 60),
             S("B", 2, "y", 0, 10), S("B", 2, "y", 20, 30), S("A", 1, "y", 5, 6)]
    result = agreement(spans, codes=("y", "x", "unused", "x"), documents=(2, 1), min_overlap=0.9)
    assert result.codes == (SegmentCount("y", (0, 0), (1, 2)), SegmentCount("x", (1, 1), (2, 2)),
                            SegmentCount("unused", (0, 0), (0, 0)))
    assert result.overall == SegmentCount("", (1, 1), (3, 4))
    # k = 3 codes: p_o = 2/7, kappa = (2/7 - 1/3) / (1 - 1/3)
    assert result.kappa.value == pytest.approx((2 / 7 - 1 / 3) / (2 / 3))


def test_segment_count_fields():
    count = SegmentCount("x", (2, 3), (4, 6))
    assert (count.agreements, count.disagreements, count.segments) == (5, 5, 10)
    assert count.percentage == pytest.approx(0.5)
    assert SegmentCount("x", (0, 0), (0, 0)).percentage is None


def test_coders_are_two_after_repeats_are_dropped():
    spans = [S("A", 1, "x", 0, 10), S("B", 1, "x", 0, 10)]
    assert agreement(spans, coders=("B", "B", "A")).coders == ("B", "A")
    for coders in (("A",), ("A", "A"), ("A", "B", "C")):
        with pytest.raises(InvalidArgument) as caught:
            agreement(spans, coders=coders)
        assert (caught.value.name, caught.value.reason) == ("coders", "segments_two_coders")


@pytest.mark.parametrize("bad", [-0.01, 1.01])
def test_min_overlap_is_a_share_from_zero_to_one(bad):
    with pytest.raises(InvalidArgument) as caught:
        agreement([], min_overlap=bad)
    assert (caught.value.name, caught.value.reason) == ("min_overlap", "percentage")
    assert agreement([S("A", 1, "x", 0, 10), S("B", 1, "x", 0, 10)], min_overlap=1.0).overall.matched == (1, 1)
    assert agreement([S("A", 1, "x", 0, 10), S("B", 1, "x", 5, 10)], min_overlap=0.0).overall.matched == (1, 1)


def test_brennan_prediger_kappa_by_hand():
    assert brennan_prediger_kappa(3, 4, categories=4).value == pytest.approx((3 / 4 - 1 / 4) / (3 / 4))
    assert brennan_prediger_kappa(3, 4, categories=1).value == pytest.approx((3 / 4 - 1 / 2) / (1 / 2))  # k >= 2
    assert brennan_prediger_kappa(3, 4, categories=2).value == pytest.approx(0.5)
    assert brennan_prediger_kappa(4, 4, categories=3).value == pytest.approx(1.0)
    none = brennan_prediger_kappa(0, 0, categories=3)
    assert (none.value, none.reason) == (None, "no_units")
    assert segment_agreement([], coders=["A", "B"], codes=["x"], documents=[1], min_overlap=0.9).kappa.reason == \
        "no_units"
