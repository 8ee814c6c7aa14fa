"""The quotation manager's rows, a page at a time, with every filter in SQL.

A project of 200,000 quotations must open as fast as one of 500, so the manager never reads
every quotation: it counts the matches, reads the first page, and reads the next page (keyset:
rows after the last key shown, over the ``quotations_span`` index) when the user scrolls
there. ``sort_key`` gives in Python the same order the SQL gives, so that a quotation an
action created can be put in its place among the rows already read.

The text filter needs the quotation's text, a slice of its document's text: slicing in SQL
reads the whole document once per quotation (seconds on a large project), so the matching
quotation ids are found once per filter text, one document at a time, and kept in a
temporary table the page queries join.
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from qda_app.core.model import CODE_PATH_SEPARATOR, Quotation
from qda_app.store.codes import has_code_tallies, list_codes
from qda_app.store.database import ProjectDatabase

ORDERS = {  # name -> (SQL columns, the row fields that give the same key)
    "document": (("d.number", "q.start", 'q."end"', "q.id"), ("document_number", "start", "end", "id")),
    "id": (("d.number", "q.number"), ("document_number", "number")),
    "created": (("q.created_at", "q.id"), ("created_at", "id")),
}


@dataclass(frozen=True)
class QuotationQuery:
    """What the quotation manager shows: filters (None/empty = any) and the order."""

    code_path: str | None = None  # this code or any of its sub-codes
    document: int | None = None  # document number
    group: str | None = None  # document group name
    code_group: str | None = None  # coded with a code of this code group
    coder: str | None = None  # created the quotation or coded it
    text: str = ""  # in the quotation's text or comment, case-insensitive
    order: str = "document"
    descending: bool = False


def sort_key(query: QuotationQuery, quotation: Quotation) -> tuple:
    return tuple(getattr(quotation, field) for field in ORDERS[query.order][1])


def _text_matches(needle: str, quotation_text: str, comment: str) -> bool:
    return needle in quotation_text.casefold() or needle in comment.casefold()


def find_text(db: ProjectDatabase, text: str) -> None:
    """Keep the ids of the quotations whose text or comment holds ``text`` for the page queries."""
    needle = text.casefold()
    connection = db.connection
    hits: list[tuple[int]] = []
    for document_id, document_text in connection.execute("SELECT id, text FROM documents"):
        folded = document_text.casefold()
        # Casefolding once per document, not once per quotation, is what makes this fast; it
        # keeps offsets only when no character folded into several (as "ß" into "ss").
        same_offsets = len(folded) == len(document_text)
        found = _occurrences(folded, needle) if same_offsets else []
        whole = needle in folded
        for quotation_id, start, end, comment in connection.execute(
            'SELECT id, start, "end", comment FROM quotations WHERE document_id = ?', [document_id]
        ):
            if whole:
                if same_offsets:
                    at = bisect.bisect_left(found, start)
                    if at < len(found) and found[at] + len(needle) <= end:
                        hits.append((quotation_id,))
                        continue
                elif needle in document_text[start:end].casefold():
                    hits.append((quotation_id,))
                    continue
            if comment and needle in comment.casefold():
                hits.append((quotation_id,))
    with _temporary_writes(connection):
        connection.execute("CREATE TEMP TABLE IF NOT EXISTS quotation_text_hits (id INTEGER PRIMARY KEY)")
        connection.execute("DELETE FROM temp.quotation_text_hits")
        connection.executemany("INSERT INTO temp.quotation_text_hits VALUES (?)", hits)


def _occurrences(haystack: str, needle: str) -> list[int]:
    """Every position where ``needle`` starts in ``haystack``, overlapping ones included."""
    found, at = [], haystack.find(needle)
    while at >= 0:
        found.append(at)
        at = haystack.find(needle, at + 1)
    return found


@contextmanager
def _temporary_writes(connection) -> Iterator[None]:
    """One transaction for many rows of a temporary table (one each would cost a journal write
    per row), unless the connection is inside an action's transaction already."""
    if connection.in_transaction:
        yield
        return
    connection.execute("BEGIN")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _note_text_matches(db: ProjectDatabase, query: QuotationQuery, quotations: Sequence[Quotation],
                       touched: Iterable[int]) -> None:
    """Bring the kept text matches up to date for quotations an action touched."""
    touched = list(touched)
    connection = db.connection
    needle = query.text.casefold()
    with _temporary_writes(connection):
        connection.executemany("DELETE FROM temp.quotation_text_hits WHERE id = ?", [(i,) for i in touched])
        connection.executemany("INSERT INTO temp.quotation_text_hits VALUES (?)", [
            (quotation.id,) for quotation in quotations if _text_matches(needle, quotation.text, quotation.comment)])


# Code paths by id, read again only when the codes table changed: every page and every
# action's re-read needs them, and building the tree's paths is most of a small read's cost.
_PATHS: weakref.WeakKeyDictionary[ProjectDatabase, tuple[tuple[int, int], dict[int, str]]] = weakref.WeakKeyDictionary()


