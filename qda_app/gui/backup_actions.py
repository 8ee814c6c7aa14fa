"""Backups while a project is open, File > Restore from Backup, File > Pseudonymise Copy.

A backup is taken when a project opens for writing and then whenever one is due (every 15
minutes by default, :func:`services.backups.backup_if_due`), so a damaged file can be
replaced by a recent copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from qda_app.core.errors import QdaError
from qda_app.gui.dialogs import backup_dialog
from qda_app.gui.dialogs.common import error_text
from qda_app.gui.dialogs.pseudonymise_dialog import PseudonymiseDialog
from qda_app.services import backups
from qda_app.services.backups import BackupFile

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow

CHECK_INTERVAL_MS = 60 * 1000  # backup_if_due decides; the timer only asks often enough


class BackupActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.backup_if_due)
        self.interval_seconds = backups.DEFAULT_INTERVAL_SECONDS
        window.registry.connect("actionRestoreBackup", self.restore_dialog)
        window.registry.connect("actionPseudonymiseCopy", self.pseudonymise_copy)

    def project_opened(self) -> None:
        project = self.window.project
        if project is None or project.read_only:
            return
        self.backup_if_due()
        self.timer.start()

    def project_closed(self) -> None:
        self.timer.stop()

    def backup_if_due(self) -> BackupFile | None:
        project = self.window.project
        if project is None or project.read_only:
            return None
        try:
            taken = backups.backup_if_due(project, interval=self.interval_seconds)
        except QdaError as error:  # a failed backup must not interrupt the work; say it in the status bar
            self.window.statusBar().showMessage(self.tr("Backup failed: %1").replace("%1", error_text(error)), 15000)
            return None
        if taken is not None:
            self.window.statusBar().showMessage(self.tr("Backup taken: %1").replace("%1", taken.path.name), 5000)
        return taken

    def restore_dialog(self) -> bool:
        project = self.window.project
        if project is None:
            return False
        found = backups.list_backups(project.path)
        if not found:
            self.window.statusBar().showMessage(self.tr("This project has no backups yet."), 8000)
            return False
        backup = backup_dialog.choose_backup(self.window, found)
        if backup is None or not backup_dialog.confirm_restore(self.window, backup):
            return False
        return self.restore(backup)

    def restore(self, backup: BackupFile) -> bool:
        """Close the project, put the backup in its place, open it again."""
        project = self.window.project
        if project is None:
            return False
        path = project.path
        self.window.close_project()
        restored = backup_dialog.restore_chosen(self.window, path, backup)
        self.window.open_project_path(path)
        return restored

    def pseudonymise_copy(self, *, show: bool = True) -> PseudonymiseDialog | None:
        if self.window.project is None:
            return None
        dialog = PseudonymiseDialog(self.window.project, self.window)
        if show:
            dialog.exec()
        return dialog
