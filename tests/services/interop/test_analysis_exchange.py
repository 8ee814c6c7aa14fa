"""REFI-QDA exchange of relations, quotation links, groups, networks and smart codes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from refi_support import PROJECT_XSD

from qda_app.services import code_groups, coding, documents, memos, networks, queries, quotation_links, relations
from qda_app.services.interop.project_export import export_project
from qda_app.services.interop.project_import import import_project
from qda_app.services.network_view import network_summary
from qda_app.services.networks import NodeRef
from qda_app.services.project import Project

TEXT = "Alcalde: sin plata no hay obra. Todo pasa por Lima. La región tampoco ayuda. " * 3


def build(path: Path) -> Project:
    project = Project.create(path, coder="Ana")
    documents.add_text_document(project, name="E01", text=TEXT, group="Provinciales")
    documents.add_text_document(project, name="E02", text=TEXT)
    coding.code_span(project, document=1, start=0, end=30, codes=["Centralismo::Dependencia"])
    coding.code_span(project, document=1, start=31, end=50, codes=["Centralismo::Viajes"])
    coding.code_span(project, document=2, start=0, end=30, codes=["Región"])
    relations.create_relation_type(project, name="influye en", name_es="influye en", name_pt="influencia",
                                   label="inf", behaviour="transitive", line_style="dashed", color="#aa3300")
    relations.relate_codes(project, source="Centralismo::Viajes", target="Centralismo", relation="is part of")
    relations.relate_codes(project, source="Región", target="Centralismo", relation="influye en", comment="E02, 4:1")
    relations.relate_codes(project, source="Región", target="Centralismo::Dependencia", relation="contradicts")
    quotation_links.link_quotations(project, source="1:1", target="1:2", relation="continued by", comment="sigue")
    quotation_links.link_quotations(project, source="2:1", target="1:1", relation="contradicts")
    code_groups.create_code_group(project, name="Estado", codes=["Centralismo", "Región"])
    memo = memos.create_memo(project, title="Sobre el modelo", text="Lima decide.")
    networks.create_network(project, name="Modelo", description="axial", nodes=[
        NodeRef("code", "Centralismo", 0.0, 0.0), NodeRef("code", "Centralismo::Viajes", 200.0, 120.0),
        NodeRef("code", "Región"), NodeRef("quotation", "1:2", -150.0, 80.0), NodeRef("memo", memo.id, 50.0, -90.0),
        NodeRef("code_group", "Estado", 300.0, -60.0), NodeRef("document", "1", -300.0, 200.0)])
    memos.attach_memo(project, memo_id=memo.id, target_type="network", target="Modelo")
    queries.save_smart_code(project, name="Centralismo regional", query='"Centralismo" CO-OCCURS "Región"',
                            scope=queries.QueryScope.of(coders=["Ana"]))
    return project


def state(project: Project) -> dict:
    """Everything analysis holds, by names (ids differ between projects)."""
    paths = relations.code_store_paths(project)
    labels = quotation_links.quotation_labels(project)
    return {
        "types": sorted((k.scope, k.name, k.name_es, k.name_pt, k.label, k.behaviour, k.line_style, k.color)
                        for k in [*relations.list_relation_types(project, "code"),
                                  *relations.list_relation_types(project, "quotation")]),
        "relations": sorted((paths[r.source_code_id], r.name, paths[r.target_code_id], r.comment, r.guid)
                            for r in relations.list_code_relations(project)),
        "links": sorted((labels[l.source_quotation_id], l.name, labels[l.target_quotation_id], l.comment, l.guid)
                        for l in quotation_links.list_quotation_links(project)),
        "code_groups": [(g.name, sorted(paths[m] for m in g.members)) for g in code_groups.list_code_groups(project)],
        "networks": [(n.name, n.description, n.guid, sorted(
            (node.kind, str(node.x), str(node.y)) for node in n.nodes), network_summary(project, n.id))
            for n in networks.list_networks(project)],
        "smart_codes": [(s.name, s.expression, s.scope) for s in queries.list_smart_codes(project)],
        "memo_links": sorted((m.title, link.target_type) for m in memos.list_memos(project) for link in m.links),
    }


def test_round_trip_keeps_relations_links_groups_networks_and_smart_codes(tmp_path):
    original = build(tmp_path / "a.qdaproj")
    export_project(original, tmp_path / "a.qdpx")
    expected = state(original)
    original.close()
    report = import_project(tmp_path / "a.qdpx", tmp_path / "b.qdaproj", coder="Ana")
    assert report.summary["relations"] == 3 and report.summary["quotation_links"] == 2
    assert report.summary["networks"] == 1 and report.summary["smart_codes"] == 1
    with Project.open(tmp_path / "b.qdaproj") as copy:
        assert state(copy) == expected
        assert len(next(iter(networks.list_networks(copy))).nodes) == 7
        assert [node.x for node in networks.get_network(copy, "Modelo").nodes if node.kind == "code"].count(None) == 1
        export_project(copy, tmp_path / "b.qdpx")
    first = zipfile.ZipFile(tmp_path / "a.qdpx").read("project.qde")
    second = zipfile.ZipFile(tmp_path / "b.qdpx").read("project.qde")
    for element in (b"<Links>", b"<Sets>", b"<Graphs>", b'direction="Associative"', b'lineStyle="dashed"'):
        assert element in first
    assert first.count(b"<Vertex ") == second.count(b"<Vertex ") == 7
    assert first.count(b"<Link ") == second.count(b"<Link ") == 5


def test_export_is_schema_valid(tmp_path):
    xmlschema = pytest.importorskip("xmlschema")
    schema = PROJECT_XSD  # vendored under tests/data/refi
    project = build(tmp_path / "a.qdaproj")
    export_project(project, tmp_path / "a.qdpx")
    project.close()
    xmlschema.XMLSchema(str(schema)).validate(zipfile.ZipFile(tmp_path / "a.qdpx").read("project.qde").decode("utf-8"))


def test_links_and_graphs_from_another_program(tmp_path):
    """No qda_app extension: types by name (created when unknown), edges without links become
    relations, vertices of unknown things are reported."""
    project = build(tmp_path / "a.qdaproj")
    export_project(project, tmp_path / "a.qdpx")
    project.close()
    with zipfile.ZipFile(tmp_path / "a.qdpx") as archive:
        members = {name: archive.read(name) for name in archive.namelist() if not name.startswith("qda_app/")}
    qde = members["project.qde"].decode("utf-8")
    qde = qde.replace('name="influye en"', 'name="causa"')
    members["project.qde"] = qde.encode("utf-8")
    with zipfile.ZipFile(tmp_path / "foreign.qdpx", "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    report = import_project(tmp_path / "foreign.qdpx", tmp_path / "c.qdaproj", coder="Ana")
    with Project.open(tmp_path / "c.qdaproj") as copy:
        found = {(r.name, r.comment) for r in relations.list_code_relations(copy)}
        assert found == {("is part of", ""), ("causa", ""), ("contradicts", "")}
        causa = relations.relation_type(copy, "causa")
        assert causa.behaviour == "directed" and not causa.is_default
        assert {l.name for l in quotation_links.list_quotation_links(copy)} == {"continued by", "contradicts"}
        assert [n.name for n in networks.list_networks(copy)] == ["Modelo"]
        assert queries.list_smart_codes(copy) == []
    assert report.summary["networks"] == 1


def test_edges_of_a_graph_without_links_become_relations(tmp_path):
    """A program that draws relations only in its graphs (no <Links>): each code-code edge is a
    relation of the type its name gives, a new name a new type (symmetric unless "OneWay");
    a second edge for the same relation adds nothing; derived edges (coding, membership) none."""
    import re

    project = build(tmp_path / "a.qdaproj")
    export_project(project, tmp_path / "a.qdpx")
    project.close()
    with zipfile.ZipFile(tmp_path / "a.qdpx") as archive:
        members = {name: archive.read(name) for name in archive.namelist() if not name.startswith("qda_app/")}
    qde = members["project.qde"].decode("utf-8")
    qde = re.sub(r"<Links>.*?</Links>", "", qde, flags=re.S)
    influye = re.search(r'<Edge [^>]*name="influye en"[^>]*/>', qde).group(0)
    agrava = influye.replace('name="influye en"', 'name="agrava"').replace('direction="OneWay"',
                                                                            'direction="Associative"')
    twice = re.sub(r'guid="[^"]+"', 'guid="00000000-0000-4000-8000-000000000001"', agrava, count=1)
    qde = qde.replace(influye, agrava + twice)
    members["project.qde"] = qde.encode("utf-8")
    with zipfile.ZipFile(tmp_path / "foreign.qdpx", "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    report = import_project(tmp_path / "foreign.qdpx", tmp_path / "c.qdaproj", coder="Ana")
    with Project.open(tmp_path / "c.qdaproj") as copy:
        paths = relations.code_store_paths(copy)
        found = sorted((paths[r.source_code_id], r.name, paths[r.target_code_id]) for r in relations.list_code_relations(copy))
        assert found == [("Centralismo::Viajes", "is part of", "Centralismo"), ("Región", "agrava", "Centralismo")]
        agrava_type = relations.relation_type(copy, "agrava")
        assert (agrava_type.behaviour, agrava_type.is_default, agrava_type.label) == ("symmetric", False, "agrava")
        assert quotation_links.list_quotation_links(copy) == []
    assert report.summary["relations"] == 2
