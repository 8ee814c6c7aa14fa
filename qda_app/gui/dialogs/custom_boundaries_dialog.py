"""The "custom boundaries" consensus decision: the team sets the passage's range and its code(s)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QListWidget, QListWidgetItem, QSpinBox, QVBoxLayout, QWidget,
)

from qda_app.services.consensus import Passage


class CustomBoundariesDialog(QDialog):
    """Start and end (code points, preset to the passage) and the codes to keep (preset when both
    coders used the same ones; the team must choose when they did not)."""

    def __init__(self, passage: Passage, *, document_length: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Custom Boundaries"))
        self.setAccessibleName(self.tr("Custom Boundaries"))
        self.start = QSpinBox(self)
        self.end = QSpinBox(self)
        for box, value, name in ((self.start, passage.start, self.tr("Start")), (self.end, passage.end, self.tr("End"))):
            box.setRange(0, document_length)
            box.setValue(value)
            box.setAccessibleName(name)
        codes = list(dict.fromkeys(passage.codes_of("a") + passage.codes_of("b")))
        same = set(passage.codes_of("a")) == set(passage.codes_of("b")) or not passage.b or not passage.a
        self.codes = QListWidget(self)
        self.codes.setObjectName("customCodes")
        self.codes.setAccessibleName(self.tr("Codes to keep"))
        for code in codes:
            item = QListWidgetItem(code.replace("::", " › "), self.codes)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if same else Qt.CheckState.Unchecked)
        form = QFormLayout()
        form.addRow(self.tr("First character:"), self.start)
        form.addRow(self.tr("Character after the last:"), self.end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Codes to keep:"), self))
        layout.addWidget(self.codes)
        layout.addWidget(buttons)

    def chosen_codes(self) -> list[str]:
        return [self.codes.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.codes.count())
                if self.codes.item(row).checkState() == Qt.CheckState.Checked]
