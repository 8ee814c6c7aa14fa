"""Per-code agreement on characters: alpha-binary, percentage agreement, Cohen's kappa."""

from __future__ import annotations

import math
import random
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score
from test_agreement_reference import binary_labels, percent_agreement, u_family

from qda_app.core.agreement import (
    NO_CODING,
    NO_UNITS,
    NO_VARIATION,
    NOT_TWO_CODERS,
    SINGLE_CODER,
    CodedSpan,
    agreement_by_code,
    alpha_binary,
    code_agreement,
    cohen_kappa_characters,
    percent_agreement_characters,
)
from qda_app.core.errors import InvalidRange

S = CodedSpan


def test_hand_computed_two_coders():
    # L = 10, A codes [0,4), B codes [2,6). l.. = 20, coded C = 8, gaps G = 12.
    # Disagreeing characters 0,1,4,5 -> l_∅1 = 4. S = 4² + 4² + 12 = 44.
    # e_∅1 = 20·12·8 / (400 - 44) = 1920/356; |u-alpha = 1 - 4·356/1920 = 31/120.
    spans = [S("A", "d", "X", 0, 4), S("B", "d", "X", 2, 6)]
    args = dict(lengths={"d": 10}, code="X", coders=["A", "B"])
    assert alpha_binary(spans, **args).value == pytest.approx(31 / 120)
    assert percent_agreement_characters(spans, **args).value == pytest.approx(0.6)
    # NVivo: TA = 6, ΣEF = 4·4/10 + 6·6/10 = 5.2, K = 0.8 / 4.8.
    assert cohen_kappa_characters(spans, **args).value == pytest.approx(1 / 6)


def test_hand_computed_three_coders():
    # L = 4: A [0,2), B [0,2), C [1,3). Per character N = 2, 3, 1, 0 coders coding:
    # Σ N(m-N) = 2+0+2+0 = 4 -> l_∅1 = 4/2 = 2. P = 12, C = 6, G = 6, S = 3·4 + 6 = 18.
    # e_∅1 = 12·6·6 / 126 = 24/7 -> |u-alpha = 1 - 2·7/24 = 5/12.
    spans = [S("A", 1, "X", 0, 2), S("B", 1, "X", 0, 2), S("C", 1, "X", 1, 3)]
    args = dict(lengths={1: 4}, code="X", coders=["A", "B", "C"])
    assert alpha_binary(spans, **args).value == pytest.approx(5 / 12)
    # Agreeing pairs per character: 1, 3, 1, 3 of 3 -> 8/12.
    assert percent_agreement_characters(spans, **args).value == pytest.approx(2 / 3)
    assert cohen_kappa_characters(spans, **args).reason == NOT_TWO_CODERS


def test_touching_spans_are_two_units_overlapping_ones_one():
    # Same characters coded, but two touching units have fewer self-pairs (S) than one.
    one = [S("A", "d", "X", 0, 6), S("B", "d", "X", 0, 4)]
    touching = [S("A", "d", "X", 0, 3), S("A", "d", "X", 3, 6), S("B", "d", "X", 0, 4)]
    overlapping = [S("A", "d", "X", 0, 4), S("A", "d", "X", 2, 6), S("B", "d", "X", 0, 4)]
    args = dict(lengths={"d": 12}, code="X", coders=["A", "B"])
    assert alpha_binary(overlapping, **args) == alpha_binary(one, **args)
    assert alpha_binary(touching, **args).value != pytest.approx(alpha_binary(one, **args).value)


def test_identical_coders_agree_perfectly():
    spans = [S(c, d, "X", 3, 9) for c in "AB" for d in ("a", "b")]
    result = code_agreement(spans, lengths={"a": 20, "b": 15}, code="X", coders=["A", "B"])
    assert result.alpha_binary.value == 1.0
    assert result.cohen_kappa.value == 1.0
    assert result.percent_agreement.value == 1.0
    assert result.coded_characters == (("A", 12), ("B", 12))


@pytest.mark.parametrize(("spans", "lengths", "coders", "reason"), [
    ([], {"d": 10}, ["A", "B"], NO_CODING),
    ([S("A", "d", "X", 0, 10), S("B", "d", "X", 0, 10)], {"d": 10}, ["A", "B"], NO_VARIATION),
    ([S("A", "d", "X", 0, 4)], {"d": 10}, ["A"], SINGLE_CODER),
    ([S("A", "d", "X", 0, 4)], {"d": 10}, ["A", "A"], SINGLE_CODER),
    ([], {}, ["A", "B"], NO_UNITS),
    ([], {"d": 0}, ["A", "B"], NO_UNITS),
])
def test_undefined_alpha_binary_has_a_reason(spans, lengths, coders, reason):
    result = alpha_binary(spans, lengths=lengths, code="X", coders=coders)
    assert result.value is None
    assert result.reason == reason


def test_kappa_without_variation_is_undefined_not_one():
    spans = [S("A", "d", "X", 0, 10), S("B", "d", "X", 0, 10)]
    result = cohen_kappa_characters(spans, lengths={"d": 10}, code="X", coders=["A", "B"])
    assert (result.value, result.reason) == (None, NO_VARIATION)


def test_other_codes_coders_and_documents_are_ignored():
    spans = [S("A", "d", "X", 0, 4), S("B", "d", "X", 2, 6), S("B", "d", "Y", 0, 10),
             S("C", "d", "X", 5, 9), S("A", "other", "X", 0, 99)]
    assert alpha_binary(spans, lengths={"d": 10}, code="X", coders=["A", "B"]).value == \
        pytest.approx(31 / 120)


