"""Report columns whose cells are made only when a writer reaches their rows.

A report of 200,000 quotations holds its numbers in numpy arrays (a few bytes a cell), but a
text cell is a Python string of 60 bytes and more: the quotations' IDs, codes, coders and texts
held for every row at once cost over 100 MB. A streaming writer asks for such a column a chunk
of rows at a time (``frame_chunks``), so only one chunk's strings exist while it is written.

A report frame marks a deferred column in ``attrs["deferred"]`` (column position -> a column
with ``len``, iteration in row order and ``head(count)``); its cells in the frame itself are
empty. ``filled`` gives the frame with every cell made, for a reader that wants it whole.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import pandas as pd

# Cells made this many rows at a time: small enough that a chunk's strings are a few MB, large
# enough that the per-chunk work (numpy lookups, one pandas slice) stays negligible.
ROWS_PER_CHUNK = 10_000


class DeferredColumn:
    """``length`` cells, made by ``make(start, end)`` (a list of the cells of rows start..end-1)
    a chunk of rows at a time as they are iterated."""

    def __init__(self, length: int, make: Callable[[int, int], list[Any]]) -> None:
        self._length = length
        self._make = make

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[Any]:
        for start in range(0, self._length, ROWS_PER_CHUNK):
            yield from self._make(start, min(start + ROWS_PER_CHUNK, self._length))

    def head(self, count: int) -> list[Any]:
        return self._make(0, min(count, self._length))

    def __deepcopy__(self, memo: dict) -> DeferredColumn:
        return self  # pandas deep-copies attrs; this makes cells from data it shares, it holds none


def bare(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame without ``attrs``: pandas deep-copies attrs into every column and slice taken,
    which on a table of 500 document columns costs more than writing it."""
    plain = pd.DataFrame(frame, copy=False)
    plain.attrs = {}
    return plain


def frame_chunks(frame: pd.DataFrame, rows: int | None = None) -> Iterator[pd.DataFrame]:
    """``frame`` (without attrs) ``rows`` (default ROWS_PER_CHUNK) rows at a time, in order, its
    deferred columns filled in for those rows only. A frame without rows gives no chunk."""
    rows = rows or ROWS_PER_CHUNK
    plain = bare(frame)
    readers = {index: iter(column) for index, column in frame.attrs.get("deferred", {}).items()}
    # Sparse columns (the matrix's 0/1 flags) come dense, as writers format dense columns fastest;
    # their arrays are taken once, and each chunk's slice of them made dense in one block.
    sparse = {index: plain.iloc[:, index].array for index, dtype in enumerate(plain.dtypes)
              if isinstance(dtype, pd.SparseDtype)}
    for start in range(0, len(plain), rows):
        chunk = plain.iloc[start:start + rows]
        if readers or sparse:
            end = start + len(chunk)
            made: dict[int, Any] = {
                index: pd.Series(list(itertools.islice(reader, len(chunk))), index=chunk.index, dtype="object")
                for index, reader in readers.items()}
            made.update({index: np.asarray(array[start:end]) for index, array in sparse.items()})
            chunk = pd.DataFrame({position: made[position] if position in made else chunk.iloc[:, position]
                                  for position in range(chunk.shape[1])}, index=chunk.index)
            chunk.columns = plain.columns
        yield chunk


def filled(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its deferred columns made for every row (and no longer marked deferred)."""
    deferred = frame.attrs.get("deferred", {})
    if not deferred:
        return frame
    whole = frame.copy()
    for index, column in deferred.items():
        # Typed as a frame built from the whole list would type it (text as pandas' str).
        whole.isetitem(index, pd.Series(list(column), index=whole.index))
    whole.attrs = {key: value for key, value in frame.attrs.items() if key != "deferred"}
    return whole
