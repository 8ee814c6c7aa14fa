"""Agreement of coders on characters of documents: the entry points for spans.

Each document is a continuum ``[0, L)`` of code points; the documents in ``lengths``
(``document -> L``) are the ones compared, laid end to end. Use
:func:`qda_app.core.agreement.documents_coded_by_all` to choose the documents every coder
coded, as ATLAS.ti does. ``coders`` are compared in the given order (order only matters
for per-coder outputs; the coefficients are symmetric).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from qda_app.core.agreement.coefficients import (
    alpha_binary_from,
    cohen_kappa_from,
    domain_agreement_from,
    percent_agreement_from,
)
from qda_app.core.agreement.results import (
    CodeAgreement,
    CodedSpan,
    Coefficient,
    DocumentKey,
    DomainAgreement,
    pooled,
)
from qda_app.core.agreement.unitizing import (
    BinaryTally,
    DomainTally,
    binary_document_tally,
    distinct_coders,
    domain_document_tally,
    group_spans,
    merge_overlapping,
)


def code_tallies(
    spans: Iterable[CodedSpan],
    *,
    lengths: Mapping[DocumentKey, int],
    code: str,
    coders: Sequence[str],
) -> dict[DocumentKey, BinaryTally]:
    """Per-document tallies of one code (every document of ``lengths``), for resampling."""
    compared = distinct_coders(coders)
    by_document = group_spans(spans, lengths=lengths, coders=compared, codes=[code]).get(code, {})
    tallies = {}
    for document, length in lengths.items():
        per_coder = by_document.get(document)
        if per_coder is None:
            tallies[document] = BinaryTally.empty(len(compared), length)
        else:
            tallies[document] = binary_document_tally(
                [merge_overlapping(intervals) for intervals in per_coder], length)
    return tallies


def code_tallies_by_document(
    spans: Iterable[CodedSpan],
    *,
    lengths: Mapping[DocumentKey, int],
    codes: Sequence[str],
    coders: Sequence[str],
) -> dict[str, dict[DocumentKey, BinaryTally]]:
    """``code -> document -> tally`` for many codes, reading the spans once.

    Feeds the code x document table and the bootstrap (every document of ``lengths``).
    """
    compared = distinct_coders(coders)
    grouped = group_spans(spans, lengths=lengths, coders=compared, codes=codes)
    result = {}
    for code in dict.fromkeys(codes):
        by_document = grouped.get(code, {})
        per_document = {}
        for document, length in lengths.items():
            per_coder = by_document.get(document)
            per_document[document] = (BinaryTally.empty(len(compared), length) if per_coder is None
                                      else binary_document_tally([merge_overlapping(i) for i in per_coder],
                                                                 length))
        result[code] = per_document
    return result


def _code_tally(by_document: Mapping[DocumentKey, list[list[tuple[int, int]]]],
                coders: int, total_length: int) -> BinaryTally:
    total = BinaryTally.empty(coders, total_length)
    for per_coder in by_document.values():
        total = total + binary_document_tally(
            [merge_overlapping(intervals) for intervals in per_coder], 0)
    return total


def _single_code_tally(spans: Iterable[CodedSpan], *, lengths: Mapping[DocumentKey, int],
                       code: str, coders: Sequence[str]) -> BinaryTally:
    compared = distinct_coders(coders)
    grouped = group_spans(spans, lengths=lengths, coders=compared, codes=[code])
    return _code_tally(grouped.get(code, {}), len(compared), sum(lengths.values()))


def alpha_binary(spans: Iterable[CodedSpan], *, lengths: Mapping[DocumentKey, int],
                 code: str, coders: Sequence[str]) -> Coefficient:
    """Krippendorff's |u-alpha for one code (ATLAS.ti's "alpha-binary")."""
    return alpha_binary_from(_single_code_tally(spans, lengths=lengths, code=code,
                                                coders=coders))


def percent_agreement_characters(spans: Iterable[CodedSpan], *,
                                 lengths: Mapping[DocumentKey, int], code: str,
                                 coders: Sequence[str]) -> Coefficient:
    """Share (0..1, not 0..100) of characters on which coders agree about ``code``."""
    return percent_agreement_from(_single_code_tally(spans, lengths=lengths, code=code,
                                                     coders=coders))


def cohen_kappa_characters(spans: Iterable[CodedSpan], *, lengths: Mapping[DocumentKey, int],
                           code: str, coders: Sequence[str]) -> Coefficient:
    """Cohen's kappa on characters for exactly two coders (NVivo's coding comparison)."""
    return cohen_kappa_from(_single_code_tally(spans, lengths=lengths, code=code,
                                               coders=coders))


def code_tallies_of_pairs(
    spans: Iterable[CodedSpan],
    *,
    lengths_by_pair: Mapping[tuple[str, str], Mapping[DocumentKey, int]],
    codes: Sequence[str],
    coders: Sequence[str],
) -> dict[tuple[str, str], dict[str, dict[DocumentKey, BinaryTally]]]:
    """:func:`code_tallies_by_document` for several pairs of ``coders`` (each pair on its own
    documents), reading and grouping the spans once for all pairs."""
    compared = distinct_coders(coders)
    index = {coder: position for position, coder in enumerate(compared)}
    every_document: dict[DocumentKey, int] = {}
    for lengths in lengths_by_pair.values():
        every_document.update(lengths)
    grouped = group_spans(spans, lengths=every_document, coders=compared, codes=codes)
    result = {}
    for pair, lengths in lengths_by_pair.items():
        first, second = index[pair[0]], index[pair[1]]
        per_code = {}
        for code in dict.fromkeys(codes):
            by_document = grouped.get(code, {})
            per_document = {}
            for document, length in lengths.items():
                per_coder = by_document.get(document)
                per_document[document] = (
                    BinaryTally.empty(2, length) if per_coder is None else binary_document_tally(
                        [merge_overlapping(per_coder[first]), merge_overlapping(per_coder[second])], length))
            per_code[code] = per_document
        result[pair] = per_code
    return result


def code_agreement_from(code: str, tally: BinaryTally, coders: Sequence[str]) -> CodeAgreement:
    """Alpha-binary, percentage agreement and Cohen's kappa of one code from its summed tally."""
    return _code_agreement(code, tally, distinct_coders(coders))


