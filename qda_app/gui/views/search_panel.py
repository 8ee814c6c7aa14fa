"""Find across documents: hits listed in context (KWIC); selected hits coded in one step."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from qda_app.gui.models.hit_model import HitTableModel
from qda_app.services.gui_queries import SearchHit


class SearchPanel(QWidget):
    search_requested = Signal(str, bool, bool)  # pattern, case sensitive, whole words
    code_hits_requested = Signal(list)  # SearchHit list
    hit_activated = Signal(object)  # SearchHit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.model = HitTableModel(self)
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.case = QCheckBox(self)
        self.whole = QCheckBox(self)
        self.search_button = QPushButton(self)
        self.code_button = QPushButton(self)
        self.code_button.setObjectName("codeHitsButton")
        self.status = QLabel(self)
        self.table = QTableView(self)
        self.table.setObjectName("searchHits")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Two rows: in one, Spanish and Portuguese labels made the pane wider than a 1024 px
        # screen leaves beside the left-hand panes.
        row = QHBoxLayout()
        for widget in (self.field, self.search_button, self.code_button):
            row.addWidget(widget)
        row.setStretch(0, 1)
        options = QHBoxLayout()
        for widget in (self.case, self.whole):
            options.addWidget(widget)
        options.addStretch(1)
        options.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addLayout(options)
        layout.addWidget(self.table)
        bold = QFont(self.font())
        bold.setBold(True)
        self.field.returnPressed.connect(self._search)
        self.search_button.clicked.connect(self._search)
        self.code_button.clicked.connect(lambda: self.code_hits_requested.emit(self.selected_hits()))
        self.table.doubleClicked.connect(lambda index: self.hit_activated.emit(self.model.hits[index.row()]))
        self.retranslate()

    def _search(self) -> None:
        self.search_requested.emit(self.field.text(), self.case.isChecked(), self.whole.isChecked())

    def show_hits(self, hits: list[SearchHit]) -> None:
        self.model.load(hits)
        self.table.selectAll()  # the usual next step is to code them all; deselect to choose
        self.status.setText(self.tr("%n hit(s)", "", len(hits)))

    def selected_hits(self) -> list[SearchHit]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.hits[row] for row in rows]

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Find in all documents"))
        self.field.setAccessibleName(self.tr("Text to find in all documents"))
        self.case.setText(self.tr("Match case"))
        self.whole.setText(self.tr("Whole words"))
        self.search_button.setText(self.tr("Search"))
        self.code_button.setText(self.tr("Code Selected Hits…"))
        self.code_button.setAccessibleName(self.tr("Code selected hits"))
        self.table.setAccessibleName(self.tr("Search hits in context"))
        self.status.setAccessibleName(self.tr("Number of hits"))
