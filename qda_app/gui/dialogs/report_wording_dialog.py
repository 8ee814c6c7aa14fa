"""Export > Report Wording: how this project's published tables are worded, per report language.

Journals differ ("Cuadro" or "Tabla", "Fuente: Elaborado por los autores." or "Fuente:
elaboración propia"); an empty field follows the language's default, shown greyed in it.
The Word report and the workbook's category sheets both use these words (`qda-app wording`
sets the same entries from the command line).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from qda_app.core.errors import QdaError
from qda_app.gui.dialogs.common import show_error
from qda_app.services.project import Project
from qda_app.services.reports.wording import ENTRIES, default_wording, set_report_wording, stored_wording

_LANGUAGES = (("es", "Español"), ("pt", "Português"), ("en", "English"))


class ReportWordingDialog(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None, *, language: str = "es") -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Report Wording"))
        self.setAccessibleName(self.tr("Report Wording"))
        intro = QLabel(self.tr("The words of this project's tables in the Word report and the workbook, for each "
                               "report language. An empty field uses the default shown in grey."), self)
        intro.setWordWrap(True)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Report language"))
        for code, name in _LANGUAGES:
            self.language.addItem(name, code)
        labels = {
            "caption": self.tr("Caption word (before the table number):"),
            "category": self.tr("Category column:"),
            "subcategory": self.tr("Subcategory column:"),
            "groundedness": self.tr("Groundedness column:"),
            "representative": self.tr("Quotations column:"),
            "cite": self.tr("Word before a quotation ID:"),
            "source_line": self.tr("Source line under each table:"),
            "author": self.tr("Author (empty: the current coder):"),
        }
        form = QFormLayout()
        form.addRow(self.tr("Report language:"), self.language)
        self.fields: dict[str, QLineEdit] = {}
        for entry in ENTRIES:
            field = QLineEdit(self)
            field.setObjectName(f"wording_{entry}")
            field.setAccessibleName(labels[entry].rstrip(":"))
            field.setClearButtonEnabled(True)
            form.addRow(labels[entry], field)
            self.fields[entry] = field
        defaults = QPushButton(self.tr("Use the Defaults"), self)
        defaults.clicked.connect(lambda: [field.clear() for field in self.fields.values()])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(defaults, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # Edits of every language are kept until Save, so switching the combo loses nothing.
        self._edited: dict[str, dict[str, str]] = {}
        self._shown: str | None = None
        self.language.currentIndexChanged.connect(self._show_language)
        index = max(0, self.language.findData(language))
        self.language.setCurrentIndex(index)
        self._show_language()
        self.resize(620, self.sizeHint().height())

    def current_language(self) -> str:
        return str(self.language.currentData())

    def _keep_edits(self) -> None:
        if self._shown is not None:
            self._edited[self._shown] = {entry: field.text().strip() for entry, field in self.fields.items()}

    def _show_language(self) -> None:
        self._keep_edits()
        code = self.current_language()
        values = self._edited.get(code) or {entry: value or "" for entry, value in
                                            stored_wording(self.project, code).items()}
        default = default_wording(code)
        for entry, field in self.fields.items():
            field.setPlaceholderText(getattr(default, entry) or self.project.coder)
            field.setText(values.get(entry, ""))
        self._shown = code

    def accept(self) -> None:
        self._keep_edits()
        try:
            for code, values in self._edited.items():
                stored = {entry: value or "" for entry, value in stored_wording(self.project, code).items()}
                if values != stored:  # one undoable step per language changed
                    set_report_wording(self.project, language=code, **values)
        except QdaError as error:
            show_error(self, error)
            return
        super().accept()
