"""Analysis actions (relations, links, groups, networks, smart codes): do, undo, redo, refusals."""

from __future__ import annotations

import pytest

from qda_app.core.errors import (
    CodeNotFound,
    DuplicateName,
    QuotationNotFound,
    RelationCycle,
    RelationNotFound,
    SelfRelation,
    UnknownRelationType,
)
from qda_app.services import code_groups, codes, memos, networks, queries, quotation_links, relations
from qda_app.services.commands import History
from qda_app.services.networks import NodeRef
from tests.conftest import snapshot


@pytest.fixture
def analysed(coded_project):
    p = coded_project
    relations.relate_codes(p, source="Centralismo::Viajes", target="Centralismo", relation="is part of")
    relations.relate_codes(p, source="Región", target="Centralismo::Dependencia", relation="contradicts",
                           comment="según E01")
    quotation_links.link_quotations(p, source="1:1", target="1:2", relation="supports")
    code_groups.create_code_group(p, name="Estado", codes=["Centralismo", "Región"])
    networks.create_network(p, name="Modelo", nodes=[NodeRef("code", "Centralismo", 10.0, 20.0),
                                                      NodeRef("code", "Centralismo::Viajes"),
                                                      NodeRef("quotation", "1:1")])
    queries.save_smart_code(p, name="Viajes en dependencia", query='"Centralismo::Viajes" OVERLAPPED BY "Centralismo::Dependencia"')
    return p


def _node_ids(project):
    return [node.id for node in networks.get_network(project, "Modelo").nodes]


ACTIONS = {
    "create relation type": lambda p: relations.create_relation_type(p, name="influye en", label="inf",
                                                                    behaviour="transitive", line_style="dashed",
                                                                    color="#123456"),
    "edit relation type": lambda p: relations.edit_relation_type(p, relation="is part of", label="part", color="#00ff00"),
    "delete relation type": lambda p: relations.delete_relation_type(p, relation="is part of"),
    "relate": lambda p: relations.relate_codes(p, source="Región", target="Centralismo", relation="is cause of"),
    "relate again with comment": lambda p: relations.relate_codes(p, source="Centralismo::Dependencia",
                                                                  target="Región", relation="contradicts",
                                                                  comment="otra"),
    "unrelate": lambda p: relations.unrelate_codes(p, source="Centralismo::Viajes", target="Centralismo",
                                                   relation="is part of"),
    "link quotations": lambda p: quotation_links.link_quotations(p, source="1:2", target="2:1", relation="explica"),
    "unlink quotations": lambda p: quotation_links.unlink_quotations(p, source="1:1", target="1:2"),
    "attach memo to network": lambda p: memos.attach_memo(
        p, memo_id=memos.list_memos(p)[0].id, target_type="network", target="Modelo"),
    "create code group": lambda p: code_groups.create_code_group(p, name="Otro", codes=["Región"]),
    "rename code group": lambda p: code_groups.rename_code_group(p, name="Estado", new_name="Estado central"),
    "delete code group": lambda p: code_groups.delete_code_group(p, name="Estado"),
    "add to code group": lambda p: code_groups.add_codes_to_group(p, name="Estado", codes=["Recentralización"]),
    "remove from code group": lambda p: code_groups.remove_codes_from_group(p, name="Estado", codes=["Región"]),
    "create network": lambda p: networks.create_network(p, name="Otra"),
    "rename network": lambda p: networks.rename_network(p, network="Modelo", new_name="Modelo final"),
    "delete network": lambda p: networks.delete_network(p, network="Modelo"),
    "add nodes": lambda p: networks.add_nodes(p, network="Modelo", nodes=[NodeRef("document", "1"),
                                                                          NodeRef("code_group", "Estado")]),
    "move nodes": lambda p: networks.move_nodes(p, network="Modelo",
                                                positions={node: (1.0, 2.0) for node in _node_ids(p)}),
    "remove nodes": lambda p: networks.remove_nodes(p, network="Modelo", node_ids=_node_ids(p)[:2]),
    "add neighbours": lambda p: networks.add_neighbours(p, network="Modelo", node_ids=_node_ids(p)[2:]),
    "save smart code": lambda p: queries.save_smart_code(p, name="Todo", query='"Centralismo" OR "Región"'),
    "rename smart code": lambda p: queries.rename_smart_code(p, name="Viajes en dependencia", new_name="VD"),
    "delete smart code": lambda p: queries.delete_smart_code(p, name="Viajes en dependencia"),
    "delete code with relations, links, groups and nodes": lambda p: codes.delete_code(p, path="Centralismo"),
    "delete quotation with links and nodes": lambda p: __import__("qda_app.services.coding", fromlist=["x"])
        .delete_quotation(p, quotation="1:1"),
}


