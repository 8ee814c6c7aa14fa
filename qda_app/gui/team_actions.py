"""Team menu: copy the project for a coder, merge a coder's copy back, compare coders.

Each action is one service call; the merge runs off the GUI thread and is one undoable step
(the service's CommandRecord arrives through the UndoBridge like any other).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from qda_app.core.errors import QdaError
from qda_app.gui.background import run_in_background
from qda_app.gui.dialogs.agreement_window import AgreementWindow
from qda_app.gui.dialogs.common import show_error
from qda_app.gui.dialogs.copy_for_coder_dialog import CopyForCoderDialog
from qda_app.gui.dialogs.merge_dialog import MergeReportDialog
from qda_app.services.merge import MergeReport, merge_project

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow


class TeamActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.agreement_window: AgreementWindow | None = None
        self.last_report_dialog: MergeReportDialog | None = None
        for name, handler in {"actionCopyForCoder": self.copy_for_coder, "actionMergeCopy": self.merge_copy,
                              "actionAgreement": self.agreement}.items():
            window.registry.connect(name, handler)

    def copy_for_coder(self, *, show: bool = True) -> CopyForCoderDialog | None:
        if self.window.project is None:
            return None
        dialog = CopyForCoderDialog(self.window.project, self.window)
        if show:
            dialog.exec()
        return dialog

    def merge_copy(self, path: str | None = None, *, show: bool = True) -> MergeReport | None:
        project = self.window.project
        if project is None or project.read_only:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Merge Coder's Copy"), str(project.path.parent),
                                                  self.tr("qda_app projects (*.qdaproj)"))
            if not path:
                return None
        try:
            report = run_in_background(self.window, title=self.tr("Merging %1").replace("%1", Path(path).name),
                                       work=lambda _progress, _cancelled: merge_project(project, other=path))
        except QdaError as error:
            show_error(self.window, error)
            return None
        def apply_decisions(keys: set[str]) -> MergeReport | None:
            try:
                return run_in_background(self.window, title=self.tr("Merging %1").replace("%1", Path(path).name),
                                         work=lambda _p, _c: merge_project(project, other=path, accept=keys))
            except QdaError as error:
                show_error(self.window, error)
                return None

        self.last_report_dialog = MergeReportDialog(report, self.window, apply_decisions=apply_decisions)
        if show:
            self.last_report_dialog.exec()
        return report

    def agreement(self, *, show: bool = True) -> AgreementWindow | None:
        if self.window.project is None:
            return None
        if self.agreement_window is not None and self.agreement_window.project is self.window.project:
            window = self.agreement_window
        else:
            self.project_closed()
            window = self.agreement_window = AgreementWindow(self.window)
            window.compute()
        if show:
            window.show()
            window.raise_()
            window.activateWindow()
        return window

    def project_closed(self) -> None:
        if self.agreement_window is not None:
            self.agreement_window.close()
            self.agreement_window.deleteLater()
            self.agreement_window = None
