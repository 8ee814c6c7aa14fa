"""Which part of a project a report covers: coders, documents, document groups, codes, code
groups, smart codes, attributes.

One frozen ``ReportFilter`` is passed to every report, so a workbook's sheets always agree.
Kinds combine with AND; several values of one kind combine with OR (any of these groups),
except attributes, which must all match. A smart code stands for its saved query's quotations,
evaluated when the filter is resolved (so a report is always current) within the filter's
documents and coders.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from qda_app.core.errors import GroupNotFound
from qda_app.services import lookup
from qda_app.services.project import Project
from qda_app.store import codes as code_store
from qda_app.store import documents as document_store
from qda_app.store import groups as group_store


def _tuple(values: Iterable | None) -> tuple:
    if values is None:
        return ()
    if isinstance(values, (str, int)):
        return (values,)
    return tuple(values)


@dataclass(frozen=True)
class ReportFilter:
    coders: tuple[str, ...] = ()
    document_groups: tuple[str, ...] = ()
    documents: tuple[int, ...] = ()  # document numbers
    codes: tuple[str, ...] = ()  # code paths; each includes its sub-codes
    code_groups: tuple[str, ...] = ()
    smart_codes: tuple[str, ...] = ()  # names; their quotations now, any of them
    attributes: tuple[tuple[str, str], ...] = ()  # (name, value) pairs, all must match

    def __post_init__(self) -> None:
        # Accept lists and a dict of attributes from callers, keep the stored value hashable.
        for name in ("coders", "document_groups", "documents", "codes", "code_groups", "smart_codes"):
            object.__setattr__(self, name, _tuple(getattr(self, name)))
        attributes = self.attributes
        if isinstance(attributes, Mapping):
            attributes = tuple(attributes.items())
        object.__setattr__(self, "attributes", tuple((str(k), str(v)) for k, v in attributes))

    def describe(self) -> str:
        parts = []
        for name, values in (
            ("coder", self.coders), ("document group", self.document_groups),
            ("document", tuple(str(n) for n in self.documents)), ("code", self.codes),
            ("code group", self.code_groups), ("smart code", self.smart_codes),
            ("attribute", tuple(f"{k}={v}" for k, v in self.attributes)),
        ):
            if values:
                parts.append(f"{name}: {', '.join(values)}")
        return "; ".join(parts)


@dataclass(frozen=True)
class ResolvedFilter:
    """The filter as database ids; ``None`` means no restriction of that kind."""

    coder_ids: tuple[int, ...] | None = None
    document_ids: tuple[int, ...] | None = None
    code_ids: frozenset[int] | None = None
    quotation_ids: frozenset[int] | None = None  # the smart codes' quotations
    description: str = ""
    restricts_codings: bool = field(default=False)


def resolve(project: Project, report_filter: ReportFilter | None) -> ResolvedFilter:
    """Ids for a filter; unknown coders, groups, documents and codes are refused, not ignored."""
    wanted = report_filter or ReportFilter()
    db = project.database
    coder_ids = tuple(lookup.coder_ids(project, wanted.coders)) if wanted.coders else None
    document_sets: list[set[int]] = []
    if wanted.document_groups:
        groups = {group.name.casefold(): group for group in group_store.list_groups(db, "document")}
        members: set[int] = set()
        for name in wanted.document_groups:
            group = groups.get(name.strip().casefold())
            if group is None:
                raise GroupNotFound(kind="document", name=name)
            members.update(group.members)
        document_sets.append(members)
    if wanted.documents:
        document_sets.append({lookup.document(project, number).id for number in wanted.documents})
    if wanted.attributes:
        values = group_store.document_attributes(db)
        document_sets.append(
            {
                document.id
                for document in document_store.list_documents(db)
                if all(
                    values.get(document.id, {}).get(name, "").strip().casefold() == value.strip().casefold()
                    for name, value in wanted.attributes
                )
            }
        )
    document_ids = None
    if document_sets:
        document_ids = tuple(sorted(set.intersection(*document_sets)))
    code_ids = None
    if wanted.codes or wanted.code_groups:
        selected = set(lookup.code_ids(project, wanted.codes, with_descendants=True)) if wanted.codes else set()
        if wanted.code_groups:
            groups = {group.name.casefold(): group for group in group_store.list_groups(db, "code")}
            for name in wanted.code_groups:
                group = groups.get(name.strip().casefold())
                if group is None:
                    raise GroupNotFound(kind="code", name=name)
                for member in group.members:
                    selected.add(member)
                    selected.update(code_store.descendant_ids(db, member))
        code_ids = frozenset(selected)
    return ResolvedFilter(
        coder_ids=coder_ids,
        document_ids=document_ids,
        code_ids=code_ids,
        quotation_ids=_smart_code_quotations(project, wanted) if wanted.smart_codes else None,
        description=wanted.describe(),
        restricts_codings=coder_ids is not None or code_ids is not None,
    )


def query_scope(project: Project, report_filter: ReportFilter | None):  # -> queries.QueryScope
    """The filter's documents and coders as a query scope (smart codes are evaluated in it)."""
    from qda_app.services.queries import QueryScope

    wanted = report_filter or ReportFilter()
    return QueryScope.of(document_groups=wanted.document_groups, coders=wanted.coders,
                         attributes=dict(wanted.attributes), documents=wanted.documents)


def _smart_code_quotations(project: Project, wanted: ReportFilter) -> frozenset[int]:
    """The quotations of any of the smart codes now; an unknown name is refused (``SmartCodeNotFound``)."""
    from qda_app.services.queries import smart_code_result

    scope = query_scope(project, wanted)
    found: set[int] = set()
    for name in wanted.smart_codes:
        found.update(smart_code_result(project, name, scope=scope).quotation_ids)
    return frozenset(found)
