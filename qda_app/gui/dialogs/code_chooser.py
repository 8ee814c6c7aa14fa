"""Type-ahead code chooser (Ctrl+K): pick several codes, or create a new one on the fly.

Enter applies the code whose name is exactly what was typed (compared as the project
compares names: core.numbering.name_key); when none is, the first entry is
"Create 'Lima'" and Enter creates it - never a code that merely contains the text. The
codes used last come first. Opened with ``open()`` (window-modal, not blocking), so scripts
and tests can drive it: ``set_filter``, ``check``, ``accept``, ``press_enter``; ``chosen`` is
emitted with the chosen code paths.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from qda_app.core.model import CODE_PATH_SEPARATOR, Code
from qda_app.core.numbering import code_path_key, name_key

PathRole = Qt.ItemDataRole.UserRole + 1
NEW_ROLE = Qt.ItemDataRole.UserRole + 2
HEADING_ROLE = Qt.ItemDataRole.UserRole + 3


def swatch(colour: str, size: int = 12) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return pixmap


class CodeChooser(QDialog):
    chosen = Signal(list)  # code paths

    def __init__(self, codes: list[Code], parent: QWidget | None = None, *, title: str = "",
                 multiple: bool = True, allow_new: bool = True, preselect: list[str] | None = None,
                 recent: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeChooser")
        self.setWindowTitle(title or self.tr("Code Selection"))
        self.setAccessibleName(self.windowTitle())
        self.multiple = multiple
        self.allow_new = allow_new
        self.codes = codes
        self.field = QLineEdit(self)
        self.field.setObjectName("codeChooserFilter")
        self.field.setPlaceholderText(self.tr("Type to find a code, or a new name (Category::Code)"))
        self.field.setAccessibleName(self.tr("Code name"))
        self.field.installEventFilter(self)
        self.list = QListWidget(self)
        self.list.setObjectName("codeChooserList")
        self.list.setAccessibleName(self.tr("Codes"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        hint = QLabel(self.tr("Enter applies the code named exactly as typed, or creates it; "
                              "tick several to apply them together."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.list)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.new_item: QListWidgetItem | None = None
        self._navigated = False  # the user moved through the list with the arrow keys
        by_path = {code.path: code for code in codes}
        recent_codes = [by_path[path] for path in (recent or []) if path in by_path]
        if recent_codes:
            self._heading(self.tr("Recently used"))
            for code in recent_codes:
                self._code_item(code, code.path, preselect)
            self._heading(self.tr("All codes"))
        for code in codes:
            self._code_item(code, "    " * code.depth + code.name, preselect)
        self.field.textChanged.connect(self.set_filter)
        self.field.returnPressed.connect(self.press_enter)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.itemActivated.connect(lambda item: self._apply_item(item))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(440, 480)
        self.set_filter("")

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text, self.list)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setData(HEADING_ROLE, True)
        font = item.font()
        font.setBold(True)
        item.setFont(font)

    def _code_item(self, code: Code, text: str, preselect: list[str] | None) -> None:
        item = QListWidgetItem(swatch(code.color), text, self.list)
        item.setData(PathRole, code.path)
        item.setToolTip(code.path + (f"\n{code.description}" if code.description else ""))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if code.path in (preselect or []) else Qt.CheckState.Unchecked)

    def exact_match(self, text: str) -> str | None:
        """The code named exactly ``text``: its full path, or its name when only one code has it."""
        if not text.strip():
            return None
        wanted = code_path_key(text)
        for code in self.codes:
            if code_path_key(code.path) == wanted:
                return code.path
        if CODE_PATH_SEPARATOR not in text:
            named = [code.path for code in self.codes if name_key(code.name) == name_key(text)]
            if len(named) == 1:
                return named[0]
        return None

    def set_filter(self, text: str) -> None:
        if self.field.text() != text:
            self.field.setText(text)  # re-enters through textChanged
            return
        self._navigated = False
        needle = text.strip().casefold()
        first_visible = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is self.new_item:
                continue
            if item.data(HEADING_ROLE):
                item.setHidden(bool(needle))
                continue
            visible = not needle or needle in item.data(PathRole).casefold()
            item.setHidden(not visible)
            if visible and first_visible is None:
                first_visible = item
        if self.new_item is not None:
            self.list.takeItem(self.list.row(self.new_item))
            self.new_item = None
        exact = self.exact_match(text)
        if self.allow_new and needle and exact is None:
            self.new_item = QListWidgetItem(self.tr("Create “%1”").replace("%1", text.strip()))
            self.new_item.setData(PathRole, text.strip())
            self.new_item.setData(NEW_ROLE, True)
            self.new_item.setFlags(self.new_item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.new_item.setCheckState(Qt.CheckState.Unchecked)
            self.list.insertItem(0, self.new_item)
        target = self._item_for(exact) if exact else (self.new_item or first_visible)
        if target is not None:
            self.list.setCurrentItem(target)

    def _item_for(self, path: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.isHidden() and item.data(PathRole) == path:
                return item
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Up and Down in the name field move through the list, as in a completer.
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _step(self, step: int) -> None:
        row = self.list.currentRow()
        for _ in range(self.list.count()):
            row = (row + step) % max(1, self.list.count())
            item = self.list.item(row)
            if item is not None and not item.isHidden() and item.data(PathRole):
                self.list.setCurrentItem(item)
                self._navigated = True
                return

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self.multiple or item.checkState() != Qt.CheckState.Checked:
            return
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            other = self.list.item(row)
            if other is not item and other.data(PathRole):
                other.setCheckState(Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def press_enter(self) -> None:
        """Ticked codes if any; else the exact match, the code chosen with the arrows, or a new one."""
        if self.checked_paths():
            self.accept()
            return
        text = self.field.text()
        current = self.list.currentItem()
        if self._navigated and current is not None and current.data(PathRole):
            self._apply_item(current)
            return
        exact = self.exact_match(text)
        if exact is not None:
            self._apply_paths([exact])
        elif self.new_item is not None:
            self._apply_paths([self.new_item.data(PathRole)])
        elif not self.allow_new and current is not None and current.data(PathRole) and not current.isHidden():
            self._apply_item(current)

    def _apply_item(self, item: QListWidgetItem) -> None:
        if item.data(PathRole):
            self._apply_paths([item.data(PathRole)])

    def _apply_paths(self, paths: list[str]) -> None:
        self.check(paths)
        self.accept()

    def check(self, paths: list[str]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(PathRole) in paths:
                item.setCheckState(Qt.CheckState.Checked)

    def checked_paths(self) -> list[str]:
        return list(dict.fromkeys(
            self.list.item(row).data(PathRole)
            for row in range(self.list.count())
            if self.list.item(row).data(PathRole) and self.list.item(row).checkState() == Qt.CheckState.Checked
        ))

    def accept(self) -> None:
        paths = self.checked_paths()
        super().accept()
        if paths:
            self.chosen.emit(paths)
