"""Analysis verbs end to end: relate, links, code groups, queries, networks, figure --network."""

from __future__ import annotations

import hashlib

import pytest

TEXT = "abcdefghij" * 15


@pytest.fixture
def study(coded_project):
    """coded_project: 1:1 [48,90) Centralismo::Dependencia; 1:2 [60,120) Centralismo::Viajes and
    Región (by Luis); 2:1 [0,30) Recentralización::Recorte."""
    path = coded_project.path
    coded_project.close()
    return path


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_relate_list_and_unrelate(study, cli):
    assert cli("relate", study, "Centralismo::Viajes", "es parte de", "Centralismo").code == 0
    result = cli("relate", study, "Región", "contradicts", "Centralismo::Dependencia", "--comment", "E01 dice")
    assert (result.code, result.stdout) == (0, "Región contradicts Centralismo::Dependencia\n")
    assert cli("relations", study, "--json").json() == [
        {"source": "Centralismo::Viajes", "relation": "is part of", "target": "Centralismo", "comment": ""},
        {"source": "Región", "relation": "contradicts", "target": "Centralismo::Dependencia", "comment": "E01 dice"},
    ]
    densities = {code["path"]: code["density"] for code in cli("codes", study, "--json").json()}
    assert densities == {"Centralismo": 1, "Centralismo::Dependencia": 1, "Centralismo::Viajes": 1,
                         "Recentralización": 0, "Recentralización::Recorte": 0, "Región": 1}
    assert cli("unrelate", study, "Centralismo::Viajes", "is part of", "Centralismo").code == 0
    assert len(cli("relations", study, "--json").json()) == 1


def test_relation_type_created_and_used(study, cli):
    assert cli("relation-type", study, "influye en", "--transitive").code == 0
    assert cli("relate", study, "Región", "influye en", "Centralismo").code == 0
    names = [kind["name"] for kind in cli("relation-types", study, "--json").json() if kind["scope"] == "code"]
    assert names[-1] == "influye en" and len(names) == 7


@pytest.mark.parametrize(("arguments", "message"), [
    (("relate", "{p}", "Región", "is associated with", "Región"), "cannot be related to itself"),
    (("relate", "{p}", "Región", "vive en", "Centralismo"),
     "there is no code relation type 'vive en'; known types: is associated with, is part of, is cause of, "
     "contradicts, is a, is property of"),
    (("relate", "{p}", "Región", "is part of", "Nada"), "there is no code 'Nada'"),
    (("relate", "{p}", "Centralismo", "is part of", "Centralismo::Viajes"), "would close a cycle"),
    (("link", "{p}", "1:1", "supports", "7:7"), "there is no quotation 7:7"),
    (("link", "{p}", "1:1", "supports", "1:1"), "cannot be related to itself"),
    (("query", "{p}", '"Región" AND OR "Centralismo"'),
     "query syntax error at line 1, column 14: unexpected 'OR'; expected a code name in quotes, (, NOT"),
    (("--lang", "es", "query", "{p}", '"Región" AND'), "se esperaba un nombre de código entre comillas, (, NOT"),
    (("--lang", "pt", "query", "{p}", '"Região" ENCLOSES'), "esperava-se um nome de código entre aspas, ("),
    (("query", "{p}", '"Región" AND "Nada"', "--save", "X"), "which is not a code, smart code or code group"),
    (("unrelate", "{p}", "Región", "is part of", "Centralismo"), "is not in the project"),
    (("code-group", "{p}", "G", "--add", "Nada"), "there is no code 'Nada'"),
])
def test_bad_input_one_line_exit_1_nothing_changed(study, cli, arguments, message):
    # A transitive chain so that the cycle case has something to close.
    assert cli("relate", study, "Centralismo::Viajes", "is part of", "Centralismo").code == 0
    before = _digest(study)
    result = cli(*[str(study) if item == "{p}" else item for item in arguments])
    assert result.code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert _digest(study) == before


