"""Running code queries and keeping them as smart codes.

``run_query(project, '"A" ENCLOSES "B"', scope=QueryScope(document_groups=("Urban",)))``
parses the text (``core.query``), reads the quotations in scope and the codings behind each
operand, and evaluates over plain spans (``core.query_eval``; the exact semantics are written
there and in the user guide). An operand is, looked up in this order: a code path, standing
for the quotations coded with that code or any code below it (as groundedness counts them);
the name of a smart code, standing for its saved query's result; the name of a code group,
standing for the quotations coded with any of its codes (or below them). The scope limits the quotations to documents in
any of the document groups and with all the attribute values, and counts only codings by the
given coders.

Smart codes store the expression and scope, never the result: they stay up to date.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from qda_app.core.errors import DuplicateName, QueryCycle, QueryOperandNotFound, SmartCodeNotFound
from qda_app.core.model import Quotation, SmartCode
from qda_app.core.numbering import check_name, split_code_path
from qda_app.core.query import Expression, format_query, operand_names, parse_query
from qda_app.core.query_eval import SpanIndex, evaluate_mask
from qda_app.services import lookup
from qda_app.services.command_names import command_name
from qda_app.services.project import Project
from qda_app.store import codes as code_store
from qda_app.store import groups as group_store
from qda_app.store import query_spans
from qda_app.store import quotations as quotation_store
from qda_app.store import smart_codes as smart_code_store
from qda_app.store.database import new_guid, utc_now


@dataclass(frozen=True)
class QueryScope:
    """Which quotations a query looks at. Empty fields: no restriction."""

    document_groups: tuple[str, ...] = ()
    coders: tuple[str, ...] = ()
    attributes: tuple[tuple[str, str], ...] = ()  # (attribute, value) pairs, all required
    documents: tuple[int, ...] = ()  # document numbers (an explorer's column, a report filter)

    @classmethod
    def of(cls, *, document_groups: Sequence[str] = (), coders: Sequence[str] = (),
           attributes: Mapping[str, str] | None = None, documents: Sequence[int] = ()) -> QueryScope:
        return cls(tuple(document_groups), tuple(coders), tuple(sorted((attributes or {}).items())),
                   tuple(int(number) for number in documents))

    @property
    def limits_documents(self) -> bool:
        return bool(self.document_groups or self.attributes or self.documents)

    def to_json(self) -> str:
        data: dict[str, object] = {"document_groups": list(self.document_groups), "coders": list(self.coders),
                                   "attributes": dict(self.attributes)}
        if self.documents:
            data["documents"] = list(self.documents)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> QueryScope:
        data = json.loads(text or "{}")
        return cls.of(document_groups=data.get("document_groups", ()), coders=data.get("coders", ()),
                      attributes=data.get("attributes") or {}, documents=data.get("documents", ()))


@dataclass(frozen=True)
class QueryResult:
    text: str  # the query as written canonically (format_query)
    expression: Expression
    scope: QueryScope
    quotation_ids: tuple[int, ...]  # in document order
    smart_codes: tuple[str, ...] = field(default=())  # smart codes the query used, directly or not


def run_query(project: Project, query: str | Expression, *, scope: QueryScope = QueryScope()) -> QueryResult:
    """Evaluate a query. Raises ``QuerySyntaxError`` (line, column), ``QueryOperandNotFound``,
    ``QueryCycle``, ``GroupNotFound`` or ``CoderNotFound``."""
    expression = parse_query(query) if isinstance(query, str) else query
    runner = _Runner(project)
    mask = runner.evaluate_mask(expression, (scope,), ())
    ordered = tuple(runner.index((scope,)).ids[mask].tolist())  # by document, start, end
    return QueryResult(text=format_query(expression), expression=expression, scope=scope,
                       quotation_ids=ordered, smart_codes=tuple(runner.used))


def query_quotations(project: Project, result: QueryResult) -> list[Quotation]:
    """The quotations of a result, in document order, with their codes (as ``quotes`` lists them)."""
    if not result.quotation_ids:
        return []
    where = quotation_store.QuotationFilter(quotation_ids=list(result.quotation_ids))
    return quotation_store.list_quotations(project.database, where)


class _Runner:
    """One evaluation: scopes are nested when a smart code (with its own scope) is an operand,
    and every scope in force restricts the documents and the coders."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.db = project.database
        self.codes = {code.path.casefold(): code.id for code in code_store.list_codes(self.db)}
        self._indexes: dict[tuple[QueryScope, ...], SpanIndex] = {}
        self.used: list[str] = []

    def documents(self, scopes: tuple[QueryScope, ...]) -> set[int] | None:
        """The documents every scope in force allows (None: all of them)."""
        documents: set[int] | None = None
        for scope in scopes:
            if scope.limits_documents:
                group_ids = [lookup.group_id(self.project, "document", name) for name in scope.document_groups] \
                    if scope.document_groups else None
                found = query_spans.documents_in_scope(self.db, group_ids=group_ids,
                                                       attributes=dict(scope.attributes))
                if scope.documents:
                    found &= {lookup.document(self.project, number).id for number in scope.documents}
                documents = found if documents is None else documents & found
        return documents

    def index(self, scopes: tuple[QueryScope, ...]) -> SpanIndex:
        if scopes not in self._indexes:
            unscoped = not any(scope.limits_documents for scope in scopes)
            # The whole project's index is kept until a quotation changes (queries in a row).
            kept = self.project.cache("query span index", "quotations") if unscoped else {}
            if "index" not in kept:
                kept["index"] = SpanIndex.from_rows(query_spans.quotation_spans(self.db, self.documents(scopes)))
            self._indexes[scopes] = kept["index"]
        return self._indexes[scopes]

    def coder_ids(self, scopes: tuple[QueryScope, ...]) -> set[int] | None:
        allowed: set[int] | None = None
        for scope in scopes:
            if scope.coders:
                ids = set(lookup.coder_ids(self.project, scope.coders))
                allowed = ids if allowed is None else allowed & ids
        return allowed

    def evaluate(self, expression: Expression, scopes: tuple[QueryScope, ...], stack: tuple[str, ...]) -> frozenset[int]:
        return self.index(scopes).quotation_ids(self.evaluate_mask(expression, scopes, stack))

    def evaluate_mask(self, expression: Expression, scopes: tuple[QueryScope, ...], stack: tuple[str, ...]):  # type: ignore[no-untyped-def]
        coder_ids = self.coder_ids(scopes)

        def operand(name: str) -> set[int] | frozenset[int]:
            code_id = self.codes.get("::".join(split_code_path(name)).casefold()) if name.strip() else None
            if code_id is not None:
                ids = [code_id, *code_store.descendant_ids(self.db, code_id)]
                return query_spans.coded_quotations(self.db, ids, coder_ids)
            smart = smart_code_store.find_smart_code(self.db, name)
            if smart is None:
                group_id = group_store.find_group(self.db, "code", name)
                if group_id is None:
                    raise QueryOperandNotFound(name=name)
                members = next(group.members for group in group_store.list_groups(self.db, "code")
                               if group.id == group_id)
                ids = {below for member in members
                       for below in (member, *code_store.descendant_ids(self.db, member))}
                return query_spans.coded_quotations(self.db, ids, coder_ids)
            if smart.name.casefold() in (item.casefold() for item in stack):
                raise QueryCycle(name=smart.name, path=" -> ".join([*stack, smart.name]))
            if smart.name not in self.used:
                self.used.append(smart.name)
            own = QueryScope.from_json(smart.scope)
            inner = scopes if own == QueryScope() or own in scopes else (*scopes, own)
            return self.evaluate(parse_query(smart.expression), inner, (*stack, smart.name))

        return evaluate_mask(expression, self.index(scopes), operand)