def domain_tallies_by_document(
    spans: Iterable[CodedSpan],
    *,
    lengths: Mapping[DocumentKey, int],
    domains: Mapping[str, Sequence[str]],
    coders: Sequence[str],
) -> dict[str, dict[DocumentKey, DomainTally]]:
    """``domain -> document -> tally`` for every domain and document of ``lengths``, reading
    the spans once; sum a domain's tallies for :func:`domain_agreement_from` (either reading)
    or resample them for the bootstrap."""
    compared = distinct_coders(coders)
    all_codes = {code for codes in domains.values() for code in codes}
    grouped = group_spans(spans, lengths=lengths, coders=compared, codes=all_codes)
    return {name: _domain_tally_per_document(grouped, codes=tuple(dict.fromkeys(codes)), coders=compared,
                                             lengths=lengths)
            for name, codes in domains.items()}


def _code_agreement(code: str, tally: BinaryTally, coders: tuple[str, ...]) -> CodeAgreement:
    return CodeAgreement(
        code,
        alpha_binary_from(tally),
        percent_agreement_from(tally),
        cohen_kappa_from(tally),
        tuple(zip(coders, tally.coded_by_coder)),
    )


def code_agreement(spans: Iterable[CodedSpan], *, lengths: Mapping[DocumentKey, int],
                   code: str, coders: Sequence[str]) -> CodeAgreement:
    """Alpha-binary, percentage agreement and Cohen's kappa of one code."""
    compared = distinct_coders(coders)
    return _code_agreement(code, _single_code_tally(spans, lengths=lengths, code=code,
                                                    coders=compared), compared)


def agreement_by_code(spans: Iterable[CodedSpan], *, lengths: Mapping[DocumentKey, int],
                      codes: Sequence[str], coders: Sequence[str]) -> dict[str, CodeAgreement]:
    """:func:`code_agreement` for many codes, reading the spans once."""
    compared = distinct_coders(coders)
    grouped = group_spans(spans, lengths=lengths, coders=compared, codes=codes)
    total_length = sum(lengths.values())
    return {
        code: _code_agreement(code, _code_tally(grouped.get(code, {}), len(compared),
                                                total_length), compared)
        for code in dict.fromkeys(codes)
    }


