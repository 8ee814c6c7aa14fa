"""Opening the explorers (co-occurrence, code-document): one window of each kind per project."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from qda_app.gui.dialogs.explorer_window import ExplorerWindow

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow


class ExplorerActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.open_windows: dict[str, ExplorerWindow] = {}
        window.registry.connect("actionCooccurrenceExplorer", lambda: self.open_explorer("cooccurrence"))
        window.registry.connect("actionCodeDocumentExplorer", lambda: self.open_explorer("code_document"))

    def open_explorer(self, kind: str) -> ExplorerWindow | None:
        if self.window.project is None:
            return None
        explorer = self.open_windows.get(kind)
        if explorer is None or explorer.project is not self.window.project:
            if explorer is not None:
                explorer.close()
                explorer.deleteLater()
            explorer = self.open_windows[kind] = ExplorerWindow(self.window, kind)
        explorer.show()
        explorer.raise_()
        explorer.activateWindow()
        return explorer

    def project_closed(self) -> None:
        for explorer in self.open_windows.values():
            explorer.close()
            explorer.deleteLater()
        self.open_windows.clear()
