"""A fixed list of quotations (a query's result, a table cell's quotations) as a read-only table.

The quotation manager's model pages through the whole project with SQL filters; a result is a
list already known, so this one only presents it, in the manager's columns.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from qda_app.core.model import Quotation
from qda_app.gui.models.quotation_model import quotation_cell

Index = QModelIndex | QPersistentModelIndex


class QuotationListModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Quotation] = []
        self.document_names: dict[int, str] = {}

    def load(self, quotations: list[Quotation]) -> None:
        self.beginResetModel()
        self.rows = list(quotations)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("ID"), self.tr("Document"), self.tr("Text"), self.tr("Codes"), self.tr("Coder"),
                self.tr("Created"), self.tr("Comment"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return quotation_cell(self.rows[index.row()], index.column(), role, self.document_names)
