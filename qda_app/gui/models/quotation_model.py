"""Quotations as a table (the quotation manager), read a page at a time.

The rows shown are a prefix of the query's result in its order: the first page on opening,
the next when the view scrolls to the end (``canFetchMore``/``fetchMore``). Filters and
sorting run in SQL (``services.quotation_pages``); the counts come from SQL too, so opening a
project of 200,000 quotations reads one page. After an action only the quotations it touched
are re-read and put in, taken out or moved in place, so the view keeps its scroll and selection.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from qda_app.core.model import Quotation
from qda_app.gui.format import format_datetime
from qda_app.services.quotation_pages import QuotationPages, QuotationQuery, sort_key

Index = QModelIndex | QPersistentModelIndex
QuotationIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
ID, DOCUMENT, TEXT, CODES, CODER, CREATED, COMMENT = range(7)
ORDER_OF_COLUMN = {ID: "id", DOCUMENT: "document", CREATED: "created"}  # the orders SQL can give cheaply
PAGE_SIZE = 64  # a screenful or two: a page filtered by code may span as many documents as rows


class QuotationTableModel(QAbstractTableModel):
    counts_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Quotation] = []  # the rows read so far: a prefix of the query's result
        self._row_of: dict[int, int] = {}  # quotation id -> row, so an action finds its rows at once
        self.document_names: dict[int, str] = {}
        self.pages: QuotationPages | None = None
        self.query = QuotationQuery()
        self.total = 0  # quotations the filters let through
        self.project_total = 0  # quotations in the project

    # --- reading ----------------------------------------------------------------------------

    def attach(self, pages: QuotationPages | None) -> None:
        """Read from this project from now on (None: no project); ``reload`` shows it."""
        self.pages = pages

    def reload(self) -> None:
        self.beginResetModel()
        if self.pages is None:
            self.rows, self.total, self.project_total = [], 0, 0
        else:
            self.total = self.pages.count(self.query)
            self.project_total = self.total if self._unfiltered() else self.pages.count()
            self.rows = self.pages.page(self.query, after=None, limit=PAGE_SIZE)
        self._index_rows(0)
        self.endResetModel()
        self.counts_changed.emit()

    def set_filters(self, **values: object) -> None:
        self.query = replace(self.query, **values)
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        query = replace(self.query, order=ORDER_OF_COLUMN.get(column, "document"),
                        descending=column in ORDER_OF_COLUMN and order == Qt.SortOrder.DescendingOrder)
        if query != self.query:
            self.query = query
            self.reload()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 (Qt override)
        return not parent.isValid() and self.pages is not None and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 (Qt override)
        if not self.canFetchMore(parent):
            return
        assert self.pages is not None
        after = sort_key(self.query, self.rows[-1]) if self.rows else None
        more = self.pages.page(self.query, after=after, limit=PAGE_SIZE)
        if not more:
            self.total = len(self.rows)  # the project changed under the count: nothing more to read
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.rows.extend(more)
        self._index_rows(first)
        self.endInsertRows()

    def quotation(self, quotation_id: int) -> Quotation | None:
        row = self._row_of.get(quotation_id)
        if row is not None:
            return self.rows[row]
        return None if self.pages is None else self.pages.get(quotation_id)

    # --- after an action --------------------------------------------------------------------

    def update(self, touched: Iterable[int]) -> None:
        """Re-read the quotations an action touched: changed rows in place, gone rows out, new
        ones in their place among the rows read (or left for a later page)."""
        if self.pages is None:
            return
        touched = set(touched)
        everything_read = len(self.rows) >= self.total
        fresh = {quotation.id: quotation for quotation in self.pages.matching(self.query, touched)}
        removed = False
        for row in sorted((self._row_of[i] for i in touched if i in self._row_of), reverse=True):
            old = self.rows[row]
            new = fresh.get(old.id)
            if new is not None and sort_key(self.query, new) == sort_key(self.query, old):
                self.rows[row] = fresh.pop(old.id)
                self.dataChanged.emit(self.index(row, 0), self.index(row, COMMENT))
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            del self._row_of[old.id]
            self.endRemoveRows()
            removed = True
        if removed:
            self._index_rows(0)
        for quotation in fresh.values():
            row = self._position(sort_key(self.query, quotation))
            if row == len(self.rows) and not everything_read:
                continue  # beyond the rows read: it arrives with the page it belongs to
            self.beginInsertRows(QModelIndex(), row, row)
            self.rows.insert(row, quotation)
            self._index_rows(row)
            self.endInsertRows()
        self.total = self.pages.count(self.query)
        self.project_total = self.total if self._unfiltered() else self.pages.count()
        self.counts_changed.emit()

    def _position(self, key: tuple) -> int:
        """The row a quotation with this sort key goes to (after every row that comes before it)."""
        low, high = 0, len(self.rows)
        while low < high:
            middle = (low + high) // 2
            other = sort_key(self.query, self.rows[middle])
            before = other > key if self.query.descending else other < key
            if before:
                low = middle + 1
            else:
                high = middle
        return low

    def _index_rows(self, first: int) -> None:
        if first == 0:
            self._row_of = {}
        for row in range(first, len(self.rows)):
            self._row_of[self.rows[row].id] = row

    def _unfiltered(self) -> bool:
        return self.query == QuotationQuery(order=self.query.order, descending=self.query.descending)

    # --- Qt ---------------------------------------------------------------------------------

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


TEXT_SHOWN = 160  # characters of a quotation's text in its cell; the tooltip shows more


def quotation_cell(quotation: Quotation, column: int, role: int, document_names: dict[int, str]):
    """One cell of a quotation row as the quotation manager shows it, for every model that lists
    quotations in the manager's columns."""
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
        if column == ID:
            return quotation.quotation_id
        if column == DOCUMENT:
            return document_names.get(quotation.document_number, str(quotation.document_number))
        if column == TEXT:
            # A slice first: a quotation can be a whole transcript, and only a line is shown.
            text = " ".join(quotation.text[:400].split())
            return text if len(text) <= TEXT_SHOWN else text[:TEXT_SHOWN - 1] + "…"
        if column == CODES:
            return "; ".join(path.split("::")[-1] for path in quotation.codes)
        if column == CODER:
            return ", ".join(quotation.coders) or (quotation.created_by or "")
        if column == CREATED:
            return format_datetime(quotation.created_at)
        return quotation.comment.replace("\n", " ")
    if role == Qt.ItemDataRole.ToolTipRole and column in (TEXT, CODES, COMMENT):
        return {TEXT: quotation.text[:1200], CODES: "\n".join(quotation.codes), COMMENT: quotation.comment}[column] or None
    if role == QuotationIdRole:
        return quotation.id
    return None
