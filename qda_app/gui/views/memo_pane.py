"""Memos: the research journal and notes on documents, codes and quotations.

What is typed is saved as you type (gui.drafts.AutoSaver, set by the window as ``saver``),
and at once before another memo is shown, so switching never throws an edit away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSplitter,
    QTableView, QVBoxLayout, QWidget,
)

from qda_app.core.model import Memo
from qda_app.gui.drafts import AutoSaver, Draft
from qda_app.gui.format import format_datetime
from qda_app.gui.models.memo_model import MemoIdRole, MemoTableModel


class MemoPane(QWidget):
    """objectName ``memoPane``. Saving and deleting go through the main window's services."""

    create_requested = Signal()
    save_requested = Signal(int, str, str)  # memo id, title, text
    delete_requested = Signal(int)

    def __init__(self, model: MemoTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memoPane")
        self.model = model
        self.current: Memo | None = None
        self.saver: AutoSaver | None = None
        self._showing = False  # text set by the program, not typed
        self.table = QTableView(self)
        self.table.setObjectName("memoList")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.title = QLineEdit(self)
        self.title.setObjectName("memoTitle")
        self.about = QLabel(self)
        self.about.setObjectName("memoAbout")
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("memoEditor")
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.new_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        editor_box = QWidget(self)
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.title)
        editor_layout.addWidget(self.about)
        editor_layout.addWidget(self.editor)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        editor_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(editor_box)
        splitter.setSizes([320, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._show_row(current.row()))
        self.new_button.clicked.connect(self.create_requested)
        self.save_button.clicked.connect(self._save)
        self.editor.textChanged.connect(self._typed)
        self.title.textEdited.connect(lambda _: self._typed())
        self.delete_button.clicked.connect(self._delete)
        self._show(None)
        self.retranslate()

    def reload(self, memos: list[Memo]) -> None:
        keep = self.current.id if self.current else None
        self.model.load(memos)
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.table.selectRow(row)
            selection.blockSignals(False)
            memo = self.model.rows[row]
            if self._unsaved() or (memo.text, memo.title) == (self.editor.toPlainText(), self.title.text()):
                self.current = memo  # the text being typed stays, cursor and all
                self._describe(memo)
            else:
                self._show(memo)
        else:
            self._show(None)

    def _unsaved(self) -> bool:
        pending = self.saver.pending if self.saver else None
        return pending is not None and pending.kind == "memo" and self.current is not None \
            and pending.target == self.current.id

    def _typed(self) -> None:
        if self._showing or self.current is None or self.saver is None:
            return
        self.saver.changed(Draft("memo", self.current.id, self.editor.toPlainText(), self.title.text()))

    def select_memo(self, memo_id: int) -> None:
        row = self.model.row_of(memo_id)
        if row >= 0:
            self.table.selectRow(row)
            self._show(self.model.rows[row])

    def _show_row(self, row: int) -> None:
        self._show(self.model.rows[row] if 0 <= row < len(self.model.rows) else None)

    def _show(self, memo: Memo | None) -> None:
        leaving = self.current is not None and (memo is None or memo.id != self.current.id)
        self.current = memo  # first: the reload that saving causes keeps this memo shown
        if self.saver is not None and leaving:
            self.saver.flush()  # the memo being left is saved before another one shows
        for widget in (self.title, self.editor, self.save_button, self.delete_button):
            widget.setEnabled(memo is not None)
        self._showing = True
        self.title.setText(memo.title if memo else "")
        self.editor.setPlainText(memo.text if memo else "")
        self._showing = False
        self._describe(memo)

    def _describe(self, memo: Memo | None) -> None:
        if memo is None:
            self.about.setText("")
        else:
            self.about.setText(self.tr("About: %1 · by %2 · created %3 · modified %4")
                               .replace("%1", self.model.describe_target(memo)).replace("%2", memo.author or "?")
                               .replace("%3", format_datetime(memo.created_at))
                               .replace("%4", format_datetime(memo.modified_at)))

    def _save(self) -> None:
        if self.saver is not None and self._unsaved():
            self.saver.flush()
        elif self.current is not None:
            self.save_requested.emit(self.current.id, self.title.text(), self.editor.toPlainText())

    def _delete(self) -> None:
        if self.saver is not None:
            self.saver.flush()  # deleted with what was typed, so an undo brings that back
        if self.current is not None:
            self.delete_requested.emit(self.current.id)

    def retranslate(self) -> None:
        self.title.setPlaceholderText(self.tr("Memo title"))
        self.title.setAccessibleName(self.tr("Memo title"))
        self.editor.setPlaceholderText(self.tr("Write the memo here: observations, decisions, ideas…"))
        self.editor.setAccessibleName(self.tr("Memo text"))
        self.about.setAccessibleName(self.tr("Memo target and dates"))
        self.table.setAccessibleName(self.tr("Memos"))
        self.new_button.setText(self.tr("New Memo…"))
        self.save_button.setText(self.tr("Save Now"))
        self.save_button.setToolTip(self.tr("Memos are saved as you type; this saves at once"))
        self.delete_button.setText(self.tr("Delete"))
        for button in (self.new_button, self.save_button, self.delete_button):
            button.setAccessibleName(button.text().rstrip("…"))
        self._describe(self.current)
