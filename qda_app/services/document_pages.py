"""The document list's reads: counts, pages and positions, filtered in SQL."""

from __future__ import annotations

from qda_app.core.model import Document
from qda_app.services.project import Project
from qda_app.store import document_pages as pages_store
from qda_app.store import documents as document_store
from qda_app.store.document_pages import DocumentQuery, DocumentRow

__all__ = ["DocumentPages", "DocumentQuery", "DocumentRow", "document_by_id", "document_names"]


class DocumentPages:
    """Reads one project's document list for a query, a page at a time."""

    def __init__(self, project: Project) -> None:
        self.project = project

    def count(self, query: DocumentQuery | None = None) -> int:
        return pages_store.count_documents(self.project.database, query)

    def page(self, query: DocumentQuery, *, offset: int, limit: int) -> list[DocumentRow]:
        return pages_store.document_page(self.project.database, query, offset=offset, limit=limit)

    def position(self, query: DocumentQuery, number: int) -> int | None:
        return pages_store.position_of(self.project.database, query, number)


def document_names(project: Project) -> list[tuple[int, str]]:
    """(number, name) of every document, in number order."""
    return pages_store.document_names(project.database)


def document_by_id(project: Project, document_id: int) -> Document | None:
    return document_store.get_document_by_id(project.database, document_id)
