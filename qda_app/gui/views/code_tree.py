"""The code manager pane: filterable code tree with swatches and {G-D} counts."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from qda_app.gui.models.code_tree_model import CodeTreeModel, PathRole


class CodeTreeView(QTreeView):
    """objectName ``codeTree``; ``select_codes`` is part of the automation interface."""

    codes_selected = Signal(list)  # code paths

    def __init__(self, model: CodeTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeTree")
        self.source = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.setModel(self.proxy)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setAnimated(True)
        # Long subcategory names: elide in the middle so the {G-D} counts at the end stay visible.
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 260)
        self.setColumnHidden(1, True)  # the name already shows {G-D}; columns stay for sorting by choice
        self.setColumnHidden(2, True)
        self.selectionModel().selectionChanged.connect(self._on_selection)

    def _on_selection(self, *_: object) -> None:
        self.codes_selected.emit(self.selected_paths())

    def selected_paths(self) -> list[str]:
        rows = self.selectionModel().selectedRows(0)
        return [index.data(PathRole) for index in rows]

    def select_codes(self, paths: list[str]) -> None:
        selection = QItemSelection()
        for path in paths:
            source = self.source.index_of_path(path)
            index = self.proxy.mapFromSource(source)
            if index.isValid():
                selection.select(index, index)
                self.expand(index.parent())
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().select(selection, flags)
        if paths:
            first = self.proxy.mapFromSource(self.source.index_of_path(paths[0]))
            self.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(first)

    def expanded_paths(self) -> set[str]:
        found: set[str] = set()

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if self.isExpanded(index):
                    found.add(index.data(PathRole))
                    walk(index)

        walk(QModelIndex())
        return found

    def restore(self, *, expanded: set[str], selected: list[str]) -> None:
        for path in expanded:
            index = self.proxy.mapFromSource(self.source.index_of_path(path))
            if index.isValid():
                self.expand(index)
        self.blockSignals(True)
        self.select_codes(selected)
        self.blockSignals(False)


class CodePane(QWidget):
    def __init__(self, model: CodeTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codePane")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("codeFilter")
        self.filter.setClearButtonEnabled(True)
        self.tree = CodeTreeView(model, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.filter.textChanged.connect(self._filter)
        self.retranslate()

    def _filter(self, text: str) -> None:
        self.tree.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter codes"))
        self.filter.setAccessibleName(self.tr("Filter codes"))
        self.tree.setAccessibleName(self.tr("Code tree"))
