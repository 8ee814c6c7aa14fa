"""What the network editor draws: one plain record per node and per link.

The controller turns the saved network (services) into these; the graphics items only present
them, so the scene never needs to know how a network is stored.
"""

from __future__ import annotations

from dataclasses import dataclass

NodeKey = int  # the node's id in the saved network


@dataclass(frozen=True)
class NodeShape:
    key: NodeKey
    kind: str  # code, quotation, memo, document, code_group, document_group
    title: str
    subtitle: str = ""  # {G-D} for codes, the text for quotations, member count for groups
    colour: str = "#9e9e9e"
    x: float | None = None  # None: not placed yet (the editor lays it out)
    y: float | None = None


@dataclass(frozen=True)
class LinkShape:
    key: tuple  # identifies the link: (kind, record id) or, for a derived link, (kind, source, target)
    source: NodeKey
    target: NodeKey
    label: str = ""
    directed: bool = True
    line_style: str = "solid"  # "solid" | "dashed" | "dotted"
    colour: str = "#555555"


def density_label(groundedness: int, density: int) -> str:
    """Atlas.ti's {G-D} suffix."""
    return f"{{{groundedness}-{density}}}"
