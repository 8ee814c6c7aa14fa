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
from qda_app.services import lookup
from qda_app.services.project import Project
from qda_app.store import codes as code_store
from qda_app.store import team_queries

CODE_COEFFICIENTS = ("alpha_binary", "percent_agreement", "cohen_kappa")
DOMAIN_COEFFICIENTS = ("u_alpha", "alpha_binary", "cu_alpha")


@dataclass(frozen=True)
class AgreementSettings:
    coders: tuple[str, ...]
    codes: tuple[str, ...] | None = None
    documents: tuple[int, ...] | None = None
    domains: tuple[str, ...] | None = None
    bootstrap: int = 0
    seed: int = 0
    confidence: float = 0.95


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


def coded_spans(
    project: Project, *, coders: Sequence[str] | None = None, documents: Sequence[int] | None = None
) -> list[core.CodedSpan]:
    """One CodedSpan per coding (of the given coders and documents).

    Codes that are one code by name (``name_key``: "Éxito" and "éxito") count as the first of
    them in tree order, so two coders who meant the same code agree even before the
    duplicates are merged.
    """
    first_by_key: dict[tuple[str, ...], str] = {}
    canonical: dict[str, str] = {}  # path -> the path it counts as; one key per code, not per span
    for code in code_store.list_codes(project.database):
        canonical[code.path] = first_by_key.setdefault(code_path_key(code.path), code.path)
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
        raise InvalidArgument(name="coders", reason="name at least two different coders")
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
) -> AgreementResult:
    """Agreement of ``coders`` per code, per semantic domain and overall.

    Only documents every compared coder coded take part unless ``documents`` are given: a
    document one coder never opened would otherwise count as disagreement everywhere.
    """
    began = time.perf_counter()
    compared = canonical_coders(project, coders)
    if bootstrap < 0:
        raise InvalidArgument(name="bootstrap", reason="a number of resamples, 0 or more")
    all_lengths = team_queries.document_lengths(project.database)
    if documents:
        for number in documents:
            lookup.document(project, number)
    spans = coded_spans(project, coders=compared)
    if documents:
        chosen, selection = tuple(sorted(set(int(number) for number in documents))), "given"
    else:
        chosen, selection = tuple(int(d) for d in core.documents_coded_by_all(spans, compared)), "coded_by_all"
    lengths = {number: all_lengths[number] for number in chosen}
    spans = [span for span in spans if span.document in lengths]
    code_paths = _chosen_codes(project, codes, spans)
    domain_codes = _chosen_domains(project, domains)
    by_code = core.agreement_by_code(spans, lengths=lengths, codes=code_paths, coders=compared)
    by_domain = core.agreement_by_domain(spans, lengths=lengths, domains=domain_codes, coders=compared)
    overall = core.pooled_domains(by_domain.values()) if by_domain else _pooled_codes(by_code)
    settings = AgreementSettings(
        coders=compared, codes=tuple(codes) if codes else None, documents=tuple(documents) if documents else None,
        domains=tuple(domains) if domains else None, bootstrap=bootstrap, seed=seed, confidence=confidence,
    )
    intervals: dict[tuple[str, str, str], core.BootstrapInterval] = {}
    if bootstrap and chosen:
        intervals = _bootstrap(spans, lengths, code_paths, domain_codes, compared, settings)
    return AgreementResult(
        settings=settings, documents=chosen, document_selection=selection, characters=sum(lengths.values()),
        codes=by_code, domains=by_domain, overall=overall, intervals=intervals,
        seconds=time.perf_counter() - began,
    )


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
            raise InvalidArgument(name="domain", reason=f"'{top.path}' has no sub-codes")
        chosen[top.path] = below
    return chosen


def _pooled_codes(by_code: dict[str, core.CodeAgreement]) -> core.DomainAgreement:
    """Overall values when no domain is compared: alpha-binary pooled over codes."""
    return core.DomainAgreement(
        tuple(by_code), core.Coefficient(None, core.NOT_AVAILABLE),
        core.pooled(result.alpha_binary for result in by_code.values()),
        core.Coefficient(None, core.NOT_AVAILABLE), None, (), (),
    )


