"""Value objects shared by every agreement coefficient.

An agreement coefficient is often undefined (nobody coded anything, every coder coded
everything, only one coder was picked). Such cases are ordinary outcomes of a comparison,
not errors, so they come back as a :class:`Coefficient` whose ``value`` is ``None`` and
whose ``reason`` is a stable machine-readable string the GUI and CLI translate. A value
of 1.0 is only ever reported when the coders really agreed where disagreement was possible.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

DocumentKey = str | int

# Reasons why a coefficient has no value. Stable strings: front ends map them to prose.
SINGLE_CODER = "single_coder"  # fewer than two distinct coders were compared
NOT_TWO_CODERS = "not_two_coders"  # Cohen's kappa needs exactly two coders
NO_UNITS = "no_units"  # no characters (no documents, or documents of length 0)
NO_CODING = "no_coding"  # no compared coder applied the code (or any code of the domain)
NO_OVERLAP = "no_overlap"  # coded units of different coders never intersect (cu/ku-alpha)
NO_VARIATION = "no_variation"  # expected disagreement is zero: agreement is not measurable
DOMAIN_VIOLATION = "domain_violation"  # a coder overlapped two codes of one semantic domain
NO_RESAMPLES = "no_resamples"  # no bootstrap resample produced a value
NO_VALUE = "no_value"  # a caller's computation returned a bare None

RELIABLE = "reliable"
TENTATIVE = "tentative"
UNRELIABLE = "unreliable"
NOT_AVAILABLE = "n/a"

# Krippendorff (2004, Content Analysis 2nd ed., 241): rely on variables with alpha >= .800,
# draw tentative conclusions only from variables with .667 <= alpha < .800.
RELIABLE_THRESHOLD = 0.800
TENTATIVE_THRESHOLD = 0.667
_THRESHOLD_TOLERANCE = 1e-9  # so that a value which is .8 up to rounding noise counts as .8


@dataclass(frozen=True)
class CodedSpan:
    """One coding: ``coder`` applied ``code`` to ``[start, end)`` (code points) of ``document``."""

    coder: str
    document: DocumentKey
    code: str
    start: int
    end: int

    def __post_init__(self) -> None:
        # Validated here once so that the sweeps can trust their input.
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end}) in {self.document!r}")


@dataclass(frozen=True)
class Coefficient:
    """An agreement value, or ``None`` with the ``reason`` why it is undefined.

    ``observed`` and ``expected`` are the observed and expected disagreements (per pairable
    value) for coefficients of the form ``1 - observed / expected``; they are kept so that
    several coefficients can be pooled (:func:`pooled`). Percentage agreement has neither.
    """

    value: float | None
    reason: str | None = None
    observed: float | None = None
    expected: float | None = None

    def __post_init__(self) -> None:
        for number in (self.value, self.observed, self.expected):
            if number is not None and not math.isfinite(number):
                raise ValueError("coefficients never carry NaN or infinity")
        if (self.value is None) == (self.reason is None):
            raise ValueError("a coefficient has either a value or a reason")

    @property
    def defined(self) -> bool:
        return self.value is not None


def undefined(reason: str, *, observed: float | None = None,
              expected: float | None = None) -> Coefficient:
    return Coefficient(None, reason, observed, expected)


def from_disagreements(observed: float, expected: float, *,
                       no_variation_reason: str = NO_VARIATION) -> Coefficient:
    """``1 - observed / expected``; a zero expected disagreement makes the value undefined.

    Reporting 1.0 when nothing could have been disagreed on would flatter the coders, so a
    zero (or numerically vanishing) expected disagreement is ``no_variation``.
    """
    if expected <= 1e-12 * max(1.0, abs(observed)):
        return undefined(no_variation_reason, observed=observed, expected=0.0)
    return Coefficient(1.0 - observed / expected, None, observed, expected)


def pooled(coefficients: Iterable[Coefficient]) -> Coefficient:
    """Pool coefficients as ``1 - sum(observed) / sum(expected)``.

    This is how ATLAS.ti and Krippendorff et al. (2016) combine semantic domains (or codes)
    into one overall value: each coefficient's disagreements are already normalised per
    pairable value, so summing them weighs every part equally. Coefficients without
    disagreements (e.g. ``no_units``) cannot contribute and are skipped.
    """
    observed_total = 0.0
    expected_total = 0.0
    contributing = 0
    for coefficient in coefficients:
        if coefficient.observed is None or coefficient.expected is None:
            continue
        observed_total += coefficient.observed
        expected_total += coefficient.expected
        contributing += 1
    if contributing == 0:
        return undefined(NO_UNITS)
    return from_disagreements(observed_total, expected_total)


def classify_reliability(value: float | Coefficient | None) -> str:
    """Krippendorff's reading of an alpha: reliable, tentative, unreliable or n/a."""
    if isinstance(value, Coefficient):
        value = value.value
    if value is None or not math.isfinite(value):
        return NOT_AVAILABLE
    if value >= RELIABLE_THRESHOLD - _THRESHOLD_TOLERANCE:
        return RELIABLE
    if value >= TENTATIVE_THRESHOLD - _THRESHOLD_TOLERANCE:
        return TENTATIVE
    return UNRELIABLE


@dataclass(frozen=True)
class DomainViolation:
    """``coder`` applied two codes of one semantic domain to overlapping text.

    ``[start, end)`` is the overlap itself, so the GUI can jump straight to it.
    """

    coder: str
    document: DocumentKey
    codes: tuple[str, str]
    start: int
    end: int


@dataclass(frozen=True)
class CodeAgreement:
    """Agreement on one code: does each character carry the code or not."""

    code: str
    alpha_binary: Coefficient
    percent_agreement: Coefficient
    cohen_kappa: Coefficient
    coded_characters: tuple[tuple[str, int], ...]  # (coder, characters coded), coder order


@dataclass(frozen=True)
class CodeInDomain:
    """(k)u-alpha of one code within its domain and the share of its coded matter it rests on."""

    code: str
    ku_alpha: Coefficient
    coverage: float | None


@dataclass(frozen=True)
class DomainAgreement:
    """The u-alpha family for one semantic domain (Krippendorff et al. 2016)."""

    codes: tuple[str, ...]
    u_alpha: Coefficient
    alpha_binary: Coefficient
    cu_alpha: Coefficient
    coverage: float | None  # share of all pairable characters on which cu-alpha rests
    per_code: tuple[CodeInDomain, ...]
    violations: tuple[DomainViolation, ...]

    def code(self, code: str) -> CodeInDomain:
        for entry in self.per_code:
            if entry.code == code:
                return entry
        raise KeyError(code)
