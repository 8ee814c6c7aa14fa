"""Coefficients computed from tallies: the formulas, in one place.

Notation of Krippendorff, Mathet, Bouvry & Widlöcher (2016), "On the reliability of
unitizing textual continua: Further developments", Quality & Quantity 50:2347-2364:
``m`` coders, continuum length ``L`` (the selected documents laid end to end),
``l..= mL`` pairable characters, ``l_ck`` observed coincidences (the lengths of
intersections of coder i's ``c``-segments with coder j's ``k``-segments, summed over
ordered coder pairs and divided by ``m - 1``), gaps valued ``∅``. Expected coincidences
treat a unit as indivisible and a gap as divisible into single characters:

    e_ck = l.. (l_c. l_.k - [c = k] S_c) / (l..² - S),
    S_c = Σ (length of unit)² over units valued c;  S_∅ = total gap length;  S = Σ_c S_c.

Every alpha here is ``1 - D_o / D_e`` with disagreements normalised per pairable value,
so that coefficients can be pooled (``results.pooled``). All sums are exact integers
until the final division.
"""

from __future__ import annotations

from qda_app.core.agreement.results import (
    DOMAIN_VIOLATION,
    NO_CODING,
    NO_OVERLAP,
    NO_UNITS,
    NOT_TWO_CODERS,
    SINGLE_CODER,
    CodeInDomain,
    Coefficient,
    DomainAgreement,
    from_disagreements,
    undefined,
)
from qda_app.core.agreement.unitizing import BinaryTally, DomainTally


def _precondition(tally: BinaryTally) -> Coefficient | None:
    if tally.coders < 2:
        return undefined(SINGLE_CODER)
    if tally.length == 0:
        return undefined(NO_UNITS)
    return None


def alpha_binary_from(tally: BinaryTally) -> Coefficient:
    """|u-alpha ("alpha-binary"): coded vs. not coded, units kept whole.

    With ``P = mL``, ``C`` coded characters summed over coders, ``G = P - C`` gap
    characters and ``D`` = Σ over characters of N(m - N) (coder pairs that disagree):
    ``l_∅1 = D / (m - 1)``, ``e_∅1 = P G C / (P² - S)`` with ``S = Σ unit² + G``;
    ``D_o = 2 l_∅1 / P`` and ``D_e = 2 e_∅1 / P``.
    """
    failed = _precondition(tally)
    if failed is not None:
        return failed
    coders = tally.coders
    pairable = coders * tally.length
    coded = sum(tally.coded_by_coder)
    if coded == 0:
        return undefined(NO_CODING, observed=0.0, expected=0.0)
    gap = pairable - coded
    observed = 2 * tally.disagreeing / ((coders - 1) * pairable)
    expected = 2 * gap * coded / (pairable * pairable - tally.self_pairs - gap)
    return from_disagreements(observed, expected)


def percent_agreement_from(tally: BinaryTally) -> Coefficient:
    """Share (0..1) of coder pairs per character that agree, averaged over characters.

    For two coders: characters both coded or both left uncoded, over all characters
    (NVivo's TA / TU). For more coders: the mean pairwise agreement.
    """
    failed = _precondition(tally)
    if failed is not None:
        return failed
    pairs = tally.length * tally.coders * (tally.coders - 1) // 2
    return Coefficient(1.0 - tally.disagreeing / pairs)


def cohen_kappa_from(tally: BinaryTally) -> Coefficient:
    """Cohen's kappa on characters as NVivo defines it.

    ``K = (TA - ΣEF) / (TU - ΣEF)`` with ``TU`` characters, ``TA`` characters both coded or
    both not, ``EF_coded = A·B / TU`` and ``EF_not = (TU - A)(TU - B) / TU``. Kept as
    ``1 - D_o / D_e`` with ``D_o = 1 - TA/TU`` and ``D_e = 1 - ΣEF/TU`` (same value).
    """
    if tally.coders != 2:
        return undefined(SINGLE_CODER if tally.coders < 2 else NOT_TWO_CODERS)
    failed = _precondition(tally)
    if failed is not None:
        return failed
    total = tally.length
    first, second = tally.coded_by_coder
    chance_agreement = first * second + (total - first) * (total - second)  # ΣEF · TU
    observed = tally.disagreeing / total
    expected = (total * total - chance_agreement) / (total * total)
    return from_disagreements(observed, expected)


CU_VARIANTS = ("sum_squared", "per_coder")


def domain_agreement_from(tally: DomainTally, *, variant: str = "sum_squared") -> DomainAgreement:
    """The u-alpha family of one domain from its tally.

    ``variant`` chooses the self-pairing correction of cu- and (k)u-alpha for three or more
    coders (see ``_cu_alpha``): ``"sum_squared"`` squares the sum of a unit's overlaps with
    the other coders, ``"per_coder"`` sums the squares of its overlap with each other coder.
    """
    if variant not in CU_VARIANTS:
        raise ValueError(f"variant must be one of {CU_VARIANTS}")
    squares = tally.intersecting_squares if variant == "sum_squared" else tally.pair_squares
    codes = tally.codes
    binary = alpha_binary_from(tally.binary)

    def everywhere(reason: str) -> DomainAgreement:
        return DomainAgreement(
            codes, undefined(reason), binary, undefined(reason), None,
            tuple(CodeInDomain(code, undefined(reason), None) for code in codes),
            tally.violations)

    failed = _precondition(tally.binary)
    if failed is not None:
        return everywhere(failed.reason or NO_UNITS)
    if tally.violations:
        return everywhere(DOMAIN_VIOLATION)
    coders = tally.binary.coders
    pairable = coders * tally.binary.length
    coded = sum(tally.margin)
    if coded == 0:
        return everywhere(NO_CODING)
    return DomainAgreement(codes, _u_alpha(tally, pairable, coded), binary,
                           _cu_alpha(tally, squares), _cu_coverage(tally, pairable),
                           _per_code(tally, squares), ())


