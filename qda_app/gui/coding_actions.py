"""Coding actions on the viewer's selection or selected quotation.

Each handler calls one service function (one transaction, one CommandRecord); the undo
stack and the views learn about it from the project's notice, not from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from qda_app.core.model import CODE_PATH_SEPARATOR
from qda_app.gui.dialogs.auto_code_dialog import AutoCodeDialog
from qda_app.gui.dialogs.code_chooser import CodeChooser
from qda_app.gui.dialogs.common import ask_item
from qda_app.services import codes as code_service
from qda_app.services import coding, gui_queries
from qda_app.services.gui_queries import QuotationMark, SearchHit

if TYPE_CHECKING:
    from qda_app.gui.main_window import MainWindow

IN_VIVO_MAX = 80


class CodingActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @property
    def view(self):
        return self.window.document_view

    def selected_mark(self) -> QuotationMark | None:
        quotation = self.view.selected_id
        return self.view.index.by_id.get(quotation) if quotation is not None else None

    def mark_paths(self, mark: QuotationMark) -> list[str]:
        codes = self.window.codes_by_id
        return [codes[code_id].path for code_id in mark.code_ids if code_id in codes]

    # --- applying codes ------------------------------------------------------------------------

    def apply_codes(self, paths: list[str]) -> None:
        """Code the text selection (new or reused quotation), else the selected quotation."""
        if not paths or self.window.project is None:
            return
        with self.window.holding_actions():
            self._apply_codes(paths)

    def _apply_codes(self, paths: list[str]) -> None:
        window = self.window
        selected = self.view.selected_range()
        if selected is not None and self.view.document_number is not None:
            quotation = window.run(lambda: coding.code_span(
                window.project, document=self.view.document_number, start=selected[0], end=selected[1], codes=paths))
        elif self.selected_mark() is not None:
            quotation = window.run(lambda: coding.code_quotation(
                window.project, quotation=self.selected_mark().id, codes=paths))
        else:
            return
        if quotation is not None:
            self.window.settings.add_recent_codes(paths)
            if selected is not None:  # the new highlight shows instead of the blue selection
                cursor = self.view.editor.textCursor()
                cursor.clearSelection()
                self.view.editor.setTextCursor(cursor)
            self.view.select_quotation(quotation.id)

    def quick_code(self) -> None:
        self.apply_codes(self.window.code_tree.selected_paths())

    def code_selection(self) -> CodeChooser:
        chooser = CodeChooser(code_service.list_codes(self.window.project), self.window,
                              title=self.tr("Code Selection"), recent=self.window.settings.recent_codes())
        chooser.chosen.connect(self.apply_codes)
        chooser.open()
        return chooser

    def in_vivo(self) -> None:
        words = " ".join(self.view.selected_text().split())
        if not words:
            return
        name = words.replace(CODE_PATH_SEPARATOR, ":")
        if len(name) > IN_VIVO_MAX:
            name = name[: IN_VIVO_MAX - 1].rstrip() + "…"
        self.apply_codes([name])

    def codes_dropped(self, paths: list[str], position: int) -> None:
        selected = self.view.selected_range()
        if selected is None or not selected[0] <= position <= selected[1]:
            marks = self.view.index.at(position)
            if not marks:
                return
            self.view.select_quotation(marks[-1].id)
            cursor = self.view.editor.textCursor()
            cursor.clearSelection()
            self.view.editor.setTextCursor(cursor)
        self.apply_codes(paths)

    def codes_dropped_on_quotation(self, paths: list[str], quotation_id: int) -> None:
        """Codes dropped on a bracket code that quotation, whatever text is selected."""
        cursor = self.view.editor.textCursor()
        cursor.clearSelection()
        self.view.editor.setTextCursor(cursor)
        self.view.select_quotation(quotation_id)
        self.apply_codes(paths)

    # --- the selected quotation -------------------------------------------------------------

    def remove_code(self) -> None:
        mark = self.selected_mark()
        if mark is None:
            return
        paths = self.mark_paths(mark)
        chosen = [path for path in self.window.code_tree.selected_paths() if path in paths]
        if len(paths) == 1:
            path = paths[0]
        elif chosen:
            path = chosen[0]
        else:
            path = ask_item(self.window, title=self.tr("Remove Code"), label=self.tr("Code to remove:"), items=paths)
        if path:
            self.window.run(lambda: coding.uncode_quotation(self.window.project, quotation=mark.id, code=path))

    def delete_quotation(self) -> None:
        mark = self.selected_mark()
        if mark is not None:
            self.window.run(lambda: coding.delete_quotation(self.window.project, quotation=mark.id))

    def comment(self, text: str | None = None) -> None:
        """The comment pane on the selected quotation; with a text, that text as its comment."""
        mark = self.selected_mark()
        if mark is None:
            return
        if text is None:
            self.window.edit_comment(mark.id)
        else:
            self.window.run(lambda: coding.comment_quotation(self.window.project, quotation=mark.id, comment=text))

    def toggle_representative(self) -> None:
        mark = self.selected_mark()
        if mark is None:
            return
        paths = self.mark_paths(mark)
        chosen = [path for path in self.window.code_tree.selected_paths() if path in paths] or paths[:1]
        if not chosen:
            return
        code_id = self.window.code_ids_by_path.get(chosen[0])
        marked = code_id not in mark.representative_of
        self.window.run(lambda: coding.mark_representative(
            self.window.project, quotation=mark.id, code=chosen[0], marked=marked))

    def resize_quotation(self, quotation_id: int, start: int, end: int) -> None:
        """New boundaries from the handles: one undoable action."""
        self.window.run(lambda: coding.resize_quotation(self.window.project, quotation=quotation_id, start=start, end=end))

    def resize_to_selection(self) -> None:
        mark, selected = self.selected_mark(), self.view.selected_range()
        if mark is not None and selected is not None:
            self.window.run(lambda: coding.resize_quotation(
                self.window.project, quotation=mark.id, start=selected[0], end=selected[1]))

    # --- search and auto-coding --------------------------------------------------------------

    def code_all_in_document(self, pattern: str, case_sensitive: bool) -> None:
        if self.view.document_number is None:
            return
        hits = gui_queries.search_documents(self.window.project, pattern=pattern,
                                            documents=[self.view.document_number], case_sensitive=case_sensitive)
        self.code_hits(hits)

    def search(self, pattern: str, case_sensitive: bool, whole_words: bool) -> None:
        hits = gui_queries.search_documents(self.window.project, pattern=pattern, case_sensitive=case_sensitive,
                                            whole_words=whole_words)
        self.window.docks.search_panel.show_hits(hits)

    def code_hits(self, hits: list[SearchHit]) -> AutoCodeDialog | None:
        """Preview the hits widened to a unit (speaker turn, sentence…), tick, code: one undo step."""
        window = self.window
        if not hits or window.project is None:
            return None
        texts = {number: gui_queries.document_text(window.project, document=number)
                 for number in {hit.document_number for hit in hits}}
        dialog = AutoCodeDialog(hits, texts, [code.path for code in code_service.list_codes(window.project)],
                                window, recent=window.settings.recent_codes())

        def apply(spans: list[tuple[int, int, int]], path: str) -> None:
            if window.run(lambda: gui_queries.code_spans(window.project, spans=spans, codes=[path])) is not None:
                window.settings.add_recent_codes([path])
                window.statusBar().showMessage(self.tr("Coded %1 passages with %2").replace(
                    "%1", str(len(spans))).replace("%2", path), 8000)

        dialog.chosen.connect(apply)
        dialog.open()
        return dialog

    def show_hit(self, hit: SearchHit) -> None:
        self.window.open_document(hit.document_number)
        self.view.select_range(hit.start, hit.end)
