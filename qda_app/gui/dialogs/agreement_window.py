"""Intercoder agreement: choose coders, documents, codes and domains; read the coefficients.

The numbers are :func:`qda_app.services.agreement.compute_agreement`'s, presented through
``as_json`` like the workbook; the Disagreements tab (disagreements_panel.py) lists the
passages behind them and records consensus decisions. The window recomputes whenever the
project's undo stack moves (a decision, an undo, a merge).
"""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QScrollArea, QSpinBox, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from qda_app.core.errors import QdaError
from qda_app.gui.background import run_in_background
from qda_app.gui.dialogs.agreement_tabs import ByDocumentTab, LeftOutTab, PairsTab, SegmentsTab, UnitsTab, ui_language
from qda_app.gui.dialogs.common import show_error
from qda_app.gui.dialogs.disagreements_panel import DisagreementsPanel
from qda_app.gui.models.agreement_models import READING_COLOURS, CoefficientTableModel, code_rows, domain_rows
from qda_app.services import agreement, gui_queries
from qda_app.services import code_groups
from qda_app.services import codes as code_service
from qda_app.services import documents as document_service
from qda_app.services.agreement import AgreementResult, as_json, compute_agreement
from qda_app.services.atomic_files import file_name_from
from qda_app.services.consensus import CONSENSUS_CODER

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow


def _check_list(parent: QWidget, name: str, entries: list[tuple[str, object]], checked: set) -> QListWidget:
    widget = QListWidget(parent)
    widget.setAccessibleName(name)
    for text, value in entries:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setToolTip(str(value))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
    return widget


def checked_values(widget: QListWidget) -> list:
    return [widget.item(row).data(Qt.ItemDataRole.UserRole) for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked]


def set_checked(widget: QListWidget, values: set) -> None:
    for row in range(widget.count()):
        item = widget.item(row)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in values
                           else Qt.CheckState.Unchecked)


