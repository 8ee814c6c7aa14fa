"""The word keys read 8 bytes at a time, the text scan that starts before the quotations are
known, and the build's pause of the cycle collector."""

from __future__ import annotations

import gc
import random
import threading

import pytest

from qda_app.services.reports import build_report_book, load_report_data
from qda_app.services.reports.data import groundedness
from qda_app.services.reports.word_count import count_words_many
from qda_app.services.reports.words import ScanCancelled, count_words, scan_texts


def test_words_around_eight_letters_keep_their_spellings_in_a_batch():
    rng = random.Random(11)
    # Words of 1 to 40 letters sharing prefixes (exact keys below 8 letters, hashed from 8 on),
    # mixed case, at every alignment, in several texts counted as one batch.
    stems = ["a" * n for n in range(1, 41)] + ["ab" * n for n in range(1, 20)] + ["Aa" * n for n in range(1, 20)]
    texts = []
    for _ in range(40):
        words = [rng.choice(stems) + rng.choice(["", "b", "’c", "É", "ß"]) for _ in range(rng.randrange(0, 60))]
        texts.append(" ".join(words) + rng.choice(["", " ", ".", "'"]))
    for text, counted in zip(texts, count_words_many(texts)):
        expected = count_words(text)
        assert counted is not None
        assert list(counted.items()) == list(expected.items())


def _scan_input(data, quotations):
    class Source:
        documents = data.documents
        cache: dict = {}

    source = Source()
    source.quotations = quotations
    return source


def test_scan_waits_for_the_quotations_and_cuts_every_text(known):
    data = load_report_data(known)
    expected = scan_texts(known.database, data, quotations=True)
    source = _scan_input(data, None)
    ready = threading.Event()
    found: dict = {}
    worker = threading.Thread(target=lambda: found.update(
        scan_texts(known.database, source, quotations=True, quotations_known=ready)))
    worker.start()
    worker.join(timeout=0.5)
    assert worker.is_alive()  # every text read and counted, waiting to cut the quotations
    source.quotations = data.quotations
    ready.set()
    worker.join()
    assert found["quotation_texts"] == expected["quotation_texts"]
    assert found["word_counters"] == expected["word_counters"]


def test_scan_stops_when_the_quotations_will_not_come(known):
    data = load_report_data(known)
    ready = threading.Event()
    ready.set()
    with pytest.raises(ScanCancelled):
        scan_texts(known.database, _scan_input(data, None), quotations=True, quotations_known=ready)


def test_documents_are_handed_over_before_the_quotations(known):
    calls = []
    data = load_report_data(known, documents_ready=lambda documents: calls.append(("documents", documents)),
                            quotations_ready=lambda documents, quotations: calls.append(("quotations", documents)))
    assert [name for name, _ in calls] == ["documents", "quotations"]
    assert calls[0][1] == calls[1][1] == data.documents


@pytest.mark.parametrize("enabled", [True, False])
def test_build_restores_the_cycle_collector(known, enabled):
    (gc.enable if enabled else gc.disable)()
    try:
        seen = []
        build_report_book(known, progress=lambda *_: seen.append(gc.isenabled()))
        assert seen and not any(seen)
        assert gc.isenabled() == enabled
    finally:
        gc.enable()


def test_groundedness_counts_distinct_quotations_once_per_load(known):
    data = load_report_data(known)
    counts = groundedness(data)
    assert groundedness(data) is counts
    coded = data.codings.merge(data.ancestry, on="code_id")
    distinct = coded.groupby("ancestor_id")["quotation_id"].nunique()
    assert counts == {code.id: int(distinct.get(code.id, 0)) for code in data.codes}


@pytest.mark.parametrize("with_documents", [True, False])
def test_aggregated_coding_columns_equal_the_rows(known, with_documents):
    from qda_app.store.report_queries import coding_columns

    rows = known.database.connection.execute(
        """SELECT k.quotation_id, k.code_id, k.coder_id, q.document_id, k.created_at
           FROM codings k JOIN quotations q ON q.id = k.quotation_id ORDER BY k.id""").fetchall()
    assert rows
    columns = coding_columns(known.database, with_documents=with_documents)
    assert columns.quotation_id.tolist() == [row[0] for row in rows]
    assert columns.code_id.tolist() == [row[1] for row in rows]
    assert columns.coder_id.tolist() == [row[2] for row in rows]
    assert columns.document_id.tolist() == ([row[3] for row in rows] if with_documents else [])
    assert list(columns.created_at) == [row[4] for row in rows]
    document = rows[0][3]
    some = coding_columns(known.database, document_ids=[document], coder_ids=[rows[0][2]])
    assert some.quotation_id.tolist() == [row[0] for row in rows if row[3] == document and row[2] == rows[0][2]]


