"""Actions on documents from the documents pane's context menu: rename, delete, groups, attributes.

Every one calls a service (one undoable action each) through the main window's ``run``, so
errors become worded messages and the undo stack gets the named command.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from qda_app.gui.dialogs import common
from qda_app.services import documents
from qda_app.services.attributes import import_attributes


def build_menu(window: QMainWindow, number: int | None, menu: QMenu) -> None:
    """Fill ``menu`` for the document ``number`` (None: clicked on empty space)."""
    project = getattr(window, "project", None)
    if project is None or project.read_only:
        return
    if number is not None:
        menu.addAction(QCoreApplication.translate("DocumentActions", "Rename Document…"), lambda: rename(window, number))
        menu.addAction(QCoreApplication.translate("DocumentActions", "Add to Group…"), lambda: add_to_group(window, number))
        menu.addAction(QCoreApplication.translate("DocumentActions", "Remove from Group…"), lambda: remove_from_group(window, number))
        menu.addAction(QCoreApplication.translate("DocumentActions", "Set Attribute…"), lambda: set_attribute(window, number))
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("DocumentActions", "Delete Document…"), lambda: delete(window, number))
        menu.addSeparator()
    menu.addAction(QCoreApplication.translate("DocumentActions", "Import Attributes from CSV or Excel…"), lambda: import_attribute_sheet(window))


def rename(window: QMainWindow, number: int) -> None:
    current = next((doc.name for doc in documents.list_documents(window.project) if doc.number == number), "")
    name = common.ask_text(window, title=QCoreApplication.translate("DocumentActions", "Rename Document"), label=QCoreApplication.translate("DocumentActions", "New name:"), value=current)
    if name and name.strip() and name.strip() != current:
        window.run(lambda: documents.rename_document(window.project, number=number, name=name))


def delete(window: QMainWindow, number: int) -> None:
    found = next((doc for doc in documents.list_documents(window.project) if doc.number == number), None)
    if found is None:
        return
    text = QCoreApplication.translate("DocumentActions", "Delete document {number} '{name}' with its {count} quotations? You can undo this.").format(
        number=number, name=found.name, count=found.quotation_count)
    if common.confirm(window, title=QCoreApplication.translate("DocumentActions", "Delete Document"), text=text):
        window.run(lambda: documents.delete_document(window.project, number=number))


def add_to_group(window: QMainWindow, number: int) -> None:
    group = common.ask_text(window, title=QCoreApplication.translate("DocumentActions", "Add to Group"), label=QCoreApplication.translate("DocumentActions", "Document group (new or existing):"))
    if group and group.strip():
        window.run(lambda: documents.add_to_group(window.project, numbers=[number], group=group))


def remove_from_group(window: QMainWindow, number: int) -> None:
    found = next((doc for doc in documents.list_documents(window.project) if doc.number == number), None)
    if found is None or not found.groups:
        return
    group = common.ask_item(window, title=QCoreApplication.translate("DocumentActions", "Remove from Group"), label=QCoreApplication.translate("DocumentActions", "Group:"), items=list(found.groups))
    if group:
        window.run(lambda: documents.remove_from_group(window.project, numbers=[number], group=group))


def set_attribute(window: QMainWindow, number: int) -> None:
    values = documents.document_attributes(window.project).get(number, {})
    names = sorted({name for attributes in documents.document_attributes(window.project).values() for name in attributes})
    name = common.ask_text(window, title=QCoreApplication.translate("DocumentActions", "Set Attribute"),
                           label=QCoreApplication.translate("DocumentActions", "Attribute (e.g. provincia, gender):") + ("\n" + ", ".join(names) if names else ""))
    if not name or not name.strip():
        return
    value = common.ask_text(window, title=QCoreApplication.translate("DocumentActions", "Set Attribute"), label=QCoreApplication.translate("DocumentActions", "Value (empty removes it):"),
                            value=values.get(name.strip(), ""))
    if value is not None:
        window.run(lambda: documents.set_attribute(window.project, number=number, name=name, value=value.strip() or None))


def import_attribute_sheet(window: QMainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("DocumentActions", "Import Attributes"), "", QCoreApplication.translate("DocumentActions", "Spreadsheets (*.csv *.xlsx);;All files (*)"))
    if not path:
        return
    result = window.run(lambda: import_attributes(window.project, path))
    if result is not None and result.unknown_documents:
        common.show_error(window, QCoreApplication.translate("DocumentActions", "No document is named: {names}").format(names=", ".join(result.unknown_documents)),
                          title=QCoreApplication.translate("DocumentActions", "Import Attributes"))
