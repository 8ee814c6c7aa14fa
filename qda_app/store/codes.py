"""The code system: a tree of codes, their relations, and their counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qda_app.core.model import CODE_PATH_SEPARATOR, Code, CodeCounts, CodeRelation
from qda_app.core.numbering import name_key
from qda_app.store.database import ProjectDatabase

_ANCESTRY = """
WITH RECURSIVE ancestry(code_id, ancestor_id) AS (
    SELECT id, id FROM codes
    UNION ALL
    SELECT a.code_id, c.parent_id FROM ancestry a JOIN codes c ON c.id = a.ancestor_id
    WHERE c.parent_id IS NOT NULL
)
"""


def list_codes(db: ProjectDatabase) -> list[Code]:
    """All codes in tree order (depth first, siblings by sort order then name)."""
    rows = db.rows(
        "SELECT c.*, k.name AS creator FROM codes c LEFT JOIN coders k ON k.id = c.created_by"
    )
    children: dict[int | None, list[dict[str, Any]]] = {}
    for row in rows:
        children.setdefault(row["parent_id"], []).append(row)
    for siblings in children.values():
        siblings.sort(key=lambda row: (row["sort_order"], row["name"].casefold()))
    ordered: list[Code] = []

    def visit(parent_id: int | None, prefix: str) -> None:
        for row in children.get(parent_id, []):
            path = prefix + row["name"]
            ordered.append(
                Code(
                    id=row["id"],
                    guid=row["guid"],
                    parent_id=row["parent_id"],
                    name=row["name"],
                    path=path,
                    color=row["color"],
                    description=row["description"],
                    sort_order=row["sort_order"],
                    created_by=row["creator"],
                    created_at=row["created_at"],
                )
            )
            visit(row["id"], path + CODE_PATH_SEPARATOR)

    visit(None, "")
    return ordered


def find_child(db: ProjectDatabase, parent_id: int | None, name: str) -> int | None:
    """The sub-code of ``parent_id`` whose name equals ``name`` compared by ``name_key``."""
    # Names equal under NOCASE (ASCII case) are equal under name_key too: one index probe
    # finds the usual case, the siblings are compared in Python only when it misses.
    found = db.scalar(
        "SELECT id FROM codes WHERE ifnull(parent_id, 0) = ? AND name = ? COLLATE NOCASE",
        [parent_id or 0, name],
    )
    if found is not None:
        return found
    wanted = name_key(name)
    for row in db.connection.execute(
        "SELECT id, name FROM codes WHERE ifnull(parent_id, 0) = ? ORDER BY sort_order, id", [parent_id or 0]
    ):
        if name_key(row[1]) == wanted:
            return row[0]
    return None


def children_by_key(db: ProjectDatabase, parent_id: int | None) -> dict[str, list[int]]:
    """Sub-codes of ``parent_id`` grouped by ``name_key``, in sibling order."""
    grouped: dict[str, list[int]] = {}
    for row in db.connection.execute(
        "SELECT id, name FROM codes WHERE ifnull(parent_id, 0) = ? ORDER BY sort_order, id", [parent_id or 0]
    ):
        grouped.setdefault(name_key(row[1]), []).append(row[0])
    return grouped


def parent_ids(db: ProjectDatabase) -> list[int | None]:
    """Every code that has sub-codes, and None for the top level."""
    return [None] + [row[0] for row in db.connection.execute(
        "SELECT DISTINCT parent_id FROM codes WHERE parent_id IS NOT NULL")]


def find_code_id(db: ProjectDatabase, parts: Sequence[str]) -> int | None:
    parent: int | None = None
    for part in parts:
        parent = find_child(db, parent, part)
        if parent is None:
            return None
    return parent


def get_code_row(db: ProjectDatabase, code_id: int) -> dict[str, Any] | None:
    return db.row("SELECT * FROM codes WHERE id = ?", [code_id])


def find_by_guid(db: ProjectDatabase, guid: str) -> int | None:
    return db.scalar("SELECT id FROM codes WHERE guid = ?", [guid])


def next_sort_order(db: ProjectDatabase, parent_id: int | None) -> int:
    return int(
        db.scalar(
            "SELECT coalesce(max(sort_order), -1) + 1 FROM codes WHERE ifnull(parent_id, 0) = ?",
            [parent_id or 0],
        )
    )


def insert_code(db: ProjectDatabase, values: dict[str, Any]) -> int:
    return db.insert("codes", values)


def update_code(db: ProjectDatabase, code_id: int, values: dict[str, Any]) -> None:
    db.update("codes", code_id, values)


def descendant_ids(db: ProjectDatabase, code_id: int) -> list[int]:
    rows = db.rows(
        """WITH RECURSIVE below(id) AS (SELECT id FROM codes WHERE parent_id = ?
               UNION ALL SELECT c.id FROM codes c JOIN below b ON c.parent_id = b.id)
           SELECT id FROM below""",
        [code_id],
    )
    return [row["id"] for row in rows]


def delete_code_row(db: ProjectDatabase, code_id: int) -> None:
    """Delete one code and what hangs on it (codings, relations, marks, memberships, memo links,
    network nodes)."""
    db.delete_where("codings", "code_id = ?", [code_id])
    db.delete_where("representatives", "code_id = ?", [code_id])
    db.delete_where("code_relations", "source_code_id = ? OR target_code_id = ?", [code_id, code_id])
    db.delete_where(
        "group_members",
        "member_id = ? AND group_id IN (SELECT id FROM groups WHERE kind = 'code')",
        [code_id],
    )
    db.delete_where("memo_links", "target_type = 'code' AND target_id = ?", [code_id])
    db.delete_where("network_nodes", "kind = 'code' AND target_id = ?", [code_id])
    db.delete("codes", code_id)


def code_counts(
    db: ProjectDatabase,
    *,
    coder_ids: Sequence[int] | None = None,
    document_ids: Sequence[int] | None = None,
) -> dict[int, CodeCounts]:
    """Groundedness (own and with sub-codes, distinct quotations) and density of every code.

    Unfiltered, the figures are the ones the file's triggers keep (``tally_schema``): a read
    of one row per code. Filtered by coder or document, or in a file not yet migrated (opened
    read-only), they are counted from the codings.
    """
    if coder_ids is None and document_ids is None and has_code_tallies(db):
        return kept_code_counts(db)
    return counted_code_counts(db, coder_ids=coder_ids, document_ids=document_ids)


def has_code_tallies(db: ProjectDatabase) -> bool:
    return db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'code_tallies'") is not None


def kept_code_counts(db: ProjectDatabase) -> dict[int, CodeCounts]:
    from qda_app.store.relations import densities

    density = densities(db)
    return {
        code_id: CodeCounts(code_id=code_id, groundedness=total or 0, own_groundedness=own or 0,
                            density=density.get(code_id, 0))
        for code_id, own, total in db.connection.execute(
            "SELECT c.id, t.own_quotations, t.quotations FROM codes c LEFT JOIN code_tallies t ON t.code_id = c.id")
    }


def counted_code_counts(
    db: ProjectDatabase,
    *,
    coder_ids: Sequence[int] | None = None,
    document_ids: Sequence[int] | None = None,
) -> dict[int, CodeCounts]:
    """The figures counted from the codings themselves (filters; checking the kept ones)."""
    where, params = _coding_filter(coder_ids, document_ids)
    # Only join quotations when filtering by document; CROSS JOIN makes SQLite walk the small
    # ancestry table and probe the codings index, instead of probing the unindexed CTE.
    quotations = "JOIN quotations q ON q.id = k.quotation_id" if document_ids is not None else ""
    own = {
        row["code_id"]: row["n"]
        for row in db.rows(
            f"""SELECT k.code_id, count(DISTINCT k.quotation_id) AS n FROM codings k
                {quotations} {where} GROUP BY k.code_id""",
            params,
        )
    }
    total = {
        row["ancestor_id"]: row["n"]
        for row in db.rows(
            _ANCESTRY
            + f"""SELECT a.ancestor_id, count(DISTINCT k.quotation_id) AS n
                  FROM ancestry a CROSS JOIN codings k ON k.code_id = a.code_id
                  {quotations} {where} GROUP BY a.ancestor_id""",
            params,
        )
    }
    from qda_app.store.relations import densities  # one definition of density for every view

    density = densities(db)
    return {
        row["id"]: CodeCounts(
            code_id=row["id"],
            groundedness=total.get(row["id"], 0),
            own_groundedness=own.get(row["id"], 0),
            density=density.get(row["id"], 0),
        )
        for row in db.rows("SELECT id FROM codes")
    }


def _coding_filter(
    coder_ids: Sequence[int] | None, document_ids: Sequence[int] | None
) -> tuple[str, list[int]]:
    clauses, params = [], []
    if coder_ids is not None:
        clauses.append(f"k.coder_id IN ({','.join('?' * len(coder_ids)) or 'NULL'})")
        params.extend(coder_ids)
    if document_ids is not None:
        clauses.append(f"q.document_id IN ({','.join('?' * len(document_ids)) or 'NULL'})")
        params.extend(document_ids)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_relations(db: ProjectDatabase) -> list[CodeRelation]:
    """Every code-code relation (``store.relations`` holds the rest of that aggregate)."""
    from qda_app.store.relations import list_code_relations

    return list_code_relations(db)


def top_level_count(db: ProjectDatabase) -> int:
    return int(db.scalar("SELECT count(*) FROM codes WHERE parent_id IS NULL"))


def sibling_ids(db: ProjectDatabase, parent_id: int | None, *, excluding: int) -> list[int]:
    return [
        row["id"]
        for row in db.rows(
            "SELECT id FROM codes WHERE ifnull(parent_id, 0) = ? AND id != ? ORDER BY sort_order, name",
            [parent_id or 0, excluding],
        )
    ]


def count_codings(db: ProjectDatabase, code_ids: Sequence[int]) -> int:
    marks = ",".join("?" * len(code_ids)) or "NULL"
    return int(db.scalar(f"SELECT count(*) FROM codings WHERE code_id IN ({marks})", list(code_ids)))


def reassign_code(db: ProjectDatabase, *, source_id: int, target_id: int) -> None:
    """Move everything hanging on ``source_id`` to ``target_id`` without duplicates."""
    from qda_app.core.errors import DuplicateName

    for coding in db.rows("SELECT id, quotation_id, coder_id FROM codings WHERE code_id = ?", [source_id]):
        duplicate = db.scalar(
            "SELECT id FROM codings WHERE quotation_id = ? AND code_id = ? AND coder_id = ?",
            [coding["quotation_id"], target_id, coding["coder_id"]],
        )
        if duplicate is None:
            db.update("codings", coding["id"], {"code_id": target_id})
        else:
            db.delete("codings", coding["id"])
    for mark in db.rows("SELECT id, quotation_id FROM representatives WHERE code_id = ?", [source_id]):
        if db.scalar(
            "SELECT 1 FROM representatives WHERE code_id = ? AND quotation_id = ?", [target_id, mark["quotation_id"]]
        ):
            db.delete("representatives", mark["id"])
        else:
            db.update("representatives", mark["id"], {"code_id": target_id})
    for child in db.rows("SELECT id, name FROM codes WHERE parent_id = ?", [source_id]):
        if find_child(db, target_id, child["name"]) is not None:
            raise DuplicateName(kind="code", name=child["name"])
        update_code(db, child["id"], {"parent_id": target_id})
    for relation in db.rows(
        "SELECT id, source_code_id, target_code_id FROM code_relations WHERE source_code_id = ? OR target_code_id = ?",
        [source_id, source_id],
    ):
        ends = {
            key: target_id if relation[key] == source_id else relation[key]
            for key in ("source_code_id", "target_code_id")
        }
        if ends["source_code_id"] == ends["target_code_id"] or db.scalar(
            """SELECT 1 FROM code_relations WHERE source_code_id = ? AND target_code_id = ?
               AND type_id = (SELECT type_id FROM code_relations WHERE id = ?)""",
            [ends["source_code_id"], ends["target_code_id"], relation["id"]],
        ):
            db.delete("code_relations", relation["id"])
        else:
            db.update("code_relations", relation["id"], ends)
    for link in db.rows("SELECT id FROM memo_links WHERE target_type = 'code' AND target_id = ?", [source_id]):
        db.update("memo_links", link["id"], {"target_id": target_id})
    for group in db.rows(
        """SELECT m.group_id FROM group_members m JOIN groups g ON g.id = m.group_id
           WHERE g.kind = 'code' AND m.member_id = ?""",
        [source_id],
    ):
        if not db.scalar(
            "SELECT 1 FROM group_members WHERE group_id = ? AND member_id = ?", [group["group_id"], target_id]
        ):
            db.insert("group_members", {"group_id": group["group_id"], "member_id": target_id})