class AgreementWindow(QWidget):
    def __init__(self, main: MainWindow) -> None:
        super().__init__(main, Qt.WindowType.Window)
        self.setObjectName("agreementWindow")
        self.main = main
        self.project = main.project
        self.result: AgreementResult | None = None
        self.computed_index = -1
        self.setWindowTitle(self.tr("Intercoder Agreement"))
        self.setAccessibleName(self.tr("Intercoder Agreement"))
        project = self.project
        coders = [name for name in gui_queries.coder_names(project) if name != CONSENSUS_CODER]
        # Preselect the two coders with the most codings: in a merged project, the pair to compare.
        counts = Counter(span.coder for span in agreement.coded_spans(project))
        busiest = sorted(coders, key=lambda name: -counts.get(name, 0))[:2]
        documents = document_service.list_documents(project)
        self.document_names = {document.number: document.name for document in documents}
        codes = code_service.list_codes(project)
        domains = agreement.default_domains(project)

        settings = QWidget(self)
        form = QVBoxLayout(settings)
        form.addWidget(QLabel(self.tr("Coders (two or more):"), settings))
        self.coder_list = _check_list(settings, self.tr("Coders"), [(name, name) for name in coders],
                                      set(busiest))
        form.addWidget(self.coder_list)
        self.all_coded = QCheckBox(self.tr("Only documents every chosen coder coded"), settings)
        self.all_coded.setChecked(True)
        form.addWidget(self.all_coded)
        self.document_list = _check_list(settings, self.tr("Documents"),
                                         [(f"{d.number}: {d.name}", d.number) for d in documents], set())
        self.document_list.setEnabled(False)
        self.all_coded.toggled.connect(lambda on: self.document_list.setEnabled(not on))
        form.addWidget(self.document_list)
        form.addWidget(QLabel(self.tr("Codes:"), settings))
        # A code group ticks exactly its codes: the group filter of the other panes, here.
        self.code_group = QComboBox(settings)
        self.code_group.setObjectName("agreementCodeGroup")
        self.code_group.setAccessibleName(self.tr("Code group"))
        self.code_group.addItem(self.tr("All codes"), None)
        for group in code_groups.list_code_groups(project):
            self.code_group.addItem(self.tr("Code group: %1").replace("%1", group.name), group.name)
        self.code_group.setEnabled(self.code_group.count() > 1)
        form.addWidget(self.code_group)
        self.code_list = _check_list(settings, self.tr("Codes"), [(c.path.replace("::", " › "), c.path) for c in codes],
                                     {c.path for c in codes})
        form.addWidget(self.code_list)
        self.code_group.currentIndexChanged.connect(lambda _=0: self._choose_code_group())
        form.addWidget(QLabel(self.tr("Semantic domains:"), settings))
        self.domain_list = _check_list(settings, self.tr("Semantic domains"), [(name, name) for name in domains],
                                       set(domains))
        form.addWidget(self.domain_list)
        bootstrap_box = QGroupBox(self.tr("Bootstrap confidence intervals"), settings)
        bootstrap_form = QFormLayout(bootstrap_box)
        self.resamples = QSpinBox(bootstrap_box)
        self.resamples.setRange(0, 100000)
        self.resamples.setSingleStep(500)
        self.resamples.setSpecialValueText(self.tr("off"))
        self.resamples.setAccessibleName(self.tr("Resamples"))
        self.seed = QSpinBox(bootstrap_box)
        self.seed.setRange(0, 2_000_000_000)
        self.seed.setAccessibleName(self.tr("Seed"))
        bootstrap_form.addRow(self.tr("Resamples:"), self.resamples)
        bootstrap_form.addRow(self.tr("Seed:"), self.seed)
        form.addWidget(bootstrap_box)
        form.addWidget(self._measures_box(settings))
        self.compute_button = QPushButton(self.tr("Compute"), settings)
        self.compute_button.clicked.connect(self.compute)
        form.addWidget(self.compute_button)

        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        self.summary = QLabel(results)
        self.summary.setObjectName("agreementSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        results_layout.addWidget(self.summary)
        self.code_model = CoefficientTableModel("codes", self)
        self.domain_model = CoefficientTableModel("domains", self)
        self.code_table = self._table(self.code_model, self.tr("Agreement per code"))
        self.domain_table = self._table(self.domain_model, self.tr("Agreement per semantic domain"))
        results_layout.addWidget(QLabel(self.tr("Per semantic domain and overall:"), results))
        results_layout.addWidget(self.domain_table, 3)
        results_layout.addWidget(QLabel(self.tr("Per code:"), results))
        results_layout.addWidget(self.code_table, 5)
        results_layout.addWidget(self._legend(results))
        self.disagreements = DisagreementsPanel(self)
        self.pairs_tab, self.segments_tab = PairsTab(self), SegmentsTab(self)
        self.by_document_tab, self.units_tab, self.left_out_tab = ByDocumentTab(self), UnitsTab(self), LeftOutTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(results, self.tr("Coefficients"))
        self.tabs.addTab(self.pairs_tab, self.tr("Pairs of coders"))
        self.tabs.addTab(self.segments_tab, self.tr("Segments"))
        self.tabs.addTab(self.by_document_tab, self.tr("Code × document"))
        self.tabs.addTab(self.units_tab, self.tr("Units"))
        self.tabs.addTab(self.left_out_tab, self.tr("Left out"))
        self.tabs.addTab(self.disagreements, self.tr("Disagreements"))

        settings_scroll = QScrollArea(self)
        settings_scroll.setWidget(settings)
        settings_scroll.setWidgetResizable(True)
        splitter = QSplitter(self)
        splitter.addWidget(settings_scroll)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 1000])
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.export_button.clicked.connect(self.export_dialog)
        self.export_button.setEnabled(False)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1400, 860)
        self.recompute_timer = QTimer(self)
        self.recompute_timer.setSingleShot(True)
        self.recompute_timer.setInterval(0)
        self.recompute_timer.timeout.connect(self._recompute_if_changed)
        main.undo_stack.indexChanged.connect(lambda _: self.recompute_timer.start())

    def _measures_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Further measures"), parent)
        form = QFormLayout(box)
        self.min_overlap = QSpinBox(box)
        self.min_overlap.setRange(0, 100)
        self.min_overlap.setValue(round(agreement.DEFAULT_MIN_OVERLAP * 100))
        self.min_overlap.setSuffix(" %")
        self.min_overlap.setAccessibleName(self.tr("Segment agreement: minimum overlap"))
        form.addRow(self.tr("Segments match from:"), self.min_overlap)
        self.by_document = QComboBox(box)
        self.by_document.setAccessibleName(self.tr("Code × document table"))
        for key, text in ((None, self.tr("none")), ("alpha_binary", self.tr("α-binary")),
                          ("percent_agreement", self.tr("% agreement")), ("cohen_kappa", self.tr("Cohen's κ")),
                          ("fleiss_kappa", self.tr("Fleiss' κ"))):
            self.by_document.addItem(text, key)
        form.addRow(self.tr("Code × document table:"), self.by_document)
        self.units = QCheckBox(self.tr("Alpha over passages as units"), box)
        self.units.setToolTip(self.tr("Krippendorff's alpha with each coded passage as a unit and each code as a "
                                      "value (Krippendorff 2011)"))
        self.units.setObjectName("unitsChoice")
        form.addRow(self.units)
        self.level = QComboBox(box)
        self.level.setAccessibleName(self.tr("Level of measurement"))
        for key, text in (("nominal", self.tr("nominal")), ("ordinal", self.tr("ordinal")),
                          ("interval", self.tr("interval")), ("ratio", self.tr("ratio"))):
            self.level.addItem(text, key)
        self.level.setEnabled(False)
        self.units.toggled.connect(self.level.setEnabled)
        form.addRow(self.tr("Level:"), self.level)
        self.cu_variant = QComboBox(box)
        self.cu_variant.setAccessibleName(self.tr("cu-alpha reading for three or more coders"))
        self.cu_variant.addItem(self.tr("square of summed overlaps (default)"), "sum_squared")
        self.cu_variant.addItem(self.tr("sum of squared overlaps per coder"), "per_coder")
        form.addRow(self.tr("cu-α with 3+ coders:"), self.cu_variant)
        for combo in (self.by_document, self.level, self.cu_variant):
            # Long entries must not widen the settings column; the open list shows them whole.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        return box

    def _table(self, model: CoefficientTableModel, name: str) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setAccessibleName(name)
        table.setAlternatingRowColors(False)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultSectionSize(150)
        return table

    def _legend(self, parent: QWidget) -> QLabel:
        entries = ((READING_COLOURS["reliable"], self.tr("reliable: α ≥ .800")),
                   (READING_COLOURS["tentative"], self.tr("tentative: .667 ≤ α < .800")),
                   (READING_COLOURS["unreliable"], self.tr("unreliable: α < .667")),
                   (READING_COLOURS["n/a"], self.tr("n/a: hover for the reason")))
        spans = "&nbsp;&nbsp;".join(f"<span style='background:{colour}; color:#000'>&nbsp;{html.escape(text)}&nbsp;</span>"
                                    for colour, text in entries)
        legend = QLabel(html.escape(self.tr("Krippendorff's reading:")) + "&nbsp;&nbsp;" + spans, parent)
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)
        return legend

    # --- computing ------------------------------------------------------------------------------

    def chosen(self) -> dict:
        codes, all_codes = checked_values(self.code_list), self.code_list.count()
        domains, all_domains = checked_values(self.domain_list), self.domain_list.count()
        return {
            "coders": checked_values(self.coder_list),
            "documents": None if self.all_coded.isChecked() else checked_values(self.document_list) or None,
            "codes": None if len(codes) == all_codes else codes,
            "domains": None if len(domains) == all_domains else domains,
            "bootstrap": self.resamples.value(),
            "seed": self.seed.value(),
            "min_overlap": self.min_overlap.value() / 100.0,
            "by_document": self.by_document.currentData(),
            "units": "quotations" if self.units.isChecked() else None,
            "level": self.level.currentData(),
            "cu_variant": self.cu_variant.currentData(),
        }

    def _choose_code_group(self) -> None:
        name = self.code_group.currentData()
        if name is None:
            wanted = {self.code_list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.code_list.count())}
        else:
            wanted = set(code_groups.code_paths_in_groups(self.project, [name]))
        set_checked(self.code_list, wanted)

    def compute(self) -> bool:
        if self.main.project is not self.project:
            return False
        chosen = self.chosen()
        if chosen["codes"] == [] or chosen["domains"] == []:
            chosen["codes"] = chosen["codes"] or None
            chosen["domains"] = chosen["domains"] or None
        try:
            result = run_in_background(self, title=self.tr("Computing agreement"),
                                       work=lambda _progress, _cancelled: compute_agreement(self.project, **chosen))
        except QdaError as error:
            show_error(self, error)
            return False
        self.show_result(result)
        self.computed_index = self.main.undo_stack.index()
        self.disagreements.set_coders(list(result.settings.coders), list(result.documents))
        return True

    def _recompute_if_changed(self) -> None:
        if self.result is not None and self.main.undo_stack.index() != self.computed_index:
            self.compute()

    def show_result(self, result: AgreementResult) -> None:
        self.result = result
        data = as_json(result)
        self.code_model.load(code_rows(data))
        self.domain_model.load(domain_rows(data))
        self.pairs_tab.show_data(data)
        self.segments_tab.show_data(data)
        self.by_document_tab.show_data(data)
        self.units_tab.show_data(data)
        left_out = self.left_out_tab.show_data(data)
        self.tabs.setTabText(self.tabs.indexOf(self.left_out_tab),
                             self.tr("Left out (%1)").replace("%1", str(len(left_out))) if left_out
                             else self.tr("Left out"))
        self.export_button.setEnabled(True)
        locale = QLocale()
        documents = ", ".join(str(number) for number in result.documents) or self.tr("none")
        selection = (self.tr("documents every coder coded") if result.document_selection == "coded_by_all"
                     else self.tr("chosen documents"))
        text = (self.tr("Coders: %1. Documents (%2): %3. Characters compared: %4.")
                .replace("%1", ", ".join(result.settings.coders)).replace("%2", selection)
                .replace("%3", documents).replace("%4", locale.toString(result.characters)))
        if result.settings.bootstrap:
            text += " " + (self.tr("Bootstrap: %1 resamples, seed %2, %3 % intervals.")
                           .replace("%1", locale.toString(result.settings.bootstrap))
                           .replace("%2", str(result.settings.seed))
                           .replace("%3", locale.toString(result.settings.confidence * 100, "f", 0)))
        if left_out:
            text += " " + self.tr("⚠ %1 parts of the project are not part of these figures: see “Left out”.").replace(
                "%1", str(len(left_out)))
        self.summary.setText(text)

    # --- export -------------------------------------------------------------------------------

    def _suggested_path(self) -> Path:
        # The project's name is the user's text: "Puno: 2024" is no file name on Windows.
        name = file_name_from(f"{self.project.name} agreement", fallback="agreement")
        return Path(self.project.path).with_name(f"{name}.xlsx")

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Agreement Workbook"),
                                              str(self._suggested_path()),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            # The dialog confirmed replacing the name it returned (not one we add a suffix to).
            named = path.lower().endswith(".xlsx")
            self.export(path if named else path + ".xlsx", replace=named)

    def export(self, path: str, *, replace: bool = False) -> Path | None:
        from qda_app.services.agreement_workbook import write_agreement_workbook
        from qda_app.services.atomic_files import overwrite_allowed

        if self.result is None:
            return None
        result = self.result
        try:
            language = ui_language()

            def work(_progress, _cancelled):  # noqa: ANN001, ANN202
                with overwrite_allowed(replace):
                    return write_agreement_workbook(self.project, result, target=path, language=language)

            return run_in_background(self, title=self.tr("Writing the agreement workbook"), work=work)
        except QdaError as error:
            show_error(self, error)
            return None
