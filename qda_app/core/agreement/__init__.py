"""Inter-coder agreement mathematics (Python and numpy; no database, no Qt, no pandas).

* Characters of documents (unitizing): :func:`alpha_binary`, :func:`percent_agreement_characters`,
  :func:`cohen_kappa_characters`, :func:`code_agreement`, :func:`agreement_by_code`,
  :func:`domain_agreement`, :func:`agreement_by_domain`, :func:`pooled_domains`.
* Predefined units: :func:`krippendorff_alpha`.
* Kappas: :func:`fleiss_kappa_from` (characters, any number of coders),
  :func:`brennan_prediger_kappa`; segments with an overlap threshold: :func:`segment_agreement`.
* Vectorised bootstrap over documents: :mod:`qda_app.core.agreement.resampling` (numpy).
* Around them: :func:`documents_coded_by_all`, :func:`bootstrap_interval`,
  :func:`pairwise_matrix`, :func:`pooled`, :func:`classify_reliability`, and the per-document
  tallies (:func:`code_tallies`, :func:`domain_tallies`, :func:`combine_tallies`) that make
  resampling cheap.

Undefined coefficients are :class:`Coefficient` values with ``value=None`` and a ``reason``.
"""

from __future__ import annotations

from qda_app.core.agreement.characters import (
    agreement_by_code,
    agreement_by_domain,
    alpha_binary,
    code_agreement,
    code_agreement_from,
    code_tallies,
    code_tallies_by_document,
    code_tallies_of_pairs,
    cohen_kappa_characters,
    domain_agreement,
    domain_tallies,
    domain_tallies_by_document,
    percent_agreement_characters,
    pooled_domains,
)
from qda_app.core.agreement.chance_corrected import brennan_prediger_kappa, fleiss_kappa_from
from qda_app.core.agreement.coefficients import (
    CU_VARIANTS,
    alpha_binary_from,
    cohen_kappa_from,
    domain_agreement_from,
    percent_agreement_from,
)
from qda_app.core.agreement.comparisons import (
    BootstrapInterval,
    CoderMatrix,
    bootstrap_interval,
    documents_coded_by_all,
    pairwise_matrix,
)
from qda_app.core.agreement.krippendorff import LEVELS, krippendorff_alpha
from qda_app.core.agreement.results import (
    DOMAIN_VIOLATION,
    NO_CODING,
    NO_OVERLAP,
    NO_RESAMPLES,
    NO_UNITS,
    NO_VALUE,
    NO_VARIATION,
    NOT_AVAILABLE,
    NOT_TWO_CODERS,
    RELIABLE,
    SINGLE_CODER,
    TENTATIVE,
    UNRELIABLE,
    CodeAgreement,
    CodedSpan,
    CodeInDomain,
    Coefficient,
    DocumentKey,
    DomainAgreement,
    DomainViolation,
    classify_reliability,
    pooled,
)
from qda_app.core.agreement.segments import SegmentAgreement, SegmentCount, segment_agreement
from qda_app.core.agreement.unitizing import BinaryTally, DomainTally, combine_tallies

__all__ = [
    "CU_VARIANTS", "SegmentAgreement", "SegmentCount", "brennan_prediger_kappa",
    "code_agreement_from", "code_tallies_by_document", "code_tallies_of_pairs", "domain_tallies_by_document", "fleiss_kappa_from",
    "segment_agreement",
    "DOMAIN_VIOLATION", "LEVELS", "NOT_AVAILABLE", "NOT_TWO_CODERS", "NO_CODING",
    "NO_OVERLAP", "NO_RESAMPLES", "NO_UNITS", "NO_VALUE", "NO_VARIATION", "RELIABLE",
    "SINGLE_CODER", "TENTATIVE", "UNRELIABLE",
    "BinaryTally", "BootstrapInterval", "CodeAgreement", "CodeInDomain", "CodedSpan",
    "CoderMatrix", "Coefficient", "DocumentKey", "DomainAgreement", "DomainTally",
    "DomainViolation",
    "agreement_by_code", "agreement_by_domain", "alpha_binary", "alpha_binary_from",
    "bootstrap_interval", "classify_reliability", "code_agreement", "code_tallies",
    "cohen_kappa_characters", "cohen_kappa_from", "combine_tallies", "documents_coded_by_all",
    "domain_agreement", "domain_agreement_from", "domain_tallies", "krippendorff_alpha",
    "pairwise_matrix", "percent_agreement_characters", "percent_agreement_from", "pooled",
    "pooled_domains",
]
