from __future__ import annotations

import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from qda_app.services.importers import normalise_text
from qda_app.services.importers.normalise import join_blocks, normalise_with_report

# Text rich in what normalisation touches: line breaks of every kind, controls, BOMs,
# combining accents, surrogate halves, spaces and tabs.
_TRICKY = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("ab \t\n\r\x00\x01\x0b\x0c\x1b\x7f\x85\x9f\u2028\u2029\ufeff"
                             "\u0301\u0303\u00e9\u00a0\u200d\ud83d\ude00\ud800\udfff\ufffe")),
        st.characters(),
    ),
    max_size=200,
)


def test_line_breaks_become_newlines() -> None:
    assert normalise_text("a\r\nb\rc\u2028d\u2029e\x85f") == "a\nb\nc\nd\ne\nf"


def test_nfc() -> None:
    assert normalise_text("Sa\u0303o Paulo, corac\u0327a\u0303o") == "São Paulo, coração"
    assert unicodedata.is_normalized("NFC", normalise_text("e\u0301"))


def test_controls_and_boms_removed_tab_kept() -> None:
    text, warnings = normalise_with_report("\ufeffa\x00b\tc\ufeffd\x1b[0m")
    assert text == "ab\tcd[0m"
    assert warnings == ("control characters removed (4)",)


def test_control_between_letter_and_accent_still_gives_nfc() -> None:
    # Removing the NUL makes "e" + combining acute adjacent: NFC must run after removal.
    assert normalise_text("e\x00\u0301") == "é"


def test_blank_lines_and_trailing_spaces() -> None:
    raw = "\n\n  \nfirst line   \nsecond\t\n\n\n\n \t \nthird \n\n\n"
    assert normalise_text(raw) == "first line\nsecond\n\nthird"


def test_leading_indentation_of_first_line_kept() -> None:
    assert normalise_text("\n\n   indented") == "   indented"


def test_surrogate_pairs_joined_lone_halves_dropped() -> None:
    assert normalise_text("x\ud83d\ude00y\ud800z") == "x\U0001F600yz"


def test_only_whitespace_is_empty() -> None:
    assert normalise_text(" \r\n\t \u2028 \ufeff") == ""


@given(_TRICKY)
@example("e\x00\u0301")
@example("a \x00\n")
@example("\r\x00\n")
def test_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once


@given(_TRICKY)
def test_output_invariants(text: str) -> None:
    result = normalise_text(text)
    assert "\r" not in result and "\n\n\n" not in result
    assert not result.startswith("\n") and not result.endswith("\n")
    assert [char for char in result
            if char not in "\t\n" and unicodedata.category(char).startswith(("Cc", "Cs"))] == []
    assert "\ufeff" not in result
    assert unicodedata.is_normalized("NFC", result)
    assert all(line == line.rstrip() for line in result.split("\n"))


@given(st.lists(_TRICKY, max_size=6))
def test_join_blocks_is_normalised_and_starts_point_at_blocks(blocks: list[str]) -> None:
    text, starts, _ = join_blocks(blocks)
    assert normalise_text(text) == text
    assert len(starts) == len(blocks)
    assert list(starts) == sorted(starts)
    for block, start in zip(blocks, starts):
        normalised = normalise_text(block)
        assert 0 <= start <= len(text)
        if normalised:
            assert text[start : start + len(normalised)] == normalised


def test_join_blocks_empty_page_points_at_next_page() -> None:
    text, starts, _ = join_blocks(["one", "", "three", ""])
    assert text == "one\n\nthree"
    assert starts == (0, 5, 5, 10)
