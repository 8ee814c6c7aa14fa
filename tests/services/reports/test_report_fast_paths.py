"""The fast paths give the figures of the obvious computations: numpy word counts, the shared
text read, the vectorised co-occurrence sweep, and the streamed workbook."""

from __future__ import annotations

import re

import random
from collections import Counter
from datetime import datetime
from itertools import combinations

import pandas as pd
import pytest
from openpyxl import load_workbook

from qda_app.services import coding, documents
from qda_app.services.exporters.excel import write_workbook
from qda_app.services.project import Project
from qda_app.services.reports import (
    build_report_book,
    cooccurrence_table,
    load_report_data,
    word_frequencies,
)
from qda_app.services.reports.book import Block, ReportBook, Sheet
from qda_app.services.reports.word_count import count_words_fast
from qda_app.services.reports.words import count_words, words_of
from qda_app.store import report_queries

SAMPLES = [
    "don't d'água it’s a''b a'b'c 'x y' ½ x_y 3d é, Gobierno gobierno GOBIERNO. Straße STRASSE",
    "=SUM(A1:A9) uno\tdos\ncafe\u0301 naïve ǅ ﬁ emoji 😀 𐐀𐐨 ok ΣΑΣ σς",
    "", "   ", "'", "a", "ab'", "'ab", "a’’b", "1a2b3", "__a__",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_numpy_word_counts_equal_the_regular_expression(text):
    fast = count_words_fast(text)
    assert fast is not None
    assert fast == count_words(text) == Counter(words_of(text))
    assert list(fast) == list(count_words(text))  # same order: ties in the top words stay put


def test_numpy_word_counts_on_random_text_and_the_exact_fallback():
    rng = random.Random(5)
    for _ in range(300):  # one byte a character (Latin-1, cp1252), or code points
        alphabet = rng.choice(
            ("aábcñ' -_.,1\n\tÉZß\x85", "aábcñ'’ -_.,1\n\tÉZß“", "aábcñ'’ -_.,1\n\tÉZßΣσ😀"))
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 80)))
        fast = count_words_fast(text)
        assert fast == count_words(text) and list(fast) == list(count_words(text)), repr(text)
    # Casefolding İ gives i + a combining dot, which changes the words: the exact path decides.
    assert count_words_fast("İstanbul") is None
    assert count_words_fast("x" * 300) is None and count_words_fast("lone \ud800 surrogate") is None


def test_report_book_reads_the_texts_once(known, monkeypatch):
    calls = []
    original = report_queries.document_texts

    def counting(db, *, document_ids=None):
        calls.append(document_ids)
        return original(db, document_ids=document_ids)

    monkeypatch.setattr(report_queries, "document_texts", counting)
    build_report_book(known, language="en", word_scope="documents")
    assert len(calls) == 1


@pytest.mark.parametrize("by", ["all", "documents", "groups", "codes"])
def test_word_frequencies_from_shared_counts_equal_counting_the_texts(known, by):
    data = load_report_data(known)
    first = word_frequencies(known, by=by, stop_list="none", top=5, min_length=1, data=data)
    again = word_frequencies(known, by=by, stop_list="none", top=5, min_length=1, data=data)
    pd.testing.assert_frame_equal(first, again)  # the cached counts were not changed
    if by == "all":
        texts = [d.text for d in report_queries.document_texts(known.database)]
        expected = Counter(word for text in texts for word in words_of(text))
        assert list(zip(first["Word"], first["Count"])) == expected.most_common(5)


def _random_project(path, seed):
    rng = random.Random(seed)
    names = ["K::k1", "K::k2", "K::k2::deep", "L::l1", "L::l2"]
    project = Project.create(path, coder="Ana")
    for number in (1, 2, 3):
        documents.add_text_document(project, name=f"D{number}", text="y" * 300)
    for _ in range(70):
        start = rng.choice((0, 10, 20, rng.randrange(0, 280)))  # shared starts and nesting
        coding.code_span(project, document=rng.choice((1, 2, 3)), start=start, end=start + rng.randrange(1, 40),
                         codes=rng.sample(names, rng.choice((1, 2, 3))), coder=rng.choice(("Ana", "Bea")))
    return project


