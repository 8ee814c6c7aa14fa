"""Every user action declared once: id, text, shortcut, handler and when it is enabled.

Picard style: menus, toolbars and context menus take actions from this registry, so a
shortcut is defined in one place and shown wherever the action appears. Texts are marked
with QT_TRANSLATE_NOOP so lupdate collects them; ``retranslate`` applies the current language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence

CONTEXT = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    name: str  # QAction objectName, e.g. "actionQuickCode"
    text: str  # English source text, translated in context "Actions"
    shortcut: str | QKeySequence.StandardKey | None = None
    tip: str = ""
    checkable: bool = False
    # Which state the action needs: "project", "writable", "document", "selection",
    # "quotation", "code", "undo", "redo" (see MainWindow.action_state).
    needs: tuple[str, ...] = ()


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("actionNewProject", QT_TRANSLATE_NOOP("Actions", "&New Project…"), QKeySequence.StandardKey.New),
    ActionSpec("actionOpenProject", QT_TRANSLATE_NOOP("Actions", "&Open Project…"), QKeySequence.StandardKey.Open),
    ActionSpec("actionOpenDemo", QT_TRANSLATE_NOOP("Actions", "Open &Demo Project")),
    ActionSpec("actionImport", QT_TRANSLATE_NOOP("Actions", "&Import Documents…"), "Ctrl+I", needs=("writable",)),
    ActionSpec("actionCloseProject", QT_TRANSLATE_NOOP("Actions", "&Close Project"), "Ctrl+W", needs=("project",)),
    ActionSpec("actionQuit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Q"),
    ActionSpec("actionUndo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "Ctrl+Z", needs=("undo",)),
    ActionSpec("actionRedo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "Ctrl+Shift+Z", needs=("redo",)),
    ActionSpec("actionFind", QT_TRANSLATE_NOOP("Actions", "&Find in Document…"), "Ctrl+F", needs=("document",)),
    ActionSpec("actionFindAll", QT_TRANSLATE_NOOP("Actions", "Find in &All Documents…"), "Ctrl+Shift+F", needs=("project",)),
    ActionSpec("actionPreferences", QT_TRANSLATE_NOOP("Actions", "&Preferences…"), "Ctrl+,"),
    ActionSpec("actionSwitchCoder", QT_TRANSLATE_NOOP("Actions", "Switch &Coder…"), "Ctrl+Shift+U"),
    ActionSpec("actionCodeSelection", QT_TRANSLATE_NOOP("Actions", "&Code Selection…"), "Ctrl+K", needs=("writable", "target")),
    ActionSpec("actionQuickCode", QT_TRANSLATE_NOOP("Actions", "&Quick Code"), "Ctrl+L", needs=("writable", "target", "code")),
    ActionSpec("actionInVivoCode", QT_TRANSLATE_NOOP("Actions", "Code &In Vivo"), "Ctrl+Shift+V", needs=("writable", "selection")),
    ActionSpec("actionRemoveCode", QT_TRANSLATE_NOOP("Actions", "&Remove Code from Quotation…"), "Ctrl+Shift+R", needs=("writable", "quotation")),
    ActionSpec("actionDeleteQuotation", QT_TRANSLATE_NOOP("Actions", "&Delete Quotation"), "Ctrl+D", needs=("writable", "quotation")),
    ActionSpec("actionCommentQuotation", QT_TRANSLATE_NOOP("Actions", "Co&mment on Quotation…"), "Ctrl+M", needs=("writable", "quotation")),
    ActionSpec("actionRepresentative", QT_TRANSLATE_NOOP("Actions", "Mark as Re&presentative"), "Ctrl+R", needs=("writable", "quotation")),
    ActionSpec("actionTableExcerpt", QT_TRANSLATE_NOOP("Actions", "Table E&xcerpt…"), None, needs=("writable", "quotation")),
    ActionSpec("actionResizeQuotation", QT_TRANSLATE_NOOP("Actions", "Set Quotation &Boundaries to Selection"), "Ctrl+B", needs=("writable", "quotation", "selection")),
    ActionSpec("actionNewCode", QT_TRANSLATE_NOOP("Actions", "&New Code…"), "Ctrl+Shift+N", needs=("writable",)),
    ActionSpec("actionRenameCode", QT_TRANSLATE_NOOP("Actions", "Re&name Code…"), "F2", needs=("writable", "code")),
    ActionSpec("actionRecolourCode", QT_TRANSLATE_NOOP("Actions", "Change &Colour…"), None, needs=("writable", "code")),
    ActionSpec("actionDescribeCode", QT_TRANSLATE_NOOP("Actions", "Edit &Definition…"), None, needs=("writable", "code")),
    ActionSpec("actionMergeCode", QT_TRANSLATE_NOOP("Actions", "&Merge into…"), None, needs=("writable", "code")),
    ActionSpec("actionSplitCategory", QT_TRANSLATE_NOOP("Actions", "&Split Category…"), None, needs=("writable", "code")),
    ActionSpec("actionMergeDuplicateCodes", QT_TRANSLATE_NOOP("Actions", "Merge Codes with the Same Na&me…"), None,
               needs=("writable",)),
    ActionSpec("actionDeleteCode", QT_TRANSLATE_NOOP("Actions", "&Delete Code…"), "Shift+Del", needs=("writable", "code")),
    ActionSpec("actionNewMemo", QT_TRANSLATE_NOOP("Actions", "New &Memo…"), "Ctrl+Shift+M", needs=("writable",)),
    ActionSpec("actionZoomIn", QT_TRANSLATE_NOOP("Actions", "Zoom &In"), QKeySequence.StandardKey.ZoomIn),
    ActionSpec("actionZoomOut", QT_TRANSLATE_NOOP("Actions", "Zoom &Out"), QKeySequence.StandardKey.ZoomOut),
    ActionSpec("actionColourByCoder", QT_TRANSLATE_NOOP("Actions", "Colour by C&oder"), None, checkable=True),
    ActionSpec("actionChooseCoders", QT_TRANSLATE_NOOP("Actions", "Show Codings &of…"), None, needs=("project",)),
    ActionSpec("actionImportQdpx", QT_TRANSLATE_NOOP("Actions", "REFI-QDA &Project (.qdpx)…")),
    ActionSpec("actionImportQdc", QT_TRANSLATE_NOOP("Actions", "REFI-QDA &Codebook (.qdc)…"), None, needs=("writable",)),
    ActionSpec("actionExportQdpx", QT_TRANSLATE_NOOP("Actions", "REFI-QDA &Project (.qdpx)…"), None, needs=("project",)),
    ActionSpec("actionExportQdc", QT_TRANSLATE_NOOP("Actions", "REFI-QDA &Codebook (.qdc)…"), None, needs=("project",)),
    ActionSpec("actionExportReport", QT_TRANSLATE_NOOP("Actions", "&Report Workbook (.xlsx / .docx / .html)…"), None,
               needs=("project",)),
    ActionSpec("actionReportWording", QT_TRANSLATE_NOOP("Actions", "Report W&ording…"), None, needs=("writable",)),
    ActionSpec("actionWordFrequencies", QT_TRANSLATE_NOOP("Actions", "&Word Frequencies and Cloud…"), None,
               needs=("project",)),
    ActionSpec("actionRestoreBackup", QT_TRANSLATE_NOOP("Actions", "Restore from &Backup…"), None, needs=("project",)),
    ActionSpec("actionPseudonymiseCopy", QT_TRANSLATE_NOOP("Actions", "Pseudonymise Cop&y…"), None, needs=("project",)),
    ActionSpec("actionCopyForCoder", QT_TRANSLATE_NOOP("Actions", "&Copy for Coder…"), None, needs=("project",)),
    ActionSpec("actionMergeCopy", QT_TRANSLATE_NOOP("Actions", "&Merge Coder's Copy…"), None, needs=("writable",)),
    ActionSpec("actionAgreement", QT_TRANSLATE_NOOP("Actions", "Intercoder &Agreement…"), "Ctrl+Shift+A",
               needs=("project",)),
    ActionSpec("actionNextQuotation", QT_TRANSLATE_NOOP("Actions", "Ne&xt Quotation"), "Alt+Down", needs=("document",)),
    ActionSpec("actionPreviousQuotation", QT_TRANSLATE_NOOP("Actions", "Pre&vious Quotation"), "Alt+Up",
               needs=("document",)),
    ActionSpec("actionEditText", QT_TRANSLATE_NOOP("Actions", "&Edit Document Text"), "Ctrl+E",
               needs=("writable", "document"), checkable=True),
    ActionSpec("actionPrintDocument", QT_TRANSLATE_NOOP("Actions", "Export Coded Document as &PDF…"), "Ctrl+P",
               needs=("document",)),
    ActionSpec("actionKeyboardShortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), "F1"),
    ActionSpec("actionNewNetwork", QT_TRANSLATE_NOOP("Actions", "New &Network…"), None, needs=("writable",)),
    ActionSpec("actionQueryTool", QT_TRANSLATE_NOOP("Actions", "&Query Tool…"), "Ctrl+Shift+Q", needs=("project",)),
    ActionSpec("actionCooccurrenceExplorer", QT_TRANSLATE_NOOP("Actions", "Code &Co-occurrence Explorer…"), None,
               needs=("project",)),
    ActionSpec("actionCodeDocumentExplorer", QT_TRANSLATE_NOOP("Actions", "Code-&Document Explorer…"), None,
               needs=("project",)),
    ActionSpec("actionRelationTypes", QT_TRANSLATE_NOOP("Actions", "Relation &Types…"), None, needs=("project",)),
    ActionSpec("actionCodeGroups", QT_TRANSLATE_NOOP("Actions", "Code &Groups…"), None, needs=("project",)),
    ActionSpec("actionRelateCode", QT_TRANSLATE_NOOP("Actions", "Re&late to Code…"), None, needs=("writable", "code")),
    ActionSpec("actionAddToCodeGroup", QT_TRANSLATE_NOOP("Actions", "Add to Code &Group…"), None,
               needs=("writable", "code")),
    ActionSpec("actionLinkQuotation", QT_TRANSLATE_NOOP("Actions", "&Link Quotation to…"), None,
               needs=("writable", "quotation")),
    ActionSpec("actionAttachMemo", QT_TRANSLATE_NOOP("Actions", "&Attach Memo to…"), None, needs=("writable",)),
    ActionSpec("actionAbout", QT_TRANSLATE_NOOP("Actions", "&About qda_app")),
)

# Icons from qtawesome (Font Awesome 5, bundled with the package: no theme needed).
ICONS: dict[str, str] = {
    "actionNewProject": "fa5s.file", "actionOpenProject": "fa5s.folder-open", "actionImport": "fa5s.file-import",
    "actionUndo": "fa5s.undo", "actionRedo": "fa5s.redo", "actionQuickCode": "fa5s.bolt",
    "actionCodeSelection": "fa5s.tag", "actionInVivoCode": "fa5s.quote-right", "actionFind": "fa5s.search",
    "actionFindAll": "fa5s.search-plus", "actionCommentQuotation": "fa5s.comment",
    "actionDeleteQuotation": "fa5s.trash", "actionNewCode": "fa5s.plus", "actionNewMemo": "fa5s.sticky-note",
    "actionPreviousQuotation": "fa5s.chevron-up", "actionNextQuotation": "fa5s.chevron-down",
    "actionEditText": "fa5s.pen", "actionPrintDocument": "fa5s.file-pdf", "actionAgreement": "fa5s.users",
    "actionZoomIn": "fa5s.search-plus", "actionZoomOut": "fa5s.search-minus",
}


class ActionRegistry(QObject):
    """Creates the QActions once; the main window connects handlers and updates enablement."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.specs = {spec.name: spec for spec in SPECS}
        self.actions: dict[str, QAction] = {}
        self._state: frozenset[str] | None = None  # the state the enablement was last set for
        for spec in SPECS:
            action = QAction(parent)
            action.setObjectName(spec.name)
            action.setCheckable(spec.checkable)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            self.actions[spec.name] = action
        self.refresh_icons()
        self.retranslate()

    def refresh_icons(self) -> None:
        """Icons in the palette's text colour, so they follow a dark or light theme."""
        try:
            import qtawesome
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QApplication
        except ImportError:  # declared, but a program without icons still works
            return
        colour = QApplication.palette().color(QPalette.ColorRole.WindowText).name()
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QIcon

        for name, icon in ICONS.items():
            try:
                drawn = qtawesome.icon(icon, color=colour)
            except Exception:  # noqa: BLE001 (an icon font that fails to load leaves text only)
                return
            # Drawn once per size and mode: a font icon renders its glyph on every request,
            # and the toolbar asks again whenever an action is enabled or disabled. Active
            # (hovered) is drawn in the normal colour, which QIcon falls back to by itself.
            fixed = QIcon()
            for size in (16, 18, 24, 32, 36, 48):
                for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
                    fixed.addPixmap(drawn.pixmap(QSize(size, size), mode), mode)
            self.actions[name].setIcon(fixed)

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def connect(self, name: str, handler: Callable[[], object]) -> None:
        # A lambda drops the "checked" argument Qt passes, so handlers take none.
        self.actions[name].triggered.connect(lambda *_: handler())

    def retranslate(self) -> None:
        for spec in SPECS:
            action = self.actions[spec.name]
            text = QCoreApplication.translate(CONTEXT, spec.text)
            action.setText(text)
            plain = text.replace("&", "").rstrip("…")
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
            action.setStatusTip(plain)

    def update_enabled(self, state: set[str]) -> None:
        # One action sends several signals that ask for this (undo stack, selection, notice):
        # the actions are only touched when the state they depend on moved.
        if state == self._state:
            return
        self._state = frozenset(state)
        for spec in SPECS:
            self.actions[spec.name].setEnabled(all(need in state for need in spec.needs))
