"""Column headings and the few words inside the CLI's tables, in the CLI's language.

Keyed like the done lines (cli/done_lines.py) and translated from the same catalogue (context
"Messages"); ``G`` and ``D`` are ATLAS.ti's Groundedness and Density columns, whose Spanish and
Portuguese letters differ (E for Enraizamiento / Enraizamento). The agreement verb's headings
are in DONE_LINES (``header_*``) with its other lines.
"""

from __future__ import annotations

from qda_app.cli.language import tr

HEADINGS = {
    "number": "#",
    "name": "name",
    "chars": "chars",
    "quotations": "quotations",
    "groups": "groups",
    "code": "code",
    "groundedness": "G",
    "density": "D",
    "colour": "colour",
    "id": "ID",
    "codes": "codes",
    "text": "text",
    "relation_scope": "for",
    "spanish": "es",
    "portuguese": "pt",
    "label": "label",
    "behaviour": "behaviour",
    "source": "source",
    "relation": "relation",
    "target": "target",
    "comment": "comment",
    "group": "group",
    "smart_code": "smart code",
    "query": "query",
    "network": "network",
    "nodes": "nodes",
    "links": "links",
    "document": "doc",
    "kind": "kind",
    "range": "range",
    "overlap": "overlap",
    "coder_a": "A",
    "coder_b": "B",
    "resolved": "done",
    "taken_at": "taken at",
    "size": "size",
    "file": "file",
    "entry": "entry",
}

# Words printed inside table cells: what a relation type is for and how it behaves, a passage's
# kind in the disagreements table, a resolved passage.
CELL_WORDS = {
    "code": "code",
    "quotation": "quotation",
    "directed": "directed",
    "symmetric": "symmetric",
    "transitive": "transitive",
    "yes": "yes",
    "matched": "matched",
    "partial": "partial",
    "missing": "missing",
    "confused": "confused",
}


def headings(*keys: str) -> list[str]:
    """The headings named by ``keys``, translated."""
    return [tr(HEADINGS[key]) for key in keys]


def cell_word(value: str) -> str:
    """A known cell word translated; anything else (names, numbers) as it is."""
    return tr(CELL_WORDS[value]) if value in CELL_WORDS else value
