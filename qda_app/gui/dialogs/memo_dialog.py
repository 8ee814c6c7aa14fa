"""New memo: a title and what it is about (project, document, code or quotation)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget


class NewMemoDialog(QDialog):
    def __init__(self, *, targets: list[tuple[str, tuple[str, object]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newMemoDialog")
        self.setWindowTitle(self.tr("New Memo"))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Memo title"))
        self.target = QComboBox(self)
        self.target.setAccessibleName(self.tr("Memo is about"))
        for label, value in targets:
            self.target.addItem(label, value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Title:"), self.title)
        layout.addRow(self.tr("&About:"), self.target)
        layout.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(440, 140)

    def chosen_target(self) -> tuple[str, object]:
        return self.target.currentData()
