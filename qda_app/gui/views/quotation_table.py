"""The quotation manager: every quotation with filters; double-click jumps to it.

The table reads its rows a page at a time with the filters in SQL (``QuotationTableModel``);
on a big project the text filter waits for a pause in typing, since each new text is a scan
of every quotation.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGridLayout, QHeaderView, QLabel, QLineEdit, QSizePolicy, QTableView, QVBoxLayout,
    QWidget,
)

from qda_app.gui.format import format_number
from qda_app.gui.models.quotation_model import QuotationIdRole, QuotationTableModel
from qda_app.gui.views.eliding_combo import ElidingComboBox

TYPING_PAUSE_MS = 300
INSTANT_TEXT_FILTER = 20_000  # quotations: below this, filter as the user types


class QuotationPane(QWidget):
    quotation_activated = Signal(int)  # quotation database id

    def __init__(self, model: QuotationTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quotationPane")
        self.source = model
        self.proxy = model  # the filters run in the model's SQL: there is no separate proxy any more
        self.table = QTableView(self)
        self.table.setObjectName("quotationTable")
        self.table.setModel(self.proxy)
        # Rows arrive in document order; a click on the ID, Document or Created header sorts in SQL.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Opaque: when a coding adds a row, the scroll bars repaint, and a see-through table
        # would have the pane, the dock and the main window repaint under them first.
        self.table.setAutoFillBackground(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((56, 130, 420, 220, 90, 130, 160)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.text = QLineEdit(self)
        self.text.setObjectName("quotationTextFilter")
        self.text.setClearButtonEnabled(True)
        self.code = ElidingComboBox(self)
        self.code.setObjectName("quotationCodeFilter")
        self.document = ElidingComboBox(self)
        self.document.setObjectName("quotationDocumentFilter")
        self.group = ElidingComboBox(self)
        self.group.setObjectName("quotationGroupFilter")
        self.code_group = ElidingComboBox(self)
        self.code_group.setObjectName("quotationCodeGroupFilter")
        self.coder = ElidingComboBox(self)
        self.coder.setObjectName("quotationCoderFilter")
        self.count = QLabel(self)
        self.count.setObjectName("quotationCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.count.setAutoFillBackground(True)  # a new count repaints the label only, not the dock under it
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
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(lambda: self._set(text=self.text.text()))
        self.text.textChanged.connect(self._text_changed)
        for combo, name in ((self.code, "code_path"), (self.code_group, "code_group"), (self.document, "document"),
                            (self.group, "group"), (self.coder, "coder")):
            combo.currentIndexChanged.connect(lambda _=0, combo=combo, name=name: self._set(**{name: combo.currentData()}))
        self.table.doubleClicked.connect(lambda index: self.quotation_activated.emit(index.data(QuotationIdRole)))
        model.counts_changed.connect(self._count)
        self.retranslate()

    def _text_changed(self, value: str) -> None:
        if self.source.project_total < INSTANT_TEXT_FILTER:
            self._set(text=value)
        else:
            self._typing.start()

    def _set(self, **filters: object) -> None:
        if "text" in filters:
            self._typing.stop()
        self.source.set_filters(**filters)

    def _count(self, *_: object) -> None:
        text = self.tr("%1 of %2").replace("%1", format_number(self.source.total)).replace(
            "%2", format_number(self.source.project_total))
        if text == self.count.text():
            return
        # The label has a fixed size that only grows: a label whose size may change asks its
        # layout, the pane's, the dock's and the main window's to be worked out again at every
        # new text, and the count changes with every coding (Qt stops asking at a fixed size).
        self.count.setText(text)
        wanted, fixed = self.count.sizeHint(), self.count.minimumSize()
        if wanted.width() > fixed.width() or wanted.height() != fixed.height() or self.count.maximumSize() != fixed:
            self.count.setFixedSize(max(wanted.width(), fixed.width()), wanted.height())

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

    def set_choices(self, *, codes: list[str], documents: list[tuple[int, str]], groups: list[str], coders: list[str],
                    code_groups: list[str] = ()) -> None:
        self._fill(self.code, self.tr("All codes"), [("    " * path.count("::") + path.split("::")[-1], path) for path in codes])
        self._fill(self.code_group, self.tr("All code groups"), [(name, name) for name in code_groups])
        # shown only when the project has code groups: at 1024 px the filter row has no room to spare
        self.code_group.setVisible(bool(code_groups) or self.code_group.currentData() is not None)
        self._fill(self.document, self.tr("All documents"), [(f"{number}: {name}", number) for number, name in documents])
        self._fill(self.group, self.tr("All groups"), [(name, name) for name in groups])
        self._fill(self.coder, self.tr("All coders"), [(name, name) for name in coders])
        self._typing.stop()
        self.source.set_filters(code_path=self.code.currentData(), code_group=self.code_group.currentData(),
                                document=self.document.currentData(),
                                group=self.group.currentData(), coder=self.coder.currentData(), text=self.text.text())

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
        self.code_group.setAccessibleName(self.tr("Filter by code group"))
        self.coder.setAccessibleName(self.tr("Filter by coder"))
        self.table.setAccessibleName(self.tr("Quotations"))
        self.count.setAccessibleName(self.tr("Quotations shown"))
        for combo, text in ((self.code, self.tr("All codes")), (self.document, self.tr("All documents")),
                            (self.group, self.tr("All groups")), (self.coder, self.tr("All coders")),
                            (self.code_group, self.tr("All code groups"))):
            if combo.count():
                combo.setItemText(0, text)
        self._count()
