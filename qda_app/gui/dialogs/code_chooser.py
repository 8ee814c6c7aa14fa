"""Type-ahead code chooser: pick several codes, or create a new one on the fly.

Opened with ``open()`` (window-modal, not blocking), so scripts and tests can drive it:
``set_filter``, ``check``, ``accept``; ``chosen`` is emitted with the chosen code paths.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from qda_app.core.model import Code

PathRole = Qt.ItemDataRole.UserRole + 1
NEW_ROLE = Qt.ItemDataRole.UserRole + 2


def swatch(colour: str, size: int = 12) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return pixmap


class CodeChooser(QDialog):
    chosen = Signal(list)  # code paths

    def __init__(self, codes: list[Code], parent: QWidget | None = None, *, title: str = "",
                 multiple: bool = True, allow_new: bool = True, preselect: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeChooser")
        self.setWindowTitle(title or self.tr("Code Selection"))
        self.setAccessibleName(self.windowTitle())
        self.multiple = multiple
        self.allow_new = allow_new
        self.field = QLineEdit(self)
        self.field.setObjectName("codeChooserFilter")
        self.field.setPlaceholderText(self.tr("Type to find a code, or a new name (Category::Code)"))
        self.field.setAccessibleName(self.tr("Code name"))
        self.list = QListWidget(self)
        self.list.setObjectName("codeChooserList")
        self.list.setAccessibleName(self.tr("Codes"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        hint = QLabel(self.tr("Tick the codes to apply; Enter confirms."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.list)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.new_item: QListWidgetItem | None = None
        for code in codes:
            item = QListWidgetItem(swatch(code.color), "    " * code.depth + code.name, self.list)
            item.setData(PathRole, code.path)
            item.setToolTip(code.path + (f"\n{code.description}" if code.description else ""))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code.path in (preselect or []) else Qt.CheckState.Unchecked)
        self.field.textChanged.connect(self.set_filter)
        self.field.returnPressed.connect(self._on_return)
        self.list.itemChanged.connect(self._on_item_changed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(420, 480)

    def set_filter(self, text: str) -> None:
        if self.field.text() != text:
            self.field.setText(text)  # re-enters through textChanged
            return
        needle = text.strip().casefold()
        first_visible = None
        exact = False
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is self.new_item:
                continue
            path = item.data(PathRole)
            visible = not needle or needle in path.casefold()
            item.setHidden(not visible)
            exact = exact or path.casefold() == needle or path.split("::")[-1].casefold() == needle
            if visible and first_visible is None:
                first_visible = item
        if self.new_item is not None:
            self.list.takeItem(self.list.row(self.new_item))
            self.new_item = None
        if self.allow_new and needle and not exact:
            self.new_item = QListWidgetItem(self.tr("Create code “%1”").replace("%1", text.strip()))
            self.new_item.setData(PathRole, text.strip())
            self.new_item.setData(NEW_ROLE, True)
            self.new_item.setFlags(self.new_item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.new_item.setCheckState(Qt.CheckState.Unchecked)
            self.list.insertItem(0, self.new_item)
        if first_visible is not None:
            self.list.setCurrentItem(first_visible)
        elif self.new_item is not None:
            self.list.setCurrentItem(self.new_item)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self.multiple or item.checkState() != Qt.CheckState.Checked:
            return
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            other = self.list.item(row)
            if other is not item:
                other.setCheckState(Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def _on_return(self) -> None:
        current = self.list.currentItem()
        if current is not None and not self.checked_paths():
            current.setCheckState(Qt.CheckState.Checked)
        self.accept()

    def check(self, paths: list[str]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(PathRole) in paths:
                item.setCheckState(Qt.CheckState.Checked)

    def checked_paths(self) -> list[str]:
        return [
            self.list.item(row).data(PathRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        paths = self.checked_paths()
        super().accept()
        if paths:
            self.chosen.emit(paths)
