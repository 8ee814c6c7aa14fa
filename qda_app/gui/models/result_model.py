"""A fixed list of quotations (a query's result, a table cell's quotations) as a read-only table.

The quotation manager's model pages through the whole project with SQL filters; a result is a
list already known, so this one only presents it, in the manager's columns.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from qda_app.core.model import Quotation
from qda_app.gui.format import format_datetime
from qda_app.gui.models.quotation_model import QuotationIdRole

Index = QModelIndex | QPersistentModelIndex
ID, DOCUMENT, TEXT, CODES, CODER, CREATED, COMMENT = range(7)
TEXT_SHOWN = 160


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
        quotation, column = self.rows[index.row()], index.column()
        if role == QuotationIdRole:
            return quotation.id
        if role == Qt.ItemDataRole.ToolTipRole and column in (TEXT, CODES, COMMENT):
            return {TEXT: quotation.text[:1200], CODES: "\n".join(quotation.codes),
                    COMMENT: quotation.comment}[column] or None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == ID:
            return quotation.quotation_id
        if column == DOCUMENT:
            return self.document_names.get(quotation.document_number, str(quotation.document_number))
        if column == TEXT:
            text = " ".join(quotation.text.split())
            return text if len(text) <= TEXT_SHOWN else text[:TEXT_SHOWN - 1] + "…"
        if column == CODES:
            return "; ".join(path.split("::")[-1] for path in quotation.codes)
        if column == CODER:
            return ", ".join(quotation.coders) or (quotation.created_by or "")
        if column == CREATED:
            return format_datetime(quotation.created_at)
        return quotation.comment.replace("\n", " ")
