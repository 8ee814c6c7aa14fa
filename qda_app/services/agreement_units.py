"""Krippendorff's alpha over predefined units: quotations as units, codes as values.

Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", sections A-C. A *unit*
is one passage, ``(document, start, end)``: the same range coded by several coders (each
coder has their own quotation there, or they share one) is one unit. A coder's *value* for
a unit is the one compared code they gave that range; a coder who did not code the range
leaves the value missing. A coder who gave one range two compared codes has no single value:
that value is left out and listed, as are units only one coder valued (not pairable).
For ordinal, interval and ratio levels the codes' names (their last path segment) must be
numbers, e.g. codes "1" to "5".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from qda_app.core import agreement as core
from qda_app.core.errors import InvalidArgument
from qda_app.services.agreement_scope import NOT_PAIRABLE, SEVERAL_VALUES, LeftOut
from qda_app.services.project import Project
from qda_app.store import team_queries

UNIT_KINDS = ("quotations",)


@dataclass(frozen=True)
class UnitsAgreement:
    unit: str
    level: str
    alpha: core.Coefficient
    units: int  # units any compared coder valued
    pairable_units: int
    pairable_values: int  # n of Krippendorff's coincidence matrix
    values: tuple[str, ...]  # the codes compared, as values
    table: tuple[tuple[str, tuple[str | None, ...]], ...]  # (unit label, one value per coder)
    left_out: tuple[LeftOut, ...]


def _numeric(code: str) -> float:
    leaf = code.rsplit("::", 1)[-1].strip().replace(",", ".")
    try:
        return float(leaf)
    except ValueError:
        raise InvalidArgument(name="level", reason="code_not_a_number", code=code) from None


def units_agreement(project: Project, *, coders: Sequence[str], documents: Sequence[int],
                    codes: Sequence[str], level: str = "nominal",
                    canonical: Mapping[str, str] | None = None) -> UnitsAgreement:
    """``canonical`` maps a code path to the one it counts as (codes equal by name)."""
    canonical = canonical or {}
    if level not in core.LEVELS:
        raise InvalidArgument(name="level", reason="use_one_of", choices=core.LEVELS)
    wanted = set(codes)
    values_by_unit: dict[tuple[int, int, int], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    labels: dict[tuple[int, int, int], str] = {}
    for span in team_queries.coding_spans(project.database, coder_names=list(coders),
                                          document_numbers=list(documents)):
        path = canonical.get(span.code_path, span.code_path)
        if path not in wanted or span.end <= span.start:
            continue
        key = (span.document_number, span.start, span.end)
        labels.setdefault(key, span.quotation_label)
        values_by_unit[key][span.coder].append(path)
    table, left_out = [], []
    for key in sorted(values_by_unit):
        row = []
        for coder in coders:
            given = sorted(set(values_by_unit[key].get(coder, [])))
            if len(given) > 1:
                left_out.append(LeftOut("unit", labels[key], SEVERAL_VALUES,
                                        {"coder": coder, "codes": given, "document": key[0],
                                         "start": key[1], "end": key[2]}))
                row.append(None)
            else:
                row.append(given[0] if given else None)
        if sum(value is not None for value in row) < 2:
            left_out.append(LeftOut("unit", labels[key], NOT_PAIRABLE,
                                    {"document": key[0], "start": key[1], "end": key[2],
                                     "valued_by": [c for c, v in zip(coders, row) if v is not None]}))
        table.append((labels[key], tuple(row)))
    convert = (lambda code: code) if level == "nominal" else _numeric
    data = [[None if row[index] is None else convert(row[index]) for _, row in table]
            for index in range(len(coders))]
    alpha = core.krippendorff_alpha(data, level=level) if table else core.Coefficient(None, core.NO_UNITS)
    pairable = [row for _, row in table if sum(v is not None for v in row) >= 2]
    return UnitsAgreement(
        "quotations", level, alpha, len(table), len(pairable),
        sum(sum(v is not None for v in row) for row in pairable),
        tuple(sorted({v for _, row in table for v in row if v is not None})),
        tuple(table), tuple(left_out),
    )