def test_aggregated_quotation_columns_equal_the_rows(known):
    from qda_app.store.report_queries import quotation_columns

    connection = known.database.connection
    with connection:
        connection.execute("""UPDATE quotations SET comment = ? WHERE id = (SELECT min(id) FROM quotations)""",
                           ['a, "b" [c]\x1f\n\\ 😀'])
    rows = connection.execute(
        """SELECT q.id, q.document_id, d.number, q.number, q.start, q."end", q.created_by, q.created_at, q.comment
           FROM quotations q JOIN documents d ON d.id = q.document_id ORDER BY d.number, q.start, q."end", q.number"""
    ).fetchall()
    assert len(rows) > 1
    columns = quotation_columns(known.database)
    for index, name in enumerate(("id", "document_id", "document_number", "number", "start", "end",
                                  "created_by", "created_at", "comment")):
        assert list(getattr(columns, name)) == [row[index] for row in rows], name
    one = quotation_columns(known.database, document_ids=[rows[0][1]])
    assert one.id.tolist() == [row[0] for row in rows if row[1] == rows[0][1]]
    assert quotation_columns(known.database, document_ids=[]).id.tolist() == []


def _contents(book) -> list[tuple[str, list[tuple[str, list]]]]:
    """Every sheet's key and every block's title and rows, to compare two books."""
    return [(sheet.key, [(block.title, block.frame.astype(object).where(block.frame.notna(), None).values.tolist())
                         for block in sheet.blocks]) for sheet in book.sheets]


def test_the_book_is_the_same_whichever_connection_reads_the_texts(known, monkeypatch):
    from qda_app.services.reports import book as book_module

    expected = _contents(build_report_book(known))
    # Inside an open transaction a second connection would not see its rows: the texts are read
    # in the main thread instead.
    with known.database.transaction():
        assert _contents(build_report_book(known)) == expected

    def cannot_open(*_args, **_kwargs):
        raise OSError("too many open files")

    monkeypatch.setattr(book_module, "open_database", cannot_open)  # the worker falls back
    assert _contents(build_report_book(known)) == expected


def test_a_scan_that_fails_in_the_worker_is_done_again_in_the_calling_thread(known, monkeypatch):
    from qda_app.services.reports import book as book_module

    expected = _contents(build_report_book(known))
    failed = []

    def broken(*_args, **_kwargs):
        failed.append(threading.current_thread().name)
        raise MemoryError

    monkeypatch.setattr(book_module, "scan_texts", broken)  # the worker's scan; join uses its own
    assert _contents(build_report_book(known)) == expected
    assert failed == ["report-text-scan"]


def test_a_load_that_fails_stops_the_worker_it_started(known, monkeypatch):
    from qda_app.services.reports import book as book_module

    real_load = book_module.load_report_data

    def failing_load(project, report_filter, *, documents_ready, quotations_ready):
        real_load(project, report_filter, documents_ready=documents_ready, quotations_ready=lambda *_: None)
        raise KeyError("codings")

    monkeypatch.setattr(book_module, "load_report_data", failing_load)
    with pytest.raises(KeyError, match="codings"):
        build_report_book(known)
    assert [thread.name for thread in threading.enumerate() if thread.name == "report-text-scan"] == []


def test_without_the_matrix_the_book_says_where_to_find_it(known):
    book = build_report_book(known, include_matrix=False)
    assert "matrix" not in [sheet.key for sheet in book.sheets]
    data = load_report_data(known)
    assert book.notes == (
        f"The quotation-code matrix ({len(data.quotations)} quotations x {len(data.shown_codes)} codes) is too "
        "large for the workbook; export CSV files (a folder) to get it.",)
