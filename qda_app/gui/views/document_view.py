"""The central viewer: a read-only transcript with quotation highlights and the margin.

Positions crossing this widget's API are code points (the project's convention); the
conversion to Qt's UTF-16 positions happens here only, through core.spans.Utf16Map.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QRegion, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QSplitter, QTextEdit, QVBoxLayout, QWidget

from qda_app.core.spans import Utf16Map
from qda_app.gui.views.find_bar import FindBar
from qda_app.gui.views.highlighter import QuotationHighlighter, ShapePrecomputer
from qda_app.gui.views.margin import Margin
from qda_app.gui.views.marks import MarkIndex, MarkStyle
from qda_app.gui.views.quotation_handles import HandleDrag
from qda_app.gui.views.text_view import CODE_MIME, TextView, code_paths_from, utf16_map
from qda_app.services.gui_queries import QuotationMark

__all__ = ["CODE_MIME", "DocumentView", "TextView", "code_paths_from"]  # where other modules import them from


class DocumentView(QWidget):
    quotation_selected = Signal(object)  # quotation id or None
    selection_changed = Signal()
    resize_requested = Signal(int, int, int)  # quotation id, new start, new end (code points)
    comment_requested = Signal(int)  # quotation id (double-click on its bracket)
    quotation_menu_wanted = Signal(QMenu, int)  # fill the bracket's menu for the quotation
    codes_dropped_on_quotation = Signal(list, int)  # code paths, quotation id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentView")
        self.document_number: int | None = None
        self.selected_id: int | None = None
        self.hovered_id: int | None = None
        self._handles_drawn: list[QRect] = []
        self.index = MarkIndex()
        self.style = MarkStyle()
        self.text = ""
        self.utf16 = Utf16Map("")
        self.zoom_steps = 0
        self.editor = TextView(self)
        self.editor.setObjectName("documentText")
        self.margin = Margin(self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("viewerSplitter")
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.margin)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 300])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.splitter)
        self.highlighter = QuotationHighlighter(index=self.index, style=self.style, palette=self.editor.palette())
        self.shapes_ahead = ShapePrecomputer(self.editor, self.highlighter)
        self.editor.verticalScrollBar().valueChanged.connect(lambda *_: self.shapes_ahead.scrolled())
        self._apply_reading_font()
        self.editor.updateRequest.connect(lambda *_: self.margin.update())
        self.editor.selectionChanged.connect(self.selection_changed)
        self.margin.quotation_clicked.connect(self.select_quotation)
        self.margin.quotation_double_clicked.connect(self.comment_requested)
        self.margin.hovered_changed.connect(self.set_hovered)
        self.margin.menu_wanted.connect(self.quotation_menu_wanted)
        self.margin.codes_dropped.connect(self.codes_dropped_on_quotation)
        self.margin.widen_requested.connect(self.widen_margin)
        self.drag = HandleDrag(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.editor.setAccessibleName(self.tr("Document text"))
        self.setAccessibleName(self.tr("Document viewer"))
        self.find_bar.retranslate()
        self.margin.retranslate()

    # --- content ---------------------------------------------------------------------------

    def load(self, *, number: int | None, text: str, marks: list[QuotationMark]) -> None:
        """Show a document; highlights are painted for the blocks on screen only."""
        self.document_number = number
        self.selected_id = None
        self.hovered_id = None
        self.drag.cancel()
        self.text = text
        self.utf16 = utf16_map(text)
        self.highlighter.utf16 = self.utf16
        self.index.replace(marks)
        self.highlighter.clear_cache()
        self.editor.setPlainText(text)
        self.editor.setExtraSelections([])
        self.shapes_ahead.restart()
        self.margin.update()
        self.quotation_selected.emit(None)

    def update_marks(self, touched: set[int], fresh: list[QuotationMark]) -> None:
        """After an action: swap in the re-read marks; only the blocks they span are recomputed."""
        mine = [mark for mark in fresh if mark.document_number == self.document_number]
        old = self.index.update(touched, mine)
        numbers = self._block_numbers(old + mine)
        self.highlighter.forget([mark.id for mark in old + mine], numbers)
        self._update_blocks(numbers)
        self.shapes_ahead.queue(numbers)  # the other blocks' cached shapes are still right
        if self.selected_id is not None and self.selected_id not in self.index.by_id:
            self.select_quotation(None)
        else:
            self._show_selected()
        self.margin.update()

    def _update_blocks(self, numbers: set[int]) -> None:
        """Schedule a repaint of just the on-screen parts of these blocks."""
        editor, viewport = self.editor, self.editor.viewport()
        document, offset, screen = editor.document(), editor.contentOffset(), viewport.rect()
        region = QRegion()
        for number in numbers:
            block = document.findBlockByNumber(number)
            if block.isValid() and block.isVisible():
                rect = editor.blockBoundingGeometry(block).translated(offset).toAlignedRect()
                rect.setLeft(screen.left())
                rect.setRight(screen.right())  # the whole width: the text margins too
                region += rect & screen
        if not region.isEmpty():
            viewport.update(region)

    def _block_numbers(self, marks: list[QuotationMark]) -> set[int]:
        document = self.editor.document()
        numbers: set[int] = set()
        for mark in marks:
            first = document.findBlock(self.utf16.to_utf16(mark.start)).blockNumber()
            last = document.findBlock(self.utf16.to_utf16(max(mark.start, mark.end - 1))).blockNumber()
            numbers.update(range(max(first, 0), max(last, first) + 1))
        return numbers

    def restyle(self) -> None:
        """Colours, palette or coder filter changed: every block is recomputed when next painted."""
        self.highlighter.set_palette(self.editor.palette())
        self.editor.viewport().update()
        self.shapes_ahead.restart()
        self._show_selected()
        self.margin.forget_looks()
        self.margin.update()

    def visible_blocks(self, area: QRect | None = None) -> list[QTextBlock]:
        """The blocks on screen, top to bottom (partly visible ones included); with an area
        (what a paint event repaints), only the blocks crossing it."""
        editor = self.editor
        block = editor.firstVisibleBlock()
        offset = editor.contentOffset()
        height = editor.viewport().height()
        top, bottom = (None, height) if area is None else (area.top(), min(height, area.bottom()))
        blocks = []
        while block.isValid():
            if block.isVisible():
                geometry = editor.blockBoundingGeometry(block).translated(offset)
                if geometry.top() > bottom:
                    break
                if top is None or geometry.bottom() >= top:
                    blocks.append(block)
            block = block.next()
        return blocks

    # --- automation interface: code points in and out ----------------------------------------

    def show_document(self, number: int) -> None:
        window = self.window()
        if hasattr(window, "open_document"):
            window.open_document(number)

    def select_range(self, start: int, end: int) -> None:
        cursor = self.editor.textCursor()
        cursor.setPosition(self.utf16.to_utf16(start))
        cursor.setPosition(self.utf16.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def selected_range(self) -> tuple[int, int] | None:
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            return None
        return self.utf16.to_code_point(cursor.selectionStart()), self.utf16.to_code_point(cursor.selectionEnd())

    def selected_text(self) -> str:
        selected = self.selected_range()
        if selected is None:
            return ""
        return self.text[selected[0] : selected[1]]  # Python strings count code points too

    def selected_quotation(self) -> str | None:
        """The selected quotation's "D:Q", or None."""
        mark = self.index.by_id.get(self.selected_id) if self.selected_id is not None else None
        return mark.quotation_id if mark else None

    def select_quotation(self, quotation_id: int | None, *, scroll: bool = False) -> None:
        self.selected_id = quotation_id if quotation_id in self.index.by_id else None
        self.drag.cancel()
        if scroll and self.selected_id is not None:
            mark = self.index.by_id[self.selected_id]
            cursor = self.editor.textCursor()
            cursor.setPosition(self.utf16.to_utf16(mark.start))
            self.editor.setTextCursor(cursor)
            self.editor.centerCursor()
        self._show_selected()
        self.margin.update()
        self.quotation_selected.emit(self.selected_id)

    def click_at(self, position: int) -> None:
        """A plain click in the text: the innermost quotation there, the next one out on a repeat."""
        marks = sorted((mark for mark in self.index.at(position) if self.style.is_shown(mark)),
                       key=lambda mark: (mark.end - mark.start, mark.start, mark.id))
        if not marks:
            if self.selected_id is not None:
                self.select_quotation(None)
            return
        ids = [mark.id for mark in marks]
        chosen = ids[(ids.index(self.selected_id) + 1) % len(ids)] if self.selected_id in ids else ids[0]
        self.select_quotation(chosen)

    def step_quotation(self, step: int) -> None:
        """Select the next (step 1) or previous (-1) quotation after the selected one or the cursor."""
        marks = [mark for mark in self.index.sorted if self.style.is_shown(mark)]
        if not marks:
            return
        current = self.index.by_id.get(self.selected_id) if self.selected_id is not None else None
        if current is not None and current in marks:
            position = marks.index(current) + step
        else:
            here = self.utf16.to_code_point(self.editor.textCursor().position())
            later = [number for number, mark in enumerate(marks) if mark.start >= here]
            position = (later[0] if later else len(marks)) if step > 0 else (later[0] - 1 if later else len(marks) - 1)
        self.select_quotation(marks[position % len(marks)].id, scroll=True)
        self.editor.setFocus()

    def set_hovered(self, quotation_id: int | None) -> None:
        if quotation_id != self.hovered_id:
            self.hovered_id = quotation_id
            self._show_selected()

    def selected_colour(self) -> QColor:
        mark = self.index.by_id.get(self.selected_id) if self.selected_id is not None else None
        return QColor(self.style.colours(mark)[0]) if mark else QColor("#808080")

    def handle_rects(self) -> dict[str, QRect]:
        """The selected quotation's boundary handles, in the text viewport's coordinates."""
        return self.drag.handle_rects()

    def widen_margin(self, width: int) -> None:
        sizes = self.splitter.sizes()
        total = sum(sizes)
        width = min(width, total - 200)
        self.splitter.setSizes([total - width, width])

    def _extra_selection(self, start: int, end: int, colour: QColor, alpha: int, underline: bool) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self.utf16.to_utf16(start))
        cursor.setPosition(self.utf16.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        text_format = QTextCharFormat()
        fill = QColor(colour)
        fill.setAlpha(alpha)
        text_format.setBackground(fill)
        if underline:
            text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            text_format.setUnderlineColor(colour)
        selection.format = text_format
        return selection

    def _show_selected(self) -> None:
        selections = []
        hovered = self.index.by_id.get(self.hovered_id) if self.hovered_id is not None else None
        if hovered is not None and hovered.id != self.selected_id:
            selections.append(self._extra_selection(hovered.start, hovered.end,
                                                    QColor(self.style.colours(hovered)[0]), 70, True))
        mark = self.index.by_id.get(self.selected_id) if self.selected_id is not None else None
        if mark is not None:
            start, end = self.drag.preview or (mark.start, mark.end)
            selections.append(self._extra_selection(start, end, QColor(self.style.colours(mark)[0]), 110, True))
        self.editor.setExtraSelections(selections)
        # The handles are painted over the text: repaint where they were and where they are.
        handles = list(self.handle_rects().values())
        viewport = self.editor.viewport()
        for rect in self._handles_drawn + handles:
            viewport.update(rect.adjusted(-2, -2, 2, 2))
        self._handles_drawn = handles

    # --- geometry the margin asks for -------------------------------------------------------

    def visible_range(self) -> tuple[int, int]:
        blocks = self.visible_blocks()
        if not blocks:
            return 0, 0
        start = blocks[0].position()
        end = blocks[-1].position() + blocks[-1].length()
        return self.utf16.to_code_point(start), self.utf16.to_code_point(end)

    def screen_lines(self) -> tuple[tuple[int, int], list[int], list[int], list[int]]:
        """The visible range, and each laid-out line on screen: code-point start, top, bottom.

        One pass over the visible blocks (the margin asks at every scroll step), so the margin
        finds a bracket's ends by bisect instead of asking Qt for a block's geometry twice per
        quotation.
        """
        editor = self.editor
        offset = editor.contentOffset()
        height = editor.viewport().height()
        to_code_point = self.utf16.to_code_point
        starts: list[int] = []
        tops: list[int] = []
        bottoms: list[int] = []
        first = last = None
        block = editor.firstVisibleBlock()
        while block.isValid():
            if block.isVisible():
                geometry = editor.blockBoundingGeometry(block).translated(offset)
                block_top = geometry.top()
                if block_top > height:
                    break
                if first is None:
                    first = block
                last = block
                position = block.position()
                layout = block.layout()
                count = layout.lineCount() if layout else 0
                if not count:
                    starts.append(to_code_point(position))
                    tops.append(int(block_top))
                    bottoms.append(int(geometry.bottom()))
                for number in range(count):
                    line = layout.lineAt(number)
                    line_top = block_top + line.y()
                    starts.append(to_code_point(position + line.textStart()))
                    tops.append(int(line_top))
                    bottoms.append(int(line_top + line.height()))
            block = block.next()
        if first is None or last is None:
            return (0, 0), starts, tops, bottoms
        end = last.position() + last.length()
        return (to_code_point(first.position()), to_code_point(end)), starts, tops, bottoms

    def _line_rect(self, utf16_position: int) -> tuple[float, float]:
        editor = self.editor
        document = editor.document()
        block = document.findBlock(min(utf16_position, max(0, document.characterCount() - 1)))
        geometry = editor.blockBoundingGeometry(block).translated(editor.contentOffset())
        layout = block.layout()
        line = layout.lineForTextPosition(utf16_position - block.position()) if layout else None
        if line is None or not line.isValid():
            return geometry.top(), geometry.bottom()
        return geometry.top() + line.y(), geometry.top() + line.y() + line.height()

    def line_top(self, position: int) -> int:
        return int(self._line_rect(self.utf16.to_utf16(position))[0])

    def line_bottom(self, end: int) -> int:
        return int(self._line_rect(self.utf16.to_utf16(max(0, end - 1)))[1])

    # --- reading comfort -----------------------------------------------------------------------

    def _apply_reading_font(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() * 1.2 + self.zoom_steps))
        self.editor.setFont(font)
        self.editor.document().setDefaultFont(font)

    def zoom(self, steps: int) -> None:
        self.zoom_steps = max(-6, min(24, self.zoom_steps + steps))
        self._apply_reading_font()
        self.shapes_ahead.restart()
        self.margin.update()

    def find_text(self, pattern: str, *, backward: bool = False, case_sensitive: bool = False) -> bool:
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        if case_sensitive:
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.editor.find(pattern, flags):
            return True
        cursor = self.editor.textCursor()  # wrap around once
        cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
        self.editor.setTextCursor(cursor)
        return self.editor.find(pattern, flags)
