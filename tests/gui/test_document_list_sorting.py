"""The document list sorts in its model (one Python sort) and keeps the selection."""

from __future__ import annotations

from PySide6.QtCore import Qt

from qda_app.gui import refresh
from qda_app.gui.models.document_model import NumberRole
from qda_app.services import documents


def shown_numbers(view) -> list[int]:
    return [view.proxy.index(row, 0).data(NumberRole) for row in range(view.proxy.rowCount())]


def test_headers_sort_by_their_column_and_the_selection_follows(window, qtmodeltester):
    documents.add_text_document(window.project, name="abril", text="Tercera entrevista, sin citas.")
    refresh.reload_documents(window)
    view = window.docks.document_pane.list
    assert shown_numbers(view) == [1, 2, 3]
    view.select_number(3)
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by name, case-insensitive: abril, Azángaro, Notas
    assert shown_numbers(view) == [3, 1, 2]
    assert view.selectionModel().selectedRows()[0].data(NumberRole) == 3
    view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # by quotation count, ties by number, both descending
    assert shown_numbers(view) == [1, 3, 2]
    refresh.reload_documents(window)  # a reload keeps the order chosen
    assert shown_numbers(view) == [1, 3, 2]
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown_numbers(view) == [3, 2, 1]
    window.docks.document_pane.filter.setText("a")
    qtmodeltester.check(view.proxy, force_py=True)
