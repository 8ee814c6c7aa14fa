"""Shortcuts taken for speed that must not change what the user sees or can do.

Highlights and brackets are filled rectangles covering the pixels the pen lines covered;
neighbouring highlight pieces of the same colours are painted as one run; the precompute
rests once every block is done; the actions follow
the state however many signals ask for it.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QLineF, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QRegion

from qda_app.gui import refresh
from qda_app.gui.views.margin import STROKE, SELECTED_STROKE, TICK, fill_bracket
from qda_app.gui.views.marks import MarkIndex
from qda_app.services import coding, documents
from qda_app.store.viewer_queries import QuotationMark
from tests.gui.sample import TRANSCRIPT, shown_document


def _render(size, draw) -> QImage:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    draw(painter)
    painter.end()
    return image


def test_highlights_paint_the_pixels_of_fills_and_pen_underlines(window):
    view = shown_document(window)
    # Four quotations staggered over one stretch: where the outermost ends, the three
    # innermost layers (and so the colours) stay the same and the pieces make one run.
    start = TRANSCRIPT.index("La torta")
    for offset, end in ((0, 60), (10, 120), (20, 120), (30, 120)):
        code = "Cultura política::Paternalismo" if offset % 20 else "Centralismo::Recorte presupuestal"
        coding.code_span(window.project, document=1, start=start + offset, end=start + end, codes=[code])
    editor, highlighter = view.editor, view.highlighter
    blocks = view.visible_blocks()
    painted = _render(editor.viewport().size(), lambda painter: highlighter.paint(painter, editor, blocks))

    def with_pen_lines(painter: QPainter) -> None:
        """Every piece filled, and overlaps underlined with a one-pixel pen, piece by piece."""
        pen = QPen()
        pen.setWidthF(1.0)
        offset = editor.contentOffset()
        for block in blocks:
            origin = editor.blockBoundingGeometry(block).translated(offset).topLeft()
            painter.translate(origin)
            for rect, fill, underline, colour in highlighter._shapes(block):
                painter.fillRect(rect, fill)
                if underline is not None:
                    pen.setColor(colour)
                    painter.setPen(pen)
                    painter.drawLine(QLineF(QPointF(rect.left(), underline), QPointF(rect.right(), underline)))
            painter.translate(-origin)

    assert painted == _render(editor.viewport().size(), with_pen_lines)
    number = editor.document().findBlock(view.utf16.to_utf16(start)).blockNumber()
    pieces = sum(1 + (underline is not None) for _, _, underline, _ in highlighter._shapes(
        editor.document().findBlockByNumber(number)))
    assert len(highlighter._rectangles[number]) < pieces, "neighbouring pieces were painted as runs"


@pytest.mark.parametrize("stroke", [STROKE, SELECTED_STROKE])
def test_brackets_fill_the_pixels_of_pen_lines(qapp, stroke):
    rng = random.Random(stroke)
    colour = QColor("#e6194b")
    pen = QPen(colour, stroke)
    for _ in range(200):
        x, top = rng.randint(2, 150), rng.randint(2, 100)
        bottom = top + rng.randint(6, 90)

        def lines(painter: QPainter) -> None:
            painter.setPen(pen)
            painter.drawLine(x, top, x, bottom)
            painter.drawLine(x, top, x + TICK, top)
            painter.drawLine(x, bottom, x + TICK, bottom)

        filled = _render(QSize(200, 200),
                         lambda painter: fill_bracket(painter.fillRect, x, top, bottom, stroke, colour))
        assert filled == _render(filled.size(), lines), (x, top, bottom)


def test_margin_hits_find_the_brackets_under_the_pointer(window):
    view = shown_document(window)
    view.margin.repaint()
    hits = view.margin.hits
    assert hits
    # a click on a bracket or on its label selects that quotation
    labels = [(entry.label, entry.mark.id) for entry in view.margin.geometry_drawn.placed]
    for y in range(0, view.margin.height(), 3):
        for x in range(0, view.margin.width(), 5):
            point = QPoint(x, y)
            expected = next((mark_id for (rect, mark_id), (label, _) in zip(reversed(hits), reversed(labels))
                             if rect.contains(point) or label.contains(point)), None)
            found = view.margin.mark_at(point)
            assert (found.id if found else None) == expected


def test_precompute_rests_when_scrolling_after_a_whole_pass(window, qtbot):
    documents.add_text_document(window.project, name="Largo", text=TRANSCRIPT * 40)
    view = shown_document(window, 3)
    precompute = view.shapes_ahead
    bar = view.editor.verticalScrollBar()
    assert bar.maximum() > 10
    precompute.run_to_end()
    assert not precompute.running
    bar.setValue(bar.maximum())  # nothing to redo: every block's shapes are current
    assert not precompute.running
    view.restyle()  # colours changed: everything is redone, from the viewport
    assert precompute.running
    bar.setValue(0)
    assert precompute.running
    qtbot.waitUntil(lambda: not precompute.running, timeout=5000)
    # A narrower viewport re-wraps the lines: the next scroll starts a pass again.
    view.editor.resize(view.editor.width() - 120, view.editor.height())
    qtbot.waitUntil(lambda: not precompute.running, timeout=5000)
    bar.setValue(5)
    assert not precompute.running
    precompute._width += 1  # as if a scroll bar had appeared without the editor resizing
    bar.setValue(1)
    assert precompute.running


def test_running_maximum_mends_after_the_longest_quotation_goes():
    def mark(mark_id: int, start: int, end: int) -> QuotationMark:
        return QuotationMark(mark_id, 1, 1, mark_id, start, end, "ana", "2024-01-01", "")

    marks = [mark(0, 0, 10_000)] + [mark(k, 10 * k, 10 * k + 15) for k in range(1, 300)]
    index = MarkIndex(marks)
    index.update({0}, [])  # the long one is deleted: every later maximum drops
    assert index.max_end == MarkIndex(marks[1:]).max_end
    index.update({7, 1000}, [mark(7, 70, 9_000), mark(1000, 5, 6)])  # lengthened, and a new one
    live = [m for m in marks[1:] if m.id != 7] + [mark(7, 70, 9_000), mark(1000, 5, 6)]
    assert index.sorted == MarkIndex(live).sorted
    assert index.max_end == MarkIndex(live).max_end
    assert index.touching(8_000, 8_001) == [mark(7, 70, 9_000)]


def test_actions_follow_the_state(window):
    view = shown_document(window)
    quick, undo, redo = (window.registry[name] for name in ("actionQuickCode", "actionUndo", "actionRedo"))
    remove = window.registry["actionRemoveCode"]
    view.select_quotation(None)
    cursor = view.editor.textCursor()
    cursor.clearSelection()
    view.editor.setTextCursor(cursor)
    window.code_tree.select_codes([])
    assert not quick.isEnabled() and not remove.isEnabled()
    view.select_range(0, 8)
    assert not quick.isEnabled()  # a selection, but no code chosen
    window.code_tree.select_codes(["Cultura política::Paternalismo"])
    assert quick.isEnabled()
    assert not undo.isEnabled()
    quick.trigger()
    assert undo.isEnabled() and not redo.isEnabled() and remove.isEnabled()
    undo.trigger()
    assert redo.isEnabled() and not remove.isEnabled()  # the quotation is gone again
    redo.trigger()
    assert undo.isEnabled() and not redo.isEnabled()


def test_document_counts_follow_an_action_in_place(window, qtbot):
    view = shown_document(window)
    source = window.docks.document_pane.list.source
    before = {document.number: document.quotation_count for document in source.rows}
    resets = []
    source.modelReset.connect(lambda: resets.append(True))
    view.select_range(0, 8)
    window.code_tree.select_codes(["Cultura política::Paternalismo"])
    window.registry["actionQuickCode"].trigger()
    qtbot.waitUntil(lambda: not refresh.panes_pending(window), timeout=2000)
    assert {document.number: document.quotation_count for document in source.rows} == {
        **before, 1: before[1] + 1}
    assert not resets, "the list kept its rows, selection and scroll"


def test_repainting_part_of_the_text_paints_its_highlights_as_a_full_repaint_does(window):
    view = shown_document(window)
    viewport = view.editor.viewport()
    full = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)
    viewport.render(full)
    for top in range(0, viewport.height() - 40, 37):
        area = QRect(0, top, viewport.width(), 40)
        part = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)
        part.fill(Qt.GlobalColor.transparent)
        viewport.render(part, area.topLeft(), QRegion(area))  # the paint event repaints only the area
        assert part.copy(area) == full.copy(area), top
