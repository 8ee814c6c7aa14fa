"""Merging a coder's copy carries its analysis: relations, groups, quotation links, smart codes,
networks and memos attached to them - mapped onto the project, not doubled, and what cannot be
carried listed with its reason. Every expected result is written out by hand.

The lead's project (tests/conftest.py ``coded_project``): 1:1 Centralismo::Dependencia (Ana),
1:2 Centralismo::Viajes + Región (Luis), 2:1 Recentralización::Recorte (Ana).
"""

from __future__ import annotations

import pytest

from qda_app.services import code_groups, coding, memos, networks, queries, quotation_links, relations
from qda_app.services.commands import History
from qda_app.services.merge import merge_project
from qda_app.services.network_view import network_view
from qda_app.services.networks import NodeRef
from qda_app.services.project import Project
from qda_app.services.team import copy_for_coder
from tests.conftest import snapshot
from tests.services.test_merge import _edit_copy_text

LEAD_TEXT_2 = "Segundo texto: recorte presupuestal. " * 5


@pytest.fixture
def analysed_copy(coded_project, tmp_path):
    lead = coded_project
    relations.relate_codes(lead, source="Centralismo::Dependencia", target="Centralismo", relation="is part of")
    queries.save_smart_code(lead, name="Dep", query='"Centralismo::Dependencia"')
    networks.create_network(lead, name="Modelo", nodes=[NodeRef("code", "Centralismo", 0.0, 0.0)])
    target = tmp_path / "luis.qdaproj"
    copy_for_coder(lead, target=target, coder="Luis")
    # After the copy was made, the lead relates Región below Viajes (the copy will say the opposite).
    relations.relate_codes(lead, source="Región", target="Centralismo::Viajes", relation="is part of")
    networks.create_network(lead, name="Ideas")  # and names a network as the copy will
    with Project.open(target, coder="Luis") as copy:
        relations.relate_codes(copy, source="Centralismo::Viajes", target="Centralismo", relation="is part of")
        relations.relate_codes(copy, source="Centralismo::Viajes", target="Región", relation="is part of")  # cycle here
        code_groups.create_code_group(copy, name="Grupo L", codes=["Región", "Centralismo::Viajes"])
        quotation_links.link_quotations(copy, source="1:1", target="1:2", relation="supports", comment="ver")
        _edit_copy_text(copy, 2, LEAD_TEXT_2.replace("Segundo texto", "Segundo  texto", 1))
        coding.code_span(copy, document=2, start=0, end=20, codes=["Región"])  # 2:2, on the corrected words
        quotation_links.link_quotations(copy, source="1:1", target="2:2", relation="contradicts")
        queries.save_smart_code(copy, name="Viajes y región", query='"Centralismo::Viajes" AND "Región"')
        queries.save_smart_code(copy, name="Dep", query='"Región"')  # the lead's Dep says otherwise
        queries.save_smart_code(copy, name="Del grupo", query='"Grupo L"')
        networks.add_nodes(copy, network="Modelo", nodes=[NodeRef("code", "Región", 10.0, 20.0)])
        networks.create_network(copy, name="Ideas", nodes=[NodeRef("code", "Región", 5.0, 5.0)])
        networks.create_network(copy, name="Mapa de Luis", nodes=[
            NodeRef("code", "Centralismo", 0.0, 0.0), NodeRef("quotation", "1:1", 100.0, 0.0),
            NodeRef("code_group", "Grupo L", 0.0, 100.0), NodeRef("quotation", "2:2", 200.0, 0.0)])
        note = memos.create_memo(copy, title="Nota del mapa", text="leer con 1:1", target_type="network",
                                 target="Mapa de Luis")
        memos.attach_memo(copy, memo_id=note.id, target_type="code", target="Región")
        memos.attach_memo(copy, memo_id=note.id, target_type="quotation", target="2:2")
    return lead, target


def _relations(project):
    paths = relations.code_store_paths(project)
    return sorted((paths[item.source_code_id], item.name, paths[item.target_code_id])
                  for item in relations.list_code_relations(project))


