"""The quotation manager's reads: counts, pages and an action's touched rows, filtered in SQL."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from qda_app.core.model import Quotation
from qda_app.services import lookup
from qda_app.services.project import Project
from qda_app.store import quotation_pages as pages_store
from qda_app.store.quotation_pages import QuotationQuery, sort_key

__all__ = ["QuotationPages", "QuotationQuery", "sort_key", "stream_quotations"]


def stream_quotations(project: Project, *, codes: Sequence[str] | None = None, coders: Sequence[str] | None = None,
                      documents: Sequence[int] | None = None, with_subcodes: bool = False) -> Iterator[Quotation]:
    """What ``coding.list_quotations`` returns, one document's quotations at a time (memory
    flat in the project's size); unknown names are refused before the first row."""
    code_ids = lookup.code_ids(project, codes, with_descendants=with_subcodes) if codes else None
    coder_ids = lookup.coder_ids(project, coders) if coders else None
    document_ids = [lookup.document(project, number).id for number in documents] if documents else None
    return pages_store.stream_quotations(project.database, document_ids=document_ids, code_ids=code_ids,
                                         coder_ids=coder_ids)


class QuotationPages:
    """Reads one project's quotations for a query, a page at a time."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._text: str | None = None  # the text whose matches the store keeps

    def prepare(self, query: QuotationQuery, *, fresh: bool = False) -> None:
        """Find the text filter's matches once (again when ``fresh``: the texts may have changed)."""
        if query.text and (fresh or query.text != self._text):
            pages_store.find_text(self.project.database, query.text)
            self._text = query.text

    def count(self, query: QuotationQuery | None = None) -> int:
        if query is not None:
            self.prepare(query)
        return pages_store.count_quotations(self.project.database, query)

    def page(self, query: QuotationQuery, *, after: tuple | None, limit: int) -> list[Quotation]:
        self.prepare(query)
        return pages_store.quotation_page(self.project.database, query, after=after, limit=limit)

    def matching(self, query: QuotationQuery, quotation_ids: Iterable[int]) -> list[Quotation]:
        self.prepare(query)
        return pages_store.matching_quotations(self.project.database, query, quotation_ids)

    def get(self, quotation_id: int) -> Quotation | None:
        found = pages_store.matching_quotations(self.project.database, QuotationQuery(), [quotation_id])
        return found[0] if found else None
