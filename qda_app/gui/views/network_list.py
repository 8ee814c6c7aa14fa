"""The networks pane: the project's saved networks; double-click opens one in the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from qda_app.gui.format import format_number

NetworkIdRole = Qt.ItemDataRole.UserRole + 1


class NetworkListPane(QWidget):
    open_requested = Signal(int)  # network id
    create_requested = Signal()
    rename_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkPane")
        self.list = QListWidget(self)
        self.list.setObjectName("networkList")
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(item.data(NetworkIdRole)))
        self.list.itemDoubleClicked.connect(lambda item: self.open_requested.emit(item.data(NetworkIdRole)))
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.new_button, self.open_button = QPushButton(self), QPushButton(self)
        self.rename_button, self.delete_button = QPushButton(self), QPushButton(self)
        self.new_button.setObjectName("newNetwork")
        self.new_button.clicked.connect(self.create_requested.emit)
        for button, signal in ((self.open_button, self.open_requested), (self.rename_button, self.rename_requested),
                               (self.delete_button, self.delete_requested)):
            button.clicked.connect(lambda *_, signal=signal: self._emit(signal))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_button, self.open_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.entries: list[tuple[int, str, int]] = []
        self.retranslate()
        self._enable()

    def _emit(self, signal) -> None:
        current = self.current_id()
        if current is not None:
            signal.emit(current)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(NetworkIdRole)

    def _enable(self) -> None:
        chosen = self.current_id() is not None
        for button in (self.open_button, self.rename_button, self.delete_button):
            button.setEnabled(chosen)

    def show_networks(self, entries: list[tuple[int, str, int]]) -> None:
        """(network id, name, node count) for each network, by name."""
        current = self.current_id()
        self.entries = list(entries)
        self.list.clear()
        for network_id, name, count in entries:
            item = QListWidgetItem(f"{name} ({format_number(count)})", self.list)
            item.setData(NetworkIdRole, network_id)
            item.setToolTip(self.tr("%n node(s)", "", count))
            if network_id == current:
                self.list.setCurrentItem(item)
        self._enable()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New…"))
        self.open_button.setText(self.tr("Open"))
        self.rename_button.setText(self.tr("Rename…"))
        self.delete_button.setText(self.tr("Delete"))
        self.list.setAccessibleName(self.tr("Networks"))
        self.show_networks(self.entries)
