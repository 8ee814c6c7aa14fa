"""The agreement window's further result tabs: pairs of coders, segments, code x document,
predefined units and what the comparison left out.

Each tab presents part of :func:`qda_app.services.agreement.as_json` - the dictionary the CLI
prints and the workbook holds - so no number here can differ from theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QListWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from qda_app.core.agreement import classify_reliability
from qda_app.gui.models.agreement_models import READING_COLOURS
from qda_app.services.agreement_words import warnings


def ui_language() -> str:
    code = QLocale().name().split("_")[0]
    return code if code in ("en", "es", "pt") else "en"


def _number(value: float | None, *, percent: bool = False) -> str:
    if value is None:
        return QCoreApplication.translate("Messages", "n/a")
    locale = QLocale()
    return locale.toString(value * 100, "f", 1) + " %" if percent else locale.toString(value, "f", 3)


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setAccessibleName(name)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(False)
    return table





def _fill(table: QTableWidget, headers: list[str], rows: list[list[tuple[str, float | None, bool]]],
          vertical: list[str] | None = None) -> None:
    """Cells are (text, value to colour by or None, coloured)."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(headers)
    if vertical is not None:
        table.setVerticalHeaderLabels(vertical)
    table.verticalHeader().setVisible(vertical is not None)
    header = table.horizontalHeader()
    if vertical is None and headers:
        # The code column takes the room left; numbers keep their width. The leaf name is
        # shown, the whole path is the tooltip.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for row_number, row in enumerate(rows):
        for column, (text, value, coloured) in enumerate(row):
            item = QTableWidgetItem(text.rsplit("::", 1)[-1] if column == 0 and vertical is None else text)
            if column == 0 and vertical is None:
                item.setToolTip(text)
            if column or vertical is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if coloured:
                item.setBackground(QBrush(QColor(READING_COLOURS[classify_reliability(value)])))
                item.setForeground(QBrush(QColor("#000000")))
            table.setItem(row_number, column, item)


class PairsTab(QWidget):
    """A coder x coder matrix of one measure over all codes (each pair on its own documents)."""

    MEASURES = ("cohen_kappa", "alpha_binary", "percent_agreement")

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.data: dict | None = None
        self.measure = QComboBox(self)
        self.measure.setAccessibleName(self.tr("Measure"))
        for key, text in zip(self.MEASURES, (self.tr("Cohen's κ"), self.tr("α-binary (|u-α)"),
                                            self.tr("% agreement"))):
            self.measure.addItem(text, key)
        self.measure.currentIndexChanged.connect(lambda _: self.show_data(self.data))
        self.note = QLabel(self.tr("All codes pooled; each pair is compared on the documents both coders coded, "
                                   "exactly as if the two were compared alone."), self)
        self.note.setWordWrap(True)
        self.matrix = _table(self, self.tr("Coder × coder matrix"))
        self.matrix.setObjectName("pairMatrix")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Measure:"), self))
        top.addWidget(self.measure)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.matrix, 1)

    def show_data(self, data: dict | None) -> None:
        self.data = data
        if data is None:
            return
        measure = self.measure.currentData()
        coders = data["coders"]
        values = {tuple(pair["coders"]): pair["overall"][measure] for pair in data["pairs"]}
        rows = []
        for first in coders:
            row = []
            for second in coders:
                value = values.get((first, second), values.get((second, first)))
                if first == second:
                    row.append(("—", None, False))
                else:
                    row.append((_number(value, percent=measure == "percent_agreement"), value,
                                measure != "percent_agreement"))
            rows.append(row)
        _fill(self.matrix, coders, rows, vertical=coders)


