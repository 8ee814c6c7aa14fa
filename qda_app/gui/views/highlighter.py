"""Quotation highlights, painted under the text for the blocks on screen only.

Character formats would make Qt re-itemise and re-shape every highlighted block (and a
QSyntaxHighlighter runs over the whole text when it is set: seconds of Python for a 1 MB
transcript). Instead the viewer paints translucent rectangles behind the lines of the
visible blocks, before Qt draws the text over them. Each block's rectangles are computed
once (a sweep over the marks touching it) and kept until its marks, the style or its line
breaks change; a new coding forgets only the blocks it spans.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import chain
from collections.abc import Iterable, Iterator
from time import perf_counter

from PySide6.QtCore import QLineF, QObject, QPointF, QRectF, QTimer
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QTextBlock
from PySide6.QtWidgets import QPlainTextEdit

from qda_app.core.spans import Utf16Map
from qda_app.gui.views.marks import MarkIndex, MarkStyle, blend

# One shape: rectangle, fill, and for overlaps an underline and its colour; in coordinates
# relative to the block's top-left corner.
Shape = tuple[QRectF, QColor, QLineF | None, QColor | None]
# One block's paint: its lines' layout (to notice re-wrapping or zoom), then its shapes.
BlockPaint = tuple[tuple[float, ...], list[Shape]]


class QuotationHighlighter:
    def __init__(self, *, index: MarkIndex, style: MarkStyle, palette: QPalette) -> None:
        self.index = index
        self.style = style
        self.utf16 = Utf16Map("")
        self._blocks: dict[int, BlockPaint] = {}  # block number -> what to paint
        self._fills: dict[tuple[str, ...], QColor] = {}
        self._colour: dict[int, str | None] = {}  # mark id -> first colour, None when hidden
        self.set_palette(palette)

    def set_palette(self, palette: QPalette) -> None:
        self.base = palette.color(QPalette.ColorRole.Base)
        # Layers must stay readable on a dark base too: stronger tint when the base is dark.
        self.alpha = 0.38 if self.base.lightnessF() < 0.5 else 0.26
        self.clear_cache()

    def clear_cache(self) -> None:
        """Style or marks changed everywhere: every block is recomputed when next seen."""
        self._blocks.clear()
        self._fills.clear()
        self._colour.clear()

    def forget(self, mark_ids: Iterable[int], block_numbers: Iterable[int]) -> None:
        """Some marks changed: their colours and the blocks they span are stale."""
        for mark_id in mark_ids:
            self._colour.pop(mark_id, None)
        for number in block_numbers:
            self._blocks.pop(number, None)

    @property
    def cached_blocks(self) -> set[int]:
        return set(self._blocks)

    def paint(self, painter: QPainter, editor: QPlainTextEdit, blocks: Iterable[QTextBlock]) -> None:
        offset = editor.contentOffset()
        underline_pen = QPen()
        underline_pen.setWidthF(1.0)
        for block in blocks:
            shapes = self._shapes(block)
            if not shapes:
                continue
            # Shapes are block-relative: move the painter once, not every rectangle.
            origin = editor.blockBoundingGeometry(block).translated(offset).topLeft()
            painter.translate(origin)
            for rect, fill, underline, colour in shapes:
                painter.fillRect(rect, fill)
                if underline is not None:
                    underline_pen.setColor(colour)
                    painter.setPen(underline_pen)
                    painter.drawLine(underline)
            painter.translate(-origin)

    def _shapes(self, block: QTextBlock) -> list[Shape]:
        layout = block.layout()
        if layout is None or not layout.lineCount():
            return []
        lines = [layout.lineAt(number) for number in range(layout.lineCount())]
        signature = tuple(value for line in lines for value in (line.textStart(), line.y(), line.naturalTextWidth()))
        number = block.blockNumber()
        found = self._blocks.get(number)
        if found is not None and found[0] == signature:
            return found[1]
        shapes: list[Shape] = []
        line_starts = [line.textStart() for line in lines]
        line_ends = [start + line.textLength() for start, line in zip(line_starts, lines)]
        x_of: dict[tuple[int, int], float] = {}  # neighbouring segments share their edges

        def x_at(line_number: int, position: int) -> float:
            key = (line_number, position)
            found = x_of.get(key)
            if found is None:
                found = x_of[key] = lines[line_number].cursorToX(position)[0]
            return found

        for left16, right16, layers, depth in self._segments(block.position(), block.length() - 1):
            fill = self._fill(layers)
            line_number = max(0, bisect_right(line_starts, left16) - 1)
            while line_number < len(lines) and line_starts[line_number] < right16:
                low, high = max(left16, line_starts[line_number]), min(right16, line_ends[line_number])
                if low < high:
                    line = lines[line_number]
                    x1, x2 = x_at(line_number, low), x_at(line_number, high)
                    if x2 < x1:
                        x1, x2 = x2, x1
                    rect = QRectF(x1, line.y(), x2 - x1, line.height())
                    underline, colour = None, None
                    if depth > 1:
                        # Overlaps also get an underline in the innermost code's colour, so two
                        # quotations of similar colours stay distinguishable.
                        y = line.y() + line.ascent() + 1.5
                        underline, colour = QLineF(QPointF(x1, y), QPointF(x2, y)), QColor(layers[-1])
                    shapes.append((rect, fill, underline, colour))
                line_number += 1
        self._blocks[number] = (signature, shapes)
        return shapes

    def _segments(self, utf16_start: int, utf16_length: int) -> list[tuple[int, int, tuple[str, ...], int]]:
        """(start, end) relative to the block in UTF-16 units, colour layers and depth."""
        to_code_point, to_utf16 = self.utf16.to_code_point, self.utf16.to_utf16
        start = to_code_point(utf16_start)
        end = to_code_point(utf16_start + utf16_length)
        marks, colours = [], []
        for mark in self.index.touching(start, end):
            colour = self._colour_of(mark)
            if colour is not None:
                marks.append(mark)
                colours.append(colour)
        if not marks:
            return []
        # Sweep the block's boundaries once; at most the three innermost layers are blended,
        # which keeps the colour cache small and the colours readable.
        events: dict[int, list[int]] = {}
        for index, mark in enumerate(marks):
            events.setdefault(max(start, mark.start), []).append(index)
            events.setdefault(min(end, mark.end), [])
        cuts = sorted(events)
        active: list[int] = []
        segments = []
        for left, right in zip(cuts, cuts[1:]):
            active = [index for index in active if marks[index].end > left] + events[left]
            if not active:
                continue
            layers = tuple(colours[index] for index in active[-3:])
            segments.append((to_utf16(left) - utf16_start, to_utf16(right) - utf16_start, layers, len(active)))
        return segments

    def _fill(self, layers: tuple[str, ...]) -> QColor:
        found = self._fills.get(layers)
        if found is None:
            found = blend(self.base, list(layers), self.alpha)
            self._fills[layers] = found
        return found

    def _colour_of(self, mark) -> str | None:
        found = self._colour.get(mark.id, "")
        if found == "":
            found = self.style.colours(mark)[0] if self.style.is_shown(mark) else None
            self._colour[mark.id] = found
        return found


SLICE_SECONDS = 0.005  # idle work per event-loop pass: short enough not to delay input


AFTER_ACTION_MS = 50  # idle work resumes after the action has been drawn (about three frames)


class ShapePrecomputer(QObject):
    """Works out blocks' rectangles in idle time, so scrolling finds them cached.

    Blocks nearest the viewport first (two below for one above: reading goes down), then
    the rest of the document, in slices of about 5 ms on a zero-interval timer. Laying a
    block out here is the work Qt would otherwise do in the paint that first shows it.
    Restarted from the viewport when the text, marks, style, size or scroll position change;
    blocks already cached cost a signature check.
    """

    def __init__(self, editor: QPlainTextEdit, highlighter: QuotationHighlighter) -> None:
        super().__init__(editor)
        self.editor = editor
        self.highlighter = highlighter
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._run_slice)
        self._order: Iterator[QTextBlock] = iter(())

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def restart(self) -> None:
        self._order = self._outward(self.editor.firstVisibleBlock())
        self.timer.start(0)

    def queue(self, block_numbers: Iterable[int]) -> None:
        """Some blocks' shapes were forgotten (an action): recompute just those, ahead of the rest."""
        document = self.editor.document()
        blocks = [document.findBlockByNumber(number) for number in sorted(block_numbers)]
        self._order = chain(blocks, self._order)
        # Idle time begins once the action's repaint is on screen: wait a few frames for it.
        self.timer.start(AFTER_ACTION_MS)

    def cancel(self) -> None:
        self.timer.stop()
        self._order = iter(())

    def run_to_end(self) -> None:
        """Finish now (tests, benchmarks)."""
        self._work(None)
        self.timer.stop()

    def _run_slice(self) -> None:
        if self._work(perf_counter() + SLICE_SECONDS):
            self.timer.start(0)

    def _work(self, deadline: float | None) -> bool:
        """Compute blocks until the deadline; True when some remain."""
        layout = self.editor.document().documentLayout()
        shapes = self.highlighter._shapes
        for block in self._order:
            if not block.isValid() or not block.isVisible() or block.length() <= 1:
                continue
            if not block.layout().lineCount():
                layout.ensureBlockLayout(block)
            shapes(block)
            if deadline is not None and perf_counter() > deadline:
                return True
        return False

    @staticmethod
    def _outward(first: QTextBlock) -> Iterator[QTextBlock]:
        below, above = first, first.previous() if first.isValid() else first
        while below.isValid() or above.isValid():
            for _ in range(2):
                if below.isValid():
                    yield below
                    below = below.next()
            if above.isValid():
                yield above
                above = above.previous()
