"""The passages two coders coded differently, each coder's reading side by side, and decisions.

Passages come from :func:`qda_app.services.consensus.list_disagreements` (largest contribution
to disagreement first). A decision is one :func:`consensus.resolve` call: it writes the
"Consensus" coder layer and a memo with the rationale, and is undoable from Edit > Undo.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget,
)

from qda_app.core.errors import QdaError
from qda_app.gui.dialogs.common import show_error
from qda_app.gui.dialogs.custom_boundaries_dialog import CustomBoundariesDialog
from qda_app.gui.models.agreement_models import PassageTableModel
from qda_app.services import consensus
from qda_app.services import documents as document_service
from qda_app.services.consensus import Passage

if TYPE_CHECKING:
    from qda_app.gui.dialogs.agreement_window import AgreementWindow

AGREE_STYLE = "background:#d7ecd9; color:#000"
DIFFER_STYLE = "background:#ffd08a; color:#000; font-weight:bold"
UNCODED_STYLE = "color:#888"


def code_sets(passage: Passage, side: str, start: int, end: int) -> frozenset[str]:
    """Codes ``side`` gave every character of [start, end) (the range lies between boundaries)."""
    return frozenset(code for code, ranges in passage.coverage(side).items()
                     if any(s <= start and end <= e for s, e in ranges))


def marked_excerpt(passage: Passage, side: str) -> str:
    """HTML of the passage's text for one side: agreeing stretches green, differing ones marked."""
    other = "b" if side == "a" else "a"
    cuts = {passage.start, passage.end}
    for ranges in (*passage.coverage("a").values(), *passage.coverage("b").values()):
        for start, end in ranges:
            cuts.update((max(passage.start, min(start, passage.end)), max(passage.start, min(end, passage.end))))
    bounds = sorted(cuts)
    parts = []
    for start, end in zip(bounds, bounds[1:]):
        text = html.escape(passage.text[start - passage.start:end - passage.start]).replace("\n", "<br>")
        mine, theirs = code_sets(passage, side, start, end), code_sets(passage, other, start, end)
        if not mine:
            style = UNCODED_STYLE
        elif mine == theirs:
            style = AGREE_STYLE
        else:
            style = DIFFER_STYLE
        parts.append(f"<span style='{style}'>{text}</span>")
    return "".join(parts)


