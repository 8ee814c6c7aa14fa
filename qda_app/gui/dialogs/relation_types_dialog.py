"""The relation type manager: code relations and quotation links, the defaults and the user's own.

Each save, creation or deletion is a request to the controller (one command each); the dialog
is refilled from the project afterwards, so it never shows what was not stored.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QColorDialog, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QTabBar, QVBoxLayout, QWidget)

from qda_app.gui.dialogs.code_chooser import swatch
from qda_app.gui.i18n import current_language

TypeRole = Qt.ItemDataRole.UserRole + 1
SCOPES = ("code", "quotation")
BEHAVIOURS = ("directed", "symmetric", "transitive")
LINE_STYLES = ("solid", "dashed", "dotted")


class RelationTypesDialog(QDialog):
    create_requested = Signal(str, object)  # scope, values
    edit_requested = Signal(int, str, object)  # type id, scope, values
    delete_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("relationTypesDialog")
        self.language = language
        self.types: dict[str, list] = {scope: [] for scope in SCOPES}
        self.colour = "#4a4a4a"
        self.scope_bar = QTabBar(self)
        self.scope_bar.addTab("")
        self.scope_bar.addTab("")
        self.scope_bar.currentChanged.connect(lambda *_: self._fill_list())
        self.list = QListWidget(self)
        self.list.setObjectName("relationTypeList")
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.name, self.name_es, self.name_pt, self.label = (QLineEdit(self) for _ in range(4))
        self.name.setObjectName("relationTypeName")
        self.behaviour = QComboBox(self)
        self.behaviour.setObjectName("relationTypeBehaviour")
        self.line_style = QComboBox(self)
        self.colour_button = QPushButton(self)
        self.colour_button.clicked.connect(self._pick_colour)
        self.form = QFormLayout()
        self.form_labels = [QLabel(self) for _ in range(7)]
        for label, widget in zip(self.form_labels, (self.name, self.name_es, self.name_pt, self.label, self.behaviour,
                                                    self.line_style, self.colour_button)):
            self.form.addRow(label, widget)
        self.new_button, self.save_button, self.delete_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.new_button.setObjectName("newRelationType")
        self.save_button.setObjectName("saveRelationType")
        self.new_button.clicked.connect(lambda: self._new())
        self.save_button.clicked.connect(self._save)
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addLayout(buttons)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope_bar)
        layout.addLayout(body)
        layout.addWidget(close)
        self.resize(760, 460)
        self.retranslate()
        self._show_current()

    @property
    def scope(self) -> str:
        return SCOPES[max(0, self.scope_bar.currentIndex())]

    def set_types(self, scope: str, types: list) -> None:
        self.types[scope] = list(types)
        if scope == self.scope:
            self._fill_list()

    def current_type(self):
        item = self.list.currentItem()
        type_id = None if item is None else item.data(TypeRole)
        return next((kind for kind in self.types[self.scope] if kind.id == type_id), None)

    def _fill_list(self) -> None:
        current = self.current_type()
        self.list.clear()
        for kind in self.types[self.scope]:
            item = QListWidgetItem(swatch(kind.color), self._item_text(kind), self.list)
            item.setData(TypeRole, kind.id)
            if current is not None and current.id == kind.id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def _item_text(self, kind) -> str:
        text = kind.name_in(self.language)
        return text if kind.is_default else text + "  " + self.tr("(your own)")

    def _rename_list_items(self) -> None:
        names = {kind.id: self._item_text(kind) for kind in self.types[self.scope]}
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setText(names.get(item.data(TypeRole), item.text()))

    def _show_current(self) -> None:
        kind = self.current_type()
        for field, value in ((self.name, kind.name if kind else ""), (self.name_es, kind.name_es if kind else ""),
                             (self.name_pt, kind.name_pt if kind else ""), (self.label, kind.label if kind else "")):
            field.setText(value)
        self.behaviour.setCurrentIndex(BEHAVIOURS.index(kind.behaviour) if kind else 0)
        self.line_style.setCurrentIndex(LINE_STYLES.index(kind.line_style) if kind else 0)
        self._set_colour(kind.color if kind else "#4a4a4a")
        self.delete_button.setEnabled(kind is not None)
        self.save_button.setEnabled(kind is not None)

    def _set_colour(self, colour: str) -> None:
        self.colour = colour
        self.colour_button.setIcon(swatch(colour, 16))
        self.colour_button.setText(colour)

    def _pick_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Line Colour"))
        if chosen.isValid():
            self._set_colour(chosen.name())

    def values(self) -> dict[str, str]:
        return {"name": self.name.text().strip(), "name_es": self.name_es.text().strip(),
                "name_pt": self.name_pt.text().strip(), "label": self.label.text().strip(),
                "behaviour": BEHAVIOURS[self.behaviour.currentIndex()],
                "line_style": LINE_STYLES[self.line_style.currentIndex()], "color": self.colour}

    def _new(self, name: str | None = None) -> None:
        from qda_app.gui.dialogs.common import ask_text

        if name is None:
            name = ask_text(self, title=self.tr("New Relation Type"), label=self.tr("Name (English):"))
        if name and name.strip():
            self.create_requested.emit(self.scope, {"name": name.strip(), "behaviour": "directed",
                                                    "line_style": "solid", "color": "#4a4a4a"})

    def _save(self) -> None:
        kind = self.current_type()
        if kind is not None and self.values()["name"]:
            self.edit_requested.emit(kind.id, self.scope, self.values())

    def _delete(self) -> None:
        kind = self.current_type()
        if kind is not None:
            self.delete_requested.emit(kind.id, self.scope)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        # A window of its own: the language switch reaches it here, not through the main window.
        # The list names the built-in types in the new language and says "(your own)" in it.
        if event.type() == QEvent.Type.LanguageChange:
            self.language = current_language()
            self.retranslate()
            self._rename_list_items()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Relation Types"))
        self.setAccessibleName(self.tr("Relation Types"))
        self.scope_bar.setTabText(0, self.tr("Code relations"))
        self.scope_bar.setTabText(1, self.tr("Quotation links"))
        for label, text in zip(self.form_labels, (
                self.tr("Name (English):"), self.tr("Name (Spanish):"), self.tr("Name (Portuguese):"),
                self.tr("Short label:"), self.tr("Behaviour:"), self.tr("Line style:"), self.tr("Colour:"))):
            label.setText(text)
        # Reworded in place, so a choice not yet saved survives a language switch.
        for combo, texts in ((self.behaviour, (self.tr("Directed (A → B)"), self.tr("Symmetric (A ↔ B)"),
                                               self.tr("Transitive (A → B → C implies A → C; no cycles)"))),
                             (self.line_style, (self.tr("Solid"), self.tr("Dashed"), self.tr("Dotted")))):
            if combo.count() != len(texts):
                combo.clear()
                combo.addItems(list(texts))
            for index, text in enumerate(texts):
                combo.setItemText(index, text)
        self.new_button.setText(self.tr("New Type"))
        self.save_button.setText(self.tr("Save Changes"))
        self.delete_button.setText(self.tr("Delete Type…"))
