"""An agreement result as plain data (JSON): the one shape the CLI, the GUI and the workbook read.

Every value is a number or null; a null's reason is in the sibling ``reasons`` object.
docs/agreement.md describes every field.
"""

from __future__ import annotations

from qda_app.core import agreement as core
from qda_app.services.agreement import (
    CODE_COEFFICIENTS,
    DOMAIN_COEFFICIENTS,
    AgreementResult,
)


def _plain(coefficients: dict[str, core.Coefficient]) -> dict:
    values: dict = {name: coefficient.value for name, coefficient in coefficients.items()}
    values["reasons"] = {name: c.reason for name, c in coefficients.items() if c.reason is not None}
    return values


def _interval(result: AgreementResult, key: tuple[str, str, str]) -> dict | None:
    found = result.intervals.get(key)
    if found is None:
        return None
    return {"low": found.low, "high": found.high, "confidence": found.confidence, "resamples": found.resamples,
            "valid_resamples": found.valid_resamples, "reason": found.reason}


def _codes_overall(overall) -> dict:
    entry = _plain({name: getattr(overall, name) for name in (*CODE_COEFFICIENTS, "fleiss_kappa")})
    entry["reliability"] = core.classify_reliability(overall.alpha_binary)
    entry["rests_on_codes"] = list(overall.codes)
    return entry


def _code_entries(result: AgreementResult) -> list[dict]:
    codes = []
    for path, found in result.codes.items():
        values = {name: getattr(found, name) for name in CODE_COEFFICIENTS}
        if path in result.fleiss:
            values["fleiss_kappa"] = result.fleiss[path]
        entry = {"path": path, **_plain(values)}
        entry["reliability"] = core.classify_reliability(found.alpha_binary)
        entry["coded_characters"] = dict(found.coded_characters)
        if result.intervals:
            entry["interval"] = {"alpha_binary": _interval(result, ("code", path, "alpha_binary"))}
        codes.append(entry)
    return codes


def _per_code(found: core.DomainAgreement) -> list[dict]:
    return [{"path": item.code, "ku_alpha": item.ku_alpha.value, "reason": item.ku_alpha.reason,
             "coverage": item.coverage} for item in found.per_code]


def _domain_entries(result: AgreementResult) -> list[dict]:
    domains = []
    for path, found in result.domains.items():
        entry = {"path": path, **_plain({name: getattr(found, name) for name in DOMAIN_COEFFICIENTS})}
        entry["coverage"] = found.coverage
        entry["reliability"] = core.classify_reliability(found.cu_alpha)
        entry["codes"] = _per_code(found)
        entry["violations"] = [
            {"coder": v.coder, "document": v.document, "codes": list(v.codes), "start": v.start, "end": v.end}
            for v in found.violations
        ]
        if path in result.other_variant:
            other = result.other_variant[path]
            variant = "per_coder" if result.settings.cu_variant == "sum_squared" else "sum_squared"
            entry["other_reading"] = {"variant": variant, "cu_alpha": other.cu_alpha.value,
                                      "cu_alpha_reason": other.cu_alpha.reason, "codes": _per_code(other)}
        if result.intervals:
            entry["interval"] = {name: _interval(result, ("domain", path, name)) for name in DOMAIN_COEFFICIENTS}
        domains.append(entry)
    return domains


def _overall(result: AgreementResult) -> dict:
    overall = _plain({name: getattr(result.overall, name) for name in DOMAIN_COEFFICIENTS})
    overall["reliability"] = core.classify_reliability(result.overall.cu_alpha)
    if result.domains:
        overall["rests_on_domains"] = {name: list(paths) for name, paths in result.overall_rests_on.items()}
        overall["complete"] = all(len(paths) == len(result.domains) for paths in result.overall_rests_on.values())
    else:
        overall["rests_on_domains"] = None
        overall["complete"] = True
    if result.intervals:
        overall["interval"] = {name: _interval(result, ("overall", "", name)) for name in DOMAIN_COEFFICIENTS}
    return overall


