"""The vectorised bootstrap on sums written out by hand: draws, intervals, undefined resamples.

The worked case is the one of tests/cli/test_team_cli.py, counted by hand: one document of
400 characters, coders Ana and Luis, domain {Dependencia (D), Viajes (V)}.
Ana: D [0, 40), V [100, 160). Luis: D [5, 40), D [100, 160).
"""

from __future__ import annotations

import warnings
from collections import Counter

import numpy as np
import pytest

from qda_app.core.agreement import CodedSpan as S
from qda_app.core.agreement import resampling
from qda_app.core.agreement.characters import domain_tallies_by_document
from qda_app.core.agreement.comparisons import BootstrapInterval
from qda_app.core.agreement.results import Coefficient
from qda_app.core.errors import InvalidArgument

SPANS = [S("Ana", 1, "D", 0, 40), S("Ana", 1, "V", 100, 160), S("Luis", 1, "D", 5, 40), S("Luis", 1, "D", 100, 160)]

# Per character: both code D on [5, 40) (35 agreeing pairs, 35 coded pairs); [100, 160) both
# code, D against V (60 coded pairs); [0, 5) only Ana (5 disagreeing pairs).
HAND = {
    "length": 400, "coded": 100 + 95, "disagreeing": 5, "coded_pairs": 35 + 60, "violations": 0,
    "binary_self_pairs": 40 ** 2 + 60 ** 2 + 35 ** 2 + 60 ** 2,  # the domain's units, any code
    "margin": (40 + 35 + 60, 60),  # coded characters per code
    "self_pairs": (40 ** 2 + 35 ** 2 + 60 ** 2, 60 ** 2),  # squared unit lengths per code
    "agreeing": (35, 0),
    "intersecting": (2 * 35 + 60, 60),  # n_k (N - 1) per character
    "squares": (35 ** 2 + 35 ** 2 + 60 ** 2, 60 ** 2),  # each unit's overlap with the other coder, squared
}
U_ALPHA = 1 - (130 / 800) / ((800 ** 2 - 605 ** 2 - 135 ** 2 - 60 ** 2) / (800 ** 2 - 10630))
CU_ALPHA = 1 - (120 / 190) / ((190 ** 2 - 130 ** 2 - 60 ** 2) / (190 ** 2 - 9650))
ALPHA_BINARY = 1 - (10 / 800) / (2 * 605 * 195 / (800 ** 2 - 10630))


def columns(*cases):
    """Sums of several resamples (one dict per resample) as resampling's arrays."""
    names = cases[0].keys()
    return {name: np.array([case[name] for case in cases], dtype=np.float64) for name in names}


def test_the_tallies_of_the_worked_case_are_the_hand_counts():
    pool, counts = [1], np.array([[1.0], [0.0], [3.0]])
    tallies = domain_tallies_by_document(SPANS, lengths={1: 400}, domains={"C": ["D", "V"]},
                                         coders=["Ana", "Luis"])["C"]
    sums = resampling.domain_sums(tallies, pool, counts, variant="sum_squared")
    for name, value in HAND.items():
        if isinstance(value, tuple):
            assert sums[name].tolist() == [list(value), [0] * len(value), [3 * item for item in value]], name
        else:
            assert sums[name].tolist() == [value, 0, 3 * value], name
    other = resampling.domain_sums(tallies, pool, counts, variant="per_coder")
    assert other["squares"][0].tolist() == [35 ** 2 + 35 ** 2 + 60 ** 2, 60 ** 2]  # two coders: the same


