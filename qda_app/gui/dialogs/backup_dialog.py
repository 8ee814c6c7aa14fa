"""Choosing one of a project's backups: File > Restore from Backup, and after a damaged open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from qda_app.core.errors import ProjectDamaged, QdaError
from qda_app.gui.dialogs import common
from qda_app.gui.format import format_datetime
from qda_app.services import backups
from qda_app.services.backups import BackupFile


class RestoreBackupDialog(QDialog):
    def __init__(self, found: list[BackupFile], *, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = list(found)  # newest first, as the service lists them
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.setAccessibleName(self.tr("Restore from Backup"))
        layout = QVBoxLayout(self)
        text = QLabel((message + "\n\n" if message else "") + self.tr(
            "Choose a backup to put in the project's place. The current file is kept beside it "
            "with the ending .before-restore-1 (-2, -3 ... for later restores), so no earlier state is lost."), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.table = QTableWidget(len(self.found), 3, self)
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Size"), self.tr("File")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        locale = QLocale()
        for row, backup in enumerate(self.found):
            size = QTableWidgetItem(locale.formattedDataSize(backup.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((QTableWidgetItem(format_datetime(backup.taken_at)), size,
                                           QTableWidgetItem(backup.path.name))):
                item.setToolTip(str(backup.path))
                self.table.setItem(row, column, item)
        if self.found:
            self.table.selectRow(0)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(self.found))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 380)

    def chosen(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows else None


def confirm_restore(parent: QWidget | None, backup: BackupFile) -> bool:
    translate = QCoreApplication.translate
    return common.confirm(parent, title=translate("RestoreBackupDialog", "Restore from Backup"), text=translate(
        "RestoreBackupDialog", "Replace the project by the backup taken %1? Changes made since then are not in "
        "the backup.").replace("%1", format_datetime(backup.taken_at)))


def choose_backup(parent: QWidget | None, found: list[BackupFile], *, message: str = "") -> BackupFile | None:
    """The modal step, replaceable in tests: the backup the person chose, or None."""
    dialog = RestoreBackupDialog(found, message=message, parent=parent)
    return dialog.chosen() if dialog.exec() else None


def restore_chosen(parent: QWidget | None, project_path: Path, backup: BackupFile) -> bool:
    try:
        backups.restore_backup(project_path, backup.path)
    except QdaError as error:
        common.show_error(parent, error)
        return False
    return True


def offer_backups_for_damaged(parent: QWidget | None, path: str | Path, error: ProjectDamaged) -> bool:
    """Opening failed because the file is damaged: offer its backups (newest first). True if one was restored."""
    found = backups.list_backups(path)
    if not found:
        return False
    message = common.error_text(error)
    backup = choose_backup(parent, found, message=message)
    if backup is None or not confirm_restore(parent, backup):
        return False
    return restore_chosen(parent, Path(path), backup)
