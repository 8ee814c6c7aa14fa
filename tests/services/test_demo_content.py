"""Consistency checks for the built-in demo project (resources/demo).

The demo reproduces the Puno grounded-theory study: 20 interviews, 535 quotations,
6 categories, 31 subcategories.  These tests parse the demo files independently of the
application code (standard library only) and check them against the published codebook.
"""

from __future__ import annotations


import csv
import json
import os
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
CSV_NAME = "puno_study_codebook.csv"
QUOTATIONS_NAME = "puno_study_quotations.csv"
ELLIPSIS = "[…]"

# A marker is [[KEY|passage]]; the passage may not contain [, ] or |, except for one inner
# marker {{KEY|passage}} per outer passage at most (an overlapping quotation).
INNER = re.compile(r"\{\{(\d+\.\d+)\|([^\[\]{}|]*)\}\}")
MARKER = re.compile(r"\[\[(\d+\.\d+)\|((?:[^\[\]{}|]|\{\{\d+\.\d+\|[^\[\]{}|]*\}\})*)\]\]")


def shared_reference(name: str) -> Path | None:
    """The study's reference file (an optional extra): from QDA_APP_SHARED_REFERENCE, or a
    ``shared/reference`` folder beside the checkout (or beside the folder of worktrees that holds
    it); None on a machine without it. The copy under resources/demo is what the other tests use."""
    folders = [Path(os.environ["QDA_APP_SHARED_REFERENCE"])] if os.environ.get("QDA_APP_SHARED_REFERENCE") else []
    folders += [base / "shared" / "reference" for base in (ROOT.parent, ROOT.parent.parent)]
    for folder in folders:
        if (folder / name).exists():
            return folder / name
    return None


def plain_passages(text: str) -> list[tuple[str, str]]:
    """(key, passage without inner markers) in order of position, an inner one after its outer."""
    found = []
    for match in MARKER.finditer(text):
        found.append((match.group(1), INNER.sub(lambda inner: inner.group(2), match.group(2))))
        found.extend((inner.group(1), inner.group(2)) for inner in INNER.finditer(match.group(2)))
    return found
PROVINCES = {
    "Puno", "Azángaro", "Carabaya", "Chucuito", "El Collao", "Huancané", "Lampa",
    "Melgar", "Moho", "San Antonio de Putina", "San Román", "Sandia", "Yunguyo",
}


def _read(path: Path) -> str:
    raw = path.read_bytes()
    assert b"\r" not in raw, f"{path.name}: use \\n newlines"
    return raw.decode("utf-8")


@pytest.fixture(scope="module")
def codebook_rows() -> list[dict]:
    """CSV rows with their key "<table>.<index within table>"."""
    with (DEMO / CSV_NAME).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    per_table: Counter = Counter()
    for row in rows:
        per_table[row["table"]] += 1
        row["key"] = f"{int(row['table'])}.{per_table[row['table']]}"
    return rows


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    return json.loads(_read(DEMO / "documents.json"))


@pytest.fixture(scope="module")
def texts(documents) -> dict[int, str]:
    return {d["number"]: _read(DEMO / d["file"]) for d in documents}


@pytest.fixture(scope="module")
def markers(texts) -> dict[int, list[tuple[str, str]]]:
    """Per document number, the (key, passage) markers in order of position."""
    return {n: plain_passages(t) for n, t in texts.items()}


@pytest.mark.parametrize("name", [CSV_NAME, QUOTATIONS_NAME])
def test_csv_copy_is_byte_identical_when_shared_reference_available(name):
    shared = shared_reference(name)
    if shared is None:
        pytest.skip("shared reference not available on this machine")
    assert (DEMO / name).read_bytes() == shared.read_bytes()


def test_cited_quotations_carry_the_printed_text(codebook_rows, markers):
    with (DEMO / QUOTATIONS_NAME).open(encoding="utf-8", newline="") as fh:
        printed = list(csv.DictReader(fh))
    cited = {ref for row in codebook_rows for ref in row["representative_quotes"].split(";")}
    assert {row["id"] for row in printed} == cited | {"3:1"}
    for row in printed:
        passage = markers[int(row["document"])][int(row["quotation"]) - 1][1]
        position = 0
        for piece in row["text"].split(ELLIPSIS):
            piece = piece.strip(" .")
            found = passage.find(piece, position)
            assert found >= 0, f"{row['id']}: {piece[:40]!r} not in {passage[:60]!r}"
            position = found + len(piece)


def test_some_quotations_of_different_subcategories_overlap(texts):
    pairs = Counter()
    for text in texts.values():
        for match in MARKER.finditer(text):
            for inner in INNER.finditer(match.group(2)):
                assert inner.group(1) != match.group(1)
                pairs[tuple(sorted((match.group(1), inner.group(1))))] += 1
    assert sum(pairs.values()) >= 10 and max(pairs.values()) >= 3


def test_codebook_csv_shape(codebook_rows):
    assert len(codebook_rows) == 31
    assert {r["table"] for r in codebook_rows} == {str(i) for i in range(1, 7)}
    assert sum(int(r["groundedness"]) for r in codebook_rows) == 535