def test_links(study, cli):
    assert cli("link", study, "1:1", "apoya", "1:2", "--comment", "mismo tema").code == 0
    assert cli("links", study, "--json").json() == [
        {"source": "1:1", "relation": "supports", "target": "1:2", "comment": "mismo tema"}]
    assert cli("unlink", study, "1:1", "supports", "1:2").code == 0
    assert cli("links", study, "--json").json() == []


def test_code_groups(study, cli):
    assert cli("code-group", study, "Estado", "--add", "Centralismo", "Región").code == 0
    assert cli("code-group", study, "Otro", "--add", "Región").code == 0
    assert cli("code-group", study, "Estado", "--remove", "Región", "--add", "Recentralización").code == 0
    assert cli("code-groups", study, "--json").json() == [
        {"name": "Estado", "codes": ["Centralismo", "Recentralización"]},
        {"name": "Otro", "codes": ["Región"]},
    ]


def test_query_outputs_like_quotes_and_saves_a_smart_code(study, cli):
    result = cli("query", study, '"Centralismo" AND NOT "Región"', "--json")
    assert result.code == 0
    assert [q["id"] for q in result.json()] == ["1:1"]
    assert set(result.json()[0]) == set(cli("quotes", study, "--json").json()[0])
    assert [q["id"] for q in cli("query", study, '"Centralismo::Dependencia" OVERLAPS "Región"', "--json").json()] \
        == ["1:1"]
    assert [q["id"] for q in cli("query", study, '"Centralismo"', "--coder", "Luis", "--json").json()] == ["1:2"]
    assert [q["id"] for q in cli("query", study, '"Centralismo" OR "Recentralización"', "--group",
                                 "Alcaldes provinciales", "--json").json()] == ["1:1", "1:2"]
    saved = cli("query", study, '"Centralismo" CO-OCCURS "Región"', "--save", "Centralismo regional", "--json")
    assert saved.code == 0 and "smart code 'Centralismo regional'" in saved.stderr
    assert [q["id"] for q in cli("query", study, '"Centralismo regional" AND NOT "Centralismo::Viajes"',
                                 "--json").json()] == ["1:1"]
    assert cli("smart-codes", study, "--json").json() == [
        {"name": "Centralismo regional", "query": '"Centralismo" CO-OCCURS "Región"', "groups": [], "coders": [],
         "attributes": {}, "quotations": 2}]


def test_networks_and_network_figure(study, cli, tmp_path):
    assert cli("relate", study, "Centralismo::Viajes", "is part of", "Centralismo").code == 0
    assert cli("network", study, "Modelo", "--add", "code:Centralismo", "code:Centralismo::Viajes",
               "quotation:1:2").code == 0
    assert cli("networks", study, "--json").json() == [{
        "name": "Modelo",
        "nodes": [{"kind": "code", "name": "Centralismo"}, {"kind": "code", "name": "Centralismo::Viajes"},
                  {"kind": "quotation", "name": "1:2"}],
        "links": [{"source": "Centralismo::Viajes", "relation": "is part of", "target": "Centralismo"},
                  {"source": "1:2", "relation": "is coded with", "target": "Centralismo::Viajes"}],
    }]
    for suffix in ("svg", "png", "pdf"):
        target = tmp_path / f"modelo.{suffix}"
        result = cli("figure", study, "--network", "Modelo", "-o", target)
        assert result.code == 0, result.stderr
        assert target.stat().st_size > 1000
    svg = (tmp_path / "modelo.svg").read_text(encoding="utf-8")
    assert "Centralismo {2-1}" in svg and "<text" in svg  # real text, not glyph paths
    result = cli("figure", study, "--network", "Nada", "-o", tmp_path / "x.svg")
    assert result.code == 1 and "there is no network 'Nada'" in result.stderr
    assert not (tmp_path / "x.svg").exists()
