"""Comments and memos, saved as typed: the comment pane's target, saving drafts, recovery.

One AutoSaver for the memo pane and one for the comment pane. Each save is one service call
(one undo step per burst of typing). Drafts left by a crash are put back when the project
opens, each as one undoable action, and the status bar says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from qda_app.core.errors import DocumentNotFound, MemoNotFound, QdaError, QuotationNotFound
from qda_app.gui.drafts import AutoSaver, Draft, pending_drafts
from qda_app.gui.dialogs.common import show_error
from qda_app.services import codes as code_service
from qda_app.services import coding, memos

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow


# The tables whose change can alter what the comment pane shows, per kind of target.
WATCHED = {"quotation": frozenset({"quotations"}), "code": frozenset({"codes"}),
           "document": frozenset({"memos", "memo_links"})}


class NotesActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.comment_pane = window.docks.comment_pane
        self.memo_saver = AutoSaver(save=self.save_draft, project_path=self._project_path, parent=self)
        self.comment_saver = AutoSaver(save=self.save_draft, project_path=self._project_path, parent=self)
        window.memo_pane.saver = self.memo_saver
        self.comment_pane.typed.connect(
            lambda kind, target, text: self.comment_saver.changed(Draft(kind, target, text)))
        window.document_view.quotation_selected.connect(self._quotation_selected)
        window.code_tree.codes_selected.connect(self._codes_selected)

    def _project_path(self) -> Path | None:
        project = self.window.project
        return project.path if project is not None and not project.read_only else None

    # --- saving -------------------------------------------------------------------------------

    def save_draft(self, draft: Draft) -> bool:
        project = self.window.project
        if project is None or project.read_only:
            return False
        try:
            if draft.kind == "memo":
                current = memos.get_memo(project, draft.target)
                title = draft.title if draft.title and draft.title.strip() else current.title
                if (current.title, current.text) != (title, draft.text):
                    memos.edit_memo(project, memo_id=draft.target, title=title, text=draft.text)
            elif draft.kind == "quotation":
                coding.comment_quotation(project, quotation=draft.target, comment=draft.text)
            elif draft.kind == "code":
                path = code_service.code_paths_by_id(project).get(draft.target)
                if path is not None:
                    code_service.describe_code(project, path=path, description=draft.text)
            elif draft.kind == "document":
                self._save_document_note(draft.target, draft.text)
        except (MemoNotFound, QuotationNotFound, DocumentNotFound):
            return True  # what it was typed for was deleted meanwhile (and its undo brings the last save back)
        except QdaError as error:
            show_error(self.window, error)
            return False
        return True

    def _document_memo(self, number: int):
        found = memos.list_memos(self.window.project, target_type="document", target=number)
        return found[0] if found else None

    def _save_document_note(self, number: int, text: str) -> None:
        memo = self._document_memo(number)
        if memo is None:
            title = self.tr("Comment on document %1").replace("%1", str(number))
            memos.create_memo(self.window.project, title=title, text=text, target_type="document", target=number)
        elif memo.text != text:
            memos.edit_memo(self.window.project, memo_id=memo.id, text=text)

    def flush(self) -> None:
        """Save whatever was typed and not yet saved (before closing or switching project)."""
        self.memo_saver.flush()
        self.comment_saver.flush()

    # --- what the comment pane shows -------------------------------------------------------

    def _quotation_selected(self, quotation_id: int | None) -> None:
        if quotation_id is not None:
            self.show_quotation(quotation_id)
        elif self.window.document_view.document_number is not None:
            self.show_document(self.window.document_view.document_number)

    def _codes_selected(self, paths: list[str]) -> None:
        if len(paths) == 1 and paths[0] in self.window.code_ids_by_path:
            self.show_code(self.window.code_ids_by_path[paths[0]])

    def show_quotation(self, quotation_id: int) -> None:
        mark = self.window.document_view.index.by_id.get(quotation_id)
        if mark is None:
            return
        self.comment_saver.flush()
        self.comment_pane.show_target("quotation", quotation_id, mark.comment,
                                      self.tr("Comment on quotation %1").replace("%1", mark.quotation_id))

    def show_code(self, code_id: int) -> None:
        code = self.window.codes_by_id.get(code_id)
        if code is None:
            return
        self.comment_saver.flush()
        self.comment_pane.show_target("code", code_id, code.description,
                                      self.tr("Definition of code %1").replace("%1", code.path))

    def show_document(self, number: int) -> None:
        if self.window.project is None:
            return
        self.comment_saver.flush()
        memo = self._document_memo(number)
        self.comment_pane.show_target("document", number, memo.text if memo else "",
                                      self.tr("Comment on document %1").replace("%1", str(number)))

    def retranslate(self) -> None:
        """After a language switch: the pane's heading ("Comment on document 1") in the new one."""
        pane = self.comment_pane
        if pane.kind == "quotation":
            mark = self.window.document_view.index.by_id.get(pane.target)
            if mark is not None:
                pane.heading.setText(self.tr("Comment on quotation %1").replace("%1", mark.quotation_id))
        elif pane.kind == "code":
            code = self.window.codes_by_id.get(pane.target)
            if code is not None:
                pane.heading.setText(self.tr("Definition of code %1").replace("%1", code.path))
        elif pane.kind == "document":
            pane.heading.setText(self.tr("Comment on document %1").replace("%1", str(pane.target)))

    def refresh(self, tables: frozenset[str] = frozenset({"*"})) -> None:
        """After a change (an undo too) to what the pane shows: the stored text, unless typing is under way."""
        pane = self.comment_pane
        if pane.kind is None or self.comment_saver.pending is not None or self.window.project is None:
            return
        if "*" not in tables and not tables & WATCHED[pane.kind]:
            return  # coding touches quotations and codings, not the document's note
        if pane.kind == "quotation":
            mark = self.window.document_view.index.by_id.get(pane.target)
            if mark is not None:
                pane.set_text(mark.comment)
        elif pane.kind == "code":
            code = self.window.codes_by_id.get(pane.target)
            if code is not None:
                pane.set_text(code.description)
        elif pane.kind == "document":
            memo = self._document_memo(pane.target)
            pane.set_text(memo.text if memo else "")

    def edit_comment(self, quotation_id: int) -> None:
        """Double-click on a bracket: its comment, ready for typing."""
        self.window.document_view.select_quotation(quotation_id)
        self.show_quotation(quotation_id)
        self.window.docks.comments.show()
        self.window.docks.comments.raise_()
        self.comment_pane.editor.setFocus()

    # --- after a crash ------------------------------------------------------------------------

    def recover_drafts(self) -> int:
        """Put back what was typed and not saved when the program last stopped."""
        path = self._project_path()
        if path is None:
            return 0
        recovered = 0
        for draft in pending_drafts(path):
            if self.save_draft(draft):
                recovered += 1
            if draft.path is not None:
                draft.path.unlink(missing_ok=True)
        if recovered:
            self.window.statusBar().showMessage(
                self.tr("Recovered %1 unsaved text(s) from the last session.").replace("%1", str(recovered)), 10000)
        return recovered
