"""A report DataFrame as a read-only Qt table: the same frame the workbook writes, so the same numbers.

Presentation follows the frame's ``attrs`` (see services/reports/data.py): the colour column's
cells take their row's code colour, ``bold_rows`` are bold, ``number_formats`` set the decimals.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1


def _text_colour(fill: QColor) -> QColor:
    return QColor("#000000") if fill.lightnessF() > 0.55 else QColor("#ffffff")


class ReportFrameModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.frame = pd.DataFrame()
        self._values: list[list[object]] = []
        self._colour_column = -1
        self._colours: list[str | None] = []
        self._bold: set[int] = set()
        self._decimals: dict[int, int] = {}

    def load(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self.frame = frame
        self._values = frame.astype(object).where(frame.notna(), None).values.tolist()
        attrs = frame.attrs
        columns = list(frame.columns)
        colour_column = attrs.get("color_column")
        self._colour_column = columns.index(colour_column) if colour_column in columns else -1
        self._colours = list(attrs.get("colors", []))
        self._bold = set(attrs.get("bold_rows", []))
        self._decimals = {columns.index(name): (len(spec.split(".")[1]) if "." in spec else 0)
                          for name, spec in attrs.get("number_formats", {}).items() if name in columns}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._values)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.frame.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return str(self.frame.columns[section])  # the tooltip: a long code name cut in the header
        return None

    def value(self, row: int, column: int) -> object:
        return self._values[row][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        value = self._values[row][column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if value is None:
                return ""
            if isinstance(value, float) or column in self._decimals:
                if isinstance(value, (int, float)):
                    return QLocale().toString(float(value), "f", self._decimals.get(column, 2))
            if isinstance(value, int):
                return QLocale().toString(value)
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row in self._bold:
            font = QFont()
            font.setBold(True)
            return font
        if column == self._colour_column and row < len(self._colours) and self._colours[row]:
            fill = QColor(self._colours[row])
            if role == Qt.ItemDataRole.BackgroundRole:
                return fill
            if role == Qt.ItemDataRole.ForegroundRole:
                return _text_colour(fill)
        if role == SortRole:
            return value
        return None
