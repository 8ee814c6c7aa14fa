"""Thin table adapters over the agreement service's output and the disagreement passages.

The numbers come from :func:`qda_app.services.agreement.as_json` (the workbook presents the
same dictionary), so the window and the exported workbook cannot disagree. Cells are
coloured by Krippendorff's reading of alpha (>= .800 reliable, >= .667 tentative).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from qda_app.core.agreement import classify_reliability
from qda_app.services.consensus import Passage

Index = QModelIndex | QPersistentModelIndex

# Light fills that keep black text readable; the reading is also in the tooltip and the legend.
READING_COLOURS = {"reliable": "#c8e6c9", "tentative": "#fff3b0", "unreliable": "#f8c8c8", "n/a": "#e6e6e6"}


@dataclass(frozen=True)
class Cell:
    value: float | None
    reason: str | None = None
    interval: dict | None = None
    coloured: bool = True  # an alpha-like coefficient read against Krippendorff's thresholds
    percent: bool = False


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[Cell, ...]
    overall: bool = False


def _cells(entry: dict, names: tuple[str, ...], *, uncoloured: tuple[str, ...] = (),
           percent: tuple[str, ...] = ()) -> tuple[Cell, ...]:
    intervals = entry.get("interval") or {}
    return tuple(Cell(entry.get(name), entry["reasons"].get(name), intervals.get(name),
                      coloured=name not in uncoloured, percent=name in percent) for name in names)


CODE_COLUMNS = ("alpha_binary", "percent_agreement", "cohen_kappa", "fleiss_kappa")


def code_rows(data: dict) -> list[Row]:
    rows = [Row(entry["path"], _cells(entry, CODE_COLUMNS, uncoloured=("percent_agreement",),
                                      percent=("percent_agreement",)))
            for entry in data["codes"]]
    if data.get("codes_overall") and data["codes"]:
        rows.append(Row("", _cells(data["codes_overall"], CODE_COLUMNS, uncoloured=("percent_agreement",),
                                   percent=("percent_agreement",)), overall=True))
    return rows


def domain_rows(data: dict) -> list[Row]:
    rows = []
    for entry in data["domains"]:
        coverage = Cell(entry["coverage"], None, None, coloured=False, percent=True)
        rows.append(Row(entry["path"], _cells(entry, ("u_alpha", "alpha_binary", "cu_alpha")) + (coverage,)))
    overall = data["overall"]
    rows.append(Row("", _cells(overall, ("u_alpha", "alpha_binary", "cu_alpha")) + (Cell(None, coloured=False),),
                    overall=True))
    return rows


class CoefficientTableModel(QAbstractTableModel):
    """Rows of coefficients: a label column, then one column per coefficient."""

    def __init__(self, kind: str, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind  # "codes" | "domains"
        self.rows: list[Row] = []

    def load(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        if self.kind == "codes":
            return (self.tr("Code"), self.tr("α-binary"), self.tr("% agreement"), self.tr("Cohen's κ"),
                    self.tr("Fleiss' κ"))
        return (self.tr("Domain"), self.tr("u-α"), self.tr("|u-α"), self.tr("cu-α"), self.tr("Coverage"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def reason_text(self, reason: str | None) -> str:
        return {
            "single_coder": self.tr("fewer than two coders coded here"),
            "not_two_coders": self.tr("Cohen's kappa compares exactly two coders"),
            "no_units": self.tr("no characters to compare"),
            "no_coding": self.tr("no compared coder applied this code"),
            "no_overlap": self.tr("the coders' passages never overlap"),
            "no_variation": self.tr("no variation: agreement cannot be measured"),
            "domain_violation": self.tr("a coder applied two codes of this domain to the same characters"),
            "n/a": self.tr("not computed for this comparison"),
            "no_resamples": self.tr("no bootstrap resample gave a value"),
            "no_value": self.tr("no value"),
        }.get(reason or "", reason or self.tr("no value"))

    def reading_text(self, reading: str) -> str:
        return {"reliable": self.tr("reliable (≥ .800)"), "tentative": self.tr("tentative (≥ .667)"),
                "unreliable": self.tr("unreliable (< .667)")}.get(reading, self.tr("n/a"))

    def cell_text(self, cell: Cell) -> str:
        if cell.value is None:
            return self.tr("n/a") if cell.reason or cell.coloured else ""
        locale = QLocale()
        text = locale.toString(cell.value * 100, "f", 1) + " %" if cell.percent else locale.toString(cell.value, "f", 3)
        interval = cell.interval
        if interval and interval.get("low") is not None:
            text += f"  [{locale.toString(interval['low'], 'f', 3)} – {locale.toString(interval['high'], 'f', 3)}]"
        return text

    def tooltip(self, cell: Cell) -> str:
        if cell.value is None:
            return self.tr("n/a: %1").replace("%1", self.reason_text(cell.reason)) if cell.reason else ""
        lines = [self.reading_text(classify_reliability(cell.value))] if cell.coloured else []
        interval = cell.interval
        if interval:
            confidence = QLocale().toString(interval["confidence"] * 100, "f", 0)
            if interval.get("low") is not None:
                lines.append(self.tr("%1 % bootstrap interval from %2 resamples").replace("%1", confidence)
                             .replace("%2", str(interval["valid_resamples"])))
            else:
                lines.append(self.tr("no interval: %1").replace("%1", self.reason_text(interval.get("reason"))))
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        cell = row.cells[column - 1] if column else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if cell is None:
                if row.overall:
                    return self.tr("All codes") if self.kind == "codes" else self.tr("Overall")
                return row.label.split("::")[-1]
            return self.cell_text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.label if cell is None else self.tooltip(cell)
        if role == Qt.ItemDataRole.BackgroundRole and cell is not None and cell.coloured:
            return QBrush(QColor(READING_COLOURS[classify_reliability(cell.value)]))
        if role == Qt.ItemDataRole.ForegroundRole and cell is not None and cell.coloured:
            return QBrush(QColor("#000000"))  # the fills are light in dark mode as well
        if role == Qt.ItemDataRole.FontRole and row.overall:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.label
        return None


class PassageTableModel(QAbstractTableModel):
    """Aligned passages of two coders, in the service's order (largest contribution first)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.passages: list[Passage] = []
        self.document_names: dict[int, str] = {}

    def load(self, passages: list[Passage], document_names: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.passages = list(passages)
        if document_names is not None:
            self.document_names = dict(document_names)
        self.endResetModel()

    def kind_text(self, kind: str) -> str:
        return {"matched": self.tr("matched"), "partial": self.tr("boundaries differ"),
                "missing": self.tr("only one coder"), "confused": self.tr("different codes")}.get(kind, kind)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.passages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("#"), self.tr("Kind"), self.tr("Document"), self.tr("Overlap"), self.tr("Characters"),
                self.tr("Decided"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        passage = self.passages[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            locale = QLocale()
            name = self.document_names.get(passage.document, "")
            return (str(passage.number), self.kind_text(passage.kind),
                    f"{passage.document}: {name}" if name else str(passage.document),
                    locale.toString(passage.overlap * 100, "f", 0) + " %", locale.toString(passage.disagreement),
                    self.tr("yes") if passage.resolved else "")[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return passage.domain
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return passage.number
        return None

    def passage_at(self, row: int) -> Passage | None:
        return self.passages[row] if 0 <= row < len(self.passages) else None
