"""Reading only what a code relation changed: ``network_view.with_relations_changed`` and
``relations.densities_after`` must agree with reading everything again."""

from __future__ import annotations

import pytest

from qda_app.services import codes as code_service
from qda_app.services import coding, documents, networks, relations
from qda_app.services.commands import History
from qda_app.services.network_view import network_view, with_relations_changed
from qda_app.services.networks import NodeRef


@pytest.fixture
def network(project):
    documents.add_text_document(project, name="D1", text="texto " * 20)
    for start, path in ((0, "A::a1"), (6, "A::a2"), (12, "B")):
        coding.code_span(project, document=1, start=start, end=start + 5, codes=[path])
    relations.relate_codes(project, source="A::a1", target="A", relation="is part of")
    ids = {code.path: code.id for code in code_service.list_codes(project)}
    made = networks.create_network(project, name="N", nodes=[NodeRef("code", ids[p]) for p in ("A", "A::a1", "A::a2")])
    return project, made.id, ids


def _same(changed, fresh):
    assert changed.nodes == fresh.nodes
    key = lambda link: (link.kind, link.record_id, link.source_node, link.target_node)  # noqa: E731
    assert sorted(changed.links, key=key) == sorted(fresh.links, key=key)


def test_a_new_relation_brings_its_link_and_the_densities(network):
    project, network_id, ids = network
    before = network_view(project, network_id)
    made = relations.relate_codes(project, source="A::a2", target="A", relation="is part of", comment="why")
    changed = with_relations_changed(project, before, [made.id])
    _same(changed, network_view(project, network_id))
    labels = {node.name: node.label for node in changed.nodes}
    assert labels == {"A": "A {2-2}", "A::a1": "a1 {1-1}", "A::a2": "a2 {1-1}"}


def test_a_relation_to_a_code_outside_the_network_changes_only_the_density(network):
    project, network_id, _ = network
    before = network_view(project, network_id)
    made = relations.relate_codes(project, source="B", target="A::a2")
    changed = with_relations_changed(project, before, [made.id])
    _same(changed, network_view(project, network_id))
    assert len(changed.links) == len(before.links)
    assert {node.name: node.density for node in changed.nodes}["A::a2"] == 1


def test_deleted_and_commented_relations(network):
    project, network_id, _ = network
    history = History(project)
    [existing] = relations.list_code_relations(project)
    before = network_view(project, network_id)
    relations.comment_relation(project, relation_id=existing.id, comment="a note")
    commented = with_relations_changed(project, before, [existing.id])
    _same(commented, network_view(project, network_id))
    assert [link.comment for link in commented.links if link.kind == "relation"] == ["a note"]
    relations.delete_relation(project, relation_id=existing.id)
    removed = with_relations_changed(project, commented, [existing.id])
    _same(removed, network_view(project, network_id))
    assert [link for link in removed.links if link.kind == "relation"] == []
    history.undo()
    _same(with_relations_changed(project, removed, [existing.id]), network_view(project, network_id))


def test_densities_after_an_action_on_relations_only(network):
    project, _, ids = network
    history = History(project)
    relations.relate_codes(project, source="B", target="A")
    record = history.done[-1]
    assert relations.densities_after(project, record) == {ids["B"]: 1, ids["A"]: 2}
    coding.code_span(project, document=1, start=30, end=35, codes=["B"])
    assert relations.densities_after(project, history.done[-1]) is None  # codings: recount