def _u_alpha(tally: DomainTally, pairable: int, coded: int) -> Coefficient:
    """u-alpha, nominal over ∅ and the domain's codes.

    ``D_o = (l.. - Σ_c l_cc) / l..``; summing the expected coincidences off the diagonal
    gives ``D_e = (l..² - Σ_c l_c.²) / (l..² - S)``.
    """
    coders = tally.binary.coders
    gap = pairable - coded
    disagreeing_pairs = tally.binary.disagreeing + tally.coded_pairs - sum(tally.agreeing)
    observed = 2 * disagreeing_pairs / ((coders - 1) * pairable)
    squared_margins = gap * gap + sum(margin * margin for margin in tally.margin)
    self_pairs = sum(tally.self_pairs) + gap
    expected = (pairable * pairable - squared_margins) / (pairable * pairable - self_pairs)
    return from_disagreements(observed, expected)


def _cu_alpha(tally: DomainTally, squares: tuple[int, ...]) -> Coefficient:
    """cu-alpha: the codes of intersecting units, gaps and their mismatches left out.

    Coincidences restricted to valued pairs: ``n = Σ_{c,k≠∅} l_ck``, margins ``n_k``.
    A unit ``g`` of coder ``i`` enters this matrix with the weight ``w_g = Σ_j≠i |g ∩
    units_j| / (m - 1)`` and cannot pair with itself, so ``S'_k = Σ_g∈k w_g²`` (as a
    unit of length l contributes l² to S in u-alpha) and ``e_ck = n (n_c n_k - [c = k]
    S'_c) / (n² - S')``. Hence ``D_o = (n - Σ l_kk) / n`` and ``D_e = (n² - Σ n_k²) /
    (n² - S')``; below every term is scaled by ``(m - 1)²``, which cancels.

    For two coders ``w_g = |g ∩ units_j|`` and this is the correction of Krippendorff et
    al. (2016, cu-alpha). For three or more coders the paper can be read two ways:
    ``"sum_squared"`` (default) keeps a unit indivisible as u-alpha does - its ``w_g`` values
    cannot pair with one another, so it removes ``w_g²`` - while ``"per_coder"`` removes
    ``Σ_j (|g ∩ units_j| / (m - 1))²``, treating the unit's overlap with each other coder
    as a separate piece. The second removes less, so its ``D_e`` is smaller or equal (its alpha
    lower or equal). Both keep
    ``n² - S' > 0`` whenever ``n > 0`` (overlaps come in pairs: ``(Σ w)² - Σ w² > 0``).
    """
    if tally.coded_pairs == 0:
        return undefined(NO_OVERLAP)
    doubled = 2 * tally.coded_pairs  # n (m - 1)
    observed = (tally.coded_pairs - sum(tally.agreeing)) / tally.coded_pairs
    squared_margins = sum(value * value for value in tally.intersecting)
    corrections = sum(squares)
    expected = (doubled * doubled - squared_margins) / (doubled * doubled - corrections)
    return from_disagreements(observed, expected)


def _cu_coverage(tally: DomainTally, pairable: int) -> float:
    """The share ``n / l..`` of all pairable characters on which cu-alpha rests."""
    return 2 * tally.coded_pairs / ((tally.binary.coders - 1) * pairable)


def _per_code(tally: DomainTally, squares: tuple[int, ...]) -> tuple[CodeInDomain, ...]:
    """(k)u-alpha: ``1 - [(n_k - l_kk) / n_k] / [(e_k. - e_kk) / e_k.]``.

    From the cu-alpha coincidences: ``(e_k. - e_kk) / e_k. = n_k (n - n_k) / (n_k n -
    S'_k)``. Coverage is ``n_k / l_k.``: the share of the code's coded characters that
    meet other coders' units and so enter the coefficient.
    """
    coders = tally.binary.coders
    doubled = 2 * tally.coded_pairs  # n (m - 1)
    entries = []
    for index, code in enumerate(tally.codes):
        margin = tally.margin[index]
        meeting = tally.intersecting[index]  # n_k (m - 1)
        if margin == 0:
            entries.append(CodeInDomain(code, undefined(NO_CODING), None))
            continue
        coverage = meeting / ((coders - 1) * margin)
        if meeting == 0:
            entries.append(CodeInDomain(code, undefined(NO_OVERLAP), coverage))
            continue
        observed = (meeting - 2 * tally.agreeing[index]) / meeting
        expected = meeting * (doubled - meeting) / (
            meeting * doubled - squares[index])
        entries.append(CodeInDomain(code, from_disagreements(observed, expected), coverage))
    return tuple(entries)