def test_span_beyond_document_is_refused():
    with pytest.raises(InvalidRange):
        alpha_binary([S("A", "d", "X", 5, 11)], lengths={"d": 10}, code="X",
                     coders=["A", "B"])


def test_invalid_span_cannot_be_built():
    with pytest.raises(ValueError):
        S("A", "d", "X", 5, 4)


# --- random cases against the per-character references --------------------------------------

@st.composite
def coded_documents(draw, *, max_coders=4, codes=("X", "Y")):
    documents = draw(st.lists(st.integers(0, 25), min_size=1, max_size=3))
    lengths = {f"doc{index}": length for index, length in enumerate(documents)}
    coders = [f"c{index}" for index in range(draw(st.integers(2, max_coders)))]
    spans = []
    for document, length in lengths.items():
        if length == 0:
            continue
        for coder in coders:
            for _ in range(draw(st.integers(0, 4))):
                start = draw(st.integers(0, length - 1))
                end = draw(st.integers(start, length))
                spans.append(S(coder, document, draw(st.sampled_from(codes)), start, end))
    return spans, lengths, coders


@settings(max_examples=300, deadline=None)
@given(coded_documents())
def test_alpha_binary_and_percent_agreement_match_brute_force(case):
    spans, lengths, coders = case
    reference = u_family(spans, lengths=lengths, coders=coders, codes=["X"])
    result = alpha_binary(spans, lengths=lengths, code="X", coders=coders)
    if reference["binary"] is None:
        assert result.value is None and result.reason is not None
    else:
        assert result.value == pytest.approx(reference["binary"], abs=1e-9)
    agreement = percent_agreement_characters(spans, lengths=lengths, code="X", coders=coders)
    if sum(lengths.values()) == 0:
        assert agreement.reason == NO_UNITS
    else:
        assert agreement.value == pytest.approx(
            percent_agreement(spans, lengths=lengths, coders=coders, code="X"), abs=1e-12)


@settings(max_examples=100, deadline=None)
@given(coded_documents(), st.randoms(use_true_random=False))
def test_symmetric_in_coders_and_invariant_to_document_order(case, shuffler):
    spans, lengths, coders = case
    expected = alpha_binary(spans, lengths=lengths, code="X", coders=coders)
    shuffled_coders = list(coders)
    shuffler.shuffle(shuffled_coders)
    shuffled_documents = list(lengths.items())
    shuffler.shuffle(shuffled_documents)
    shuffled_spans = list(spans)
    shuffler.shuffle(shuffled_spans)
    again = alpha_binary(shuffled_spans, lengths=dict(shuffled_documents), code="X",
                         coders=shuffled_coders)
    assert again.reason == expected.reason
    if expected.value is not None:
        assert again.value == pytest.approx(expected.value, abs=1e-12)


def test_kappa_matches_sklearn_on_random_cases():
    generator = random.Random(20240611)
    checked = 0
    for _ in range(60):
        lengths = {f"d{i}": generator.randint(1, 200) for i in range(generator.randint(1, 4))}
        spans = [S(coder, document, "X", start, start + generator.randint(0, length - start))
                 for document, length in lengths.items() for coder in "AB"
                 for start in [generator.randrange(length)
                               for _ in range(generator.randint(0, 5))]]
        ours = cohen_kappa_characters(spans, lengths=lengths, code="X", coders=["A", "B"])
        first = binary_labels(spans, lengths=lengths, coder="A", code="X")
        second = binary_labels(spans, lengths=lengths, coder="B", code="X")
        if len(set(first) | set(second)) < 2:
            assert ours.reason == NO_VARIATION
            continue
        theirs = cohen_kappa_score(first, second)
        assert not math.isnan(theirs)
        assert ours.value == pytest.approx(theirs, abs=1e-12)
        checked += 1
    assert checked > 40


def test_agreement_by_code_equals_code_by_code():
    generator = random.Random(7)
    lengths = {d: generator.randint(50, 300) for d in range(5)}
    spans = []
    for document, length in lengths.items():
        for _ in range(40):
            start = generator.randrange(length)
            spans.append(S(generator.choice("AB"), document, generator.choice("XYZ"), start,
                           min(length, start + generator.randint(1, 30))))
    together = agreement_by_code(spans, lengths=lengths, codes=["X", "Y", "Z", "unused"],
                                 coders=["A", "B"])
    for code in "XYZ":
        assert together[code] == code_agreement(spans, lengths=lengths, code=code,
                                                coders=["A", "B"])
    assert together["unused"].alpha_binary.reason == NO_CODING
    assert together["unused"].percent_agreement.value == 1.0


def test_exact_fraction_arithmetic_keeps_large_documents_precise():
    # Big integers must not lose precision before the final division.
    length = 10**9
    spans = [S("A", "d", "X", 0, length // 2), S("B", "d", "X", 1, length // 2)]
    result = alpha_binary(spans, lengths={"d": length}, code="X", coders=["A", "B"])
    pairable, coded, gap = 2 * length, length - 1, length + 1
    self_pairs = (length // 2) ** 2 + (length // 2 - 1) ** 2 + gap
    exact = 1 - Fraction(2 * 1, pairable) / Fraction(2 * gap * coded, pairable * pairable
                                                     - self_pairs)
    assert result.value == pytest.approx(float(exact), rel=1e-12)
