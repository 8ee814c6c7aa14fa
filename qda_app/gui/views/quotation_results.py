"""A list of quotations that answers a question (a query, a table cell): click opens it in the viewer,
Export writes it as CSV or XLSX."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from qda_app.core.model import Quotation
from qda_app.gui.format import format_number
from qda_app.gui.models.quotation_model import QuotationIdRole
from qda_app.gui.models.result_model import QuotationListModel


class QuotationResultList(QWidget):
    quotation_activated = Signal(int)  # quotation database id
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quotationResults")
        self.model = QuotationListModel(self)
        self.caption = ""
        self.title = QLabel(self)
        self.title.setObjectName("resultTitle")
        self.title.setWordWrap(True)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportResults")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_requested.emit)
        self.table = QTableView(self)
        self.table.setObjectName("resultTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((56, 150, 460, 200, 80, 120, 120)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        # One click opens the quotation: the list is a way to read through the results.
        self.table.clicked.connect(lambda index: self.quotation_activated.emit(index.data(QuotationIdRole)))
        self.table.activated.connect(lambda index: self.quotation_activated.emit(index.data(QuotationIdRole)))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.retranslate()

    def show_quotations(self, quotations: list[Quotation], *, caption: str, document_names: dict[int, str]) -> None:
        self.caption = caption
        self.model.document_names = document_names
        self.model.load(quotations)
        self.export_button.setEnabled(bool(quotations))
        self._title()

    def quotation_ids(self) -> list[int]:
        return [quotation.id for quotation in self.model.rows]

    def _title(self) -> None:
        count = self.tr("%n quotation(s)", "", len(self.model.rows)).replace(
            str(len(self.model.rows)), format_number(len(self.model.rows)))
        self.title.setText(f"{self.caption} — {count}" if self.caption else count)

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save these quotations as CSV or Excel"))
        self.table.setAccessibleName(self.tr("Result quotations"))
        self._title()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