def test_twenty_documents_six_provincial(documents, texts):
    assert [d["number"] for d in documents] == list(range(1, 21))
    groups = Counter(d["group"] for d in documents)
    assert groups == {"Alcaldes provinciales": 6, "Alcaldes distritales": 14}
    for d in documents:
        attrs = d["attributes"]
        assert attrs["provincia"] in PROVINCES
        assert attrs["tipo de municipalidad"] == (
            "Provincial" if d["group"] == "Alcaldes provinciales" else "Distrital"
        )
        assert attrs["periodo"] == "2019-2022"
        assert re.fullmatch(r"2021-\d\d-\d\d", attrs["fecha de entrevista"])
        assert isinstance(attrs["duración (min)"], int)
        assert d["coder"]
        assert re.fullmatch(r"transcripts/\d\d_[a-z0-9_]+\.txt", d["file"])
        assert d["file"].startswith(f"transcripts/{d['number']:02d}_")
    assert len({d["coder"] for d in documents}) == 3
    assert len(list((DEMO / "transcripts").glob("*.txt"))) == 20


def test_total_markers_is_535(markers):
    assert sum(len(v) for v in markers.values()) == 535


def test_marker_counts_equal_groundedness(codebook_rows, markers):
    counts = Counter(k for seq in markers.values() for k, _ in seq)
    expected = {r["key"]: int(r["groundedness"]) for r in codebook_rows}
    assert dict(counts) == expected


def test_representative_quotations_have_the_right_key(codebook_rows, markers):
    checked = 0
    for row in codebook_rows:
        for ref in row["representative_quotes"].split(";"):
            doc, q = (int(x) for x in ref.strip().split(":"))
            seq = markers[doc]
            assert q <= len(seq), f"{ref}: document {doc} has only {len(seq)} quotations"
            assert seq[q - 1][0] == row["key"], f"{ref} should be {row['key']}, is {seq[q - 1][0]}"
            checked += 1
    assert checked == 33


def test_subcategories_spread_over_several_documents(codebook_rows, markers):
    for row in codebook_rows:
        docs = {n for n, seq in markers.items() for k, _ in seq if k == row["key"]}
        assert len(docs) >= 2, row["key"]


def test_markers_well_formed(texts):
    for n, text in texts.items():
        # every "[[" opens a valid marker and there are no stray brackets or pipes
        assert text.count("[[") == len(MARKER.findall(text)), f"document {n}"
        rest = MARKER.sub("", text)
        assert not set("[]|{}") & set(rest), f"document {n}: stray [, ], {{, }} or |"
        for m in MARKER.finditer(text):
            assert len(INNER.findall(m.group(2))) <= 1
            passage = INNER.sub(lambda inner: inner.group(2), m.group(2))
            assert passage.strip(), f"document {n}: empty passage"
            assert "\n" not in passage, f"document {n}: passage spans lines"
            assert passage == passage.strip(), f"document {n}: passage padded with spaces"


def test_no_duplicate_passages(markers):
    passages = Counter(p for seq in markers.values() for _, p in seq)
    assert [p for p, c in passages.items() if c > 1] == []


def test_transcripts_have_header_and_turns(documents, texts):
    for d in documents:
        text = texts[d["number"]]
        assert text.startswith(f"Entrevista E{d['number']:02d}\n")
        assert "Entrevistador:" in text
        assert re.search(r"^Alcaldes?a?:", text, re.M)
        assert "\n\n" in text


def test_codebook_json_matches_csv(codebook_rows):
    cb = json.loads(_read(DEMO / "codebook.json"))
    assert cb["project"]["name"] and cb["project"]["description"]
    cats = cb["categories"]
    csv_cats = list(dict.fromkeys(r["category"] for r in codebook_rows))
    assert [c["name"] for c in cats] == csv_cats
    colours = [c["color"] for c in cats]
    assert len(set(colours)) == 6
    got = [(s["key"], s["name"]) for c in cats for s in c["subcategories"]]
    assert got == [(r["key"], r["subcategory"]) for r in codebook_rows]
    for c in cats:
        assert re.fullmatch(r"#[0-9A-Fa-f]{6}", c["color"])
        assert c["description"]
        for s in c["subcategories"]:
            assert re.fullmatch(r"#[0-9A-Fa-f]{6}", s["color"])
            assert s["description"]


def test_memo_targets_exist(codebook_rows, documents):
    memos = json.loads(_read(DEMO / "memos.json"))
    assert 5 <= len(memos) <= 15
    names = {r["subcategory"] for r in codebook_rows} | {r["category"] for r in codebook_rows}
    numbers = {d["number"] for d in documents}
    for memo in memos:
        assert memo["title"] and memo["text"]
        target = memo["target"]
        if target == "project":
            continue
        if "code" in target:
            assert target["code"] in names, target
        else:
            assert target["document"] in numbers, target


def test_all_text_is_nfc():
    files = [p for p in DEMO.rglob("*") if p.is_file() and p.suffix in {".txt", ".json", ".csv"}]
    assert len(files) >= 24
    for path in files:
        text = _read(path)
        assert unicodedata.is_normalized("NFC", text), path.name
