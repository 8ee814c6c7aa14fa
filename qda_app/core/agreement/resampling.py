"""Vectorised bootstrap: every resample's sums at once, as one matrix product.

A resample of ``D`` documents drawn with replacement is summarised by how often it drew
each document (a row of the ``R x D`` *count matrix*). Every coefficient is a function of
sums that are additive over documents (see ``unitizing``), so the sums of all ``R``
resamples are ``counts @ per_document_sums``; the coefficients are then evaluated on
whole columns of numbers. Nothing loops over resamples or units in Python.

Draws come from ``numpy.random.default_rng(seed)``; documents are sorted first, so the same
seed gives the same interval whatever order the caller passes them in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from qda_app.core.agreement.comparisons import BootstrapInterval, _document_order
from qda_app.core.agreement.results import NO_RESAMPLES, Coefficient, DocumentKey
from qda_app.core.agreement.unitizing import BinaryTally, DomainTally
from qda_app.core.errors import InvalidArgument

_TINY = 1e-12


def resample_counts(documents: Sequence[DocumentKey], *, resamples: int, seed: int) -> tuple[list, np.ndarray]:
    """(sorted documents, ``R x D`` matrix of how often resample r drew document d)."""
    if resamples < 1:
        raise InvalidArgument(name="resamples", reason="at_least_one", value=resamples)
    pool = sorted(set(documents), key=_document_order)
    size = len(pool)
    counts = np.zeros((resamples, size), dtype=np.float64)
    if size:
        draws = np.random.default_rng(seed).integers(0, size, size=(resamples, size))
        rows = np.repeat(np.arange(resamples), size)
        np.add.at(counts, (rows, draws.ravel()), 1.0)
    return pool, counts


def interval(estimate: Coefficient, values: np.ndarray, *, confidence: float, resamples: int,
             seed: int) -> BootstrapInterval:
    """Percentile interval of the defined (non-NaN) ``values`` (numpy's linear quantiles)."""
    if not 0.0 < confidence < 1.0:
        raise InvalidArgument(name="confidence", reason="between_zero_and_one", value=confidence)
    valid = values[~np.isnan(values)]
    if valid.size == 0:
        return BootstrapInterval(estimate, None, None, confidence, resamples, seed, 0, NO_RESAMPLES)
    tail = (1.0 - confidence) / 2.0
    low, high = np.quantile(valid, [tail, 1.0 - tail])
    return BootstrapInterval(estimate, float(low), float(high), confidence, resamples, seed, int(valid.size))


def _ratio(observed: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """``1 - observed / expected``, NaN where the expected disagreement vanishes."""
    with np.errstate(divide="ignore", invalid="ignore"):
        value = 1.0 - observed / expected
    return np.where(expected > _TINY * np.maximum(1.0, np.abs(observed)), value, np.nan)


@dataclass(frozen=True)
class Disagreements:
    """Observed and expected disagreement per resample (NaN: the coefficient is undefined)."""

    observed: np.ndarray
    expected: np.ndarray

    @property
    def values(self) -> np.ndarray:
        return _ratio(self.observed, self.expected)


def pooled(parts: Sequence[Disagreements]) -> np.ndarray:
    """``1 - Σ observed / Σ expected`` per resample; NaN if any part is undefined there."""
    observed = np.sum([part.observed for part in parts], axis=0)
    expected = np.sum([part.expected for part in parts], axis=0)
    return _ratio(observed, expected)


def binary_sums(tallies: Mapping[DocumentKey, BinaryTally], pool: Sequence[DocumentKey],
                counts: np.ndarray) -> dict[str, np.ndarray]:
    matrix = np.array([[t.length, sum(t.coded_by_coder), t.disagreeing, t.self_pairs]
                       for t in (tallies[d] for d in pool)], dtype=np.float64).reshape(len(pool), 4)
    length, coded, disagreeing, self_pairs = (counts @ matrix).T
    return {"length": length, "coded": coded, "disagreeing": disagreeing, "self_pairs": self_pairs}


def binary_sums_by_code(tallies: Mapping[str, Mapping[DocumentKey, BinaryTally]], pool: Sequence[DocumentKey],
                       counts: np.ndarray) -> dict[str, dict[str, np.ndarray]]:
    """:func:`binary_sums` of many codes with one matrix product (``D x 4K`` per-document sums)."""
    codes = list(tallies)
    if not codes:
        return {}
    matrix = np.array([[value for code in codes
                        for value in (tallies[code][d].length, sum(tallies[code][d].coded_by_coder),
                                      tallies[code][d].disagreeing, tallies[code][d].self_pairs)]
                       for d in pool], dtype=np.float64).reshape(len(pool), 4 * len(codes))
    totals = counts @ matrix
    names = ("length", "coded", "disagreeing", "self_pairs")
    return {code: {name: totals[:, 4 * index + offset] for offset, name in enumerate(names)}
            for index, code in enumerate(codes)}


def alpha_binary(sums: Mapping[str, np.ndarray], coders: int) -> Disagreements:
    """|u-alpha per resample; the formula of ``coefficients.alpha_binary_from``."""
    pairable = coders * sums["length"]
    coded = sums["coded"]
    gap = pairable - coded
    with np.errstate(divide="ignore", invalid="ignore"):
        observed = 2 * sums["disagreeing"] / ((coders - 1) * pairable)
        expected = 2 * gap * coded / (pairable * pairable - sums["self_pairs"] - gap)
    # Nobody coded: both sums are 0 (no value, but as in the point estimate zero disagreements
    # to pool); the denominators are positive whenever there is text, so only no text is undefined.
    undefined = pairable == 0
    return Disagreements(np.where(undefined, np.nan, observed), np.where(undefined, np.nan, expected))


def domain_sums(tallies: Mapping[DocumentKey, DomainTally], pool: Sequence[DocumentKey],
                counts: np.ndarray, *, variant: str) -> dict[str, np.ndarray]:
    """Sums of a domain per resample; per-code fields are ``R x K`` matrices."""
    squares = "intersecting_squares" if variant == "sum_squared" else "pair_squares"
    rows = []
    for tally in (tallies[d] for d in pool):
        rows.append([tally.binary.length, sum(tally.binary.coded_by_coder), tally.binary.disagreeing,
                     tally.coded_pairs, 1.0 if tally.violations else 0.0, tally.binary.self_pairs,
                     *tally.margin, *tally.self_pairs, *tally.agreeing, *tally.intersecting,
                     *getattr(tally, squares)])
    fixed = 6
    width = fixed + 5 * len(next(iter(tallies.values())).codes) if tallies else fixed
    totals = counts @ np.array(rows, dtype=np.float64).reshape(len(pool), width)
    codes = (width - fixed) // 5
    block = [totals[:, fixed + index * codes: fixed + (index + 1) * codes] for index in range(5)]
    return {"length": totals[:, 0], "coded": totals[:, 1], "disagreeing": totals[:, 2],
            "coded_pairs": totals[:, 3], "violations": totals[:, 4], "binary_self_pairs": totals[:, 5],
            "margin": block[0],
            "self_pairs": block[1], "agreeing": block[2], "intersecting": block[3], "squares": block[4]}


def u_alpha(sums: Mapping[str, np.ndarray], coders: int) -> Disagreements:
    pairable = coders * sums["length"]
    coded = sums["margin"].sum(axis=1)
    gap = pairable - coded
    disagreeing_pairs = sums["disagreeing"] + sums["coded_pairs"] - sums["agreeing"].sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        observed = 2 * disagreeing_pairs / ((coders - 1) * pairable)
        squared_margins = gap * gap + (sums["margin"] ** 2).sum(axis=1)
        self_pairs = sums["self_pairs"].sum(axis=1) + gap
        expected = (pairable * pairable - squared_margins) / (pairable * pairable - self_pairs)
    undefined = (pairable == 0) | (coded == 0) | (sums["violations"] > 0)
    return Disagreements(np.where(undefined, np.nan, observed), np.where(undefined, np.nan, expected))


def cu_alpha(sums: Mapping[str, np.ndarray]) -> Disagreements:
    coded_pairs = sums["coded_pairs"]
    doubled = 2 * coded_pairs
    with np.errstate(divide="ignore", invalid="ignore"):
        observed = (coded_pairs - sums["agreeing"].sum(axis=1)) / coded_pairs
        expected = (doubled * doubled - (sums["intersecting"] ** 2).sum(axis=1)) / (
            doubled * doubled - sums["squares"].sum(axis=1))
    undefined = (coded_pairs == 0) | (sums["violations"] > 0) | (sums["length"] == 0)
    return Disagreements(np.where(undefined, np.nan, observed), np.where(undefined, np.nan, expected))
