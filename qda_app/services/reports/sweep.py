"""Co-occurrence counts by a vectorised sweep line over each document's sorted quotations.

Two quotations co-occur when they are the same quotation or overlap in the same document. The
quotations come sorted by document, start and end, so the quotations overlapping quotation i
and sorted after it are exactly the rows i+1 .. j-1 where j is the first row of the document
starting at or after i's end: one ``searchsorted`` finds every overlapping pair at once. Each
quotation pair then counts once for every (unordered) pair of different codes it joins.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from qda_app.core.model import Code
from qda_app.services.reports.data import ReportData, coded_with_ancestors


def _expand(lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For items with ``lengths``: (owner item, rank inside the owner) of every expanded row."""
    owners = np.repeat(np.arange(len(lengths)), lengths)
    firsts = np.cumsum(lengths) - lengths
    return owners, np.arange(len(owners)) - firsts[owners]


def overlapping_rows(document: np.ndarray, start: np.ndarray, end: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(row a, row b) with a < b for every pair of overlapping spans; rows sorted by (document, start)."""
    if len(start) == 0:
        return np.zeros(0, dtype="int64"), np.zeros(0, dtype="int64")
    width = int(max(end.max(), start.max())) + 1
    keys = document * width + start
    limits = np.searchsorted(keys, document * width + end, side="left")
    counts = np.clip(limits - np.arange(len(start)) - 1, 0, None)
    first, rank = _expand(counts)
    return first, first + rank + 1


_CHUNK_ROWS = 1 << 16  # expanded (quotation pair, code, code) rows per chunk


def _pair_code_counts(first: np.ndarray, second: np.ndarray, per_row: np.ndarray, offsets: np.ndarray,
                      code_rows: np.ndarray, size: int) -> np.ndarray:
    """Quotation pairs per (code a, code b) cell (a < b, flattened ``a * size + b``) among the
    pairs (first[i], second[i]); each pair counts once per cell."""
    # Every (quotation pair, code of the first, code of the second), in two expansions.
    pair, rank = _expand(per_row[first])
    code_a = code_rows[offsets[first][pair] + rank]
    step, rank = _expand(per_row[second][pair])
    pair, code_a = pair[step], code_a[step]
    code_b = code_rows[offsets[second][pair] + rank]
    different = code_a != code_b
    pair, code_a, code_b = pair[different], code_a[different], code_b[different]
    low, high = np.minimum(code_a, code_b), np.maximum(code_a, code_b)
    # Distinct (pair, low, high) by sorting: np.unique's hashing is many times slower on these.
    keys = np.sort(pair.astype("int64") * (size * size) + low * size + high)
    if len(keys):
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
    return np.bincount(keys % (size * size), minlength=size * size)


def cooccurrence_counts(data: ReportData, codes: list[Code]) -> tuple[dict[int, int], Counter]:
    """(groundedness per code, n12 per code-id pair (lower id first)) for ``codes``; a code and a
    category above it trivially co-occur, so such pairs are left out."""
    ids = sorted({code.id for code in codes})
    coded = coded_with_ancestors(data)
    coded = coded[coded["ancestor_id"].isin(ids)]
    frequency = coded.groupby("ancestor_id").size()  # rows are distinct (quotation, code) already
    frequencies = {code.id: int(frequency.get(code.id, 0)) for code in codes}
    spans = data.quotations
    spans = spans[spans["id"].isin(coded["quotation_id"])]
    coded = coded[coded["quotation_id"].isin(spans["id"])]
    size = len(ids)
    if spans.empty or size < 2:
        return frequencies, Counter()
    row_of = pd.Series(np.arange(len(spans)), index=spans["id"].to_numpy())
    coded = coded.assign(row=row_of.reindex(coded["quotation_id"].to_numpy()).to_numpy(),
                         code=np.searchsorted(ids, coded["ancestor_id"].to_numpy())).sort_values("row")
    code_rows = coded["code"].to_numpy()
    per_row = np.bincount(coded["row"].to_numpy(), minlength=len(spans))
    offsets = np.cumsum(per_row) - per_row

    document = pd.factorize(spans["document_id"])[0].astype("int64")
    first, second = overlapping_rows(document, spans["start"].to_numpy("int64"), spans["end"].to_numpy("int64"))
    itself = np.arange(len(spans))
    first, second = np.concatenate([itself, first]), np.concatenate([itself, second])
    # Expanded in chunks of quotation pairs: all at once, the expansion takes a hundred MB and
    # more on a big project. A pair's rows all fall in one chunk, so its distinct codes are too.
    counts = np.zeros(size * size, dtype=np.int64)
    expanded = np.cumsum(per_row[first] * per_row[second])
    begin = 0
    while begin < len(first):
        reached = expanded[begin - 1] if begin else 0
        stop = max(int(np.searchsorted(expanded, reached + _CHUNK_ROWS, side="right")), begin + 1)
        counts += _pair_code_counts(first[begin:stop], second[begin:stop], per_row, offsets, code_rows, size)
        begin = stop
    related = set(zip(data.ancestry["code_id"].tolist(), data.ancestry["ancestor_id"].tolist()))
    pairs: Counter = Counter()
    for cell in np.flatnonzero(counts).tolist():
        a, b = ids[cell // size], ids[cell % size]
        if (a, b) not in related and (b, a) not in related:
            pairs[(a, b)] = int(counts[cell])
    return frequencies, pairs
