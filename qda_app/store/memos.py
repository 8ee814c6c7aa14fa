"""Memos: titled texts linked to the project, documents, codes or quotations."""

from __future__ import annotations

from typing import Any

from qda_app.core.model import Memo, MemoLink
from qda_app.store.database import ProjectDatabase


def list_memos(
    db: ProjectDatabase, *, target_type: str | None = None, target_id: int | None = None
) -> list[Memo]:
    links: dict[int, list[MemoLink]] = {}
    for row in db.rows("SELECT memo_id, target_type, target_id FROM memo_links ORDER BY id"):
        links.setdefault(row["memo_id"], []).append(MemoLink(row["target_type"], row["target_id"]))
    memos = [
        Memo(
            id=row["id"],
            guid=row["guid"],
            title=row["title"],
            text=row["text"],
            author=row["author"],
            created_at=row["created_at"],
            modified_at=row["modified_at"],
            links=tuple(links.get(row["id"], ())),
        )
        for row in db.rows(
            """SELECT m.*, c.name AS author FROM memos m LEFT JOIN coders c ON c.id = m.author_id
               ORDER BY m.created_at, m.id"""
        )
    ]
    if target_type is None:
        return memos
    return [
        memo
        for memo in memos
        if any(link.target_type == target_type and link.target_id == target_id for link in memo.links)
    ]


def get_memo(db: ProjectDatabase, memo_id: int) -> Memo | None:
    return next((memo for memo in list_memos(db) if memo.id == memo_id), None)


def insert_memo(db: ProjectDatabase, values: dict[str, Any]) -> int:
    return db.insert("memos", values)


def update_memo(db: ProjectDatabase, memo_id: int, values: dict[str, Any]) -> None:
    db.update("memos", memo_id, values)


def link_memo(db: ProjectDatabase, memo_id: int, target_type: str, target_id: int | None) -> None:
    exists = db.scalar(
        "SELECT id FROM memo_links WHERE memo_id = ? AND target_type = ? AND target_id IS ?",
        [memo_id, target_type, target_id],
    )
    if exists is None:
        db.insert("memo_links", {"memo_id": memo_id, "target_type": target_type, "target_id": target_id})


def delete_memo_row(db: ProjectDatabase, memo_id: int) -> None:
    db.delete_where("memo_links", "memo_id = ? OR (target_type = 'memo' AND target_id = ?)", [memo_id, memo_id])
    db.delete_where("network_nodes", "kind = 'memo' AND target_id = ?", [memo_id])
    db.delete("memos", memo_id)


def unlink_memo(db: ProjectDatabase, memo_id: int, target_type: str, target_id: int | None) -> bool:
    return db.delete_where("memo_links", "memo_id = ? AND target_type = ? AND target_id IS ?",
                           [memo_id, target_type, target_id]) > 0


def find_memo_by_title(db: ProjectDatabase, title: str) -> int | None:
    """The first memo (oldest) with this title."""
    return db.scalar("SELECT id FROM memos WHERE title = ? ORDER BY id", [title.strip()])
