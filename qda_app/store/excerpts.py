"""Excerpts: the part of a quotation that a published table prints."""

from __future__ import annotations

from qda_app.store.database import ProjectDatabase, utc_now


def get_excerpt(db: ProjectDatabase, quotation_id: int) -> str | None:
    return db.scalar("SELECT text FROM quotation_excerpts WHERE quotation_id = ?", [quotation_id])


def all_excerpts(db: ProjectDatabase) -> dict[int, str]:
    return {row["quotation_id"]: row["text"] for row in db.rows("SELECT quotation_id, text FROM quotation_excerpts")}


def set_excerpt(db: ProjectDatabase, quotation_id: int, text: str | None) -> None:
    """Store ``text`` as the quotation's excerpt; None removes it (the whole text is printed)."""
    row_id = db.scalar("SELECT id FROM quotation_excerpts WHERE quotation_id = ?", [quotation_id])
    if text is None:
        if row_id is not None:
            db.delete("quotation_excerpts", row_id)
    elif row_id is None:
        db.insert("quotation_excerpts", {"quotation_id": quotation_id, "text": text, "modified_at": utc_now()})
    else:
        db.update("quotation_excerpts", row_id, {"text": text, "modified_at": utc_now()})
