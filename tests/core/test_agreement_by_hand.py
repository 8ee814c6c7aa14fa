"""Small agreement cases counted by hand: Krippendorff's alpha per level, Fleiss' kappa,
the document bootstrap's contract and the coder matrix."""

from __future__ import annotations

import pytest

from qda_app.core.agreement import BinaryTally, Coefficient, bootstrap_interval, krippendorff_alpha
from qda_app.core.agreement.chance_corrected import brennan_prediger_kappa, fleiss_kappa_from
from qda_app.core.agreement.comparisons import BootstrapInterval, _quantile, pairwise_matrix
from qda_app.core.errors import InvalidArgument

# Coders A and B over four units with values 1-3:
#   u1: 1, 2   u2: 2, 2   u3: 3, 3   u4: 1, 3
# Coincidences: o12 = o21 = 1, o22 = 2, o33 = 2, o13 = o31 = 1; n = 8; n1 = 2, n2 = 3, n3 = 3.
THREE_VALUES = [[1, 2, 3, 1], [2, 2, 3, 3]]


def test_nominal_alpha_keeps_its_disagreements():
    # u1: 1, 1 / u2: 1, 2 / u3: 2, 2: n = 6, n1 = n2 = 3, two disagreeing coincidences.
    result = krippendorff_alpha([[1, 1, 2], [1, 2, 2]], level="nominal")
    assert result.observed == pytest.approx(2 / 6)
    assert result.expected == pytest.approx(2 * 3 * 3 / (6 * 5))
    assert result.value == pytest.approx(4 / 9)


def test_ordinal_alpha_of_three_values_by_hand():
    # δ²12 = (2 + 3 - 5/2)² = 6.25, δ²13 = (2 + 3 + 3 - 5/2)² = 30.25, δ²23 = (3 + 3 - 3)² = 9.
    result = krippendorff_alpha(THREE_VALUES, level="ordinal")
    assert result.observed == pytest.approx((2 * 6.25 + 2 * 30.25) / 8)
    assert result.expected == pytest.approx(2 * (6 * 6.25 + 6 * 30.25 + 9 * 9) / (8 * 7))
    assert result.value == pytest.approx(89 / 600)


def test_interval_alpha_of_three_values_by_hand():
    # δ²12 = 1, δ²13 = 4, δ²23 = 1.
    result = krippendorff_alpha(THREE_VALUES, level="interval")
    assert result.observed == pytest.approx((2 * 1 + 2 * 4) / 8)
    assert result.expected == pytest.approx(2 * (6 * 1 + 6 * 4 + 9 * 1) / (8 * 7))
    assert result.value == pytest.approx(4 / 39)


def test_ratio_alpha_of_three_values_by_hand():
    # δ² = ((c - k) / (c + k))²: 12 -> 1/9, 13 -> 1/4, 23 -> 1/25.
    result = krippendorff_alpha(THREE_VALUES, level="ratio")
    observed = (2 * (1 / 9) + 2 * (1 / 4)) / 8
    expected = 2 * (6 * (1 / 9) + 6 * (1 / 4) + 9 * (1 / 25)) / (8 * 7)
    assert result.observed == pytest.approx(observed)
    assert result.value == pytest.approx(1 - observed / expected)


def test_an_unknown_level_is_refused_naming_the_levels():
    with pytest.raises(InvalidArgument) as caught:
        krippendorff_alpha(THREE_VALUES, level="metric")
    assert (caught.value.name, caught.value.reason) == ("level", "use_one_of")
    assert caught.value.choices == ("nominal", "ordinal", "interval", "ratio")


def test_fleiss_kappa_of_two_coders_by_hand():
    # 10 characters, coders code 4 and 2 of them, 2 characters one coded and the other not:
    # 1 - P̄ = 2 / 10, p = 6 / 20, P̄_e = 0.3² + 0.7² = 0.58.
    result = fleiss_kappa_from(BinaryTally(coders=2, length=10, coded_by_coder=(4, 2), disagreeing=2,
                                           self_pairs=20))
    assert (result.observed, result.expected) == (pytest.approx(0.2), pytest.approx(0.42))
    assert result.value == pytest.approx(1 - 0.2 / 0.42)
    # One character, coded by one coder of two: P̄ = 0, p = 1/2, P̄_e = 1/2.
    assert fleiss_kappa_from(BinaryTally(2, 1, (1, 0), 1, 1)).value == pytest.approx(-1.0)
    single = fleiss_kappa_from(BinaryTally(1, 10, (4,), 0, 16))
    empty = fleiss_kappa_from(BinaryTally(2, 0, (0, 0), 0, 0))
    assert (single.value, single.reason, empty.value, empty.reason) == (None, "single_coder", None, "no_units")


