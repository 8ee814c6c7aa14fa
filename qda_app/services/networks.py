"""Use cases on saved networks: create, rename, delete, add/move/remove nodes.

A network is a named set of placed nodes (codes, quotations, memos, documents, code groups,
document groups). Its links are not stored: a network shows every relation that holds among
its nodes (see ``services.network_view``), so relating two codes anywhere shows in every network
holding both. Networks are given by name or id; nodes are added as ``NodeRef``s and addressed
afterwards by their node id (``NetworkNode.id``). Each function is one undoable command;
a drag of several nodes is one ``move_nodes``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from qda_app.core.errors import DuplicateName, InvalidArgument, NetworkNotFound
from qda_app.core.model import NODE_KINDS, Network
from qda_app.core.numbering import check_name
from qda_app.services import lookup
from qda_app.services.command_names import command_name
from qda_app.services.project import Project
from qda_app.services.relations import resolve_code
from qda_app.store import documents as document_store
from qda_app.store import memos as memo_store
from qda_app.store import network_queries
from qda_app.store import networks as network_store
from qda_app.store.database import new_guid, utc_now

NetworkRef = str | int


@dataclass(frozen=True)
class NodeRef:
    """Something to place in a network. ``target``: a database id (int), or as users name it:
    code path, "D:Q", memo title, document number or name, group name. ``x``/``y`` None:
    unplaced (the editor or the figure lays it out)."""

    kind: str
    target: str | int
    x: float | None = None
    y: float | None = None


def list_networks(project: Project) -> list[Network]:
    """Every network (by name) with its nodes."""
    return network_store.list_networks(project.database)


def network_id(project: Project, network: NetworkRef) -> int:
    """Id of the network named ``network`` (any case) or with that id; ``NetworkNotFound``."""
    db = project.database
    found = (network if network_store.get_network(db, network) else None) if isinstance(network, int) \
        else network_store.find_network(db, network)
    if found is None:
        raise NetworkNotFound(name=str(network))
    return found


def get_network(project: Project, network: NetworkRef) -> Network:
    found = network_store.get_network(project.database, network_id(project, network))
    assert found is not None
    return found


def resolve_node(project: Project, node: NodeRef) -> int:
    """The database id ``node`` points at, checked to exist."""
    if node.kind not in NODE_KINDS:
        raise InvalidArgument(name="node kind", reason="not_one_of", value=node.kind, choices=NODE_KINDS)
    db, target = project.database, node.target
    if isinstance(target, int):
        if not network_queries.target_exists(db, node.kind, target):
            raise InvalidArgument(name="node", reason="node_id_missing", kind=node.kind, target=target)
        return target
    if node.kind == "code":
        return resolve_code(project, target)
    if node.kind == "quotation":
        return lookup.quotation_id(project, target)
    if node.kind == "document":
        if target.strip().isdigit():
            return lookup.document(project, int(target)).id
        named = [doc.id for doc in document_store.list_documents(db) if doc.name == target.strip()]
        if not named:
            raise InvalidArgument(name="document", reason="no_document_named", document=target)
        return named[0]
    if node.kind == "memo":
        found = memo_store.find_memo_by_title(db, target)
        if found is None:
            from qda_app.core.errors import MemoNotFound

            raise MemoNotFound(memo=target)
        return int(found)
    return lookup.group_id(project, node.kind.removesuffix("_group"), target)


def create_network(project: Project, *, name: str, description: str = "",
                   nodes: Sequence[NodeRef] = ()) -> Network:
    """A new network, optionally with its first nodes (one command)."""
    clean = check_name(name, kind="network")
    if network_store.find_network(project.database, clean) is not None:
        raise DuplicateName(kind="network", name=clean)
    resolved = [(node, resolve_node(project, node)) for node in nodes]

    def action() -> int:
        now = utc_now()
        new_id = network_store.insert_network(project.database, {
            "guid": new_guid(), "name": clean, "description": description, "created_by": project.coder_id(),
            "created_at": now, "modified_at": now})
        _insert_nodes(project, new_id, resolved)
        return new_id

    return get_network(project, project.execute(command_name("create_network", name=clean), action))


def rename_network(project: Project, *, network: NetworkRef, new_name: str) -> Network:
    found = get_network(project, network)
    clean = check_name(new_name, kind="network")
    other = network_store.find_network(project.database, clean)
    if other is not None and other != found.id:
        raise DuplicateName(kind="network", name=clean)
    project.execute(command_name("rename_network", name=found.name), lambda: network_store.update_network(
        project.database, found.id, {"name": clean, "modified_at": utc_now()}))
    return get_network(project, found.id)


def describe_network(project: Project, *, network: NetworkRef, description: str) -> Network:
    found = get_network(project, network)
    project.execute(command_name("describe_network", name=found.name), lambda: network_store.update_network(
        project.database, found.id, {"description": description, "modified_at": utc_now()}))
    return get_network(project, found.id)


def delete_network(project: Project, *, network: NetworkRef) -> None:
    """Delete a network (its nodes, and memo links to it); what it showed stays."""
    found = get_network(project, network)
    project.execute(command_name("delete_network", name=found.name),
                    lambda: network_store.delete_network_row(project.database, found.id))


def add_nodes(project: Project, *, network: NetworkRef, nodes: Sequence[NodeRef]) -> list[int]:
    """Place nodes (one command); returns the node ids, in order, of the ones not there yet."""
    found = get_network(project, network)
    resolved = [(node, resolve_node(project, node)) for node in nodes]
    return project.execute(command_name("add_to_network", name=found.name), lambda: _insert_nodes(project, found.id, resolved))


def _insert_nodes(project: Project, network_id_: int, resolved: Sequence[tuple[NodeRef, int]]) -> list[int]:
    db, added = project.database, []
    for node, target_id in resolved:
        if network_store.find_node(db, network_id_, node.kind, target_id) is None:
            added.append(network_store.insert_node(db, {
                "network_id": network_id_, "kind": node.kind, "target_id": target_id, "x": node.x, "y": node.y}))
    return added


def move_nodes(project: Project, *, network: NetworkRef,
               positions: Mapping[int, tuple[float | None, float | None]]) -> None:
    """Set the positions of several nodes at once (a drag, or a layout): one command."""
    found = get_network(project, network)
    own = {node.id: node for node in found.nodes}
    unknown = [node_id for node_id in positions if node_id not in own]
    if unknown:
        raise InvalidArgument(name="node", reason="nodes_not_in_network", network=found.name, nodes=unknown)
    changed = {node_id: xy for node_id, xy in positions.items() if (own[node_id].x, own[node_id].y) != tuple(xy)}
    if not changed:
        return

    def action() -> None:
        for node_id, (x, y) in changed.items():
            network_store.move_node(project.database, node_id, x, y)

    name = command_name("move_node") if len(changed) == 1 else command_name("move_nodes", count=len(changed))
    project.execute(name, action)


def remove_nodes(project: Project, *, network: NetworkRef, node_ids: Sequence[int]) -> int:
    """Take nodes out of a network (one command); what they show stays in the project."""
    found = get_network(project, network)
    doomed = [node.id for node in found.nodes if node.id in set(node_ids)]

    def action() -> int:
        for node_id in doomed:
            network_store.delete_node(project.database, node_id)
        return len(doomed)

    return project.execute(command_name("remove_from_network", name=found.name), action) if doomed else 0


def neighbours(project: Project, *, network: NetworkRef, node_ids: Sequence[int]) -> list[NodeRef]:
    """What "add neighbours" would add for these nodes and is not in the network yet."""
    found = get_network(project, network)
    present = {(node.kind, node.target_id) for node in found.nodes}
    wanted = [node for node in found.nodes if node.id in set(node_ids)]
    result: dict[tuple[str, int], None] = {}
    for node in wanted:
        for key in network_queries.neighbour_ids(project.database, node.kind, node.target_id):
            if key not in present:
                result[key] = None
    return [NodeRef(kind, target_id) for kind, target_id in result]


def add_neighbours(project: Project, *, network: NetworkRef, node_ids: Sequence[int]) -> list[int]:
    """Add the neighbours of these nodes, unplaced (one command); returns the new node ids."""
    found = neighbours(project, network=network, node_ids=node_ids)
    return add_nodes(project, network=network, nodes=found) if found else []
