"""The code system as a Qt tree: a thin adapter over plain Python items (editabletreemodel).

No rules here: renaming (setData) and moving (drop) call the code services, which run one
command each; the model itself is rebuilt or updated from the project's change notices.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from qda_app.core.model import Code, CodeCounts
from qda_app.gui.format import format_number
from qda_app.gui.views.document_view import CODE_MIME, code_paths_from

Index = QModelIndex | QPersistentModelIndex
PathRole = Qt.ItemDataRole.UserRole + 1
CodeIdRole = Qt.ItemDataRole.UserRole + 2
COLUMNS = 4  # name, {G-D}, density, definition (the last two hidden by default)
_CELL_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
               | Qt.ItemFlag.ItemIsDropEnabled)
_NAME_FLAGS = _CELL_FLAGS | Qt.ItemFlag.ItemIsEditable
_ROLES = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.TextAlignmentRole,
    PathRole, CodeIdRole))


@dataclass(eq=False)
class CodeItem:
    code: Code | None
    parent: CodeItem | None = None
    children: list[CodeItem] = field(default_factory=list)
    counts: CodeCounts | None = None

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class CodeTreeModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.root = CodeItem(None)
        self.by_id: dict[int, CodeItem] = {}
        self.groups_of: dict[int, list[str]] = {}  # code id -> names of its code groups
        # Set by the main window: (path, new_name) and (path, new_parent, position).
        self.rename_code: Callable[[str, str], None] | None = None
        self.move_code: Callable[[str, str | None, int | None], None] | None = None

    # --- loading ---------------------------------------------------------------------------

    def load(self, codes: list[Code], counts: dict[int, CodeCounts]) -> None:
        self.beginResetModel()
        self.root = CodeItem(None)
        self.by_id = {}
        for code in codes:  # list_codes returns parents before children, in tree order
            parent = self.by_id.get(code.parent_id, self.root) if code.parent_id else self.root
            item = CodeItem(code, parent, counts=counts.get(code.id))
            parent.children.append(item)
            self.by_id[code.id] = item
        self.endResetModel()

    def update_counts(self, counts: dict[int, CodeCounts]) -> None:
        """Codings changed but not the codes: refresh the figures without resetting the view;
        only the rows whose figures moved repaint."""
        for code_id, item in self.by_id.items():
            fresh = counts.get(code_id)
            if fresh != item.counts:
                item.counts = fresh
                row = item.row()
                self.dataChanged.emit(self.createIndex(row, 0, item), self.createIndex(row, COLUMNS - 1, item))

    def parents(self) -> dict[int, int | None]:
        """Every code's parent id, for working out which totals an action touched."""
        return {code_id: item.code.parent_id for code_id, item in self.by_id.items() if item.code}

    def apply_count_changes(self, changes: dict[int, tuple[int, int]]) -> None:
        """Add (groundedness, own groundedness) differences; only the changed rows repaint."""
        for code_id, (total, own) in changes.items():
            item = self.by_id.get(code_id)
            if item is None:
                continue
            counts = item.counts or CodeCounts(code_id=code_id, groundedness=0, own_groundedness=0, density=0)
            item.counts = replace(counts, groundedness=counts.groundedness + total,
                                  own_groundedness=counts.own_groundedness + own)
            row = item.row()
            self.dataChanged.emit(self.createIndex(row, 0, item), self.createIndex(row, COLUMNS - 1, item))

    def update_densities(self, densities: dict[int, int]) -> None:
        """Relations changed: set these codes' density; only their rows repaint."""
        for code_id, density in densities.items():
            item = self.by_id.get(code_id)
            if item is None or item.counts is not None and item.counts.density == density:
                continue
            counts = item.counts or CodeCounts(code_id=code_id, groundedness=0, own_groundedness=0, density=0)
            item.counts = replace(counts, density=density)
            row = item.row()
            self.dataChanged.emit(self.createIndex(row, 0, item), self.createIndex(row, COLUMNS - 1, item))

    def index_for(self, item: CodeItem) -> QModelIndex:
        if item.code is None:
            return QModelIndex()
        return self.createIndex(item.row(), 0, item)

    def index_of_path(self, path: str) -> QModelIndex:
        for item in self.by_id.values():
            if item.code and item.code.path == path:
                return self.index_for(item)
        return QModelIndex()

    def item(self, index: Index) -> CodeItem:
        return index.internalPointer() if index.isValid() else self.root

    # --- Qt model interface ----------------------------------------------------------------

    # index, parent, rowCount, flags and data run hundreds of times a repaint: checked in
    # Python without calling back into Qt (hasIndex would call rowCount/columnCount again).
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            children = parent.internalPointer().children
        else:
            children = self.root.children
        if not (0 <= row < len(children) and 0 <= column < COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent_item = index.internalPointer().parent
        if parent_item is None or parent_item is self.root:
            return QModelIndex()
        return self.createIndex(parent_item.row(), 0, parent_item)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        if parent.isValid():
            return len(parent.internalPointer().children) if parent.column() == 0 else 0
        return len(self.root.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        item = index.internalPointer()
        code, counts = item.code, item.counts
        assert code is not None
        grounded = counts.groundedness if counts else 0
        density = counts.density if counts else 0
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return code.name
            if column == 1:
                return f"{{{format_number(grounded)}-{format_number(density)}}}"
            if column == 2:
                return format_number(density)
            return code.description.replace("\n", " ")
        if role == Qt.ItemDataRole.EditRole and column == 0:
            return code.name
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QColor(code.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [code.path, self.tr("Groundedness %1, density %2").replace("%1", format_number(grounded)).replace("%2", format_number(density))]
            if code.description:
                lines.append(code.description)
            groups = self.groups_of.get(code.id)
            if groups:
                lines.append(self.tr("Code groups: %1").replace("%1", ", ".join(groups)))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return self.tr("%1, groundedness %2, density %3").replace("%1", code.name).replace(
                "%2", str(grounded)).replace("%3", str(density))
        if role == Qt.ItemDataRole.EditRole and column == 1:
            return grounded  # sorting by {G-D} sorts by groundedness
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PathRole:
            return code.path
        if role == CodeIdRole:
            return code.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role not in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return (self.tr("Code"), self.tr("{G-D}"), self.tr("Density"), self.tr("Definition"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return _NAME_FLAGS if index.column() == 0 else _CELL_FLAGS

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != 0 or self.rename_code is None:
            return False
        code = self.item(index).code
        name = str(value).strip()
        if code is None or not name or name == code.name:
            return False
        self.rename_code(code.path, name)  # the notice that follows reloads the model
        return True

    # --- drag and drop: codes onto codes (move) and onto the text (code the selection) -----

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 (Qt override)
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 (Qt override)
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt override)
        return [CODE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802 (Qt override)
        paths = list(dict.fromkeys(self.item(index).code.path for index in indexes if index.isValid()))
        mime = QMimeData()
        mime.setData(CODE_MIME, "\n".join(paths).encode("utf-8"))
        mime.setText("; ".join(path.split("::")[-1] for path in paths))
        return mime

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        paths = code_paths_from(data)
        if not paths or self.move_code is None:
            return False
        target = self.item(parent).code
        for path in paths:
            self.move_code(path, target.path if target else None, row if row >= 0 else None)
        return False  # the services moved it; returning False stops Qt removing the source row
