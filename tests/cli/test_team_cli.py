"""Team verbs end to end: copy-for-coder, merge, agreement, disagreements, consensus, demo-split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
DEMO_COMPLETE = all((DEMO / name).exists() for name in ("codebook.json", "documents.json", "transcripts")) and all(
    (DEMO / entry["file"]).exists() for entry in json.loads((DEMO / "documents.json").read_text(encoding="utf-8"))
) if (DEMO / "documents.json").exists() else False


@pytest.fixture
def lead(tmp_path):
    from qda_app.services import coding, documents
    from qda_app.services.project import Project

    path = tmp_path / "lead.qdaproj"
    with Project.create(path, coder="Ana") as project:
        documents.add_text_document(project, name="E01", text="Todo pasa por Lima y por el ministerio. " * 10)
        coding.code_span(project, document=1, start=0, end=40, codes=["Centralismo::Dependencia"])
        coding.code_span(project, document=1, start=100, end=160, codes=["Centralismo::Viajes"])
    return path


def test_copy_code_merge_agree_disagree_consensus(lead, tmp_path, cli):
    copy = tmp_path / "luis.qdaproj"
    made = cli("copy-for-coder", lead, copy, "--coder", "Luis", "--blind")
    assert made.code == 0, made.stderr
    # Luis codes in his copy (in-process: the verbs under test are the team verbs).
    from qda_app.services import coding
    from qda_app.services.project import Project

    with Project.open(copy, coder="Luis") as project:
        assert coding.list_quotations(project) == []  # blind: nothing of Ana's
        coding.code_span(project, document=1, start=5, end=40, codes=["Centralismo::Dependencia"])
        coding.code_span(project, document=1, start=100, end=160, codes=["Centralismo::Dependencia"])

    merged = cli("merge", lead, copy, "--json")
    assert merged.code == 0, merged.stderr
    report = merged.json()
    assert report["quotations_added"] == 2 and report["coders_added"] == ["Luis"]
    assert {"renumbered", "documents_aligned", "not_carried", "decisions", "code_renames", "documents_added"} <= report.keys()
    assert [(item["from"], item["to"]) for item in report["renumbered"]] == []

    agreement = cli("agreement", lead, "--coders", "Ana", "Luis", "--json", "-o", tmp_path / "a.xlsx")
    assert agreement.code == 0, agreement.stderr
    data = agreement.json()
    assert data["coders"] == ["Ana", "Luis"] and data["documents"] == [1]
    assert {"path", "alpha_binary", "percent_agreement", "cohen_kappa", "reliability"} <= data["codes"][0].keys()
    assert [domain["path"] for domain in data["domains"]] == ["Centralismo"]
    assert {"u_alpha", "alpha_binary", "cu_alpha", "coverage"} <= data["domains"][0].keys()
    assert {"alpha_binary", "cu_alpha"} <= data["overall"].keys()
    # By hand (docs/agreement.md), L = 400 characters, m = 2 coders, P = mL = 800 values.
    # Ana: Dependencia [0, 40), Viajes [100, 160). Luis: Dependencia [5, 40) and [100, 160).
    # Dependencia: C = 40 + 95 coded values, G = 665, D = 5 + 60 characters only one coded;
    # D_o = 2D / P = 130/800, D_e = 2GC / (P² - S) with S = 40² + 35² + 60² + G = 7,090.
    # Cohen: TU 400, TA 335, EF = 40·95/400 + 360·305/400 = 284: (335 - 284) / (400 - 284).
    # Viajes: C = 60, G = 740, D = 60, S = 60² + 740; kappa (340 - 340) / (400 - 340) = 0.
    dependencia, viajes = data["codes"]
    assert dependencia["path"] == "Centralismo::Dependencia" and viajes["path"] == "Centralismo::Viajes"
    assert dependencia["alpha_binary"] == pytest.approx(1 - (130 / 800) / (2 * 665 * 135 / (800 ** 2 - 7090)))
    assert dependencia["percent_agreement"] == pytest.approx(1 - 65 / 400)
    assert dependencia["cohen_kappa"] == pytest.approx(51 / 116)
    assert viajes["alpha_binary"] == pytest.approx(1 - (120 / 800) / (2 * 740 * 60 / (800 ** 2 - 4340)))
    assert viajes["percent_agreement"] == pytest.approx(1 - 60 / 400)
    assert viajes["cohen_kappa"] == pytest.approx(0.0)
    # Domain Centralismo, any of its codes: C = 100 + 95, G = 605, D = 5,
    # S = 40² + 60² + 35² + 60² + 605 = 10,630.
    # u-alpha over (gap, Dependencia, Viajes): l_gg = 600, l_DD = 70, l_DV = l_VD = 60, l_gD = l_Dg = 5;
    # margins 605, 135, 60: D_o = 130/800, D_e = (800² - 605² - 135² - 60²) / (800² - 10,630).
    # cu-alpha: n = 70 + 60 + 60 = 190, n_D = 130, n_V = 60, S' = 2 (35² + 60²) = 9,650:
    # D_o = 120/190, D_e = (190² - 130² - 60²) / (190² - 9,650); coverage 190/800.
    domain = data["domains"][0]
    expected_domain = {
        "alpha_binary": 1 - (10 / 800) / (2 * 605 * 195 / (800 ** 2 - 10630)),
        "u_alpha": 1 - (130 / 800) / ((800 ** 2 - 605 ** 2 - 135 ** 2 - 60 ** 2) / (800 ** 2 - 10630)),
        "cu_alpha": 1 - (120 / 190) / ((190 ** 2 - 130 ** 2 - 60 ** 2) / (190 ** 2 - 9650)),
    }
    for name, value in expected_domain.items():
        assert domain[name] == pytest.approx(value), name
        assert data["overall"][name] == pytest.approx(value), name  # one domain: the overall is its value
    assert domain["coverage"] == pytest.approx(190 / 800)
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "a.xlsx")
    assert book.sheetnames == ["Summary", "Codes", "Domains", "Codes in domains", "Pairs of coders", "Left out",
                               "Disagreements"]
    assert ["Seed", 0] in [[c.value for c in row] for row in book["Summary"].iter_rows()]

    table = cli("agreement", lead, "--coders", "Ana", "Luis")
    assert table.code == 0 and ">= .800 reliable" in table.stdout and "Centralismo::Viajes" in table.stdout

    passages = cli("disagreements", lead, "--coders", "Ana", "Luis", "--json").json()["passages"]
    assert [p["kind"] for p in passages] == ["confused", "partial"]
    assert passages[1]["overlap"] == pytest.approx(35 / 40)

    decided = cli("consensus", lead, "--coders", "Ana", "Luis", "--accept", "a", "--passage", 1, "--json")
    assert decided.code == 0, decided.stderr
    assert decided.json()["written"][0]["passage"] == 1
    rest = cli("consensus", lead, "--coders", "Ana", "Luis", "--accept", "intersection", "--json").json()
    assert len(rest["written"]) == 1
    with Project.open(lead, read_only=True) as project:
        decided_spans = coding.list_quotations(project, coders=["Consensus"])
        assert sorted((q.start, q.end) for q in decided_spans) == [(5, 40), (100, 160)]
        assert len(coding.list_quotations(project, coders=["Luis"])) == 2
    custom = cli("consensus", lead, "--coders", "Ana", "Luis", "--accept", "custom", "--passage", 2, "--start", 10,
                 "--end", 38, "--rationale", "we agreed on the clause", "--json")
    assert custom.code == 0, custom.stderr
    with Project.open(lead, read_only=True) as project:
        decided_spans = coding.list_quotations(project, coders=["Consensus"])
        assert sorted((q.start, q.end) for q in decided_spans) == [(10, 38), (100, 160)]
    incomplete = cli("consensus", lead, "--coders", "Ana", "Luis", "--accept", "custom", "--passage", 2)
    assert incomplete.code == 1 and "--start" in incomplete.stderr
    missing = cli("consensus", lead, "--coders", "Ana", "Luis", "--accept", "a", "--passage", 9)
    assert missing.code == 1 and "no passage 9" in missing.stderr


def test_unknown_coder_is_one_clear_line(lead, cli):
    result = cli("agreement", lead, "--coders", "Ana", "Nadie", "--json")
    assert result.code == 1 and "Nadie" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(not DEMO_COMPLETE, reason="resources/demo is incomplete")
def test_whole_team_workflow_on_the_demo(tmp_path, cli):
    lead = tmp_path / "demo.qdaproj"
    assert cli("demo", lead, "--no-gui").code == 0
    split = cli("demo-split", lead, tmp_path / "copies")
    assert split.code == 0, split.stderr
    copies = sorted((tmp_path / "copies").glob("*.qdaproj"))
    assert len(copies) == 2
    merged = cli("merge", lead, *copies, "--json")
    assert merged.code == 0, merged.stderr
    assert sum(report["quotations_added"] for report in merged.json()) > 400
    second = "Marco Ccama Flores"
    data = cli("agreement", lead, "--coders", "Rosa Quispe Mamani", second, "--json", "--bootstrap", 50,
               "--seed", 3).json()
    assert len(data["documents"]) == 7 and len(data["domains"]) == 6
    assert 0.5 < data["overall"]["alpha_binary"] < 1.0 and 0.5 < data["overall"]["cu_alpha"] < 1.0
    passages = cli("disagreements", lead, "--coders", "Rosa Quispe Mamani", second, "--json").json()["passages"]
    assert {"confused", "partial", "missing"} <= {p["kind"] for p in passages}
    decided = cli("consensus", lead, "--coders", "Rosa Quispe Mamani", second, "--accept", "union")
    assert decided.code == 0, decided.stderr
    after = cli("agreement", lead, "--coders", "Rosa Quispe Mamani", second, "--json").json()
    # The coders' own layers are untouched, so their agreement is still reportable unchanged.
    assert after["overall"]["alpha_binary"] == data["overall"]["alpha_binary"]
    consensus = cli("agreement", lead, "--coders", "Rosa Quispe Mamani", "Consensus", "--json").json()
    assert consensus["overall"]["alpha_binary"] > data["overall"]["alpha_binary"]
