"""Bulk reads and explicit-identity writes for REFI-QDA exchange.

Export reads a project one document at a time (its quotations and codings in one pass each,
plain columns instead of the per-object helpers), so that 200,000 quotations never sit in
memory together. Import writes rows with the GUIDs, numbers and dates the exchange file
gives, which the ordinary store helpers assign themselves. Writes still go through
``ProjectDatabase`` inside one action; an import into a new project is a bulk load (rows
not imaged for undo, ``set_column_bulk`` allowed); a codebook imported into an open project
is recorded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from collections.abc import Iterator
from typing import Any, NamedTuple

from qda_app.store.database import ProjectDatabase


@dataclass(frozen=True)
class DocumentRecord:
    id: int
    guid: str
    number: int
    name: str
    text: str
    imported_by_guid: str | None
    imported_at: str
    next_quotation_number: int


class CodeRecord(NamedTuple):  # a tuple: a codebook export builds one per code, quickly
    id: int
    parent_id: int | None
    guid: str
    name: str
    color: str
    description: str
    sort_order: int
    coded: bool  # holds at least one coding
    is_codable: bool | None = None  # as another program gave it; None for codes made here
    color_assigned: bool = False  # the file gave no colour; ours is only for display


@dataclass(frozen=True)
class QuotationRecord:
    id: int
    guid: str
    document_id: int
    number: int
    start: int
    end: int
    creator_guid: str | None
    created_at: str
    modified_at: str
    comment: str


@dataclass(frozen=True)
class CodingRecord:
    guid: str
    quotation_id: int
    code_id: int
    coder_guid: str
    created_at: str


@dataclass(frozen=True)
class MemoRecord:
    id: int
    guid: str
    title: str
    text: str
    author_guid: str | None
    created_at: str
    modified_at: str


@dataclass(frozen=True)
class AttributeRecord:
    id: int
    guid: str
    name: str
    type: str


# --- export ---------------------------------------------------------------------------------

def document_records(db: ProjectDatabase) -> list[DocumentRecord]:
    rows = db.connection.execute(
        """SELECT d.id, d.guid, d.number, d.name, d.text, c.guid, d.imported_at,
                  coalesce(n.next_number, (SELECT coalesce(max(q.number), 0) + 1 FROM quotations q
                                           WHERE q.document_id = d.id))
           FROM documents d LEFT JOIN coders c ON c.id = d.imported_by
           LEFT JOIN quotation_counters n ON n.id = d.id ORDER BY d.number""")
    return [DocumentRecord(*row) for row in rows]


def quotation_records(db: ProjectDatabase) -> list[QuotationRecord]:
    """Every quotation, by document then quotation number (the order export writes)."""
    rows = db.connection.execute(
        """SELECT q.id, q.guid, q.document_id, q.number, q.start, q."end", c.guid,
                  q.created_at, q.modified_at, q.comment
           FROM quotations q LEFT JOIN coders c ON c.id = q.created_by
           ORDER BY q.document_id, q.number""")
    return [QuotationRecord(*row) for row in rows]


def document_heads(db: ProjectDatabase) -> list[DocumentRecord]:
    """Every document as ``document_records`` gives it, but with an empty ``text``: an export
    reads each text when it writes that document (``document_text``)."""
    rows = db.connection.execute(
        """SELECT d.id, d.guid, d.number, d.name, '', c.guid, d.imported_at,
                  coalesce(n.next_number, (SELECT coalesce(max(q.number), 0) + 1 FROM quotations q
                                           WHERE q.document_id = d.id))
           FROM documents d LEFT JOIN coders c ON c.id = d.imported_by
           LEFT JOIN quotation_counters n ON n.id = d.id ORDER BY d.number""")
    return [DocumentRecord(*row) for row in rows]


def document_text(db: ProjectDatabase, document_id: int) -> str:
    return str(db.scalar("SELECT text FROM documents WHERE id = ?", [document_id]))


def quotation_records_of(db: ProjectDatabase, document_id: int) -> list[QuotationRecord]:
    """One document's quotations in quotation-number order."""
    rows = db.connection.execute(
        """SELECT q.id, q.guid, q.document_id, q.number, q.start, q."end", c.guid,
                  q.created_at, q.modified_at, q.comment
           FROM quotations q LEFT JOIN coders c ON c.id = q.created_by
           WHERE q.document_id = ? ORDER BY q.number""", [document_id])
    return [QuotationRecord(*row) for row in rows]


