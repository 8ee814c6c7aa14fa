"""Bootstrap intervals of a comparison, all resamples at once (core.agreement.resampling).

Documents, not characters, are resampled (characters within a document are not
independent). Every interval uses the same resamples, so resample r draws the same documents
for every code, domain and overall value. The overall values of a resample pool exactly the
domains (or codes) the point estimate rests on; a resample in which one of them has no value
gives no overall value, and is not counted in ``valid_resamples``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from qda_app.core import agreement as core
from qda_app.core.agreement import resampling

IntervalKey = tuple[str, str, str]  # (code | domain | overall | overall_codes, path, coefficient)


def bootstrap_intervals(
    code_tallies: Mapping[str, Mapping[int, core.BinaryTally]],
    domain_tallies: Mapping[str, Mapping[int, core.DomainTally]], *, documents: Sequence[int],
    coders: tuple[str, ...], estimates: Mapping[IntervalKey, core.Coefficient],
    overall_domains: Mapping[str, Sequence[str]], overall_codes: Sequence[str],
    resamples: int, seed: int, confidence: float, variant: str,
) -> dict[IntervalKey, core.BootstrapInterval]:
    """Intervals from the per-document tallies the point estimates were summed from."""
    pool, counts = resampling.resample_counts(list(documents), resamples=resamples, seed=seed)
    options = {"confidence": confidence, "resamples": resamples, "seed": seed}
    intervals: dict[IntervalKey, core.BootstrapInterval] = {}
    code_parts: dict[str, resampling.Disagreements] = {}
    for path, sums in resampling.binary_sums_by_code(code_tallies, pool, counts).items():
        part = resampling.alpha_binary(sums, len(coders))
        code_parts[path] = part
        key = ("code", path, "alpha_binary")
        intervals[key] = resampling.interval(estimates[key], part.values, **options)
    if overall_codes:
        key = ("overall_codes", "", "alpha_binary")
        intervals[key] = resampling.interval(
            estimates[key], resampling.pooled([code_parts[path] for path in overall_codes]), **options)
    domain_parts: dict[tuple[str, str], resampling.Disagreements] = {}
    for name, tallies in domain_tallies.items():
        sums = resampling.domain_sums(tallies, pool, counts, variant=variant)
        binary = resampling.alpha_binary({**sums, "self_pairs": sums["binary_self_pairs"]}, len(coders))
        parts = {"u_alpha": resampling.u_alpha(sums, len(coders)), "alpha_binary": binary,
                 "cu_alpha": resampling.cu_alpha(sums)}
        for coefficient, part in parts.items():
            domain_parts[name, coefficient] = part
            key = ("domain", name, coefficient)
            intervals[key] = resampling.interval(estimates[key], part.values, **options)
    for coefficient, names in overall_domains.items():
        if names:
            key = ("overall", "", coefficient)
            intervals[key] = resampling.interval(
                estimates[key], resampling.pooled([domain_parts[name, coefficient] for name in names]), **options)
    return intervals
