"""Menus, the toolbar and context menus, all filled from the action registry."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton

from qda_app.gui.accelerators import assign_menu_accelerators
from qda_app.gui.actions import ActionRegistry

# (menu object name, title, action names; None is a separator)
MENUS: tuple[tuple[str, str, tuple[str | None, ...]], ...] = (
    ("menuFile", QT_TRANSLATE_NOOP("Menus", "&File"), ("actionNewProject", "actionOpenProject", "menuRecent",
                           "actionOpenDemo", None, "actionImport", "menuImport", "menuExport", "actionPrintDocument",
                           None, "actionRestoreBackup", "actionPseudonymiseCopy", None,
                           "actionCloseProject", "actionQuit")),
    ("menuEdit", QT_TRANSLATE_NOOP("Menus", "&Edit"), ("actionUndo", "actionRedo", None, "actionFind", "actionFindAll", None,
                           "actionEditText", None, "actionSwitchCoder", "actionPreferences")),
    ("menuCoding", QT_TRANSLATE_NOOP("Menus", "&Coding"), ("actionQuickCode", "actionCodeSelection", "actionInVivoCode", None,
                               "actionRemoveCode", "actionCommentQuotation", "actionRepresentative",
                               "actionTableExcerpt", "actionResizeQuotation", "actionLinkQuotation", None,
                               "actionPreviousQuotation", "actionNextQuotation", None, "actionDeleteQuotation")),
    ("menuCodes", QT_TRANSLATE_NOOP("Menus", "Co&des"), ("actionNewCode", "actionRenameCode", "actionRecolourCode", "actionDescribeCode", None,
                             "actionMergeCode", "actionSplitCategory", "actionMergeDuplicateCodes", None,
                             "actionRelateCode", "actionAddToCodeGroup", None, "actionDeleteCode")),
    ("menuMemos", QT_TRANSLATE_NOOP("Menus", "&Memos"), ("actionNewMemo", "actionAttachMemo")),
    ("menuAnalysis", QT_TRANSLATE_NOOP("Menus", "&Analysis"), ("actionNewNetwork", "actionQueryTool", None,
                                   "actionCooccurrenceExplorer", "actionCodeDocumentExplorer", None,
                                   "actionRelationTypes", "actionCodeGroups")),
    ("menuTeam", QT_TRANSLATE_NOOP("Menus", "&Team"), ("actionCopyForCoder", "actionMergeCopy", None, "actionAgreement")),
    ("menuView", QT_TRANSLATE_NOOP("Menus", "&View"), ("actionZoomIn", "actionZoomOut", None, "actionColourByCoder",
                                                       "actionChooseCoders", None, "menuPanes")),
    ("menuHelp", QT_TRANSLATE_NOOP("Menus", "&Help"), ("actionKeyboardShortcuts", None, "actionAbout")),
)
# Submenus, named in a menu's action list by their object name.
SUBMENUS: dict[str, tuple[str, tuple[str | None, ...]]] = {
    "menuImport": (QT_TRANSLATE_NOOP("Menus", "I&mport"), ("actionImportQdpx", "actionImportQdc")),
    "menuExport": (QT_TRANSLATE_NOOP("Menus", "E&xport"), ("actionExportQdpx", "actionExportQdc", None,
                                                         "actionExportReport", "actionReportWording",
                                                         "actionWordFrequencies")),
    # Filled when shown: the recent projects, and a show/hide entry per pane.
    "menuRecent": (QT_TRANSLATE_NOOP("Menus", "Open &Recent"), ()),
    "menuPanes": (QT_TRANSLATE_NOOP("Menus", "&Panes"), ()),
}
TOOLBAR = ("actionOpenProject", "actionImport", None, "actionUndo", "actionRedo", None, "actionQuickCode",
           "actionCodeSelection", "actionInVivoCode", None, "actionPreviousQuotation", "actionNextQuotation",
           "actionCommentQuotation", None, "actionFind", "actionEditText", "actionPrintDocument")
# Toolbar buttons that show their text beside the icon (the coding loop); the rest show the
# icon alone, with the text in the tooltip, so the bar fits 1024 px in every language.
TOOLBAR_WITH_TEXT = ("actionQuickCode", "actionCodeSelection", "actionInVivoCode")
FIXED_WIDTH = ("actionUndo", "actionRedo")  # their text names the action: it must not push the others aside
TEXT_CONTEXT = ("actionQuickCode", "actionCodeSelection", "actionInVivoCode", None, "actionRemoveCode",
                "actionCommentQuotation", "actionRepresentative", "actionTableExcerpt", "actionResizeQuotation",
                "actionLinkQuotation",
                "actionDeleteQuotation")
CODE_CONTEXT = ("actionNewCode", "actionRenameCode", "actionRecolourCode", "actionDescribeCode", None,
                "actionMergeCode", "actionSplitCategory", None, "actionRelateCode", "actionAddToCodeGroup", None,
                "actionDeleteCode")


def _menu_title(source: str) -> str:
    return QCoreApplication.translate("Menus", source)


def _fill(menu: QMenu, registry: ActionRegistry, names: tuple[str | None, ...],
          menus: dict[str, QMenu] | None = None) -> None:
    for name in names:
        if name is None:
            menu.addSeparator()
        elif name in SUBMENUS:
            title, inner = SUBMENUS[name]
            submenu = menu.addMenu(_menu_title(title))
            submenu.setObjectName(name)
            submenu.setProperty("source_title", title)
            _fill(submenu, registry, inner, menus)
            if menus is not None:
                menus[name] = submenu
        else:
            menu.addAction(registry[name])


def build_menus(window: QMainWindow, registry: ActionRegistry) -> dict[str, QMenu]:
    menus: dict[str, QMenu] = {}
    for object_name, title, names in MENUS:
        menu = window.menuBar().addMenu(_menu_title(title))
        menu.setObjectName(object_name)
        menu.setProperty("source_title", title)
        _fill(menu, registry, names, menus)
        menus[object_name] = menu
    # Panes can be shown and hidden from View.
    return menus


def build_toolbar(window: QMainWindow, registry: ActionRegistry) -> QToolBar:
    toolbar = QToolBar(window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setIconSize(QSize(18, 18))
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    for name in TOOLBAR:
        if name is None:
            toolbar.addSeparator()
            continue
        toolbar.addAction(registry[name])
        button = toolbar.widgetForAction(registry[name])
        if isinstance(button, QToolButton):
            button.setObjectName(f"toolButton_{name}")
            if name in TOOLBAR_WITH_TEXT:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            if name in FIXED_WIDTH:
                button.setFixedWidth(34)
    window.addToolBar(toolbar)
    return toolbar


def retranslate_menus(menus: dict[str, QMenu]) -> None:
    for menu in menus.values():
        menu.setTitle(_menu_title(menu.property("source_title")))


def fill_context_menu(menu: QMenu, registry: ActionRegistry, names: tuple[str | None, ...]) -> None:
    if not menu.isEmpty():
        menu.addSeparator()
    _fill(menu, registry, names)
    assign_menu_accelerators(menu)
