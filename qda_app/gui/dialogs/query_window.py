"""The query tool: a builder that needs no typing, the same query as text, scope, and the results.

Codes and smart codes are chosen from lists, operators from buttons (query_builder.QueryStack);
the query is shown as text in the language the CLI reads, and a query typed there is read back
into the builder. Running and saving are the controller's (query_actions).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton,
                               QSplitter, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from qda_app.core.errors import QdaError
from qda_app.core.query import parse_query
from qda_app.gui.dialogs.agreement_window import _check_list, checked_values
from qda_app.gui.query_builder import OPERATORS, QueryStack
from qda_app.gui.views.quotation_results import QuotationResultList

OperandRole = Qt.ItemDataRole.UserRole + 1


class QueryWindow(QWidget):
    run_requested = Signal(str, object, object)  # query text, document groups, coders
    save_requested = Signal(str, object, object)

    def __init__(self, parent: QWidget, *, codes: list, smart_codes: list[str], document_groups: list[str],
                 coders: list[str], code_groups: list[str] = ()) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("queryTool")
        self.stack = QueryStack()
        self.code_tree = QTreeWidget(self)
        self.code_tree.setObjectName("queryCodes")
        self.code_tree.setHeaderHidden(True)
        self.code_tree.itemDoubleClicked.connect(lambda item, _column: self.add_operand(item.data(0, OperandRole)))
        self.smart_list = QListWidget(self)
        self.smart_list.setObjectName("querySmartCodes")
        self.smart_list.itemDoubleClicked.connect(lambda item: self.add_operand(item.data(OperandRole)))
        self.group_operands = QListWidget(self)
        self.group_operands.setObjectName("queryCodeGroups")
        self.group_operands.itemDoubleClicked.connect(lambda item: self.add_operand(item.data(OperandRole)))
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("queryAddOperand")
        self.add_button.clicked.connect(self._add_current)
        # Codes, smart codes and code groups share one place, a tab each: the code tree keeps its height.
        self.operand_tabs = QTabWidget(self)
        self.operand_tabs.setObjectName("queryOperandTabs")
        self.operand_tabs.addTab(self.code_tree, "")
        self.operand_tabs.addTab(self.smart_list, "")
        self.operand_tabs.addTab(self.group_operands, "")
        operands = QWidget(self)
        operand_layout = QVBoxLayout(operands)
        operand_layout.setContentsMargins(0, 0, 0, 0)
        self.codes_label = QLabel(operands)
        operand_layout.addWidget(self.codes_label)
        operand_layout.addWidget(self.operand_tabs, 1)
        operand_layout.addWidget(self.add_button)
        self.operator_box = QGroupBox(self)
        grid = QGridLayout(self.operator_box)
        self.operator_buttons: dict[str, QPushButton] = {}
        for index, operator in enumerate(OPERATORS):
            button = QPushButton(operator, self.operator_box)
            button.setObjectName(f"queryOperator_{operator.replace(' ', '_').replace('-', '_')}")
            button.clicked.connect(lambda *_, operator=operator: self.apply_operator(operator))
            grid.addWidget(button, index // 3 if index < 3 else 1 + (index - 3) // 2,
                           index % 3 if index < 3 else (index - 3) % 2)
            self.operator_buttons[operator] = button
        self.back_button, self.clear_button = QPushButton(self), QPushButton(self)
        self.back_button.clicked.connect(self.step_back)
        self.clear_button.clicked.connect(self.clear)
        self.stack_list = QListWidget(self)
        self.stack_list.setObjectName("queryStack")
        self.text = QLineEdit(self)
        self.text.setObjectName("queryText")
        self.text.returnPressed.connect(self.run)
        self.run_button = QPushButton(self)
        self.run_button.setObjectName("queryRun")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("querySave")
        self.save_button.clicked.connect(self.save)
        self.error = QLabel(self)
        self.error.setObjectName("queryError")
        self.error.setStyleSheet("QLabel { color: #b00020; }")
        self.error.setWordWrap(True)
        self.scope_box = QGroupBox(self)
        scope = QVBoxLayout(self.scope_box)
        self.groups_label, self.coders_label = QLabel(self.scope_box), QLabel(self.scope_box)
        self.group_list = _check_list(self.scope_box, "groups", [(name, name) for name in document_groups], set())
        self.coder_list = _check_list(self.scope_box, "coders", [(name, name) for name in coders], set(coders))
        for widget in (self.groups_label, self.group_list, self.coders_label, self.coder_list):
            scope.addWidget(widget)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.operator_box)
        steps = QHBoxLayout()
        steps.addWidget(self.back_button)
        steps.addWidget(self.clear_button)
        middle_layout.addLayout(steps)
        self.stack_label = QLabel(middle)
        middle_layout.addWidget(self.stack_label)
        middle_layout.addWidget(self.stack_list, 1)
        top = QSplitter(self)
        top.addWidget(operands)
        top.addWidget(middle)
        top.addWidget(self.scope_box)
        top.setSizes([380, 420, 260])
        query_row = QHBoxLayout()
        self.query_label = QLabel(self)
        query_row.addWidget(self.query_label)
        query_row.addWidget(self.text, 1)
        query_row.addWidget(self.run_button)
        query_row.addWidget(self.save_button)
        self.results = QuotationResultList(self)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(top, 1)
        upper_layout.addLayout(query_row)
        upper_layout.addWidget(self.error)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(self.results)
        splitter.setSizes([520, 340])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.set_operands(codes, smart_codes, list(code_groups))
        self.resize(1280, 860)
        self.retranslate()
        self._show_stack()

    # --- choices ------------------------------------------------------------------------------

    def set_operands(self, codes: list, smart_codes: list[str], code_groups: list[str] | None = None) -> None:
        """Codes (tree order, with paths and colours), smart code names and code group names."""
        self.code_tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for code in codes:
            parent = items.get(code.parent_path) if code.parent_path else None
            item = QTreeWidgetItem(parent if parent is not None else self.code_tree, [code.name])
            item.setData(0, OperandRole, code.path)
            item.setToolTip(0, code.path)
            item.setForeground(0, QBrush(QColor("#000000")))
            item.setData(0, Qt.ItemDataRole.DecorationRole, QColor(code.color))
            items[code.path] = item
        self.code_tree.expandToDepth(0)
        for widget, names in ((self.smart_list, smart_codes), (self.group_operands, code_groups)):
            if names is None:
                continue
            widget.clear()
            for name in names:
                widget.addItem(name)
                widget.item(widget.count() - 1).setData(OperandRole, name)

    def _add_current(self) -> None:
        item = self.code_tree.currentItem()
        widget = self.operand_tabs.currentWidget()
        if widget is not self.code_tree:
            if widget.currentItem() is not None:
                self.add_operand(widget.currentItem().data(OperandRole))
            return
        if item is not None:
            self.add_operand(item.data(0, OperandRole))

    # --- building -----------------------------------------------------------------------------

    def add_operand(self, name: str | None) -> None:
        if name:
            self.stack.push(name)
            self._show_stack()

    def apply_operator(self, operator: str) -> bool:
        done = self.stack.apply(operator)
        self._show_stack()
        return done

    def step_back(self) -> None:
        self.stack.back()
        self._show_stack()

    def clear(self) -> None:
        self.stack.clear()
        self._show_stack()

    def _show_stack(self) -> None:
        self.stack_list.clear()
        self.stack_list.addItems(self.stack.lines())
        if self.stack_list.count():
            font = self.stack_list.item(0).font()
            font.setBold(True)
            self.stack_list.item(0).setFont(font)
        self.text.setText(self.stack.text())
        self.error.clear()
        for operator, button in self.operator_buttons.items():
            button.setEnabled(self.stack.can_apply(operator))
        self.back_button.setEnabled(bool(self.stack._history))
        self.clear_button.setEnabled(bool(self.stack.items))

    # --- running ------------------------------------------------------------------------------

    def scope(self) -> tuple[list[str], list[str]]:
        coders = checked_values(self.coder_list)
        return checked_values(self.group_list), ([] if len(coders) == self.coder_list.count() else coders)

    def current_query(self) -> str | None:
        """The text field's query, read back into the builder; None (and the error shown) if it does not parse."""
        text = self.text.text().strip()
        if text != self.stack.text():
            try:
                expression = parse_query(text)
            except QdaError as error:
                self.show_error(error)
                return None
            self.stack.replace(expression)
            self._show_stack()
        return self.stack.text() or None

    def run(self) -> None:
        query = self.current_query()
        if query:
            groups, coders = self.scope()
            self.run_requested.emit(query, groups, coders)

    def save(self) -> None:
        query = self.current_query()
        if query:
            groups, coders = self.scope()
            self.save_requested.emit(query, groups, coders)

    def show_error(self, error: QdaError) -> None:
        from qda_app.gui.messages import error_text

        self.error.setText(error_text(error))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        # A window of its own: the language switch reaches it here, not through the main window.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.results.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Query Tool"))
        self.setAccessibleName(self.tr("Query Tool"))
        self.codes_label.setText(self.tr("Double-click to add to the query:"))
        self.operand_tabs.setTabText(0, self.tr("Codes"))
        self.operand_tabs.setTabText(1, self.tr("Smart codes"))
        self.operand_tabs.setTabText(2, self.tr("Code groups"))
        self.operand_tabs.setTabToolTip(2, self.tr("A code group stands for the quotations of any of its codes"))
        self.add_button.setText(self.tr("Add to Query"))
        self.operator_box.setTitle(self.tr("Operators"))
        tips = {
            "OR": self.tr("Quotations with either code"), "AND": self.tr("Quotations with both codes"),
            "NOT": self.tr("Quotations in scope without the code"),
            "ENCLOSES": self.tr("Quotations of the first that contain one of the second"),
            "ENCLOSED BY": self.tr("Quotations of the first inside one of the second"),
            "OVERLAPS": self.tr("Quotations of the first that start first and overlap one of the second"),
            "OVERLAPPED BY": self.tr("Quotations of the first that one of the second starts before and overlaps"),
            "FOLLOWS": self.tr("Quotations of the first that start after one of the second ends"),
            "PRECEDES": self.tr("Quotations of the first that end before one of the second starts"),
            "CO-OCCURS": self.tr("Quotations of the first that share text with one of the second"),
        }
        for operator, button in self.operator_buttons.items():
            button.setToolTip(tips[operator])
        self.back_button.setText(self.tr("Step Back"))
        self.clear_button.setText(self.tr("Clear"))
        self.stack_label.setText(self.tr("Query stack (top: the query):"))
        self.query_label.setText(self.tr("Query:"))
        self.text.setPlaceholderText(self.tr('Build with the buttons, or type e.g. "A::x" AND NOT "B"'))
        self.text.setAccessibleName(self.tr("Query text"))
        self.run_button.setText(self.tr("Run"))
        self.save_button.setText(self.tr("Save as Smart Code…"))
        self.scope_box.setTitle(self.tr("Scope"))
        self.groups_label.setText(self.tr("Document groups (none: all documents):"))
        self.coders_label.setText(self.tr("Coders:"))
