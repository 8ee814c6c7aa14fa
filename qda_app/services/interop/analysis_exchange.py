"""Relations, quotation links, networks and smart codes to and from REFI-QDA.

Export (``add_analysis``): code relations and quotation links become <Link>s (the relation
type's English name, its colour, ``Associative`` for symmetric types and ``OneWay`` otherwise),
networks become <Graph>s (a <Vertex> per node at its position, representing the code,
selection, note, source or set; an <Edge> per link shown, representing the <Link> when it is
one), and what the schema cannot hold goes into the ``qda_app/analysis.json`` member (see
``refi_analysis``). Groups are <Sets> already (``project_export``).

Import (``import_analysis``): the reverse. From other programs' files, a <Link> between two
codes becomes a code relation and one between two selections a quotation link, their type
found by name in any language or created (symmetric when the link is not one-way); an <Edge>
between two code or two selection vertices that represents no <Link> becomes a relation too.
What cannot be placed is tallied in the import report.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from qda_app.core.model import RelationType
from qda_app.services.interop.refi_analysis import RefiEdge, RefiGraph, RefiVertex
from qda_app.services.interop.refi_model import RefiLink, RefiProject
from qda_app.services.network_layout import complete_positions
from qda_app.services.network_view import network_view
from qda_app.services.project import Project
from qda_app.store import memos as memo_store
from qda_app.store import network_queries
from qda_app.store import networks as network_store
from qda_app.store import quotation_links as link_store
from qda_app.store import relations as relation_store
from qda_app.store import smart_codes as smart_code_store
from qda_app.store.database import new_guid

_NAMESPACE = uuid.UUID("0b6a4c52-9d5e-4f0a-8f7e-2a1f3c9d7e55")
_SHAPES = {"code": "RoundedRectangle", "quotation": "Rectangle", "memo": "Note", "document": "Rectangle",
           "code_group": "Oval", "document_group": "Oval"}


def _derived_guid(*parts: str) -> str:
    """The same GUID for the same vertex or edge on every export (files compare equal)."""
    return str(uuid.uuid5(_NAMESPACE, ":".join(parts)))


def _direction(kind: RelationType) -> str:
    return "Associative" if kind.behaviour == "symmetric" else "OneWay"


# --- export ---------------------------------------------------------------------------------------

def add_analysis(project: Project, model: RefiProject) -> RefiProject:
    """``model`` with relations and quotation links as links, networks as graphs, and the extras."""
    db = project.database
    types = {kind.id: kind for kind in relation_store.list_relation_types(db)}
    code_guids = network_queries.all_code_guids(db)
    relations = relation_store.list_code_relations(db)
    links = [RefiLink(guid=item.guid, origin_guid=code_guids[item.source_code_id],
                      target_guid=code_guids[item.target_code_id], name=types[item.type_id].name,
                      direction=_direction(types[item.type_id]), color=types[item.type_id].color.upper())
             for item in relations]
    quotation_links = link_store.list_quotation_links(db)
    quotation_guids = network_queries.guids_of(db, "quotation", {q for link in quotation_links for q in
                                                                (link.source_quotation_id, link.target_quotation_id)})
    links += [RefiLink(guid=item.guid, origin_guid=quotation_guids[item.source_quotation_id],
                       target_guid=quotation_guids[item.target_quotation_id], name=types[item.type_id].name,
                       direction=_direction(types[item.type_id]), color=types[item.type_id].color.upper())
              for item in quotation_links]
    graphs, network_extras = _graphs(project)
    extension = {
        "relation_types": [{"guid": k.guid, "scope": k.scope, "name": k.name, "name_es": k.name_es,
                            "name_pt": k.name_pt, "label": k.label, "behaviour": k.behaviour,
                            "line_style": k.line_style, "color": k.color} for k in types.values()],
        "relations": {item.guid: {"type": types[item.type_id].guid, "comment": item.comment} for item in relations},
        "quotation_links": {item.guid: {"type": types[item.type_id].guid, "comment": item.comment}
                            for item in quotation_links},
        "networks": network_extras,
        "smart_codes": [{"guid": item.guid, "name": item.name, "expression": item.expression, "scope": item.scope,
                         "description": item.description} for item in smart_code_store.list_smart_codes(db)],
        "memo_links": _memo_links(project),
    }
    return replace(model, links=tuple(links), graphs=graphs, extension=extension)


def _graphs(project: Project) -> tuple[tuple[RefiGraph, ...], dict[str, Any]]:
    db = project.database
    graphs, extras = [], {}
    for network in network_store.list_networks(db):
        view = network_view(project, network.id)
        positions = complete_positions(view)
        guids: dict[int, str] = {}
        for kind in {node.kind for node in view.nodes}:
            ids = [node.target_id for node in view.nodes if node.kind == kind]
            found = network_queries.guids_of(db, kind, ids)
            guids.update({node.node_id: found[node.target_id] for node in view.nodes if node.kind == kind})
        vertex = {node.node_id: _derived_guid(network.guid, node.kind, guids[node.node_id]) for node in view.nodes}
        vertices = tuple(RefiVertex(
            guid=vertex[node.node_id], represented_guid=guids[node.node_id], name=node.name,
            x=round(positions[node.node_id][0]), y=round(positions[node.node_id][1]), shape=_SHAPES[node.kind],
            color=node.color.upper() if node.color else None) for node in view.nodes)
        records = _record_guids(db, view)
        edges = tuple(RefiEdge(
            guid=_derived_guid(network.guid, vertex[link.source_node], link.relation, vertex[link.target_node]),
            represented_guid=records.get((link.kind, link.record_id)), name=link.relation,
            source_vertex=vertex[link.source_node], target_vertex=vertex[link.target_node], color=link.color.upper(),
            direction="OneWay" if link.directed else "Associative", line_style=link.line_style) for link in view.links)
        graphs.append(RefiGraph(guid=network.guid, name=network.name, vertices=vertices, edges=edges))
        extras[network.guid] = {"description": network.description,
                                "unplaced": [vertex[node.node_id] for node in view.nodes if node.x is None or node.y is None]}
    return tuple(graphs), extras


def _record_guids(db: Any, view: Any) -> dict[tuple[str, int | None], str]:
    found: dict[tuple[str, int | None], str] = {}
    for link in view.links:
        if link.kind == "relation" and link.record_id is not None:
            relation = relation_store.get_code_relation(db, link.record_id)
            found[(link.kind, link.record_id)] = relation.guid  # type: ignore[union-attr]
        elif link.kind == "quotation_link" and link.record_id is not None:
            found[(link.kind, link.record_id)] = link_store.get_quotation_link(db, link.record_id).guid  # type: ignore[union-attr]
    return found


def _memo_links(project: Project) -> list[dict[str, str]]:
    """Memos attached to networks or memos (the schema's NoteRefs cannot hang on those)."""
    db = project.database
    result = []
    for memo in memo_store.list_memos(db):
        for link in memo.links:
            if link.target_type == "network" and link.target_id is not None:
                network = network_store.get_network(db, link.target_id)
                if network is not None:
                    result.append({"memo": memo.guid, "kind": "network", "target": network.guid})
            elif link.target_type == "memo" and link.target_id is not None:
                other = memo_store.get_memo(db, link.target_id)
                if other is not None:
                    result.append({"memo": memo.guid, "kind": "memo", "target": other.guid})
    return result


# --- import ---------------------------------------------------------------------------------------

def import_analysis(importer: Any) -> None:
    """Add the model's relations, links, networks, smart codes and memo links to the project
    being imported (``project_import._Importer``: its db, model, report, counts and GUID maps)."""
    db, model = importer.db, importer.model
    extension: dict[str, Any] = dict(model.extension or {})
    types = _import_types(db, extension.get("relation_types") or [])
    counts = importer.counts
    counts.setdefault("quotation_links", 0)
    counts.setdefault("networks", 0)
    counts.setdefault("smart_codes", 0)
    for link in model.links:
        _import_link(importer, link, types, extension)
    for graph in model.graphs:
        _import_graph(importer, graph, types, (extension.get("networks") or {}).get(graph.guid) or {})
    for item in extension.get("smart_codes") or []:
        if smart_code_store.find_smart_code(db, str(item.get("name", ""))) is None and item.get("expression"):
            smart_code_store.insert_smart_code(db, {
                "guid": item.get("guid") or new_guid(), "name": item["name"], "expression": item["expression"],
                "scope": item.get("scope") or "{}", "description": item.get("description") or "",
                "created_by": importer.default_coder, "created_at": importer.now, "modified_at": importer.now})
            counts["smart_codes"] += 1
    for item in extension.get("memo_links") or []:
        memo_id = importer.memos.get(item.get("memo"))
        target = network_queries.find_by_guid(db, item.get("target") or "") if item.get("kind") == "memo" else None
        network_id = network_store.find_network_by_guid(db, item.get("target") or "") if item.get("kind") == "network" else None
        target_id = network_id if item.get("kind") == "network" else (target[1] if target else None)
        if memo_id is not None and target_id is not None:
            memo_store.link_memo(db, memo_id, item["kind"], target_id)


def _import_types(db: Any, entries: list[dict[str, Any]]) -> dict[str, int]:
    """Relation types of the file (GUID -> this project's type id); defaults match by GUID."""
    found: dict[str, int] = {}
    for entry in entries:
        try:
            kind = RelationType(id=0, guid=entry["guid"], scope=entry["scope"], name=entry["name"],
                                name_es=entry.get("name_es", ""), name_pt=entry.get("name_pt", ""),
                                label=entry.get("label", ""), behaviour=entry.get("behaviour", "directed"),
                                line_style=entry.get("line_style", "solid"), color=entry.get("color", "#4a4a4a"),
                                is_default=False)
        except (KeyError, TypeError):
            continue
        if kind.scope in ("code", "quotation") and kind.behaviour in ("directed", "symmetric", "transitive"):
            found[kind.guid] = relation_store.ensure_relation_type_like(db, kind)
    return found


def _type_for(db: Any, scope: str, name: str | None, direction: str | None) -> int:
    clean = (name or "").strip() or ("is associated with" if scope == "code" else "discusses")
    found = relation_store.find_relation_type(db, scope, clean)
    if found is not None:
        return found.id
    behaviour = "directed" if direction == "OneWay" else "symmetric"
    return relation_store.ensure_relation_type_like(db, RelationType(
        id=0, guid=new_guid(), scope=scope, name=clean, name_es="", name_pt="", label=clean[:24],
        behaviour=behaviour, line_style="solid", color="#4a4a4a", is_default=False))


def _import_link(importer: Any, link: RefiLink, types: dict[str, int], extension: dict[str, Any]) -> None:
    db = importer.db
    ends = None
    for scope, known, table in (("code", importer.codes, "relations"),
                                ("quotation", importer.quotations, "quotation_links")):
        if link.origin_guid in known and link.target_guid in known:
            ends = (scope, known[link.origin_guid], known[link.target_guid], table)
    if ends is None or ends[1] == ends[2]:
        importer.report.add("info", "link_not_imported", link=link.guid)
        return
    scope, source, target, table = ends
    extra = (extension.get(table) or {}).get(link.guid) or {}
    type_id = types.get(extra.get("type")) or _type_for(db, scope, link.name, link.direction)
    values = {"guid": link.guid, "type_id": type_id, "comment": str(extra.get("comment") or ""),
              "created_by": importer.default_coder, "created_at": importer.now}
    if scope == "code":
        if relation_store.find_code_relation(db, source_id=source, target_id=target, type_id=type_id) is None:
            relation_store.insert_code_relation(db, {**values, "source_code_id": source, "target_code_id": target})
            importer.counts["relations"] += 1
    elif link_store.find_quotation_link(db, source_id=source, target_id=target, type_id=type_id) is None:
        link_store.insert_quotation_link(db, {**values, "source_quotation_id": source, "target_quotation_id": target})
        importer.counts["quotation_links"] += 1


def _import_graph(importer: Any, graph: RefiGraph, types: dict[str, int], extra: dict[str, Any]) -> None:
    db = importer.db
    name = (graph.name or "").strip() or "Network"
    base, number = name, 2
    while network_store.find_network(db, name) is not None:
        name, number = f"{base} ({number})", number + 1
    network_id = network_store.insert_network(db, {
        "guid": graph.guid if network_store.find_network_by_guid(db, graph.guid) is None else new_guid(),
        "name": name, "description": str(extra.get("description") or ""), "created_by": importer.default_coder,
        "created_at": importer.now, "modified_at": importer.now})
    importer.counts["networks"] += 1
    unplaced = set(extra.get("unplaced") or [])
    placed: dict[str, tuple[str, int]] = {}
    for vertex in graph.vertices:
        target = network_queries.find_by_guid(db, vertex.represented_guid) if vertex.represented_guid else None
        if target is None:
            importer.report.add("info", "vertex_not_imported", graph=graph.guid, vertex=vertex.guid)
            continue
        if network_store.find_node(db, network_id, *target) is None:
            at_rest = vertex.guid in unplaced
            network_store.insert_node(db, {"network_id": network_id, "kind": target[0], "target_id": target[1],
                                           "x": None if at_rest else float(vertex.x),
                                           "y": None if at_rest else float(vertex.y)})
        placed[vertex.guid] = target
    known_links = {link.guid for link in importer.model.links}
    for edge in graph.edges:
        if edge.represented_guid in known_links:
            continue
        source, target = placed.get(edge.source_vertex), placed.get(edge.target_vertex)
        if source is None or target is None or source[0] != target[0] or source[0] not in ("code", "quotation") \
                or source[1] == target[1]:
            continue  # a derived link (coding, membership, memo) or one we cannot hold
        scope = source[0]
        type_id = _type_for(db, scope, edge.name, edge.direction)
        values = {"guid": edge.represented_guid or new_guid(), "type_id": type_id, "comment": "",
                  "created_by": importer.default_coder, "created_at": importer.now}
        if scope == "code" and relation_store.find_code_relation(
                db, source_id=source[1], target_id=target[1], type_id=type_id) is None:
            relation_store.insert_code_relation(db, {**values, "source_code_id": source[1], "target_code_id": target[1]})
            importer.counts["relations"] += 1
        elif scope == "quotation" and link_store.find_quotation_link(
                db, source_id=source[1], target_id=target[1], type_id=type_id) is None:
            link_store.insert_quotation_link(db, {**values, "source_quotation_id": source[1],
                                                  "target_quotation_id": target[1]})
            importer.counts["quotation_links"] += 1