def test_every_part_of_the_analysis_is_carried_or_listed(analysed_copy):
    lead, target = analysed_copy
    report = merge_project(lead, other=target)
    assert _relations(lead) == [
        ("Centralismo::Dependencia", "is part of", "Centralismo"),
        ("Centralismo::Viajes", "is part of", "Centralismo"),
        ("Región", "is part of", "Centralismo::Viajes"),
    ]
    assert (report.relations_added, report.relations_present) == (1, 1)
    [group] = code_groups.list_code_groups(lead)
    assert (group.name, sorted(code_groups.code_paths_in_groups(lead, [group.name]))) == (
        "Grupo L", ["Centralismo::Viajes", "Región"])
    labels = quotation_links.quotation_labels(lead)
    links = sorted((labels[link.source_quotation_id], link.name, labels[link.target_quotation_id], link.comment)
                   for link in quotation_links.list_quotation_links(lead))
    assert links == [("1:1", "supports", "1:2", "ver")]
    smart = {item.name: item.expression for item in queries.list_smart_codes(lead)}
    assert smart == {"Dep": '"Centralismo::Dependencia"', "Del grupo": '"Grupo L"',
                     "Viajes y región": '"Centralismo::Viajes" AND "Región"'}
    assert sorted(report.smart_codes_added) == ["Del grupo", "Viajes y región"]
    assert sorted(network.name for network in networks.list_networks(lead)) == [
        "Ideas", "Ideas (Luis)", "Mapa de Luis", "Modelo"]
    assert report.network_renames == [("Ideas", "Ideas (Luis)")]
    modelo = network_view(lead, "Modelo")  # the same network on both sides: the copy's node joins it
    assert sorted((node.name, node.x, node.y) for node in modelo.nodes) == [("Centralismo", 0.0, 0.0),
                                                                             ("Región", 10.0, 20.0)]
    mapa = network_view(lead, "Mapa de Luis")
    assert sorted((node.kind, node.name, node.x, node.y) for node in mapa.nodes) == [
        ("code", "Centralismo", 0.0, 0.0), ("code_group", "Grupo L", 0.0, 100.0), ("quotation", "1:1", 100.0, 0.0)]
    [note] = [memo for memo in memos.list_memos(lead) if memo.title == "Nota del mapa"]
    assert sorted(link.target_type for link in note.links) == ["code", "network"]
    assert sorted((item.kind, item.name, item.reason) for item in report.analysis_not_carried) == [
        ("memo_link", "Nota del mapa -> 2:2", "quotation_not_carried"),
        ("network_node", "Mapa de Luis: 2:2", "quotation_not_carried"),
        ("quotation_link", "1:1 contradicts 2:2", "quotation_not_carried"),
        ("relation", "Centralismo > Viajes is part of Región", "cycle"),
        ("smart_code", "Dep", "query_differs"),
    ]
    assert queries.smart_code_result(lead, "Viajes y región").quotation_ids  # it runs here: 1:2
    data = report.as_dict()
    assert data["analysis_not_carried"][0].keys() == {"kind", "name", "reason"}
    assert data["quotation_links_added"] == 1 and data["network_nodes_added"] == 5


def test_merging_the_analysis_twice_changes_nothing_and_undo_restores(analysed_copy):
    lead, target = analysed_copy
    history = History(lead)
    before = snapshot(lead)
    merge_project(lead, other=target)
    once = snapshot(lead)
    again = merge_project(lead, other=target)
    assert snapshot(lead) == once
    assert not again.changed
    assert (again.relations_present, again.quotation_links_present, again.smart_codes_present) == (2, 1, 2)
    history.undo()  # the second merge (which changed nothing)
    history.undo()  # the first: one step for all of it
    assert snapshot(lead) == before


def test_a_smart_code_follows_a_code_renamed_in_the_copy(coded_project, tmp_path):
    target = tmp_path / "luis.qdaproj"
    copy_for_coder(coded_project, target=target, coder="Luis")
    with Project.open(target, coder="Luis") as copy:
        from qda_app.services import codes

        codes.rename_code(copy, path="Región", new_name="Regiones")
        queries.save_smart_code(copy, name="Regional", query='"Regiones" OR "Centralismo::Viajes"')
    report = merge_project(coded_project, other=target)
    smart = {item.name: item.expression for item in queries.list_smart_codes(coded_project)}
    assert smart["Regional"] == '"Región" OR "Centralismo::Viajes"'
    assert report.code_renames[0].kept_path == "Región"


