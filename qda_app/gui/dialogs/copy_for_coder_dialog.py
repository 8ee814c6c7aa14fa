"""Team > Copy for Coder: a copy of the project for one coder, optionally blind."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QMessageBox, QPushButton,
    QWidget,
)

from qda_app.core.errors import QdaError
from qda_app.gui.dialogs.common import show_error
from qda_app.services.project import Project
from qda_app.services.team import CoderCopy, copy_for_coder


class CopyForCoderDialog(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.made: CoderCopy | None = None
        self.setWindowTitle(self.tr("Copy for Coder"))
        self.setAccessibleName(self.tr("Copy for Coder"))
        self.coder = QLineEdit(self)
        self.coder.setAccessibleName(self.tr("Coder"))
        self.coder.textChanged.connect(self._suggest_path)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Copy file"))
        self._path_edited = False
        self.path.textEdited.connect(lambda _: setattr(self, "_path_edited", True))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.blind = QCheckBox(self.tr("Blind: leave out other coders' quotations and codings"), self)
        self.blind.setChecked(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Coder's name:"), self.coder)
        form.addRow(self.tr("Save the copy as:"), row)
        form.addRow("", self.blind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def _suggest_path(self, coder: str) -> None:
        if self._path_edited:
            return
        safe = "".join(ch if ch.isalnum() else "_" for ch in coder.strip()).strip("_")
        name = f"{self.project.path.stem} - {safe}.qdaproj" if safe else ""
        self.path.setText(str(self.project.path.with_name(name)) if name else "")

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the Coder's Copy"), self.path.text() or str(Path.home()),
                                              self.tr("qda_app projects (*.qdaproj)"))
        if path:
            self.path.setText(path if path.lower().endswith(".qdaproj") else path + ".qdaproj")
            self._path_edited = True

    def accept(self) -> None:
        coder, target = self.coder.text().strip(), self.path.text().strip()
        if not coder or not target:
            QMessageBox.warning(self, self.tr("Copy for Coder"), self.tr("Give the coder's name and where to save the copy."))
            return
        try:
            self.made = copy_for_coder(self.project, target=target, coder=coder, blind=self.blind.isChecked())
        except QdaError as error:
            show_error(self, error)
            return
        made = self.made
        text = self.tr("Wrote %1 for %2.").replace("%1", str(made.path)).replace("%2", made.coder)
        if made.blind:
            text += "\n" + (self.tr("Left out %1 quotations and %2 codings of other coders.")
                            .replace("%1", str(made.quotations_removed)).replace("%2", str(made.codings_removed)))
        QMessageBox.information(self, self.tr("Copy for Coder"), text)
        super().accept()
