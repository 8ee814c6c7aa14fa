"""The menu of a quotation's bracket in the margin: its codes and what can be done to it.

Other feature areas add their own entries through ``MENU_EXTENSIONS`` (for example "Link to
quotation…" from the analysis tools): each is called with the menu, the window and the
quotation id, after the coding entries and before "Delete".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import QMenu

from qda_app.gui.accelerators import assign_menu_accelerators
from qda_app.gui.i18n import current_language
from qda_app.services import coding
from qda_app.services.reports.wording import default_wording, report_wording

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow

MenuExtension = Callable[[QMenu, "MainWindow", int], None]
MENU_EXTENSIONS: list[MenuExtension] = []


def citation(quotation_id: str, window: MainWindow | None = None) -> str:
    """How papers cite a quotation: "(cita 3:41)", with the citation word the project's report
    wording gives in the program's language (the Word report's citations use the same)."""
    if window is None or window.project is None:
        return f"({default_wording(current_language()).cite} {quotation_id})"
    return f"({report_wording(window.project, current_language()).cite} {quotation_id})"


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _add_code(window: MainWindow, quotation_id: int) -> None:
    """The chooser for this quotation, not for a text selection made elsewhere."""
    view = window.document_view
    cursor = view.editor.textCursor()
    cursor.clearSelection()
    view.editor.setTextCursor(cursor)
    view.select_quotation(quotation_id)
    window.coding.code_selection()


def fill_quotation_menu(menu: QMenu, window: MainWindow, quotation_id: int) -> None:
    view = window.document_view
    mark = view.index.by_id.get(quotation_id)
    if mark is None:
        return
    header = menu.addAction(QCoreApplication.translate("QuotationMenu", "Quotation %1").replace("%1", mark.quotation_id))
    header.setEnabled(False)
    labels = view.style.labels(mark)
    for name, colour in labels:
        entry = menu.addAction(_swatch(colour), name)
        entry.setEnabled(False)
    if not labels:
        menu.addAction(QCoreApplication.translate("QuotationMenu", "(no codes)")).setEnabled(False)
    menu.addSeparator()
    writable = window.project is not None and not window.project.read_only
    add = menu.addAction(QCoreApplication.translate("QuotationMenu", "Add Code…"))
    add.setObjectName("menuAddCode")
    add.triggered.connect(lambda *_: _add_code(window, quotation_id))
    paths = window.coding.mark_paths(mark)
    remove = menu.addMenu(QCoreApplication.translate("QuotationMenu", "Remove Code"))
    remove.setObjectName("menuRemoveCode")
    for path in paths:
        action = remove.addAction(path.split("::")[-1])
        action.setToolTip(path)
        action.triggered.connect(lambda *_, chosen=path: window.run(
            lambda: coding.uncode_quotation(window.project, quotation=quotation_id, code=chosen)))
    remove.setEnabled(bool(paths) and writable)
    comment = menu.addAction(QCoreApplication.translate("QuotationMenu", "Comment…"))
    comment.setObjectName("menuComment")
    comment.triggered.connect(lambda *_: window.edit_comment(quotation_id))
    resize = menu.addAction(QCoreApplication.translate("QuotationMenu", "Set Boundaries to Text Selection"))
    resize.setObjectName("menuResize")
    resize.setEnabled(writable and view.selected_range() is not None)
    resize.triggered.connect(lambda *_: window.coding.resize_to_selection())
    reference = citation(mark.quotation_id, window)
    copy = menu.addAction(QCoreApplication.translate("QuotationMenu", "Copy Reference %1").replace("%1", reference))
    copy.setObjectName("menuCopyReference")
    copy.triggered.connect(lambda *_: QGuiApplication.clipboard().setText(reference))
    for extend in MENU_EXTENSIONS:
        extend(menu, window, quotation_id)
    menu.addSeparator()
    delete = menu.addAction(QCoreApplication.translate("QuotationMenu", "Delete Quotation"))
    delete.setObjectName("menuDelete")
    delete.triggered.connect(lambda *_: window.coding.delete_quotation())
    for action in (add, comment, delete):
        action.setEnabled(writable)
    assign_menu_accelerators(menu)  # entries added by other areas may bring their own letters
