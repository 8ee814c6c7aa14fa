"""The query tool: run a built or typed query in a scope, list the quotations, save it as a smart code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from qda_app.core.errors import QdaError
from qda_app.gui.dialogs.common import ask_text
from qda_app.gui.dialogs.query_window import QueryWindow
from qda_app.services import documents as document_service
from qda_app.services import gui_queries, queries
from qda_app.services.exporters.quotation_list import export_quotation_list
from qda_app.services.queries import QueryResult, QueryScope
from qda_app.gui.filter_choices import filter_choices
from qda_app.gui.i18n import current_language

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow


class QueryActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.query_window: QueryWindow | None = None
        self.result: QueryResult | None = None
        window.registry.connect("actionQueryTool", self.open_tool)

    @property
    def project(self):
        return self.window.project

    def _operands(self) -> tuple[list, list[str], list[str]]:
        codes = sorted(self.window.codes_by_id.values(), key=lambda code: code.path.casefold())
        return (codes, [smart.name for smart in queries.list_smart_codes(self.project)],
                list(filter_choices(self.project).code_groups))

    def open_tool(self) -> QueryWindow | None:
        if self.project is None:
            return None
        if self.query_window is None:
            choices = filter_choices(self.project)
            codes, smart, groups = self._operands()
            tool = self.query_window = QueryWindow(self.window, codes=codes, smart_codes=smart,
                                                   document_groups=list(choices.document_groups),
                                                   coders=list(choices.coders), code_groups=groups)
            tool.run_requested.connect(self.run)
            tool.save_requested.connect(self.save)
            tool.results.quotation_activated.connect(self.window.jump_to_quotation)
            tool.results.export_requested.connect(lambda: self.export())
        else:
            self.query_window.set_operands(*self._operands())  # codes, smart codes, groups made since
        self.query_window.show()
        self.query_window.raise_()
        self.query_window.activateWindow()
        return self.query_window

    def run(self, text: str, groups: list[str], coders: list[str]) -> QueryResult | None:
        tool = self.query_window
        if tool is None:
            return None
        try:
            result = queries.run_query(self.project, text, scope=QueryScope(document_groups=tuple(groups),
                                                                            coders=tuple(coders)))
        except QdaError as error:
            tool.show_error(error)
            return None
        self.result = result
        found = {quotation.id: quotation for quotation in
                 gui_queries.quotations_by_id(self.project, quotation_ids=result.quotation_ids)}
        names = {document.number: document.name for document in document_service.list_documents(self.project)}
        tool.results.show_quotations([found[i] for i in result.quotation_ids if i in found], caption=result.text,
                                     document_names=names)
        return result

    def save(self, text: str, groups: list[str], coders: list[str], name: str | None = None) -> str | None:
        tool = self.query_window
        if name is None:
            name = ask_text(self.window, title=self.tr("Save as Smart Code"), label=self.tr("Name of the smart code:"))
        if not name or not name.strip():
            return None
        scope = QueryScope(document_groups=tuple(groups), coders=tuple(coders))
        try:
            saved = queries.save_smart_code(self.project, name=name.strip(), query=text, scope=scope)
        except QdaError as error:
            if tool is not None:
                tool.show_error(error)
            return None
        if tool is not None:
            tool.set_operands(*self._operands())
        return saved.name

    def export(self, path: str | None = None) -> None:
        tool = self.query_window
        if tool is None:
            return
        if path is None:
            from pathlib import Path

            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getSaveFileName(tool, self.tr("Export Quotations"), str(Path.home()),
                                                  self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if path:
            language = current_language()
            self.window.run(lambda: export_quotation_list(
                self.project, tool.results.quotation_ids(), path, language=language, title=self.tr("Query")))

    def project_closed(self) -> None:
        if self.query_window is not None:
            self.query_window.close()
            self.query_window.deleteLater()
            self.query_window = None
        self.result = None
