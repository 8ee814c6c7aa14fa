"""The document list's rows, a page at a time, filtered and sorted in SQL.

A project of 2,000 transcripts opens as fast as one of 20: the list counts the documents the
filters let through and reads the first page; the next is read when the view scrolls there.
The listing reads no transcript text: ``documents_listing`` (m0006) covers every other
column, since reading a column stored after the text walks the text's overflow pages.

The order and the filter are those the list always had: number; name, groups or attribute
text case-folded, ties by number; quotation count, ties by number; descending reverses both.
The text filter looks for the case-folded text in "number name groups attributes".
"""

from __future__ import annotations

from dataclasses import dataclass

from qda_app.core.model import Document
from qda_app.store.database import ProjectDatabase
from qda_app.store.documents import document_from_row

ORDERS = {
    "number": ("d.number",),
    "name": ("casefold(d.name)", "d.number"),
    "groups": ("casefold(ifnull(group_text, ''))", "d.number"),
    "attributes": ("casefold(ifnull(attribute_text, ''))", "d.number"),
    "quotations": ("quotation_count", "d.number"),
}

# Group names and attribute texts in Python's sorted() order (BINARY, not the columns' NOCASE).
_LISTING = """
SELECT * FROM (
  SELECT d.id, d.guid, d.number, d.name, d.chars, d.original_name, d.original_size, d.sha256,
         d.text_sha256, d.format, d.encoding, d.page_starts, d.imported_at, c.name AS imported_by,
         (SELECT group_concat(name, char(31)) FROM (
             SELECT g.name FROM group_members m JOIN groups g ON g.id = m.group_id
             WHERE g.kind = 'document' AND m.member_id = d.id ORDER BY g.name COLLATE BINARY)) AS group_names,
         (SELECT group_concat(name, ', ') FROM (
             SELECT g.name FROM group_members m JOIN groups g ON g.id = m.group_id
             WHERE g.kind = 'document' AND m.member_id = d.id ORDER BY g.name COLLATE BINARY)) AS group_text,
         (SELECT group_concat(entry, '; ') FROM (
             SELECT a.name || ': ' || v.value AS entry FROM document_attributes v
             JOIN attributes a ON a.id = v.attribute_id WHERE v.document_id = d.id
             ORDER BY a.name COLLATE BINARY)) AS attribute_text,
         (SELECT count(*) FROM quotations q WHERE q.document_id = d.id) AS quotation_count
  FROM documents d LEFT JOIN coders c ON c.id = d.imported_by
) d
"""


@dataclass(frozen=True)
class DocumentQuery:
    """What the document list shows: filters (empty/None = any) and the order."""

    text: str = ""  # in the number, name, groups or attributes, case-insensitive
    group: str | None = None  # document group name
    order: str = "number"
    descending: bool = False


@dataclass(frozen=True)
class DocumentRow:
    """One row of the list: the document and its attributes as the list prints them."""

    document: Document
    attribute_text: str


def _prepare(db: ProjectDatabase) -> None:
    # Python's casefold, as the list always compared: SQLite's lower() folds ASCII only.
    db.connection.create_function("casefold", 1, lambda value: None if value is None else str(value).casefold(),
                                  deterministic=True)


def _where(query: DocumentQuery) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if query.group:
        clauses.append("instr(char(31) || ifnull(group_names, '') || char(31), char(31) || ? || char(31)) > 0")
        params.append(query.group)
    if query.text:
        clauses.append("instr(casefold(d.number || ' ' || d.name || ' ' || replace(ifnull(group_names, ''), "
                       "char(31), ' ') || ' ' || ifnull(attribute_text, '')), ?) > 0")
        params.append(query.text.casefold())
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _order(query: DocumentQuery) -> str:
    direction = " DESC" if query.descending else ""
    return "ORDER BY " + ", ".join(column + direction for column in ORDERS[query.order])


def _row(row: dict) -> DocumentRow:
    return DocumentRow(document_from_row(row), row["attribute_text"] or "")


def count_documents(db: ProjectDatabase, query: DocumentQuery | None = None) -> int:
    query = query or DocumentQuery()
    if not query.text and not query.group:
        return int(db.scalar("SELECT count(*) FROM documents"))
    _prepare(db)
    where, params = _where(query)
    return int(db.scalar(f"SELECT count(*) FROM ({_LISTING}) d {where}", params))


def document_page(db: ProjectDatabase, query: DocumentQuery, *, offset: int, limit: int) -> list[DocumentRow]:
    _prepare(db)
    where, params = _where(query)
    order = _order(query)
    return [_row(row) for row in db.rows(f"{_LISTING} {where} {order} LIMIT ? OFFSET ?", [*params, limit, offset])]


def position_of(db: ProjectDatabase, query: DocumentQuery, number: int) -> int | None:
    """The row document ``number`` has in the list's order (None: filtered out or missing)."""
    _prepare(db)
    where, params = _where(query)
    order = _order(query)
    found = db.rows(f"SELECT number FROM ({_LISTING} {where} {order})", params)
    return next((row for row, listed in enumerate(found) if listed["number"] == number), None)


def document_names(db: ProjectDatabase) -> list[tuple[int, str]]:
    """(number, name) of every document in number order: what choosers and labels need."""
    return [(int(number), str(name)) for number, name in db.connection.execute(
        "SELECT number, name FROM documents ORDER BY number")]