def coding_records_of(db: ProjectDatabase, document_id: int) -> list[CodingRecord]:
    """The codings of one document's quotations, by quotation, in the order they were made."""
    rows = db.connection.execute(
        """SELECT k.guid, k.quotation_id, k.code_id, c.guid, k.created_at
           FROM codings k JOIN coders c ON c.id = k.coder_id
           JOIN quotations q ON q.id = k.quotation_id
           WHERE q.document_id = ? ORDER BY k.quotation_id, k.id""", [document_id])
    return [CodingRecord(*row) for row in rows]


def quotation_number_spans(db: ProjectDatabase) -> dict[int, tuple[int, int, int]]:
    """document id -> (count, lowest, highest) of its quotation numbers."""
    return {row[0]: (row[1], row[2], row[3]) for row in db.connection.execute(
        "SELECT document_id, count(*), min(number), max(number) FROM quotations GROUP BY document_id")}


def quotation_numbers(db: ProjectDatabase) -> Iterator[tuple[str, int, int]]:
    """(quotation guid, document number, quotation number) of every quotation, by document
    number then quotation number, read as they are used."""
    yield from db.connection.execute(
        """SELECT q.guid, d.number, q.number FROM quotations q
           JOIN documents d ON d.id = q.document_id ORDER BY d.number, q.number""")


def exchange_counts(db: ProjectDatabase) -> tuple[int, int]:
    """(quotations, codings) of the whole project."""
    return (int(db.scalar("SELECT count(*) FROM quotations")),
            int(db.scalar("SELECT count(*) FROM codings")))


def memo_records(db: ProjectDatabase) -> list[MemoRecord]:
    rows = db.connection.execute(
        """SELECT m.id, m.guid, m.title, m.text, c.guid, m.created_at, m.modified_at
           FROM memos m LEFT JOIN coders c ON c.id = m.author_id ORDER BY m.created_at, m.id""")
    return [MemoRecord(*row) for row in rows]


def memo_link_rows(db: ProjectDatabase) -> list[tuple[int, str, int | None]]:
    """(memo id, target type, target id) in the order the links were made."""
    return [tuple(row) for row in db.connection.execute(  # type: ignore[misc]
        "SELECT memo_id, target_type, target_id FROM memo_links ORDER BY id")]


def attribute_records(db: ProjectDatabase) -> list[AttributeRecord]:
    rows = db.connection.execute("SELECT id, guid, name, type FROM attributes ORDER BY id")
    return [AttributeRecord(*row) for row in rows]


def attribute_values(db: ProjectDatabase) -> list[tuple[int, int, str]]:
    """(document id, attribute id, value), attributes in creation order."""
    return [tuple(row) for row in db.connection.execute(  # type: ignore[misc]
        "SELECT document_id, attribute_id, value FROM document_attributes ORDER BY attribute_id")]


def representative_count(db: ProjectDatabase) -> int:
    return int(db.scalar("SELECT count(*) FROM representatives"))


def empty_group_names(db: ProjectDatabase) -> list[tuple[str, str]]:
    return [tuple(row) for row in db.connection.execute(  # type: ignore[misc]
        """SELECT kind, name FROM groups g
           WHERE NOT EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = g.id)""")]


# --- import ---------------------------------------------------------------------------------

def set_coder_identity(db: ProjectDatabase, coder_id: int, *, guid: str, created_at: str) -> None:
    db.update("coders", coder_id, {"guid": guid, "created_at": created_at})


def insert_document_as_is(db: ProjectDatabase, values: dict[str, Any]) -> int:
    """A document with the number and GUID given (page_starts as a list)."""
    values = {**values, "page_starts": json.dumps(list(values.get("page_starts") or []))}
    return db.insert("documents", values)


def set_next_quotation_number(db: ProjectDatabase, document_id: int, number: int) -> None:
    from qda_app.store.documents import set_next_quotation_number as store_counter

    store_counter(db, document_id, number)


def renumber(db: ProjectDatabase, table: str, numbers: dict[int, int]) -> None:
    """Give rows of ``documents`` or ``quotations`` the numbers an exchange file's ID table
    names (row id -> number), in a bulk load. Negative first: the numbers are unique (per
    document for quotations), and a row may take a number another still holds."""
    if table not in ("documents", "quotations"):
        raise ValueError(f"not a numbered table: {table}")
    db.set_column_bulk(table, "number", [(row_id, -row_id) for row_id in numbers])
    db.set_column_bulk(table, "number", list(numbers.items()))


