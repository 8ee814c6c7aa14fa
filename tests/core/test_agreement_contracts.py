"""What every agreement function promises beyond its numbers: codes it is not asked about never
matter, codes nobody used give empty tallies, reasons and names are carried, pooling skips what
cannot contribute. Expected values are written out by hand."""

from __future__ import annotations

import pytest

from qda_app.core.agreement import (
    BinaryTally,
    Coefficient,
    DomainTally,
    agreement_by_code,
    agreement_by_domain,
    alpha_binary,
    classify_reliability,
    code_agreement,
    domain_agreement,
    domain_tallies,
    pooled,
    pooled_domains,
)
from qda_app.core.agreement import CodedSpan as S
from qda_app.core.agreement.characters import (
    code_agreement_from,
    code_tallies,
    code_tallies_by_document,
    code_tallies_of_pairs,
    domain_tallies_by_document,
)
from qda_app.core.agreement.coefficients import cohen_kappa_from
from qda_app.core.agreement.results import (
    _THRESHOLD_TOLERANCE,
    RELIABLE_THRESHOLD,
    TENTATIVE_THRESHOLD,
    CodeInDomain,
    DomainViolation,
    undefined,
)

LENGTHS = {1: 20, 2: 10}
# X: A [0, 10), B [5, 10) in document 1. "Other" runs past document 2's end: not compared, so
# it must not stop anything (the compared codes are checked, the others never read).
SPANS = [S("A", 1, "X", 0, 10), S("B", 1, "X", 5, 10), S("A", 2, "Other", 0, 99)]
CODERS = ("A", "B")
# X over 30 characters: A codes 10, B 5; 5 characters disagree; units 10 and 5.
X_TALLY = BinaryTally(coders=2, length=30, coded_by_coder=(10, 5), disagreeing=5, self_pairs=10 ** 2 + 5 ** 2)
EMPTY_2 = BinaryTally(coders=2, length=10, coded_by_coder=(0, 0), disagreeing=0, self_pairs=0)


def test_codes_not_compared_are_never_read():
    assert code_tallies(SPANS, lengths=LENGTHS, code="X", coders=CODERS) == {
        1: BinaryTally(2, 20, (10, 5), 5, 125), 2: EMPTY_2}
    assert code_tallies_by_document(SPANS, lengths=LENGTHS, codes=["X"], coders=CODERS) == {
        "X": {1: BinaryTally(2, 20, (10, 5), 5, 125), 2: EMPTY_2}}
    assert alpha_binary(SPANS, lengths=LENGTHS, code="X", coders=CODERS).value == pytest.approx(
        1 - (10 / 60) / (2 * 45 * 15 / (60 ** 2 - 125 - 45)))
    assert agreement_by_code(SPANS, lengths=LENGTHS, codes=["X"], coders=CODERS)["X"] == code_agreement(
        SPANS, lengths=LENGTHS, code="X", coders=CODERS)
    pairs = code_tallies_of_pairs(SPANS, lengths_by_pair={CODERS: LENGTHS}, codes=["X"], coders=CODERS)
    assert pairs[CODERS]["X"] == {1: BinaryTally(2, 20, (10, 5), 5, 125), 2: EMPTY_2}
    domains = {"D": ["X", "Y"]}
    by_document = domain_tallies_by_document(SPANS, lengths=LENGTHS, domains=domains, coders=CODERS)["D"]
    assert by_document[1].margin == (15, 0) and by_document[2] == DomainTally.empty(("X", "Y"), 2, 10)
    assert domain_tallies(SPANS, lengths=LENGTHS, domain_codes=["X", "Y"], coders=CODERS) == by_document
    assert agreement_by_domain(SPANS, lengths=LENGTHS, domains=domains, coders=CODERS)["D"] == domain_agreement(
        SPANS, lengths=LENGTHS, domain_codes=["X", "Y"], coders=CODERS)


def test_codes_nobody_used_give_empty_tallies_and_no_coding():
    assert code_tallies(SPANS, lengths=LENGTHS, code="Unused", coders=CODERS) == {
        1: BinaryTally(2, 20, (0, 0), 0, 0), 2: EMPTY_2}
    pairs = code_tallies_of_pairs(SPANS, lengths_by_pair={CODERS: LENGTHS}, codes=["Unused"], coders=CODERS)
    assert pairs[CODERS]["Unused"] == {1: BinaryTally(2, 20, (0, 0), 0, 0), 2: EMPTY_2}
    nobody = agreement_by_domain(SPANS, lengths=LENGTHS, domains={"N": ["Unused", "Also unused"]}, coders=CODERS)
    assert nobody["N"].u_alpha.reason == "no_coding" and nobody["N"].codes == ("Unused", "Also unused")