def test_coefficients_of_the_worked_case_and_of_undefined_resamples():
    nobody = {**HAND, "coded": 0, "disagreeing": 0, "coded_pairs": 0, "margin": (0, 0), "self_pairs": (0, 0),
              "agreeing": (0, 0), "intersecting": (0, 0), "squares": (0, 0), "binary_self_pairs": 0}
    one_character = {**HAND, "coded": 1, "disagreeing": 1, "coded_pairs": 0, "margin": (1, 0),
                     "self_pairs": (1, 0), "agreeing": (0, 0), "intersecting": (0, 0), "squares": (0, 0),
                     "binary_self_pairs": 1}
    violated = {**HAND, "violations": 1}
    empty = {name: (0, 0) if isinstance(value, tuple) else 0 for name, value in HAND.items()}
    # One character: Ana codes it D, Luis V.
    one_long = {**HAND, "length": 1, "coded": 2, "disagreeing": 0, "coded_pairs": 1, "margin": (1, 1),
                "self_pairs": (1, 1), "agreeing": (0, 0), "intersecting": (1, 1), "squares": (1, 1),
                "binary_self_pairs": 2}
    sums = columns(HAND, nobody, one_character, violated, empty, one_long)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # undefined resamples are NaN, silently
        u = resampling.u_alpha(sums, 2)
        cu = resampling.cu_alpha(sums)
        binary = resampling.alpha_binary({**sums, "self_pairs": sums["binary_self_pairs"]}, 2)
    assert u.values[0] == pytest.approx(U_ALPHA)
    assert cu.values[0] == pytest.approx(CU_ALPHA)
    assert binary.values[0] == pytest.approx(ALPHA_BINARY)
    assert u.observed[0] == pytest.approx(130 / 800) and cu.observed[0] == pytest.approx(120 / 190)
    # Nobody coded: u- and cu-alpha undefined; |u-alpha undefined too, with nothing to pool.
    assert np.isnan(u.values[1]) and np.isnan(u.observed[1]) and np.isnan(cu.values[1])
    assert np.isnan(binary.values[1]) and (binary.observed[1], binary.expected[1]) == (0.0, 0.0)
    # One coded character (Ana's), no overlap: u-alpha has a value, cu-alpha none.
    # u: P = 800, margins 799 gap and 1: D_o = 2/800, D_e = (800² - 799² - 1) / (800² - 1 - 799).
    assert u.values[2] == pytest.approx(1 - (2 / 800) / ((800 ** 2 - 799 ** 2 - 1) / (800 ** 2 - 800)))
    assert np.isnan(cu.values[2])
    # A domain violation leaves u- and cu-alpha undefined; |u-alpha keeps its value.
    assert np.isnan(u.values[3]) and np.isnan(u.expected[3]) and np.isnan(cu.values[3]) and np.isnan(cu.expected[3])
    assert np.isnan(u.observed[3]) and np.isnan(cu.observed[3])
    assert binary.values[3] == pytest.approx(ALPHA_BINARY)
    # No text at all.
    assert np.isnan(u.values[4]) and np.isnan(cu.values[4]) and np.isnan(binary.values[4])
    assert np.isnan(binary.observed[4])
    # One character, D against V: D_o = 1, cu D_e = (2² - 1 - 1) / (2² - 2) = 1,
    # u D_e = (2² - 0 - 1 - 1) / (2² - 2 - 0) = 1: both 0.
    assert (cu.observed[5], cu.expected[5], cu.values[5]) == (1.0, 1.0, 0.0)
    assert (u.observed[5], u.expected[5], u.values[5]) == (1.0, 1.0, 0.0)


def test_pooled_sums_observed_and_expected_per_resample():
    first = resampling.Disagreements(np.array([0.1, 0.2, np.nan]), np.array([0.4, 0.5, 0.5]))
    second = resampling.Disagreements(np.array([0.3, 0.0, 0.1]), np.array([0.4, 0.5, 0.5]))
    pooled = resampling.pooled([first, second])
    assert pooled[0] == pytest.approx(1 - 0.4 / 0.8)
    assert pooled[1] == pytest.approx(1 - 0.2 / 1.0)
    assert np.isnan(pooled[2])


@pytest.mark.parametrize(("observed", "expected", "defined"), [
    (0.0, 1e-12, False),  # at the threshold: no variation
    (0.0, 1.5e-12, True),
    (1e6, 1e-7, False),  # tiny next to the observed disagreement
    (1e6, 2e-6, True),
    (0.5, 0.0, False),
    (0.0, 0.0, False),
    (0.5, 1.0, True),
])
def test_ratio_is_nan_where_the_expected_disagreement_vanishes(observed, expected, defined):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        value = resampling._ratio(np.array([observed]), np.array([expected]))[0]
    if defined:
        assert value == pytest.approx(1 - observed / expected)
    else:
        assert np.isnan(value)


