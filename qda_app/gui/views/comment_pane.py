"""The comment pane: the selected quotation's comment, code's definition or document's note.

objectName ``commentPane``, its editor ``commentEditor``. Lines wrap; the text is saved as
you type by the window's AutoSaver (one undo step per burst of typing).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from qda_app.gui.views.heading_label import HeadingLabel


class CommentPane(QWidget):
    typed = Signal(str, int, str)  # kind, target, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentPane")
        self.kind: str | None = None  # "quotation", "code", "document"
        self.target: int | None = None
        self.heading = HeadingLabel(self)  # a new heading at every selection lays out nothing
        self.heading.setObjectName("commentHeading")
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("commentEditor")
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.editor)
        self._showing = False
        self.editor.textChanged.connect(self._typed)
        self.retranslate()
        self.show_target(None, None, "", "")

    def show_target(self, kind: str | None, target: int | None, text: str, heading: str) -> None:
        self.kind, self.target = kind, target
        self.heading.setText(heading or self.tr("Select a quotation, a code or a document to comment on it."))
        self.editor.setEnabled(kind is not None)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        """Show a text the program read (not typed): no save follows."""
        if self.editor.toPlainText() == text:
            return
        self._showing = True
        self.editor.setPlainText(text)
        self._showing = False

    def _typed(self) -> None:
        if not self._showing and self.kind is not None and self.target is not None:
            self.typed.emit(self.kind, self.target, self.editor.toPlainText())

    def retranslate(self) -> None:
        self.editor.setPlaceholderText(self.tr("Write a comment here; it is saved as you type."))
        self.editor.setAccessibleName(self.tr("Comment text"))
        self.heading.setAccessibleName(self.tr("What the comment is about"))
        if self.kind is None:
            self.heading.setText(self.tr("Select a quotation, a code or a document to comment on it."))
