"""What a saved network shows: its nodes with names, colours and {G-D}, and the links among them.

Links are derived from the project, never stored with the network:

- ``relation``: a code relation between two code nodes (the type's label, colour, line style);
- ``quotation_link``: a link between two quotation nodes;
- ``coding``: a quotation node coded with a code node ("is coded with");
- ``memo``: a memo node attached to another node ("is attached to");
- ``member``: a code or document node in a group node ("is in group");
- ``document``: a quotation node in its document node ("is in").

The editor, ``figure --network``, ``networks --json`` and the REFI-QDA <Graphs> all read this.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from qda_app.core.model import Network, RelationType
from qda_app.services.networks import NetworkRef, get_network
from qda_app.services.project import Project
from qda_app.store import codes as code_store
from qda_app.store import network_queries
from qda_app.store import relations as relation_store

DERIVED_RELATIONS = {
    "coding": "is coded with",
    "memo": "is attached to",
    "member": "is in group",
    "document": "is in",
}


@dataclass(frozen=True)
class NodeView:
    node_id: int
    kind: str
    target_id: int
    name: str  # code path, "D:Q", memo title, document or group name (stable, for scripts)
    label: str  # what the node shows: code name {G-D}, "D:Q text...", memo title, ...
    color: str | None
    groundedness: int | None  # codes only
    density: int | None  # codes only
    x: float | None
    y: float | None


@dataclass(frozen=True)
class LinkView:
    kind: str  # relation | quotation_link | coding | memo | member | document
    source_node: int  # node ids
    target_node: int
    relation: str  # English name of the relation type, or the derived relation's name
    label: str
    directed: bool
    line_style: str
    color: str
    record_id: int | None = None  # the code relation or quotation link id (None when derived)
    comment: str = ""
    type_id: int | None = None  # the relation type (None when derived)


@dataclass(frozen=True)
class NetworkView:
    network: Network
    nodes: tuple[NodeView, ...]
    links: tuple[LinkView, ...]

    def node(self, node_id: int) -> NodeView:
        return next(node for node in self.nodes if node.node_id == node_id)


def network_view(project: Project, network: NetworkRef) -> NetworkView:
    """The nodes and links of one network, ready to draw or list."""
    found = get_network(project, network)
    db = project.database
    by_kind: dict[str, list[int]] = {}
    for node in found.nodes:
        by_kind.setdefault(node.kind, []).append(node.target_id)
    details = {kind: network_queries.node_details(db, kind, ids) for kind, ids in by_kind.items()}
    counts = code_store.code_counts(db) if by_kind.get("code") else {}
    paths = {code.id: code.path for code in code_store.list_codes(db)} if by_kind.get("code") else {}
    nodes = tuple(_node_view(node, details[node.kind].get(node.target_id, {}), counts, paths) for node in found.nodes)
    return NetworkView(network=found, nodes=nodes, links=tuple(_links(project, found, by_kind)))


def _node_view(node, detail, counts, paths) -> NodeView:  # type: ignore[no-untyped-def]
    name = str(detail.get("name", "?"))
    groundedness = density = None
    label = name
    if node.kind == "code":
        figures = counts.get(node.target_id)
        groundedness = figures.groundedness if figures else 0
        density = figures.density if figures else 0
        label = f"{name} {{{groundedness}-{density}}}"
        name = paths.get(node.target_id, name)
    elif node.kind == "quotation" and detail.get("text"):
        label = f"{name} {' '.join(str(detail['text']).split())}"
    return NodeView(node_id=node.id, kind=node.kind, target_id=node.target_id, name=name, label=label,
                    color=detail.get("color"), groundedness=groundedness, density=density, x=node.x, y=node.y)


def _links(project: Project, found: Network, by_kind: dict[str, list[int]]) -> list[LinkView]:
    db = project.database
    node_of = {(node.kind, node.target_id): node.id for node in found.nodes}
    types: dict[int, RelationType] = {kind.id: kind for kind in relation_store.list_relation_types(db)}
    links: list[LinkView] = []
    for kind, rows in (("relation", network_queries.code_relations_among(db, by_kind.get("code", []))),
                       ("quotation_link", network_queries.quotation_links_among(db, by_kind.get("quotation", [])))):
        end_kind = "code" if kind == "relation" else "quotation"
        for row in rows:
            relation = types[row["type_id"]]
            links.append(LinkView(
                kind=kind, source_node=node_of[(end_kind, row["source"])], target_node=node_of[(end_kind, row["target"])],
                relation=relation.name, label=relation.label or relation.name, directed=relation.directed,
                line_style=relation.line_style, color=relation.color, record_id=row["id"], comment=row["comment"],
                type_id=relation.id))
    for quotation_id, code_id in network_queries.codings_among(db, by_kind.get("quotation", []), by_kind.get("code", [])):
        links.append(_derived("coding", node_of[("quotation", quotation_id)], node_of[("code", code_id)]))
    for memo_id, target_type, target_id in network_queries.memo_targets(db, by_kind.get("memo", [])):
        if (target_type, target_id) in node_of:
            links.append(_derived("memo", node_of[("memo", memo_id)], node_of[(target_type, target_id)]))
    for group_kind in ("code_group", "document_group"):
        member_kind = group_kind.removesuffix("_group")
        for group_id, member_id in network_queries.group_members(db, by_kind.get(group_kind, [])):
            if (member_kind, member_id) in node_of:
                links.append(_derived("member", node_of[(member_kind, member_id)], node_of[(group_kind, group_id)]))
    if by_kind.get("document"):
        for quotation_id, document_id in network_queries.quotation_documents(db, by_kind.get("quotation", [])).items():
            if ("document", document_id) in node_of:
                links.append(_derived("document", node_of[("quotation", quotation_id)], node_of[("document", document_id)]))
    return links


def _derived(kind: str, source: int, target: int) -> LinkView:
    return LinkView(kind=kind, source_node=source, target_node=target, relation=DERIVED_RELATIONS[kind],
                    label="", directed=True, line_style="dotted", color="#9a9a9a")


def network_summary(project: Project, network: NetworkRef) -> dict[str, object]:
    """The ``networks --json`` entry: name, nodes [{kind, name}], links [{source, relation, target}]."""
    view = network_view(project, network)
    names = {node.node_id: node.name for node in view.nodes}
    return {
        "name": view.network.name,
        "nodes": [{"kind": node.kind, "name": node.name} for node in view.nodes],
        "links": [{"source": names[link.source_node], "relation": link.relation, "target": names[link.target_node]}
                  for link in view.links],
    }


def with_relations_changed(project: Project, view: NetworkView, relation_ids: Collection[int]) -> NetworkView:
    """``view`` after the code relations ``relation_ids`` were made, changed or deleted: only
    those links, and the density of the codes at their ends, are read again. A link drawn in the
    editor thus costs a few rows, not the whole network (groundedness does not move with relations)."""
    db = project.database
    touched = set(relation_ids)
    node_of = {node.target_id: node.node_id for node in view.nodes if node.kind == "code"}
    code_of = {node_id: code_id for code_id, node_id in node_of.items()}
    ends: set[int] = set()
    links = []
    for link in view.links:
        if link.kind == "relation" and link.record_id in touched:
            ends.update((code_of[link.source_node], code_of[link.target_node]))
        else:
            links.append(link)
    types: dict[int, RelationType] = {}
    for relation_id in sorted(touched):
        relation = relation_store.get_code_relation(db, relation_id)
        if relation is None:
            continue
        ends.update((relation.source_code_id, relation.target_code_id))
        if relation.source_code_id in node_of and relation.target_code_id in node_of:
            if not types:
                types = {kind.id: kind for kind in relation_store.list_relation_types(db)}
            kind = types[relation.type_id]
            links.append(LinkView(
                kind="relation", source_node=node_of[relation.source_code_id],
                target_node=node_of[relation.target_code_id], relation=kind.name, label=kind.label or kind.name,
                directed=kind.directed, line_style=kind.line_style, color=kind.color, record_id=relation.id,
                comment=relation.comment, type_id=kind.id))
    shown = [code_id for code_id in ends if code_id in node_of]
    density = relation_store.densities(db, shown) if shown else {}
    nodes = tuple(_with_density(node, density[node.target_id]) if node.kind == "code" and node.target_id in density
                  else node for node in view.nodes)
    return replace(view, nodes=nodes, links=tuple(links))


def _with_density(node: NodeView, density: int) -> NodeView:
    name = node.label.rsplit(" {", 1)[0]
    return replace(node, density=density, label=f"{name} {{{node.groundedness or 0}-{density}}}")