def test_cli_merge_says_what_of_the_analysis_was_not_carried(analysed_copy, cli):
    lead, target = analysed_copy
    path = lead.path
    lead.close()
    result = cli("merge", str(path), str(target))
    assert result.code == 0, result.stderr
    assert "analysis added: 1 relation, 1 quotation link, 1 group, 2 group members, 2 smart codes, " \
           "2 networks, 5 network nodes" in result.stdout
    assert "network 'Ideas' of the copy is 'Ideas (Luis)' here (the name was taken)" in result.stdout
    assert ("warning: relation 'Centralismo > Viajes is part of Región' of the copy not carried: it would close "
            "a cycle of a transitive relation here") in result.stderr
    assert "warning: smart code 'Dep' of the copy not carried: a smart code of that name has another query" \
           in result.stderr


@pytest.mark.parametrize(("lang", "added", "renamed", "cycle", "smart"), [
    ("es", "análisis añadido: 1 relación, 1 vínculo entre citas, 1 grupo, 2 miembros de grupos, 2 códigos "
           "inteligentes, 2 redes, 5 nodos de red",
     "la red «Ideas» de la copia se llama aquí «Ideas (Luis)» (el nombre ya estaba ocupado)",
     "aviso: la relación «Centralismo > Viajes is part of Región» de la copia no se trasladó: cerraría aquí un "
     "ciclo de una relación transitiva",
     "aviso: el código inteligente «Dep» de la copia no se trasladó: aquí un código inteligente con ese nombre"),
    ("pt", "análise adicionada: 1 relação, 1 vínculo entre citações, 1 grupo, 2 membros de grupos, 2 códigos "
           "inteligentes, 2 redes, 5 nós de rede",
     "a rede “Ideas” da cópia chama-se aqui “Ideas (Luis)” (o nome já estava em uso)",
     "aviso: a relação “Centralismo > Viajes is part of Región” da cópia não foi levada: fecharia aqui um "
     "ciclo de uma relação transitiva",
     "aviso: o código inteligente “Dep” da cópia não foi levado: aqui um código inteligente com esse nome"),
])
def test_cli_merge_lines_in_spanish_and_portuguese(analysed_copy, cli, lang, added, renamed, cycle, smart):
    lead, target = analysed_copy
    path = lead.path
    lead.close()
    result = cli("--lang", lang, "merge", str(path), str(target))
    assert result.code == 0, result.stderr
    assert added in result.stdout and renamed in result.stdout
    assert cycle in result.stderr and smart in result.stderr
    assert "not carried" not in result.stderr and "analysis added" not in result.stdout


def test_what_the_lead_already_holds_or_cannot_hold_is_counted_or_listed(coded_project, tmp_path):
    """After the copy was made the lead relates Región and Pobreza ("contradicts", symmetric),
    makes a code "Prioridad" and networks "Ideas" and "Ideas (Luis)". The copy writes the same
    relation the other way round, renames Pobreza to Miseria and makes a new Pobreza (both are
    the lead's Pobreza after the merge, so a relation between them cannot be held), saves a smart
    code "Prioridad" and a network "Ideas"."""
    from qda_app.services import codes

    lead = coded_project
    codes.create_code(lead, path="Pobreza")
    target = tmp_path / "luis.qdaproj"
    copy_for_coder(lead, target=target, coder="Luis")
    relations.relate_codes(lead, source="Región", target="Pobreza", relation="contradicts")
    codes.create_code(lead, path="Prioridad")
    networks.create_network(lead, name="Ideas")
    networks.create_network(lead, name="Ideas (Luis)")
    with Project.open(target, coder="Luis") as copy:
        relations.relate_codes(copy, source="Pobreza", target="Región", relation="contradicts")
        codes.rename_code(copy, path="Pobreza", new_name="Miseria")
        codes.create_code(copy, path="Pobreza")
        relations.relate_codes(copy, source="Miseria", target="Pobreza", relation="is cause of")
        queries.save_smart_code(copy, name="Prioridad", query='"Región"')
        networks.create_network(copy, name="Ideas")
    report = merge_project(lead, other=target)
    assert _relations(lead) == [("Región", "contradicts", "Pobreza")]
    assert (report.relations_added, report.relations_present) == (0, 1)
    assert [(item.kind, item.name, item.reason) for item in report.analysis_not_carried] == [
        ("relation", "Miseria is cause of Pobreza", "same_code"),
        ("smart_code", "Prioridad", "name_is_a_code"),
    ]
    assert queries.list_smart_codes(lead) == []
    assert report.network_renames == [("Ideas", "Ideas (Luis) 2")]
    assert sorted(network.name for network in networks.list_networks(lead)) == [
        "Ideas", "Ideas (Luis)", "Ideas (Luis) 2"]