def _domain_tally_per_document(
    grouped: Mapping[str, Mapping[DocumentKey, list[list[tuple[int, int]]]]],
    *,
    codes: tuple[str, ...],
    coders: tuple[str, ...],
    lengths: Mapping[DocumentKey, int],
) -> dict[DocumentKey, DomainTally]:
    tallies = {}
    for document, length in lengths.items():
        intervals_by_code = {
            index: grouped[code][document]
            for index, code in enumerate(codes)
            if code in grouped and document in grouped[code]
        }
        if intervals_by_code:
            tallies[document] = domain_document_tally(
                intervals_by_code, codes=codes, coders=coders, document=document,
                length=length)
        else:
            tallies[document] = DomainTally.empty(codes, len(coders), length)
    return tallies


def domain_tallies(spans: Iterable[CodedSpan], *, lengths: Mapping[DocumentKey, int],
                   domain_codes: Sequence[str],
                   coders: Sequence[str]) -> dict[DocumentKey, DomainTally]:
    """Per-document tallies of one semantic domain (every document of ``lengths``)."""
    compared = distinct_coders(coders)
    codes = tuple(dict.fromkeys(domain_codes))
    grouped = group_spans(spans, lengths=lengths, coders=compared, codes=codes)
    return _domain_tally_per_document(grouped, codes=codes, coders=compared, lengths=lengths)


def _sum_domain(tallies: Mapping[DocumentKey, DomainTally], codes: tuple[str, ...],
                coders: int) -> DomainTally:
    total = DomainTally.empty(codes, coders)
    for tally in tallies.values():
        total = total + tally
    return total


def domain_agreement(spans: Iterable[CodedSpan], *, lengths: Mapping[DocumentKey, int],
                     domain_codes: Sequence[str], coders: Sequence[str]) -> DomainAgreement:
    """u-alpha, |u-alpha, cu-alpha (with coverage) and per-code (k)u-alpha of one domain.

    A coder must not apply two codes of a domain to the same character. Where that
    happened the overlaps are listed in ``violations`` and u-, cu- and (k)u-alpha are
    undefined (``domain_violation``); alpha-binary ("any code of the domain or none")
    stays defined.
    """
    compared = distinct_coders(coders)
    codes = tuple(dict.fromkeys(domain_codes))
    tallies = domain_tallies(spans, lengths=lengths, domain_codes=codes, coders=compared)
    return domain_agreement_from(_sum_domain(tallies, codes, len(compared)))


def agreement_by_domain(spans: Iterable[CodedSpan], *, lengths: Mapping[DocumentKey, int],
                        domains: Mapping[str, Sequence[str]],
                        coders: Sequence[str], variant: str = "sum_squared") -> dict[str, DomainAgreement]:
    """:func:`domain_agreement` for every domain (``name -> its codes``), reading spans once."""
    compared = distinct_coders(coders)
    all_codes = {code for codes in domains.values() for code in codes}
    grouped = group_spans(spans, lengths=lengths, coders=compared, codes=all_codes)
    results = {}
    for name, domain_codes in domains.items():
        codes = tuple(dict.fromkeys(domain_codes))
        documents = {document for code in codes for document in grouped.get(code, {})}
        total = DomainTally.empty(codes, len(compared), sum(lengths.values()))
        for document, tally in _domain_tally_per_document(
                grouped, codes=codes, coders=compared,
                lengths={document: 0 for document in documents}).items():
            total = total + tally
        results[name] = domain_agreement_from(total, variant=variant)
    return results


def pooled_domains(results: Iterable[DomainAgreement]) -> DomainAgreement:
    """One overall u-, |u- and cu-alpha over domains, each as ``1 - ΣD_o / ΣD_e``.

    ``codes`` lists every domain's codes; per-code values and coverage are not pooled.
    Violations of all domains are carried over so that none goes unnoticed.
    """
    results = list(results)
    return DomainAgreement(
        tuple(code for result in results for code in result.codes),
        pooled(result.u_alpha for result in results),
        pooled(result.alpha_binary for result in results),
        pooled(result.cu_alpha for result in results),
        None,
        (),
        tuple(violation for result in results for violation in result.violations),
    )