def test_resample_counts_draw_documents_as_documented():
    # numpy.random.default_rng(seed) draws R x D indices into the documents sorted (numbers
    # before names); row r counts how often resample r drew each document.
    documents = ["b", 2, "a", 1, 2]
    pool, counts = resampling.resample_counts(documents, resamples=6, seed=11)
    assert pool == [1, 2, "a", "b"]
    draws = np.random.default_rng(11).integers(0, 4, size=(6, 4))
    for row, drawn in enumerate(draws.tolist()):
        tally = Counter(drawn)
        assert counts[row].tolist() == [float(tally[index]) for index in range(4)]
    assert counts.shape == (6, 4) and counts.dtype == np.float64
    assert counts.sum(axis=1).tolist() == [4.0] * 6


def test_resample_counts_of_one_resample_and_of_no_document():
    pool, counts = resampling.resample_counts([7], resamples=1, seed=0)
    assert pool == [7] and counts.tolist() == [[1.0]]
    pool, counts = resampling.resample_counts([], resamples=3, seed=0)
    assert pool == [] and counts.shape == (3, 0)
    with pytest.raises(InvalidArgument) as caught:
        resampling.resample_counts([1], resamples=0, seed=0)
    assert (caught.value.name, caught.value.reason) == ("resamples", "at_least_one")


def test_interval_is_numpys_linear_percentile_of_the_defined_values():
    estimate = Coefficient(0.5)
    values = np.array([np.nan, 5.0, 1.0, 4.0, 2.0, 3.0])
    # 80 %: the 10th and 90th percentiles of 1..5 (linear): 1 + 0.4 and 1 + 3.6.
    assert resampling.interval(estimate, values, confidence=0.8, resamples=6, seed=3) == BootstrapInterval(
        estimate, pytest.approx(1.4), pytest.approx(4.6), 0.8, 6, 3, 5)
    single = resampling.interval(estimate, np.array([np.nan, 0.25]), confidence=0.95, resamples=2, seed=1)
    assert (single.low, single.high, single.valid_resamples, single.reason) == (0.25, 0.25, 1, None)
    none = resampling.interval(estimate, np.array([np.nan, np.nan]), confidence=0.9, resamples=2, seed=4)
    assert none == BootstrapInterval(estimate, None, None, 0.9, 2, 4, 0, "no_resamples")


@pytest.mark.parametrize("confidence", [0.0, 1.0, 1.5, -0.1])
def test_confidence_is_strictly_between_zero_and_one(confidence):
    with pytest.raises(InvalidArgument) as caught:
        resampling.interval(Coefficient(0.5), np.array([0.5]), confidence=confidence, resamples=1, seed=0)
    assert (caught.value.name, caught.value.reason) == ("confidence", "between_zero_and_one")


def test_domain_sums_without_documents_are_empty_columns():
    counts = np.zeros((2, 0))
    sums = resampling.domain_sums({}, [], counts, variant="sum_squared")
    assert sums["length"].tolist() == [0.0, 0.0] and sums["margin"].shape == (2, 0)


@pytest.mark.parametrize("variant", ["sum_squared", "per_coder"])
def test_a_violated_document_counts_once_and_keeps_its_columns(variant):
    # Ana gives [0, 10) both D and V in document 2: a violation; document 1 is the worked case.
    spans = SPANS + [S("Ana", 2, "D", 0, 10), S("Ana", 2, "V", 5, 10), S("Luis", 2, "D", 0, 10)]
    tallies = domain_tallies_by_document(spans, lengths={1: 400, 2: 50}, domains={"C": ["D", "V"]},
                                         coders=["Ana", "Luis"])["C"]
    counts = np.array([[1.0, 0.0], [1.0, 2.0]])
    sums = resampling.domain_sums(tallies, [1, 2], counts, variant=variant)
    assert sums["violations"].tolist() == [0.0, 2.0]  # one per drawn violated document
    assert sums["squares"].shape == (2, 2)
    assert sums["squares"][0].tolist() == [35 ** 2 + 35 ** 2 + 60 ** 2, 60 ** 2]
    u, cu = resampling.u_alpha(sums, 2), resampling.cu_alpha(sums)
    assert u.values[0] == pytest.approx(U_ALPHA) and cu.values[0] == pytest.approx(CU_ALPHA)
    assert np.isnan(u.values[1]) and np.isnan(cu.values[1])
