"""Semantic domains: u-alpha, |u-alpha, cu-alpha with coverage, (k)u-alpha, violations."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_agreement_reference import u_family

from qda_app.core.agreement import (
    DOMAIN_VIOLATION,
    NO_CODING,
    NO_OVERLAP,
    NO_VARIATION,
    CodedSpan,
    DomainViolation,
    agreement_by_domain,
    domain_agreement,
    pooled,
    pooled_domains,
)

S = CodedSpan

# L = 10, two coders, codes X and Y:
#   A: X [0,4)  Y [4,8)  gap [8,10)
#   B: X [0,3)  Y [3,8)  gap [8,10)
HAND = [S("A", "d", "X", 0, 4), S("A", "d", "Y", 4, 8),
        S("B", "d", "X", 0, 3), S("B", "d", "Y", 3, 8)]


def test_hand_computed_domain():
    result = domain_agreement(HAND, lengths={"d": 10}, domain_codes=["X", "Y"],
                              coders=["A", "B"])
    # Observed: l_XX = 6, l_XY = l_YX = 1, l_YY = 8, l_∅∅ = 4; l.. = 20.
    # Margins 7, 9, 4; S = (16 + 9) + (16 + 25) + 4 = 70.
    # D_e·l.. = 20 (400 - 49 - 81 - 16) / 330 -> u-alpha = 1 - 2·330 / 5080 = 221/254.
    assert result.u_alpha.value == pytest.approx(221 / 254)
    # Both coders code characters 0-7: no coded/uncoded disagreement at all.
    assert result.alpha_binary.value == 1.0
    # cu: n = 16, n_X = 7, n_Y = 9, S' = (16 + 9) + (16 + 25) = 66, n² - S' = 190.
    # Off-diagonal expected = 16 (256 - 49 - 81) / 190 -> cu-alpha = 1 - 2·190/2016.
    assert result.cu_alpha.value == pytest.approx(409 / 504)
    assert result.coverage == pytest.approx(16 / 20)
    # (k)u: X: D_o = 1/7, (e_X. - e_XX)/e_X. = 7·9 / (7·16 - 25) = 63/87 -> 118/147.
    #       Y: D_o = 1/9, 9·7 / (9·16 - 41) = 63/103 -> 1 - 103/567 = 464/567.
    assert result.code("X").ku_alpha.value == pytest.approx(118 / 147)
    assert result.code("Y").ku_alpha.value == pytest.approx(464 / 567)
    assert result.code("X").coverage == result.code("Y").coverage == 1.0
    assert result.violations == ()


def test_identical_coders_agree_perfectly_on_everything():
    spans = [S(c, d, code, start, end) for c in "AB" for d in (1, 2)
             for code, start, end in (("X", 0, 5), ("Y", 7, 9), ("Z", 9, 12))]
    result = domain_agreement(spans, lengths={1: 20, 2: 15}, domain_codes=["X", "Y", "Z"],
                              coders=["A", "B"])
    assert result.u_alpha.value == result.alpha_binary.value == result.cu_alpha.value == 1.0
    assert all(entry.ku_alpha.value == 1.0 for entry in result.per_code)


def test_overlapping_codes_of_one_coder_are_reported_not_counted():
    spans = HAND + [S("B", "d", "X", 6, 9)]
    result = domain_agreement(spans, lengths={"d": 10}, domain_codes=["X", "Y"],
                              coders=["A", "B"])
    assert result.violations == (DomainViolation("B", "d", ("X", "Y"), 6, 8),)
    assert result.u_alpha.reason == result.cu_alpha.reason == DOMAIN_VIOLATION
    assert all(entry.ku_alpha.reason == DOMAIN_VIOLATION for entry in result.per_code)
    # "Any code of the domain" is still well defined: B's union is [0, 9).
    assert result.alpha_binary.value is not None


def test_same_code_overlapping_itself_is_no_violation():
    spans = HAND + [S("A", "d", "X", 1, 3)]
    result = domain_agreement(spans, lengths={"d": 10}, domain_codes=["X", "Y"],
                              coders=["A", "B"])
    assert result.violations == ()
    assert result.u_alpha.value == pytest.approx(221 / 254)


def test_undefined_domain_values_have_reasons():
    nothing = domain_agreement([], lengths={"d": 10}, domain_codes=["X", "Y"],
                               coders=["A", "B"])
    assert nothing.u_alpha.reason == nothing.alpha_binary.reason == NO_CODING
    apart = domain_agreement([S("A", "d", "X", 0, 3), S("B", "d", "Y", 5, 8)],
                             lengths={"d": 10}, domain_codes=["X", "Y"], coders=["A", "B"])
    assert apart.cu_alpha.reason == NO_OVERLAP
    assert apart.u_alpha.value is not None
    one_code = domain_agreement([S("A", "d", "X", 0, 3), S("B", "d", "X", 1, 5)],
                                lengths={"d": 10}, domain_codes=["X", "Y"], coders=["A", "B"])
    assert one_code.cu_alpha.reason == NO_VARIATION
    assert one_code.code("Y").ku_alpha.reason == NO_CODING


@st.composite
def domain_cases(draw):
    codes = ["X", "Y", "Z"][: draw(st.integers(1, 3))]
    documents = draw(st.lists(st.integers(1, 20), min_size=1, max_size=3))
    lengths = {index: length for index, length in enumerate(documents)}
    coders = [f"c{index}" for index in range(draw(st.integers(2, 4)))]
    spans = []
    for document, length in lengths.items():
        for coder in coders:
            position = draw(st.integers(0, length))
            while position < length:  # a partition into non-overlapping units and gaps
                end = draw(st.integers(position + 1, length))
                if draw(st.booleans()):
                    spans.append(S(coder, document, draw(st.sampled_from(codes)), position, end))
                position = end
    return spans, lengths, coders, codes


def _same(value, reference):
    if reference is None:
        assert value is None
    else:
        assert value == pytest.approx(reference, abs=1e-9)


@settings(max_examples=300, deadline=None)
@given(domain_cases())
def test_domain_values_match_brute_force(case):
    spans, lengths, coders, codes = case
    reference = u_family(spans, lengths=lengths, coders=coders, codes=codes)
    result = domain_agreement(spans, lengths=lengths, domain_codes=codes, coders=coders)
    _same(result.u_alpha.value, reference["u"])
    _same(result.alpha_binary.value, reference["binary"])
    _same(result.cu_alpha.value, reference["cu"])
    if reference["cu"] is not None:
        _same(result.coverage, reference["coverage"])
        for code in codes:
            _same(result.code(code).ku_alpha.value, reference["per_code"][code])


@settings(max_examples=100, deadline=None)
@given(domain_cases(), st.randoms(use_true_random=False))
def test_domain_values_are_symmetric_in_coders_and_document_order(case, shuffler):
    spans, lengths, coders, codes = case
    first = domain_agreement(spans, lengths=lengths, domain_codes=codes, coders=coders)
    coders, documents = list(coders), list(lengths.items())
    shuffler.shuffle(coders)
    shuffler.shuffle(documents)
    second = domain_agreement(spans, lengths=dict(documents), domain_codes=codes,
                              coders=coders)
    for a, b in ((first.u_alpha, second.u_alpha), (first.cu_alpha, second.cu_alpha),
                 (first.alpha_binary, second.alpha_binary)):
        assert a.reason == b.reason
        _same(b.value, a.value)


def test_agreement_by_domain_and_pooling():
    spans = HAND + [S("A", "d", "P", 0, 2), S("B", "d", "P", 1, 2), S("B", "d", "Q", 5, 9)]
    lengths = {"d": 10}
    domains = {"first": ["X", "Y"], "second": ["P", "Q"]}
    results = agreement_by_domain(spans, lengths=lengths, domains=domains, coders=["A", "B"])
    for name, codes in domains.items():
        assert results[name] == domain_agreement(spans, lengths=lengths, domain_codes=codes,
                                                 coders=["A", "B"])
    overall = pooled_domains(results.values())
    first, second = results["first"].u_alpha, results["second"].u_alpha
    assert overall.u_alpha.value == pytest.approx(
        1 - (first.observed + second.observed) / (first.expected + second.expected))
    assert overall.u_alpha == pooled([first, second])


def test_both_readings_of_cu_alpha_for_three_coders_by_hand():
    """Three coders; A's and B's x-units each meet two other coders, so the readings differ.

    Coincidences (ordered pairs / (m - 1)): l_xx = 10, l_xy = l_yx = 10, l_yy = 2 + 24 = 26;
    n = 56, n_x = 20, n_y = 36, D_o = 20/56. Unit weights w = Σ_j |g ∩ j| / 2: 10, 10, 10, 9, 9, 8.
    sum_squared: S' = 526, D_e = (56² - 20² - 36²) / (56² - 526) = 1440/2610.
    per_coder: S' = Σ_g Σ_j (|g ∩ j| / 2)² = 50 + 50 + 50 + 41 + 41 + 32 = 264, D_e = 1440/2872.
    """
    from qda_app.core.agreement import CodedSpan, agreement_by_domain

    spans = [CodedSpan("A", 1, "x", 0, 10), CodedSpan("B", 1, "x", 0, 10), CodedSpan("C", 1, "y", 0, 10),
             CodedSpan("A", 1, "y", 20, 30), CodedSpan("B", 1, "y", 20, 30), CodedSpan("C", 1, "y", 22, 30)]
    observed = 20 / 56
    for variant, expected in (("sum_squared", 1440 / 2610), ("per_coder", 1440 / 2872)):
        found = agreement_by_domain(spans, lengths={1: 50}, domains={"d": ["x", "y"]}, coders=["A", "B", "C"],
                                    variant=variant)["d"]
        assert found.cu_alpha.value == pytest.approx(1 - observed / expected, abs=1e-12)
