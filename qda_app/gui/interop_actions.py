"""File > Import / Export: REFI-QDA projects and codebooks, and the report workbook.

Long work (writing or reading a .qdpx, computing the report book) runs off the GUI thread
through background.run_in_background; each import or export ends with its report.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from qda_app.core.errors import QdaError
from qda_app.gui.background import run_in_background
from qda_app.gui.dialogs.common import show_error
from qda_app.gui.dialogs.import_report_dialog import ImportReportDialog
from qda_app.gui.i18n import current_language
from qda_app.services.atomic_files import overwrite_allowed
from qda_app.services.interop.import_losses import ImportWouldLoseData
from qda_app.services.interop.refi_model import ImportReport
from qda_app.services.interop.report_text import word_entry

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow


class InteropActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_dialog: ImportReportDialog | None = None
        self._confirmed: str | None = None  # the path the save dialog confirmed replacing
        for name, handler in {
            "actionExportQdpx": self.export_qdpx, "actionExportQdc": self.export_qdc,
            "actionExportReport": self.export_report, "actionImportQdpx": self.import_qdpx,
            "actionImportQdc": self.import_qdc,
        }.items():
            window.registry.connect(name, handler)

    def _save_path(self, title: str, suffix: str, file_filter: str) -> str | None:
        project = self.window.project
        start = str(project.path.with_suffix(suffix)) if project else str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self.window, title, start, file_filter)
        if not path:
            return None
        if Path(path).suffix:
            self._confirmed = path  # the dialog asked before offering an existing file's name
            return path
        return path + suffix

    def _replacing(self, path: str):  # noqa: ANN202 - a context manager for one write
        """Replacing an existing file only where the save dialog had the user confirm it."""
        confirmed, self._confirmed = self._confirmed, None
        return overwrite_allowed(confirmed == path)

    def _background(self, title: str, work):  # noqa: ANN001, ANN202 - a service call with progress
        try:
            return run_in_background(self.window, title=title, work=work)
        except QdaError as error:
            show_error(self.window, error)
            return None

    def _show_report(self, report: ImportReport, *, title: str, heading: str, show: bool) -> None:
        self.last_dialog = ImportReportDialog(report, title=title, heading=heading, parent=self.window)
        if show:
            self.last_dialog.exec()

    # --- REFI-QDA -------------------------------------------------------------------------------

    def export_qdpx(self, path: str | None = None, *, show: bool = True) -> ImportReport | None:
        from qda_app.services.interop.project_export import export_project

        project = self.window.project
        if project is None:
            return None
        path = path or self._save_path(self.tr("Export REFI-QDA Project"), ".qdpx",
                                       self.tr("REFI-QDA projects (*.qdpx)"))
        if not path:
            return None
        replacing = self._replacing(path)

        def work(_progress, _cancelled):  # noqa: ANN001, ANN202
            with replacing:
                return export_project(project, path)

        report = self._background(self.tr("Exporting the REFI-QDA project"), work)
        if report is not None:
            self._show_report(report, title=self.tr("REFI-QDA Export"), show=show,
                              heading=self.tr("Wrote %1. What REFI-QDA could not hold is listed below.").replace("%1", path))
        return report

    def export_qdc(self, path: str | None = None, *, show: bool = True) -> ImportReport | None:
        from qda_app.services.interop.project_export import export_codebook

        project = self.window.project
        if project is None:
            return None
        path = path or self._save_path(self.tr("Export REFI-QDA Codebook"), ".qdc",
                                       self.tr("REFI-QDA codebooks (*.qdc)"))
        if not path:
            return None
        replacing = self._replacing(path)

        def work(_progress, _cancelled):  # noqa: ANN001, ANN202
            with replacing:
                return export_codebook(project, path)

        report = self._background(self.tr("Exporting the codebook"), work)
        if report is not None:
            self._show_report(report, title=self.tr("REFI-QDA Export"), show=show,
                              heading=self.tr("Wrote %1.").replace("%1", path))
        return report

    def import_qdpx(self, source: str | None = None, target: str | None = None, *, show: bool = True) -> Path | None:
        """Create a new project from a .qdpx, show what was adapted, then open the new project."""
        from qda_app.services.interop.project_import import import_project

        if source is None:
            source, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import REFI-QDA Project"), str(Path.home()),
                                                    self.tr("REFI-QDA projects (*.qdpx);;All files (*)"))
            if not source:
                return None
        if target is None:
            target, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save the Imported Project As"),
                                                    str(Path(source).with_suffix(".qdaproj")),
                                                    self.tr("qda_app projects (*.qdaproj)"))
            if not target:
                return None
            target = target if target.lower().endswith(".qdaproj") else target + ".qdaproj"
        coder = self.window.settings.coder or None
        title = self.tr("Importing %1").replace("%1", Path(source).name)
        try:
            report = run_in_background(self.window, title=title,
                                       work=lambda _p, _c: import_project(source, target, coder=coder))
        except ImportWouldLoseData as refused:
            if not self.ask_accept_losses(refused):
                return None
            report = self._background(title, lambda _p, _c: import_project(source, target, coder=coder,
                                                                             accept_losses=True))
        except QdaError as error:
            show_error(self.window, error)
            return None
        if report is None:
            return None
        self._show_report(report, title=self.tr("REFI-QDA Import"), show=show,
                          heading=self.tr("Created %1 from %2.").replace("%1", target).replace("%2", source))
        self.window.open_project_path(target)
        return Path(target)

    def ask_accept_losses(self, refused: ImportWouldLoseData) -> bool:
        """List what the import would leave out and ask whether to import the rest."""
        lines = [word_entry(entry, refused.report, self._translate, with_severity=False) for entry in refused.lost]
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("REFI-QDA Import"), self.tr(
            "%1 cannot be imported whole: %2 item(s) would be left out (see the details). Import the rest "
            "anyway? Nothing has been written yet.").replace("%1", Path(refused.fields["file"]).name)
            .replace("%2", str(len(lines))), QMessageBox.StandardButton.NoButton, self.window)
        box.setDetailedText("\n".join(lines))
        accept = box.addButton(self.tr("Import without Them"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept

    def _translate(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Messages", text)

    def import_qdc(self, path: str | None = None, *, show: bool = True) -> ImportReport | None:
        """Merge a codebook into the open project: one undoable step."""
        from qda_app.services.interop.codebook_import import import_codebook

        project = self.window.project
        if project is None or project.read_only:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import REFI-QDA Codebook"), str(project.path.parent),
                                                  self.tr("REFI-QDA codebooks (*.qdc);;All files (*)"))
            if not path:
                return None
        report = self.window.run(lambda: import_codebook(project, path))
        if report is not None:
            self._show_report(report, title=self.tr("REFI-QDA Codebook Import"), show=show,
                              heading=self.tr("Merged the codebook %1 into this project (Edit > Undo takes it back).")
                              .replace("%1", path))
        return report

    # --- reports --------------------------------------------------------------------------------

    def export_report(self, path: str | None = None, *, show: bool = True) -> list[Path] | None:
        from qda_app.services.exporters import export_report

        project = self.window.project
        if project is None:
            return None
        path = path or self._save_path(
            self.tr("Export Report Workbook"), ".xlsx",
            self.tr("Excel workbook (*.xlsx);;Word document (*.docx);;Web page (*.html)"))
        if not path:
            return None
        language = current_language()
        replacing = self._replacing(path)

        def work(progress, _cancelled):  # noqa: ANN001, ANN202
            with replacing:
                return export_report(project, path, language=language, progress=progress)

        written = self._background(self.tr("Exporting the reports"), work)
        if written and show:
            QMessageBox.information(self.window, self.tr("Report Workbook"),
                                    self.tr("Wrote %1.").replace("%1", ", ".join(str(p) for p in written)))
        return written
