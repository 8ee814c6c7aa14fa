"""Edit mode (Ctrl+E): correct a typo or a misheard word in the viewer, coding kept; and PDF export.

While editing, the text is an ordinary editable text and the highlights and margin rest
(their positions would be stale). "Apply" sends the whole corrected text to
services.text_edits, which re-anchors every quotation through core.text_map in one undoable
action; the result names the quotations whose passage changed or was lost.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from qda_app.gui.print_document import print_document
from qda_app.services import gui_queries
from qda_app.services.text_edits import TextEditSummary, edit_document_text

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow


class TextEditActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.editing: int | None = None  # the document number being edited
        view = window.document_view
        self.bar = QWidget(view)
        self.bar.setObjectName("editTextBar")
        self.bar.setStyleSheet("#editTextBar { background: palette(highlight); }"
                               "#editTextBar QLabel { color: palette(highlighted-text); }")
        self.bar.setAutoFillBackground(True)
        self.label = QLabel(self.bar)
        self.label.setWordWrap(True)
        self.apply_button = QPushButton(self.bar)
        self.apply_button.setObjectName("applyTextEdit")
        self.cancel_button = QPushButton(self.bar)
        self.cancel_button.setObjectName("cancelTextEdit")
        layout = QHBoxLayout(self.bar)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.apply_button)
        layout.addWidget(self.cancel_button)
        view.layout().insertWidget(1, self.bar)
        self.bar.hide()
        self.apply_button.clicked.connect(lambda: self.leave(save=True))
        self.cancel_button.clicked.connect(lambda: self.leave(save=False))
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Editing the text. Correct typos or misheard words; when you apply, "
                                   "every quotation follows the corrections (one step to undo)."))
        self.apply_button.setText(self.tr("Apply Corrections"))
        self.cancel_button.setText(self.tr("Cancel"))

    def toggle(self) -> None:
        if self.editing is None:
            self.enter()
        else:
            self.leave(save=True)

    def enter(self) -> None:
        view = self.window.document_view
        if view.document_number is None or self.window.project is None or self.window.project.read_only:
            self._checked(False)
            return
        self.editing = view.document_number
        view.select_quotation(None)
        view.index.replace([])  # no highlights while positions move under the typing
        view.restyle()
        view.editor.setReadOnly(False)
        view.editor.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.bar.show()
        self._checked(True)
        self.window.update_actions()
        view.editor.setFocus()

    def leave(self, *, save: bool) -> TextEditSummary | None:
        if self.editing is None:
            return None
        view = self.window.document_view
        number, self.editing = self.editing, None
        new_text = view.editor.toPlainText()
        view.editor.setReadOnly(True)
        view.editor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.bar.hide()
        self._checked(False)
        self.window.update_actions()
        summary = None
        if save and self.window.project is not None:
            summary = self.window.run(lambda: edit_document_text(self.window.project, number=number, text=new_text))
        if self.window.project is not None:
            scroll = view.editor.verticalScrollBar().value()
            self.window.open_document(number)
            view.editor.verticalScrollBar().setValue(scroll)
        if summary is not None:
            self._report(summary)
        return summary

    def _checked(self, value: bool) -> None:
        action = self.window.registry["actionEditText"]
        action.blockSignals(True)
        action.setChecked(value)
        action.blockSignals(False)

    def _report(self, summary: TextEditSummary) -> None:
        if not summary.changed_text:
            self.window.statusBar().showMessage(self.tr("The text is unchanged."), 5000)
            return
        self.window.statusBar().showMessage(
            self.tr("Text corrected: %1 quotation(s) moved, %2 passage(s) changed.")
            .replace("%1", str(summary.moved)).replace("%2", str(len(summary.passages))), 10000)
        if summary.lost:
            names = ", ".join(change.quotation_id for change in summary.lost)
            QMessageBox.information(self.window, self.tr("Passages Deleted"), self.tr(
                "The whole passage of these quotations was deleted: %1. They are kept as one character "
                "where the passage was, with their codes, so you can move or delete them.").replace("%1", names))

    # --- the text changed under the viewer (an undo of a correction) -----------------------

    def follow_text(self) -> None:
        window = self.window
        view = window.document_view
        if window.project is None or view.document_number is None or self.editing is not None:
            return
        try:
            stored = gui_queries.document_text(window.project, document=view.document_number)
        except Exception:  # noqa: BLE001 (the document itself went: the document pane handles that)
            return
        if stored != view.text:
            scroll = view.editor.verticalScrollBar().value()
            window.open_document(view.document_number)
            view.editor.verticalScrollBar().setValue(scroll)

    # --- PDF ----------------------------------------------------------------------------------

    def print_dialog(self, target: str | None = None) -> Path | None:
        window = self.window
        number = window.document_view.document_number
        if window.project is None or number is None:
            return None
        if target is None:
            target, _ = QFileDialog.getSaveFileName(window, self.tr("Export Coded Document as PDF"),
                                                    str(Path.home() / f"document-{number}.pdf"),
                                                    self.tr("PDF files (*.pdf)"))
            if not target:
                return None
            if not target.lower().endswith(".pdf"):
                target += ".pdf"
        summary = window.run(lambda: print_document(window.project, number=number, target=target))
        if summary is None:
            return None
        message = self.tr("Wrote %1 (%2 pages).").replace("%1", str(summary.path)).replace("%2", str(summary.pages))
        if summary.listed_only:
            message += " " + self.tr("Listed at the foot of their page for want of margin room: %1").replace(
                "%1", ", ".join(summary.listed_only))
        window.statusBar().showMessage(message, 15000)
        return summary.path
