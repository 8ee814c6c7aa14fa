"""Find in the current document (Ctrl+F): next/previous, and code every hit in one step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

if TYPE_CHECKING:
    from qda_app.gui.views.document_view import DocumentView


class FindBar(QWidget):
    code_all_requested = Signal(str, bool)  # pattern, case sensitive

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self.setObjectName("findBar")
        self.view = view
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.case = QCheckBox(self)
        self.previous_button = QToolButton(self)
        self.next_button = QToolButton(self)
        self.code_all = QToolButton(self)
        self.close_button = QToolButton(self)
        self.status = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        for widget in (self.field, self.previous_button, self.next_button, self.case, self.code_all,
                       self.status):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.close_button)
        self.field.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.code_all.clicked.connect(
            lambda: self.code_all_requested.emit(self.field.text(), self.case.isChecked())
        )
        self.close_button.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Find in document"))
        self.field.setAccessibleName(self.tr("Text to find"))
        self.case.setText(self.tr("Match case"))
        self.previous_button.setText(self.tr("Previous"))
        self.previous_button.setAccessibleName(self.tr("Find previous"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Find next"))
        self.code_all.setText(self.tr("Code All Hits…"))
        self.code_all.setAccessibleName(self.tr("Code all hits"))
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        self.status.setAccessibleName(self.tr("Find status"))

    def open_bar(self) -> None:
        selected = self.view.selected_text()
        if selected and "\n" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.view.editor.setFocus()

    def _find(self, backward: bool) -> None:
        pattern = self.field.text()
        if not pattern:
            return
        found = self.view.find_text(pattern, backward=backward, case_sensitive=self.case.isChecked())
        self.status.setText("" if found else self.tr("Not found"))

    def find_next(self) -> None:
        self._find(False)

    def find_previous(self) -> None:
        self._find(True)
