"""The workbench window: owns the open project, its undo stack, and routes change notices.

Layout and wiring live here; the actions themselves are in coding_actions/code_actions,
their declarations in actions.py, menus in menus.py and panes in docks.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (QFileDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget, QTabBar, QTabWidget,
                               QVBoxLayout, QWidget)

from qda_app.core.errors import ProjectDamaged, QdaError
from qda_app.core.model import Code
from qda_app.gui import refresh
from qda_app.gui.actions import ActionRegistry
from qda_app.gui.backup_actions import BackupActions
from qda_app.gui.chrome import WindowChrome
from qda_app.gui.code_actions import CodeActions
from qda_app.gui.coding_actions import CodingActions
from qda_app.gui.dialogs.common import ask_text, show_error
from qda_app.gui.dialogs.preferences import PreferencesDialog
from qda_app.gui.accelerators import assign_accelerators
from qda_app.gui.docks import build_docks, retranslate_docks
from qda_app.gui.explorer_actions import ExplorerActions
from qda_app.gui.i18n import install_language
from qda_app.gui.integrity_watch import IntegrityWatch
from qda_app.gui.interop_actions import InteropActions
from qda_app.gui.manuscript_actions import ManuscriptActions
from qda_app.gui.menus import build_menus, build_toolbar, retranslate_menus
from qda_app.gui.notes_actions import NotesActions
from qda_app.gui.text_edit_actions import TextEditActions
from qda_app.gui.network_actions import NetworkActions
from qda_app.gui.query_actions import QueryActions
from qda_app.gui.relation_actions import RelationActions
from qda_app.gui.settings import AppSettings
from qda_app.gui.team_actions import TeamActions
from qda_app.gui.undo import UndoBridge, relabel_commands
from qda_app.gui.wiring import connect_window
from qda_app.gui.views.document_view import DocumentView
from qda_app.gui.views.welcome import WelcomePage
from qda_app.services.commands import ChangeNotice, CommandRecord
from qda_app.services.project import Project

Result = TypeVar("Result")


class MainWindow(QMainWindow):
    def __init__(self, *, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or AppSettings()
        self.project: Project | None = None
        self.bridge: UndoBridge | None = None
        self._actions_held = 0  # inside holding_actions(): the actions' state is worked out at the end
        self._actions_stale = False
        self.undo_stack = QUndoStack(self)
        self.codes_by_id: dict[int, Code] = {}
        self.code_ids_by_path: dict[str, int] = {}
        self.registry = ActionRegistry(self)
        self.menus = build_menus(self, self.registry)
        self.toolbar = build_toolbar(self, self.registry)
        self.document_view = DocumentView(self)
        self.welcome = WelcomePage(self)
        self.banner = QLabel(self)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 6px; }")
        self.banner.hide()
        viewer_page = QWidget(self)
        viewer_layout = QVBoxLayout(viewer_page)
        viewer_layout.setContentsMargins(0, 0, 0, 0)
        viewer_layout.setSpacing(0)
        viewer_layout.addWidget(self.banner)
        # The viewer is the first tab; network editors open as further, closable tabs.
        self.central_tabs = QTabWidget(self)
        self.central_tabs.setObjectName("centralTabs")
        self.central_tabs.setDocumentMode(True)
        self.central_tabs.setTabsClosable(True)
        self.central_tabs.addTab(self.document_view, "")
        self.central_tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        self.central_tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.LeftSide, None)
        viewer_layout.addWidget(self.central_tabs)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(viewer_page)
        self.setCentralWidget(self.pages)
        self.docks = build_docks(self)
        self.code_tree = self.docks.code_pane.tree
        self.memo_pane = self.docks.memo_pane
        self.coding = CodingActions(self)
        self.code_actions = CodeActions(self)
        self.team = TeamActions(self)  # these three connect their own actions
        self.interop = InteropActions(self)
        self.manuscript = ManuscriptActions(self)
        self.backups = BackupActions(self)
        self.integrity = IntegrityWatch(self)
        self.notes = NotesActions(self)
        self.chrome = WindowChrome(self)
        self.text_edit = TextEditActions(self)
        self.network_actions = NetworkActions(self)
        self.explorers = ExplorerActions(self)
        self.relation_actions = RelationActions(self)
        self.queries = QueryActions(self)
        self.coder_label = QLabel(self)
        self.coder_label.setObjectName("coderLabel")
        self.project_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.project_label)
        self.statusBar().addPermanentWidget(self.coder_label)
        self.document_view.style.by_coder = self.settings.colour_by_coder
        self.registry["actionColourByCoder"].setChecked(self.settings.colour_by_coder)
        self._connect()
        self.resize(1500, 940)
        self._fitted = False
        self.retranslate()
        self._show_project_state()

    # --- wiring -------------------------------------------------------------------------------

    def _connect(self) -> None:
        connect_window(self)

    def run(self, action: Callable[[], Result]) -> Result | None:
        """Run a service call; a QdaError becomes a worded message, never a traceback."""
        try:
            return action()
        except QdaError as error:
            show_error(self, error)
            return None

    def on_replay_failed(self, error: QdaError) -> None:
        """An undo or redo was refused: say why; after a lost lock nothing more is replayed."""
        if error.code == "lock_lost":
            self.undo_stack.clear()
        show_error(self, error)

    # --- project life cycle -------------------------------------------------------------------

    def set_project(self, project: Project) -> None:
        self.close_project()
        self.project = project
        self.bridge = UndoBridge(project, self.undo_stack, self)
        self.bridge.changed.connect(self.on_change)
        self.bridge.failed.connect(self.on_replay_failed, Qt.ConnectionType.QueuedConnection)
        self.settings.add_recent(project.path)
        self.pages.setCurrentIndex(1)
        refresh.reload_everything(self)
        documents = self.docks.document_pane.list.source.rows
        self.chrome.update_coders()
        if documents:
            self.open_document(documents[0].number)
        self._show_project_state()
        self.integrity.project_opened()  # then the backup taken on opening
        self.notes.recover_drafts()
        self.network_actions.project_opened()
        self.relation_actions.project_opened()
        if not project.read_only:
            # Older projects may hold codes that are one code by name ("Éxito" / "éxito");
            # they are merged only if the user says so.
            QTimer.singleShot(0, lambda: self.code_actions.merge_duplicate_codes(on_open=True))

    def open_project_path(self, path: str | Path) -> bool:
        from qda_app.gui.app import open_project_file

        project = open_project_file(self, path, coder=self.settings.coder or None, check_later=True)
        if project is None:
            return False
        try:
            self.set_project(project)
        except Exception:
            # A read failed while the panes filled: the integrity check decides, now, whether
            # the file is damaged (then said and its backups offered) or this is a bug.
            problem = project.integrity.wait() if project.integrity is not None else None
            if problem is None:
                raise
            self.integrity.report_damage(ProjectDamaged(path=str(project.path), detail=problem), project)
            return False
        return True

    def close_project(self) -> None:
        if self.project is None:
            return
        self.notes.flush()  # what was typed is saved before the project goes
        self.settings.save_recent_codes()
        self.text_edit.leave(save=True)
        self.team.project_closed()
        self.integrity.project_closed()
        self.backups.project_closed()
        self.network_actions.project_closed()
        self.explorers.project_closed()
        self.relation_actions.project_closed()
        self.queries.project_closed()
        if self.bridge is not None:
            self.bridge.detach()
            self.bridge.deleteLater()
            self.bridge = None
        self.undo_stack.clear()
        self.project.close()
        self.project = None
        self.document_view.load(number=None, text="", marks=[])
        refresh.clear_panes(self)
        self.welcome.set_recent(self.settings.recent_projects())
        self.pages.setCurrentIndex(0)
        self._show_project_state()

    def new_project_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New Project"), str(Path.home()),
                                              self.tr("qda_app projects (*.qdaproj)"))
        if path:
            if not path.lower().endswith(".qdaproj"):  # "Estudio.QDAPROJ" typed on Windows
                path += ".qdaproj"
            project = self.run(lambda: Project.create(path, coder=self.settings.coder or None, program="qda-app-gui"))
            if project is not None:
                self.set_project(project)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Project"), str(Path.home()),
                                              self.tr("qda_app projects (*.qdaproj)"))
        if path:
            self.open_project_path(path)

    def open_demo(self) -> None:
        from qda_app.gui.app import ensure_demo_project

        path = self.run(ensure_demo_project)
        if path is not None:
            self.open_project_path(path)

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import Documents"), str(Path.home()),
                                                self.tr("Documents (*.txt *.docx *.odt *.rtf *.pdf *.html *.htm *.md);;All files (*)"))
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> None:
        refresh.import_files(self, paths)

    # --- notices --------------------------------------------------------------------------------

    def on_change(self, notice: ChangeNotice, record: CommandRecord | None) -> None:
        refresh.on_change(self, notice, record)
        if "coders" in notice.tables or "*" in notice.tables:
            self.chrome.update_coders()
        if "documents" in notice.tables or "*" in notice.tables:
            self.text_edit.follow_text()  # an undone or redone correction
        self.notes.refresh(notice.tables)
        self.network_actions.on_change(notice, record)
        self.relation_actions.on_change(set(notice.tables))
        self.update_actions()

    def open_document(self, number: int) -> None:
        if self.text_edit.editing is not None and self.text_edit.editing != number:
            self.text_edit.leave(save=True)  # a correction under way is applied, not dropped
        refresh.open_document(self, number)

    def jump_to_quotation(self, quotation_id: int) -> None:
        refresh.jump_to_quotation(self, quotation_id)

    def edit_comment(self, quotation_id: int | None = None) -> None:
        """The comment pane on the quotation (the selected one by default), ready for typing."""
        quotation_id = quotation_id if quotation_id is not None else self.document_view.selected_id
        if quotation_id is not None:
            self.notes.edit_comment(quotation_id)

    def _on_codes_selected(self, paths: list[str]) -> None:
        self.docks.quotation_pane.show_code(paths[0] if len(paths) == 1 else None)
        self.update_actions()

    # --- state shown to the user ---------------------------------------------------------------

    def action_state(self) -> set[str]:
        state: set[str] = set()
        if self.project is not None:
            state.add("project")
            if not self.project.read_only:
                state.add("writable")
        if self.document_view.document_number is not None:
            state.add("document")
        if self.document_view.selected_range() is not None:
            state |= {"selection", "target"}
        if self.document_view.selected_id is not None:
            state |= {"quotation", "target"}
        if self.code_tree.has_selection():
            state.add("code")
        if self.undo_stack.canUndo():
            state.add("undo")
        if self.undo_stack.canRedo():
            state.add("redo")
        if self.text_edit.editing is not None:
            # Positions in a text being corrected are not the stored ones: nothing codes or
            # undoes until the correction is applied or cancelled.
            state -= {"selection", "quotation", "target", "undo", "redo"}
        return state

    def update_actions(self) -> None:
        if self._actions_held:
            self._actions_stale = True
            return
        if not shiboken6.isValid(self.undo_stack):  # signals during window teardown
            return
        self.registry.update_enabled(self.action_state())

    @contextmanager
    def holding_actions(self) -> Iterator[None]:
        """One user action: the undo stack, the notice, the cleared selection and the new quotation
        each ask for the actions' state; it is worked out once, when the action is done."""
        self._actions_held += 1
        try:
            yield
        finally:
            self._actions_held -= 1
            if not self._actions_held and self._actions_stale:
                self._actions_stale = False
                self.update_actions()

    def _show_project_state(self) -> None:
        project = self.project
        self.coder_label.setText(self.tr("Coder: %1").replace("%1", project.coder if project else self.settings.coder or "—"))
        self.project_label.setText(project.name if project else "")
        title = self.tr("qda_app")
        self.setWindowTitle(f"{project.name} — {title}" if project else title)
        holder = project.locked_by if project else None
        if project is not None and project.read_only:
            who = self.tr("%1 on %2 since %3").replace("%1", holder.holder).replace("%2", holder.host).replace(
                "%3", holder.since) if holder else self.tr("another program")
            self.banner.setText(self.tr("Read-only: this project is open for writing by %1. "
                                        "You can read and search, but not change it.").replace("%1", who))
            self.banner.show()
        else:
            self.banner.hide()
        self.welcome.set_recent(self.settings.recent_projects())
        self.update_actions()

    def switch_coder(self, name: str) -> None:
        name = name.strip()
        if not name:
            return
        self.settings.coder = name
        if self.project is not None:
            self.project.set_coder(name)
        self._show_project_state()

    def switch_coder_dialog(self) -> None:
        current = self.project.coder if self.project else self.settings.coder
        name = ask_text(self, title=self.tr("Switch Coder"), label=self.tr("Who is coding?"), value=current)
        if name:
            self.switch_coder(name)

    def set_visible_coders(self, names: list[str] | None) -> None:
        self.document_view.style.coders = None if names is None else frozenset(names)
        self.document_view.restyle()
        self.chrome.show_legend()

    def toggle_colour_by_coder(self) -> None:
        checked = self.registry["actionColourByCoder"].isChecked()
        self.settings.colour_by_coder = checked
        self.document_view.style.by_coder = checked
        self.document_view.restyle()
        self.chrome.show_legend()

    def open_search(self) -> None:
        self.docks.search.show()
        self.docks.search.raise_()
        self.docks.search_panel.field.setFocus()

    def preferences(self) -> None:
        dialog = PreferencesDialog(language=self.settings.language,
                                   coder=self.project.coder if self.project else self.settings.coder, parent=self)
        if dialog.exec():
            self.set_language(dialog.chosen_language())
            self.switch_coder(dialog.chosen_coder())

    def set_language(self, code: str) -> None:
        self.settings.language = code
        install_language(code)
        # A transient message ("Backup taken: ...") was worded in the old language; drop it
        # rather than leave English on screen after switching.
        self.statusBar().clearMessage()
        self.retranslate()

    def about(self) -> None:
        from qda_app import __version__

        QMessageBox.about(self, self.tr("About qda_app"), self.tr(
            "qda_app %1\nQualitative data analysis by hand: code interviews, compare coders, "
            "export Atlas.ti-style tables.").replace("%1", __version__))

    # --- language -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:
            # Dark mode switched: highlights blend over the new base, icons take the new text
            # colour. After the children have the new palette (they get it after the window).
            QTimer.singleShot(0, self._follow_palette)
        super().changeEvent(event)

    def _follow_palette(self) -> None:
        if shiboken6.isValid(self.document_view):
            self.document_view.restyle()
            self.registry.refresh_icons()

    def retranslate(self) -> None:
        self.registry.retranslate()
        self._retranslate_undo(relabel=True)
        retranslate_menus(self.menus)
        assign_accelerators(self.menuBar())
        retranslate_docks(self.docks)
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.toolbar.setAccessibleName(self.tr("Main toolbar"))
        self.document_view.retranslate()
        if hasattr(self, "text_edit"):
            self.text_edit.retranslate()
        self.central_tabs.setTabText(0, self.tr("Documents"))
        for index in range(1, self.central_tabs.count()):
            retranslate = getattr(self.central_tabs.widget(index), "retranslate", None)
            if retranslate is not None:
                retranslate()
        self.welcome.retranslate()
        self.notes.retranslate()
        self.network_actions.retranslate()
        self.coder_label.setAccessibleName(self.tr("Current coder"))
        self.project_label.setAccessibleName(self.tr("Project name"))
        self.banner.setAccessibleName(self.tr("Read-only notice"))
        self._show_project_state()
        refresh.refresh_labels(self)

    def _retranslate_undo(self, *, relabel: bool = False) -> None:
        """The Undo and Redo actions' texts; ``relabel``: after a language switch, every step's
        name is worded again (a new step is named in the current language as it is pushed, so
        each action does not walk the whole stack)."""
        if not shiboken6.isValid(self.undo_stack):
            return
        if relabel:
            relabel_commands(self.undo_stack)  # names given before a language switch
        undo, redo = self.registry["actionUndo"], self.registry["actionRedo"]
        undo_text, redo_text = self.undo_stack.undoText(), self.undo_stack.redoText()
        undo.setText(self.tr("&Undo %1").replace("%1", undo_text).strip() if undo_text else self.tr("&Undo"))
        redo.setText(self.tr("&Redo %1").replace("%1", redo_text).strip() if redo_text else self.tr("&Redo"))
        # Enablement follows canUndoChanged/canRedoChanged; the texts alone change nothing there.

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._fitted and self.width() < 1200:
            # A small screen (1024 x 700): the side panes give the text and its margin room.
            self.resizeDocks([self.docks.documents], [max(250, self.width() * 27 // 100)], Qt.Orientation.Horizontal)
        self._fitted = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.settings.save_geometry(self.saveGeometry(), self.saveState())
        self.notes.flush()
        self.close_project()
        super().closeEvent(event)
