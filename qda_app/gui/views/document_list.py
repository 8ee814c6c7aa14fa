"""The documents pane: filterable, sortable table read a page at a time; group filter; files
dropped here import."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLineEdit, QMenu, QTableView, QVBoxLayout, QWidget,
)

from qda_app.gui.models.document_model import DocumentTableModel, NumberRole
from qda_app.gui.views.eliding_combo import ElidingComboBox


class DocumentListView(QTableView):
    """objectName ``documentList``."""

    files_dropped = Signal(list)  # local file paths
    document_activated = Signal(int)  # document number

    def __init__(self, model: DocumentTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentList")
        self.source = model
        self.proxy = model  # the filters and the order run in the model's SQL: no proxy
        self.selected_number: int | None = None  # kept across a new order or filter
        self.setModel(model)
        model.modelReset.connect(self._reselect)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(0, 44)
        header.resizeSection(1, 170)
        header.resizeSection(2, 110)
        header.resizeSection(3, 140)
        header.resizeSection(4, 80)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.activated.connect(self._activate)
        self.clicked.connect(self._activate)

    def select_number(self, number: int | None) -> None:
        """Select document ``number``'s row, reading the list up to it when it lies further on."""
        self.selected_number = number
        row = self.source.row_of_number(number)
        if row is None:
            return
        self.blockSignals(True)
        self.selectRow(row)
        self.blockSignals(False)

    def _reselect(self) -> None:
        """A new order or filter: the selected document stays selected if among the rows read."""
        number = self.selected_number
        row = next((row for row, document in enumerate(self.source.rows) if document.number == number), None)
        if row is not None:
            self.blockSignals(True)
            self.selectRow(row)
            self.blockSignals(False)

    def _activate(self, index) -> None:
        self.selected_number = index.data(NumberRole)
        self.document_activated.emit(self.selected_number)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        from qda_app.gui import document_actions

        index = self.indexAt(event.pos())
        menu = QMenu(self)
        document_actions.build_menu(self.window(), index.data(NumberRole) if index.isValid() else None, menu)
        if not menu.isEmpty():
            menu.exec(event.globalPos())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)


class DocumentPane(QWidget):
    def __init__(self, model: DocumentTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentPane")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("documentFilter")
        self.filter.setClearButtonEnabled(True)
        self.group = ElidingComboBox(self)
        self.group.setObjectName("documentGroupFilter")
        self.list = DocumentListView(model, self)
        row = QHBoxLayout()
        row.addWidget(self.filter, 2)
        row.addWidget(self.group, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(lambda text: self.list.source.set_filters(text=text))
        self.group.currentIndexChanged.connect(
            lambda _: self.list.source.set_filters(group=self.group.currentData())
        )
        self.retranslate()

    def set_groups(self, names: list[str]) -> None:
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("All groups"), None)
        for name in names:
            self.group.addItem(name, name)
        found = self.group.findData(current)
        self.group.setCurrentIndex(max(0, found))
        self.group.blockSignals(False)
        self.list.source.set_filters(group=self.group.currentData())  # a deleted group filters no more

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter documents"))
        self.filter.setAccessibleName(self.tr("Filter documents"))
        self.group.setAccessibleName(self.tr("Document group"))
        if self.group.count():
            self.group.setItemText(0, self.tr("All groups"))
        self.list.setAccessibleName(self.tr("Documents"))
