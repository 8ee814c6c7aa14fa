"""Independent per-character reference implementations for the agreement tests.

Written straight from the definitions (coincidence matrices counted character by
character), deliberately sharing no code with qda_app.core.agreement.
"""

from __future__ import annotations

from collections import defaultdict
from fractions import Fraction

GAP = None


def naive_units(intervals):
    """Union of overlapping intervals, the slow way; touching intervals stay apart."""
    units = [list(interval) for interval in intervals if interval[1] > interval[0]]
    changed = True
    while changed:
        changed = False
        for first in range(len(units)):
            for second in range(first + 1, len(units)):
                a, b = units[first], units[second]
                if max(a[0], b[0]) < min(a[1], b[1]):
                    units[first] = [min(a[0], b[0]), max(a[1], b[1])]
                    del units[second]
                    changed = True
                    break
            if changed:
                break
    return [tuple(unit) for unit in units]


def units_of(spans, *, lengths, coders, codes):
    """{(coder, document): [(start, end, code)]} with same-code overlaps united."""
    result = {}
    for coder in coders:
        for document in lengths:
            units = []
            for code in codes:
                mine = [(s.start, s.end) for s in spans
                        if s.coder == coder and s.document == document and s.code == code]
                units.extend((start, end, code) for start, end in naive_units(mine))
            result[coder, document] = units
    return result


def labels_of(units, length):
    labels = [GAP] * length
    for start, end, code in units:
        for position in range(start, end):
            labels[position] = code
    return labels


def coincidences(spans, *, lengths, coders, codes):
    """Observed coincidence matrix counted per character, and unit bookkeeping."""
    m = len(coders)
    units = units_of(spans, lengths=lengths, coders=coders, codes=codes)
    observed = defaultdict(Fraction)
    for document, length in lengths.items():
        labels = {coder: labels_of(units[coder, document], length) for coder in coders}
        for position in range(length):
            for first in coders:
                for second in coders:
                    if first != second:
                        key = (labels[first][position], labels[second][position])
                        observed[key] += Fraction(1, m - 1)
    return observed, units


def alpha_from_matrix(observed, expected):
    disagree_o = sum(v for (c, k), v in observed.items() if c != k)
    disagree_e = sum(v for (c, k), v in expected.items() if c != k)
    if disagree_e == 0:
        return None
    return float(1 - Fraction(disagree_o) / Fraction(disagree_e))


def expected_matrix(margins, self_pairs, total):
    denominator = total * total - sum(self_pairs.values())
    return {(c, k): Fraction(total * (margins[c] * margins[k] - (self_pairs[c] if c == k else 0)),
                             1) / denominator
            for c in margins for k in margins}


def u_family(spans, *, lengths, coders, codes):
    """Reference u-alpha, |u-alpha, cu-alpha, coverage and (k)u-alpha by brute force."""
    m = len(coders)
    observed, units = coincidences(spans, lengths=lengths, coders=coders, codes=codes)
    categories = [GAP, *codes]
    margins = {c: sum(observed[c, k] for k in categories) for c in categories}
    total = sum(margins.values())
    if total == 0:
        return {"u": None, "binary": None, "cu": None, "coverage": None, "per_code": {}}
    self_pairs = {c: Fraction(0) for c in categories}
    self_pairs[GAP] = margins[GAP]  # every gap character is a unit of length 1
    for unit_list in units.values():
        for start, end, code in unit_list:
            self_pairs[code] += (end - start) ** 2
    expected = expected_matrix(margins, self_pairs, total)
    u_alpha = alpha_from_matrix(observed, expected)

    def collapse(matrix):
        collapsed = defaultdict(Fraction)
        for (c, k), v in matrix.items():
            collapsed[c is not GAP, k is not GAP] += v
        return collapsed

    binary = alpha_from_matrix(collapse(observed), collapse(expected))

    valued = {(c, k): v for (c, k), v in observed.items() if c is not GAP and k is not GAP}
    cu_margins = {c: sum(valued.get((c, k), 0) for k in codes) for c in codes}
    cu_total = sum(cu_margins.values())
    cu = coverage = None
    per_code = {}
    if cu_total:
        cu_self = {c: Fraction(0) for c in codes}
        for (coder, document), unit_list in units.items():
            length = lengths[document]
            others = [labels_of(units[other, document], length)
                      for other in coders if other != coder]
            for start, end, code in unit_list:
                # The unit's weight in the restricted matrix: its valued pairings / (m - 1).
                weight = Fraction(sum(1 for x in range(start, end) for labels in others
                                      if labels[x] is not GAP), m - 1)
                cu_self[code] += weight * weight
        cu_expected = expected_matrix(cu_margins, cu_self, cu_total)
        cu = alpha_from_matrix(valued, cu_expected)
        coverage = float(cu_total / total)
        for k in codes:
            n_k = cu_margins[k]
            if n_k == 0:
                per_code[k] = None
                continue
            e_k = sum(cu_expected[k, c] for c in codes)
            e_kk = cu_expected[k, k]
            if e_k - e_kk == 0:
                per_code[k] = None
                continue
            per_code[k] = float(1 - (e_k / n_k) * (n_k - valued.get((k, k), 0)) / (e_k - e_kk))
    return {"u": u_alpha, "binary": binary, "cu": cu, "coverage": coverage,
            "per_code": per_code}


def binary_labels(spans, *, lengths, coder, code):
    """0/1 per character over all documents in ``lengths`` order."""
    vector = []
    for document, length in lengths.items():
        covered = [0] * length
        for s in spans:
            if s.coder == coder and s.document == document and s.code == code:
                for position in range(s.start, s.end):
                    covered[position] = 1
        vector.extend(covered)
    return vector


def percent_agreement(spans, *, lengths, coders, code):
    vectors = [binary_labels(spans, lengths=lengths, coder=c, code=code) for c in coders]
    pairs = [(a, b) for a in range(len(coders)) for b in range(a + 1, len(coders))]
    positions = len(vectors[0])
    agreeing = sum(vectors[a][x] == vectors[b][x] for x in range(positions) for a, b in pairs)
    return agreeing / (positions * len(pairs))


# The reference itself must be trustworthy: a few checks of its building blocks.

def test_naive_units_unites_overlaps_but_not_touching_intervals():
    assert sorted(naive_units([(0, 3), (2, 5), (5, 7), (9, 9)])) == [(0, 5), (5, 7)]


def test_reference_u_family_of_identical_coders_is_one():
    from qda_app.core.agreement import CodedSpan
    spans = [CodedSpan(c, "d", "X", 1, 4) for c in "AB"] + \
        [CodedSpan(c, "d", "Y", 5, 7) for c in "AB"]
    result = u_family(spans, lengths={"d": 9}, coders=["A", "B"], codes=["X", "Y"])
    assert result["u"] == result["binary"] == result["cu"] == 1.0
