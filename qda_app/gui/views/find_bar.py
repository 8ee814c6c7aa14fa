"""Find in the current document (Ctrl+F): one compact row with "3 of 17", and auto-code the hits.

The hits are found in the viewer's text (code points) by a plain, escaped pattern, so the
count and the position shown always agree with what is selected.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

if TYPE_CHECKING:
    from qda_app.gui.views.document_view import DocumentView


def _icon(name: str):
    try:
        import qtawesome

        return qtawesome.icon(name)
    except Exception:  # noqa: BLE001 (text-only buttons still work)
        return None


class FindBar(QWidget):
    code_all_requested = Signal(str, bool)  # pattern, case sensitive

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self.setObjectName("findBar")
        self.view = view
        self.hits: list[tuple[int, int]] = []
        self.current = -1
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(260)
        self.case = QToolButton(self)
        self.case.setObjectName("findMatchCase")
        self.case.setCheckable(True)
        self.case.setText("Aa")
        self.previous_button = QToolButton(self)
        self.next_button = QToolButton(self)
        self.code_all = QToolButton(self)
        self.code_all.setObjectName("findCodeAll")
        self.close_button = QToolButton(self)
        self.status = QLabel(self)
        self.status.setObjectName("findStatus")
        self.status.setMinimumWidth(70)
        for button, icon in ((self.previous_button, "fa5s.chevron-up"), (self.next_button, "fa5s.chevron-down"),
                             (self.close_button, "fa5s.times")):
            found = _icon(icon)
            if found is not None:
                button.setIcon(found)
            button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(4)
        for widget in (self.field, self.status, self.previous_button, self.next_button, self.case, self.code_all):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.close_button)
        self.field.textChanged.connect(lambda _: self._search())
        self.case.toggled.connect(lambda _: self._search())
        self.field.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.code_all.clicked.connect(lambda: self.code_all_requested.emit(self.field.text(), self.case.isChecked()))
        self.close_button.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Shift+Return"), self.field, self.find_previous,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Find in document"))
        self.field.setAccessibleName(self.tr("Text to find"))
        self.case.setToolTip(self.tr("Match case"))
        self.case.setAccessibleName(self.tr("Match case"))
        self.previous_button.setToolTip(self.tr("Find previous (Shift+Enter)"))
        self.previous_button.setAccessibleName(self.tr("Find previous"))
        self.next_button.setToolTip(self.tr("Find next (Enter)"))
        self.next_button.setAccessibleName(self.tr("Find next"))
        self.code_all.setText(self.tr("Code Hits…"))
        self.code_all.setToolTip(self.tr("Code every hit, widened to its word, sentence, paragraph or speaker turn"))
        self.code_all.setAccessibleName(self.tr("Code all hits"))
        self.close_button.setToolTip(self.tr("Close find bar"))
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        self.status.setAccessibleName(self.tr("Find status"))
        self._show_status()

    def open_bar(self) -> None:
        selected = self.view.selected_text()
        if selected and "\n" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self._search()

    def close_bar(self) -> None:
        self.hide()
        self.view.editor.setFocus()

    def _search(self) -> None:
        pattern = self.field.text()
        self.current = -1
        if not pattern:
            self.hits = []
        else:
            flags = 0 if self.case.isChecked() else re.IGNORECASE
            self.hits = [match.span() for match in re.finditer(re.escape(pattern), self.view.text, flags)]
        self._show_status()

    def _show_status(self) -> None:
        if not self.field.text():
            self.status.setText("")
        elif not self.hits:
            self.status.setText(self.tr("No hits"))
        elif self.current < 0:
            self.status.setText(self.tr("%1 hits").replace("%1", str(len(self.hits))))
        else:
            self.status.setText(self.tr("%1 of %2").replace("%1", str(self.current + 1)).replace("%2", str(len(self.hits))))

    def _go(self, step: int) -> bool:
        if not self.hits:
            self._show_status()
            return False
        selected = self.view.selected_range()
        here = self.view.utf16.to_code_point(self.view.editor.textCursor().position())
        starts = [start for start, _ in self.hits]
        if step > 0:
            anchor = selected[0] + 1 if selected else here
            index = bisect_left(starts, anchor)
            self.current = index % len(self.hits)
        else:
            anchor = selected[0] if selected else here
            index = bisect_left(starts, anchor) - 1
            self.current = index % len(self.hits)
        self.view.select_range(*self.hits[self.current])
        self._show_status()
        return True

    def find_next(self) -> bool:
        return self._go(1)

    def find_previous(self) -> bool:
        return self._go(-1)
