"""Relating a code (or linking a quotation) to another: relation type, target, comment.

The dialog also lists the relations the item already takes part in, each removable. It only
asks; ``relate_requested`` / ``remove_requested`` go to the controller (relation_actions).
Opened with ``open()`` so tests can drive it: ``choose_relation``, ``choose_target``, ``accept``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from qda_app.gui.dialogs.code_chooser import swatch

TargetRole = Qt.ItemDataRole.UserRole + 1


class RelateDialog(QDialog):
    relate_requested = Signal(int, object, str)  # relation type id, target (code path or quotation id), comment
    remove_requested = Signal(int)  # relation (or link) id

    def __init__(self, *, title: str, source_label: str, relation_types: list[tuple[int, str]],
                 targets: list[tuple[str, object, str | None]], existing: list[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        """``targets``: (shown text, value, colour or None); ``existing``: (relation id, sentence)."""
        super().__init__(parent)
        self.setObjectName("relateDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.relation = QComboBox(self)
        self.relation.setObjectName("relationType")
        for type_id, name in relation_types:
            self.relation.addItem(name, type_id)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("relateFilter")
        self.filter.setPlaceholderText(self.tr("Type to find the target"))
        self.filter.setClearButtonEnabled(True)
        self.targets = QListWidget(self)
        self.targets.setObjectName("relateTargets")
        self.targets.setAccessibleName(self.tr("Target"))
        for text, value, colour in targets:
            item = QListWidgetItem(text, self.targets)
            if colour:
                item.setIcon(swatch(colour))
            item.setData(TargetRole, value)
            item.setToolTip(str(value))
        self.filter.textChanged.connect(self._filter)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("relateComment")
        self.comment.setMaximumHeight(70)
        self.existing = QListWidget(self)
        self.existing.setObjectName("existingRelations")
        self.existing.setAccessibleName(self.tr("Existing relations"))
        for relation_id, sentence in existing:
            item = QListWidgetItem(sentence, self.existing)
            item.setData(TargetRole, relation_id)
        self.remove_button = QPushButton(self.tr("Remove Relation"), self)
        self.remove_button.setEnabled(False)
        self.existing.currentItemChanged.connect(lambda current, _: self.remove_button.setEnabled(current is not None))
        self.remove_button.clicked.connect(self._remove)
        form = QFormLayout()
        form.addRow(self.tr("From:"), QLabel(source_label, self))
        form.addRow(self.tr("Relation:"), self.relation)
        form.addRow(self.tr("To:"), self.filter)
        form.addRow("", self.targets)
        form.addRow(self.tr("Comment:"), self.comment)
        existing_row = QHBoxLayout()
        existing_row.addWidget(self.existing, 1)
        existing_row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Already related:"), self))
        layout.addLayout(existing_row)
        layout.addWidget(self.buttons)
        self.resize(560, 620)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        first = None
        for row in range(self.targets.count()):
            item = self.targets.item(row)
            hidden = bool(needle) and needle not in item.text().casefold() and needle not in str(
                item.data(TargetRole)).casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if needle and first is not None:
            self.targets.setCurrentItem(first)

    def _remove(self) -> None:
        item = self.existing.currentItem()
        if item is not None:
            self.remove_requested.emit(item.data(TargetRole))
            self.existing.takeItem(self.existing.row(item))

    def choose_relation(self, type_id: int) -> None:
        self.relation.setCurrentIndex(max(0, self.relation.findData(type_id)))

    def choose_target(self, value: object) -> bool:
        for row in range(self.targets.count()):
            if self.targets.item(row).data(TargetRole) == value:
                self.targets.setCurrentRow(row)
                return True
        return False

    def accept(self) -> None:
        item = self.targets.currentItem()
        if item is None or item.isHidden() or self.relation.currentData() is None:
            self.filter.setFocus()
            return
        self.relate_requested.emit(self.relation.currentData(), item.data(TargetRole), self.comment.toPlainText().strip())
        super().accept()
