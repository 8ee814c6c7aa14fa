"""Memos as a list: title, what the memo is about, author, last change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from qda_app.core.model import Memo
from qda_app.gui.format import format_datetime

Index = QModelIndex | QPersistentModelIndex
MemoIdRole = Qt.ItemDataRole.UserRole + 1


class MemoTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Memo] = []
        self.describe_target: Callable[[Memo], str] = lambda memo: ""

    def load(self, memos: list[Memo]) -> None:
        self.beginResetModel()
        self.rows = list(memos)
        self.endResetModel()

    def row_of(self, memo_id: int) -> int:
        return next((row for row, memo in enumerate(self.rows) if memo.id == memo_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Title"), self.tr("About"), self.tr("Author"), self.tr("Modified"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        memo = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (memo.title, self.describe_target(memo), memo.author or "", format_datetime(memo.modified_at))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return memo.text[:600] or None
        if role == MemoIdRole:
            return memo.id
        return None
