"""Every kind of network node: how a user names it, what it shows, what "add neighbours" brings.

A hand-built project: E01 (in document group "Provinciales") with quotations 1:1 coded
Dependencia and 1:2 coded Viajes, 1:1 "supports" 1:2; E02 with 2:1 coded Región; the code
group "Centro" holding Dependencia and Viajes; the memo "Sobre Lima" on Dependencia and on 2:1,
and a project memo "Plan" (not a neighbour of anything).
"""

from __future__ import annotations

import pytest

from qda_app.core.errors import GroupNotFound, InvalidArgument, MemoNotFound
from qda_app.services import code_groups, coding, documents, memos, networks, quotation_links
from qda_app.services.network_view import network_view
from qda_app.services.networks import NodeRef
from qda_app.store import network_queries
from tests.conftest import snapshot

E01 = "Alcalde: todo pasa por Lima. Los viajes al ministerio cuestan."
E02 = "La región tampoco ayuda."
DEPENDENCIA, VIAJES = "Centralismo::Dependencia", "Centralismo::Viajes"


@pytest.fixture
def study(project):
    documents.add_text_document(project, name="E01", text=E01, group="Provinciales")
    documents.add_text_document(project, name="E02", text=E02)
    coding.code_span(project, document=1, start=0, end=28, codes=[DEPENDENCIA])  # 1:1
    coding.code_span(project, document=1, start=29, end=62, codes=[VIAJES])  # 1:2
    coding.code_span(project, document=2, start=0, end=24, codes=["Región"])  # 2:1
    quotation_links.link_quotations(project, source="1:1", target="1:2")
    code_groups.create_code_group(project, name="Centro", codes=[DEPENDENCIA, VIAJES])
    memo = memos.create_memo(project, title="Sobre Lima", text="Lima decide.", target_type="code", target=DEPENDENCIA)
    memos.attach_memo(project, memo_id=memo.id, target_type="quotation", target="2:1")
    memos.create_memo(project, title="Plan", target_type="project")
    return project


def _named(project, kind: str, name: str) -> int:
    """The node of ``kind`` whose view name is ``name``, in the network "Todo"."""
    return next(node.node_id for node in network_view(project, "Todo").nodes if (node.kind, node.name) == (kind, name))


def _neighbour_names(project, node_id: int) -> list[tuple[str, str]]:
    """What "add neighbours" of one node would add, as (kind, name), in the order it adds them."""
    found = networks.neighbours(project, network="Todo", node_ids=[node_id])
    details = {}
    for kind in {ref.kind for ref in found}:
        details.update({(kind, target): row["name"] for target, row in
                        network_queries.node_details(project.database, kind, [ref.target for ref in found
                                                                               if ref.kind == kind]).items()})
    return [(ref.kind, details[(ref.kind, ref.target)]) for ref in found]


def test_nodes_named_as_users_name_them_show_their_names_and_texts(study) -> None:
    networks.create_network(study, name="Todo", nodes=[
        NodeRef("document", "2"), NodeRef("document", " E01 "), NodeRef("memo", "Sobre Lima"),
        NodeRef("code_group", "centro"), NodeRef("document_group", "Provinciales"), NodeRef("quotation", "1:2")])
    view = network_view(study, "Todo")
    assert [(node.kind, node.name, node.label, node.color) for node in view.nodes] == [
        ("document", "E02", "E02", None),
        ("document", "E01", "E01", None),
        ("memo", "Sobre Lima", "Sobre Lima", None),
        ("code_group", "Centro", "Centro", None),
        ("document_group", "Provinciales", "Provinciales", None),
        ("quotation", "1:2", "1:2 Los viajes al ministerio cuestan.", None),
    ]
    memo_id = view.nodes[2].target_id
    assert network_queries.node_details(study.database, "memo", [memo_id])[memo_id]["text"] == "Lima decide."
    assert network_queries.node_details(study.database, "memo", []) == {}
    with pytest.raises(ValueError, match="network"):
        network_queries.node_details(study.database, "network", [1])


def test_add_neighbours_brings_what_each_kind_of_node_touches(study) -> None:
    networks.create_network(study, name="Todo", nodes=[
        NodeRef("memo", "Sobre Lima"), NodeRef("code_group", "Centro"), NodeRef("document", "E01"),
        NodeRef("quotation", "1:1")])
    assert _neighbour_names(study, _named(study, "memo", "Sobre Lima")) == [
        ("code", "Dependencia"), ("quotation", "2:1")]
    assert _neighbour_names(study, _named(study, "code_group", "Centro")) == [
        ("code", "Dependencia"), ("code", "Viajes")]
    assert _neighbour_names(study, _named(study, "document", "E01")) == [("quotation", "1:2")]  # 1:1 is there
    assert _neighbour_names(study, _named(study, "quotation", "1:1")) == [
        ("code", "Dependencia"), ("quotation", "1:2")]
    added = networks.add_neighbours(study, network="Todo", node_ids=[_named(study, "memo", "Sobre Lima")])
    assert len(added) == 2
    assert [(node.kind, node.name) for node in network_view(study, "Todo").nodes][4:] == [
        ("code", DEPENDENCIA), ("quotation", "2:1")]


def test_nodes_given_by_id_must_exist_as_that_kind(study) -> None:
    group = code_groups.code_group(study, "Centro")
    network = networks.create_network(study, name="Todo", nodes=[NodeRef("code_group", group.id)])
    assert [(node.kind, node.target_id) for node in network.nodes] == [("code_group", group.id)]
    before = snapshot(study)
    with pytest.raises(InvalidArgument) as caught:  # a code group's id is no document group
        networks.add_nodes(study, network="Todo", nodes=[NodeRef("document_group", group.id)])
    assert caught.value.fields == {"name": "node", "reason": "node_id_missing", "kind": "document_group",
                                   "target": group.id}
    assert snapshot(study) == before


@pytest.mark.parametrize("node, error, fields", [
    (NodeRef("network", "Todo"), InvalidArgument,
     {"name": "node kind", "reason": "not_one_of", "value": "network",
      "choices": ("code", "quotation", "memo", "document", "code_group", "document_group")}),
    (NodeRef("document", "E09"), InvalidArgument, {"name": "document", "reason": "no_document_named",
                                                   "document": "E09"}),
    (NodeRef("memo", "Nada"), MemoNotFound, {"memo": "Nada"}),
    (NodeRef("code_group", "Sur"), GroupNotFound, {"kind": "code", "name": "Sur"}),
])
def test_a_node_that_names_nothing_is_refused_and_nothing_changes(study, node, error, fields) -> None:
    before = snapshot(study)
    with pytest.raises(error) as caught:
        networks.create_network(study, name="Todo", nodes=[NodeRef("code", DEPENDENCIA), node])
    assert caught.value.fields == fields
    assert snapshot(study) == before
