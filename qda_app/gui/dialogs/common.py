"""Small dialogs shared by the window: confirmations, errors, text prompts.

Kept as module functions so tests can replace them (monkeypatch) instead of clicking modal
boxes. Every error shown to a person is worded by cli.messages.describe, translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from qda_app.core.errors import QdaError
from qda_app.gui.messages import error_text


def show_error(parent: QWidget | None, error: QdaError | str, *, title: str | None = None) -> None:
    text = error_text(error) if isinstance(error, QdaError) else error
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("Dialogs", "qda_app"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(text)
    box.exec()


def confirm(parent: QWidget | None, *, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, *, title: str, label: str, value: str = "") -> str | None:
    text, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, value)
    return text if accepted else None


def ask_multiline(parent: QWidget | None, *, title: str, label: str, value: str = "") -> str | None:
    text, accepted = QInputDialog.getMultiLineText(parent, title, label, value)
    return text if accepted else None


def ask_item(parent: QWidget | None, *, title: str, label: str, items: list[str]) -> str | None:
    if not items:
        return None
    text, accepted = QInputDialog.getItem(parent, title, label, items, 0, False)
    return text if accepted else None
