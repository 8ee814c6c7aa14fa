"""Documents as a table (number, name, groups, attributes, quotation count), read a page at a time.

As the quotation manager: the rows shown are a prefix of the query's result in its order,
the first page on opening and the next when the view scrolls to the end (``canFetchMore`` /
``fetchMore``); filters and sorting run in SQL (``services.document_pages``), so opening a
project of 2,000 transcripts reads one page. After an action only the touched documents'
quotation counts are put in, in place, so the list keeps its scroll and selection.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from qda_app.core.model import Document
from qda_app.gui.format import format_number
from qda_app.services.document_pages import DocumentPages, DocumentQuery, DocumentRow

Index = QModelIndex | QPersistentModelIndex
NumberRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
ORDER_OF_COLUMN = ("number", "name", "groups", "attributes", "quotations")
PAGE_SIZE = 100  # a few screenfuls of the pane


class DocumentTableModel(QAbstractTableModel):
    counts_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Document] = []  # the rows read so far: a prefix of the query's result
        self.attribute_texts: dict[int, str] = {}  # document id -> its attributes as printed
        self.pages: DocumentPages | None = None
        self.query = DocumentQuery()
        self.total = 0  # documents the filters let through

    # --- reading ----------------------------------------------------------------------------

    def attach(self, pages: DocumentPages | None) -> None:
        """Read from this project from now on (None: no project); ``reload`` shows it."""
        self.pages = pages

    def reload(self) -> None:
        self.beginResetModel()
        if self.pages is None:
            self.rows, self.attribute_texts, self.total = [], {}, 0
        else:
            self.total = self.pages.count(self.query)
            self._take(self.pages.page(self.query, offset=0, limit=PAGE_SIZE), reset=True)
        self.endResetModel()
        self.counts_changed.emit()

    def _take(self, rows: list[DocumentRow], *, reset: bool = False) -> None:
        if reset:
            self.rows, self.attribute_texts = [], {}
        self.rows.extend(row.document for row in rows)
        self.attribute_texts.update((row.document.id, row.attribute_text) for row in rows)

    def set_filters(self, **values: object) -> None:
        query = replace(self.query, **values)
        if query != self.query:
            self.query = query
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.set_filters(order=ORDER_OF_COLUMN[max(0, min(column, len(ORDER_OF_COLUMN) - 1))],
                         descending=order == Qt.SortOrder.DescendingOrder)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 (Qt override)
        return not parent.isValid() and self.pages is not None and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 (Qt override)
        if self.canFetchMore(parent):
            self.read_up_to(len(self.rows) + PAGE_SIZE - 1)

    def read_up_to(self, row: int) -> None:
        """Read the rows up to ``row`` (a document asked for beyond those read)."""
        if self.pages is None or row < len(self.rows):
            return
        first = len(self.rows)
        more = self.pages.page(self.query, offset=first, limit=row + 1 - first)
        if not more:
            self.total = len(self.rows)  # the project changed under the count: nothing more to read
            return
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._take(more)
        self.endInsertRows()

    def row_of_number(self, number: int | None) -> int | None:
        """The row of document ``number`` in the list's order, read up to it when needed."""
        if number is None or self.pages is None:
            return None
        found = next((row for row, document in enumerate(self.rows) if document.number == number), None)
        if found is None and len(self.rows) < self.total:
            found = self.pages.position(self.query, number)
            if found is not None:
                self.read_up_to(found)
                found = found if found < len(self.rows) and self.rows[found].number == number else None
        return found

    # --- after an action --------------------------------------------------------------------

    def update_counts(self, counts: dict[int, int]) -> None:
        """New quotation counts of some documents (by id): those rows repaint in place. In the
        order by quotation count a row may move, so the rows read are read again."""
        if self.query.order == "quotations":
            self.refresh_rows()
            return
        for row, document in enumerate(self.rows):
            count = counts.get(document.id)
            if count is not None and count != document.quotation_count:
                self.rows[row] = replace(document, quotation_count=count)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def refresh_rows(self) -> None:
        """Read the rows shown again: in place when they are the same documents in the same
        order (selection and scroll kept), else from the start."""
        if self.pages is None:
            return
        fresh = self.pages.page(self.query, offset=0, limit=max(len(self.rows), PAGE_SIZE))
        total = self.pages.count(self.query)
        if [row.document.id for row in fresh[:len(self.rows)]] != [document.id for document in self.rows]:
            self.reload()
            return
        for row, found in enumerate(fresh[:len(self.rows)]):
            text = self.attribute_texts.get(found.document.id)
            if found.document != self.rows[row] or found.attribute_text != text:
                self.rows[row] = found.document
                self.attribute_texts[found.document.id] = found.attribute_text
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.total = total
        if len(fresh) > len(self.rows) and len(self.rows) < PAGE_SIZE:
            self.read_up_to(len(fresh) - 1)
        self.counts_changed.emit()

    # --- Qt ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Name"), self.tr("Groups"), self.tr("Attributes"), self.tr("Quotations"))[section]

    def attribute_text(self, document: Document) -> str:
        return self.attribute_texts.get(document.id, "")

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
