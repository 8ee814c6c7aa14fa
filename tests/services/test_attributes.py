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


def test_a_sheet_written_by_an_old_windows_program_is_read_as_cp1252(coded_project, tmp_path):
    sheet = tmp_path / "variables.csv"
    sheet.write_bytes("documento,provincia,año\nE01,Azángaro,2019\n".encode("cp1252"))
    result = import_attributes(coded_project, sheet)
    assert (result.documents_updated, result.values_set, result.attributes) == (1, 2, ["provincia", "año"])
    assert documents.document_attributes(coded_project)[1] == {"provincia": "Azángaro", "año": "2019"}


def test_a_workbook_openpyxl_cannot_read_is_refused_as_damaged(coded_project, tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "v.xlsx", "w") as archive:  # a zip, but no workbook in it
        archive.writestr("[Content_Types].xml", "<Types/>")
    before = snapshot(coded_project)
    with pytest.raises(ImportRefused) as caught:
        import_attributes(coded_project, tmp_path / "v.xlsx")
    assert (caught.value.file, caught.value.reason) == (str(tmp_path / "v.xlsx"), "corrupt")
    assert "\n" not in caught.value.detail
    assert snapshot(coded_project) == before


def test_a_header_that_is_no_attribute_name_is_refused_naming_it(coded_project, tmp_path):
    sheet = tmp_path / "variables.csv"
    sheet.write_text("documento;provincia;" + "x" * 501 + "\nE01;Puno;1\n", encoding="utf-8")
    before = snapshot(coded_project)
    with pytest.raises(ImportRefused) as caught:
        import_attributes(coded_project, sheet)
    assert caught.value.fields == {"file": str(sheet), "reason": "corrupt",
                                   "detail": "header '" + "x" * 40 + "…': too long"}
    assert snapshot(coded_project) == before