def test_brennan_prediger_of_a_single_segment():
    assert brennan_prediger_kappa(1, 1, categories=2).value == pytest.approx(1.0)
    assert brennan_prediger_kappa(0, 1, categories=2).value == pytest.approx(-1.0)


@pytest.mark.parametrize(("probability", "expected"), [
    (0.0, 1.0), (0.1, 1.4), (0.5, 3.0), (0.9, 4.6), (1.0, 5.0),
])
def test_quantile_is_numpys_linear_interpolation(probability, expected):
    assert _quantile([1.0, 2.0, 3.0, 4.0, 5.0], probability) == pytest.approx(expected)


def test_quantile_of_one_and_two_values():
    assert _quantile([7.0], 0.3) == 7.0
    assert _quantile([0.0, 10.0], 0.25) == pytest.approx(2.5)


class Scripted:
    """A ``compute`` that records what it is given and answers from a script."""

    def __init__(self, estimate, *values):
        self.answers = [estimate, *values]
        self.calls: list[list] = []

    def __call__(self, documents):
        self.calls.append(list(documents))
        return self.answers[min(len(self.calls) - 1, len(self.answers) - 1)]


def test_bootstrap_sorts_documents_draws_as_many_and_takes_percentiles():
    compute = Scripted(0.5, 3.0, 1.0, 5.0, 2.0, 4.0)
    result = bootstrap_interval(compute, ["b", 2, "a", 1, 2], resamples=5, seed=9, confidence=0.8)
    assert compute.calls[0] == [1, 2, "a", "b"]  # numbers before names
    assert [len(call) for call in compute.calls[1:]] == [4] * 5
    assert all(set(call) <= {1, 2, "a", "b"} for call in compute.calls[1:])
    assert result == BootstrapInterval(Coefficient(0.5), pytest.approx(1.4), pytest.approx(4.6), 0.8, 5, 9, 5)


def test_bootstrap_defaults_and_estimates():
    compute = Scripted(Coefficient(0.7), 0.7)
    result = bootstrap_interval(compute, [1, 2])
    assert (result.resamples, result.seed, result.confidence, result.valid_resamples) == (1000, 0, 0.95, 1000)
    assert len(compute.calls) == 1001 and result.estimate == Coefficient(0.7)
    nothing = bootstrap_interval(Scripted(None, None), [1, 2], resamples=3, seed=4, confidence=0.9)
    assert nothing == BootstrapInterval(Coefficient(None, "no_value"), None, None, 0.9, 3, 4, 0, "no_resamples")
    one = bootstrap_interval(Scripted(0.25, 0.25), [1], resamples=1, seed=2)
    assert (one.low, one.high, one.valid_resamples) == (0.25, 0.25, 1)


@pytest.mark.parametrize(("options", "name", "reason"), [
    ({"resamples": 0}, "resamples", "at_least_one"),
    ({"confidence": 0.0}, "confidence", "between_zero_and_one"),
    ({"confidence": 1.0}, "confidence", "between_zero_and_one"),
    ({"confidence": 1.5}, "confidence", "between_zero_and_one"),
])
def test_bootstrap_refuses_bad_options(options, name, reason):
    with pytest.raises(InvalidArgument) as caught:
        bootstrap_interval(Scripted(0.5), [1], **options)
    assert (caught.value.name, caught.value.reason) == (name, reason)


def test_pairwise_matrix_names_each_coder_once():
    asked = []
    matrix = pairwise_matrix(lambda pair: asked.append(pair) or Coefficient(float(len(asked))), ["A", "B", "A", "C"])
    assert matrix.coders == ("A", "B", "C")
    assert asked == [("A", "B"), ("A", "C"), ("B", "C")]
    assert matrix.get("C", "A") == Coefficient(2.0) and matrix.get("B", "B") is None
