"""The code manager pane: filterable code tree with swatches and {G-D} counts."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QRegularExpression, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QTreeView, QVBoxLayout, QWidget,
)

from qda_app.gui.models.code_tree_model import CodeIdRole, CodeTreeModel, PathRole
from qda_app.gui.views.eliding_combo import ElidingComboBox


class CodeTreeView(QTreeView):
    """objectName ``codeTree``; ``select_codes`` is part of the automation interface.

    The filter hides rows instead of going through a QSortFilterProxyModel: a proxy maps
    every index and every data() call of a repaint back to the Python model, a fifth of the
    tree's painting time. The rows shown are the proxy's recursive filtering: those whose
    name contains the text (case-insensitively), and the categories above them.
    """

    codes_selected = Signal(list)  # code paths

    def __init__(self, model: CodeTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeTree")
        self.source = model
        self._filter_text = ""
        self._filter = QRegularExpression()
        self.setModel(model)
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
        # The name takes the width; a long one is cut at its end (the tooltip has it whole),
        # and {G-D} stays in its own right-aligned column.
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # {G-D} is as wide as its widest figure, worked out here rather than by ResizeToContents:
        # that asks every row's size again whenever any count changes (thousands of data()
        # calls after each coding on a large code system).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setColumnHidden(2, True)  # density is in {G-D}; the definition is in the comment pane
        self.setColumnHidden(3, True)
        self._group_members: set[int] | None = None  # a chosen code group: only its codes show
        self.selectionModel().selectionChanged.connect(self._on_selection)
        # The shown rows follow the names and counts, as a proxy's dynamic filter did (a reset
        # shows every row again).
        model.modelReset.connect(self._follow_model)
        model.dataChanged.connect(self._follow_model)
        model.modelReset.connect(self._fit_counts)
        model.rowsInserted.connect(self._fit_counts)
        model.dataChanged.connect(self._widen_counts)

    # --- the {G-D} column ------------------------------------------------------------------------

    def _fit_counts(self, *_: object) -> None:
        """The column as wide as the widest figure of any code, shown or collapsed."""
        widths = [self.header().sectionSizeHint(1)]
        widths += [self._count_width(self.source.index_for(item)) for item in self.source.by_id.values()]
        self.header().resizeSection(1, max(widths))

    def _widen_counts(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: object) -> None:
        """Changed figures: the column widens when one no longer fits (it never jumps narrower
        while the user codes; the next full load fits it again)."""
        parent = top_left.parent()
        widest = max((self._count_width(self.source.index(row, 1, parent))
                      for row in range(top_left.row(), bottom_right.row() + 1)), default=0)
        if widest > self.header().sectionSize(1):
            self.header().resizeSection(1, widest)

    def _count_width(self, index: QModelIndex) -> int:
        return self.sizeHintForIndex(index.siblingAtColumn(1)).width()

    # --- filter ------------------------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        self._filter_text = text
        self._filter = QRegularExpression(QRegularExpression.escape(text),
                                          QRegularExpression.PatternOption.CaseInsensitiveOption)
        self._refilter()

    def set_group(self, members: set[int] | None) -> None:
        """Show only the codes of one code group (and the categories above them); None: all."""
        self._group_members = members
        self._refilter()
        if members is not None:
            self.expand_shown()

    def _follow_model(self, *_: object) -> None:
        if self._filter_text or self._group_members is not None:
            self._refilter()

    def _refilter(self) -> None:
        self._filter_rows(QModelIndex())
        # A hidden code leaves the selection, as a row the proxy filtered out did.
        hidden = QItemSelection()
        for index in self.selectionModel().selectedRows(0):
            if not self.is_shown(index):
                hidden.select(index, index)
        if not hidden.isEmpty():
            flags = QItemSelectionModel.SelectionFlag.Deselect | QItemSelectionModel.SelectionFlag.Rows
            self.selectionModel().select(hidden, flags)

    def _filter_rows(self, parent: QModelIndex) -> bool:
        """Show or hide the children of parent; True when any of them is shown."""
        model, text, any_shown = self.source, self._filter_text, False
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            below = self._filter_rows(index)  # every level is walked: hidden rows keep no stale state
            in_group = self._group_members is None or index.data(CodeIdRole) in self._group_members
            shown = below or ((not text or self._filter.match(index.data() or "").hasMatch()) and in_group)
            if self.isRowHidden(row, parent) == shown:
                self.setRowHidden(row, parent, not shown)
                if not shown:
                    self.collapse(index)  # it comes back collapsed, as a row the proxy re-added
            any_shown = any_shown or shown
        return any_shown

    def expand_shown(self, parent: QModelIndex | None = None) -> None:
        """Expand every row the filter shows (expandAll would open the hidden ones too)."""
        parent = parent or QModelIndex()
        for row in range(self.source.rowCount(parent)):
            index = self.source.index(row, 0, parent)
            if not self.isRowHidden(row, parent):
                self.expand(index)
                self.expand_shown(index)

    def is_shown(self, index: QModelIndex) -> bool:
        """Whether the filter lets the row and every row above it show."""
        while index.isValid():
            if self.isRowHidden(index.row(), index.parent()):
                return False
            index = index.parent()
        return True

    def _on_selection(self, *_: object) -> None:
        self.codes_selected.emit(self.selected_paths())

    def selected_paths(self) -> list[str]:
        rows = self.selectionModel().selectedRows(0)
        return [index.data(PathRole) for index in rows]

    def has_selection(self) -> bool:
        """Whether any code is selected, without reading the paths (asked after every action)."""
        return self.selectionModel().hasSelection()

    def select_codes(self, paths: list[str]) -> None:
        selection = QItemSelection()
        for path in paths:
            index = self._shown_index(path)
            if index.isValid():
                selection.select(index, index)
                self.expand(index.parent())
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().select(selection, flags)
        if paths:
            first = self._shown_index(paths[0])
            self.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(first)

    def _shown_index(self, path: str) -> QModelIndex:
        """The code's index, invalid when it is missing or filtered out (it cannot be selected)."""
        index = self.source.index_of_path(path)
        return index if index.isValid() and self.is_shown(index) else QModelIndex()

    def expanded_paths(self) -> set[str]:
        found: set[str] = set()

        def walk(parent: QModelIndex) -> None:
            for row in range(self.source.rowCount(parent)):
                index = self.source.index(row, 0, parent)
                if self.isExpanded(index):
                    found.add(index.data(PathRole))
                    walk(index)

        walk(QModelIndex())
        return found

    def restore(self, *, expanded: set[str], selected: list[str]) -> None:
        for path in expanded:
            index = self.source.index_of_path(path)
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
        self.group = ElidingComboBox(self)
        self.group.setObjectName("codeGroupFilter")
        self.group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group.setMinimumContentsLength(8)
        self.group.hide()  # shown when the project has code groups
        self.tree = CodeTreeView(model, self)
        row = QHBoxLayout()
        row.addWidget(self.filter, 2)
        row.addWidget(self.group, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.tree)
        self.filter.textChanged.connect(self._filter)
        self.group.currentIndexChanged.connect(lambda _: self._group_chosen())
        self.groups: list[tuple[str, set[int]]] = []
        self.retranslate()

    def set_code_groups(self, groups: list[tuple[str, set[int]]]) -> None:
        """The project's code groups (name, member code ids); the tree tooltips name them too."""
        chosen = self.group.currentData()
        self.groups = groups
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("All codes"), None)
        for name, _ in groups:
            self.group.addItem(name, name)
        index = self.group.findData(chosen)
        self.group.setCurrentIndex(max(0, index))
        self.group.blockSignals(False)
        self.group.setVisible(bool(groups))
        groups_of: dict[int, list[str]] = {}
        for name, members in groups:
            for member in members:
                groups_of.setdefault(member, []).append(name)
        self.tree.source.groups_of = groups_of
        self._group_chosen()

    def _group_chosen(self) -> None:
        name = self.group.currentData()
        members = next((found for group, found in self.groups if group == name), None) if name else None
        self.tree.set_group(members)

    def _filter(self, text: str) -> None:
        self.tree.set_filter(text)
        if text:
            self.tree.expand_shown()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter codes"))
        self.group.setAccessibleName(self.tr("Code group"))
        self.group.setToolTip(self.tr("Show the codes of one code group"))
        if self.group.count():
            self.group.setItemText(0, self.tr("All codes"))
        self.filter.setAccessibleName(self.tr("Filter codes"))
        self.tree.setAccessibleName(self.tr("Code tree"))
