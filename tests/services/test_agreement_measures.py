"""Pairs of coders, Fleiss' kappa, segment agreement, the code x document table, left-out lists
and the vectorised bootstrap. Expected values come from hand counts or from separate code paths
(per-character arrays, scikit-learn), never from the functions under test."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from qda_app.core import agreement as core
from qda_app.core.agreement import resampling
from qda_app.services import coding, documents
from qda_app.services.agreement import as_json, compute_agreement
from qda_app.services.agreement_words import warnings
from tests.services.test_agreement_service import CODINGS, TEXT_1, TEXT_2, TEXT_3


@pytest.fixture
def team_project(project):
    for name, text in (("E01", TEXT_1), ("E02", TEXT_2), ("E03", TEXT_3)):
        documents.add_text_document(project, name=name, text=text)
    for coder, document, code, start, end in CODINGS:
        coding.code_span(project, document=document, start=start, end=end, codes=[code], coder=coder)
    return project


def _characters(coder: str, code: str, lengths: dict[int, int]) -> np.ndarray:
    """One 0/1 per character of the documents laid end to end: the naive reading of the codings."""
    parts = []
    for document, length in lengths.items():
        marks = np.zeros(length, dtype=int)
        for who, where, path, start, end in CODINGS:
            if who == coder and where == document and path == code:
                marks[start:end] = 1
        parts.append(marks)
    return np.concatenate(parts)


def test_three_coder_pairs_equal_each_pair_run_alone(team_project):
    three = as_json(compute_agreement(team_project, coders=["Ana", "Luis", "Eva"]))
    assert [pair["coders"] for pair in three["pairs"]] == [["Ana", "Luis"], ["Ana", "Eva"], ["Luis", "Eva"]]
    for pair in three["pairs"]:
        alone = as_json(compute_agreement(team_project, coders=pair["coders"]))
        assert pair["documents"] == alone["documents"]
        assert pair["codes"] == [{key: entry[key] for key in ("path", "alpha_binary", "percent_agreement",
                                                               "cohen_kappa", "reasons")}
                                 | {"reasons": {k: v for k, v in entry["reasons"].items() if k != "fleiss_kappa"}}
                                 for entry in alone["codes"]]
        for name in ("alpha_binary", "percent_agreement", "cohen_kappa"):
            assert pair["overall"][name] == alone["codes_overall"][name]


def test_pair_kappa_equals_scikit_learn_on_characters(team_project):
    data = as_json(compute_agreement(team_project, coders=["Ana", "Luis", "Eva"]))
    ana_eva = next(pair for pair in data["pairs"] if pair["coders"] == ["Ana", "Eva"])
    lengths = {number: {1: len(TEXT_1), 2: len(TEXT_2), 3: len(TEXT_3)}[number] for number in ana_eva["documents"]}
    for entry in ana_eva["codes"]:
        first = _characters("Ana", entry["path"], lengths)
        second = _characters("Eva", entry["path"], lengths)
        if first.any() or second.any():
            assert entry["cohen_kappa"] == pytest.approx(cohen_kappa_score(first, second), abs=1e-9)


def test_fleiss_kappa_equals_the_per_character_formula(team_project):
    data = as_json(compute_agreement(team_project, coders=["Ana", "Luis", "Eva"]))
    lengths = {number: {1: len(TEXT_1), 2: len(TEXT_2)}[number] for number in data["documents"]}
    for entry in data["codes"]:
        coded = sum(_characters(c, entry["path"], lengths) for c in ("Ana", "Luis", "Eva"))  # n_i1
        ratings = np.stack([3 - coded, coded], axis=1)  # n_ij per character, 3 raters
        p_i = ((ratings ** 2).sum(axis=1) - 3) / (3 * 2)
        p_j = ratings.sum(axis=0) / (len(coded) * 3)
        expected = (p_i.mean() - (p_j ** 2).sum()) / (1 - (p_j ** 2).sum())
        assert entry["fleiss_kappa"] == pytest.approx(expected, abs=1e-12)


def test_segment_agreement_counts_by_hand():
    spans = [core.CodedSpan("A", 1, "x", 0, 100), core.CodedSpan("B", 1, "x", 10, 100),  # 90% overlap
             core.CodedSpan("A", 1, "x", 200, 300), core.CodedSpan("B", 1, "x", 250, 300),  # 50%
             core.CodedSpan("A", 1, "y", 400, 420)]  # only A
    strict = core.segment_agreement(spans, coders=["A", "B"], codes=["x", "y"], documents=[1], min_overlap=0.9)
    assert strict.codes[0].matched == (1, 1) and strict.codes[0].total == (2, 2)
    assert strict.codes[1].matched == (0, 0) and strict.codes[1].total == (1, 0)
    assert strict.overall.agreements == 2 and strict.overall.segments == 5
    # Brennan & Prediger with k = 2 codes: (2/5 - 1/2) / (1 - 1/2) = -0.2
    assert strict.kappa.value == pytest.approx(-0.2)
    loose = core.segment_agreement(spans, coders=["A", "B"], codes=["x", "y"], documents=[1], min_overlap=0.5)
    assert loose.overall.agreements == 4 and loose.kappa.value == pytest.approx((4 / 5 - 0.5) / 0.5)


def test_code_by_document_table_holds_each_document_alone(team_project):
    data = as_json(compute_agreement(team_project, coders=["Ana", "Luis"], by_document="cohen_kappa"))
    table = data["by_document"]
    assert table["documents"] == [1, 2]
    row = next(r for r in table["rows"] if r["path"] == "Centralismo::Dependencia")
    lengths = {1: len(TEXT_1)}
    expected = cohen_kappa_score(_characters("Ana", row["path"], lengths), _characters("Luis", row["path"], lengths))
    assert row["values"]["1"] == pytest.approx(expected, abs=1e-9)


def test_documents_only_some_coders_coded_are_listed_and_warned(team_project):
    data = as_json(compute_agreement(team_project, coders=["Ana", "Luis"]))
    entry = next(e for e in data["left_out"] if e["kind"] == "document")
    assert entry == {"kind": "document", "item": 3, "reason": "not_coded_by_all", "coded_by": ["Ana"],
                     "not_coded_by": ["Luis"]}
    assert "documents left out, coded by Ana but not by Luis: 3" in warnings(data)


def test_coders_sharing_no_document_are_warned(project):
    documents.add_text_document(project, name="E01", text=TEXT_1)
    documents.add_text_document(project, name="E02", text=TEXT_2)
    coding.code_span(project, document=1, start=0, end=10, codes=["A"], coder="Ana")
    coding.code_span(project, document=2, start=0, end=10, codes=["A"], coder="Luis")
    data = as_json(compute_agreement(project, coders=["Ana", "Luis"]))
    assert data["documents"] == []
    assert {"kind": "coders", "item": ["Ana", "Luis"], "reason": "no_shared_document"} in data["left_out"]
    assert any("share no document" in line for line in warnings(data))


def test_two_domains_one_violated_overall_says_what_it_rests_on(project):
    documents.add_text_document(project, name="E01", text=TEXT_1)
    for coder in ("Ana", "Luis"):
        coding.code_span(project, document=1, start=0, end=40, codes=["P::a"], coder=coder)
        coding.code_span(project, document=1, start=50, end=90, codes=["P::b"], coder=coder)
        coding.code_span(project, document=1, start=100, end=140, codes=["Q::a"], coder=coder)
    coding.code_span(project, document=1, start=100, end=140, codes=["Q::b"], coder="Ana")  # two Q codes, one text
    coding.code_span(project, document=1, start=200, end=240, codes=["Q::b"], coder="Luis")
    data = as_json(compute_agreement(project, coders=["Ana", "Luis"]))
    overall = data["overall"]
    assert overall["complete"] is False
    assert overall["rests_on_domains"]["cu_alpha"] == ["P"]
    assert overall["rests_on_domains"]["alpha_binary"] == ["P", "Q"]
    assert {"kind": "domain", "item": "Q", "reason": "no_coefficient", "coefficient": "cu_alpha",
            "why": "domain_violation"} in data["left_out"]
    lines = warnings(data)
    assert "the overall cu-alpha rests on 1 of 2 domains (P)" in lines
    assert "left out of the overall cu-alpha: Q (a coder applied two codes of this domain to the same text)" in lines


def test_vectorised_bootstrap_equals_scalar_coefficients_per_resample():
    spans = [core.CodedSpan(c, d, code, s, s + w) for c, d, code, s, w in [
        ("A", 1, "x", 0, 30), ("B", 1, "x", 5, 30), ("A", 2, "y", 10, 50), ("B", 2, "x", 10, 40),
        ("A", 3, "x", 0, 10), ("B", 3, "y", 60, 20), ("C", 1, "x", 0, 25), ("C", 2, "y", 12, 50),
        ("C", 3, "x", 2, 12)]]
    lengths = {1: 100, 2: 120, 3: 90}
    coders = ("A", "B", "C")
    pool, counts = resampling.resample_counts(list(lengths), resamples=40, seed=3)
    tallies = core.domain_tallies(spans, lengths=lengths, domain_codes=("x", "y"), coders=coders)
    for variant in core.CU_VARIANTS:
        sums = resampling.domain_sums(tallies, pool, counts, variant=variant)
        vector = {"u_alpha": resampling.u_alpha(sums, 3).values, "cu_alpha": resampling.cu_alpha(sums).values,
                  "alpha_binary": resampling.alpha_binary({**sums, "self_pairs": sums["binary_self_pairs"]}, 3).values}
        for row, weights in enumerate(counts):
            drawn = [document for document, times in zip(pool, weights) for _ in range(int(times))]
            scalar = core.domain_agreement_from(core.combine_tallies(
                (tallies[d] for d in drawn), core.DomainTally.empty(("x", "y"), 3)), variant=variant)
            for name, values in vector.items():
                value = getattr(scalar, name).value
                if value is None:
                    assert np.isnan(values[row])
                else:
                    assert values[row] == pytest.approx(value, abs=1e-12)


def test_cu_alpha_readings_coincide_for_two_coders_and_are_both_offered_for_three(team_project):
    two = compute_agreement(team_project, coders=["Ana", "Luis"], cu_variant="per_coder")
    default = compute_agreement(team_project, coders=["Ana", "Luis"])
    assert two.domains == default.domains and not default.other_variant
    three = as_json(compute_agreement(team_project, coders=["Ana", "Luis", "Eva"]))
    other = three["domains"][0]["other_reading"]
    assert other["variant"] == "per_coder" and three["settings"]["cu_variant"] == "sum_squared"


def test_batched_code_sums_equal_one_code_at_a_time():
    spans = [core.CodedSpan("A", 1, "x", 0, 30), core.CodedSpan("B", 1, "x", 5, 30), core.CodedSpan("A", 2, "y", 0, 9),
             core.CodedSpan("B", 2, "x", 3, 12)]
    lengths = {1: 60, 2: 40}
    tallies = core.code_tallies_by_document(spans, lengths=lengths, codes=["x", "y"], coders=["A", "B"])
    pool, counts = resampling.resample_counts(list(lengths), resamples=25, seed=9)
    batched = resampling.binary_sums_by_code(tallies, pool, counts)
    for code in ("x", "y"):
        alone = resampling.binary_sums(tallies[code], pool, counts)
        for name, values in alone.items():
            assert np.array_equal(batched[code][name], values)
        scalar = [core.alpha_binary_from(core.combine_tallies(
            [tallies[code][d] for d, n in zip(pool, row) for _ in range(int(n))], core.BinaryTally.empty(2))).value
            for row in counts]
        vector = resampling.alpha_binary(batched[code], 2).values
        assert [None if np.isnan(v) else pytest.approx(v, abs=1e-12) for v in vector] == scalar


def test_a_code_used_only_in_left_out_documents_is_listed(team_project):
    coding.code_span(team_project, document=3, start=40, end=60, codes=["Solo en E03"], coder="Ana")
    data = as_json(compute_agreement(team_project, coders=["Ana", "Luis"]))
    assert {"kind": "code", "item": "Solo en E03", "reason": "only_in_left_out_documents",
            "documents": [3]} in data["left_out"]
    assert "code Solo en E03 left out: used only in documents not compared (3)" in warnings(data)
    chosen = as_json(compute_agreement(team_project, coders=["Ana", "Luis"], codes=["Región"]))
    assert not [e for e in chosen["left_out"] if e["kind"] == "code"]  # the user chose the codes
