"""A word-wrapped line of text that asks for a new layout only when its height changes.

A QLabel asks its layout to be worked out again at every new text, and that request climbs
from the pane to its dock and to the main window, which lays out every dock and toolbar
again. The comment pane's heading changes with every quotation selected (every coding
selects the new one) while its height almost never does: this widget repaints itself then,
and asks for a layout only when the lines it needs at its width change.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

FLAGS = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
HINT_CHARACTERS = 30  # the width it asks for: the dock decides its real width


class HeadingLabel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 (QLabel's name, so it reads like one)
        if text == self._text:
            return
        before = (self.heightForWidth(self.width()), self.sizeHint())
        self._text = text
        self.setAccessibleDescription(text)
        if (self.heightForWidth(self.width()), self.sizeHint()) != before:
            self.updateGeometry()
        self.update()

    def _height(self, width: int) -> int:
        metrics = self.fontMetrics()
        if not self._text:
            return metrics.height()
        return metrics.boundingRect(QRect(0, 0, max(1, width), 1 << 20), FLAGS, self._text).height()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._height(width)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        width = self.fontMetrics().averageCharWidth() * HINT_CHARACTERS
        # the height at the width it has (once laid out): a text of as many lines there asks nothing
        return QSize(width, self._height(self.width() if self.width() > 1 else width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.fontMetrics().averageCharWidth() * 4, self.fontMetrics().height())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == event.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect(), FLAGS, self._text)
        painter.end()