# --- smart codes -------------------------------------------------------------------------------

def list_smart_codes(project: Project) -> list[SmartCode]:
    return smart_code_store.list_smart_codes(project.database)


def smart_code(project: Project, name: str) -> SmartCode:
    found = smart_code_store.find_smart_code(project.database, name)
    if found is None:
        raise SmartCodeNotFound(name=name)
    return found


def save_smart_code(project: Project, *, name: str, query: str, scope: QueryScope = QueryScope(),
                    description: str = "") -> SmartCode:
    """Save a query as a smart code (one command), or replace the query of the smart code of
    that name. The query is checked first (syntax, operands, no smart code referring to
    itself); a name that is also a code path is refused, since operands would be ambiguous."""
    clean = check_name(name, kind="smart code")
    if "::".join(split_code_path(clean)).casefold() in {c.path.casefold() for c in code_store.list_codes(project.database)}:
        raise DuplicateName(kind="code", name=clean)
    expression = parse_query(query)
    if clean.casefold() in (item.casefold() for item in operand_names(expression)):
        raise QueryCycle(name=clean, path=f"{clean} -> {clean}")
    runner = _Runner(project)
    runner.evaluate(expression, (scope,), (clean,))  # refuses unknown operands and cycles
    text = format_query(expression)
    existing = smart_code_store.find_smart_code(project.database, clean)
    now = utc_now()

    def action() -> int:
        if existing is not None:
            smart_code_store.update_smart_code(project.database, existing.id, {
                "expression": text, "scope": scope.to_json(), "description": description or existing.description,
                "modified_at": now})
            return existing.id
        return smart_code_store.insert_smart_code(project.database, {
            "guid": new_guid(), "name": clean, "expression": text, "scope": scope.to_json(),
            "description": description, "created_by": project.coder_id(), "created_at": now, "modified_at": now})

    project.execute(command_name("save_smart_code", name=clean), action)
    return smart_code(project, clean)