def _code_paths(db: ProjectDatabase) -> dict[int, str]:
    version = db.version("codes")
    kept = _PATHS.get(db)
    if kept is None or kept[0] != version:
        kept = _PATHS[db] = (version, {code.id: code.path for code in list_codes(db)})
    return kept[1]


def _code_ids(db: ProjectDatabase, path: str) -> list[int]:
    prefix = path + CODE_PATH_SEPARATOR
    return [code_id for code_id, code_path in _code_paths(db).items() if code_path == path or code_path.startswith(prefix)]


def _where(db: ProjectDatabase, query: QuotationQuery) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if query.code_path:
        code_ids = _code_ids(db, query.code_path)
        clauses.append(f"q.id IN (SELECT quotation_id FROM codings WHERE code_id IN ({','.join('?' * len(code_ids)) or 'NULL'}))")
        params.extend(code_ids)
    if query.document is not None:
        clauses.append("q.document_id = (SELECT id FROM documents WHERE number = ?)")
        params.append(query.document)
    if query.group:
        clauses.append("""q.document_id IN (SELECT m.member_id FROM group_members m JOIN groups g ON g.id = m.group_id
                                             WHERE g.kind = 'document' AND g.name = ?)""")
        params.append(query.group)
    if query.code_group:
        clauses.append("""q.id IN (SELECT quotation_id FROM codings WHERE code_id IN
                           (SELECT m.member_id FROM group_members m JOIN groups g ON g.id = m.group_id
                            WHERE g.kind = 'code' AND g.name = ?))""")
        params.append(query.code_group)
    if query.coder:
        clauses.append("""(q.created_by = (SELECT id FROM coders WHERE name = ?) OR q.id IN
                           (SELECT quotation_id FROM codings WHERE coder_id = (SELECT id FROM coders WHERE name = ?)))""")
        params.extend([query.coder, query.coder])
    if query.text:
        clauses.append("q.id IN (SELECT id FROM temp.quotation_text_hits)")
    return clauses, params


def count_quotations(db: ProjectDatabase, query: QuotationQuery | None = None) -> int:
    """How many quotations the query shows (all of the project's without one)."""
    query = query or QuotationQuery()
    if query == QuotationQuery(order=query.order, descending=query.descending) and has_code_tallies(db):
        return int(db.scalar("SELECT quotations FROM quotation_tally"))  # kept by the file's triggers
    if query.code_path and query == QuotationQuery(code_path=query.code_path, order=query.order,
                                                   descending=query.descending):
        # A code alone (a click in the code tree): its groundedness with sub-codes, which the
        # file keeps (``tally_schema``); in a file without it, the codings' index holds the
        # answer, three times faster than probing every quotation it names.
        code_ids = _code_ids(db, query.code_path)
        code_id = next((found for found, path in _code_paths(db).items() if path == query.code_path), None)
        if code_id is not None and has_code_tallies(db):
            return int(db.scalar("SELECT quotations FROM code_tallies WHERE code_id = ?", [code_id]) or 0)
        return int(db.scalar(f"SELECT count(DISTINCT quotation_id) FROM codings WHERE code_id IN "
                             f"({','.join('?' * len(code_ids)) or 'NULL'})", code_ids))
    clauses, params = _where(db, query)
    sql = "SELECT count(*) FROM quotations q" + (" WHERE " + " AND ".join(clauses) if clauses else "")
    return int(db.scalar(sql, params))


def quotation_page(db: ProjectDatabase, query: QuotationQuery, *, after: tuple | None, limit: int) -> list[Quotation]:
    """Up to ``limit`` quotations in the query's order, after the row whose sort key is ``after``."""
    clauses, params = _where(db, query)
    columns = ORDERS[query.order][0]
    if after is not None:
        clauses.append(f"({', '.join(columns)}) {'<' if query.descending else '>'} ({', '.join('?' * len(after))})")
        params.extend(after)
    direction = " DESC" if query.descending else ""
    sql = _SELECT + (" WHERE " + " AND ".join(clauses) if clauses else "")
    sql += " ORDER BY " + ", ".join(column + direction for column in columns) + " LIMIT ?"
    return _complete(db, db.rows(sql, [*params, limit]))


def matching_quotations(db: ProjectDatabase, query: QuotationQuery, quotation_ids: Iterable[int]) -> list[Quotation]:
    """Of these quotations, the ones that still exist and that the query shows, in its order."""
    wanted = sorted(set(quotation_ids))
    if not wanted:
        return []
    unfiltered = QuotationQuery(order=query.order, descending=query.descending)
    found = _complete(db, db.rows(_SELECT + f" WHERE q.id IN ({','.join('?' * len(wanted))})", wanted))
    if query.text:
        _note_text_matches(db, query, found, wanted)
    shown = set(wanted) if query == unfiltered else _shown_ids(db, query, wanted)
    return sorted((quotation for quotation in found if quotation.id in shown),
                  key=lambda quotation: sort_key(unfiltered, quotation), reverse=query.descending)