def _pairs(result: AgreementResult) -> list[dict]:
    pairs = []
    for pair in result.pairs:
        entry = {"coders": list(pair.coders), "documents": list(pair.documents), "characters": pair.characters,
                 "overall": _codes_overall(pair.overall), "codes": []}
        for path, found in pair.codes.items():
            entry["codes"].append({"path": path, **_plain({name: getattr(found, name) for name in CODE_COEFFICIENTS})})
        pairs.append(entry)
    return pairs


def _segments(result: AgreementResult) -> dict | None:
    if result.settings.min_overlap is None:
        return None
    pairs = []
    for found in result.segments:
        rows = [{"path": c.code, "agreements": c.agreements, "disagreements": c.disagreements,
                 "segments": c.segments, "percentage": c.percentage,
                 "matched": list(c.matched), "total": list(c.total)} for c in found.codes]
        overall = found.overall
        pairs.append({"coders": list(found.coders), "codes": rows,
                      "overall": {"agreements": overall.agreements, "disagreements": overall.disagreements,
                                  "segments": overall.segments, "percentage": overall.percentage,
                                  "matched": list(overall.matched), "total": list(overall.total)},
                      "kappa_brennan_prediger": found.kappa.value, "kappa_reason": found.kappa.reason,
                      "categories": max(len(found.codes), 2)})
    return {"min_overlap": result.settings.min_overlap, "pairs": pairs}


def _by_document(result: AgreementResult) -> dict | None:
    table = result.by_document
    if table is None:
        return None
    return {"measure": table.measure, "documents": list(table.documents),
            "rows": [{"path": code, "values": {str(d): cell.value for d, cell in cells.items()},
                      "reasons": {str(d): cell.reason for d, cell in cells.items() if cell.reason}}
                     for code, cells in table.cells.items()]}


def _units(result: AgreementResult) -> dict | None:
    found = result.units
    if found is None:
        return None
    return {"unit": found.unit, "level": found.level, "alpha": found.alpha.value, "reason": found.alpha.reason,
            "reliability": core.classify_reliability(found.alpha), "units": found.units,
            "pairable_units": found.pairable_units, "pairable_values": found.pairable_values,
            "values": list(found.values),
            "table": [{"unit": label, "values": dict(zip(result.settings.coders, row))} for label, row in found.table],
            "left_out": [entry.as_dict() for entry in found.left_out]}


def result_as_json(result: AgreementResult) -> dict:
    settings = result.settings
    codes_overall = result.codes_overall
    return {
        "coders": list(settings.coders),
        "documents": list(result.documents),
        "document_selection": result.document_selection,
        "characters": result.characters,
        "settings": {"codes": list(settings.codes) if settings.codes else None,
                     "documents": list(settings.documents) if settings.documents else None,
                     "domains": list(settings.domains) if settings.domains else None,
                     "bootstrap": settings.bootstrap, "seed": settings.seed, "confidence": settings.confidence,
                     "min_overlap": settings.min_overlap, "by_document": settings.by_document,
                     "units": settings.units, "level": settings.level, "cu_variant": settings.cu_variant},
        "thresholds": {"reliable": 0.800, "tentative": 0.667},
        "codes": _code_entries(result),
        "codes_overall": ({**_codes_overall(codes_overall),
                           **({"interval": {"alpha_binary": _interval(result, ("overall_codes", "", "alpha_binary"))}}
                              if result.intervals else {})} if codes_overall else None),
        "domains": _domain_entries(result),
        "overall": _overall(result),
        "pairs": _pairs(result),
        "segments": _segments(result),
        "by_document": _by_document(result),
        "units": _units(result),
        "left_out": [entry.as_dict() for entry in result.left_out],
        "seconds": round(result.seconds, 4),
    }
