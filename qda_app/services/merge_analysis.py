"""Merging the analysis of a coder's copy: code relations, code and document groups, quotation
links, smart codes, networks, and memos attached to networks or to other memos.

Part of ``merge_project``'s one transaction, after codes, documents, quotations and memos are
mapped onto the project. Identity rules, so that merging the same copy twice changes nothing:

* relations and quotation links by their ends and type (mapped): the same fact is not doubled;
* groups by GUID, then by name (the copy's members are added to the project's group);
* smart codes by GUID, then by name; a name the project uses for another query keeps the
  project's query (listed); a code renamed in the copy is renamed in the query too;
* networks by GUID (nodes the project's network lacks are added where the copy placed them);
  a network of the copy whose name the project uses for another network is carried under
  "name (coder)" and the rename is reported.

Whatever cannot be carried is listed in ``report.analysis_not_carried`` with its reason, never
dropped silently: a relation or link whose end was not carried (a quotation on an edited
passage), that would relate a code to itself (two codes of the copy are one here) or close a
cycle of a transitive type; a smart code whose query names something the project does not
have, or that would refer to itself; a network node whose quotation was not carried.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qda_app.core.model import CODE_PATH_SEPARATOR
from qda_app.core.numbering import code_path_key
from qda_app.core.query import format_query, operand_names, parse_query, rename_operand
from qda_app.core.relations import creates_cycle
from qda_app.services.merge_report import AnalysisNotCarried
from qda_app.store import codes as code_store
from qda_app.store import groups as group_store
from qda_app.store import memos as memo_store
from qda_app.store import networks as network_store
from qda_app.store import quotation_links as link_store
from qda_app.store import relations as relation_store
from qda_app.store import smart_codes as smart_code_store
from qda_app.store import team_queries
from qda_app.store.database import new_guid

if TYPE_CHECKING:
    from qda_app.services.merge import _Merger


class AnalysisMerger:
    def __init__(self, merger: _Merger) -> None:
        self.merger = merger
        self.db, self.source, self.report = merger.db, merger.source, merger.report
        self.groups: dict[int, int] = {}  # the copy's group id -> the project's
        self.networks: dict[int, int] = {}
        self.paths = {code.id: code.path for code in code_store.list_codes(self.source)}
        self.quotation_labels = link_store.quotation_labels(self.source)
        self.code_paths = {code_path_key(code.path) for code in code_store.list_codes(merger.db)}

    def run(self) -> None:
        self._relations()
        self._groups()
        self._quotation_links()
        self._smart_codes()
        self._networks()
        self._memo_links()

    def _skip(self, kind: str, name: str, reason: str) -> None:
        self.report.analysis_not_carried.append(AnalysisNotCarried(kind, name, reason))

    def _path(self, code_id: int) -> str:
        return self.paths.get(code_id, "?").replace(CODE_PATH_SEPARATOR, " > ")

    # --- code relations and quotation links --------------------------------------------------------

    def _relations(self) -> None:
        codes = self.merger.codes
        for relation in relation_store.list_code_relations(self.source):
            kind = relation_store.get_relation_type(self.source, relation.type_id)
            name = f"{self._path(relation.source_code_id)} {relation.name} {self._path(relation.target_code_id)}"
            source_id, target_id = codes[relation.source_code_id], codes[relation.target_code_id]
            type_id = relation_store.ensure_relation_type_like(self.db, kind)
            if relation_store.find_code_relation(self.db, source_id=source_id, target_id=target_id,
                                                 type_id=type_id) is not None:
                self.report.relations_present += 1
                continue
            if source_id == target_id:
                self._skip("relation", name, "same_code")
                continue
            local_type = relation_store.get_relation_type(self.db, type_id)
            if local_type.behaviour == "transitive" and creates_cycle(
                    relation_store.relation_edges(self.db, type_id), source_id, target_id):
                self._skip("relation", name, "cycle")
                continue
            if local_type.behaviour == "symmetric" and relation_store.find_code_relation(
                    self.db, source_id=target_id, target_id=source_id, type_id=type_id) is not None:
                self.report.relations_present += 1  # the same symmetric relation, written the other way
                continue
            taken = team_queries.id_by_guid(self.db, "code_relations", relation.guid) is not None
            relation_store.insert_code_relation(self.db, {
                "guid": new_guid() if taken else relation.guid, "source_code_id": source_id,
                "target_code_id": target_id, "type_id": type_id, "comment": relation.comment,
                "created_by": self.merger._coder(relation.created_by), "created_at": relation.created_at})
            self.report.relations_added += 1

    def _quotation_links(self) -> None:
        quotations = self.merger.quotations
        for link in link_store.list_quotation_links(self.source):
            name = (f"{self.quotation_labels.get(link.source_quotation_id, '?')} {link.name} "
                    f"{self.quotation_labels.get(link.target_quotation_id, '?')}")
            if link.source_quotation_id not in quotations or link.target_quotation_id not in quotations:
                self._skip("quotation_link", name, "quotation_not_carried")
                continue
            source_id, target_id = quotations[link.source_quotation_id], quotations[link.target_quotation_id]
            type_id = relation_store.ensure_relation_type_like(
                self.db, relation_store.get_relation_type(self.source, link.type_id), scope="quotation")
            if link_store.find_quotation_link(self.db, source_id=source_id, target_id=target_id,
                                              type_id=type_id) is not None:
                self.report.quotation_links_present += 1
                continue
            if source_id == target_id:
                self._skip("quotation_link", name, "same_quotation")
                continue
            taken = team_queries.id_by_guid(self.db, "quotation_links", link.guid) is not None
            link_store.insert_quotation_link(self.db, {
                "guid": new_guid() if taken else link.guid, "source_quotation_id": source_id,
                "target_quotation_id": target_id, "type_id": type_id, "comment": link.comment,
                "created_by": self.merger._coder(link.created_by), "created_at": link.created_at})
            self.report.quotation_links_added += 1

    # --- groups ---------------------------------------------------------------------------------

    def _groups(self) -> None:
        for kind, members in (("code", self.merger.codes), ("document", self.merger.documents)):
            for group in group_store.list_groups(self.source, kind):
                local = team_queries.id_by_guid(self.db, "groups", group.guid) or group_store.find_group(
                    self.db, kind, group.name)
                if local is None:
                    local = group_store.insert_group(self.db, kind, group.name, guid=group.guid)
                    self.report.groups_added.append(f"{kind}: {group.name}")
                self.groups[group.id] = local
                for member in group.members:
                    if member in members and group_store.add_member(self.db, local, members[member]):
                        self.report.group_members_added += 1

    # --- smart codes ----------------------------------------------------------------------------

    def _smart_codes(self) -> None:
        renames = [(item.other_path, item.kept_path) for item in self.report.code_renames]
        added: list[tuple[int, str, str]] = []
        for smart in smart_code_store.list_smart_codes(self.source):
            expression = parse_query(smart.expression)
            for old, new in renames:
                expression = rename_operand(expression, old, new)
            text = format_query(expression)
            local = next((item for item in smart_code_store.list_smart_codes(self.db) if item.guid == smart.guid),
                         None) or smart_code_store.find_smart_code(self.db, smart.name)
            if local:
                if local.expression == text:
                    self.report.smart_codes_present += 1
                else:
                    self._skip("smart_code", smart.name, "query_differs")
                continue
            if code_path_key(smart.name) in self.code_paths:
                self._skip("smart_code", smart.name, "name_is_a_code")
                continue
            smart_id = smart_code_store.insert_smart_code(self.db, {
                "guid": smart.guid, "name": smart.name, "expression": text, "scope": smart.scope,
                "description": smart.description, "created_by": self.merger._coder(smart.created_by),
                "created_at": smart.created_at, "modified_at": smart.modified_at})
            added.append((smart_id, smart.name, text))
        # Checked once all are in: a smart code may use another one of the copy.
        for smart_id, name, text in added:
            reason = self._query_problem(name, text)
            if reason:
                smart_code_store.delete_smart_code_row(self.db, smart_id)
                self._skip("smart_code", name, reason)
            else:
                self.report.smart_codes_added.append(name)

    def _query_problem(self, name: str, text: str) -> str:
        """"" when every operand of ``text`` is a code, smart code or code group here and no smart
        code refers to itself through it; else the reason."""
        queries = {item.name.casefold(): item.expression for item in smart_code_store.list_smart_codes(self.db)}
        groups = {group.name.casefold() for group in group_store.list_groups(self.db, "code")}
        stack, seen = [(name, text)], {name.casefold()}
        while stack:
            _, current = stack.pop()
            for operand in operand_names(parse_query(current)):
                key = operand.casefold()
                if key == name.casefold():
                    return "refers_to_itself"
                if key in queries:
                    if key not in seen:
                        seen.add(key)
                        stack.append((operand, queries[key]))
                elif code_path_key(operand) not in self.code_paths and key not in groups:
                    return "operand_missing"
        return ""

    # --- networks and memo links ------------------------------------------------------------------

    def _networks(self) -> None:
        targets = {"code": self.merger.codes, "quotation": self.merger.quotations, "memo": self.merger.memos,
                   "document": self.merger.documents, "code_group": self.groups, "document_group": self.groups}
        for network in network_store.list_networks(self.source):
            local = team_queries.id_by_guid(self.db, "networks", network.guid)
            if local is None:
                name = network.name
                if network_store.find_network(self.db, name) is not None:
                    name = self._free_network_name(f"{network.name} ({network.created_by or '?'})")
                    self.report.network_renames.append((network.name, name))
                local = network_store.insert_network(self.db, {
                    "guid": network.guid, "name": name, "description": network.description,
                    "created_by": self.merger._coder(network.created_by), "created_at": network.created_at,
                    "modified_at": network.modified_at})
                self.report.networks_added.append(name)
            self.networks[network.id] = local
            for node in network.nodes:
                target = targets[node.kind].get(node.target_id)
                if target is None:
                    self._skip("network_node", f"{network.name}: {self.quotation_labels.get(node.target_id, '?')}",
                               "quotation_not_carried")
                    continue
                if network_store.find_node(self.db, local, node.kind, target) is None:
                    network_store.insert_node(self.db, {"network_id": local, "kind": node.kind, "target_id": target,
                                                        "x": node.x, "y": node.y})
                    self.report.network_nodes_added += 1

    def _free_network_name(self, wanted: str) -> str:
        name, number = wanted, 2
        while network_store.find_network(self.db, name) is not None:
            name, number = f"{wanted} {number}", number + 1
        return name

    def _memo_links(self) -> None:
        """Memos attached to networks or to other memos (links to codes, quotations and documents
        travel with the memo itself)."""
        targets = {"network": self.networks, "memo": self.merger.memos}
        for memo in memo_store.list_memos(self.source):
            if memo.id not in self.merger.new_memos:
                continue
            for link in memo.links:
                if link.target_type in targets and link.target_id in targets[link.target_type]:
                    memo_store.link_memo(self.db, self.merger.memos[memo.id], link.target_type,
                                         targets[link.target_type][link.target_id])
