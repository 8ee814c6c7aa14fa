"""Document attributes (variables such as province, role, gender) from a CSV or Excel sheet."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from qda_app.core.errors import ImportRefused, InvalidName
from qda_app.core.numbering import check_name
from qda_app.services.command_names import command_name
from qda_app.services.importers.detect import refuse
from qda_app.services.project import Project
from qda_app.store import documents as document_store
from qda_app.store import groups as group_store

MAX_ROWS = 100_000


@dataclass
class AttributeImport:
    documents_updated: int = 0
    values_set: int = 0
    attributes: list[str] = field(default_factory=list)
    unknown_documents: list[str] = field(default_factory=list)


def _read_rows(path: Path) -> list[list[str]]:
    if not path.is_file():
        raise ImportRefused(file=str(path), reason="not_found", detail="")
    data = path.read_bytes()
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        from qda_app.services.importers.archive_safety import check_document_zip

        # The same zip-bomb, unsafe-path and XML-entity checks as a .docx, before openpyxl.
        check_document_zip(str(path), data)
        try:
            sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
            return [["" if cell is None else str(cell).strip() for cell in row]
                    for row in sheet.iter_rows(values_only=True, max_row=MAX_ROWS)]
        except Exception as error:  # openpyxl raises many kinds on a damaged file
            detail = " ".join(str(error).split())[:200]  # openpyxl's messages span lines
            raise ImportRefused(file=str(path), reason="corrupt", detail=detail) from error
    if b"\x00" in data:
        raise refuse(str(path), "binary", key="csv_nul_bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [[cell.strip() for cell in row] for row in csv.reader(text.splitlines(), dialect)][:MAX_ROWS]


def import_attributes(project: Project, path: str | Path) -> AttributeImport:
    """First column: document name (or number); first row: attribute names. One undoable action."""
    from qda_app.services.atomic_files import check_input

    path = check_input(Path(path))  # a FIFO would make the read wait for ever
    rows = [row for row in _read_rows(path) if any(row)]
    if len(rows) < 2 or len(rows[0]) < 2:
        raise refuse(str(path), "empty", key="attributes_need_header")
    try:
        names = [check_name(name, kind="attribute") if name else "" for name in rows[0][1:]]
    except InvalidName as error:
        raise ImportRefused(file=str(path), reason="corrupt",
                            detail=f"header {error.name!r}: {error.reason}") from error
    documents = document_store.list_documents(project.database)
    by_key = {doc.name.casefold(): doc for doc in documents} | {str(doc.number): doc for doc in documents}
    result = AttributeImport(attributes=[name for name in names if name])

    def action() -> None:
        for row in rows[1:]:
            document = by_key.get(row[0].casefold())
            if document is None:
                result.unknown_documents.append(row[0])
                continue
            result.documents_updated += 1
            for name, value in zip(names, row[1:]):
                if name:
                    group_store.set_attribute(project.database, document.id, name, value or None)
                    result.values_set += 1

    project.execute(command_name("import_attributes", file=path.name), action)
    return result
