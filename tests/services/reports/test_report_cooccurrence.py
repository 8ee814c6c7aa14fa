"""Co-occurrence: same or overlapping quotations, the c-coefficient, and the frequency flag."""

from __future__ import annotations

import pandas as pd
import pytest

from qda_app.services import coding, documents
from qda_app.services.project import Project
from qda_app.services.reports import ReportFilter, c_coefficient, cooccurrence_pairs, cooccurrence_table


def matrix(frame):
    return {(row, column): frame.loc[frame["Code"] == row, column].item()
            for row in frame["Code"] for column in frame.columns[1:]}


def test_counts_by_hand_with_overlaps(known):
    # Same quotation: 1:1 {a1, b1}, 2:1 {a1, b1}. Overlaps: 1:1-1:2 (a1-a2, b1-a2), 1:2-1:3 (a2-b2).
    # 2:1 [0, 10) and 2:2 [10, 20) only touch, so they do not co-occur.
    cells = matrix(cooccurrence_table(known))
    assert cells[("a1", "b1")] == cells[("b1", "a1")] == 2
    assert cells[("a1", "a2")] == 1 and cells[("a2", "b1")] == 1 and cells[("a2", "b2")] == 1
    assert cells[("a1", "b2")] == 0 and cells[("b1", "b2")] == 0
    assert cells[("a1", "a1")] is pd.NA  # a code with itself is left empty, not counted


def test_c_coefficient_by_hand(known):
    # n(a1) = 3, n(a2) = 2, n(b1) = 2, n(b2) = 1
    cells = matrix(cooccurrence_table(known, measure="coefficient"))
    assert cells[("a1", "b1")] == pytest.approx(2 / (3 + 2 - 2), abs=1e-4)
    assert cells[("a1", "a2")] == pytest.approx(1 / (3 + 2 - 1), abs=1e-4)
    assert cells[("a2", "b2")] == pytest.approx(1 / (2 + 1 - 1), abs=1e-4)
    assert cells[("b1", "b2")] == 0
    assert c_coefficient(5, 100, 10) == pytest.approx(5 / 105, abs=1e-4)
    assert c_coefficient(0, 0, 0) == 0.0


def test_pairs_list_and_filter(known):
    pairs = cooccurrence_pairs(known)
    rows = {(r["Code 1"], r["Code 2"]): r for r in pairs.to_dict("records")}
    key = ("a1", "b1") if ("a1", "b1") in rows else ("b1", "a1")
    assert rows[key]["n12 (co-occurrences)"] == 2
    assert len(rows) == 4
    assert not pairs["Frequencies differ > 5x"].any()
    # Only Bea's coding: 2:1 carries b1 (Bea) but its a1 is Ana's, so nothing co-occurs.
    assert cooccurrence_pairs(known, report_filter=ReportFilter(coders=["Bea"])).empty


def test_categories_co_occur_through_their_subcodes(known):
    cells = matrix(cooccurrence_table(known, rows="categories"))
    # Quotation pairs joining an A-code and a B-code: {1:1}, {2:1}, {1:1,1:2}, {1:2,1:3}
    assert cells[("A", "B")] == 4


def test_frequency_flag(tmp_path):
    with Project.create(tmp_path / "flag.qdaproj", coder="Ana") as project:
        documents.add_text_document(project, name="D", text="x" * 200)
        for index in range(6):
            coding.code_span(project, document=1, start=index * 30, end=index * 30 + 10, codes=["C::often"])
        coding.code_span(project, document=1, start=5, end=40, codes=["C::rare"])  # overlaps 2 of them
        pairs = cooccurrence_pairs(project).to_dict("records")
    assert len(pairs) == 1
    assert pairs[0]["n12 (co-occurrences)"] == 2
    assert pairs[0]["c-coefficient"] == pytest.approx(2 / (6 + 1 - 2), abs=1e-4)
    assert bool(pairs[0]["Frequencies differ > 5x"]) is True


def test_sweep_matches_all_pairs_on_random_spans(tmp_path):
    """The per-document sweep against the obvious all-pairs count on a random project."""
    import random
    from itertools import combinations

    rng = random.Random(3)
    names = ["K::k1", "K::k2", "K::k3", "L::l1"]
    with Project.create(tmp_path / "random.qdaproj", coder="Ana") as project:
        for number in (1, 2):
            documents.add_text_document(project, name=f"D{number}", text="y" * 500)
        for _ in range(60):
            start = rng.randrange(0, 450)
            coding.code_span(project, document=rng.choice((1, 2)), start=start, end=start + rng.randrange(1, 50),
                             codes=rng.sample(names, rng.choice((1, 2))), coder=rng.choice(("Ana", "Bea")))
        quotations = coding.list_quotations(project)
        cells = matrix(cooccurrence_table(project))
    expected: dict[tuple[str, str], int] = {}
    units = [(q, q) for q in quotations] + [
        (q, r) for q, r in combinations(quotations, 2)
        if q.document_id == r.document_id and q.start < r.end and r.start < q.end
    ]
    for q, r in units:
        joined = {tuple(sorted((a.split("::")[1], b.split("::")[1]))) for a in q.codes for b in r.codes if a != b}
        for pair in joined:
            expected[pair] = expected.get(pair, 0) + 1
    for (row, column), value in cells.items():
        if row != column:
            assert value == expected.get(tuple(sorted((row, column))), 0), (row, column)


def test_counts_identical_when_the_expansion_is_chunked(known, monkeypatch):
    # The sweep expands quotation pairs in chunks to bound memory; a pair per chunk must count the same.
    from qda_app.services.reports import sweep

    whole = matrix(cooccurrence_table(known))
    monkeypatch.setattr(sweep, "_CHUNK_ROWS", 1)
    assert matrix(cooccurrence_table(known)) == whole
    assert whole[("a1", "b1")] == 2
