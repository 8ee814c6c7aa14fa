"""The whole-project reads of ``interop_queries`` (benchmarks/qualcoder_check.py compares an
export with them): every document with its text and next quotation number, every quotation
in document then number order, written out by hand for the shared coded sample."""

from __future__ import annotations

from qda_app.store import interop_queries
from tests.conftest import SAMPLE_TEXT


def test_document_and_quotation_records_of_the_coded_sample(coded_project) -> None:
    db = coded_project.database
    ana, luis = (db.scalar("SELECT guid FROM coders WHERE name = ?", [name]) for name in ("Ana", "Luis"))
    documents = interop_queries.document_records(db)
    assert [(d.number, d.name, d.text, d.imported_by_guid, d.next_quotation_number) for d in documents] == [
        (1, "E01", SAMPLE_TEXT, ana, 3), (2, "E02", "Segundo texto: recorte presupuestal. " * 5, ana, 2)]
    quotations = interop_queries.quotation_records(db)
    ids = {d.number: d.id for d in documents}
    assert [(q.document_id, q.number, q.start, q.end, q.creator_guid, q.comment) for q in quotations] == [
        (ids[1], 1, 48, 90, ana, ""), (ids[1], 2, 60, 120, luis, ""), (ids[2], 1, 0, 30, ana, "")]
    # The export reads the same rows one document at a time.
    heads = interop_queries.document_heads(db)
    assert [(h.id, h.number, h.text) for h in heads] == [(ids[1], 1, ""), (ids[2], 2, "")]
    assert [record for d in documents for record in interop_queries.quotation_records_of(db, d.id)] == quotations
