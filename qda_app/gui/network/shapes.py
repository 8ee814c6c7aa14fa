"""What the network editor draws: one plain record per node and per link.

The controller turns the saved network (services) into these; the graphics items only present
them, so the scene never needs to know how a network is stored.
"""

from __future__ import annotations

from dataclasses import dataclass

NodeKey = tuple[str, int]  # (kind, id of the code / quotation / memo / document / group)
NODE_KINDS = ("code", "quotation", "memo", "document", "code_group", "document_group")


@dataclass(frozen=True)
class NodeShape:
    key: NodeKey
    title: str
    subtitle: str = ""  # {G-D} for codes, the text for quotations, member count for groups
    colour: str = "#9e9e9e"
    x: float | None = None  # None: not placed yet (the editor lays it out)
    y: float | None = None

    @property
    def kind(self) -> str:
        return self.key[0]


@dataclass(frozen=True)
class LinkShape:
    key: tuple  # identifies the link in the project (relation id, quotation link id, ...)
    source: NodeKey
    target: NodeKey
    label: str = ""
    directed: bool = True
    line_style: str = "solid"  # "solid" | "dashed" | "dotted"
    colour: str = "#555555"


def density_label(groundedness: int, density: int) -> str:
    """Atlas.ti's {G-D} suffix."""
    return f"{{{groundedness}-{density}}}"
