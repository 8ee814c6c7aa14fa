"""Document selection, bootstrap intervals, coder matrices, pooling and thresholds."""

from __future__ import annotations

import random

import pytest

from qda_app.core.agreement import (
    NO_RESAMPLES,
    NO_UNITS,
    NO_VARIATION,
    NOT_AVAILABLE,
    RELIABLE,
    TENTATIVE,
    UNRELIABLE,
    BinaryTally,
    CodedSpan,
    Coefficient,
    alpha_binary,
    alpha_binary_from,
    bootstrap_interval,
    classify_reliability,
    code_tallies,
    combine_tallies,
    documents_coded_by_all,
    pairwise_matrix,
    pooled,
)

S = CodedSpan


def _noisy_coding(seed: int, documents: int = 30):
    generator = random.Random(seed)
    lengths = {f"doc{i}": generator.randint(200, 800) for i in range(documents)}
    spans = []
    for document, length in lengths.items():
        for _ in range(6):
            start = generator.randrange(length - 50)
            end = start + generator.randint(10, 50)
            spans.append(S("A", document, "X", start, end))
            jittered_start = max(0, start + generator.randint(-8, 8))
            jittered_end = min(length, max(jittered_start, end + generator.randint(-8, 8)))
            spans.append(S("B", document, "X", jittered_start, jittered_end))
    return spans, lengths


def test_documents_coded_by_all():
    spans = [S("A", 2, "X", 0, 1), S("B", 2, "Y", 3, 4), S("A", 1, "X", 0, 1),
             S("A", "n", "X", 0, 1), S("B", "n", "X", 0, 1), S("C", 3, "X", 0, 1),
             S("B", 1, "X", 2, 2)]  # an empty span codes nothing
    assert documents_coded_by_all(spans, ["A", "B"]) == (2, "n")
    assert documents_coded_by_all(spans, []) == ()


def _alpha_over(tallies, coders=2):
    return lambda documents: alpha_binary_from(
        combine_tallies((tallies[d] for d in documents), BinaryTally.empty(coders)))


def test_tallies_reproduce_the_direct_computation():
    spans, lengths = _noisy_coding(1)
    tallies = code_tallies(spans, lengths=lengths, code="X", coders=["A", "B"])
    assert _alpha_over(tallies)(list(lengths)) == alpha_binary(
        spans, lengths=lengths, code="X", coders=["A", "B"])


def test_bootstrap_is_reproducible_and_brackets_the_estimate():
    spans, lengths = _noisy_coding(2)
    tallies = code_tallies(spans, lengths=lengths, code="X", coders=["A", "B"])
    first = bootstrap_interval(_alpha_over(tallies), list(lengths), resamples=400, seed=11)
    again = bootstrap_interval(_alpha_over(tallies), reversed(list(lengths)), resamples=400,
                               seed=11)
    other = bootstrap_interval(_alpha_over(tallies), list(lengths), resamples=400, seed=12)
    assert first == again
    assert (first.low, first.high) != (other.low, other.high)
    assert first.low <= first.estimate.value <= first.high
    assert 0 < first.high - first.low < 0.5
    assert (first.seed, first.resamples, first.confidence, first.valid_resamples) == \
        (11, 400, 0.95, 400)


def test_bootstrap_with_direct_function_counts_repeated_documents():
    spans, lengths = _noisy_coding(3, documents=8)

    def compute(documents):
        # Rename repeated documents so that each repetition counts as its own continuum.
        renamed = {(d, i): lengths[d] for i, d in enumerate(documents)}
        copies = [S(s.coder, (s.document, i), s.code, s.start, s.end)
                  for i, d in enumerate(documents) for s in spans if s.document == d]
        return alpha_binary(copies, lengths=renamed, code="X", coders=["A", "B"])

    tallies = code_tallies(spans, lengths=lengths, code="X", coders=["A", "B"])
    direct = bootstrap_interval(compute, lengths, resamples=50, seed=5)
    fast = bootstrap_interval(_alpha_over(tallies), lengths, resamples=50, seed=5)
    assert direct.low == pytest.approx(fast.low)
    assert direct.high == pytest.approx(fast.high)


def test_bootstrap_without_values_says_so():
    result = bootstrap_interval(lambda documents: Coefficient(None, NO_VARIATION), ["a", "b"],
                                resamples=20, seed=0)
    assert (result.low, result.high, result.reason) == (None, None, NO_RESAMPLES)


def test_pairwise_matrix_is_symmetric_and_uses_each_pair():
    spans = [S("A", "d", "X", 0, 4), S("B", "d", "X", 2, 6), S("C", "d", "X", 0, 4)]
    seen = []

    def compute(pair):
        seen.append(pair)
        return alpha_binary(spans, lengths={"d": 10}, code="X", coders=pair)

    matrix = pairwise_matrix(compute, ["A", "B", "C"])
    assert len(seen) == 3
    assert matrix.get("A", "C").value == 1.0
    assert matrix.get("B", "A") == matrix.get("A", "B")
    assert matrix.get("A", "B").value == pytest.approx(31 / 120)
    assert matrix.get("B", "B") is None


def test_pooled():
    parts = [Coefficient(0.5, None, 0.1, 0.2), Coefficient(None, NO_VARIATION, 0.0, 0.0),
             Coefficient(0.0, None, 0.3, 0.3), Coefficient(None, NO_UNITS)]
    assert pooled(parts).value == pytest.approx(1 - 0.4 / 0.5)
    assert pooled([]).reason == NO_UNITS
    assert pooled([Coefficient(None, NO_VARIATION, 0.0, 0.0)]).reason == NO_VARIATION


@pytest.mark.parametrize(("value", "verdict"), [
    (1.0, RELIABLE), (0.8, RELIABLE), (0.7999999999999999, RELIABLE), (0.799, TENTATIVE),
    (0.667, TENTATIVE), (0.6669, UNRELIABLE), (-0.3, UNRELIABLE), (None, NOT_AVAILABLE),
    (Coefficient(None, NO_VARIATION), NOT_AVAILABLE), (Coefficient(0.9), RELIABLE),
])
def test_classify_reliability(value, verdict):
    assert classify_reliability(value) == verdict


def test_coefficient_refuses_nan():
    with pytest.raises(ValueError):
        Coefficient(float("nan"))
    with pytest.raises(ValueError):
        Coefficient(None)
