"""The offset map every transcript edit goes through: expected positions written out by hand."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qda_app.core.text_map import Change, OffsetMap, diff_texts


def test_identity_when_texts_are_equal():
    offsets = diff_texts("same text", "same text")
    assert offsets.is_identity
    assert offsets.map_span(2, 6) == (offsets.map_span(2, 6).__class__(2, 6, False))


def test_typo_fixed_before_a_quotation_shifts_it():
    old = "El alcalde viajo a Lima. Pedimos agua."
    new = "El alcalde viajó mucho a Lima. Pedimos agua."
    offsets = diff_texts(old, new)
    start = old.index("Pedimos")
    mapped = offsets.map_span(start, len(old))
    assert new[mapped.start:mapped.end] == "Pedimos agua."
    assert not mapped.passage_changed


def test_edit_inside_a_quotation_keeps_the_edited_passage():
    old = "uno dos tres cuatro"
    new = "uno dos 3 cuatro"
    offsets = diff_texts(old, new)
    mapped = offsets.map_span(4, 12)  # "dos tres"
    assert new[mapped.start:mapped.end] == "dos 3"
    assert mapped.passage_changed


def test_insertions_at_the_boundaries_stay_outside():
    offsets = OffsetMap([Change(4, 4, 4, 7), Change(8, 8, 11, 13)])
    # "abcdEFGH" -> insert 3 chars at 4 and 2 chars at 8
    mapped = offsets.map_span(4, 8)
    assert (mapped.start, mapped.end, mapped.passage_changed) == (7, 11, False)


def test_insertion_strictly_inside_changes_the_passage():
    offsets = OffsetMap([Change(6, 6, 6, 9)])
    mapped = offsets.map_span(4, 8)
    assert (mapped.start, mapped.end, mapped.passage_changed) == (4, 11, True)


def test_replacement_over_a_boundary_covers_the_whole_replacement():
    offsets = OffsetMap([Change(2, 6, 2, 4)])
    assert offsets.map_span(4, 10) == offsets.map_span(4, 10).__class__(2, 8, True)
    assert offsets.map_span(0, 4).end == 4


def test_deleted_passage_is_lost():
    offsets = OffsetMap([Change(3, 9, 3, 3)])
    mapped = offsets.map_span(4, 8)
    assert mapped.lost and mapped.passage_changed and mapped.start == 3


def test_deletion_ending_at_the_start_does_not_touch():
    offsets = OffsetMap([Change(0, 4, 0, 0)])
    mapped = offsets.map_span(4, 8)
    assert (mapped.start, mapped.end, mapped.passage_changed) == (0, 4, False)


def test_change_starting_at_the_end_does_not_touch():
    offsets = OffsetMap([Change(8, 10, 8, 9)])
    mapped = offsets.map_span(4, 8)
    assert (mapped.start, mapped.end, mapped.passage_changed) == (4, 8, False)


def test_astral_characters_count_as_one_code_point():
    old = "a😀b cita aquí"
    new = "a😀😀b cita aquí"
    offsets = diff_texts(old, new)
    start = old.index("cita")
    mapped = offsets.map_span(start, start + 4)
    assert new[mapped.start:mapped.end] == "cita"


@given(st.text(alphabet="abc é\n", max_size=40), st.text(alphabet="abc é\n", max_size=40),
       st.integers(0, 40), st.integers(0, 40))
def test_unchanged_passages_keep_their_text(old, new, first, second):
    start, end = sorted((min(first, len(old)), min(second, len(old))))
    offsets = diff_texts(old, new)
    mapped = offsets.map_span(start, end)
    assert 0 <= mapped.start <= mapped.end <= len(new)
    if not mapped.passage_changed:
        assert new[mapped.start:mapped.end] == old[start:end]


def test_changes_that_change_nothing_are_dropped():
    assert OffsetMap([Change(3, 3, 5, 5)]).is_identity
    assert not OffsetMap([Change(3, 3, 5, 6)]).is_identity
    assert not OffsetMap([Change(3, 4, 5, 5)]).is_identity


def test_two_separate_edits_give_two_changes_at_their_own_positions():
    offsets = diff_texts("uno dos tres cuatro cinco", "uno DOS tres cuatro cinco seis")
    assert offsets.changes == (Change(4, 7, 4, 7), Change(25, 25, 25, 30))


def test_deletion_and_insertion_positions_by_hand():
    offsets = diff_texts("abcdefghij", "abXYZghij")  # "cdef" -> "XYZ"
    assert offsets.changes == (Change(2, 6, 2, 5),)
    assert [offsets.map_start(p) for p in (0, 2, 3, 6, 8, 10)] == [0, 2, 2, 5, 7, 9]
    assert [offsets.map_end(p) for p in (0, 2, 3, 6, 8, 10)] == [0, 2, 5, 5, 7, 9]


def test_an_insertion_goes_outside_a_range_at_either_boundary():
    offsets = OffsetMap([Change(4, 4, 4, 7)])
    assert offsets.map_start(4) == 7 and offsets.map_end(4) == 4
    assert offsets.map_start(3) == 3 and offsets.map_end(5) == 8
