"""Quotation highlights, painted under the text for the blocks on screen only.

Character formats would make Qt re-itemise and re-shape every highlighted block (and a
QSyntaxHighlighter runs over the whole text when it is set: seconds of Python for a 1 MB
transcript). Instead the viewer paints translucent rectangles behind the lines of the
visible blocks, before Qt draws the text over them. Each block's rectangles are computed
once (a sweep over the marks touching it) and kept until its marks, the style or its line
breaks change; a new coding forgets only the blocks it spans. Underlines are one-pixel-high
rectangles too: filling one covers the same pixels as stroking the line with a one-pixel pen,
for a third of the calls, which matters where dozens of quotations overlap on every line.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import chain
from collections.abc import Iterable, Iterator
from time import perf_counter

from PySide6.QtCore import QObject, QRectF, QTimer
from PySide6.QtGui import QColor, QPainter, QPalette, QTextBlock
from PySide6.QtWidgets import QPlainTextEdit

from qda_app.core.spans import Utf16Map
from qda_app.gui.views.marks import MarkIndex, MarkStyle, blend

# One shape (a piece of a line with the same layers): rectangle, fill, and for overlaps the
# underline's height and colour; in coordinates relative to the block's top-left corner.
Shape = tuple[QRectF, QColor, float | None, QColor | None]
# One block's paint: its lines' layout (to notice re-wrapping or zoom), then its shapes.
BlockPaint = tuple[tuple[float, ...], list[Shape]]


class QuotationHighlighter:
    def __init__(self, *, index: MarkIndex, style: MarkStyle, palette: QPalette) -> None:
        self.index = index
        self.style = style
        self.utf16 = Utf16Map("")
        self._blocks: dict[int, BlockPaint] = {}  # block number -> what to paint
        # block number -> its shapes flattened to (rectangle, colour) in painting order
        self._rectangles: dict[int, list[tuple[QRectF, QColor]]] = {}
        self._fills: dict[tuple[str, ...], QColor] = {}
        self._underlines: dict[str, QColor] = {}
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
        self._rectangles.clear()
        self._fills.clear()
        self._colour.clear()

    def forget(self, mark_ids: Iterable[int], block_numbers: Iterable[int]) -> None:
        """Some marks changed: their colours and the blocks they span are stale."""
        for mark_id in mark_ids:
            self._colour.pop(mark_id, None)
        for number in block_numbers:
            self._blocks.pop(number, None)
            self._rectangles.pop(number, None)

    @property
    def cached_blocks(self) -> set[int]:
        return set(self._blocks)

    def paint(self, painter: QPainter, editor: QPlainTextEdit, blocks: Iterable[QTextBlock]) -> None:
        offset = editor.contentOffset()
        fill_rect, translate = painter.fillRect, painter.translate
        for block in blocks:
            rectangles = self._rectangles_of(block)
            if not rectangles:
                continue
            # Shapes are block-relative: move the painter once, not every rectangle.
            origin = editor.blockBoundingGeometry(block).translated(offset).topLeft()
            translate(origin)
            for rect, colour in rectangles:
                fill_rect(rect, colour)
            translate(-origin)

    def _rectangles_of(self, block: QTextBlock) -> list[tuple[QRectF, QColor]]:
        if not self._shapes(block):  # (recomputed first when the block's lines moved)
            return []
        return self._rectangles[block.blockNumber()]

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
        # The block is shaped now (cursorToX) and drawn again on every repaint: keep its glyphs,
        # which QTextLayout otherwise frees after each draw and shapes afresh for the next.
        layout.setCacheEnabled(True)
        shapes: list[Shape] = []
        # What is painted: neighbouring pieces of a line with the same fill and underline make
        # one run (a quotation ending under three others changes no colour), so dense overlaps
        # cost fewer rectangles. Runs cover exactly the pixels of their pieces.
        runs: list[list] = []  # [line number, x1, x2, fill, underline colour or None]
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
            # Overlaps also get an underline in the innermost code's colour, so two quotations
            # of similar colours stay distinguishable.
            colour = self._underline(layers[-1]) if depth > 1 else None
            line_number = max(0, bisect_right(line_starts, left16) - 1)
            while line_number < len(lines) and line_starts[line_number] < right16:
                low, high = max(left16, line_starts[line_number]), min(right16, line_ends[line_number])
                if low < high:
                    line = lines[line_number]
                    x1, x2 = x_at(line_number, low), x_at(line_number, high)
                    if x2 < x1:
                        x1, x2 = x2, x1
                    rect = QRectF(x1, line.y(), x2 - x1, line.height())
                    underline = None if colour is None else self._underline_y(line)
                    shapes.append((rect, fill, underline, colour))
                    last = runs[-1] if runs else None
                    if last is not None and last[0] == line_number and last[2] == x1 and last[3] is fill \
                            and last[4] is colour:
                        last[2] = x2
                    else:
                        runs.append([line_number, x1, x2, fill, colour])
                line_number += 1
        rectangles: list[tuple[QRectF, QColor]] = []
        for line_number, x1, x2, fill, colour in runs:
            line = lines[line_number]
            rectangles.append((QRectF(x1, line.y(), x2 - x1, line.height()), fill))
            if colour is not None:
                # The pixels a one-pixel pen with square caps covers from x1 to x2 at y.
                y = self._underline_y(line)
                rectangles.append((QRectF(x1 - 0.5, y - 0.5, x2 - x1 + 1, 1), colour))
        self._blocks[number] = (signature, shapes)
        self._rectangles[number] = rectangles
        return shapes

    @staticmethod
    def _underline_y(line) -> float:
        return line.y() + line.ascent() + 1.5

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
        # A mark joins the active layers at its start and leaves at its end (both inside the
        # block: touching() returns only marks overlapping it), so each boundary costs the marks
        # starting or ending there, not a pass over every active layer.
        starting: dict[int, list[int]] = {}
        ending: dict[int, list[int]] = {}
        for index, mark in enumerate(marks):
            starting.setdefault(max(start, mark.start), []).append(index)
            ending.setdefault(min(end, mark.end), []).append(index)
        cuts = sorted(starting.keys() | ending.keys())
        active: list[int] = []
        segments = []
        for left, right in zip(cuts, cuts[1:]):
            for index in ending.get(left, ()):
                active.remove(index)
            active.extend(starting.get(left, ()))
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

    def _underline(self, name: str) -> QColor:
        found = self._underlines.get(name)
        if found is None:
            found = self._underlines[name] = QColor(name)
        return found

    def _colour_of(self, mark) -> str | None:
        found = self._colour.get(mark.id, "")
        if found == "":
            found = self.style.colours(mark)[0] if self.style.is_shown(mark) else None
            self._colour[mark.id] = found
        return found


SLICE_SECONDS = 0.003  # idle work per event-loop pass: a wheel notch waits at most this (plus one block)


AFTER_ACTION_MS = 50  # idle work resumes after the action has been drawn (about three frames)


class ShapePrecomputer(QObject):
    """Works out blocks' rectangles in idle time, so scrolling finds them cached.

    Blocks nearest the viewport first (two below for one above: reading goes down), then
    the rest of the document, in slices of about 3 ms on a zero-interval timer. Laying a
    block out here is the work Qt would otherwise do in the paint that first shows it.
    Restarted from the viewport when the text, marks, style or size change, and when the view
    scrolls before a whole pass is done (blocks already cached cost a signature check); once
    every block is done, scrolling leaves it idle.
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
        self._complete = False  # a whole pass ended since the last restart
        self._width = -1  # the viewport width it was restarted for: the lines wrap to it

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def restart(self) -> None:
        self._complete = False
        self._width = self.editor.viewport().width()
        self._order = self._outward(self.editor.firstVisibleBlock())
        self.timer.start(0)

    def scrolled(self) -> None:
        """The view moved: go on from the new viewport, unless every block is done already.

        Scrolling changes no block's shapes; the viewport's width can change with it (a
        scroll bar shown or hidden re-wraps every line), and then everything is redone.
        """
        if self._complete and self.editor.viewport().width() == self._width:
            return
        self.restart()

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
        self._complete = False

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
        self._complete = True
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