def quotation_ids_by_document(db: ProjectDatabase) -> list[tuple[int, str, int]]:
    """(quotation id, guid, document id) of every quotation."""
    return [tuple(row) for row in db.connection.execute(  # type: ignore[misc]
        "SELECT id, guid, document_id FROM quotations")]


def coding_guids_taken(db: ProjectDatabase, guids: list[str]) -> set[str]:
    """Which of ``guids`` codings already use (an index probe each, not a set of all of them)."""
    taken: set[str] = set()
    for start in range(0, len(guids), 500):  # SQLite's bound-parameter limit
        part = guids[start:start + 500]
        marks = ", ".join("?" for _ in part)
        taken.update(row[0] for row in db.connection.execute(
            f"SELECT guid FROM codings WHERE guid IN ({marks})", part))
    return taken


def set_page_cache(db: ProjectDatabase, mebibytes: int) -> None:
    """SQLite's page cache for this connection. An import writes GUID indexes in random order:
    once they outgrow the default 2 MB cache, each insert rereads pages from the file."""
    kibibytes = -1024 * int(mebibytes)  # negative: a size, not a page count
    # PRAGMA takes no bound parameters; an int cannot carry anything but a number.
    db.connection.execute("PRAGMA cache_size = %d" % kibibytes)


def write_once_until_closed(db: ProjectDatabase) -> None:
    """A project being built in a temporary file: its pages go straight into the file (a rollback
    journal, without a sync per transaction) instead of into the write-ahead log first and the
    file again when it is checkpointed. The builder syncs the file before it takes its place;
    a file left by a crash is a leftover that is swept away, never a project."""
    db.connection.execute("PRAGMA journal_mode = DELETE")
    db.connection.execute("PRAGMA synchronous = OFF")


def back_to_write_ahead_log(db: ProjectDatabase) -> None:
    """A project file rests in write-ahead-log mode, as every project does (see store.opening)."""
    db.connection.execute("PRAGMA synchronous = FULL")
    db.connection.execute("PRAGMA journal_mode = WAL")


def insert_row(db: ProjectDatabase, table: str, values: dict[str, Any]) -> int:
    """One recorded insert into a table the exchange maps directly (codes, quotations, ...)."""
    if table not in _IMPORT_TABLES:
        raise ValueError(f"not an import table: {table}")
    return db.insert(table, values)


def code_records(db: ProjectDatabase) -> list[CodeRecord]:
    """Every code, siblings in tree order (sort order, then name), with whether it holds codings:
    one index probe per code, not a pass over all codings."""
    records = [CodeRecord._make(row) for row in db.connection.execute(
        """SELECT id, parent_id, guid, name, color, description, sort_order,
                  EXISTS (SELECT 1 FROM codings k WHERE k.code_id = c.id),
                  CASE WHEN is_codable IS NULL THEN NULL ELSE is_codable != 0 END,
                  color_assigned != 0
           FROM codes c""")]
    records.sort(key=lambda record: (record.sort_order, record.name.casefold()))
    return records


def insert_rows(db: ProjectDatabase, table: str, rows: list[dict[str, Any]]) -> list[int]:
    """Recorded inserts of many rows of one import table in one statement."""
    if table not in _IMPORT_TABLES:
        raise ValueError(f"not an import table: {table}")
    return db.insert_many(table, rows)


_IMPORT_TABLES = frozenset({"codes", "quotations", "codings", "memos", "memo_links", "groups",
                            "group_members", "attributes", "document_attributes",
                            "code_relations", "coders"})


def code_tree_rows(db: ProjectDatabase) -> list[dict[str, Any]]:
    return db.rows("SELECT id, guid, parent_id, name, color, description FROM codes")


def group_member_ids(db: ProjectDatabase, group_id: int) -> set[int]:
    return {row[0] for row in db.connection.execute(
        "SELECT member_id FROM group_members WHERE group_id = ?", [group_id])}


def update_code_description(db: ProjectDatabase, code_id: int, description: str,
                            modified_at: str) -> None:
    db.update("codes", code_id, {"description": description, "modified_at": modified_at})


def group_by_guid(db: ProjectDatabase, kind: str, guid: str) -> int | None:
    return db.scalar("SELECT id FROM groups WHERE kind = ? AND guid = ?", [kind, guid])


def group_by_name(db: ProjectDatabase, kind: str, name: str) -> int | None:
    return db.scalar("SELECT id FROM groups WHERE kind = ? AND name = ?", [kind, name])
