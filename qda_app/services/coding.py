"""Use cases on quotations: create, code, uncode, resize, comment, delete, representative marks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qda_app.core.errors import DocumentNotFound
from qda_app.core.model import Quotation
from qda_app.core.numbering import split_code_path
from qda_app.core.spans import check_span
from qda_app.services import lookup
from qda_app.services.codes import code_paths_by_id, ensure_code_path
from qda_app.services.command_names import CommandName, command_name
from qda_app.services.project import Project
from qda_app.store import documents as document_store
from qda_app.store import quotations as quotation_store
from qda_app.store.database import new_guid, utc_now


def _coding_name(leaf_names: Sequence[str]) -> CommandName:
    if len(leaf_names) == 1:
        return command_name("code_quotation", code=leaf_names[0])
    return command_name("code_quotation_many", count=len(leaf_names), codes=", ".join(leaf_names))


def code_span(
    project: Project,
    *,
    document: int,
    start: int,
    end: int,
    codes: Sequence[str] = (),
    coder: str | None = None,
    comment: str | None = None,
) -> Quotation:
    """Code ``[start, end)`` of a document: the coder's quotation on that exact span is reused,
    otherwise a new one is numbered; missing codes and coders are created."""
    extents = project.cache("document extents", "documents")
    extent = extents.get(int(document))
    if extent is None:
        extent = document_store.document_extent(project.database, int(document))
        if extent is None:
            raise DocumentNotFound(number=document)
        extents[int(document)] = extent
    document_id, length = extent
    check_span(start=start, end=end, length=length, document=document)
    leaf_names = [split_code_path(path)[-1] for path in codes]  # a malformed path: refused before writing
    db = project.database
    coder_name = (coder or project.coder).strip()

    def action() -> int | _NewQuotation:
        coder_id = project.coder_id(coder_name)
        quotation_id = quotation_store.find_same_span(
            db, document_id=document_id, start=start, end=end, coder_id=coder_id
        )
        code_ids = list(dict.fromkeys(ensure_code_path(project, path) for path in codes))
        if quotation_id is not None:
            if comment is not None:
                quotation_store.update_quotation(db, quotation_id, {"comment": comment, "modified_at": utc_now()})
            for code_id in code_ids:
                add_coding(project, quotation_id=quotation_id, code_id=code_id, coder_id=coder_id)
            return quotation_id
        now = utc_now()
        new = _NewQuotation(guid=new_guid(), number=document_store.take_quotation_number(db, document_id),
                            created_at=now, code_ids=code_ids)
        new.id = quotation_store.insert_quotation(
            db,
            {"guid": new.guid, "document_id": document_id, "number": new.number, "start": start, "end": end,
             "created_by": coder_id, "created_at": now, "modified_at": now, "comment": comment or ""},
        )
        for code_id in code_ids:  # a new quotation has no codings yet: nothing to look up first
            quotation_store.insert_coding(
                db,
                {"guid": new_guid(), "quotation_id": new.id, "code_id": code_id, "coder_id": coder_id,
                 "created_at": now},
            )
        return new

    name = _coding_name(leaf_names) if codes else command_name("create_quotation")
    outcome = project.execute(name, action)
    if not isinstance(outcome, _NewQuotation):
        return _get(project, outcome)
    # Everything about a quotation made just now is known: only its text is read back.
    paths = code_paths_by_id(project) if outcome.code_ids else {}
    return Quotation(
        id=outcome.id, guid=outcome.guid, document_id=document_id, document_number=int(document),
        number=outcome.number, start=start, end=end, created_by=coder_name,
        created_at=outcome.created_at, modified_at=outcome.created_at, comment=comment or "",
        text=_document_text(project, document_id)[start:end],
        codes=tuple(paths[code_id] for code_id in outcome.code_ids),
        coders=(coder_name,) if outcome.code_ids else (),
    )


def _document_text(project: Project, document_id: int) -> str:
    """The text of the document being coded: coding goes on in one document for a while, and
    slicing a kept text is far cheaper than SQLite decoding it up to the offset each time."""
    texts = project.cache("document text", "documents")
    text = texts.get(document_id)
    if text is None:
        texts.clear()  # keep one document's text, not every text coded this session
        text = texts[document_id] = document_store.get_text(project.database, document_id)
    return text


@dataclass
class _NewQuotation:
    guid: str
    number: int
    created_at: str
    code_ids: list[int]
    id: int = 0


def insert_quotation(
    project: Project,
    *,
    document_id: int,
    start: int,
    end: int,
    coder_id: int,
    comment: str = "",
    guid: str | None = None,
    created_at: str | None = None,
) -> int:
    """A new quotation with the document's next number. Call inside an action."""
    db = project.database
    now = created_at or utc_now()
    return quotation_store.insert_quotation(
        db,
        {
            "guid": guid or new_guid(),
            "document_id": document_id,
            "number": document_store.take_quotation_number(db, document_id),
            "start": start,
            "end": end,
            "created_by": coder_id,
            "created_at": now,
            "modified_at": now,
            "comment": comment,
        },
    )


