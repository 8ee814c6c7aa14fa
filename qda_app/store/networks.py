"""Saved networks and the nodes placed in them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qda_app.core.model import Network, NetworkNode
from qda_app.store.database import ProjectDatabase


def _node(row: dict[str, Any]) -> NetworkNode:
    return NetworkNode(id=row["id"], network_id=row["network_id"], kind=row["kind"],
                       target_id=row["target_id"], x=row["x"], y=row["y"])


def list_networks(db: ProjectDatabase) -> list[Network]:
    """Every network with its nodes, by name."""
    nodes: dict[int, list[NetworkNode]] = {}
    for row in db.rows("SELECT * FROM network_nodes ORDER BY id"):
        nodes.setdefault(row["network_id"], []).append(_node(row))
    return [_network(row, nodes.get(row["id"], [])) for row in db.rows(
        """SELECT n.*, k.name AS creator FROM networks n LEFT JOIN coders k ON k.id = n.created_by
           ORDER BY n.name COLLATE NOCASE""")]


def get_network(db: ProjectDatabase, network_id: int) -> Network | None:
    row = db.row("""SELECT n.*, k.name AS creator FROM networks n LEFT JOIN coders k ON k.id = n.created_by
                    WHERE n.id = ?""", [network_id])
    if row is None:
        return None
    return _network(row, [_node(node) for node in db.rows(
        "SELECT * FROM network_nodes WHERE network_id = ? ORDER BY id", [network_id])])


def _network(row: dict[str, Any], nodes: Sequence[NetworkNode]) -> Network:
    return Network(id=row["id"], guid=row["guid"], name=row["name"], description=row["description"],
                   created_by=row["creator"], created_at=row["created_at"], modified_at=row["modified_at"],
                   nodes=tuple(nodes))


def find_network(db: ProjectDatabase, name: str) -> int | None:
    return db.scalar("SELECT id FROM networks WHERE name = ?", [name.strip()])


def find_network_by_guid(db: ProjectDatabase, guid: str) -> int | None:
    return db.scalar("SELECT id FROM networks WHERE guid = ?", [guid])


def insert_network(db: ProjectDatabase, values: dict[str, Any]) -> int:
    return db.insert("networks", values)


def update_network(db: ProjectDatabase, network_id: int, values: dict[str, Any]) -> None:
    db.update("networks", network_id, values)


def delete_network_row(db: ProjectDatabase, network_id: int) -> None:
    db.delete_where("network_nodes", "network_id = ?", [network_id])
    db.delete_where("memo_links", "target_type = 'network' AND target_id = ?", [network_id])
    db.delete("networks", network_id)


def find_node(db: ProjectDatabase, network_id: int, kind: str, target_id: int) -> int | None:
    return db.scalar("SELECT id FROM network_nodes WHERE network_id = ? AND kind = ? AND target_id = ?",
                     [network_id, kind, target_id])


def insert_node(db: ProjectDatabase, values: dict[str, Any]) -> int:
    return db.insert("network_nodes", values)


def move_node(db: ProjectDatabase, node_id: int, x: float | None, y: float | None) -> None:
    db.update("network_nodes", node_id, {"x": x, "y": y})


def delete_node(db: ProjectDatabase, node_id: int) -> None:
    db.delete("network_nodes", node_id)


def forget_target(db: ProjectDatabase, kind: str, target_id: int) -> None:
    """Remove every node showing a deleted code, quotation, memo, document or group."""
    db.delete_where("network_nodes", "kind = ? AND target_id = ?", [kind, target_id])
