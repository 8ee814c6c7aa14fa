"""Helpers around the coefficients: document selection, bootstrap, coder x coder matrices."""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from qda_app.core.agreement.results import (
    NO_RESAMPLES,
    NO_VALUE,
    CodedSpan,
    Coefficient,
    DocumentKey,
    undefined,
)
from qda_app.core.errors import InvalidArgument


def _document_order(document: DocumentKey) -> tuple[bool, DocumentKey]:
    # Numbers before names, so that a mixed set still sorts deterministically.
    return (isinstance(document, str), document)


def documents_coded_by_all(spans: Iterable[CodedSpan],
                           coders: Sequence[str]) -> tuple[DocumentKey, ...]:
    """Documents in which every one of ``coders`` coded at least one character.

    ATLAS.ti compares coders only on documents all of them worked on: a document one coder
    never opened would otherwise count as a long stretch of disagreement.
    """
    wanted = set(coders)
    if not wanted:
        return ()
    coders_by_document: defaultdict[DocumentKey, set[str]] = defaultdict(set)
    for span in spans:
        if span.coder in wanted and span.end > span.start:
            coders_by_document[span.document].add(span.coder)
    return tuple(sorted((document for document, seen in coders_by_document.items()
                         if seen >= wanted), key=_document_order))


@dataclass(frozen=True)
class BootstrapInterval:
    """A point estimate with a percentile confidence interval from document resampling.

    ``low``/``high`` are ``None`` (and ``reason`` says why) when no resample gave a value.
    ``valid_resamples`` counts resamples with a defined value; undefined ones are dropped.
    """

    estimate: Coefficient
    low: float | None
    high: float | None
    confidence: float
    resamples: int
    seed: int
    valid_resamples: int
    reason: str | None = None


def _quantile(ordered: Sequence[float], probability: float) -> float:
    """Linear interpolation between order statistics (numpy's default "linear" method)."""
    position = probability * (len(ordered) - 1)
    below = math.floor(position)
    above = min(below + 1, len(ordered) - 1)
    return ordered[below] + (ordered[above] - ordered[below]) * (position - below)


def _as_value(result: Coefficient | float | None) -> float | None:
    if isinstance(result, Coefficient):
        return result.value
    return result


def bootstrap_interval(
    compute: Callable[[Sequence[DocumentKey]], Coefficient | float | None],
    documents: Iterable[DocumentKey],
    *,
    resamples: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
) -> BootstrapInterval:
    """Percentile bootstrap interval, resampling whole documents with replacement.

    Documents, not characters, are resampled because characters within a document are
    not independent. ``compute`` receives a list of documents which may repeat a
    document; each repetition must count (the tally helpers make this cheap:
    ``lambda docs: alpha_binary_from(combine_tallies((t[d] for d in docs), empty))``).
    The documents are sorted first, so the same seed gives the same interval whatever
    order the caller passes them in.
    """
    if resamples < 1:
        raise InvalidArgument(name="resamples", reason="at_least_one", value=resamples)
    if not 0.0 < confidence < 1.0:
        raise InvalidArgument(name="confidence", reason="between_zero_and_one", value=confidence)
    pool = sorted(set(documents), key=_document_order)
    estimate = compute(pool)
    if not isinstance(estimate, Coefficient):
        estimate = Coefficient(estimate) if estimate is not None else undefined(NO_VALUE)
    values: list[float] = []
    if pool:
        generator = random.Random(seed)
        for _ in range(resamples):
            value = _as_value(compute(generator.choices(pool, k=len(pool))))
            if value is not None:
                values.append(value)
    if not values:
        return BootstrapInterval(estimate, None, None, confidence, resamples, seed, 0,
                                 NO_RESAMPLES)
    values.sort()
    tail = (1.0 - confidence) / 2.0
    return BootstrapInterval(estimate, _quantile(values, tail), _quantile(values, 1.0 - tail),
                             confidence, resamples, seed, len(values))


@dataclass(frozen=True)
class CoderMatrix:
    """A symmetric coder x coder table of coefficients (the diagonal is not computed)."""

    coders: tuple[str, ...]
    cells: dict[tuple[str, str], Coefficient]

    def get(self, first: str, second: str) -> Coefficient | None:
        """The coefficient of two coders in either order; ``None`` on the diagonal."""
        if first == second:
            return None
        return self.cells[first, second]


def pairwise_matrix(compute: Callable[[tuple[str, str]], Coefficient],
                    coders: Sequence[str]) -> CoderMatrix:
    """Compute ``compute((a, b))`` once for every pair of distinct coders.

    E.g. ``pairwise_matrix(lambda pair: alpha_binary(spans, lengths=lengths, code=code,
    coders=pair), coders)``; a caller wanting each pair on its own common documents
    selects them inside ``compute``.
    """
    ordered = tuple(dict.fromkeys(coders))
    cells: dict[tuple[str, str], Coefficient] = {}
    for first, second in combinations(ordered, 2):
        result = compute((first, second))
        cells[first, second] = cells[second, first] = result
    return CoderMatrix(ordered, cells)
