"""Krippendorff's alpha for predefined units."""

from __future__ import annotations

import math

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qda_app.core.agreement import (
    NO_UNITS,
    NO_VARIATION,
    SINGLE_CODER,
    krippendorff_alpha,
)
from qda_app.core.errors import InvalidArgument

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
# four observers, twelve units, values 1-5, None = missing.
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]


@pytest.mark.parametrize(("level", "expected"), [
    ("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797),
])
def test_reproduces_krippendorff_2011_example(level, expected):
    assert round(krippendorff_alpha(KRIPPENDORFF_2011, level=level).value, 3) == expected


def test_nominal_values_need_not_be_numbers():
    as_letters = [[None if v is None else "abcde"[v - 1] for v in row]
                  for row in KRIPPENDORFF_2011]
    assert krippendorff_alpha(as_letters).value == pytest.approx(
        krippendorff_alpha(KRIPPENDORFF_2011).value)


def test_perfect_agreement_with_variation_is_one():
    assert krippendorff_alpha([[1, 2, 3], [1, 2, 3]]).value == 1.0


@pytest.mark.parametrize(("data", "reason"), [
    ([[1, 1, 1], [1, 1, 1]], NO_VARIATION),
    ([[1, None], [None, 2]], NO_UNITS),
    ([[1, 2, 3]], SINGLE_CODER),
    ([[], []], NO_UNITS),
])
def test_undefined_cases_carry_a_reason_not_a_number(data, reason):
    result = krippendorff_alpha(data)
    assert result.value is None
    assert result.reason == reason


def test_unknown_level_is_refused():
    with pytest.raises(InvalidArgument):
        krippendorff_alpha(KRIPPENDORFF_2011, level="circular")


matrices = st.integers(2, 5).flatmap(lambda coders: st.integers(1, 12).flatmap(
    lambda units: st.lists(
        st.lists(st.one_of(st.none(), st.integers(1, 4)), min_size=units, max_size=units),
        min_size=coders, max_size=coders)))


@settings(max_examples=200, deadline=None)
@given(matrices, st.sampled_from(["nominal", "ordinal", "interval"]))
def test_matches_krippendorff_package(data, level):
    ours = krippendorff_alpha(data, level=level)
    array = np.array([[np.nan if v is None else v for v in row] for row in data], dtype=float)
    pairable = sum(1 for unit in array.T if np.count_nonzero(~np.isnan(unit)) >= 2)
    values = {v for unit in array.T if np.count_nonzero(~np.isnan(unit)) >= 2
              for v in unit[~np.isnan(unit)]}
    if pairable == 0 or len(values) < 2:
        assert ours.value is None
        return
    theirs = krippendorff.alpha(reliability_data=array, level_of_measurement=level)
    assert ours.value == pytest.approx(theirs, abs=1e-9)
    assert not math.isnan(ours.value)


def test_rows_of_different_lengths_count_missing_units_as_missing():
    # The shorter row has no value for units 3 and 4: same as writing None there, and the
    # krippendorff package (padding with nan) gives the same figure.
    short = [[1, 2, 3, 3], [1, 2, 3, 3, 2, 1]]
    padded = [[1, 2, 3, 3, None, None], [1, 2, 3, 3, 2, 1]]
    value = krippendorff_alpha(short, level="nominal").value
    assert value == krippendorff_alpha(padded, level="nominal").value
    reference = krippendorff.alpha(
        reliability_data=np.array([[1, 2, 3, 3, np.nan, np.nan], [1, 2, 3, 3, 2, 1]]),
        level_of_measurement="nominal")
    assert math.isclose(value, reference, abs_tol=1e-9)
