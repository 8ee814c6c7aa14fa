"""Inter-coder agreement of a project: reads coded spans and hands them to ``core.agreement``.

One :class:`~qda_app.core.agreement.CodedSpan` per coding (coder, document number, code path,
start, end). The numbers are core's; this module only chooses what is compared (coders,
documents, codes, domains) and shapes the result for the CLI, the GUI and the workbook.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from qda_app.core import agreement as core
from qda_app.core.errors import InvalidArgument
from qda_app.core.numbering import code_path_key
from qda_app.services import agreement_measures as measures
from qda_app.services import agreement_scope as scope
from qda_app.services import lookup
from qda_app.services.agreement_bootstrap import bootstrap_intervals
from qda_app.services.agreement_scope import LeftOut
from qda_app.services.agreement_units import UNIT_KINDS, UnitsAgreement, units_agreement
from qda_app.services.project import Project
from qda_app.store import codes as code_store
from qda_app.store import team_queries

CODE_COEFFICIENTS = ("alpha_binary", "percent_agreement", "cohen_kappa")
DOMAIN_COEFFICIENTS = ("u_alpha", "alpha_binary", "cu_alpha")
DEFAULT_MIN_OVERLAP = 0.90  # MAXQDA's default for segment agreement


@dataclass(frozen=True)
class AgreementSettings:
    coders: tuple[str, ...]
    codes: tuple[str, ...] | None = None
    documents: tuple[int, ...] | None = None
    domains: tuple[str, ...] | None = None
    bootstrap: int = 0
    seed: int = 0
    confidence: float = 0.95
    min_overlap: float | None = None  # segment agreement only when a threshold is given
    by_document: str | None = None
    units: str | None = None
    level: str = "nominal"
    cu_variant: str = "sum_squared"


@dataclass(frozen=True)
class AgreementResult:
    settings: AgreementSettings
    documents: tuple[int, ...]
    document_selection: str  # "coded_by_all" | "given"
    characters: int
    codes: dict[str, core.CodeAgreement]
    domains: dict[str, core.DomainAgreement]
    overall: core.DomainAgreement
    intervals: dict[tuple[str, str, str], core.BootstrapInterval] = field(default_factory=dict)
    seconds: float = 0.0
    fleiss: dict[str, core.Coefficient] = field(default_factory=dict)
    codes_overall: measures.CodesOverall | None = None
    overall_rests_on: dict[str, tuple[str, ...]] = field(default_factory=dict)
    other_variant: dict[str, core.DomainAgreement] = field(default_factory=dict)
    pairs: list[measures.PairAgreement] = field(default_factory=list)
    segments: list[core.SegmentAgreement] = field(default_factory=list)
    by_document: measures.CodeDocumentTable | None = None
    units: UnitsAgreement | None = None
    left_out: list[LeftOut] = field(default_factory=list)


def canonical_code_paths(project: Project) -> dict[str, str]:
    """Code path -> the path it counts as in agreement.

    Codes that are one code by name (``name_key``: "Éxito" and "éxito") count as the first of
    them in tree order, so two coders who meant the same code agree even before the
    duplicates are merged.
    """
    first_by_key: dict[tuple[str, ...], str] = {}
    canonical: dict[str, str] = {}  # path -> the path it counts as; one key per code, not per span
    for code in code_store.list_codes(project.database):
        canonical[code.path] = first_by_key.setdefault(code_path_key(code.path), code.path)
    return canonical


def coded_spans(
    project: Project, *, coders: Sequence[str] | None = None, documents: Sequence[int] | None = None
) -> list[core.CodedSpan]:
    """One CodedSpan per coding (of the given coders and documents), codes as
    :func:`canonical_code_paths` counts them."""
    canonical = canonical_code_paths(project)
    return [
        core.CodedSpan(span.coder, span.document_number,
                       canonical.get(span.code_path, span.code_path), span.start, span.end)
        for span in team_queries.coding_spans(project.database, coder_names=coders, document_numbers=documents)
    ]


def default_domains(project: Project) -> dict[str, list[str]]:
    """Every top-level category with sub-codes, with every code below it."""
    return team_queries.top_level_domains(project.database)


def canonical_coders(project: Project, coders: Sequence[str]) -> tuple[str, ...]:
    names = {name.casefold(): name for name in team_queries.coder_names(project.database)}
    result = []
    for coder in coders:
        lookup.coder_id(project, coder)  # refuse unknown names with the usual error
        result.append(names[coder.strip().casefold()])
    if len(set(result)) < 2:
        raise InvalidArgument(name="coders", reason="two_coders_needed")
    return tuple(dict.fromkeys(result))


def compute_agreement(
    project: Project,
    *,
    coders: Sequence[str],
    codes: Sequence[str] | None = None,
    documents: Sequence[int] | None = None,
    domains: Sequence[str] | None = None,
    bootstrap: int = 0,
    seed: int = 0,
    confidence: float = 0.95,
    min_overlap: float | None = None,
    by_document: str | None = None,
    units: str | None = None,
    level: str = "nominal",
    cu_variant: str = "sum_squared",
) -> AgreementResult:
    """Agreement of ``coders`` per code, per semantic domain, per pair of coders and overall.

    Only documents every compared coder coded take part unless ``documents`` are given: a
    document one coder never opened would otherwise count as disagreement everywhere. What
    this leaves out is listed in ``left_out`` with its reason.
    """
    began = time.perf_counter()
    compared = canonical_coders(project, coders)
    _check_options(bootstrap=bootstrap, min_overlap=min_overlap, by_document=by_document, units=units,
                   level=level, cu_variant=cu_variant)
    all_lengths = team_queries.document_lengths(project.database)
    if documents:
        for number in documents:
            lookup.document(project, number)
    all_spans = coded_spans(project, coders=compared)
    if documents:
        chosen, selection = tuple(sorted(set(int(number) for number in documents))), "given"
    else:
        chosen, selection = tuple(int(d) for d in core.documents_coded_by_all(all_spans, compared)), "coded_by_all"
    lengths = {number: all_lengths[number] for number in chosen}
    spans = [span for span in all_spans if span.document in lengths]
    code_paths = _chosen_codes(project, codes, spans)
    domain_codes = _chosen_domains(project, domains)
    # Per-document tallies, computed once: the coefficients, the code x document table and the
    # bootstrap all sum or resample them.
    code_tallies = core.code_tallies_by_document(spans, lengths=lengths, codes=code_paths, coders=compared)
    by_code, fleiss = measures.code_results(code_tallies, compared)
    domain_tallies = core.domain_tallies_by_document(spans, lengths=lengths, domains=domain_codes, coders=compared)
    by_domain = measures.domain_results(domain_tallies, compared, variant=cu_variant)
    other_variant = {}
    if len(compared) > 2:
        other = "per_coder" if cu_variant == "sum_squared" else "sum_squared"
        other_variant = measures.domain_results(domain_tallies, compared, variant=other)
    overall = core.pooled_domains(by_domain.values()) if by_domain else _pooled_codes(by_code)
    rests_on = {name: tuple(path for path, result in by_domain.items()
                            if getattr(result, name).observed is not None) for name in DOMAIN_COEFFICIENTS}
    codes_overall = measures.codes_overall(by_code, fleiss)
    settings = AgreementSettings(
        coders=compared, codes=tuple(codes) if codes else None, documents=tuple(documents) if documents else None,
        domains=tuple(domains) if domains else None, bootstrap=bootstrap, seed=seed, confidence=confidence,
        min_overlap=min_overlap, by_document=by_document, units=units, level=level, cu_variant=cu_variant,
    )
    left_out = _left_out(project, all_spans, compared, chosen, selection, None if codes else code_paths, by_domain,
                         rests_on)
    if len(compared) == 2:  # the one pair is the comparison itself
        pairs = [measures.PairAgreement((compared[0], compared[1]), chosen, sum(lengths.values()), by_code,
                                        codes_overall)]
    else:
        pairs = measures.pairwise(all_spans, coders=compared, all_lengths=all_lengths,
                                  given_documents=chosen if documents else None, codes=code_paths)
    segments = (measures.segments_by_pair(all_spans, pairs, codes=code_paths, min_overlap=min_overlap)
                if min_overlap is not None else [])
    table = (measures.code_document_table(code_tallies, documents=chosen, measure=by_document)
             if by_document else None)
    units_result = (units_agreement(project, coders=compared, documents=chosen, codes=code_paths, level=level,
                                    canonical=canonical_code_paths(project)) if units else None)
    intervals: dict[tuple[str, str, str], core.BootstrapInterval] = {}
    if bootstrap and chosen:
        estimates = {("code", path, "alpha_binary"): found.alpha_binary for path, found in by_code.items()}
        estimates["overall_codes", "", "alpha_binary"] = codes_overall.alpha_binary
        for path, found in by_domain.items():
            for name in DOMAIN_COEFFICIENTS:
                estimates["domain", path, name] = getattr(found, name)
        for name in DOMAIN_COEFFICIENTS:
            estimates["overall", "", name] = getattr(overall, name)
        intervals = bootstrap_intervals(
            code_tallies, domain_tallies, documents=chosen, coders=compared,
            estimates=estimates, overall_domains=rests_on if by_domain else {}, overall_codes=codes_overall.codes,
            resamples=bootstrap, seed=seed, confidence=confidence, variant=cu_variant)
    return AgreementResult(
        settings=settings, documents=chosen, document_selection=selection, characters=sum(lengths.values()),
        codes=by_code, domains=by_domain, overall=overall, intervals=intervals,
        seconds=time.perf_counter() - began, fleiss=fleiss, codes_overall=codes_overall,
        overall_rests_on=rests_on, other_variant=other_variant, pairs=pairs, segments=segments,
        by_document=table, units=units_result, left_out=left_out,
    )


def _check_options(*, bootstrap: int, min_overlap: float | None, by_document: str | None, units: str | None,
                   level: str, cu_variant: str) -> None:
    if bootstrap < 0:
        raise InvalidArgument(name="bootstrap", reason="resamples_zero_or_more", value=bootstrap)
    if min_overlap is not None and not 0.0 <= min_overlap <= 1.0:
        raise InvalidArgument(name="min-overlap", reason="percentage")
    if by_document is not None and by_document not in measures.CODE_MEASURES:
        raise InvalidArgument(name="by-document", reason="use_one_of", choices=measures.CODE_MEASURES)
    if units is not None and units not in UNIT_KINDS:
        raise InvalidArgument(name="units", reason="use_one_of", choices=UNIT_KINDS)
    if level not in core.LEVELS:
        raise InvalidArgument(name="level", reason="use_one_of", choices=core.LEVELS)
    if cu_variant not in core.CU_VARIANTS:
        raise InvalidArgument(name="cu-variant", reason="use_one_of", choices=core.CU_VARIANTS)


def _left_out(project: Project, spans: list[core.CodedSpan], compared: tuple[str, ...], chosen: tuple[int, ...],
              selection: str, code_paths: list[str] | None, by_domain: dict[str, core.DomainAgreement],
              rests_on: dict[str, tuple[str, ...]]) -> list[LeftOut]:
    entries: list[LeftOut] = []
    if selection == "coded_by_all":
        entries += scope.left_out_documents(spans, compared, chosen)
    if code_paths is not None:  # codes the user chose leave the others out on purpose
        entries += scope.left_out_codes(spans, chosen, code_paths)
    entries += scope.pairs_without_documents(spans, compared)
    entries += scope.differing_versions(project, spans, compared)
    for path, result in by_domain.items():
        for name in DOMAIN_COEFFICIENTS:
            if path not in rests_on[name]:
                entries.append(LeftOut("domain", path, scope.NO_COEFFICIENT,
                                       {"coefficient": name, "why": getattr(result, name).reason}))
    return entries


def _chosen_codes(project: Project, codes: Sequence[str] | None, spans: list[core.CodedSpan]) -> list[str]:
    if codes:
        return [lookup.code(project, path).path for path in codes]
    used = {span.code for span in spans}
    # Tree order, so tables read like the code system.
    return [code.path for code in code_store.list_codes(project.database) if code.path in used]


def _chosen_domains(project: Project, domains: Sequence[str] | None) -> dict[str, list[str]]:
    if not domains:
        return default_domains(project)
    chosen: dict[str, list[str]] = {}
    all_codes = code_store.list_codes(project.database)
    for path in domains:
        top = lookup.code(project, path)
        below = [code.path for code in all_codes if code.path.startswith(top.path + "::")]
        if not below:
            raise InvalidArgument(name="domain", reason="no_subcodes", code=top.path)
        chosen[top.path] = below
    return chosen


def _pooled_codes(by_code: dict[str, core.CodeAgreement]) -> core.DomainAgreement:
    """Overall values when no domain is compared: alpha-binary pooled over codes."""
    return core.DomainAgreement(
        tuple(by_code), core.Coefficient(None, core.NOT_AVAILABLE),
        core.pooled(result.alpha_binary for result in by_code.values()),
        core.Coefficient(None, core.NOT_AVAILABLE), None, (), (),
    )


def as_json(result: AgreementResult) -> dict:
    """The result as plain data: what the CLI prints, the GUI shows and the workbook holds."""
    from qda_app.services.agreement_json import result_as_json

    return result_as_json(result)
