"""What the query evaluator needs from the project: quotation spans and who coded what."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping

from qda_app.store.database import ProjectDatabase


def _marks(values: Collection[object]) -> str:
    return ",".join("?" * len(values)) or "NULL"


def quotation_spans(db: ProjectDatabase, document_ids: Collection[int] | None = None) -> Iterator[tuple[int, int, int, int]]:
    """(quotation id, document id, start, end) of every quotation, or of some documents', a row at a time."""
    sql = 'SELECT id, document_id, start, "end" FROM quotations'
    params: list[int] = []
    if document_ids is not None:
        sql += f" WHERE document_id IN ({_marks(document_ids)})"
        params = list(document_ids)
    return iter(db.connection.execute(sql, params))


def coded_quotations(db: ProjectDatabase, code_ids: Collection[int], coder_ids: Collection[int] | None = None) -> set[int]:
    """Ids of the quotations coded with any of ``code_ids`` (by one of ``coder_ids``, if given)."""
    if not code_ids:
        return set()
    sql = f"SELECT DISTINCT quotation_id FROM codings WHERE code_id IN ({_marks(code_ids)})"
    params = list(code_ids)
    if coder_ids is not None:
        sql += f" AND coder_id IN ({_marks(coder_ids)})"
        params += list(coder_ids)
    return {row[0] for row in db.connection.execute(sql, params)}


def documents_in_scope(db: ProjectDatabase, *, group_ids: Collection[int] | None,
                       attributes: Mapping[str, str] | None) -> set[int]:
    """Documents in any of the groups (when given) having every attribute value (when given;
    values compared without regard to case)."""
    found = {row[0] for row in db.connection.execute("SELECT id FROM documents")}
    if group_ids is not None:
        found &= {row[0] for row in db.connection.execute(
            f"SELECT member_id FROM group_members WHERE group_id IN ({_marks(group_ids)})", list(group_ids))}
    for name, value in (attributes or {}).items():
        found &= {row[0] for row in db.connection.execute(
            """SELECT v.document_id FROM document_attributes v JOIN attributes a ON a.id = v.attribute_id
               WHERE a.name = ? COLLATE NOCASE AND v.value = ? COLLATE NOCASE""", [name.strip(), value.strip()])}
    return found
