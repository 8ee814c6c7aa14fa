"""Code groups: named sets of codes apart from the tree (a code may be in several).

Left the groups, right every code with a tick for membership; each tick, new group, rename
or deletion is one request to the controller (one command), and the dialog is refilled after.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from qda_app.gui.dialogs.code_chooser import swatch

ValueRole = Qt.ItemDataRole.UserRole + 1


class CodeGroupsDialog(QDialog):
    create_requested = Signal()
    rename_requested = Signal(str)
    delete_requested = Signal(str)
    membership_changed = Signal(str, str, bool)  # group, code path, member
    filter_requested = Signal(str)  # show the group's quotations in the quotation pane

    def __init__(self, codes: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeGroupsDialog")
        self.groups: dict[str, set[str]] = {}
        self.group_list = QListWidget(self)
        self.group_list.setObjectName("codeGroupList")
        self.group_list.currentItemChanged.connect(lambda *_: self._show_members())
        self.code_list = QListWidget(self)
        self.code_list.setObjectName("codeGroupMembers")
        for code in codes:
            item = QListWidgetItem(swatch(code.color), "    " * code.depth + code.name, self.code_list)
            item.setData(ValueRole, code.path)
            item.setToolTip(code.path)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.code_list.itemChanged.connect(self._ticked)
        self.new_button, self.rename_button = QPushButton(self), QPushButton(self)
        self.delete_button, self.filter_button = QPushButton(self), QPushButton(self)
        self.new_button.setObjectName("newCodeGroup")
        self.new_button.clicked.connect(self.create_requested.emit)
        self.rename_button.clicked.connect(lambda: self._with_current(self.rename_requested))
        self.delete_button.clicked.connect(lambda: self._with_current(self.delete_requested))
        self.filter_button.clicked.connect(lambda: self._with_current(self.filter_requested))
        self.groups_label, self.members_label = QLabel(self), QLabel(self)
        left = QVBoxLayout()
        left.addWidget(self.groups_label)
        left.addWidget(self.group_list)
        for button in (self.new_button, self.rename_button, self.delete_button, self.filter_button):
            left.addWidget(button)
        right = QVBoxLayout()
        right.addWidget(self.members_label)
        right.addWidget(self.code_list)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.resize(720, 560)
        self.retranslate()
        self._show_members()

    def current_group(self) -> str | None:
        item = self.group_list.currentItem()
        return None if item is None else item.data(ValueRole)

    def _with_current(self, signal) -> None:
        group = self.current_group()
        if group is not None:
            signal.emit(group)

    def set_groups(self, groups: dict[str, set[str]], *, select: str | None = None) -> None:
        """Group name -> member code paths, by name."""
        current = select or self.current_group()
        self.groups = groups
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for name, members in groups.items():
            item = QListWidgetItem(f"{name} ({len(members)})", self.group_list)
            item.setData(ValueRole, name)
            if name == current:
                self.group_list.setCurrentItem(item)
        if self.group_list.currentItem() is None and self.group_list.count():
            self.group_list.setCurrentRow(0)
        self.group_list.blockSignals(False)
        self._show_members()

    def _show_members(self) -> None:
        group = self.current_group()
        members = self.groups.get(group, set()) if group else set()
        self.code_list.blockSignals(True)
        for row in range(self.code_list.count()):
            item = self.code_list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(ValueRole) in members else Qt.CheckState.Unchecked)
        self.code_list.blockSignals(False)
        self.code_list.setEnabled(group is not None)
        for button in (self.rename_button, self.delete_button, self.filter_button):
            button.setEnabled(group is not None)

    def _ticked(self, item: QListWidgetItem) -> None:
        group = self.current_group()
        if group is not None:
            self.membership_changed.emit(group, item.data(ValueRole), item.checkState() == Qt.CheckState.Checked)

    def set_member(self, path: str, member: bool) -> None:
        for row in range(self.code_list.count()):
            item = self.code_list.item(row)
            if item.data(ValueRole) == path:
                item.setCheckState(Qt.CheckState.Checked if member else Qt.CheckState.Unchecked)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        # A window of its own: the language switch reaches it here, not through the main window.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Code Groups"))
        self.setAccessibleName(self.tr("Code Groups"))
        self.groups_label.setText(self.tr("Groups:"))
        self.members_label.setText(self.tr("Codes in the group (tick to add, untick to remove):"))
        self.new_button.setText(self.tr("New Group…"))
        self.rename_button.setText(self.tr("Rename…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.filter_button.setText(self.tr("Show Its Quotations"))
