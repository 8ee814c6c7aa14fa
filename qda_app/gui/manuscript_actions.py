"""Actions that prepare a manuscript: the table excerpt of a quotation, and the word
frequencies with their word cloud."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from qda_app.gui.dialogs.common import ask_multiline
from qda_app.gui.i18n import current_language
from qda_app.services import excerpts

if TYPE_CHECKING:
    from qda_app.gui.dialogs.report_wording_dialog import ReportWordingDialog
    from qda_app.gui.dialogs.word_frequency_dialog import WordFrequencyDialog
    from qda_app.gui.main_window import MainWindow


class ManuscriptActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_dialog: WordFrequencyDialog | None = None
        self.last_wording_dialog: ReportWordingDialog | None = None
        window.registry.connect("actionTableExcerpt", self.table_excerpt)
        window.registry.connect("actionWordFrequencies", self.word_frequencies)
        window.registry.connect("actionReportWording", self.report_wording)

    def _language(self) -> str:
        return current_language()

    def table_excerpt(self, text: str | None = None) -> None:
        """Ask for the part of the selected quotation that the category tables print."""
        mark = self.window.coding.selected_mark()
        project = self.window.project
        if mark is None or project is None:
            return
        if text is None:
            current = self.window.run(lambda: excerpts.excerpt_of(project, quotation=mark.id))
            if current is None:
                return
            stored, whole = current
            text = ask_multiline(
                self.window, title=self.tr("Table Excerpt"),
                label=self.tr("The words of %1 that the category tables print; mark what you leave out "
                              "with […]. Empty: the whole quotation.").replace("%1", mark.quotation_id),
                value=stored or whole)
            if text is None:
                return
            if text.strip() == whole:
                text = ""
        self.window.run(lambda: excerpts.set_excerpt(project, quotation=mark.id, text=text))

    def report_wording(self) -> None:
        """The project's caption word, headers and source line, per report language."""
        from qda_app.gui.dialogs.report_wording_dialog import ReportWordingDialog

        if self.window.project is None:
            return
        dialog = ReportWordingDialog(self.window.project, self.window, language=self._language())
        self.last_wording_dialog = dialog
        dialog.open()

    def word_frequencies(self) -> None:
        from qda_app.gui.dialogs.word_frequency_dialog import WordFrequencyDialog

        if self.window.project is None:
            return
        dialog = WordFrequencyDialog(self.window.project, self.window, language=self._language())
        self.last_dialog = dialog
        dialog.update_results()
        dialog.open()
