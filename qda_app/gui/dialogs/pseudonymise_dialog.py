"""File > Pseudonymise Copy: names -> pseudonyms, applied to a copy; the open project stays as it is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from qda_app.core.errors import QdaError
from qda_app.gui.dialogs.common import show_error
from qda_app.services.project import Project
from qda_app.services.pseudonymise import PseudonymiseSummary, write_pseudonymised_copy


class PseudonymiseDialog(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.summary: PseudonymiseSummary | None = None
        self.setWindowTitle(self.tr("Pseudonymise Copy"))
        self.setAccessibleName(self.tr("Pseudonymise Copy"))
        intro = QLabel(self.tr("Names are replaced everywhere in a copy: documents and their names, comments, "
                               "memos, codes and attribute values; quotations move with the text. The copy is "
                               "saved only if no name is left in it. This project is not changed."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(6, 2, self)
        self.table.setObjectName("namesTable")
        self.table.setAccessibleName(self.tr("Names and pseudonyms"))
        self.table.setHorizontalHeaderLabels([self.tr("Name in the text"), self.tr("Pseudonym")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Add Row"), self)
        add.clicked.connect(lambda: self.table.insertRow(self.table.rowCount()))
        self.whole_words = QCheckBox(self.tr("Whole words only"), self)
        self.whole_words.setChecked(True)
        self.coder_names = QCheckBox(self.tr("Replace the names in coders' names too"), self)
        self.path = QLineEdit(str(project.path.with_name(f"{project.path.stem} (pseudonymised).qdaproj")), self)
        self.path.setAccessibleName(self.tr("Copy file"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Save the copy as:"), row)
        form.addRow("", self.whole_words)
        form.addRow("", self.coder_names)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(add)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 480)

    def set_names(self, pairs: dict[str, str]) -> None:
        self.table.setRowCount(max(len(pairs), 1))
        for row, (name, pseudonym) in enumerate(pairs.items()):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(pseudonym))

    def names(self) -> dict[str, str]:
        pairs: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            name, pseudonym = (self.table.item(row, column) for column in (0, 1))
            if name is not None and name.text().strip():
                pairs[name.text().strip()] = pseudonym.text().strip() if pseudonym is not None else ""
        return pairs

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the Pseudonymised Copy"), self.path.text(),
                                              self.tr("qda_app projects (*.qdaproj)"))
        if path:
            self.path.setText(path if path.lower().endswith(".qdaproj") else path + ".qdaproj")

    def accept(self) -> None:
        pairs, target = self.names(), Path(self.path.text().strip())
        if not pairs or not self.path.text().strip():
            QMessageBox.warning(self, self.tr("Pseudonymise Copy"),
                                self.tr("Give at least one name, and where to save the copy."))
            return
        try:
            # Built under a temporary name, checked for every name, then put in place whole.
            self.summary = write_pseudonymised_copy(
                self.project.path, target, replacements=pairs, whole_words=self.whole_words.isChecked(),
                coder_names=self.coder_names.isChecked(), coder=self.project.coder)
        except QdaError as error:
            show_error(self, error)
            return
        summary = self.summary
        QMessageBox.information(self, self.tr("Pseudonymise Copy"), (
            self.tr("Wrote %1.\n%2 replacements in %3 documents; %4 quotations moved with the text.")
            .replace("%1", str(target)).replace("%2", str(summary.replacements))
            .replace("%3", str(summary.documents_changed)).replace("%4", str(summary.quotations_moved))))
        super().accept()