def test_code_agreement_from_a_tally_names_its_code():
    result = code_agreement_from("X", X_TALLY, ["A", "B", "A"])
    assert result.code == "X"
    assert result.coded_characters == (("A", 10), ("B", 5))
    # TU 30, TA 25, ΣEF·TU = 10·5 + 20·25 = 550: kappa = (25 - 550/30) / (30 - 550/30).
    assert result.cohen_kappa.value == pytest.approx((25 - 550 / 30) / (30 - 550 / 30))
    assert result.percent_agreement.value == pytest.approx(25 / 30)


def test_cohen_kappa_reasons():
    assert cohen_kappa_from(BinaryTally(1, 10, (3,), 0, 9)).reason == "single_coder"
    assert cohen_kappa_from(BinaryTally(3, 10, (3, 3, 3), 0, 27)).reason == "not_two_coders"
    assert cohen_kappa_from(BinaryTally(2, 0, (0, 0), 0, 0)).reason == "no_units"


def test_a_code_that_meets_no_other_coder_has_no_overlap_and_zero_coverage():
    # A codes X on [0, 5), B codes Y on [10, 15): nobody's units meet.
    result = domain_agreement([S("A", 1, "X", 0, 5), S("B", 1, "Y", 10, 15)], lengths={1: 20},
                              domain_codes=["X", "Y", "Z"], coders=CODERS)
    assert result.per_code == (CodeInDomain("X", undefined("no_overlap"), 0.0),
                               CodeInDomain("Y", undefined("no_overlap"), 0.0),
                               CodeInDomain("Z", undefined("no_coding"), None))
    with pytest.raises(KeyError) as caught:
        result.code("W")
    assert caught.value.args == ("W",)


def test_pooled_domains_carry_every_code_and_violation():
    violation = DomainViolation("A", 1, ("X", "Y"), 2, 5)  # where X [0, 5) and Y [2, 8) meet
    first = domain_agreement([S("A", 1, "X", 0, 5), S("A", 1, "Y", 2, 8), S("B", 1, "X", 0, 5)], lengths={1: 20},
                             domain_codes=["X", "Y"], coders=CODERS)
    second = domain_agreement([S("A", 1, "P", 0, 5), S("B", 1, "P", 0, 5), S("B", 1, "Q", 8, 9)],
                              lengths={1: 20}, domain_codes=["P", "Q"], coders=CODERS)
    assert first.violations == (violation,)
    overall = pooled_domains([first, second])
    assert overall.codes == ("X", "Y", "P", "Q")
    assert overall.per_code == () and overall.coverage is None
    assert overall.violations == (violation,)
    assert overall.cu_alpha == second.cu_alpha  # the violated domain has none to pool


def test_pooling_skips_what_has_no_disagreements_wherever_it_stands():
    first = Coefficient(0.5, observed=0.1, expected=0.2)
    second = Coefficient(0.25, observed=0.3, expected=0.4)
    without = [undefined("no_units"), Coefficient(0.9, observed=0.1), Coefficient(0.8, expected=0.5)]
    result = pooled([without[0], first, without[1], second, without[2]])
    assert result.value == pytest.approx(1 - 0.4 / 0.6)
    assert (result.observed, result.expected) == (pytest.approx(0.4), pytest.approx(0.6))
    assert pooled(without).reason == "no_units"
    assert pooled([second]).value == pytest.approx(0.25)


@pytest.mark.parametrize(("value", "reading"), [
    (RELIABLE_THRESHOLD - _THRESHOLD_TOLERANCE, "reliable"),
    (RELIABLE_THRESHOLD - 2 * _THRESHOLD_TOLERANCE, "tentative"),
    (TENTATIVE_THRESHOLD - _THRESHOLD_TOLERANCE, "tentative"),
    (TENTATIVE_THRESHOLD - 2 * _THRESHOLD_TOLERANCE, "unreliable"),
    (float("nan"), "n/a"),
    (Coefficient(None, "no_units"), "n/a"),
    (Coefficient(0.9), "reliable"),
])
def test_readings_at_their_thresholds(value, reading):
    assert classify_reliability(value) == reading


def test_domain_tallies_of_different_domains_cannot_be_added():
    with pytest.raises(ValueError, match="^tallies of different domains cannot be added$"):
        DomainTally.empty(("X",), 2, 5) + DomainTally.empty(("Y",), 2, 5)


