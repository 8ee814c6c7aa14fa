"""The integrity check of a project just opened, run once the window shows it.

``services.integrity`` says why the check is no longer in the way of opening and what still
waits for it (every write, the backup taken on opening). Here: it starts a moment after the
text's first frame is painted, so that frame does not share the processor with it; when it finds
damage the project is closed at once and the user is told, with its backups offered, exactly
as when opening refused a damaged file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from qda_app.core.errors import ProjectDamaged
from qda_app.gui.dialogs.common import error_text
from qda_app.services.integrity import IntegrityCheck

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow
    from qda_app.services.project import Project

AFTER_PAINT_MS = 100  # after the text's first frame: the panes around it paint meanwhile
LATEST_MS = 1000  # a window that is not painted (hidden, minimised) checks anyway


class IntegrityWatch(QObject):
    checked = Signal()  # emitted from the worker thread: a queued call to _on_checked

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.check: IntegrityCheck | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.start)
        self.checked.connect(self._on_checked)
        self._awaiting_paint = False

    def project_opened(self) -> None:
        project = self.window.project
        self.check = project.integrity if project is not None else None
        if self.check is None:
            self.window.backups.project_opened()  # checked when it was opened
            return
        self.check.on_finished = self.checked.emit
        self._awaiting_paint = True
        self.window.document_view.editor.viewport().installEventFilter(self)
        self.timer.start(LATEST_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if self._awaiting_paint and event.type() == QEvent.Type.Paint:
            self._stop_awaiting()
            self.timer.start(AFTER_PAINT_MS)  # restarts the latest-start timer, sooner
        return False

    def _stop_awaiting(self) -> None:
        if self._awaiting_paint:
            self._awaiting_paint = False
            self.window.document_view.editor.viewport().removeEventFilter(self)

    def project_closed(self) -> None:
        self.timer.stop()
        self._stop_awaiting()
        self.check = None  # the project cancels its own check as it closes

    def start(self) -> None:
        self._stop_awaiting()
        if self.check is not None:
            self.check.start()

    def wait(self) -> None:
        """Run the check to its end now and act on what it found (tests, benchmarks)."""
        check = self.check
        if check is not None:
            check.wait()
            self._on_checked()

    def _on_checked(self) -> None:
        check, project = self.check, self.window.project
        if check is None or project is None or project.integrity is not check or not check.finished.is_set():
            return  # a project closed meanwhile, or already handled
        self.check = None
        if check.cancelled:
            return
        if check.problem is None:
            self.window.backups.project_opened()
            return
        self.report_damage(ProjectDamaged(path=str(project.path), detail=check.problem), project)

    def report_damage(self, error: ProjectDamaged, project: Project) -> None:
        """Close the damaged project (nothing was written to it) and offer its backups."""
        from qda_app.gui.dialogs.backup_dialog import offer_backups_for_damaged

        if self.window.project is project:
            self.window.close_project()
        else:
            project.close()
        if offer_backups_for_damaged(self.window, project.path, error):
            self.window.open_project_path(project.path)
            return
        QMessageBox.warning(self.window, self.tr("Cannot open the project"), error_text(error))
