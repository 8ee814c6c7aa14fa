"""The agreement service reads spans from the project and reports exactly core's numbers."""

from __future__ import annotations

import pytest

from qda_app.core import agreement as core
from qda_app.core.errors import CoderNotFound, InvalidArgument
from qda_app.services import coding, documents
from qda_app.services.agreement import as_json, coded_spans, compute_agreement

TEXT_1 = "Todo pasa por Lima y por el ministerio. " * 10  # 400 characters
TEXT_2 = "La región no ayuda; el presupuesto se recorta. " * 6
TEXT_3 = "Solo Ana leyó este documento. " * 4

# (coder, document, code, start, end): built by hand, then coded through the services.
CODINGS = [
    ("Ana", 1, "Centralismo::Dependencia", 0, 40),
    ("Ana", 1, "Centralismo::Viajes", 100, 160),
    ("Ana", 1, "Región", 200, 260),
    ("Ana", 2, "Centralismo::Dependencia", 10, 90),
    ("Ana", 3, "Región", 0, 30),
    ("Luis", 1, "Centralismo::Dependencia", 5, 40),
    ("Luis", 1, "Centralismo::Dependencia", 110, 150),  # confused with Ana's Viajes
    ("Luis", 1, "Región", 190, 260),
    ("Luis", 2, "Centralismo::Dependencia", 10, 80),
    ("Luis", 2, "Centralismo::Viajes", 150, 200),
    ("Eva", 1, "Región", 200, 250),
    ("Eva", 2, "Centralismo::Viajes", 150, 210),
]
HAND_SPANS = [core.CodedSpan(*entry) for entry in CODINGS]


@pytest.fixture
def team_project(project):
    for name, text in (("E01", TEXT_1), ("E02", TEXT_2), ("E03", TEXT_3)):
        documents.add_text_document(project, name=name, text=text)
    for coder, document, code, start, end in CODINGS:
        coding.code_span(project, document=document, start=start, end=end, codes=[code], coder=coder)
    return project


def test_spans_read_from_the_project_are_the_hand_built_ones(team_project):
    assert sorted(coded_spans(team_project), key=repr) == sorted(HAND_SPANS, key=repr)


def test_numbers_equal_core_on_hand_built_spans(team_project):
    coders = ("Ana", "Luis")
    lengths = {1: len(TEXT_1), 2: len(TEXT_2)}  # E03: only Ana coded it
    codes = ["Centralismo::Dependencia", "Centralismo::Viajes", "Región"]
    domains = {"Centralismo": ["Centralismo::Dependencia", "Centralismo::Viajes"]}
    expected_codes = core.agreement_by_code(HAND_SPANS, lengths=lengths, codes=codes, coders=coders)
    expected_domains = core.agreement_by_domain(HAND_SPANS, lengths=lengths, domains=domains, coders=coders)
    expected_overall = core.pooled_domains(expected_domains.values())

    result = compute_agreement(team_project, coders=["Ana", "Luis"])
    assert result.documents == (1, 2) and result.document_selection == "coded_by_all"
    assert result.codes == expected_codes
    assert result.domains == expected_domains
    data = as_json(result)
    assert [entry["path"] for entry in data["codes"]] == codes
    for entry in data["codes"]:
        for name in ("alpha_binary", "percent_agreement", "cohen_kappa"):
            assert entry[name] == getattr(expected_codes[entry["path"]], name).value
        assert entry["reliability"] == core.classify_reliability(expected_codes[entry["path"]].alpha_binary)
    assert data["domains"][0]["path"] == "Centralismo"
    assert data["domains"][0]["cu_alpha"] == expected_domains["Centralismo"].cu_alpha.value
    assert data["domains"][0]["coverage"] == expected_domains["Centralismo"].coverage
    assert data["overall"]["alpha_binary"] == expected_overall.alpha_binary.value
    assert data["overall"]["cu_alpha"] == expected_overall.cu_alpha.value


def test_given_documents_take_part_even_if_not_coded_by_all(team_project):
    result = compute_agreement(team_project, coders=["Ana", "Luis"], documents=[1, 3], codes=["Región"])
    lengths = {1: len(TEXT_1), 3: len(TEXT_3)}
    expected = core.code_agreement(HAND_SPANS, lengths=lengths, code="Región", coders=("Ana", "Luis"))
    assert result.documents == (1, 3) and result.codes["Región"] == expected


def test_three_coders_and_an_explicit_domain(team_project):
    coders = ("Ana", "Luis", "Eva")
    lengths = {1: len(TEXT_1), 2: len(TEXT_2)}
    result = compute_agreement(team_project, coders=list(coders), domains=["Centralismo"])
    assert result.documents == tuple(core.documents_coded_by_all(HAND_SPANS, coders))
    expected = core.domain_agreement(
        HAND_SPANS, lengths=lengths, domain_codes=["Centralismo::Dependencia", "Centralismo::Viajes"], coders=coders)
    assert result.domains["Centralismo"] == expected


def test_undefined_values_are_null_with_a_reason(team_project):
    data = as_json(compute_agreement(team_project, coders=["Ana", "Luis"], codes=["Región"], documents=[2]))
    entry = data["codes"][0]
    assert entry["alpha_binary"] is None and entry["reasons"]["alpha_binary"] == core.NO_CODING
    assert entry["reliability"] == "n/a"
    three = as_json(compute_agreement(team_project, coders=["Ana", "Luis", "Eva"]))
    assert all(code["cohen_kappa"] is None for code in three["codes"])
    assert all(code["reasons"]["cohen_kappa"] == core.NOT_TWO_CODERS for code in three["codes"])
    assert all(code["reliability"] in {"reliable", "tentative", "unreliable", "n/a"} for code in three["codes"])


def test_bootstrap_is_reproducible_with_a_seed(team_project):
    first = as_json(compute_agreement(team_project, coders=["Ana", "Luis"], bootstrap=200, seed=7))
    second = as_json(compute_agreement(team_project, coders=["Ana", "Luis"], bootstrap=200, seed=7))
    assert first["codes"] == second["codes"] and first["overall"] == second["overall"]
    interval = first["codes"][0]["interval"]["alpha_binary"]
    assert interval["valid_resamples"] > 0 and interval["low"] <= interval["high"]
    assert first["settings"]["seed"] == 7 and first["settings"]["bootstrap"] == 200


def test_wrong_coders_are_refused(team_project):
    with pytest.raises(CoderNotFound):
        compute_agreement(team_project, coders=["Ana", "Nadie"])
    with pytest.raises(InvalidArgument):
        compute_agreement(team_project, coders=["Ana", "ana"])
