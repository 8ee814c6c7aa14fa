"""Boundaries of the span arithmetic, each expected value written out by hand."""

from __future__ import annotations

import pytest

from qda_app.core.errors import InvalidRange
from qda_app.core.spans import (
    Utf16Map,
    assign_lanes,
    check_span,
    covered_length,
    intersect_spans,
    merge_spans,
    overlap,
    overlaps,
)


def test_span_ending_at_the_text_end_is_accepted():
    check_span(start=0, end=10, length=10, document=1)
    check_span(start=9, end=10, length=10, document=1)


def test_refused_span_carries_its_fields():
    with pytest.raises(InvalidRange) as caught:
        check_span(start=4, end=11, length=10, document=3)
    assert caught.value.fields == {"document": 3, "start": 4, "end": 11, "length": 10}


def test_overlap_counts_shared_code_points_and_touching_ranges_share_none():
    assert overlap(0, 5, 3, 9) == 2
    assert overlap(0, 5, 5, 9) == 0
    assert overlap(2, 4, 0, 10) == 2
    assert overlap(0, 3, 6, 9) == 0
    assert overlaps(0, 5, 4, 9) and not overlaps(0, 5, 5, 9) and not overlaps(5, 9, 0, 5)


def test_empty_range_before_others_does_not_cut_the_union_short():
    assert merge_spans([(0, 0), (1, 3), (2, 4), (6, 8)]) == [(1, 4), (6, 8)]
    assert merge_spans([(5, 5), (7, 3), (1, 2)]) == [(1, 2)]
    assert covered_length([(0, 0), (1, 3), (2, 4)]) == 3


def test_adjacent_ranges_merge_into_one():
    assert merge_spans([(4, 6), (0, 4)]) == [(0, 6)]
    assert merge_spans([(0, 10), (2, 3)]) == [(0, 10)]


def test_touching_ranges_have_an_empty_intersection():
    assert intersect_spans([(0, 5)], [(5, 8)]) == []
    assert intersect_spans([(0, 5), (10, 12)], [(4, 11)]) == [(4, 5), (10, 11)]
    assert intersect_spans([], [(0, 3)]) == []


def test_lanes_are_numbered_from_zero_upwards():
    # three nested ranges, then one that starts when the first two have closed
    assert assign_lanes([(0, 10), (2, 5), (3, 4), (10, 12)]) == [0, 1, 2, 0]
    assert assign_lanes([(0, 2), (2, 4), (4, 6)]) == [0, 0, 0]
    assert assign_lanes([]) == []


def test_longer_range_takes_the_outer_lane_when_ranges_start_together():
    assert assign_lanes([(0, 3), (0, 9)]) == [1, 0]


def test_empty_range_still_takes_a_lane():
    assert assign_lanes([(3, 3), (3, 5)]) == [1, 0]


def test_surrogate_pair_positions_by_hand():
    mapping = Utf16Map("😀a😀")
    assert [mapping.to_utf16(point) for point in range(4)] == [0, 2, 3, 5]
    assert [mapping.to_code_point(unit) for unit in range(6)] == [0, 0, 1, 2, 2, 3]
    assert mapping.astral_before(0) == 0 and mapping.astral_before(1) == 1 and mapping.astral_before(3) == 2
    assert not mapping.is_identity and Utf16Map("ascii").is_identity


def test_refused_span_without_a_document_says_so():
    with pytest.raises(InvalidRange) as caught:
        check_span(start=0, end=0, length=5)
    assert caught.value.fields["document"] == "?"


def test_empty_range_keeps_its_lane_for_exactly_one_position():
    assert assign_lanes([(3, 3), (3, 3)]) == [0, 1]
    assert assign_lanes([(3, 3), (4, 6)]) == [0, 0]


def test_text_without_astral_characters_has_none_before_any_position():
    assert Utf16Map("abc").astral_before(2) == 0
    assert Utf16Map("ñandú").astral_before(5) == 0
