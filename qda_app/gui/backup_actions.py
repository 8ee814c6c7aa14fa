"""Backups while a project is open, File > Restore from Backup, File > Pseudonymise Copy.

A backup is taken when a project opens for writing and then whenever one is due (every 15
minutes by default, :func:`services.backups.backup_if_due`), so a damaged file can be
replaced by a recent copy. Those two run in a worker thread with a connection of its own:
copying a 200 MB project takes most of a second, which the window would otherwise freeze for.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer

from qda_app.core.errors import QdaError
from qda_app.gui.dialogs import backup_dialog
from qda_app.gui.dialogs.common import error_text
from qda_app.gui.dialogs.pseudonymise_dialog import PseudonymiseDialog
from qda_app.services import backups
from qda_app.services.backups import BackupFile

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow

CHECK_INTERVAL_MS = 60 * 1000  # backup_if_due decides; the timer only asks often enough


class _BackupWorker(QThread):
    def __init__(self, project_path: Path, parent: QObject) -> None:
        super().__init__(parent)
        self.project_path = project_path
        self.taken: BackupFile | None = None
        self.error: QdaError | None = None

    def run(self) -> None:
        try:
            self.taken = backups.backup_file(self.project_path)
        except QdaError as error:  # reported on the GUI thread
            self.error = error


class BackupActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.backup_in_background)
        self.worker: _BackupWorker | None = None
        self.interval_seconds = backups.DEFAULT_INTERVAL_SECONDS
        window.registry.connect("actionRestoreBackup", self.restore_dialog)
        window.registry.connect("actionPseudonymiseCopy", self.pseudonymise_copy)

    def project_opened(self) -> None:
        project = self.window.project
        if project is None or project.read_only:
            return
        self.backup_in_background()
        self.timer.start()

    def project_closed(self) -> None:
        self.timer.stop()
        self.wait_for_backup()

    def backup_in_background(self) -> None:
        """Take a backup if one is due, in the worker thread; the status bar says when it is done."""
        project = self.window.project
        if project is None or project.read_only or self.worker is not None:
            return
        last = project.last_backup_at
        if last is not None and time.monotonic() - last < self.interval_seconds:
            return
        project.last_backup_at = time.monotonic()  # the timer must not start a second one meanwhile
        worker = self.worker = _BackupWorker(project.path, self)
        worker.finished.connect(self._worker_finished)  # a method of this GUI-thread object: a queued call
        worker.start()

    def wait_for_backup(self) -> None:
        """Let a backup under way finish (closing the project, restoring, a backup asked for now)."""
        if self.worker is not None:
            self.worker.wait()
            self._backup_finished(self.worker)

    def _worker_finished(self) -> None:
        if self.worker is not None and self.worker.isFinished():
            self._backup_finished(self.worker)

    def _backup_finished(self, worker: _BackupWorker) -> None:
        if self.worker is not worker:
            return  # already reported
        self.worker = None
        worker.deleteLater()
        self._report(worker.taken, worker.error)

    def _report(self, taken: BackupFile | None, error: QdaError | None) -> None:
        if error is not None:  # a failed backup must not interrupt the work; say it in the status bar
            self.window.statusBar().showMessage(self.tr("Backup failed: %1").replace("%1", error_text(error)), 15000)
        elif taken is not None:
            self.window.statusBar().showMessage(self.tr("Backup taken: %1").replace("%1", taken.path.name), 5000)

    def backup_if_due(self) -> BackupFile | None:
        """Take a backup now if one is due (after the one under way, if any), on this thread."""
        self.wait_for_backup()
        project = self.window.project
        if project is None or project.read_only:
            return None
        try:
            taken = backups.backup_if_due(project, interval=self.interval_seconds)
        except QdaError as error:
            self._report(None, error)
            return None
        self._report(taken, None)
        return taken

    def restore_dialog(self) -> bool:
        project = self.window.project
        if project is None:
            return False
        self.wait_for_backup()
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