class SegmentsTab(QWidget):
    """Segment agreement of each pair: the code-specific table and Brennan & Prediger's kappa."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.data: dict | None = None
        self.pair = QComboBox(self)
        self.pair.setAccessibleName(self.tr("Pair of coders"))
        self.pair.currentIndexChanged.connect(lambda _: self._show_pair())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = _table(self, self.tr("Segment agreement per code"))
        self.table.setObjectName("segmentTable")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Coders:"), self))
        top.addWidget(self.pair)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_data(self, data: dict) -> None:
        self.data = data
        self.pair.blockSignals(True)
        self.pair.clear()
        for index, pair in enumerate((data["segments"] or {"pairs": []})["pairs"]):
            self.pair.addItem(" – ".join(pair["coders"]), index)
        self.pair.blockSignals(False)
        self._show_pair()

    def _show_pair(self) -> None:
        if self.data is None or self.pair.currentIndex() < 0:
            return
        segments = self.data["segments"]
        pair = segments["pairs"][self.pair.currentData()]
        locale = QLocale()
        self.summary.setText(
            self.tr("A segment counts as matched when the other coder coded the same code on a segment overlapping "
                    "it by at least %1 % of both together. Brennan & Prediger's κ = %2 (k = %3 codes).")
            .replace("%1", locale.toString(segments["min_overlap"] * 100, "f", 0))
            .replace("%2", _number(pair["kappa_brennan_prediger"])).replace("%3", str(pair["categories"])))
        rows = [[(entry["path"], None, False), (locale.toString(entry["agreements"]), None, False),
                 (locale.toString(entry["disagreements"]), None, False),
                 (locale.toString(entry["segments"]), None, False),
                 (_number(entry["percentage"], percent=True), None, False)]
                for entry in pair["codes"] + [{**pair["overall"], "path": self.tr("All codes")}]]
        _fill(self.table, [self.tr("Code"), self.tr("Agreements"), self.tr("Disagreements"), self.tr("Segments"),
                           self.tr("Share")], rows)


class ByDocumentTab(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.note = QLabel(self)
        self.table = _table(self, self.tr("Code × document table"))
        self.table.setObjectName("codeDocumentTable")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def show_data(self, data: dict) -> None:
        table = data["by_document"]
        if not table:
            self.note.setText(self.tr("Choose a measure under “Code × document table” and compute."))
            _fill(self.table, [], [])
            return
        percent = table["measure"] == "percent_agreement"
        self.note.setText(self.tr("Each document compared on its own (measure: %1).").replace("%1", table["measure"]))
        rows = [[(row["path"], None, False)] + [(_number(row["values"][str(d)], percent=percent),
                                                 row["values"][str(d)], not percent) for d in table["documents"]]
                for row in table["rows"]]
        _fill(self.table, [self.tr("Code")] + [str(d) for d in table["documents"]], rows)


class UnitsTab(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.result = QLabel(self)
        self.result.setObjectName("unitsResult")
        self.result.setWordWrap(True)
        self.table = _table(self, self.tr("Values per unit and coder"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)

    def show_data(self, data: dict) -> None:
        units = data["units"]
        if not units:
            self.result.setText(self.tr("Tick “Alpha over passages as units” and compute: each coded passage is a "
                                        "unit, each code a value (Krippendorff 2011)."))
            _fill(self.table, [], [])
            return
        self.result.setText(
            self.tr("Krippendorff's α (%1) over %2 passages as units, codes as values: %3 (%4 pairable units, "
                    "%5 pairable values).").replace("%1", units["level"]).replace("%2", str(units["units"]))
            .replace("%3", _number(units["alpha"])).replace("%4", str(units["pairable_units"]))
            .replace("%5", str(units["pairable_values"])))
        rows = [[(entry["unit"], None, False)] + [(entry["values"].get(coder) or "", None, False)
                                                  for coder in data["coders"]] for entry in units["table"]]
        _fill(self.table, [self.tr("Unit")] + data["coders"], rows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for row in range(self.table.rowCount()):
            for column in range(1, self.table.columnCount()):
                item = self.table.item(row, column)
                path = item.text()
                item.setText(path.rsplit("::", 1)[-1])  # the code's name; the path in the tooltip
                item.setToolTip(path)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class LeftOutTab(QWidget):
    """Everything the comparison does not rest on, each with its reason, in words."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("leftOutList")
        self.list.setAccessibleName(self.tr("Left out of the comparison"))
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)

    def show_data(self, data: dict) -> list[str]:
        lines = warnings(data, ui_language())
        self.list.clear()
        self.list.addItems(lines)
        self.note.setText(self.tr("Nothing was left out: every figure rests on all chosen coders, codes and documents.")
                          if not lines else
                          self.tr("These parts of the project are not part of the figures, for the reason given."))
        return lines


__all__ = ["ByDocumentTab", "LeftOutTab", "PairsTab", "SegmentsTab", "UnitsTab"]
