"""A list of tickable entries: which coders to show, which sub-codes to split off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class CheckListDialog(QDialog):
    def __init__(self, *, title: str, label: str, entries: list[tuple[str, str]], checked: set[str],
                 name_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.list = QListWidget(self)
        self.list.setAccessibleName(label)
        for text, value in entries:
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
        layout = QVBoxLayout(self)
        self.name: QLineEdit | None = None
        if name_label is not None:
            layout.addWidget(QLabel(name_label, self))
            self.name = QLineEdit(self)
            self.name.setAccessibleName(name_label)
            layout.addWidget(self.name)
        layout.addWidget(QLabel(label, self))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def checked_values(self) -> list[str]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
