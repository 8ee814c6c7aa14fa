"""Keeping the open network editors in step with the project, reading as little as a notice allows.

A notice schedules one refresh per editor on the next turn of the event loop, so a link drawn
shows at once and a burst of notices (a macro) refreshes once. What is read again depends on
what the action changed:

- moves only (a drag, a layout, their undo): the nodes' places;
- code relations only (a link drawn, deleted or commented, their undo): those links and the
  {G-D} of the codes at their ends (``network_view.with_relations_changed``) - a few rows and
  items, however large the network;
- anything else: the whole network (``network_view.network_view``), the scene updated where it differs.
"""

from __future__ import annotations

import gc
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from qda_app.core.errors import NetworkNotFound
from qda_app.gui.network.from_project import link_shape, node_shape
from qda_app.services import network_view, networks, relations
from qda_app.services.commands import ChangeNotice, CommandRecord

if TYPE_CHECKING:
    from qda_app.gui.network_actions import NetworkActions

NETWORK_TABLES = {"networks", "network_nodes", "codes", "codings", "quotations", "code_relations",
                  "code_relations_typed", "relation_types", "quotation_links", "memos", "memo_links", "groups",
                  "group_members", "documents", "*"}

Pending = str | frozenset  # "positions", "full", or the ids of the code relations that changed


def _what_changed(record: CommandRecord | None) -> Pending:
    changes = record.changes.changes if record is not None and record.changes else []
    if changes and all(change.table == "network_nodes" and change.is_update and set(change.after or {}) <= {"x", "y"}
                       for change in changes):
        return "positions"
    if changes and all(change.table == "code_relations" for change in changes):
        return frozenset(change.row_id for change in changes)
    return "full"


def _merged(before: Pending | None, now: Pending) -> Pending:
    if before is None or before == now:
        return now
    if isinstance(before, frozenset) and isinstance(now, frozenset):
        return before | now
    return "full"


class NetworkRefresh:
    def __init__(self, actions: NetworkActions) -> None:
        self.actions = actions
        self.pending: dict[int, Pending] = {}
        self.list_pending = False
        self.scheduled = False

    def on_change(self, notice: ChangeNotice, record: CommandRecord | None) -> None:
        tables = set(notice.tables)
        if self.actions.project is None or not (tables & NETWORK_TABLES):
            return
        if tables & {"networks", "network_nodes", "*"}:
            self.list_pending = True
        changed = _what_changed(record)
        for network_id in self.actions.editors:
            self.pending[network_id] = _merged(self.pending.get(network_id), changed)
        if not self.scheduled:
            self.scheduled = True
            QTimer.singleShot(0, self.actions, self.flush)

    def flush(self) -> None:
        """Apply the pending refreshes now (the timer, or a reader that needs the editors current)."""
        self.scheduled = False
        pending, self.pending = self.pending, {}
        if self.list_pending:
            self.list_pending = False
            self.actions.reload_list()
        for network_id, kind in pending.items():
            if network_id not in self.actions.editors or self.actions.project is None:
                continue
            if kind == "positions":
                self.positions(network_id)
            elif isinstance(kind, frozenset):
                self.relations(network_id, kind)
            else:
                self.editor(network_id)

    def editor(self, network_id: int, *, first: bool = False) -> None:
        actions = self.actions
        editor = actions.editors[network_id]
        # The view, its items and thousands of links live as long as the editor. Left to the cycle
        # collector, each full collection walks them all again: a pause of a tenth of a second
        # while they are built, and again in the middle of a layout or a link drawn on a large
        # network. So the collector waits while they are made, and then they are frozen: skipped
        # by it (refcounting still frees them); closing an editor unfreezes them (``thaw``).
        collecting = gc.isenabled()
        gc.disable()
        try:
            try:
                view = network_view.network_view(actions.project, network_id)
            except NetworkNotFound:  # deleted, or its creation undone
                actions.close_editor(network_id)
                return
            actions.views[network_id] = view
            types = relations.list_relation_types(actions.project, "code") + relations.list_relation_types(
                actions.project, "quotation")
            actions.relation_types = {kind.id: kind for kind in types}
            names = self._names()
            editor.scene.show([node_shape(node) for node in view.nodes],
                              [link_shape(link, names) for link in view.links])
        finally:
            if collecting:
                gc.enable()
        gc.freeze()
        tabs = actions.window.central_tabs
        title = QCoreApplication.translate("NetworkActions", "Network: %1").replace("%1", view.network.name)
        tabs.setTabText(tabs.indexOf(editor), title)
        if first:
            editor.view.fit()

    def _names(self) -> dict[str, str]:
        # Links carry the relation's name in the user's language: "is part of" reads better on a
        # figure than Atlas.ti's symbols ("[]"), which stay in the type manager.
        language = self.actions.language()
        return {kind.name: kind.name_in(language) for kind in self.actions.relation_types.values()}

    def positions(self, network_id: int) -> None:
        actions = self.actions
        try:
            network = networks.get_network(actions.project, network_id)
        except NetworkNotFound:
            actions.close_editor(network_id)
            return
        positions = {node.id: (node.x, node.y) for node in network.nodes}
        view = actions.views.get(network_id)
        if view is None or {node.node_id for node in view.nodes} != set(positions):
            self.editor(network_id)
            return
        actions.views[network_id] = replace(view, nodes=tuple(
            replace(node, x=positions[node.node_id][0], y=positions[node.node_id][1]) for node in view.nodes))
        actions.editors[network_id].scene.move_nodes(positions)

    def relations(self, network_id: int, relation_ids: frozenset) -> None:
        actions = self.actions
        view = actions.views.get(network_id)
        if view is None:
            self.editor(network_id)
            return
        changed = network_view.with_relations_changed(actions.project, view, relation_ids)
        actions.views[network_id] = changed
        if any(link.type_id not in actions.relation_types for link in changed.links if link.kind == "relation"):
            types = relations.list_relation_types(actions.project, "code") + relations.list_relation_types(
                actions.project, "quotation")
            actions.relation_types = {kind.id: kind for kind in types}
        names = self._names()
        before = {link.record_id: link for link in view.links if link.kind == "relation"}
        after = {link.record_id: link for link in changed.links if link.kind == "relation"}
        nodes = [node_shape(node) for node, old in zip(changed.nodes, view.nodes) if node is not old]
        actions.editors[network_id].scene.update_items(
            nodes=nodes,
            links=[link_shape(after[key], names) for key in relation_ids if key in after and after[key] != before.get(key)],
            removed=[("relation", key) for key in relation_ids if key in before and key not in after])


def thaw() -> None:
    """An editor closed: what was frozen with it is collectable again."""
    gc.unfreeze()