@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_analysis_action_is_one_undoable_command(analysed, name):
    memos.create_memo(analysed, title="Nota")
    history = History(analysed)
    before = snapshot(analysed)
    ACTIONS[name](analysed)
    after = snapshot(analysed)
    assert after != before, "the action changed nothing"
    assert len(history.done) == 1, "one user action, one command"
    assert history.undo() is not None
    assert snapshot(analysed) == before
    assert history.redo() is not None
    assert snapshot(analysed) == after


def test_deleting_a_code_takes_its_relations_groups_and_nodes(analysed):
    codes.delete_code(analysed, path="Centralismo")
    # Its sub-codes go with it, so both relations (Viajes is part of it, Región contradicts Dependencia) go.
    assert relations.list_code_relations(analysed) == []
    names = {path for path in relations.code_store_paths(analysed).values()}
    assert "Centralismo" not in names
    assert [node.kind for node in networks.get_network(analysed, "Modelo").nodes] == ["quotation"]
    paths = relations.code_store_paths(analysed)
    assert [paths[m] for m in code_groups.code_group(analysed, "Estado").members] == ["Región"]


def test_density_counts_relations_of_any_type_both_ends(analysed):
    paths = {path: code_id for code_id, path in relations.code_store_paths(analysed).items()}
    density = relations.densities(analysed)
    assert density[paths["Centralismo"]] == 1
    assert density[paths["Centralismo::Viajes"]] == 1
    assert density[paths["Región"]] == 1
    assert density[paths["Centralismo::Dependencia"]] == 1
    assert density[paths["Recentralización"]] == 0
    counts = codes.code_counts(analysed)
    assert counts[paths["Región"]].density == 1


def test_refusals_change_nothing(analysed):
    before = snapshot(analysed)
    with pytest.raises(SelfRelation):
        relations.relate_codes(analysed, source="Región", target="Región")
    with pytest.raises(RelationCycle):
        relations.relate_codes(analysed, source="Centralismo", target="Centralismo::Viajes", relation="es parte de")
    with pytest.raises(UnknownRelationType) as unknown:
        relations.relate_codes(analysed, source="Región", target="Centralismo", relation="vive en")
    assert "is part of" in unknown.value.known and len(unknown.value.known) == 6
    with pytest.raises(CodeNotFound):
        relations.relate_codes(analysed, source="Región", target="Nada")
    with pytest.raises(QuotationNotFound):
        quotation_links.link_quotations(analysed, source="1:1", target="9:9")
    with pytest.raises(SelfRelation):
        quotation_links.link_quotations(analysed, source="1:1", target="1:1")
    with pytest.raises(RelationNotFound):
        relations.unrelate_codes(analysed, source="Región", target="Centralismo")
    with pytest.raises(DuplicateName):
        networks.create_network(analysed, name="modelo")
    with pytest.raises(DuplicateName):
        queries.save_smart_code(analysed, name="Región", query='"Centralismo"')
    assert snapshot(analysed) == before


def test_symmetric_relation_is_the_same_either_way(analysed):
    again = relations.relate_codes(analysed, source="Centralismo::Dependencia", target="Región", relation="contradice")
    assert len(relations.list_code_relations(analysed)) == 2
    assert again.comment == "según E01"
    assert relations.unrelate_codes(analysed, source="Centralismo::Dependencia", target="Región") == 1


def test_relation_types_have_three_languages_and_labels(project):
    kinds = relations.list_relation_types(project, "code")
    assert [k.name for k in kinds] == ["is associated with", "is part of", "is cause of", "contradicts", "is a",
                                      "is property of"]
    part = relations.relation_type(project, "é parte de")
    assert (part.name_in("es"), part.name_in("pt"), part.label, part.behaviour) == \
        ("es parte de", "é parte de", "[]", "transitive")
    assert {k.name for k in relations.list_relation_types(project, "quotation")} >= {
        "supports", "contradicts", "explains", "continued by"}


def test_network_view_shows_relations_codings_and_counts(analysed):
    from qda_app.services.network_view import network_summary, network_view

    view = network_view(analysed, "Modelo")
    top = next(node for node in view.nodes if node.name == "Centralismo")
    assert (top.x, top.y, top.groundedness, top.density) == (10.0, 20.0, 2, 1)
    assert top.label == "Centralismo {2-1}"
    assert network_summary(analysed, "Modelo")["links"] == [
        {"source": "Centralismo::Viajes", "relation": "is part of", "target": "Centralismo"},
    ]
    networks.add_nodes(analysed, network="Modelo", nodes=[NodeRef("code", "Centralismo::Dependencia")])
    assert {"source": "1:1", "relation": "is coded with", "target": "Centralismo::Dependencia"} in \
        network_summary(analysed, "Modelo")["links"]