def add_coding(
    project: Project, *, quotation_id: int, code_id: int, coder_id: int, created_at: str | None = None,
    guid: str | None = None,
) -> None:
    """Link a code to a quotation for one coder, once. Call inside an action."""
    db = project.database
    if quotation_store.find_coding(db, quotation_id=quotation_id, code_id=code_id, coder_id=coder_id) is None:
        quotation_store.insert_coding(
            db,
            {
                "guid": guid or new_guid(),
                "quotation_id": quotation_id,
                "code_id": code_id,
                "coder_id": coder_id,
                "created_at": created_at or utc_now(),
            },
        )


def _get(project: Project, quotation_id: int) -> Quotation:
    found = quotation_store.get_quotation(project.database, quotation_id)
    assert found is not None
    return found


def code_quotation(
    project: Project, *, quotation: str | int, codes: Sequence[str], coder: str | None = None
) -> Quotation:
    quotation_id = lookup.quotation_id(project, quotation)
    coder_name = (coder or project.coder).strip()

    def action() -> None:
        coder_id = project.coder_id(coder_name)
        for path in codes:
            add_coding(project, quotation_id=quotation_id, code_id=ensure_code_path(project, path), coder_id=coder_id)

    project.execute(_coding_name([split_code_path(path)[-1] for path in codes]), action)
    return _get(project, quotation_id)


def uncode_quotation(
    project: Project, *, quotation: str | int, code: str, coder: str | None = None
) -> Quotation:
    """Remove a code from a quotation (only one coder's coding when ``coder`` is given)."""
    quotation_id = lookup.quotation_id(project, quotation)
    code_id = lookup.code_id(project, code)
    coder_id = lookup.coder_id(project, coder) if coder else None
    project.execute(
        command_name("remove_code", code=split_code_path(code)[-1]),
        lambda: quotation_store.delete_codings(
            project.database, quotation_id=quotation_id, code_id=code_id, coder_id=coder_id
        ),
    )
    return _get(project, quotation_id)


def resize_quotation(project: Project, *, quotation: str | int, start: int, end: int) -> Quotation:
    """Move a quotation's boundaries; its ID stays, so citations stay valid."""
    quotation_id = lookup.quotation_id(project, quotation)
    row = quotation_store.get_quotation_row(project.database, quotation_id)
    document = document_store.get_document_by_id(project.database, row["document_id"])
    check_span(start=start, end=end, length=document.chars, document=document.number)
    project.execute(
        command_name("resize_quotation", quotation=f"{document.number}:{row['number']}"),
        lambda: quotation_store.update_quotation(
            project.database, quotation_id, {"start": start, "end": end, "modified_at": utc_now()}
        ),
    )
    return _get(project, quotation_id)


def comment_quotation(project: Project, *, quotation: str | int, comment: str) -> Quotation:
    quotation_id = lookup.quotation_id(project, quotation)
    found = _get(project, quotation_id)
    project.execute(
        command_name("comment_quotation", quotation=found.quotation_id),
        lambda: quotation_store.update_quotation(
            project.database, quotation_id, {"comment": comment, "modified_at": utc_now()}
        ),
    )
    return _get(project, quotation_id)


def delete_quotation(project: Project, *, quotation: str | int) -> None:
    """Delete a quotation and its codings; its number is not handed out again."""
    quotation_id = lookup.quotation_id(project, quotation)
    found = _get(project, quotation_id)
    project.execute(
        command_name("delete_quotation", quotation=found.quotation_id),
        lambda: quotation_store.delete_quotation_row(project.database, quotation_id),
    )


def mark_representative(project: Project, *, quotation: str | int, code: str, marked: bool = True) -> None:
    """Choose (or unchoose) a quotation to represent a code in the category tables."""
    quotation_id = lookup.quotation_id(project, quotation)
    code_id = lookup.code_id(project, code)
    db = project.database
    existing = quotation_store.find_representative(db, code_id=code_id, quotation_id=quotation_id)
    found = _get(project, quotation_id)

    def action() -> None:
        if marked and existing is None:
            quotation_store.insert_representative(
                db,
                {
                    "code_id": code_id,
                    "quotation_id": quotation_id,
                    "created_by": project.coder_id(),
                    "created_at": utc_now(),
                },
            )
        elif not marked and existing is not None:
            quotation_store.delete_representative(db, existing)

    project.execute(command_name("mark_representative" if marked else "unmark_representative",
                                 quotation=found.quotation_id, code=split_code_path(code)[-1]), action)


def list_quotations(
    project: Project,
    *,
    codes: Sequence[str] | None = None,
    coders: Sequence[str] | None = None,
    documents: Sequence[int] | None = None,
    with_subcodes: bool = False,
) -> list[Quotation]:
    """Quotations filtered by code path, coder name and document number (unknown names refused)."""
    where = quotation_store.QuotationFilter(
        code_ids=lookup.code_ids(project, codes, with_descendants=with_subcodes) if codes else None,
        coder_ids=lookup.coder_ids(project, coders) if coders else None,
        document_ids=[lookup.document(project, number).id for number in documents] if documents else None,
    )
    return quotation_store.list_quotations(project.database, where)