@pytest.mark.parametrize("rows", ["leaves", "categories", "all"])
def test_vectorised_sweep_matches_all_pairs_with_categories(tmp_path, rows):
    with _random_project(tmp_path / f"{rows}.qdaproj", seed=len(rows)) as project:
        frame = cooccurrence_table(project, rows=rows)
        quotations = coding.list_quotations(project)
    shown = set(frame["Code"])

    def expand(paths):  # a quotation counts for its codes and every category above them
        found = set()
        for path in paths:
            parts = path.split("::")
            found.update("::".join(parts[:depth]) for depth in range(1, len(parts) + 1))
        return {path for path in found if path.split("::")[-1] in shown}

    expected: Counter = Counter()
    units = [(q, q) for q in quotations] + [
        (q, r) for q, r in combinations(quotations, 2)
        if q.document_id == r.document_id and q.start < r.end and r.start < q.end
    ]
    for q, r in units:
        expected.update({tuple(sorted((a, b))) for a in expand(q.codes) for b in expand(r.codes)
                         if a != b and not a.startswith(b + "::") and not b.startswith(a + "::")})
    paths = {path.split("::")[-1]: path for q in quotations for path in expand(q.codes)}  # names are unique
    for row in frame.to_dict("records"):
        for column in frame.columns[1:]:
            if row["Code"] != column:
                pair = tuple(sorted((paths.get(row["Code"], ""), paths.get(column, ""))))
                assert row[column] == expected.get(pair, 0), (row["Code"], column)


def test_streamed_workbook_keeps_types_text_and_styles(tmp_path):
    frame = pd.DataFrame({
        "text": ["=1+1", "-minus", "+plus", "@at", "\tTab", "\rCR", "a\r\nb", "x\x00y", "z" * 40_000, "plain"],
        "number": [1, 2.5, float("nan"), 4, 5, 6, 7, 8, 9, 10],
        "flag": [True, False] * 5,
        "when": pd.to_datetime(["2024-05-06 07:08"] * 9 + [None]),
        "count": pd.array([1, None] * 5, dtype="Int64"),
    })
    frame.attrs = {"color_column": "text", "colors": ["#000075"] + [None] * 9, "bold_rows": [9],
                   "wrap_columns": ["text"], "number_formats": {"number": "0.00"}}
    book = ReportBook(language="en", sheets=(Sheet(key="quotations", name="Q & A's", blocks=(Block(frame),)),))
    path = write_workbook(book, tmp_path / "types.xlsx")
    sheet = load_workbook(path)["Q & A's"]
    cells = {row[0].row: row for row in sheet.iter_rows(min_row=2)}
    # OOXML writes a carriage return as "_x000D_"; Excel and LibreOffice read it back as "\r".
    texts = [re.sub("_x000D_", "\r", cells[r][0].value) for r in range(2, 12)]
    assert texts[:5] == ["=1+1", "-minus", "+plus", "@at", "\tTab"]
    assert texts[5] == "\rCR" and texts[6] == "a\r\nb" and texts[7] == "xy"
    assert len(texts[8]) == 32_767 and texts[8].endswith("…")
    assert all(cells[r][0].data_type == "s" for r in range(2, 12))
    assert cells[2][0].quotePrefix and not cells[11][0].quotePrefix
    assert cells[2][0].fill.fgColor.rgb == "FF000075" and cells[2][0].font.color.rgb == "FFFFFFFF"
    assert cells[2][0].alignment.wrap_text
    assert cells[2][1].value == 1 and cells[3][1].value == 2.5 and cells[4][1].value is None
    assert cells[2][1].number_format == "0.00"
    assert cells[2][2].value is True and cells[3][2].value is False
    assert cells[2][3].value == datetime(2024, 5, 6, 7, 8) and cells[11][3].value is None
    assert cells[2][4].value == 1 and cells[3][4].value is None
    assert cells[11][0].font.b  # the bold row
    [table] = sheet.tables.values()  # every table an Excel table: filter buttons on its header
    assert sheet.freeze_panes == "B2" and table.ref == "A1:E11" and table.autoFilter.ref == "A1:E11"