class DisagreementsPanel(QWidget):
    DECISIONS = ("accept_a", "accept_b", "union", "intersection")

    def __init__(self, owner: AgreementWindow) -> None:
        super().__init__(owner)
        self.owner = owner
        self.coders: list[str] = []
        self.documents: list[int] = []
        self.passages: list[Passage] = []
        top = QHBoxLayout()
        self.coder_a, self.coder_b = QComboBox(self), QComboBox(self)
        self.coder_a.setAccessibleName(self.tr("Coder A"))
        self.coder_b.setAccessibleName(self.tr("Coder B"))
        self.show_matched = QCheckBox(self.tr("Show matched passages"), self)
        top.addWidget(QLabel(self.tr("Coder A:"), self))
        top.addWidget(self.coder_a)
        top.addWidget(QLabel(self.tr("Coder B:"), self))
        top.addWidget(self.coder_b)
        top.addWidget(self.show_matched)
        top.addStretch(1)
        self.coder_a.currentIndexChanged.connect(lambda _: self.reload())
        self.coder_b.currentIndexChanged.connect(lambda _: self.reload())
        self.show_matched.toggled.connect(lambda _: self.reload())
        self.model = PassageTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("passageTable")
        self.table.setAccessibleName(self.tr("Passages"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_selected)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.label_a, self.label_b = QLabel(self), QLabel(self)
        for label in (self.label_a, self.label_b):
            label.setWordWrap(True)
        self.text_a, self.text_b = QTextBrowser(self), QTextBrowser(self)
        self.text_a.setAccessibleName(self.tr("Coder A's reading"))
        self.text_b.setAccessibleName(self.tr("Coder B's reading"))
        sides = QHBoxLayout()
        for label, text in ((self.label_a, self.text_a), (self.label_b, self.text_b)):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(text, 1)
            sides.addLayout(column)
        self.rationale = QLineEdit(self)
        self.rationale.setPlaceholderText(self.tr("Rationale for the decision (saved as a memo)"))
        self.rationale.setAccessibleName(self.tr("Rationale"))
        decide = QHBoxLayout()
        decide.addWidget(self.rationale, 1)
        self.buttons: dict[str, QPushButton] = {}
        for decision, text in zip(self.DECISIONS, (self.tr("Accept A"), self.tr("Accept B"), self.tr("Union"),
                                                   self.tr("Intersection"))):
            button = QPushButton(text, self)
            button.setObjectName(f"decide_{decision}")
            button.clicked.connect(lambda _=False, d=decision: self.decide(d))
            decide.addWidget(button)
            self.buttons[decision] = button
        custom = QPushButton(self.tr("Custom…"), self)
        custom.setObjectName("decide_custom")
        custom.setToolTip(self.tr("Set the passage's boundaries and codes yourselves"))
        custom.clicked.connect(lambda _=False: self.decide_custom())
        decide.addWidget(custom)
        self.buttons["custom"] = custom
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addLayout(sides, 1)
        detail_layout.addLayout(decide)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([380, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._show(None)

    def set_coders(self, coders: list[str], documents: list[int]) -> None:
        """The compared coders (the first two preselected) and documents; keeps a valid choice."""
        current = (self.coder_a.currentText(), self.coder_b.currentText())
        self.coders, self.documents = coders, documents
        for combo in (self.coder_a, self.coder_b):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(coders)
            combo.blockSignals(False)
        first, second = current if current[0] in coders and current[1] in coders else (coders[0], coders[1])
        self.coder_a.setCurrentText(first)
        self.coder_b.setCurrentText(second)
        self.reload()

    def reload(self) -> None:
        pair = [self.coder_a.currentText(), self.coder_b.currentText()]
        keep = self.selected_passage()
        if not all(pair) or pair[0] == pair[1]:
            self.passages = []
        else:
            try:
                self.passages = consensus.list_disagreements(self.owner.project, coders=pair,
                                                             documents=self.documents or None)
            except QdaError as error:
                show_error(self, error)
                self.passages = []
        shown = [p for p in self.passages if self.show_matched.isChecked() or p.kind != "matched"]
        self.model.load(shown, self.owner.document_names)
        if keep is not None:  # the same stretch again, if it is still listed
            for row, passage in enumerate(shown):
                if (passage.document, passage.domain, passage.start) == (keep.document, keep.domain, keep.start):
                    self.select_row(row)
                    return
        self._show(None)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def selected_passage(self) -> Passage | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.passage_at(rows[0].row()) if rows else None

    def _on_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        passage = self.selected_passage()
        self._show(passage)
        if passage is not None:
            self.jump_to(passage)

    def _side_label(self, passage: Passage, side: str) -> str:
        coder = passage.coders[0 if side == "a" else 1]
        spans = passage.a if side == "a" else passage.b
        if not spans:
            return self.tr("%1: did not code this passage").replace("%1", coder)
        codes = "; ".join(html.escape(code.split("::")[-1]) for code in passage.codes_of(side))
        quotations = ", ".join(f"{span.quotation} [{span.start}–{span.end})" for span in spans)
        return f"<b>{html.escape(coder)}</b>: {codes}<br><small>{quotations}</small>"

    def _show(self, passage: Passage | None) -> None:
        for button in self.buttons.values():
            button.setEnabled(passage is not None and not self.owner.project.read_only)
        if passage is None:
            self.heading.setText(self.tr("Select a passage to compare the coders' readings."))
            for widget in (self.label_a, self.label_b, self.text_a, self.text_b):
                widget.clear()
            return
        heading = (self.tr("Passage %1 in document %2, domain “%3”: %4; characters %5–%6.")
                   .replace("%1", str(passage.number)).replace("%2", str(passage.document))
                   .replace("%3", passage.domain).replace("%4", self.model.kind_text(passage.kind))
                   .replace("%5", str(passage.start)).replace("%6", str(passage.end)))
        if passage.resolved:
            heading += " " + self.tr("A consensus decision exists; a new one replaces it.")
        self.heading.setText(heading)
        self.label_a.setText(self._side_label(passage, "a"))
        self.label_b.setText(self._side_label(passage, "b"))
        self.text_a.setHtml(marked_excerpt(passage, "a"))
        self.text_b.setHtml(marked_excerpt(passage, "b"))

    def jump_to(self, passage: Passage) -> None:
        view = self.owner.main.document_view
        if view.document_number != passage.document:
            view.show_document(passage.document)
        view.select_range(passage.start, passage.end)

    def custom_dialog(self, passage: Passage) -> CustomBoundariesDialog:
        length = len(document_service.document_text(self.owner.project, passage.document))
        return CustomBoundariesDialog(passage, document_length=length, parent=self)

    def decide_custom(self, dialog: CustomBoundariesDialog | None = None) -> bool:
        """Ask for the range and codes (``dialog`` already filled in, for tests) and decide."""
        passage = self.selected_passage()
        if passage is None:
            return False
        if dialog is None:
            dialog = self.custom_dialog(passage)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        return self.decide("custom", start=dialog.start.value(), end=dialog.end.value(), codes=dialog.chosen_codes())

    def decide(self, decision: str, **custom) -> bool:
        passage = self.selected_passage()
        if passage is None:
            return False
        rationale = self.rationale.text().strip()
        try:
            consensus.resolve(self.owner.project, passage, decision=decision, rationale=rationale, **custom)
        except QdaError as error:
            show_error(self, error)
            return False
        self.rationale.clear()
        self.owner.compute()  # coefficients and the list, with the decision marked
        return True
