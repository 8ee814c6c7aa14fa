"""Disagreements as aligned passages, and consensus decisions in their own coder layer."""

from __future__ import annotations

import pytest

from qda_app.core.errors import InvalidArgument
from qda_app.services import coding, documents, memos
from qda_app.services.agreement import compute_agreement
from qda_app.services.commands import History
from qda_app.services.consensus import CONSENSUS_CODER, list_disagreements, resolve, resolve_all
from qda_app.store import team_queries
from tests.conftest import snapshot

TEXT = "Todo pasa por Lima y por el ministerio, señor alcalde. " * 12


@pytest.fixture
def pair(project):
    documents.add_text_document(project, name="E01", text=TEXT)
    for coder, start, end, code in (
        ("Ana", 0, 50, "Centralismo::Dependencia"),  # matched
        ("Luis", 0, 50, "Centralismo::Dependencia"),
        ("Ana", 100, 200, "Centralismo::Viajes"),  # partial: Luis starts 20 later
        ("Luis", 120, 200, "Centralismo::Viajes"),
        ("Ana", 300, 340, "Región"),  # missing: only Ana
        ("Ana", 400, 460, "Centralismo::Dependencia"),  # confused within Centralismo
        ("Luis", 400, 460, "Centralismo::Viajes"),
    ):
        coding.code_span(project, document=1, start=start, end=end, codes=[code], coder=coder)
    return project


def _layer(project, coder):
    return [(s.document_number, s.start, s.end, s.code_path, s.coding_id)
            for s in team_queries.coding_spans(project.database, coder_names=[coder])]


def test_passages_are_aligned_classified_and_sorted_by_disagreement(pair):
    passages = list_disagreements(pair, coders=["Ana", "Luis"])
    assert [(p.number, p.kind, p.start, p.end, p.disagreement) for p in passages] == [
        (1, "confused", 400, 460, 120),
        (2, "missing", 300, 340, 40),
        (3, "partial", 100, 200, 20),
        (4, "matched", 0, 50, 0),
    ]
    partial = passages[2]
    assert partial.overlap == pytest.approx(0.8)
    assert partial.domain == "Centralismo" and partial.text == TEXT[100:200]
    assert [s.quotation for s in partial.a] == ["1:3"] and [s.quotation for s in partial.b] == ["1:4"]
    assert passages[1].b == () and passages[1].domain == "Región"
    assert passages[0].codes_of("a") == ("Centralismo::Dependencia",)
    assert passages[0].codes_of("b") == ("Centralismo::Viajes",)
    assert not any(p.resolved for p in passages)


def test_resolve_writes_only_the_consensus_layer(pair):
    ana, luis = _layer(pair, "Ana"), _layer(pair, "Luis")
    partial = list_disagreements(pair, coders=["Ana", "Luis"])[2]
    result = resolve(pair, partial, decision="intersection", rationale="Luis's start is tighter")
    assert _layer(pair, "Ana") == ana and _layer(pair, "Luis") == luis
    assert [(d, s, e, c) for d, s, e, c, _ in _layer(pair, CONSENSUS_CODER)] == [(1, 120, 200, "Centralismo::Viajes")]
    linked = memos.list_memos(pair, target_type="quotation", target=result.quotations[0])
    assert len(linked) == 1 and "Luis's start is tighter" in linked[0].text
    assert list_disagreements(pair, coders=["Ana", "Luis"])[2].resolved


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        ("accept_a", [(100, 200, "Centralismo::Viajes")]),
        ("accept_b", [(120, 200, "Centralismo::Viajes")]),
        ("union", [(100, 200, "Centralismo::Viajes")]),
        ("intersection", [(120, 200, "Centralismo::Viajes")]),
    ],
)
def test_decisions(pair, decision, expected):
    resolve(pair, list_disagreements(pair, coders=["Ana", "Luis"])[2], decision=decision)
    assert [(s, e, c) for _, s, e, c, _ in _layer(pair, CONSENSUS_CODER)] == expected


def test_custom_boundaries_and_changing_ones_mind(pair):
    confused = list_disagreements(pair, coders=["Ana", "Luis"])[0]
    with pytest.raises(InvalidArgument):
        resolve(pair, confused, decision="custom", start=405, end=455)  # which code? say it
    resolve(pair, confused, decision="custom", start=405, end=455, codes=["Centralismo::Viajes"],
            rationale="primero: Viajes")
    resolve(pair, confused, decision="accept_a", rationale="luego: Dependencia")  # replaces the earlier decision
    assert [(s, e, c) for _, s, e, c, _ in _layer(pair, CONSENSUS_CODER)] == [(400, 460, "Centralismo::Dependencia")]
    notes = [memo.text for memo in memos.list_memos(pair) if memo.title.startswith("Consensus:")]
    assert len(notes) == 1 and notes[0].endswith("luego: Dependencia")  # the replaced rationale went with it
    with pytest.raises(InvalidArgument):
        resolve(pair, confused, decision="intersection")  # no code in common


def test_each_decision_is_one_undoable_action(pair):
    history = History(pair)
    before = snapshot(pair)
    resolve(pair, list_disagreements(pair, coders=["Ana", "Luis"])[0], decision="accept_b", rationale="porque")
    assert len(history.done) == 1
    history.undo()
    assert snapshot(pair) == before


def test_resolve_all_and_agreement_with_the_consensus(pair):
    history = History(pair)
    before = snapshot(pair)
    written, skipped = resolve_all(pair, coders=["Ana", "Luis"], decision="accept_a")
    assert len(written) == 4 and skipped == [] and len(history.done) == 1
    assert all(p.resolved for p in list_disagreements(pair, coders=["Ana", "Luis"]))
    result = compute_agreement(pair, coders=["Ana", CONSENSUS_CODER])
    assert all(code.alpha_binary.value == 1.0 for code in result.codes.values())
    again, _ = resolve_all(pair, coders=["Ana", "Luis"], decision="accept_a")
    assert again == []  # every passage was decided already
    history.undo()
    assert snapshot(pair) == before


def test_intersection_for_all_skips_passages_without_common_text(pair):
    written, skipped = resolve_all(pair, coders=["Ana", "Luis"], decision="intersection")
    assert [p.kind for p in skipped] == ["confused", "missing"]
    assert len(written) == 2
