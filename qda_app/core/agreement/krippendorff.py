"""Krippendorff's alpha for predefined units (every coder judged the same units).

Follows Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", sections
A-C: values are paired within units, each pair of unit ``u`` weighted ``1 / (m_u - 1)``
(``m_u`` = values in the unit; units with fewer than two values are not pairable), giving
the coincidence matrix ``o_ck`` with margins ``n_c`` and total ``n``. Then

    alpha = 1 - (n - 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck

with the difference functions δ² of the chosen level of measurement.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from itertools import accumulate

from qda_app.core.agreement.results import (
    NO_UNITS,
    SINGLE_CODER,
    Coefficient,
    from_disagreements,
    undefined,
)
from qda_app.core.errors import InvalidArgument

LEVELS = ("nominal", "ordinal", "interval", "ratio")


def _differences(level: str, values: list[Hashable],
                 margins: Counter[Hashable]) -> dict[tuple[Hashable, Hashable], float]:
    """δ²_ck for every pair of distinct values (δ² of equal values is always 0)."""
    differences: dict[tuple[Hashable, Hashable], float] = {}
    if level == "nominal":
        for first in values:
            for second in values:
                if first != second:
                    differences[first, second] = 1.0
        return differences
    ordered = sorted(values)  # type: ignore[type-var]
    if level == "ordinal":
        # δ²_ck = (Σ_{g=c..k} n_g - (n_c + n_k) / 2)²: the ranks between the two values.
        cumulative = list(accumulate(margins[value] for value in ordered))
        for low_index, low in enumerate(ordered):
            for high_index in range(low_index + 1, len(ordered)):
                high = ordered[high_index]
                between = cumulative[high_index] - cumulative[low_index] + margins[low]
                difference = (between - (margins[low] + margins[high]) / 2) ** 2
                differences[low, high] = differences[high, low] = difference
        return differences
    for first in ordered:
        for second in ordered:
            if first == second:
                continue
            if level == "interval":
                differences[first, second] = float((first - second) ** 2)  # type: ignore[operator]
            else:  # ratio
                total = first + second  # type: ignore[operator]
                differences[first, second] = float(((first - second) / total) ** 2) \
                    if total else 0.0  # type: ignore[operator]
    return differences


def krippendorff_alpha(reliability_data: Sequence[Sequence[Hashable | None]], *,
                       level: str = "nominal") -> Coefficient:
    """Alpha of ``reliability_data`` (rows = coders, columns = units, ``None`` = missing).

    Nominal values may be any hashable values; ordinal values must be orderable;
    interval and ratio values must be numbers. Undefined results carry ``single_coder``,
    ``no_units`` (no unit has two values) or ``no_variation`` (a single value throughout).
    """
    if level not in LEVELS:
        raise InvalidArgument(name="level", reason="use_one_of", choices=LEVELS)
    if len(reliability_data) < 2:
        return undefined(SINGLE_CODER)
    unit_count = max((len(row) for row in reliability_data), default=0)
    coincidences: defaultdict[tuple[Hashable, Hashable], float] = defaultdict(float)
    for unit in range(unit_count):
        present = Counter(row[unit] for row in reliability_data
                          if unit < len(row) and row[unit] is not None)
        paired = sum(present.values())
        if paired < 2:
            continue
        for first, first_count in present.items():
            for second, second_count in present.items():
                pairs = first_count * (second_count - (first == second))
                if pairs:
                    coincidences[first, second] += pairs / (paired - 1)
    margins: Counter[Hashable] = Counter()
    for (first, _), count in coincidences.items():
        margins[first] += count
    total = sum(margins.values())
    if total == 0:
        return undefined(NO_UNITS)
    differences = _differences(level, list(margins), margins)
    observed = sum(count * differences.get(pair, 0.0) for pair, count in coincidences.items())
    expected = sum(margins[first] * margins[second] * difference
                   for (first, second), difference in differences.items())
    # Normalised per pairable value so that alphas can be pooled like the others.
    return from_disagreements(observed / total, expected / (total * (total - 1)))
