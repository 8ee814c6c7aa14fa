"""Preferences: language and coder name."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from qda_app.gui.i18n import LANGUAGES


class PreferencesDialog(QDialog):
    def __init__(self, *, language: str, coder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.coder = QLineEdit(coder, self)
        self.coder.setObjectName("coderName")
        self.coder.setAccessibleName(self.tr("Coder name"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Language:"), self.language)
        layout.addRow(self.tr("&Coder name:"), self.coder)
        layout.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def chosen_coder(self) -> str:
        return self.coder.text().strip()
