from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qda_app.core.errors import InvalidRange
from qda_app.core.spans import (
    Utf16Map,
    assign_lanes,
    check_span,
    covered_length,
    intersect_spans,
    merge_spans,
    overlap,
)

text_with_astral = st.text(
    alphabet=st.sampled_from(list("ab ñé\n😀𝄞中") + ["\u200d"]), max_size=60
)


@given(text_with_astral)
def test_utf16_round_trip_matches_python_encoding(text):
    mapping = Utf16Map(text)
    for code_point in range(len(text) + 1):
        utf16 = mapping.to_utf16(code_point)
        assert utf16 == len(text[:code_point].encode("utf-16-le")) // 2
        assert mapping.to_code_point(utf16) == code_point


def test_position_inside_surrogate_pair_snaps_to_character_start():
    mapping = Utf16Map("a😀b")
    assert mapping.to_code_point(2) == 1  # between the two halves of the emoji
    assert mapping.to_code_point(3) == 2


@pytest.mark.parametrize("start,end", [(-1, 2), (3, 3), (5, 2), (0, 11)])
def test_check_span_refuses_ranges_outside_or_empty(start, end):
    with pytest.raises(InvalidRange):
        check_span(start=start, end=end, length=10, document=1)


spans = st.lists(st.tuples(st.integers(0, 50), st.integers(1, 20)).map(lambda p: (p[0], p[0] + p[1])), max_size=40)


@given(spans)
def test_lanes_never_put_overlapping_spans_together(items):
    lanes = assign_lanes(items)
    for i, a in enumerate(items):
        for j, b in enumerate(items):
            if i < j and overlap(*a, *b) > 0:
                assert lanes[i] != lanes[j]
    # compact: lanes used are 0..max without gaps bigger than the maximum overlap depth
    if items:
        depth = max(sum(1 for s, e in items if s <= point < e) for point in range(0, 71))
        assert max(lanes) + 1 <= max(depth, 1)


@given(spans, spans)
def test_intersection_and_union_agree_with_per_character_sets(first, second):
    chars_a = {c for s, e in first for c in range(s, e)}
    chars_b = {c for s, e in second for c in range(s, e)}
    assert covered_length(first) == len(chars_a)
    merged = merge_spans(first)
    assert all(a[1] < b[0] for a, b in zip(merged, merged[1:]))
    assert sum(e - s for s, e in intersect_spans(first, second)) == len(chars_a & chars_b)
