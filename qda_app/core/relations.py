"""Relation types between codes and links between quotations, and their rules.

A relation type says how two things relate ("is part of"), in the three languages of the
program, with a short label for network links and a behaviour, as in Atlas.ti:

- ``directed``: A -> B only (asymmetric);
- ``symmetric``: A <-> B, so "A contradicts B" is the same statement as "B contradicts A";
- ``transitive``: directed, and A -> B -> C implies A -> C, so a cycle (A is part of B, B is
  part of A) is a contradiction and is refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

BEHAVIOURS = ("directed", "symmetric", "transitive")
LINE_STYLES = ("solid", "dashed", "dotted")
SCOPES = ("code", "quotation")


@dataclass(frozen=True)
class DefaultRelationType:
    scope: str
    name: str  # English: the name scripts and REFI-QDA use
    name_es: str
    name_pt: str
    label: str
    behaviour: str
    line_style: str
    color: str


DEFAULT_RELATION_TYPES: tuple[DefaultRelationType, ...] = (
    # Atlas.ti's six code-code relations.
    DefaultRelationType("code", "is associated with", "está asociado con", "está associado a", "==", "symmetric", "solid", "#4a4a4a"),
    DefaultRelationType("code", "is part of", "es parte de", "é parte de", "[]", "transitive", "solid", "#1f5fa8"),
    DefaultRelationType("code", "is cause of", "es causa de", "é causa de", "=>", "transitive", "solid", "#b03a2e"),
    DefaultRelationType("code", "contradicts", "contradice", "contradiz", "<>", "symmetric", "dashed", "#c0392b"),
    DefaultRelationType("code", "is a", "es un", "é um", "isa", "transitive", "solid", "#117a65"),
    DefaultRelationType("code", "is property of", "es propiedad de", "é propriedade de", "*}", "directed", "dotted", "#7d3c98"),
    # Atlas.ti's quotation hyperlinks.
    DefaultRelationType("quotation", "supports", "apoya", "apoia", "supports", "directed", "solid", "#1e8449"),
    DefaultRelationType("quotation", "contradicts", "contradice", "contradiz", "contradicts", "symmetric", "dashed", "#c0392b"),
    DefaultRelationType("quotation", "explains", "explica", "explica", "explains", "directed", "solid", "#1f5fa8"),
    DefaultRelationType("quotation", "continued by", "continúa en", "continua em", "continued by", "transitive", "solid", "#4a4a4a"),
    DefaultRelationType("quotation", "expands", "amplía", "amplia", "expands", "directed", "solid", "#2874a6"),
    DefaultRelationType("quotation", "criticizes", "critica", "critica", "criticizes", "directed", "dashed", "#a04000"),
    DefaultRelationType("quotation", "discusses", "discute", "discute", "discusses", "directed", "solid", "#7d3c98"),
    DefaultRelationType("quotation", "justifies", "justifica", "justifica", "justifies", "directed", "solid", "#117a65"),
)


def creates_cycle(edges: Iterable[tuple[int, int]], source: int, target: int) -> bool:
    """Whether adding ``source -> target`` to ``edges`` (one transitive type) closes a cycle,
    i.e. whether ``source`` is already reachable from ``target``."""
    following: dict[int, list[int]] = {}
    for start, end in edges:
        following.setdefault(start, []).append(end)
    seen, stack = {target}, [target]
    while stack:
        node = stack.pop()
        if node == source:
            return True
        for step in following.get(node, ()):
            if step not in seen:
                seen.add(step)
                stack.append(step)
    return False
