"""Evaluating a parsed query over plain spans: no SQL, no Qt.

The universe is the quotations in scope, each a ``Span`` (quotation id, document id, start,
end in code points). ``operand(name)`` gives the ids of the quotations an operand stands for
(a code with its sub-codes, or a smart code's result); the caller decides what that means and
applies coder filters there. Semantics, for quotations q of the left operand and r of the right:

- ``A OR B``: quotations in A or in B; ``A AND B``: in both; ``NOT A``: in scope but not in A.
- ``A ENCLOSES B``: q contains some r in the same document, r another quotation:
  q.start <= r.start and r.end <= q.end.
- ``A ENCLOSED BY B``: some r contains q (r.start <= q.start and q.end <= r.end), r != q.
- ``A OVERLAPS B``: q starts first and they share characters, neither containing the other:
  q.start < r.start < q.end < r.end.
- ``A OVERLAPPED BY B``: r starts first, likewise: r.start < q.start < r.end < q.end.
- ``A FOLLOWS B``: q starts at or after r's end: q.start >= r.end.
- ``A PRECEDES B``: q ends at or before r's start: q.end <= r.start.
- ``A CO-OCCURS B``: q and r share at least one character (enclosing, enclosed, overlapping,
  overlapped) or are the same quotation: r.start < q.end and q.start < r.end.

A proximity operator returns quotations of its left operand only, and only pairs in the same
document count.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from qda_app.core.query import And, Expression, Not, Operand, Or

_BLOCK_CELLS = 1_000_000  # pairs compared at once inside one document (memory bound)


@dataclass(frozen=True)
class Span:
    quotation_id: int
    document_id: int
    start: int
    end: int


class SpanIndex:
    """The quotations in scope, ordered by document and start, for set arithmetic as masks."""

    def __init__(self, spans: Collection[Span] | Collection[tuple[int, int, int, int]]) -> None:
        """``spans``: ``Span``s or plain (quotation id, document id, start, end) tuples."""
        table = np.array([tuple(span) if not isinstance(span, Span) else
                          (span.quotation_id, span.document_id, span.start, span.end) for span in spans],
                         dtype=np.int64).reshape(-1, 4)
        self._index(table)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[int, int, int, int]]) -> SpanIndex:
        """From (quotation id, document id, start, end) rows as they come (a database cursor):
        four numbers a row in one array, no Python tuple of a big project's quotations held."""
        index = cls.__new__(cls)
        index._index(np.fromiter(itertools.chain.from_iterable(rows), dtype=np.int64).reshape(-1, 4))
        return index

    def _index(self, table: np.ndarray) -> None:
        order = np.lexsort((table[:, 0], table[:, 3], table[:, 2], table[:, 1]))
        table = table[order]
        self.ids, self.documents, self.starts, self.ends = (np.ascontiguousarray(table[:, k]) for k in range(4))
        count = len(self.ids)
        boundaries = np.flatnonzero(np.diff(self.documents)) + 1
        self.document_slices = list(zip(np.r_[0, boundaries].tolist(), np.r_[boundaries, count].tolist())) \
            if count else []
        self._position_of_sorted = np.argsort(self.ids, kind="stable")
        self._sorted_ids = self.ids[self._position_of_sorted]

    def __len__(self) -> int:
        return len(self.ids)

    def mask(self, quotation_ids: Collection[int]) -> np.ndarray:
        """Boolean mask over the index for these ids (ids outside the scope are ignored)."""
        result = np.zeros(len(self.ids), dtype=bool)
        if not len(self.ids) or not quotation_ids:
            return result
        wanted = np.fromiter(quotation_ids, dtype=np.int64, count=len(quotation_ids))
        places = np.minimum(np.searchsorted(self._sorted_ids, wanted), len(self._sorted_ids) - 1)
        hits = places[self._sorted_ids[places] == wanted]
        result[self._position_of_sorted[hits]] = True
        return result

    def quotation_ids(self, mask: np.ndarray) -> frozenset[int]:
        return frozenset(self.ids[mask].tolist())


def evaluate(expression: Expression, index: SpanIndex, operand: Callable[[str], Collection[int]]) -> frozenset[int]:
    """Ids of the quotations in ``index`` that ``expression`` selects."""
    return index.quotation_ids(evaluate_mask(expression, index, operand))


def evaluate_mask(expression: Expression, index: SpanIndex, operand: Callable[[str], Collection[int]]) -> np.ndarray:
    cache: dict[str, np.ndarray] = {}

    def visit(node: Expression) -> np.ndarray:
        if isinstance(node, Operand):
            if node.name not in cache:
                cache[node.name] = index.mask(operand(node.name))
            return cache[node.name]
        if isinstance(node, Not):
            return ~visit(node.operand)
        if isinstance(node, And):
            result = visit(node.operands[0])
            for item in node.operands[1:]:
                result = result & visit(item)
            return result
        if isinstance(node, Or):
            result = visit(node.operands[0])
            for item in node.operands[1:]:
                result = result | visit(item)
            return result
        return positioned(node.operator, visit(node.left), visit(node.right), index)

    return visit(expression)


def positioned(operator: str, left: np.ndarray, right: np.ndarray, index: SpanIndex) -> np.ndarray:
    """Mask of the ``left`` quotations standing in ``operator``'s position to a ``right`` one."""
    result = np.zeros(len(index), dtype=bool)
    compare = _COMPARISONS[operator]
    for first, last in index.document_slices:
        left_here = np.flatnonzero(left[first:last]) + first
        if not len(left_here):
            continue
        right_here = np.flatnonzero(right[first:last]) + first
        if not len(right_here):
            continue
        if operator == "FOLLOWS":
            result[left_here] = index.starts[left_here] >= index.ends[right_here].min()
            continue
        if operator == "PRECEDES":
            result[left_here] = index.ends[left_here] <= index.starts[right_here].max()
            continue
        rows = max(1, _BLOCK_CELLS // len(right_here))
        r_start, r_end = index.starts[right_here][None, :], index.ends[right_here][None, :]
        for block in range(0, len(left_here), rows):
            chosen = left_here[block:block + rows]
            q_start, q_end = index.starts[chosen][:, None], index.ends[chosen][:, None]
            pairs = compare(q_start, q_end, r_start, r_end)
            if operator in ("ENCLOSES", "ENCLOSED BY"):
                pairs &= chosen[:, None] != right_here[None, :]  # another quotation, not itself
            result[chosen] = pairs.any(axis=1)
    return result


_COMPARISONS: Mapping[str, Callable[..., np.ndarray]] = {
    "ENCLOSES": lambda qs, qe, rs, re: (qs <= rs) & (re <= qe),
    "ENCLOSED BY": lambda qs, qe, rs, re: (rs <= qs) & (qe <= re),
    "OVERLAPS": lambda qs, qe, rs, re: (qs < rs) & (rs < qe) & (qe < re),
    "OVERLAPPED BY": lambda qs, qe, rs, re: (rs < qs) & (qs < re) & (re < qe),
    "CO-OCCURS": lambda qs, qe, rs, re: (rs < qe) & (qs < re),
    "FOLLOWS": lambda qs, qe, rs, re: qs >= re,
    "PRECEDES": lambda qs, qe, rs, re: qe <= rs,
}