def test_a_code_nobody_applied_has_no_value_but_zero_disagreements_to_pool():
    from qda_app.core.agreement.coefficients import alpha_binary_from

    assert alpha_binary_from(BinaryTally(2, 10, (0, 0), 0, 0)) == Coefficient(None, "no_coding", 0.0, 0.0)


def test_a_domain_without_two_coders_or_text_says_so_everywhere():
    from qda_app.core.agreement.coefficients import domain_agreement_from

    for tally, reason in ((DomainTally.empty(("X", "Y"), 1, 10), "single_coder"),
                          (DomainTally.empty(("X", "Y"), 2, 0), "no_units"),
                          (DomainTally.empty(("X", "Y"), 2, 10), "no_coding")):
        result = domain_agreement_from(tally)
        assert (result.u_alpha, result.cu_alpha, result.coverage) == (undefined(reason), undefined(reason), None)
        assert result.per_code == (CodeInDomain("X", undefined(reason), None), CodeInDomain("Y", undefined(reason), None))
    with pytest.raises(ValueError, match=r"^variant must be one of \('sum_squared', 'per_coder'\)$"):
        domain_agreement_from(DomainTally.empty(("X",), 2, 10), variant="other")


def test_binary_tallies_of_different_numbers_of_coders_cannot_be_added():
    with pytest.raises(ValueError, match="^tallies of different numbers of coders cannot be added$"):
        BinaryTally(2, 5, (0, 0), 0, 0) + BinaryTally(3, 5, (0, 0, 0), 0, 0)


def test_spans_are_grouped_by_code_document_and_coder_whatever_comes_first():
    from qda_app.core.agreement.unitizing import group_spans

    spans = [S("C", 1, "X", 0, 5),  # a coder not compared
             S("A", 9, "X", 0, 5),  # a document not compared
             S("A", 1, "Z", 0, 5),  # a code not asked for
             S("A", 1, "X", 3, 3),  # empty
             S("B", 1, "X", 2, 6), S("A", 1, "X", 0, 4), S("A", 2, "Y", 1, 2)]
    assert group_spans(spans, lengths={1: 10, 2: 5}, coders=("A", "B"), codes=["X", "Y"]) == {
        "X": {1: [[(0, 4)], [(2, 6)]]}, "Y": {2: [[(1, 2)], []]}}
    assert group_spans(spans, lengths={1: 10, 2: 5}, coders=("A", "B")) == {
        "X": {1: [[(0, 4)], [(2, 6)]]}, "Y": {2: [[(1, 2)], []]}, "Z": {1: [[(0, 5)], []]}}


def test_spans_beyond_their_document_and_negative_lengths_are_refused_with_their_fields():
    from qda_app.core.agreement.unitizing import group_spans
    from qda_app.core.errors import InvalidArgument, InvalidRange

    with pytest.raises(InvalidRange) as caught:
        group_spans([S("A", 2, "X", 3, 12)], lengths={2: 10}, coders=("A", "B"))
    assert caught.value.fields == {"document": 2, "start": 3, "end": 12, "length": 10}
    with pytest.raises(InvalidArgument) as negative:
        group_spans([], lengths={1: -1}, coders=("A", "B"))
    assert (negative.value.name, negative.value.reason) == ("lengths", "negative_length")


@pytest.mark.parametrize(("observed", "expected", "defined"), [
    (0.0, 1e-12, False), (0.0, 1.5e-12, True), (1e6, 1e-7, False), (1e6, 2e-6, True), (0.5, 0.0, False),
])
def test_no_variation_below_the_relative_threshold(observed, expected, defined):
    from qda_app.core.agreement.results import from_disagreements

    result = from_disagreements(observed, expected)
    if defined:
        assert result.value == pytest.approx(1 - observed / expected)
    else:
        assert (result.value, result.reason, result.observed, result.expected) == (
            None, "no_variation", observed, 0.0)


def test_invalid_values_are_refused_with_their_messages():
    with pytest.raises(ValueError, match="^coefficients never carry NaN or infinity$"):
        Coefficient(float("nan"))
    with pytest.raises(ValueError, match="^coefficients never carry NaN or infinity$"):
        Coefficient(0.5, observed=float("inf"))
    with pytest.raises(ValueError, match="^coefficients never carry NaN or infinity$"):
        Coefficient(0.5, expected=float("-inf"))
    with pytest.raises(ValueError, match="^a coefficient has either a value or a reason$"):
        Coefficient(0.5, "no_units")
    with pytest.raises(ValueError, match="^a coefficient has either a value or a reason$"):
        Coefficient(None)
    with pytest.raises(ValueError, match=r"^invalid span \[5, 3\) in 'd'$"):
        S("A", "d", "X", 5, 3)