def rename_smart_code(project: Project, *, name: str, new_name: str) -> SmartCode:
    """Rename a smart code; other smart codes that use it are rewritten to the new name."""
    found = smart_code(project, name)
    clean = check_name(new_name, kind="smart code")
    other = smart_code_store.find_smart_code(project.database, clean)
    if other is not None and other.id != found.id:
        raise DuplicateName(kind="smart code", name=clean)
    users = [(item, _renamed(item.expression, found.name, clean)) for item in list_smart_codes(project)
             if item.id != found.id and found.name.casefold() in (n.casefold() for n in operand_names(parse_query(item.expression)))]

    def action() -> None:
        smart_code_store.update_smart_code(project.database, found.id, {"name": clean, "modified_at": utc_now()})
        for item, text in users:
            smart_code_store.update_smart_code(project.database, item.id, {"expression": text})

    project.execute(command_name("rename_smart_code", name=found.name), action)
    return smart_code(project, clean)


def _renamed(text: str, old: str, new: str) -> str:
    from qda_app.core.query import rename_operand

    return format_query(rename_operand(parse_query(text), old, new))


def delete_smart_code(project: Project, *, name: str) -> None:
    """Delete a smart code. Refused while another smart code uses it (``QueryOperandNotFound``
    would follow); delete or change that one first."""
    found = smart_code(project, name)
    for item in list_smart_codes(project):
        if item.id != found.id and found.name.casefold() in (n.casefold() for n in operand_names(parse_query(item.expression))):
            from qda_app.core.errors import InvalidArgument

            raise InvalidArgument(name="smart code", reason="smart_code_in_use", smart_code=found.name, used_by=item.name)
    project.execute(command_name("delete_smart_code", name=found.name),
                    lambda: smart_code_store.delete_smart_code_row(project.database, found.id))


def smart_code_result(project: Project, name: str, *, scope: QueryScope = QueryScope()) -> QueryResult:
    """The quotations of a smart code now (within ``scope`` as well as its own)."""
    found = smart_code(project, name)
    return run_query(project, parse_query(f'"{_escape(found.name)}"'), scope=scope)


def _escape(name: str) -> str:
    return name.replace("\\", "\\\\").replace('"', '\\"')
