"""Pseudonymise a project before sharing: replace names in every document, quotations kept aligned.

The only operation that changes a document's stored text after import; it is one undoable
action, and the CLI applies it to a copy so the original stays intact.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from qda_app.core.errors import InvalidArgument
from qda_app.core.replace import replace_names
from qda_app.services import lookup
from qda_app.services.documents import text_digest
from qda_app.services.project import Project
from qda_app.store import documents as document_store
from qda_app.store import quotations as quotation_store
from qda_app.store.database import utc_now


@dataclass(frozen=True)
class PseudonymiseSummary:
    replacements: int
    documents_changed: int
    quotations_moved: int


def pseudonymise(
    project: Project,
    *,
    replacements: Mapping[str, str],
    documents: Sequence[int] | None = None,
    whole_words: bool = True,
) -> PseudonymiseSummary:
    if not any(name.strip() for name in replacements):
        raise InvalidArgument(name="replacements", reason="no names to replace")
    targets = (
        [lookup.document(project, number) for number in documents]
        if documents
        else document_store.list_documents(project.database)
    )
    db = project.database
    totals = {"replacements": 0, "documents": 0, "quotations": 0}

    def action() -> None:
        for document in targets:
            text = document_store.get_text(db, document.id)
            result = replace_names(text, replacements, whole_words=whole_words)
            if not result.count:
                continue
            totals["replacements"] += result.count
            totals["documents"] += 1
            for quotation_id in quotation_store.quotation_ids_of_document(db, document.id):
                row = quotation_store.get_quotation_row(db, quotation_id)
                start, end = result.map_start(row["start"]), result.map_end(row["end"])
                if (start, end) != (row["start"], row["end"]):
                    quotation_store.update_quotation(
                        db, quotation_id, {"start": start, "end": max(end, start + 1), "modified_at": utc_now()}
                    )
                    totals["quotations"] += 1
            document_store.update_document(
                db, document.id,
                {"text": result.text, "chars": len(result.text), "text_sha256": text_digest(result.text)},
            )

    project.execute(f"Pseudonymise {len(replacements)} names", action)
    return PseudonymiseSummary(totals["replacements"], totals["documents"], totals["quotations"])