def _shown_ids(db: ProjectDatabase, query: QuotationQuery, wanted: list[int]) -> set[int]:
    clauses, params = _where(db, query)
    clauses.append(f"q.id IN ({','.join('?' * len(wanted))})")
    sql = "SELECT q.id FROM quotations q WHERE " + " AND ".join(clauses)
    return {row[0] for row in db.connection.execute(sql, [*params, *wanted])}


_SELECT = """SELECT q.id, q.guid, q.document_id, d.number AS document_number, q.number, q.start, q."end",
                    c.name AS creator, q.created_at, q.modified_at, q.comment
             FROM quotations q JOIN documents d ON d.id = q.document_id LEFT JOIN coders c ON c.id = q.created_by"""


def stream_quotations(db: ProjectDatabase, *, document_ids: Sequence[int] | None = None,
                      code_ids: Sequence[int] | None = None,
                      coder_ids: Sequence[int] | None = None) -> Iterator[Quotation]:
    """Every quotation the filters let through, as ``quotations.list_quotations`` lists them
    (document order; with ``coder_ids`` only those coders' codes and names), read one document
    at a time: memory holds one document's text and quotations, whatever the project's size."""
    documents = [row[0] for row in db.connection.execute("SELECT id FROM documents ORDER BY number")]
    if document_ids is not None:
        wanted = set(document_ids)
        documents = [document_id for document_id in documents if document_id in wanted]
    coding_clauses, params = [], []
    for column, values in (("k.code_id", code_ids), ("k.coder_id", coder_ids)):
        if values is not None:  # both named: one coding with both, as list_quotations reads them
            coding_clauses.append(f"{column} IN ({','.join('?' * len(values)) or 'NULL'})")
            params.extend(values)
    sql = _SELECT + " WHERE q.document_id = ?"
    if coding_clauses:
        sql += " AND q.id IN (SELECT k.quotation_id FROM codings k WHERE " + " AND ".join(coding_clauses) + ")"
    sql += ' ORDER BY q.start, q."end", q.number'
    for document_id in documents:
        yield from _complete(db, db.rows(sql, [document_id, *params]), coder_ids=coder_ids)


def _complete(db: ProjectDatabase, rows: list[dict[str, Any]], *,
              coder_ids: Sequence[int] | None = None) -> list[Quotation]:
    """Quotation records with their text, code paths and coders (only these coders' codings,
    when named): one read per document and one for the codings, whatever the page's size."""
    if not rows:
        return []
    ids = [row["id"] for row in rows]
    paths = _code_paths(db)
    codings: dict[int, list[tuple[str, str]]] = {}
    clause = f" AND k.coder_id IN ({','.join('?' * len(coder_ids)) or 'NULL'})" if coder_ids is not None else ""
    for quotation_id, code_id, coder in db.connection.execute(
        f"""SELECT k.quotation_id, k.code_id, c.name FROM codings k JOIN coders c ON c.id = k.coder_id
            WHERE k.quotation_id IN ({','.join('?' * len(ids))}){clause} ORDER BY k.id""",
        [*ids, *(coder_ids or ())],
    ):
        codings.setdefault(quotation_id, []).append((paths.get(code_id, "?"), coder))
    texts = _texts(db, rows)
    result = []
    for row in rows:
        pairs = codings.get(row["id"], [])
        result.append(Quotation(
            id=row["id"], guid=row["guid"], document_id=row["document_id"], document_number=row["document_number"],
            number=row["number"], start=row["start"], end=row["end"], created_by=row["creator"],
            created_at=row["created_at"], modified_at=row["modified_at"], comment=row["comment"],
            text=texts[row["id"]],
            codes=tuple(dict.fromkeys(path for path, _ in pairs)),
            coders=tuple(dict.fromkeys(coder for _, coder in pairs)),
        ))
    return result


def _texts(db: ProjectDatabase, rows: list[dict[str, Any]]) -> dict[int, str]:
    by_document: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        by_document.setdefault(row["document_id"], []).append(row)
    texts = {}
    for document_id, quotations in by_document.items():
        text = _document_text(db, document_id)
        for row in quotations:
            texts[row["id"]] = text[row["start"]:row["end"]]
    return texts


# The last few transcripts read, until the documents table is written: after each coding the
# touched quotation's text is cut from the document being coded, 60 KB read again otherwise.
_TEXTS: weakref.WeakKeyDictionary[ProjectDatabase, tuple[tuple[int, int], dict[int, str]]] = weakref.WeakKeyDictionary()
_TEXTS_KEPT = 8


def _document_text(db: ProjectDatabase, document_id: int) -> str:
    version = db.version("documents")
    kept = _TEXTS.get(db)
    if kept is None or kept[0] != version:
        kept = _TEXTS[db] = (version, {})
    texts = kept[1]
    text = texts.pop(document_id, None)
    if text is None:
        text = db.scalar("SELECT text FROM documents WHERE id = ?", [document_id]) or ""
        while len(texts) >= _TEXTS_KEPT:
            del texts[next(iter(texts))]  # the one read longest ago
    texts[document_id] = text  # last in: read most recently
    return text
