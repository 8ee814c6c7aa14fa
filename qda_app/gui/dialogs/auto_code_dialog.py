"""Auto-code search hits: widen each to a word, sentence, paragraph or speaker turn, preview, tick, apply.

objectName ``autoCodeDialog``. Scripts and tests drive it with ``set_unit``, ``set_code``,
``set_ticked`` and ``accept``; ``chosen`` carries the ticked spans and the code path, which
the window codes as ONE undoable action (gui_queries.code_spans).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from qda_app.core.extend import extend_spans, speaker_turn_starts
from qda_app.services.gui_queries import SearchHit

SpanRole = Qt.ItemDataRole.UserRole + 1
PREVIEW_CHARS = 160


class AutoCodeDialog(QDialog):
    chosen = Signal(list, str)  # [(document, start, end)], code path

    def __init__(self, hits: list[SearchHit], texts: dict[int, str], code_paths: list[str],
                 parent: QWidget | None = None, *, recent: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("autoCodeDialog")
        self.setWindowTitle(self.tr("Auto-code Hits"))
        self.hits, self.texts = hits, texts
        self.unit = QComboBox(self)
        self.unit.setObjectName("autoCodeUnit")
        for key, label in (("match", self.tr("The matched text only")), ("word", self.tr("Whole word")),
                           ("sentence", self.tr("Sentence")), ("paragraph", self.tr("Paragraph")),
                           ("turn", self.tr("Speaker turn (“Alcalde: …”)"))):
            self.unit.addItem(label, key)
        self.code = QLineEdit(self)
        self.code.setObjectName("autoCodeCode")
        self.code.setPlaceholderText(self.tr("Code to apply (an existing one, or a new name)"))
        completer = QCompleter(list(dict.fromkeys((recent or []) + code_paths)), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.code.setCompleter(completer)
        if recent:
            self.code.setText(recent[0])
        self.list = QListWidget(self)
        self.list.setObjectName("autoCodePreview")
        self.list.setWordWrap(True)
        self.summary = QLabel(self)
        all_button, none_button = QPushButton(self.tr("Tick All"), self), QPushButton(self.tr("Tick None"), self)
        all_button.clicked.connect(lambda: self.set_ticked(None))
        none_button.clicked.connect(lambda: self.set_ticked([]))
        form = QFormLayout()
        form.addRow(self.tr("Code each hit's"), self.unit)
        form.addRow(self.tr("with the code"), self.code)
        ticks = QHBoxLayout()
        ticks.addWidget(self.summary, 1)
        ticks.addWidget(all_button)
        ticks.addWidget(none_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.buttons)
        has_turns = any(speaker_turn_starts(text) for text in texts.values())
        self.set_unit("turn" if has_turns else "sentence")
        self.unit.currentIndexChanged.connect(lambda _: self._fill())
        self.list.itemChanged.connect(lambda _: self._count())
        self.code.textChanged.connect(lambda _: self._count())
        self.resize(640, 520)

    def set_unit(self, unit: str) -> None:
        self.unit.setCurrentIndex(self.unit.findData(unit))
        self._fill()

    def set_code(self, path: str) -> None:
        self.code.setText(path)

    def _fill(self) -> None:
        unit = self.unit.currentData()
        self.list.blockSignals(True)
        self.list.clear()
        by_document: dict[int, list[tuple[int, int]]] = {}
        for hit in self.hits:
            by_document.setdefault(hit.document_number, []).append((hit.start, hit.end))
        for number, spans in by_document.items():
            text = self.texts.get(number, "")
            for start, end in extend_spans(text, spans, unit):
                passage = " ".join(text[start:end].split())
                if len(passage) > PREVIEW_CHARS:
                    passage = passage[: PREVIEW_CHARS - 1] + "…"
                item = QListWidgetItem(f"{number}  ·  {passage}", self.list)
                item.setData(SpanRole, (number, start, end))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
        self.list.blockSignals(False)
        self._count()

    def set_ticked(self, rows: list[int] | None) -> None:
        """Tick these rows only (None: all)."""
        for row in range(self.list.count()):
            ticked = rows is None or row in rows
            self.list.item(row).setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def spans(self) -> list[tuple[int, int, int]]:
        return [self.list.item(row).data(SpanRole) for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]

    def _count(self) -> None:
        ticked = len(self.spans())
        self.summary.setText(self.tr("%1 of %2 passages ticked").replace("%1", str(ticked))
                             .replace("%2", str(self.list.count())))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Code %1 Passages").replace("%1", str(ticked)))
        ok.setEnabled(bool(ticked) and bool(self.code.text().strip()))

    def accept(self) -> None:
        spans, path = self.spans(), self.code.text().strip()
        if not spans or not path:
            return
        super().accept()
        self.chosen.emit(spans, path)
