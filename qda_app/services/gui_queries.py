"""Reading queries (and one batch action) the coding workbench needs; no Qt here.

The viewer redraws highlights and margin brackets for thousands of quotations, so it asks
for lean records (no quotation text, no code paths) and, after an action, only for the
quotations that action touched (``touched_quotations`` reads them off the CommandRecord).

Only store functions are used (SQL stays in store/); the marks come from the lean
``store.viewer_queries.list_marks`` (no quotation text, codings of the wanted quotations only).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from qda_app.core.model import Group
from qda_app.core.numbering import split_code_path
from qda_app.core.spans import check_span
from qda_app.services import lookup
from qda_app.services.codes import ensure_code_path
from qda_app.services.coding import add_coding, insert_quotation
from qda_app.services.command_names import command_name
from qda_app.services.commands import CommandRecord
from qda_app.services.project import Project
from qda_app.store import coders as coder_store
from qda_app.store import documents as document_store
from qda_app.store import groups as group_store
from qda_app.store import quotations as quotation_store
from qda_app.store import viewer_queries as viewer_store
from qda_app.store.viewer_queries import QuotationMark


@dataclass(frozen=True)
class SearchHit:
    """One match of a text search, in code points, with its keyword-in-context."""

    document_number: int
    document_name: str
    start: int
    end: int
    before: str
    match: str
    after: str


def document_marks(project: Project, *, document: int) -> list[QuotationMark]:
    """Every quotation of one document, sorted by start (one lean read, no quotation text)."""
    return viewer_store.list_marks(project.database, document_id=lookup.document(project, document).id)


def quotation_marks(project: Project, *, quotation_ids: Iterable[int]) -> list[QuotationMark]:
    """The named quotations that still exist (an undone creation simply is not returned)."""
    wanted = sorted(set(quotation_ids))
    if not wanted:
        return []
    return viewer_store.list_marks(project.database, quotation_ids=wanted)


def touched_quotations(record: CommandRecord | None) -> set[int] | None:
    """Quotation ids an action created, changed or removed; None when it cannot tell."""
    if record is None:
        return None
    touched: set[int] = set()
    for change in record.changes.changes:
        if change.table == "quotations":
            touched.add(change.row_id)
        elif change.table in ("codings", "representatives"):
            for image in (change.before, change.after):
                if image and image.get("quotation_id") is not None:
                    touched.add(int(image["quotation_id"]))
        elif change.table == "documents" and _only_counter(change.before, change.after):
            continue  # a new quotation took the document's next number; nothing shown moved
        elif change.table in ("documents", "codes", "coders"):
            return None  # numbers, colours or names shown on every mark may have moved
    return touched


def touched_documents(record: CommandRecord | None) -> set[int] | None:
    """Ids of the documents whose quotations an action created or removed (their counts moved);
    None when it cannot tell."""
    if record is None:
        return None
    return {int(image["document_id"]) for change in record.changes.changes if change.table == "quotations"
            for image in (change.before, change.after) if image and image.get("document_id") is not None}


def quotation_counts(project: Project, *, document_ids: Iterable[int]) -> dict[int, int]:
    """Document id -> how many quotations it has, for these documents only."""
    return document_store.quotation_counts(project.database, sorted(set(document_ids)))


COUNT_LIMIT = 500  # codings an action may touch before a full recount is the cheaper way
_COUNTED_COLUMNS = {"quotation_id", "code_id"}


def groundedness_changes(
    project: Project, *, record: CommandRecord | None, kind: str, parents: Mapping[int, int | None],
) -> dict[int, tuple[int, int]] | None:
    """Per code, how an action (or its undo or redo) changed (groundedness, own groundedness).

    Groundedness counts distinct quotations, so a coding only counts when its quotation had
    no other coding of the code (of the code's subtree, for the total). The touched
    quotations' codings after the action are read back; before the action they were those
    minus the action's inserts plus its deletes. ``parents`` maps every code id to its parent.
    None when unsure (codes or relations changed, a large action): recount everything then.
    """
    if record is None or kind not in ("do", "undo", "redo"):
        return None
    codings = []
    for change in record.changes.changes:
        if change.table in ("codes", "code_relations"):
            return None
        if change.table != "codings":
            continue
        if change.is_update:
            if _COUNTED_COLUMNS & (set(change.before or {}) | set(change.after or {})):
                return None  # a coding moved to another code or quotation: not worth the care
            continue
        codings.append(change)
    if len(codings) > COUNT_LIMIT:
        return None
    if not codings:
        return {}
    # Walk back from the state now to the state before: an undo went from after to before.
    steps = [(change.row_id, change.after if kind == "undo" else change.before) for change in
             (codings if kind == "undo" else reversed(codings))]
    quotation_ids = {int(image["quotation_id"]) for change in codings
                     for image in (change.before, change.after) if image}
    now = {link.id: (link.quotation_id, link.code_id)
           for link in viewer_store.codings_of_quotations(project.database, sorted(quotation_ids))}
    then = dict(now)
    for row_id, image in steps:
        if image is None:
            then.pop(row_id, None)
        else:
            then[row_id] = (int(image["quotation_id"]), int(image["code_id"]))
    if any(code_id not in parents for _, code_id in (*now.values(), *then.values())):
        return None
    lineage: dict[int, tuple[int, ...]] = {}

    def with_ancestors(code_id: int) -> tuple[int, ...]:
        found = lineage.get(code_id)
        if found is None:
            chain, current = [], code_id
            while current is not None and current not in chain:
                chain.append(current)
                current = parents.get(current)
            found = lineage[code_id] = tuple(chain)
        return found

    codes_now, codes_then = _codes_by_quotation(now.values()), _codes_by_quotation(then.values())
    deltas: dict[int, list[int]] = {}
    for quotation_id in quotation_ids:
        own_now, own_then = codes_now.get(quotation_id, set()), codes_then.get(quotation_id, set())
        if own_now == own_then:
            continue
        total_now = {a for code_id in own_now for a in with_ancestors(code_id)}
        total_then = {a for code_id in own_then for a in with_ancestors(code_id)}
        for code_id in total_now ^ total_then:
            deltas.setdefault(code_id, [0, 0])[0] += 1 if code_id in total_now else -1
        for code_id in own_now ^ own_then:
            deltas.setdefault(code_id, [0, 0])[1] += 1 if code_id in own_now else -1
    return {code_id: (total, own) for code_id, (total, own) in deltas.items() if total or own}


def _codes_by_quotation(pairs: Iterable[tuple[int, int]]) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    for quotation_id, code_id in pairs:
        found.setdefault(quotation_id, set()).add(code_id)
    return found


def _only_counter(before: dict | None, after: dict | None) -> bool:
    if before is None or after is None:
        return False
    changed = {key for key in after if before.get(key) != after.get(key)}
    return changed <= {"next_quotation_number"}


def notice_tables(record: CommandRecord | None, tables: frozenset[str]) -> set[str]:
    """The tables whose shown content changed (a bumped quotation counter does not count)."""
    if record is None:
        return set(tables)
    shown = set(tables)
    if "documents" in shown and all(
        _only_counter(change.before, change.after)
        for change in record.changes.changes
        if change.table == "documents"
    ):
        shown.discard("documents")
    return shown


def document_text(project: Project, *, document: int) -> str:
    return document_store.get_text(project.database, lookup.document(project, document).id)


def coder_names(project: Project) -> list[str]:
    return [coder.name for coder in coder_store.list_coders(project.database)]


def document_groups(project: Project) -> list[Group]:
    return group_store.list_groups(project.database, "document")


def attribute_names(project: Project) -> list[str]:
    return group_store.list_attribute_names(project.database)


def representative_pairs(project: Project) -> set[tuple[int, int]]:
    """(code id, quotation id) of every representative mark."""
    return set(quotation_store.list_representatives(project.database))


def search_documents(
    project: Project,
    *,
    pattern: str,
    documents: Sequence[int] | None = None,
    case_sensitive: bool = False,
    whole_words: bool = False,
    context: int = 40,
    limit: int = 5000,
) -> list[SearchHit]:
    """Plain-text search (not a regular expression: researchers type words) with KWIC context."""
    if not pattern.strip():
        return []
    expression = re.escape(pattern)
    if whole_words:
        expression = rf"\b{expression}\b"
    compiled = re.compile(expression, 0 if case_sensitive else re.IGNORECASE)
    hits: list[SearchHit] = []
    for found in document_store.list_documents(project.database):
        if documents is not None and found.number not in documents:
            continue
        text = document_store.get_text(project.database, found.id)
        for match in compiled.finditer(text):
            start, end = match.span()
            hits.append(
                SearchHit(
                    document_number=found.number, document_name=found.name, start=start, end=end,
                    before=text[max(0, start - context) : start].replace("\n", " "),
                    match=match.group(0),
                    after=text[end : end + context].replace("\n", " "),
                )
            )
            if len(hits) >= limit:
                return hits
    return hits


def code_spans(
    project: Project, *, spans: Sequence[tuple[int, int, int]], codes: Sequence[str]
) -> int:
    """Auto-coding: code many ``(document, start, end)`` spans as ONE undoable action.

    Same rules as ``coding.code_span`` for each span (the coder's quotation on an identical
    span is reused). Returns the number of spans coded.
    """
    paths = [path for path in codes if split_code_path(path)]
    resolved = []
    for number, start, end in spans:
        found = lookup.document(project, number)
        check_span(start=start, end=end, length=found.chars, document=number)
        resolved.append((found.id, start, end))
    db = project.database
    coder = project.coder

    def action() -> int:
        coder_id = coder_store.ensure_coder(db, coder)
        code_ids = [ensure_code_path(project, path) for path in paths]
        for document_id, start, end in resolved:
            quotation_id = quotation_store.find_same_span(
                db, document_id=document_id, start=start, end=end, coder_id=coder_id
            )
            if quotation_id is None:
                quotation_id = insert_quotation(
                    project, document_id=document_id, start=start, end=end, coder_id=coder_id
                )
            for code_id in code_ids:
                add_coding(project, quotation_id=quotation_id, code_id=code_id, coder_id=coder_id)
        return len(resolved)

    names = ", ".join(split_code_path(path)[-1] for path in paths)
    return project.execute(command_name("auto_code", count=len(resolved), codes=names), action)


def quotations_by_id(project: Project, *, quotation_ids: Iterable[int]) -> list:
    """Full quotation records (text, code paths, coders) for the quotation manager's rows."""
    wanted = sorted(set(quotation_ids))
    if not wanted:
        return []
    return quotation_store.list_quotations(
        project.database, quotation_store.QuotationFilter(quotation_ids=wanted)
    )
