"""The quotation manager: every quotation with filters; double-click jumps to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGridLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget,
)

from qda_app.gui.format import format_number
from qda_app.gui.models.quotation_model import QuotationFilterModel, QuotationIdRole, QuotationTableModel


class QuotationPane(QWidget):
    quotation_activated = Signal(int)  # quotation database id

    def __init__(self, model: QuotationTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quotationPane")
        self.source = model
        self.proxy = QuotationFilterModel(self)
        self.proxy.setSourceModel(model)
        self.table = QTableView(self)
        self.table.setObjectName("quotationTable")
        self.table.setModel(self.proxy)
        # Rows arrive in document order already; sorting 50,000 rows through Python data() calls
        # only happens when the user clicks a header.
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((56, 130, 420, 220, 90, 130, 160)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.text = QLineEdit(self)
        self.text.setObjectName("quotationTextFilter")
        self.text.setClearButtonEnabled(True)
        self.code = QComboBox(self)
        self.code.setObjectName("quotationCodeFilter")
        self.document = QComboBox(self)
        self.document.setObjectName("quotationDocumentFilter")
        self.group = QComboBox(self)
        self.group.setObjectName("quotationGroupFilter")
        self.coder = QComboBox(self)
        self.coder.setObjectName("quotationCoderFilter")
        self.code_group = QComboBox(self)
        self.code_group.setObjectName("quotationCodeGroupFilter")
        self.code_groups: dict[str, frozenset[str]] = {}
        self.count = QLabel(self)
        self.count.setObjectName("quotationCount")
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for column, widget in enumerate((self.text, self.code, self.code_group, self.document, self.group, self.coder,
                                         self.count)):
            filters.addWidget(widget, 0, column)
        filters.setColumnStretch(0, 3)
        for column in (1, 2, 3, 4, 5):
            filters.setColumnStretch(column, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.text.textChanged.connect(lambda value: self._set(text=value))
        for combo, name in ((self.code, "code_path"), (self.document, "document"), (self.group, "group"), (self.coder, "coder")):
            combo.currentIndexChanged.connect(lambda _=0, combo=combo, name=name: self._set(**{name: combo.currentData()}))
        self.code_group.currentIndexChanged.connect(
            lambda *_: self._set(code_group=self.code_groups.get(self.code_group.currentData())))
        self.table.doubleClicked.connect(lambda index: self.quotation_activated.emit(index.data(QuotationIdRole)))
        self.proxy.rowsInserted.connect(self._count)
        self.proxy.rowsRemoved.connect(self._count)
        self.proxy.modelReset.connect(self._count)
        self.retranslate()

    def _set(self, **filters: object) -> None:
        self.proxy.set_filters(**filters)
        self._count()

    def _count(self, *_: object) -> None:
        self.count.setText(self.tr("%1 of %2").replace("%1", format_number(self.proxy.rowCount())).replace(
            "%2", format_number(self.source.rowCount())))

    @staticmethod
    def _fill(combo: QComboBox, everything: str, entries: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, value in entries:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def set_choices(self, *, codes: list[str], documents: list[tuple[int, str]], groups: list[str], coders: list[str]) -> None:
        self._fill(self.code, self.tr("All codes"), [("    " * path.count("::") + path.split("::")[-1], path) for path in codes])
        self._fill(self.document, self.tr("All documents"), [(f"{number}: {name}", number) for number, name in documents])
        self._fill(self.group, self.tr("All groups"), [(name, name) for name in groups])
        self._fill(self.coder, self.tr("All coders"), [(name, name) for name in coders])
        self.proxy.set_filters(code_path=self.code.currentData(), document=self.document.currentData(),
                               group=self.group.currentData(), coder=self.coder.currentData())
        self._count()

    def set_code_groups(self, groups: dict[str, frozenset[str]]) -> None:
        """Code group name -> its codes' paths, for the code group filter."""
        self.code_groups = dict(groups)
        self._fill(self.code_group, self.tr("All code groups"), [(name, name) for name in groups])
        self.proxy.set_filters(code_group=self.code_groups.get(self.code_group.currentData()))
        self._count()

    def show_code_group(self, name: str | None) -> None:
        self.code_group.setCurrentIndex(max(0, self.code_group.findData(name)))

    def add_footer(self, widget: QWidget) -> None:
        """A line under the table (the selected quotation's links)."""
        self.layout().addWidget(widget)

    def show_code(self, path: str | None) -> None:
        """Clicking a code lists its quotations here."""
        found = self.code.findData(path)
        self.code.setCurrentIndex(max(0, found))

    def retranslate(self) -> None:
        self.text.setPlaceholderText(self.tr("Filter text or comment"))
        self.text.setAccessibleName(self.tr("Filter quotations by text"))
        self.code.setAccessibleName(self.tr("Filter by code"))
        self.document.setAccessibleName(self.tr("Filter by document"))
        self.group.setAccessibleName(self.tr("Filter by document group"))
        self.coder.setAccessibleName(self.tr("Filter by coder"))
        self.code_group.setAccessibleName(self.tr("Filter by code group"))
        self.table.setAccessibleName(self.tr("Quotations"))
        self.count.setAccessibleName(self.tr("Quotations shown"))
        for combo, text in ((self.code, self.tr("All codes")), (self.document, self.tr("All documents")),
                            (self.group, self.tr("All groups")), (self.coder, self.tr("All coders")),
                            (self.code_group, self.tr("All code groups"))):
            if combo.count():
                combo.setItemText(0, text)
        self._count()
