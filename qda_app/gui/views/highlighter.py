"""Quotation highlights, computed per text block as Qt lays the block out.

A QSyntaxHighlighter attaches formats to a block's layout without editing the document, so
drawing 5,000 highlights is one sweep per block over the marks touching that block, and a
new coding re-highlights only the blocks it spans.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from qda_app.core.spans import Utf16Map
from qda_app.gui.views.marks import MarkIndex, MarkStyle, blend


class QuotationHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, *, index: MarkIndex, style: MarkStyle,
                 palette: QPalette) -> None:
        self.index = index
        self.style = style
        self.utf16 = Utf16Map("")
        self._formats: dict[tuple[str, ...], QTextCharFormat] = {}
        self.set_palette(palette)
        super().__init__(document)

    def set_palette(self, palette: QPalette) -> None:
        self.base = palette.color(QPalette.ColorRole.Base)
        # Layers must stay readable on a dark base too: stronger tint when the base is dark.
        self.alpha = 0.38 if self.base.lightnessF() < 0.5 else 0.26
        self._formats.clear()

    def clear_cache(self) -> None:
        self._formats.clear()

    def _format(self, colours: tuple[str, ...], depth: int) -> QTextCharFormat:
        key = (*colours, str(depth))
        found = self._formats.get(key)
        if found is None:
            found = QTextCharFormat()
            found.setBackground(blend(self.base, list(colours), self.alpha))
            if depth > 1:
                # Overlaps also get an underline in the innermost code's colour, so two
                # quotations of similar colours stay distinguishable.
                found.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                found.setUnderlineColor(QColor(colours[-1]))
            self._formats[key] = found
        return found

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if not len(self.index):
            return
        block = self.currentBlock()
        utf16_start = block.position()
        start = self.utf16.to_code_point(utf16_start)
        end = self.utf16.to_code_point(utf16_start + len(text))
        marks = [mark for mark in self.index.touching(start, end) if self.style.is_shown(mark)]
        if not marks:
            return
        # Sweep the block's boundaries once; at most the three innermost layers are blended,
        # which keeps the format cache small and the colours readable.
        events: dict[int, list[int]] = {}
        for index, mark in enumerate(marks):
            events.setdefault(max(start, mark.start), []).append(index)
            events.setdefault(min(end, mark.end), [])
        cuts = sorted(events)
        active: list[int] = []
        colours = [self.style.colours(mark)[0] for mark in marks]
        for left, right in zip(cuts, cuts[1:]):
            active = [index for index in active if marks[index].end > left] + events[left]
            if not active:
                continue
            layers = tuple(colours[index] for index in active[-3:])
            left16 = self.utf16.to_utf16(left) - utf16_start
            right16 = self.utf16.to_utf16(right) - utf16_start
            self.setFormat(left16, right16 - left16, self._format(layers, min(len(active), 2)))
