"""Every list of quotations shows a quotation's cells the same way: the manager's and a result's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from qda_app.core.model import Quotation
from qda_app.gui.models.quotation_model import QuotationIdRole, QuotationTableModel
from qda_app.gui.models.result_model import QuotationListModel

DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
LONG_TEXT = "El  alcalde\n dijo " + "palabra " * 60


def quotation(**changes) -> Quotation:
    fields = dict(id=7, guid="g", document_id=3, document_number=3, number=41, start=0, end=10,
                  created_by="ana", created_at="2026-01-02T03:04:05+00:00", modified_at="", comment="una\nnota",
                  text=LONG_TEXT, codes=("Centralismo::Recursos", "Gestión::Otros"), coders=())
    fields.update(changes)
    return Quotation(**fields)


def cells(model_type, row: Quotation) -> list:
    model = model_type()
    model.rows = [row]
    model.document_names = {3: "Alcalde de Acora"}
    return [[model.data(model.index(0, column), role) for column in range(7)] for role in (DISPLAY, TOOLTIP)]


def test_a_result_list_shows_the_cells_the_quotation_manager_shows(qapp):
    row = quotation()
    display, tooltip = cells(QuotationListModel, row)
    assert cells(QuotationTableModel, row) == [display, tooltip]
    expected_text = ("El alcalde dijo " + "palabra " * 60)[:159] + "…"
    assert display[0] == "3:41" and display[1] == "Alcalde de Acora" and display[2] == expected_text
    assert len(display[2]) == 160
    assert display[3] == "Recursos; Otros" and display[4] == "ana" and display[6] == "una nota"
    assert tooltip[2] == LONG_TEXT and tooltip[3] == "Centralismo::Recursos\nGestión::Otros"
    assert tooltip[0] is None and tooltip[6] == "una\nnota"


def test_coders_take_the_place_of_the_creator_and_a_short_text_is_whole(qapp):
    row = quotation(text="corto", coders=("ana", "luis"), document_number=9)
    model = QuotationListModel()
    model.rows = [row]
    assert model.data(model.index(0, 2), DISPLAY) == "corto"
    assert model.data(model.index(0, 4), DISPLAY) == "ana, luis"
    assert model.data(model.index(0, 1), DISPLAY) == "9"  # a document without a known name shows its number
    assert model.data(model.index(0, 0), QuotationIdRole) == 7
