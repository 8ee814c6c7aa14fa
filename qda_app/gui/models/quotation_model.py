"""Quotations as a table (the quotation manager), and the proxy that filters them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from qda_app.core.model import Quotation
from qda_app.gui.format import format_datetime

Index = QModelIndex | QPersistentModelIndex
QuotationIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
ID, DOCUMENT, TEXT, CODES, CODER, CREATED, COMMENT = range(7)


class QuotationTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Quotation] = []
        self._row_of: dict[int, int] = {}  # quotation id -> row, so an action finds its rows at once
        self.document_names: dict[int, str] = {}
        self.document_groups: dict[int, tuple[str, ...]] = {}

    def load(self, quotations: list[Quotation]) -> None:
        self.beginResetModel()
        self.rows = list(quotations)
        self._row_of = {quotation.id: row for row, quotation in enumerate(self.rows)}
        self.endResetModel()

    def quotation(self, quotation_id: int) -> Quotation | None:
        row = self._row_of.get(quotation_id)
        return None if row is None else self.rows[row]

    def update(self, touched: set[int], fresh: Iterable[Quotation]) -> None:
        """Apply an action's effect row by row, so the view keeps its scroll and selection."""
        fresh_by_id = {quotation.id: quotation for quotation in fresh}
        removed = []
        for row in sorted((self._row_of[quotation_id] for quotation_id in touched if quotation_id in self._row_of),
                          reverse=True):
            quotation = self.rows[row]
            if quotation.id in fresh_by_id:
                self.rows[row] = fresh_by_id.pop(quotation.id)
                self.dataChanged.emit(self.index(row, 0), self.index(row, COMMENT))
            else:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                del self._row_of[quotation.id]
                self.endRemoveRows()
                removed.append(row)
        if removed:  # the rows below moved up
            for row in range(min(removed), len(self.rows)):
                self._row_of[self.rows[row].id] = row
        if fresh_by_id:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh_by_id) - 1)
            self.rows.extend(fresh_by_id.values())
            for row in range(first, len(self.rows)):
                self._row_of[self.rows[row].id] = row
            self.endInsertRows()

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
        quotation = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == ID:
                return quotation.quotation_id
            if column == DOCUMENT:
                return self.document_names.get(quotation.document_number, str(quotation.document_number))
            if column == TEXT:
                text = " ".join(quotation.text.split())
                return text if len(text) <= 160 else text[:159] + "…"
            if column == CODES:
                return "; ".join(path.split("::")[-1] for path in quotation.codes)
            if column == CODER:
                return ", ".join(quotation.coders) or (quotation.created_by or "")
            if column == CREATED:
                return format_datetime(quotation.created_at)
            return quotation.comment.replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole and column in (TEXT, CODES, COMMENT):
            return {TEXT: quotation.text[:1200], CODES: "\n".join(quotation.codes), COMMENT: quotation.comment}[column] or None
        if role == SortRole:
            if column == ID:
                return quotation.document_number * 1_000_000 + quotation.number
            if column == CREATED:
                return quotation.created_at
            return str(self.data(index)).casefold()
        if role == QuotationIdRole:
            return quotation.id
        return None


class QuotationFilterModel(QSortFilterProxyModel):
    """Filters by code (with sub-codes), document, document group, coder and text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.code_path: str | None = None
        self.document: int | None = None
        self.group: str | None = None
        self.coder: str | None = None
        self.code_group: frozenset[str] | None = None  # the paths of a code group's codes
        self.text = ""

    def set_filters(self, **values: object) -> None:
        self.beginFilterChange()
        for name, value in values.items():
            setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802 (Qt override)
        model: QuotationTableModel = self.sourceModel()  # type: ignore[assignment]
        quotation = model.rows[row]
        if self.code_path and not any(
            path == self.code_path or path.startswith(self.code_path + "::") for path in quotation.codes
        ):
            return False
        if self.code_group is not None and not any(
            path in self.code_group or any(path.startswith(member + "::") for member in self.code_group)
            for path in quotation.codes
        ):
            return False
        if self.document is not None and quotation.document_number != self.document:
            return False
        if self.group and self.group not in model.document_groups.get(quotation.document_number, ()):
            return False
        if self.coder and self.coder not in quotation.coders and quotation.created_by != self.coder:
            return False
        if self.text:
            needle = self.text.casefold()
            if needle not in quotation.text.casefold() and needle not in quotation.comment.casefold():
                return False
        return True
