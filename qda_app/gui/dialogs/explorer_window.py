"""Explorers: the code co-occurrence table and the code-document table, with the quotations behind a cell.

The tables are ``cooccurrence_table`` and ``code_document_table`` from services/reports, the frames
the workbook writes; a click on a cell lists the quotations that make its number (services/explorers,
through the query language with the same filter) and a click on one of those opens it in the viewer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHeaderView, QLabel, QPushButton,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from qda_app.core.errors import QdaError
from qda_app.gui.dialogs.agreement_window import _check_list, checked_values
from qda_app.gui.dialogs.common import show_error
from qda_app.gui.i18n import current_language
from qda_app.gui.models.frame_model import ReportFrameModel
from qda_app.gui.views.quotation_results import QuotationResultList
from qda_app.services import documents as document_service
from qda_app.services import gui_queries
from qda_app.services.exporters.quotation_list import export_quotation_list
from qda_app.services.reports import code_document_table, cooccurrence_table, load_report_data
from qda_app.core.query import Operand, Or
from qda_app.gui.filter_choices import filter_choices
from qda_app.services import explorers, queries
from qda_app.services.reports.data import ReportData
from qda_app.services.reports.tables import row_codes
from qda_app.services.reports.filters import ReportFilter

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow

KINDS = ("cooccurrence", "code_document")


def report_language(main: MainWindow) -> str:
    return current_language()


class ExplorerWindow(QWidget):
    def __init__(self, main: MainWindow, kind: str) -> None:
        super().__init__(main, Qt.WindowType.Window)
        assert kind in KINDS
        self.main, self.kind, self.project = main, kind, main.project
        self.setObjectName("cooccurrenceExplorer" if kind == "cooccurrence" else "codeDocumentExplorer")
        self.data: ReportData | None = None
        self.codes: list = []
        self.columns_shown: list[tuple[str, object]] = []  # ("document", number) or ("group", name)
        choices = filter_choices(self.project)
        settings = QWidget(self)
        form = QFormLayout(settings)
        self.rows = QComboBox(settings)
        self.rows.setObjectName("explorerRows")
        for value, text in (("leaves", self.tr("Subcategories (codes without sub-codes)")),
                            ("categories", self.tr("Categories")), ("all", self.tr("All codes"))):
            self.rows.addItem(text, value)
        self.measure = QComboBox(settings)
        self.measure.setObjectName("explorerMeasure")
        measures = ((("count", self.tr("Counts (n12)")), ("coefficient", self.tr("c-coefficient")))
                    if kind == "cooccurrence" else
                    (("count", self.tr("Counts")), ("normalized", self.tr("Normalised counts")),
                     ("row_percent", self.tr("Row %")), ("column_percent", self.tr("Column %"))))
        for value, text in measures:
            self.measure.addItem(text, value)
        self.columns = QComboBox(settings)
        self.columns.setObjectName("explorerColumns")
        self.columns.addItem(self.tr("Documents"), "documents")
        self.columns.addItem(self.tr("Document groups"), "groups")
        form.addRow(self.tr("Rows:"), self.rows)
        form.addRow(self.tr("Show:"), self.measure)
        if kind == "code_document":
            form.addRow(self.tr("Columns:"), self.columns)
        else:
            self.columns.hide()
        self.coder_list = _check_list(settings, self.tr("Coders"), [(n, n) for n in choices.coders], set(choices.coders))
        self.document_group_list = _check_list(settings, self.tr("Document groups"),
                                               [(n, n) for n in choices.document_groups], set())
        self.code_group_list = _check_list(settings, self.tr("Code groups"), [(n, n) for n in choices.code_groups], set())
        form.addRow(QLabel(self.tr("Coders:"), settings))
        form.addRow(self.coder_list)
        form.addRow(QLabel(self.tr("Only documents in the groups (none: all):"), settings))
        form.addRow(self.document_group_list)
        form.addRow(QLabel(self.tr("Only codes in the groups (none: all):"), settings))
        form.addRow(self.code_group_list)
        self.smart_code_list = _check_list(settings, self.tr("Smart codes"), [(n, n) for n in choices.smart_codes], set())
        self.smart_code_list.setObjectName("explorerSmartCodes")
        smart_label = QLabel(self.tr("Only quotations of the smart codes (none: all):"), settings)
        form.addRow(smart_label)
        form.addRow(self.smart_code_list)
        for widget in (smart_label, self.smart_code_list):  # a project without smart codes: no room taken
            widget.setVisible(bool(choices.smart_codes))
        self.export_table_button = QPushButton(self.tr("Export Table…"), settings)
        self.export_table_button.clicked.connect(self.export_table)
        form.addRow(self.export_table_button)
        self.model = ReportFrameModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("explorerTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Table"))
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(90)
        self.table.verticalHeader().hide()
        self.table.clicked.connect(self.show_cell)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.results = QuotationResultList(self)
        self.results.quotation_activated.connect(main.jump_to_quotation)
        self.results.export_requested.connect(self.export_results)
        right = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(right)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        top_layout.addWidget(self.note)
        right.addWidget(top)
        right.addWidget(self.results)
        right.setSizes([520, 300])
        splitter = QSplitter(self)
        splitter.addWidget(settings)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        title = self.tr("Code Co-occurrence") if kind == "cooccurrence" else self.tr("Codes and Documents")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(1300, 820)
        for combo in (self.rows, self.measure, self.columns):
            combo.currentIndexChanged.connect(lambda *_: self.refresh())
        for widget in (self.coder_list, self.document_group_list, self.code_group_list, self.smart_code_list):
            widget.itemChanged.connect(lambda *_: self._refresh_soon.start())
        self._refresh_soon = QTimer(self, singleShot=True, interval=0)
        self._refresh_soon.timeout.connect(self.refresh)
        main.undo_stack.indexChanged.connect(lambda _: self._refresh_soon.start())
        self.refresh()

    # --- the table ----------------------------------------------------------------------------

    def report_filter(self) -> ReportFilter:
        coders = checked_values(self.coder_list)
        return ReportFilter(coders=() if len(coders) == self.coder_list.count() else coders,
                            document_groups=checked_values(self.document_group_list),
                            code_groups=checked_values(self.code_group_list),
                            smart_codes=checked_values(self.smart_code_list))

    def refresh(self) -> None:
        if self.main.project is not self.project:
            return
        rows, measure = self.rows.currentData(), self.measure.currentData()
        language = report_language(self.main)
        try:
            self.data = data = load_report_data(self.project, self.report_filter())
            if self.kind == "cooccurrence":
                frame = cooccurrence_table(self.project, data=data, rows=rows, measure=measure, language=language)
            else:
                columns = self.columns.currentData()
                frame = code_document_table(self.project, data=data, rows=rows, measure=measure, columns=columns,
                                            language=language)
                if columns == "documents":
                    self.columns_shown = [("document", document.number) for document in data.documents]
                else:  # the order code_document_table gives the group columns
                    self.columns_shown = [("group", group) for group in sorted(
                        {group for document in data.documents for group in document.groups}, key=str.casefold)]
        except QdaError as error:
            show_error(self, error)
            return
        self.codes = row_codes(data, rows)
        self.model.load(frame)
        self.table.horizontalHeader().resizeSection(0, 220)
        self.note.setText(" ".join(frame.attrs.get("notes", [])))

    # --- the quotations behind a cell ---------------------------------------------------------

    def cell_quotations(self, row: int, column: int) -> tuple[list[int], str] | None:
        """The quotation ids behind a cell and a caption naming the cell; None for an empty cell."""
        codes, project = self.codes, self.project
        if self.data is None:
            return None
        report_filter = self.report_filter()
        scope, smart = explorers.scope_of_report_filter(report_filter), report_filter.smart_codes
        header = self.model.frame.columns
        if self.kind == "cooccurrence":
            if row >= len(codes):
                return None
            if column == 0:  # the code's own quotations
                result = explorers.code_document_quotations(project, code=codes[row].path, scope=scope,
                                                            smart_codes=smart)
                return list(result.quotation_ids), codes[row].name
            if column - 1 == row:
                return None
            first, second = codes[row], codes[column - 1]
            result = explorers.cooccurrence_quotations(project, code_a=first.path, code_b=second.path, scope=scope,
                                                       smart_codes=smart)
            pairs = self.model.value(row, column)
            return list(result.quotation_ids), self.tr("%1 and %2 (n12 = %3)").replace("%1", first.name).replace(
                "%2", second.name).replace("%3", str(pairs))
        inner = 1 <= column <= len(self.columns_shown)
        where = dict([self.columns_shown[column - 1]]) if inner else {}
        row_name = codes[row].name if row < len(codes) else self.tr("all codes")
        caption = f"{row_name} × {header[column]}" if inner else row_name
        if row < len(codes):
            result = explorers.code_document_quotations(project, code=codes[row].path, document=where.get("document"),
                                                        document_group=where.get("group"), scope=scope,
                                                        smart_codes=smart)
            return list(result.quotation_ids), caption
        # The totals row: any of the rows' codes, in that column.
        cell_scope = queries.QueryScope(
            document_groups=(where["group"],) if "group" in where else scope.document_groups, coders=scope.coders,
            attributes=scope.attributes,
            documents=(where["document"],) if "document" in where else scope.documents)
        if not codes:
            return [], caption
        expression = Or(tuple(Operand(code.path) for code in codes)) if len(codes) > 1 else Operand(codes[0].path)
        expression = explorers.within_smart_codes(expression, smart)
        return list(queries.run_query(project, expression, scope=cell_scope).quotation_ids), caption

    def show_cell(self, index: QModelIndex) -> None:
        found = self.cell_quotations(index.row(), index.column())
        if found is None:
            self.results.show_quotations([], caption="", document_names={})
            return
        ids, caption = found
        by_id = {quotation.id: quotation for quotation in gui_queries.quotations_by_id(self.project, quotation_ids=ids)}
        names = {document.number: document.name for document in document_service.list_documents(self.project)}
        self.results.show_quotations([by_id[i] for i in ids if i in by_id], caption=caption, document_names=names)

    # --- exports -----------------------------------------------------------------------------

    def _save_path(self, title: str, file_filter: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home()), file_filter)
        return path

    def export_results(self, path: str | None = None) -> None:
        path = path or self._save_path(self.tr("Export Quotations"), self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if path:
            self.main.run(lambda: export_quotation_list(self.project, self.results.quotation_ids(), path,
                                                        language=report_language(self.main),
                                                        title=self.results.caption[:31]))

    def export_table(self, path: str | None = None) -> None:
        from qda_app.services.exporters.excel import write_workbook
        from qda_app.services.reports.book import Block, ReportBook, Sheet

        path = path or self._save_path(self.tr("Export Table"), self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        frame = self.model.frame
        book = ReportBook(language=report_language(self.main), sheets=(
            Sheet(key=self.kind, name=(frame.attrs.get("title") or self.kind)[:31], blocks=(Block(frame),)),))
        self.main.run(lambda: write_workbook(book, path))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._refresh_soon.stop()
        super().closeEvent(event)

