from __future__ import annotations

import pytest
from openpyxl import Workbook

from qda_app.core.errors import ImportRefused
from qda_app.services import documents
from qda_app.services.attributes import import_attributes
from qda_app.services.commands import History
from tests.conftest import snapshot


def test_csv_with_semicolons_and_accents_sets_attributes(coded_project, tmp_path):
    sheet = tmp_path / "variables.csv"
    sheet.write_text("documento;provincia;género\nE01;Azángaro;Masculino\nE02;Puno;Femenino\nE99;Lampa;x\n",
                     encoding="utf-8-sig")
    history = History(coded_project)
    before = snapshot(coded_project)
    result = import_attributes(coded_project, sheet)
    assert result.documents_updated == 2 and result.unknown_documents == ["E99"]
    assert documents.document_attributes(coded_project)[1] == {"provincia": "Azángaro", "género": "Masculino"}
    history.undo()
    assert snapshot(coded_project) == before


def test_excel_sheet_keyed_by_document_number(coded_project, tmp_path):
    book = Workbook()
    book.active.append(["doc", "rol"])
    book.active.append([2, "Alcalde distrital"])
    book.save(tmp_path / "v.xlsx")
    import_attributes(coded_project, tmp_path / "v.xlsx")
    assert documents.document_attributes(coded_project)[2] == {"rol": "Alcalde distrital"}


def test_broken_sheets_are_refused_without_changes(coded_project, tmp_path):
    before = snapshot(coded_project)
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 not really")
    (tmp_path / "one.csv").write_text("only a header\n")
    for name in ("bad.xlsx", "one.csv", "missing.csv"):
        with pytest.raises(ImportRefused):
            import_attributes(coded_project, tmp_path / name)
    assert snapshot(coded_project) == before
