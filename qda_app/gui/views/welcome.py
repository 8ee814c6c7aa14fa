"""The start page: recent projects, New, Open, Open demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    open_path = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.heading = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.new_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.demo_button = QPushButton(self)
        self.recent_label = QLabel(self)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentProjects")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(16)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent, 3)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        self.recent.itemActivated.connect(lambda item: self.open_path.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.retranslate()

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).stem}\n{path}", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to qda_app"))
        self.intro.setText(self.tr("Code interview transcripts by hand: mark quotations, assign codes, "
                                   "compare coders. Start a new project, open one, or explore the demo study."))
        self.new_button.setText(self.tr("New Project…"))
        self.open_button.setText(self.tr("Open Project…"))
        self.demo_button.setText(self.tr("Open Demo Project"))
        self.recent_label.setText(self.tr("Recent projects"))
        self.recent.setAccessibleName(self.tr("Recent projects"))
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setAccessibleName(button.text().rstrip("…"))
