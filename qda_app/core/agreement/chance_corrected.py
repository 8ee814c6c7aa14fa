"""Kappas: Fleiss' kappa on characters and Brennan & Prediger's kappa on segments.

Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychological
Bulletin 76(5):378-382: with ``N`` subjects (here: characters), ``m`` raters
(coders) and categories "coded"/"not coded", ``P_i = (Σ_j n_ij² - m) / (m (m - 1))``,
``P̄ = mean P_i``, ``p_j = Σ_i n_ij / (N m)``, ``P̄_e = Σ_j p_j²`` and
``kappa = (P̄ - P̄_e) / (1 - P̄_e)``. Per character ``Σ_j n_ij² - m`` is twice the number of
agreeing coder pairs, so ``P̄`` is the mean pairwise agreement that a :class:`BinaryTally`
already holds. For two coders this is Scott's pi.

Brennan & Prediger (1981), "Coefficient kappa: some uses, misuses, and alternatives",
Educational and Psychological Measurement 41(3):687-699, their kappa_n: ``kappa_n = (p_o - 1/k) / (1 - 1/k)``
with ``k`` categories, i.e. chance agreement taken as uniform over the categories.
"""

from __future__ import annotations

from qda_app.core.agreement.results import (
    NO_UNITS,
    SINGLE_CODER,
    Coefficient,
    from_disagreements,
    undefined,
)
from qda_app.core.agreement.unitizing import BinaryTally


def fleiss_kappa_from(tally: BinaryTally) -> Coefficient:
    """Fleiss' kappa of "coded / not coded" over every character, for any number of coders."""
    if tally.coders < 2:
        return undefined(SINGLE_CODER)
    if tally.length == 0:
        return undefined(NO_UNITS)
    coders, length = tally.coders, tally.length
    pairs = length * coders * (coders - 1) // 2
    observed = tally.disagreeing / pairs  # 1 - P̄
    coded_share = sum(tally.coded_by_coder) / (coders * length)  # p_coded
    chance_agreement = coded_share ** 2 + (1.0 - coded_share) ** 2  # P̄_e
    return from_disagreements(observed, 1.0 - chance_agreement)


def brennan_prediger_kappa(agreeing: int, total: int, *, categories: int) -> Coefficient:
    """``(p_o - 1/k) / (1 - 1/k)`` with ``p_o = agreeing / total`` and ``k = categories``."""
    if total == 0:
        return undefined(NO_UNITS)
    categories = max(categories, 2)  # one category would make chance agreement certain
    observed = 1.0 - agreeing / total
    return from_disagreements(observed, 1.0 - 1.0 / categories)
