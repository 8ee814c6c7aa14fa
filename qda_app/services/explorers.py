"""The quotations behind a cell of the co-occurrence and code-document explorers.

The tables themselves are the report DataFrames (``reports.tables.cooccurrence_table`` and
``code_document_table``), so a number on screen is the number in the workbook; a click on a
cell asks here for the quotations behind it, through the query language:

- co-occurrence of A and B: ``("A" CO-OCCURS "B") OR ("B" CO-OCCURS "A")``, the quotations of
  either code that share characters with (or are) a quotation of the other in the same
  document. The table counts *pairs* of such quotations, so two overlapping quotations are one
  pair and two quotations here.
- code-document: ``"A"`` within that document (or document group), i.e. the quotations the
  cell counts.

Scopes come from the explorer's filter (``scope_of_report_filter``). When the filter names smart
codes, each operand is restricted to their quotations (``"A" AND ("S1" OR "S2")``), as the table
counts only those.
"""

from __future__ import annotations

from collections.abc import Sequence

from qda_app.core.query import And, Expression, Operand, Or, Proximity, format_query
from qda_app.services.project import Project
from qda_app.services.queries import QueryResult, QueryScope, run_query
from qda_app.services.reports.filters import ReportFilter


def scope_of_report_filter(report_filter: ReportFilter | None) -> QueryScope:
    """The query scope matching a report filter's documents, groups, attributes and coders (its
    code and code-group choices pick rows, not quotations)."""
    if report_filter is None:
        return QueryScope()
    return QueryScope.of(document_groups=report_filter.document_groups, coders=report_filter.coders,
                         attributes=dict(report_filter.attributes), documents=report_filter.documents)


def within_smart_codes(expression: Expression, smart_codes: Sequence[str] = ()) -> Expression:
    """``expression`` limited to the quotations of any of ``smart_codes`` (none: as it is)."""
    if not smart_codes:
        return expression
    names = tuple(Operand(name) for name in smart_codes)
    return And((expression, names[0] if len(names) == 1 else Or(names)))


def cooccurrence_quotations(project: Project, *, code_a: str, code_b: str, scope: QueryScope = QueryScope(),
                            smart_codes: Sequence[str] = ()) -> QueryResult:
    """The quotations behind the co-occurrence cell of two code paths."""
    a, b = within_smart_codes(Operand(code_a), smart_codes), within_smart_codes(Operand(code_b), smart_codes)
    return run_query(project, Or((Proximity("CO-OCCURS", a, b), Proximity("CO-OCCURS", b, a))), scope=scope)


def code_document_quotations(project: Project, *, code: str, document: int | None = None,
                             document_group: str | None = None, scope: QueryScope = QueryScope(),
                             smart_codes: Sequence[str] = ()) -> QueryResult:
    """The quotations behind a code-document cell: the code (with its sub-codes) in one document
    (by number) or one document group (which replaces the scope's groups), within ``scope``."""
    cell = QueryScope.of(documents=[document] if document is not None else (),
                         document_groups=[document_group] if document_group else ())
    merged = QueryScope(
        document_groups=cell.document_groups or scope.document_groups, coders=scope.coders,
        attributes=scope.attributes, documents=cell.documents or scope.documents)
    if cell.documents and scope.documents and document not in scope.documents:
        return QueryResult(text=format_query(Operand(code)), expression=Operand(code), scope=merged,
                           quotation_ids=())  # a column outside the filter holds nothing
    return run_query(project, within_smart_codes(Operand(code), smart_codes), scope=merged)