def _bootstrap(
    spans: list[core.CodedSpan],
    lengths: dict[int, int],
    code_paths: list[str],
    domain_codes: dict[str, list[str]],
    coders: tuple[str, ...],
    settings: AgreementSettings,
) -> dict[tuple[str, str, str], core.BootstrapInterval]:
    """Percentile intervals by resampling documents; per-document tallies make it cheap."""
    options = {"resamples": settings.bootstrap, "seed": settings.seed, "confidence": settings.confidence}
    documents = list(lengths)
    intervals: dict[tuple[str, str, str], core.BootstrapInterval] = {}
    empty_binary = core.BinaryTally.empty(len(coders))
    for path in code_paths:
        tallies = core.code_tallies(spans, lengths=lengths, code=path, coders=coders)
        intervals["code", path, "alpha_binary"] = core.bootstrap_interval(
            lambda docs, t=tallies: core.alpha_binary_from(core.combine_tallies((t[d] for d in docs), empty_binary)),
            documents, **options,
        )
    # Every interval uses the same seed and document pool, so resample k is the same list of
    # documents for every coefficient: each domain is summed once per resample, not four times.
    cache: dict[tuple[str, tuple[int, ...]], core.DomainAgreement] = {}
    domain_tallies = {}

    def domain_result(name: str, docs: Sequence[int]) -> core.DomainAgreement:
        key = (name, tuple(docs))
        if key not in cache:
            tallies, empty = domain_tallies[name]
            cache[key] = core.domain_agreement_from(core.combine_tallies((tallies[d] for d in docs), empty))
        return cache[key]

    for name, codes in domain_codes.items():
        codes_tuple = tuple(dict.fromkeys(codes))
        tallies = core.domain_tallies(spans, lengths=lengths, domain_codes=codes_tuple, coders=coders)
        domain_tallies[name] = (tallies, core.DomainTally.empty(codes_tuple, len(coders)))
        for coefficient in ("alpha_binary", "cu_alpha"):
            intervals["domain", name, coefficient] = core.bootstrap_interval(
                lambda docs, n=name, c=coefficient: getattr(domain_result(n, docs), c), documents, **options,
            )
    if domain_tallies:
        for coefficient in ("alpha_binary", "cu_alpha"):
            intervals["overall", "", coefficient] = core.bootstrap_interval(
                lambda docs, c=coefficient: core.pooled(getattr(domain_result(n, docs), c) for n in domain_tallies),
                documents, **options,
            )
    return intervals


# --- shaping for front ends ---------------------------------------------------------------------

def _plain(coefficients: dict[str, core.Coefficient]) -> dict:
    """Named fields as plain numbers or null; why a value is missing goes in ``reasons``."""
    values: dict = {name: coefficient.value for name, coefficient in coefficients.items()}
    values["reasons"] = {name: c.reason for name, c in coefficients.items() if c.reason is not None}
    return values


def _interval(result: AgreementResult, key: tuple[str, str, str]) -> dict | None:
    found = result.intervals.get(key)
    if found is None:
        return None
    return {"low": found.low, "high": found.high, "confidence": found.confidence,
            "valid_resamples": found.valid_resamples, "reason": found.reason}


def as_json(result: AgreementResult) -> dict:
    codes = []
    for path, found in result.codes.items():
        entry = {"path": path, **_plain({name: getattr(found, name) for name in CODE_COEFFICIENTS})}
        entry["reliability"] = core.classify_reliability(found.alpha_binary)
        entry["coded_characters"] = dict(found.coded_characters)
        if result.intervals:
            entry["interval"] = {"alpha_binary": _interval(result, ("code", path, "alpha_binary"))}
        codes.append(entry)
    domains = []
    for path, found in result.domains.items():
        entry = {"path": path, **_plain({name: getattr(found, name) for name in DOMAIN_COEFFICIENTS})}
        entry["coverage"] = found.coverage
        entry["reliability"] = core.classify_reliability(found.cu_alpha)
        entry["codes"] = [
            {"path": item.code, "ku_alpha": item.ku_alpha.value, "reason": item.ku_alpha.reason,
             "coverage": item.coverage} for item in found.per_code
        ]
        entry["violations"] = [
            {"coder": v.coder, "document": v.document, "codes": list(v.codes), "start": v.start, "end": v.end}
            for v in found.violations
        ]
        if result.intervals:
            entry["interval"] = {name: _interval(result, ("domain", path, name)) for name in ("alpha_binary", "cu_alpha")}
        domains.append(entry)
    overall = _plain({name: getattr(result.overall, name) for name in DOMAIN_COEFFICIENTS})
    overall["reliability"] = core.classify_reliability(result.overall.cu_alpha)
    if result.intervals:
        overall["interval"] = {name: _interval(result, ("overall", "", name)) for name in ("alpha_binary", "cu_alpha")}
    settings = result.settings
    return {
        "coders": list(settings.coders),
        "documents": list(result.documents),
        "document_selection": result.document_selection,
        "characters": result.characters,
        "settings": {"codes": list(settings.codes) if settings.codes else None,
                     "documents": list(settings.documents) if settings.documents else None,
                     "domains": list(settings.domains) if settings.domains else None,
                     "bootstrap": settings.bootstrap, "seed": settings.seed, "confidence": settings.confidence},
        "thresholds": {"reliable": 0.800, "tentative": 0.667},
        "codes": codes,
        "domains": domains,
        "overall": overall,
        "seconds": round(result.seconds, 4),
    }
