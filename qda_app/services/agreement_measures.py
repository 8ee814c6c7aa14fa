"""Measures beside the alpha family: values pooled over codes, the coder x coder matrix,
segment agreement with an overlap threshold, and the code x document table.

Every pair in the matrix is compared exactly as if it were run alone: on the documents both
of its coders coded (or the documents the user named), so a three-coder table agrees with
three two-coder runs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from qda_app.core import agreement as core

CODE_MEASURES = ("alpha_binary", "percent_agreement", "cohen_kappa", "fleiss_kappa")
_FROM_TALLY = {
    "alpha_binary": core.alpha_binary_from, "percent_agreement": core.percent_agreement_from,
    "cohen_kappa": core.cohen_kappa_from, "fleiss_kappa": core.fleiss_kappa_from,
}


@dataclass(frozen=True)
class CodesOverall:
    """Values over all compared codes: alpha-binary, Cohen's and Fleiss' kappa pooled as
    ``1 - ΣD_o / ΣD_e``; percentage agreement as the mean over codes (every code is judged on
    the same characters, so this is also the share over all code x character decisions)."""

    alpha_binary: core.Coefficient
    percent_agreement: core.Coefficient
    cohen_kappa: core.Coefficient
    fleiss_kappa: core.Coefficient
    codes: tuple[str, ...]  # the codes whose values entered


def codes_overall(by_code: Mapping[str, core.CodeAgreement],
                  fleiss: Mapping[str, core.Coefficient]) -> CodesOverall:
    percents = [entry.percent_agreement.value for entry in by_code.values() if entry.percent_agreement.defined]
    percent = (core.Coefficient(sum(percents) / len(percents)) if percents
               else core.Coefficient(None, core.NO_UNITS))
    return CodesOverall(
        core.pooled(entry.alpha_binary for entry in by_code.values()),
        percent,
        core.pooled(entry.cohen_kappa for entry in by_code.values()),
        core.pooled(fleiss.values()),
        tuple(path for path, entry in by_code.items() if entry.alpha_binary.observed is not None),
    )


CodeTallies = Mapping[str, Mapping[int, core.BinaryTally]]  # code -> document -> tally


def code_results(tallies: CodeTallies, coders: Sequence[str]
                 ) -> tuple[dict[str, core.CodeAgreement], dict[str, core.Coefficient]]:
    """Per code: alpha-binary, % agreement, Cohen's kappa, and Fleiss' kappa, from one tally each."""
    empty = core.BinaryTally.empty(len(coders))
    by_code, fleiss = {}, {}
    for code, per_document in tallies.items():
        total = core.combine_tallies(per_document.values(), empty)
        by_code[code] = core.code_agreement_from(code, total, coders)
        fleiss[code] = core.fleiss_kappa_from(total)
    return by_code, fleiss


def domain_results(tallies: Mapping[str, Mapping[int, core.DomainTally]], coders: Sequence[str], *,
                   variant: str) -> dict[str, core.DomainAgreement]:
    results = {}
    for name, per_document in tallies.items():
        codes = next(iter(per_document.values())).codes if per_document else ()
        total = core.combine_tallies(per_document.values(), core.DomainTally.empty(codes, len(coders)))
        results[name] = core.domain_agreement_from(total, variant=variant)
    return results


@dataclass(frozen=True)
class PairAgreement:
    coders: tuple[str, str]
    documents: tuple[int, ...]
    characters: int
    codes: dict[str, core.CodeAgreement]
    overall: CodesOverall


def pairwise(spans: Sequence[core.CodedSpan], *, coders: Sequence[str], all_lengths: Mapping[int, int],
             given_documents: Sequence[int] | None, codes: Sequence[str]) -> list[PairAgreement]:
    lengths_by_pair: dict[tuple[str, str], dict[int, int]] = {}
    for pair in combinations(coders, 2):
        documents = (tuple(sorted(given_documents)) if given_documents
                     else tuple(int(d) for d in core.documents_coded_by_all(spans, pair)))
        lengths_by_pair[pair] = {number: all_lengths[number] for number in documents}
    tallies_by_pair = core.code_tallies_of_pairs(spans, lengths_by_pair=lengths_by_pair, codes=codes, coders=coders)
    pairs = []
    for pair, lengths in lengths_by_pair.items():
        by_code, fleiss = code_results(tallies_by_pair[pair], pair)
        pairs.append(PairAgreement(pair, tuple(lengths), sum(lengths.values()), by_code,
                                   codes_overall(by_code, fleiss)))
    return pairs


@dataclass(frozen=True)
class CodeDocumentTable:
    measure: str
    documents: tuple[int, ...]
    cells: dict[str, dict[int, core.Coefficient]]  # code -> document -> value


def code_document_table(tallies: CodeTallies, *, documents: Sequence[int], measure: str) -> CodeDocumentTable:
    """One measure for every code in every compared document (each document on its own)."""
    compute = _FROM_TALLY[measure]
    return CodeDocumentTable(measure, tuple(documents),
                             {code: {document: compute(tally) for document, tally in per_document.items()}
                              for code, per_document in tallies.items()})


def segments_by_pair(spans: Sequence[core.CodedSpan], pairs: Sequence[PairAgreement], *, codes: Sequence[str],
                     min_overlap: float) -> list[core.SegmentAgreement]:
    return [core.segment_agreement(spans, coders=pair.coders, codes=codes, documents=pair.documents,
                                   min_overlap=min_overlap) for pair in pairs]
