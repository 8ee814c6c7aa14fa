"""Agreement on coded segments with an overlap threshold (as MAXQDA's segment comparison).

Each coding of a coder is a *segment* (not merged with the coder's other segments). A
segment of coder A counts as *matched* when coder B coded the same document with the same
code on a segment that overlaps it by at least ``min_overlap`` - the overlap being the
characters both segments share divided by the characters either covers (intersection over
union, 0..1) - and likewise for every segment of coder B. Every segment of either coder is
checked once, so a matched pair counts twice, once for each coder, as in MAXQDA's
code-specific results table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from qda_app.core.agreement.chance_corrected import brennan_prediger_kappa
from qda_app.core.agreement.results import CodedSpan, Coefficient, DocumentKey
from qda_app.core.errors import InvalidArgument


@dataclass(frozen=True)
class SegmentCount:
    """Segments of one code: how many of each coder's segments found a match."""

    code: str
    matched: tuple[int, int]  # segments of coder A, of coder B that were matched
    total: tuple[int, int]

    @property
    def agreements(self) -> int:
        return sum(self.matched)

    @property
    def disagreements(self) -> int:
        return sum(self.total) - sum(self.matched)

    @property
    def segments(self) -> int:
        return sum(self.total)

    @property
    def percentage(self) -> float | None:
        """Agreements over all segments, 0..1; ``None`` when nobody coded the code."""
        return self.agreements / self.segments if self.segments else None


@dataclass(frozen=True)
class SegmentAgreement:
    coders: tuple[str, str]
    min_overlap: float
    codes: tuple[SegmentCount, ...]
    overall: SegmentCount
    kappa: Coefficient  # Brennan & Prediger, k = number of codes compared


def overlap_share(first: tuple[int, int], second: tuple[int, int]) -> float:
    shared = min(first[1], second[1]) - max(first[0], second[0])
    if shared <= 0:
        return 0.0
    return shared / (max(first[1], second[1]) - min(first[0], second[0]))


def _matched(own: Sequence[tuple[int, int]], other: Sequence[tuple[int, int]], threshold: float) -> int:
    # A code in one document rarely holds more than a handful of segments per coder, so the
    # direct comparison is cheaper than an interval index would be.
    return sum(1 for segment in own
               if any(overlap_share(segment, candidate) >= threshold and candidate[1] > segment[0]
                      and candidate[0] < segment[1] for candidate in other))


def segment_agreement(spans: Iterable[CodedSpan], *, coders: Sequence[str], codes: Sequence[str],
                      documents: Iterable[DocumentKey], min_overlap: float) -> SegmentAgreement:
    """Segment agreement of two coders on ``codes`` in ``documents``; ``min_overlap`` in 0..1."""
    pair = tuple(dict.fromkeys(coders))
    if len(pair) != 2:
        raise InvalidArgument(name="coders", reason="segments_two_coders")
    if not 0.0 <= min_overlap <= 1.0:
        raise InvalidArgument(name="min_overlap", reason="percentage")
    wanted_documents, wanted_codes = set(documents), dict.fromkeys(codes)
    by_code: dict[str, dict[DocumentKey, tuple[list, list]]] = defaultdict(dict)
    for span in spans:
        if span.document not in wanted_documents or span.code not in wanted_codes or span.end <= span.start:
            continue
        if span.coder not in pair:
            continue
        sides = by_code[span.code].setdefault(span.document, ([], []))
        sides[pair.index(span.coder)].append((span.start, span.end))
    counts = []
    for code in wanted_codes:
        matched, total = [0, 0], [0, 0]
        for first, second in by_code.get(code, {}).values():
            first, second = sorted(set(first)), sorted(set(second))  # one segment per range and coder
            matched[0] += _matched(first, second, min_overlap)
            matched[1] += _matched(second, first, min_overlap)
            total[0] += len(first)
            total[1] += len(second)
        counts.append(SegmentCount(code, (matched[0], matched[1]), (total[0], total[1])))
    overall = SegmentCount("", (sum(c.matched[0] for c in counts), sum(c.matched[1] for c in counts)),
                           (sum(c.total[0] for c in counts), sum(c.total[1] for c in counts)))
    kappa = brennan_prediger_kappa(overall.agreements, overall.segments, categories=len(counts))
    return SegmentAgreement((pair[0], pair[1]), min_overlap, tuple(counts), overall, kappa)
