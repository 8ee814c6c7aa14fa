"""The window's furniture: recent projects, the panes in View, keyboard shortcuts, coder legend.

Filled when shown (menus) or when the project or the colouring changes (legend), from the
action registry and the settings; no project rules here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from qda_app.gui.views.marks import coder_colours
from qda_app.services import gui_queries

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow


class WindowChrome(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.legend = QLabel(window)
        self.legend.setObjectName("coderLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        window.statusBar().addPermanentWidget(self.legend)
        self.legend.hide()
        recent = window.menus["menuRecent"]
        recent.aboutToShow.connect(self.fill_recent)
        panes = window.menus["menuPanes"]
        for dock in window.docks.all():
            panes.addAction(dock.toggleViewAction())
        panes.addAction(window.toolbar.toggleViewAction())

    def fill_recent(self) -> None:
        menu = self.window.menus["menuRecent"]
        menu.clear()
        entries = self.window.settings.recent_projects()
        for position, entry in enumerate(entries, start=1):
            action = menu.addAction(f"&{position % 10} {Path(entry).name}")
            action.setToolTip(entry)
            action.setStatusTip(entry)
            action.triggered.connect(lambda *_, path=entry: self.window.open_project_path(path))
        if not entries:
            menu.addAction(self.tr("(no recent projects)")).setEnabled(False)

    # --- colour by coder ----------------------------------------------------------------------

    def update_coders(self) -> None:
        """Distinct colours for the project's coders, and the legend when colouring by coder."""
        window = self.window
        style = window.document_view.style
        names = gui_queries.coder_names(window.project) if window.project is not None else []
        palette = coder_colours(names)
        if palette != style.coder_palette:
            style.coder_palette = palette
            window.document_view.restyle()
        self.show_legend()

    def show_legend(self) -> None:
        style = self.window.document_view.style
        if not style.by_coder or not style.coder_palette:
            self.legend.hide()
            return
        shown = [name for name in style.coder_palette if style.coders is None or name in style.coders]
        swatches = " ".join(f'<span style="color:{style.coder_palette[name]}">■</span>&nbsp;{_escape(name)}'
                            for name in shown)
        self.legend.setText(swatches)
        self.legend.setToolTip(self.tr("Colours by coder"))
        self.legend.setAccessibleName(self.tr("Coder colours: %1").replace("%1", ", ".join(shown)))
        self.legend.show()

    # --- help ---------------------------------------------------------------------------------

    def keyboard_shortcuts(self) -> QDialog:
        dialog = QDialog(self.window)
        dialog.setObjectName("shortcutsDialog")
        dialog.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = []
        for name, action in self.window.registry.actions.items():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                rows.append((action.text().replace("&", "").rstrip("…"), keys))
        rows += [(self.tr("Select text with the keyboard"), self.tr("Shift+Arrow keys in the text")),
                 (self.tr("Select the quotation under the cursor; again: the one around it"), self.tr("Click in coded text")),
                 (self.tr("Open a quotation's comment"), self.tr("Double-click its bracket"))]
        table = QTableWidget(len(rows), 2, dialog)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (text, keys) in enumerate(sorted(rows)):
            table.setItem(row, 0, QTableWidgetItem(text))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(560, 520)
        dialog.open()
        return dialog


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
