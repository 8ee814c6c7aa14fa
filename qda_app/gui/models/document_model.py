"""Documents as a table: number, name, groups, attributes, quotation count."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from qda_app.core.model import Document
from qda_app.gui.format import format_number

Index = QModelIndex | QPersistentModelIndex
NumberRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


class DocumentTableModel(QAbstractTableModel):
    """The rows are sorted here, with one Python sort over a key (the proxy only filters):
    sorting 2,000 rows through a proxy's lessThan costs tens of thousands of data() calls."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Document] = []
        self.attributes: dict[int, dict[str, str]] = {}
        self.sort_column, self.sort_order = 0, Qt.SortOrder.AscendingOrder

    def load(self, documents: list[Document], attributes: dict[int, dict[str, str]]) -> None:
        self.beginResetModel()
        self.attributes = attributes
        self.rows = self._sorted(documents)
        self.endResetModel()

    def update_rows(self, documents: list[Document]) -> bool:
        """Take re-read rows of the same documents in place (their quotation counts moved), so
        the list keeps its selection and scroll; False when the documents themselves differ."""
        fresh = {document.id: document for document in documents}
        if len(fresh) != len(self.rows) or any(document.id not in fresh for document in self.rows):
            return False
        for row, old in enumerate(self.rows):
            new = fresh[old.id]
            if old != new:
                self.rows[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = max(0, column), order
        self.layoutAboutToBeChanged.emit()
        before = {document.id: row for row, document in enumerate(self.rows)}
        self.rows = self._sorted(self.rows)
        after = {document.id: row for row, document in enumerate(self.rows)}
        moved_from = {row: after[document_id] for document_id, row in before.items()}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [
            self.index(moved_from[index.row()], index.column()) for index in persistent])
        self.layoutChanged.emit()

    def _sorted(self, documents: list[Document]) -> list[Document]:
        column = self.sort_column

        def key(document: Document) -> tuple:
            if column == 0:
                return (document.number,)
            if column == 4:
                return (document.quotation_count, document.number)
            text = (document.name, ", ".join(document.groups), self.attribute_text(document))[column - 1]
            return (text.casefold(), document.number)

        return sorted(documents, key=key, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def update_counts(self, counts: dict[int, int]) -> None:
        """New quotation counts of some documents (by id), in place: one row repainted each."""
        for row, document in enumerate(self.rows):
            count = counts.get(document.id)
            if count is not None and count != document.quotation_count:
                self.rows[row] = replace(document, quotation_count=count)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Name"), self.tr("Groups"), self.tr("Attributes"), self.tr("Quotations"))[section]

    def attribute_text(self, document: Document) -> str:
        values = self.attributes.get(document.number, {})
        return "; ".join(f"{name}: {value}" for name, value in sorted(values.items()))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        document = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                format_number(document.number), document.name, ", ".join(document.groups),
                self.attribute_text(document), format_number(document.quotation_count),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{document.number}: {document.name}\n{document.original_name}\n{self.attribute_text(document)}".strip()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == NumberRole:
            return document.number
        if role == SortRole:
            if column == 0:
                return document.number
            if column == 4:
                return document.quotation_count
            return str(self.data(index)).casefold()
        return None


class DocumentFilterModel(QSortFilterProxyModel):
    """Filters; sorting is handed to the source model."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.group: str | None = None
        self.text = ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def set_filters(self, **values: object) -> None:
        self.beginFilterChange()
        for name, value in values.items():
            setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802 (Qt override)
        model: DocumentTableModel = self.sourceModel()  # type: ignore[assignment]
        document = model.rows[row]
        if self.group and self.group not in document.groups:
            return False
        if self.text:
            needle = self.text.casefold()
            haystack = f"{document.number} {document.name} {' '.join(document.groups)} {model.attribute_text(document)}"
            return needle in haystack.casefold()
        return True
