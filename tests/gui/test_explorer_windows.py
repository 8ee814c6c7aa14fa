"""Explorers: the workbook's own tables on screen, every cell clickable to its quotations."""

from __future__ import annotations

import pytest
from pytestqt.qt_compat import qt_api

from qda_app.services import coding
from qda_app.services.reports import code_document_table, cooccurrence_table
from qda_app.services.reports.filters import ReportFilter


@pytest.fixture(autouse=True)
def errors_fail(monkeypatch):
    def fail(parent, error, **_):
        raise AssertionError(f"error shown: {error!r}")

    monkeypatch.setattr("qda_app.gui.main_window.show_error", fail)
    monkeypatch.setattr("qda_app.gui.dialogs.explorer_window.show_error", fail)


def _cells(model):
    return [[model.data(model.index(row, column)) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_cooccurrence_explorer_shows_the_workbook_numbers_and_cells_open_quotations(window, qtmodeltester):
    explorer = window.explorers.open_explorer("cooccurrence")
    qtmodeltester.check(explorer.model)
    frame = cooccurrence_table(window.project, measure="count")
    assert explorer.model.frame.equals(frame)
    names = list(frame.iloc[:, 0])
    row, column = names.index("Recorte presupuestal"), 1 + names.index("Paternalismo")
    assert explorer.model.data(explorer.model.index(row, column)) == "1"
    explorer.table.clicked.emit(explorer.model.index(row, column))
    listed = [quotation.quotation_id for quotation in explorer.results.model.rows]
    assert listed == ["1:2", "1:3"]  # the overlapping pair
    assert "n12 = 1" in explorer.results.title.text()
    qtmodeltester.check(explorer.results.model)
    opened = []
    explorer.results.quotation_activated.disconnect()
    explorer.results.quotation_activated.connect(opened.append)
    explorer.results.table.clicked.emit(explorer.results.model.index(0, 0))
    assert opened == [explorer.results.model.rows[0].id]
    explorer.measure.setCurrentIndex(1)  # c-coefficient, as the workbook shows it
    assert explorer.model.frame.equals(cooccurrence_table(window.project, measure="coefficient"))


def test_coder_filter_and_refresh_after_coding(window):
    explorer = window.explorers.open_explorer("cooccurrence")
    for index in range(explorer.coder_list.count()):
        item = explorer.coder_list.item(index)
        if item.text() == "beto":
            item.setCheckState(qt_api.QtCore.Qt.CheckState.Unchecked)
    explorer.refresh()
    assert explorer.report_filter().coders == ("ana",)
    assert int(explorer.model.frame.iloc[:, 1:].fillna(0).to_numpy().sum()) == 0
    start = 5
    coding.code_span(window.project, document=1, start=start, end=start + 30,
                     codes=["Centralismo::Recorte presupuestal", "Cultura política::Paternalismo"])
    explorer.refresh()
    expected = cooccurrence_table(window.project, report_filter=ReportFilter(coders=("ana",)))
    assert explorer.model.frame.equals(expected)
    assert int(expected.iloc[:, 1:].fillna(0).to_numpy().sum()) > 0


def test_code_document_explorer_cells_and_totals(window, tmp_path):
    explorer = window.explorers.open_explorer("code_document")
    frame = code_document_table(window.project)
    assert explorer.model.frame.equals(frame)
    names = list(frame.iloc[:, 0])
    row = names.index("Recorte presupuestal")
    explorer.table.clicked.emit(explorer.model.index(row, 1))
    assert [q.quotation_id for q in explorer.results.model.rows] == ["1:2"]
    total_row = explorer.model.rowCount() - 1
    explorer.table.clicked.emit(explorer.model.index(total_row, 1))
    assert len(explorer.results.model.rows) == 3
    explorer.columns.setCurrentIndex(1)  # document groups
    assert explorer.model.frame.equals(code_document_table(window.project, columns="groups"))
    explorer.export_table(str(tmp_path / "table.xlsx"))
    explorer.export_results(str(tmp_path / "cell.csv"))
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "table.xlsx", read_only=True)
    assert book.sheetnames[0] == "Number of codings"
    assert list(book["Number of codings"].iter_rows(values_only=True)) == [
        ("Code", "Notas", "Provincias", "Total"),
        ("Recorte presupuestal", 0, 1, 1),
        ("Dependencia del ministerio", 0, 1, 1),
        ("Paternalismo", 0, 1, 1),
        ("Total", 0, 3, 3),
    ]
    import csv

    from tests.gui.sample import TRANSCRIPT

    with open(tmp_path / "cell.csv", encoding="utf-8-sig", newline="") as handle:
        exported = list(csv.DictReader(handle))
    dependencia, torta = TRANSCRIPT.index("Todo lo que"), TRANSCRIPT.index("La torta")
    assert [(row["ID"], row["Document"], row["Text"], row["Codes"], row["Coder"]) for row in exported] == [
        ("1:1", "Azángaro", TRANSCRIPT[dependencia:dependencia + 70], "Centralismo > Dependencia del ministerio", "ana"),
        ("1:2", "Azángaro", TRANSCRIPT[torta:torta + 95], "Centralismo > Recorte presupuestal", "ana"),
        ("1:3", "Azángaro", TRANSCRIPT[torta + 40:torta + 150], "Cultura política > Paternalismo", "beto"),
    ]


def test_smart_codes_filter_the_explorer_and_its_cells(window):
    from qda_app.services import queries

    queries.save_smart_code(window.project, name="Recortes", query='"Centralismo::Recorte presupuestal"')
    explorer = window.explorers.open_explorer("cooccurrence")
    assert not explorer.smart_code_list.isHidden()
    assert [explorer.smart_code_list.item(i).text() for i in range(explorer.smart_code_list.count())] == ["Recortes"]
    explorer.smart_code_list.item(0).setCheckState(qt_api.QtCore.Qt.CheckState.Checked)
    explorer.refresh()
    assert explorer.report_filter().smart_codes == ("Recortes",)
    expected = cooccurrence_table(window.project, report_filter=ReportFilter(smart_codes=("Recortes",)))
    assert explorer.model.frame.equals(expected)
    names = list(expected.iloc[:, 0])
    row, column = names.index("Recorte presupuestal"), 1 + names.index("Paternalismo")
    assert explorer.model.data(explorer.model.index(row, column)) in ("", "0", None)  # 1:3 is not a Recorte
    explorer.table.clicked.emit(explorer.model.index(row, column))
    assert explorer.results.model.rows == []
    explorer.table.clicked.emit(explorer.model.index(row, 0))  # the code's own quotations, all in the smart code
    own = {quotation.id for quotation in explorer.results.model.rows}
    assert own and own <= set(queries.smart_code_result(window.project, "Recortes").quotation_ids)
