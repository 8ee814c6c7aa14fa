"""Resolving what users type (document numbers, code paths, coder names, D:Q) to records."""

from __future__ import annotations

from collections.abc import Iterable

from qda_app.core.errors import (
    CodeNotFound,
    CoderNotFound,
    DocumentNotFound,
    GroupNotFound,
    QuotationNotFound,
)
from qda_app.core.model import Code, Document
from qda_app.core.numbering import format_quotation_id, parse_quotation_id, split_code_path
from qda_app.services.project import Project
from qda_app.store import codes as code_store
from qda_app.store import coders as coder_store
from qda_app.store import documents as document_store
from qda_app.store import groups as group_store
from qda_app.store import quotations as quotation_store


def document(project: Project, number: int) -> Document:
    found = document_store.get_document(project.database, int(number))
    if found is None:
        raise DocumentNotFound(number=number)
    return found


def code_id(project: Project, path: str) -> int:
    found = code_store.find_code_id(project.database, split_code_path(path))
    if found is None:
        raise CodeNotFound(path=path)
    return found


def code(project: Project, path: str) -> Code:
    wanted = code_id(project, path)
    return next(item for item in code_store.list_codes(project.database) if item.id == wanted)


def code_ids(project: Project, paths: Iterable[str], *, with_descendants: bool = False) -> list[int]:
    result: list[int] = []
    for path in paths:
        found = code_id(project, path)
        result.append(found)
        if with_descendants:
            result.extend(code_store.descendant_ids(project.database, found))
    return list(dict.fromkeys(result))


def coder_id(project: Project, name: str) -> int:
    found = coder_store.find_coder(project.database, name)
    if found is None:
        raise CoderNotFound(name=name)
    return found.id


def coder_ids(project: Project, names: Iterable[str]) -> list[int]:
    return [coder_id(project, name) for name in names]


def group_id(project: Project, kind: str, name: str) -> int:
    found = group_store.find_group(project.database, kind, name)
    if found is None:
        raise GroupNotFound(kind=kind, name=name)
    return found


def quotation_id(project: Project, reference: str | int) -> int:
    """Database id of a quotation given as ``"D:Q"`` (or already an id)."""
    if isinstance(reference, int):
        if quotation_store.get_quotation_row(project.database, reference) is None:
            raise QuotationNotFound(quotation_id=str(reference))
        return reference
    document_number, number = parse_quotation_id(reference)
    found_document = document_store.get_document(project.database, document_number)
    found = (
        quotation_store.find_by_number(project.database, found_document.id, number)
        if found_document
        else None
    )
    if found is None:
        raise QuotationNotFound(quotation_id=format_quotation_id(document_number, number))
    return found
