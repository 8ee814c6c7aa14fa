"""Code manager, memo and coder actions: each one service call (or one macro of them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QMessageBox

from qda_app.core.model import CODE_PATH_SEPARATOR
from qda_app.gui.dialogs.check_list import CheckListDialog
from qda_app.gui.dialogs.code_chooser import CodeChooser
from qda_app.gui.dialogs.common import ask_multiline, ask_text, confirm
from qda_app.gui.dialogs.memo_dialog import NewMemoDialog
from qda_app.gui.format import format_number
from qda_app.services import code_duplicates
from qda_app.services import codes as code_service
from qda_app.services import gui_queries, memos

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow


class CodeActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _current(self) -> str | None:
        paths = self.window.code_tree.selected_paths()
        return paths[0] if paths else None

    # --- codes ------------------------------------------------------------------------------

    def new_code(self, path: str | None = None) -> None:
        if path is None:
            current = self._current()
            prefix = current.split(CODE_PATH_SEPARATOR)[0] + CODE_PATH_SEPARATOR if current else ""
            path = ask_text(self.window, title=self.tr("New Code"),
                            label=self.tr("Name (Category::Code makes a sub-code):"), value=prefix)
        if path and path.strip():
            created = self.window.run(lambda: code_service.create_code(self.window.project, path=path.strip()))
            if created is not None:
                self.window.code_tree.select_codes([created.path])

    def rename_code(self, path: str | None = None, name: str | None = None) -> None:
        path = path or self._current()
        if path is None:
            return
        if name is None:
            name = ask_text(self.window, title=self.tr("Rename Code"), label=self.tr("New name:"),
                            value=path.split(CODE_PATH_SEPARATOR)[-1])
        if name:
            self.window.run(lambda: code_service.rename_code(self.window.project, path=path, new_name=name))

    def recolour_code(self, path: str | None = None, colour: str | None = None) -> None:
        path = path or self._current()
        if path is None:
            return
        if colour is None:
            current = self.window.codes_by_id[self.window.code_ids_by_path[path]].color
            chosen = QColorDialog.getColor(QColor(current), self.window, self.tr("Code Colour"))
            colour = chosen.name() if chosen.isValid() else None
        if colour:
            self.window.run(lambda: code_service.recolour_code(self.window.project, path=path, color=colour))

    def describe_code(self) -> None:
        path = self._current()
        if path is None:
            return
        code = self.window.codes_by_id[self.window.code_ids_by_path[path]]
        text = ask_multiline(self.window, title=self.tr("Code Definition"),
                             label=self.tr("Definition of “%1”:").replace("%1", code.name), value=code.description)
        if text is not None:
            self.window.run(lambda: code_service.describe_code(self.window.project, path=path, description=text))

    def merge_code(self, source: str | None = None, target: str | None = None) -> CodeChooser | None:
        source = source or self._current()
        if source is None:
            return None
        if target is not None:
            self.window.run(lambda: code_service.merge_codes(self.window.project, source=source, target=target))
            return None
        others = [code for code in code_service.list_codes(self.window.project) if code.path != source]
        chooser = CodeChooser(others, self.window, multiple=False, allow_new=False,
                              title=self.tr("Merge “%1” into").replace("%1", source.split(CODE_PATH_SEPARATOR)[-1]))
        chooser.chosen.connect(lambda paths: self.merge_code(source, paths[0]))
        chooser.open()
        return chooser

    def merge_duplicate_codes(self, *, on_open: bool = False) -> list | None:
        """Offer to merge codes whose names differ only in case, Unicode composition or
        spacing; each group folds into its first code, one undo step. Returns what merged."""
        project = self.window.project
        if project is None or project.read_only:
            return None
        found = code_duplicates.find_duplicate_codes(project)
        if not found:
            if not on_open:
                QMessageBox.information(self.window, self.tr("Merge Codes with the Same Name"),
                                        self.tr("No two codes have the same name."))
            return None
        shown = [f"• {item.kept} ← {', '.join(item.merged)}" for item in found[:12]]
        if len(found) > len(shown):  # a box taller than the screen hides its buttons
            shown.append(self.tr("… and %n more group(s)", "", len(found) - len(shown)))
        lines = "\n".join(shown)
        text = self.tr("These codes have the same name, ignoring case, accents' composition and "
                       "spacing, and are one code for coding, merging and agreement:\n\n%1\n\n"
                       "Merge each group into its first code? Codings, sub-codes, memos and links "
                       "move over; Undo takes it back.").replace("%1", lines)
        if not confirm(self.window, title=self.tr("Merge Codes with the Same Name"), text=text):
            return None
        return self.window.run(lambda: code_duplicates.merge_duplicate_codes(project))

    def split_category(self, path: str | None = None, new_name: str | None = None,
                       children: list[str] | None = None) -> None:
        """Move some sub-codes of a category into a new category: one undo step (a macro)."""
        path = path or self._current()
        if path is None:
            return
        if new_name is None or children is None:
            subcodes = [code.path for code in code_service.list_codes(self.window.project)
                        if code.parent_path == path]
            dialog = CheckListDialog(title=self.tr("Split Category"), label=self.tr("Sub-codes to move:"),
                                     entries=[(sub.split(CODE_PATH_SEPARATOR)[-1], sub) for sub in subcodes],
                                     checked=set(), name_label=self.tr("Name of the new category:"), parent=self.window)
            if not dialog.exec() or dialog.name is None:
                return
            new_name, children = dialog.name.text().strip(), dialog.checked_values()
        if not new_name or not children:
            return
        stack = self.window.undo_stack
        stack.beginMacro(self.tr("Split “%1”").replace("%1", path.split(CODE_PATH_SEPARATOR)[-1]))
        try:
            created = self.window.run(lambda: code_service.create_code(self.window.project, path=new_name))
            if created is not None:
                for child in children:
                    self.window.run(lambda child=child: code_service.move_code(
                        self.window.project, path=child, new_parent=created.path))
        finally:
            stack.endMacro()

    def delete_code(self, path: str | None = None, *, ask: bool = True) -> None:
        path = path or self._current()
        if path is None:
            return
        codings = code_service.codings_below(self.window.project, path=path)
        text = self.tr("Delete the code “%1” and its sub-codes? %2 codings will be removed. "
                       "You can undo this.").replace("%1", path).replace("%2", format_number(codings))
        if ask and not confirm(self.window, title=self.tr("Delete Code"), text=text):
            return
        self.window.run(lambda: code_service.delete_code(self.window.project, path=path))

    def move_codes(self, paths: list[str], new_parent: str | None, position: int | None) -> None:
        # Deferred: the drop that asked for this is still being handled by the view.
        def move() -> None:
            stack = self.window.undo_stack
            stack.beginMacro(self.tr("Move codes"))
            try:
                for path in paths:
                    self.window.run(lambda path=path: code_service.move_code(
                        self.window.project, path=path, new_parent=new_parent, position=position))
            finally:
                stack.endMacro()

        QTimer.singleShot(0, move)

    # --- memos ------------------------------------------------------------------------------

    def memo_targets(self) -> list[tuple[str, tuple[str, object]]]:
        window = self.window
        targets: list[tuple[str, tuple[str, object]]] = [(self.tr("The project (research journal)"), ("project", None))]
        if window.document_view.document_number is not None:
            number = window.document_view.document_number
            targets.append((self.tr("Document %1").replace("%1", str(number)), ("document", number)))
        for path in window.code_tree.selected_paths()[:1]:
            targets.append((self.tr("Code “%1”").replace("%1", path), ("code", path)))
        mark = window.coding.selected_mark()
        if mark is not None:
            targets.append((self.tr("Quotation %1").replace("%1", mark.quotation_id), ("quotation", mark.id)))
        return targets

    def new_memo(self, title: str | None = None, target: tuple[str, object] = ("project", None)) -> None:
        if title is None:
            dialog = NewMemoDialog(targets=self.memo_targets(), parent=self.window)
            if not dialog.exec() or not dialog.title.text().strip():
                return
            title, target = dialog.title.text().strip(), dialog.chosen_target()
        memo = self.window.run(lambda: memos.create_memo(
            self.window.project, title=title, target_type=target[0], target=target[1]))
        if memo is not None:
            self.window.docks.memos.raise_()
            self.window.memo_pane.select_memo(memo.id)

    def save_memo(self, memo_id: int, title: str, text: str) -> None:
        self.window.run(lambda: memos.edit_memo(self.window.project, memo_id=memo_id, title=title, text=text))

    def delete_memo(self, memo_id: int) -> None:
        if confirm(self.window, title=self.tr("Delete Memo"), text=self.tr("Delete this memo? You can undo this.")):
            self.window.run(lambda: memos.delete_memo(self.window.project, memo_id=memo_id))

    # --- coders -----------------------------------------------------------------------------

    def choose_coders(self) -> None:
        names = gui_queries.coder_names(self.window.project)
        style = self.window.document_view.style
        shown = set(names) if style.coders is None else set(style.coders)
        dialog = CheckListDialog(title=self.tr("Show Codings Of"), label=self.tr("Coders whose codings are shown:"),
                                 entries=[(name, name) for name in names], checked=shown, parent=self.window)
        if dialog.exec():
            self.window.set_visible_coders(dialog.checked_values())
