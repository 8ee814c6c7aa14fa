"""Word frequencies and word cloud: scope, number of words, speaker labels, the project's stop
words; the table and the cloud update together, and the cloud can be saved as PNG or SVG."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from qda_app.core.errors import QdaError
from qda_app.gui.dialogs.common import show_error
from qda_app.services import codes as code_service
from qda_app.services import documents as document_service
from qda_app.services.project import Project
from qda_app.services.reports import ReportFilter, word_frequencies
from qda_app.services.reports.stop_lists import set_stop_list_changes, stop_list_changes


def _words(text: str) -> list[str]:
    return [word.strip() for word in text.replace(";", ",").split(",") if word.strip()]


class WordFrequencyDialog(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.project = project
        self.language = language
        self.frequencies: dict[str, int] = {}
        self._cloud_pixmap: QPixmap | None = None
        self.setWindowTitle(self.tr("Word Frequencies"))
        self.setAccessibleName(self.tr("Word Frequencies"))
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Scope"))
        self._fill_scopes()
        self.top = QSpinBox(self)
        self.top.setRange(5, 500)
        self.top.setValue(50)
        self.top.setAccessibleName(self.tr("Number of words"))
        self.speakers = QCheckBox(self.tr("Leave out speaker labels (\"Interviewer:\")"), self)
        self.speakers.setChecked(True)
        self.stop_list = QComboBox(self)
        self.stop_list.setAccessibleName(self.tr("Stop list"))
        for key, text in (("auto", self.tr("The texts' language")), ("es", self.tr("Spanish")),
                          ("en", self.tr("English")), ("pt", self.tr("Portuguese")), ("none", self.tr("None"))):
            self.stop_list.addItem(text, key)
        added, kept = stop_list_changes(project)
        self.added = QLineEdit(", ".join(added), self)
        self.added.setAccessibleName(self.tr("Also leave out"))
        self.kept = QLineEdit(", ".join(kept), self)
        self.kept.setAccessibleName(self.tr("Count although listed"))
        writable = not project.read_only
        self.added.setEnabled(writable)
        self.kept.setEnabled(writable)
        form = QFormLayout()
        form.addRow(self.tr("Scope:"), self.scope)
        form.addRow(self.tr("Words:"), self.top)
        form.addRow(self.tr("Stop list:"), self.stop_list)
        form.addRow(self.tr("Also leave out:"), self.added)
        form.addRow(self.tr("Count although listed:"), self.kept)
        form.addRow("", self.speakers)
        update = QPushButton(self.tr("Update"), self)
        update.clicked.connect(self.update_results)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("wordTable")
        self.table.setAccessibleName(self.tr("Word frequencies"))
        self.table.setHorizontalHeaderLabels([self.tr("Word"), self.tr("Count"), self.tr("%")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(True)
        self.cloud = QLabel(self)
        self.cloud.setObjectName("wordCloud")
        self.cloud.setAccessibleName(self.tr("Word cloud"))
        self.cloud.setMinimumSize(420, 260)
        self.cloud.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.save_button = QPushButton(self.tr("Save Word Cloud…"), self)
        self.save_button.clicked.connect(lambda: self.save_cloud())
        results = QHBoxLayout()
        results.addWidget(self.table, 2)
        results.addWidget(self.cloud, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(update, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(results, 1)
        layout.addWidget(buttons)
        self.resize(980, 640)

    def _fill_scopes(self) -> None:
        self.scope.addItem(self.tr("All documents"), ReportFilter())
        listed = document_service.list_documents(self.project)
        for group in sorted({group for document in listed for group in document.groups}, key=str.casefold):
            self.scope.addItem(self.tr("Document group: %1").replace("%1", group), ReportFilter(document_groups=[group]))
        for document in listed:
            self.scope.addItem(self.tr("Document %1").replace("%1", f"{document.number}: {document.name}"),
                               ReportFilter(documents=[document.number]))
        for code in code_service.list_codes(self.project):
            self.scope.addItem(self.tr("Quotations of %1").replace("%1", code.path.replace("::", " > ")),
                               ReportFilter(codes=[code.path]))

    def _save_stop_words(self) -> None:
        if self.project.read_only:
            return
        added, kept = _words(self.added.text()), _words(self.kept.text())
        if (sorted({w.casefold() for w in added}), sorted({w.casefold() for w in kept})) != \
                tuple(map(sorted, stop_list_changes(self.project))):
            set_stop_list_changes(self.project, added=added, kept=kept)

    def update_results(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._save_stop_words()
            frame = word_frequencies(self.project, report_filter=self.scope.currentData(), language=self.language,
                                     stop_list=self.stop_list.currentData(), top=self.top.value(),
                                     speakers=not self.speakers.isChecked())
        except QdaError as error:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, error)
            return
        QGuiApplication.restoreOverrideCursor()
        rows = frame.iloc[:, 2:5].values.tolist()
        self.table.setRowCount(len(rows))
        for row, (word, count, percent) in enumerate(rows):
            for column, value in enumerate((str(word), str(int(count)), f"{percent:.2f}")):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.frequencies = {str(word): int(count) for word, count, _ in rows}
        self._show_cloud()

    def _show_cloud(self) -> None:
        self.save_button.setEnabled(bool(self.frequencies))
        if not self.frequencies:
            self._cloud_pixmap = None
            self.cloud.setText(self.tr("No words to show."))
            return
        from qda_app.services.exporters.word_cloud import draw_word_cloud

        image = draw_word_cloud(self.frequencies, width=840, height=520).to_image()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        pixmap = QPixmap()
        pixmap.loadFromData(buffer.getvalue(), "PNG")
        self._cloud_pixmap = pixmap
        self._fit_cloud()

    def _fit_cloud(self) -> None:
        if self._cloud_pixmap is not None:
            self.cloud.setPixmap(self._cloud_pixmap.scaled(self.cloud.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                           Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_cloud()

    def save_cloud(self, path: str | None = None) -> Path | None:
        from qda_app.services.exporters.word_cloud import write_word_cloud

        if not self.frequencies:
            return None
        if path is None:
            start = str(self.project.path.with_name(f"{self.project.path.stem}-words.png"))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save Word Cloud"), start,
                                                  self.tr("PNG image (*.png);;SVG image (*.svg)"))
            if not path:
                return None
        try:
            return write_word_cloud(self.frequencies, path)
        except QdaError as error:
            show_error(self, error)
            return None
