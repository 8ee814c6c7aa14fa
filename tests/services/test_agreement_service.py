"""The agreement service reads spans from the project and reports the documented numbers.

Expected values come from an independent per-character implementation or by hand, never from
the core functions the service calls.
"""

from __future__ import annotations

import pytest
from sklearn.metrics import cohen_kappa_score

from qda_app.core import agreement as core
from qda_app.core.errors import CoderNotFound, InvalidArgument
from qda_app.services import coding, documents
from qda_app.services.agreement import as_json, coded_spans, compute_agreement
from tests.core.test_agreement_reference import binary_labels, percent_agreement, u_family

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


def reading(value):
    """Krippendorff's (2004) reading, from the thresholds docs/agreement.md gives."""
    return "n/a" if value is None else "reliable" if value >= 0.8 else "tentative" if value >= 0.667 else "unreliable"


def test_numbers_equal_an_independent_implementation(team_project):
    # Expected values from the character-by-character reference (tests/core/
    # test_agreement_reference.py, no code shared with qda_app.core.agreement) and scikit-learn.
    coders = ("Ana", "Luis")
    lengths = {1: len(TEXT_1), 2: len(TEXT_2)}  # E03: only Ana coded it
    codes = ["Centralismo::Dependencia", "Centralismo::Viajes", "Región"]
    domain = ["Centralismo::Dependencia", "Centralismo::Viajes"]

    result = compute_agreement(team_project, coders=["Ana", "Luis"])
    assert result.documents == (1, 2) and result.document_selection == "coded_by_all"
    data = as_json(result)
    assert [entry["path"] for entry in data["codes"]] == codes
    for entry in data["codes"]:
        code = entry["path"]
        binary = u_family(HAND_SPANS, lengths=lengths, coders=coders, codes=[code])["binary"]
        first, second = (binary_labels(HAND_SPANS, lengths=lengths, coder=coder, code=code) for coder in coders)
        assert entry["alpha_binary"] == pytest.approx(binary, abs=1e-12), code
        assert entry["percent_agreement"] == pytest.approx(
            percent_agreement(HAND_SPANS, lengths=lengths, coders=coders, code=code), abs=1e-12), code
        assert entry["cohen_kappa"] == pytest.approx(cohen_kappa_score(first, second), abs=1e-12), code
        assert entry["reliability"] == reading(binary)
    reference = u_family(HAND_SPANS, lengths=lengths, coders=coders, codes=domain)
    assert [entry["path"] for entry in data["domains"]] == ["Centralismo"]  # Región has no sub-codes
    centralismo = data["domains"][0]
    for name, key in (("u_alpha", "u"), ("alpha_binary", "binary"), ("cu_alpha", "cu"), ("coverage", "coverage")):
        assert centralismo[name] == pytest.approx(reference[key], abs=1e-12), name
        if name != "coverage":  # one domain: the pooled overall is its value
            assert data["overall"][name] == pytest.approx(reference[key], abs=1e-12), name
    assert centralismo["reliability"] == reading(reference["cu"])
    assert {entry["path"]: entry["ku_alpha"] for entry in centralismo["codes"]} == pytest.approx(
        reference["per_code"], abs=1e-12)


def test_given_documents_take_part_even_if_not_coded_by_all(team_project):
    result = compute_agreement(team_project, coders=["Ana", "Luis"], documents=[1, 3], codes=["Región"])
    assert result.documents == (1, 3) and result.document_selection == "given"
    # E01 [200, 260) Ana, [190, 260) Luis; E03 [0, 30) Ana only: 10 + 30 characters disagree
    # of 400 + 120, so the percent agreement is 480 / 520.
    entry = as_json(result)["codes"][0]
    assert entry["path"] == "Región"
    assert entry["percent_agreement"] == pytest.approx(480 / 520)
    lengths = {1: len(TEXT_1), 3: len(TEXT_3)}
    binary = u_family(HAND_SPANS, lengths=lengths, coders=["Ana", "Luis"], codes=["Región"])["binary"]
    assert entry["alpha_binary"] == pytest.approx(binary, abs=1e-12)


def test_three_coders_and_an_explicit_domain(team_project):
    coders = ("Ana", "Luis", "Eva")
    lengths = {1: len(TEXT_1), 2: len(TEXT_2)}
    result = compute_agreement(team_project, coders=list(coders), domains=["Centralismo"])
    assert result.documents == (1, 2)  # E03: Ana only
    reference = u_family(HAND_SPANS, lengths=lengths, coders=coders,
                         codes=["Centralismo::Dependencia", "Centralismo::Viajes"])
    centralismo = as_json(result)["domains"][0]
    assert centralismo["path"] == "Centralismo"
    for name, key in (("u_alpha", "u"), ("alpha_binary", "binary"), ("cu_alpha", "cu"), ("coverage", "coverage")):
        assert centralismo[name] == pytest.approx(reference[key], abs=1e-12), name


def test_undefined_values_are_null_with_a_reason(team_project):
    data = as_json(compute_agreement(team_project, coders=["Ana", "Luis"], codes=["Región"], documents=[2]))
    entry = data["codes"][0]
    assert entry["alpha_binary"] is None and entry["reasons"]["alpha_binary"] == "no_coding"
    assert entry["reliability"] == "n/a"
    three = as_json(compute_agreement(team_project, coders=["Ana", "Luis", "Eva"]))
    assert all(code["cohen_kappa"] is None for code in three["codes"])
    assert all(code["reasons"]["cohen_kappa"] == "not_two_coders" for code in three["codes"])
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
