"""Sufficient statistics of unitized continua, gathered with sweep lines.

Every coefficient on characters (alpha-binary, u-alpha, cu-alpha, (k)u-alpha, percentage
agreement, Cohen's kappa) is a function of a handful of sums over characters and over
units. Those sums are additive over documents, so each document is swept once into a
*tally* and tallies are added; a bootstrap then only adds tallies of resampled documents.

A sweep visits the boundaries of all coders' units of a document in order; between two
boundaries every coder's state is constant, so a stretch of ``d`` characters contributes
``d`` times a closed-form count of coder pairs. Nothing loops over characters and nothing
compares all pairs of segments.

Conventions (documented because they change numbers):

* A coder's overlapping spans of one code form one unit (their union): the coder marked
  that text once as far as this code is concerned. Spans that only touch stay separate
  units, because the coder identified two units there.
* Spans of documents absent from ``lengths`` are ignored: passing ``lengths`` is how a
  caller chooses the documents. Spans of coders not compared are ignored as well.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from qda_app.core.agreement.results import CodedSpan, DocumentKey, DomainViolation
from qda_app.core.errors import InvalidArgument, InvalidRange

Interval = tuple[int, int]
Unit = tuple[int, int, int]  # start, end, index of the code


@dataclass(frozen=True)
class BinaryTally:
    """Sums for "coded (with the code, or any code of a domain) or not", per character.

    ``disagreeing`` counts, over characters, the unordered pairs of coders of which one
    coded the character and the other did not: ``N * (m - N)`` with ``N`` coders coding.
    ``self_pairs`` is the sum of squared unit lengths: a unit cannot pair with itself when
    chance pairings are counted (Krippendorff et al. 2016, expected coincidences).
    """

    coders: int
    length: int
    coded_by_coder: tuple[int, ...]
    disagreeing: int
    self_pairs: int

    def __add__(self, other: BinaryTally) -> BinaryTally:
        if self.coders != other.coders:
            raise ValueError("tallies of different numbers of coders cannot be added")
        return BinaryTally(
            self.coders,
            self.length + other.length,
            tuple(a + b for a, b in zip(self.coded_by_coder, other.coded_by_coder)),
            self.disagreeing + other.disagreeing,
            self.self_pairs + other.self_pairs,
        )

    @classmethod
    def empty(cls, coders: int, length: int = 0) -> BinaryTally:
        return cls(coders, length, (0,) * coders, 0, 0)


@dataclass(frozen=True)
class DomainTally:
    """Sums for the codes of one semantic domain (tuples follow the order of ``codes``).

    Per character, with ``n_k`` coders applying code ``k`` and ``N`` applying any code:
    ``agreeing[k]`` sums ``n_k (n_k - 1) / 2``, ``coded_pairs`` sums ``N (N - 1) / 2`` and
    ``intersecting[k]`` sums ``n_k (N - 1)``. ``intersecting_squares[k]`` sums, over units
    ``g`` of code ``k`` of coder ``i``, ``(Σ_j≠i |g ∩ coded text of j|)**2`` - the
    self-pairing correction of cu-alpha as the default reading squares it (the sum of a
    unit's overlaps with all other coders); ``pair_squares[k]`` sums ``Σ_j≠i |g ∩ coded text
    of j|**2`` instead, the other reading (one square per other coder); for two coders the two
    are equal. ``margin`` and
    ``self_pairs`` are the coded characters and squared unit lengths per code.
    ``binary`` holds the domain's coded/not-coded sums. When a coder overlapped two codes
    (``violations``) the per-code sums are meaningless and left at zero.
    """

    codes: tuple[str, ...]
    binary: BinaryTally
    margin: tuple[int, ...]
    self_pairs: tuple[int, ...]
    agreeing: tuple[int, ...]
    coded_pairs: int
    intersecting: tuple[int, ...]
    intersecting_squares: tuple[int, ...]
    violations: tuple[DomainViolation, ...]
    pair_squares: tuple[int, ...] = ()

    def __add__(self, other: DomainTally) -> DomainTally:
        if self.codes != other.codes:
            raise ValueError("tallies of different domains cannot be added")

        def add(first: tuple[int, ...], second: tuple[int, ...]) -> tuple[int, ...]:
            return tuple(a + b for a, b in zip(first, second))

        return DomainTally(
            self.codes,
            self.binary + other.binary,
            add(self.margin, other.margin),
            add(self.self_pairs, other.self_pairs),
            add(self.agreeing, other.agreeing),
            self.coded_pairs + other.coded_pairs,
            add(self.intersecting, other.intersecting),
            add(self.intersecting_squares, other.intersecting_squares),
            self.violations + other.violations,
            add(self.pair_squares, other.pair_squares),
        )

    @classmethod
    def empty(cls, codes: tuple[str, ...], coders: int, length: int = 0) -> DomainTally:
        zeros = (0,) * len(codes)
        return cls(codes, BinaryTally.empty(coders, length), zeros, zeros, zeros, 0, zeros,
                   zeros, (), zeros)


TallyT = TypeVar("TallyT", BinaryTally, DomainTally)


def combine_tallies(tallies: Iterable[TallyT], empty: TallyT) -> TallyT:
    """Sum tallies (``empty`` is returned for none); used by the bootstrap."""
    if isinstance(empty, BinaryTally):
        # The bootstrap adds hundreds of thousands of these: add fields, not objects.
        length, disagreeing, self_pairs = empty.length, empty.disagreeing, empty.self_pairs
        coded = list(empty.coded_by_coder)
        for tally in tallies:
            length += tally.length
            disagreeing += tally.disagreeing
            self_pairs += tally.self_pairs
            for index, value in enumerate(tally.coded_by_coder):
                coded[index] += value
        return BinaryTally(empty.coders, length, tuple(coded), disagreeing, self_pairs)
    total = empty
    for tally in tallies:
        total = total + tally
    return total


def distinct_coders(coders: Sequence[str]) -> tuple[str, ...]:
    """The coders in the caller's order, each once."""
    return tuple(dict.fromkeys(coders))


def group_spans(
    spans: Iterable[CodedSpan],
    *,
    lengths: Mapping[DocumentKey, int],
    coders: Sequence[str],
    codes: Iterable[str] | None = None,
) -> dict[str, dict[DocumentKey, list[list[Interval]]]]:
    """Spans as ``code -> document -> [intervals of coder 0, of coder 1, ...]``.

    Grouping once lets many codes be computed without rescanning all spans per code.
    """
    coder_index = {coder: index for index, coder in enumerate(coders)}
    wanted = None if codes is None else set(codes)
    grouped: dict[str, dict[DocumentKey, list[list[Interval]]]] = defaultdict(dict)
    for length in lengths.values():
        if length < 0:
            raise InvalidArgument(name="lengths", reason="negative_length")
    for span in spans:
        index = coder_index.get(span.coder)
        if index is None or (wanted is not None and span.code not in wanted):
            continue
        length = lengths.get(span.document)
        if length is None:
            continue
        if span.end > length:
            raise InvalidRange(document=span.document, start=span.start, end=span.end,
                               length=length)
        if span.end == span.start:
            continue  # an empty span marks no character
        by_document = grouped[span.code]
        per_coder = by_document.get(span.document)
        if per_coder is None:
            per_coder = by_document[span.document] = [[] for _ in coders]
        per_coder[index].append((span.start, span.end))
    return grouped


def merge_overlapping(intervals: Iterable[Interval]) -> list[Interval]:
    """Union of intervals that share at least one character; touching ones stay apart."""
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


@dataclass
class _SweepSums:
    disagreeing: int = 0
    coded_pairs: int = 0


def _sweep(units_by_coder: Sequence[Sequence[Unit]], agreeing: list[int],
           intersecting: list[int]) -> _SweepSums:
    """Walk all unit boundaries once, adding per-stretch pair counts (see DomainTally)."""
    coders = len(units_by_coder)
    events: list[tuple[int, int, int]] = []
    for units in units_by_coder:
        for start, end, code in units:
            events.append((start, 1, code))
            events.append((end, -1, code))
    events.sort()
    sums = _SweepSums()
    active: dict[int, int] = {}
    coding = 0
    previous = 0
    for position, delta, code in events:
        if position != previous:
            if coding:
                stretch = position - previous
                sums.disagreeing += stretch * coding * (coders - coding)
                if coding > 1:
                    sums.coded_pairs += stretch * (coding * (coding - 1) // 2)
                    for active_code, count in active.items():
                        if count > 1:
                            agreeing[active_code] += stretch * (count * (count - 1) // 2)
                        intersecting[active_code] += stretch * count * (coding - 1)
            previous = position
        coding += delta
        count = active.get(code, 0) + delta
        if count:
            active[code] = count
        else:
            del active[code]
    return sums


def _coverage_function(intervals: Sequence[Interval]) -> Callable[[int], int]:
    """``covered(x)``: characters of the (disjoint, sorted) intervals before position x."""
    starts = [start for start, _ in intervals]
    ends = [end for _, end in intervals]
    before: list[int] = []
    total = 0
    for start, end in intervals:
        before.append(total)
        total += end - start

    def covered(position: int) -> int:
        index = bisect_right(starts, position) - 1
        if index < 0:
            return 0
        return before[index] + min(position, ends[index]) - starts[index]

    return covered


def binary_document_tally(units_by_coder: Sequence[Sequence[Interval]],
                          length: int) -> BinaryTally:
    """Tally one document for one code; each coder's intervals must already be disjoint."""
    coders = len(units_by_coder)
    sums = _sweep([[(s, e, 0) for s, e in units] for units in units_by_coder], [0], [0])
    return BinaryTally(
        coders,
        length,
        tuple(sum(e - s for s, e in units) for units in units_by_coder),
        sums.disagreeing,
        sum((e - s) ** 2 for units in units_by_coder for s, e in units),
    )


def find_violations(units: Sequence[Unit], *, coder: str, document: DocumentKey,
                    codes: Sequence[str]) -> list[DomainViolation]:
    """Overlaps between different codes of one coder (units sorted by start)."""
    violations: list[DomainViolation] = []
    open_units: list[Unit] = []
    for start, end, code in units:
        open_units = [unit for unit in open_units if unit[1] > start]
        for other_start, other_end, other_code in open_units:
            if other_code != code:
                names = sorted((codes[other_code], codes[code]))
                violations.append(DomainViolation(coder, document, (names[0], names[1]),
                                                  start, min(end, other_end)))
        open_units.append((start, end, code))
    return violations


def domain_document_tally(
    intervals_by_code: Mapping[int, Sequence[Sequence[Interval]]],
    *,
    codes: tuple[str, ...],
    coders: tuple[str, ...],
    document: DocumentKey,
    length: int,
) -> DomainTally:
    """Tally one document for one domain from ``code index -> per-coder intervals``."""
    code_count = len(codes)
    units_by_coder: list[list[Unit]] = [[] for _ in coders]
    for code, per_coder in intervals_by_code.items():
        for coder_index, intervals in enumerate(per_coder):
            units_by_coder[coder_index].extend(
                (start, end, code) for start, end in merge_overlapping(intervals))
    violations: list[DomainViolation] = []
    for coder_index, units in enumerate(units_by_coder):
        units.sort()
        violations.extend(find_violations(units, coder=coders[coder_index],
                                          document=document, codes=codes))
    if violations:
        # Only "coded with any code of the domain" still makes sense: merge the overlaps.
        unions = [merge_overlapping((s, e) for s, e, _ in units) for units in units_by_coder]
        empty = DomainTally.empty(codes, len(coders))
        return DomainTally(codes, binary_document_tally(unions, length), empty.margin,
                           empty.self_pairs, empty.agreeing, 0, empty.intersecting,
                           empty.intersecting_squares, tuple(violations), empty.pair_squares)

    agreeing = [0] * code_count
    intersecting = [0] * code_count
    sums = _sweep(units_by_coder, agreeing, intersecting)
    margin = [0] * code_count
    self_pairs = [0] * code_count
    for units in units_by_coder:
        for start, end, code in units:
            margin[code] += end - start
            self_pairs[code] += (end - start) ** 2
    squares = [0] * code_count
    pair_squares = [0] * code_count
    if sums.coded_pairs:
        coverage = [_coverage_function([(s, e) for s, e, _ in units]) for units in units_by_coder]
        for coder_index, units in enumerate(units_by_coder):
            for start, end, code in units:
                meetings = [covered(end) - covered(start)
                            for other_index, covered in enumerate(coverage)
                            if other_index != coder_index]
                squares[code] += sum(meetings) ** 2
                pair_squares[code] += sum(meeting * meeting for meeting in meetings)
    binary = BinaryTally(
        len(coders), length,
        tuple(sum(e - s for s, e, _ in units) for units in units_by_coder),
        sums.disagreeing, sum(self_pairs),
    )
    return DomainTally(codes, binary, tuple(margin), tuple(self_pairs), tuple(agreeing),
                       sums.coded_pairs, tuple(intersecting), tuple(squares), (),
                       tuple(pair_squares))
