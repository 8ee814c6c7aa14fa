"""Attaching a memo to a code, quotation, document, network or another memo."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

TARGET_KINDS = ("code", "quotation", "document", "network", "memo")


class AttachMemoDialog(QDialog):
    attach_requested = Signal(int, str, object)  # memo id, target kind, target (code path, number or id)

    def __init__(self, *, memos: list[tuple[int, str]], targets: dict[str, list[tuple[str, object]]],
                 memo_id: int | None = None, kind: str | None = None, parent: QWidget | None = None) -> None:
        """``targets``: kind -> [(shown text, value)]: code paths, document numbers, other ids."""
        super().__init__(parent)
        self.setObjectName("attachMemoDialog")
        self.setWindowTitle(self.tr("Attach Memo"))
        self.setAccessibleName(self.windowTitle())
        self.targets = targets
        self.memo = QComboBox(self)
        self.memo.setObjectName("attachMemo")
        for memo, title in memos:
            self.memo.addItem(title, memo)
        if memo_id is not None:
            self.memo.setCurrentIndex(max(0, self.memo.findData(memo_id)))
        self.kind = QComboBox(self)
        self.kind.setObjectName("attachKind")
        names = {"code": self.tr("Code"), "quotation": self.tr("Quotation"), "document": self.tr("Document"),
                 "network": self.tr("Network"), "memo": self.tr("Memo")}
        for value in TARGET_KINDS:
            self.kind.addItem(names[value], value)
        self.target = QComboBox(self)
        self.target.setObjectName("attachTarget")
        self.target.setEditable(True)  # type ahead among hundreds of codes or quotations
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kind.currentIndexChanged.connect(lambda *_: self._fill_targets())
        if kind is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._fill_targets()
        form = QFormLayout()
        form.addRow(self.tr("Memo:"), self.memo)
        form.addRow(self.tr("Attach to a:"), self.kind)
        form.addRow(self.tr("Which:"), self.target)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setLayout(form)
        self.resize(520, 180)

    def _fill_targets(self) -> None:
        self.target.clear()
        for text, value in self.targets.get(self.kind.currentData(), []):
            self.target.addItem(text, value)

    def choose(self, kind: str, target: object) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.target.setCurrentIndex(max(0, self.target.findData(target)))

    def accept(self) -> None:
        index = self.target.findText(self.target.currentText())
        if self.memo.currentData() is None or index < 0:
            return
        self.attach_requested.emit(self.memo.currentData(), self.kind.currentData(), self.target.itemData(index))
        super().accept()
