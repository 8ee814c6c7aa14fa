"""The viewer after an action: marks swapped in place, only the touched blocks recomputed."""

from __future__ import annotations

import random

from PySide6.QtGui import QColor

from qda_app.core.spans import overlaps
from qda_app.gui.views.marks import MarkIndex
from qda_app.services import coding, gui_queries
from qda_app.store.viewer_queries import QuotationMark
from tests.gui.sample import TRANSCRIPT, shown_document


def _mark(mark_id: int, start: int, end: int) -> QuotationMark:
    return QuotationMark(mark_id, 1, 1, mark_id, start, end, "ana", "2024-01-01", "")


def _painted_colours(view, position: int) -> set[str]:
    """Fill colours the highlighter paints on the block holding a code-point position."""
    block = view.editor.document().findBlock(view.utf16.to_utf16(position))
    return {shape[1].name() for shape in view.highlighter._shapes(block)}


def test_index_update_matches_a_rebuild():
    rng = random.Random(3)
    live = {}
    for mark_id in range(200):
        start = rng.randrange(0, 2000)
        live[mark_id] = _mark(mark_id, start, start + rng.randint(1, 300))
    index = MarkIndex(live.values())
    for step in range(150):
        touched = set(rng.sample(sorted(live), 2)) | {1000 + step}
        fresh = []
        for mark_id in touched:
            if rng.random() < 0.3:
                live.pop(mark_id, None)
            else:
                start = rng.randrange(0, 2000)
                live[mark_id] = _mark(mark_id, start, start + rng.randint(1, 300))
                fresh.append(live[mark_id])
        index.update(touched, fresh)
        rebuilt = MarkIndex(live.values())
        assert index.sorted == rebuilt.sorted
        assert index.max_end == rebuilt.max_end
        assert index.touching(500, 700) == rebuilt.touching(500, 700)
        assert index.by_id == rebuilt.by_id


def test_lean_marks_agree_with_the_full_quotation_records(window):
    project = window.project
    marks = gui_queries.document_marks(project, document=1)
    full = [q for q in coding.list_quotations(project) if q.document_number == 1]
    assert sorted((m.quotation_id, m.start, m.end) for m in marks) == sorted((q.quotation_id, q.start, q.end) for q in full)
    codes = {code.id: code.path for code in window.codes_by_id.values()}
    for mark in marks:
        quotation = next(q for q in full if q.id == mark.id)
        assert tuple(codes[code_id] for code_id in mark.code_ids) == quotation.codes
        assert tuple(dict.fromkeys(coder for _, coder in mark.codings)) == quotation.coders
    assert gui_queries.quotation_marks(project, quotation_ids=[marks[0].id, 987654]) == [marks[0]]


def test_coding_a_selection_updates_only_its_blocks(window):
    view = shown_document(window)
    highlighter = view.highlighter
    cached = highlighter.cached_blocks
    assert cached, "the visible blocks were painted"
    start = TRANSCRIPT.index("Entrevistador")
    block_number = view.editor.document().findBlock(view.utf16.to_utf16(start)).blockNumber()
    assert QColor("#3cb44b").name() not in {c for c in _painted_colours(view, start)}
    view.select_range(start, start + 13)
    window.code_tree.select_codes(["Cultura política::Paternalismo"])
    window.registry["actionQuickCode"].trigger()
    made = [mark for mark in view.index.sorted if (mark.start, mark.end) == (start, start + 13)]
    assert len(made) == 1 and view.selected_id == made[0].id
    # The new mark's block was forgotten, the others kept their painting.
    assert highlighter.cached_blocks == cached - {block_number}
    assert len(_painted_colours(view, start)) == 1  # a highlight where there was none
    assert view.index.sorted == gui_queries.document_marks(window.project, document=1)
    view.margin.repaint()
    assert made[0].id in {mark_id for _, mark_id in view.margin.hits}
    window.undo_stack.undo()
    assert made[0].id not in view.index.by_id
    assert not _painted_colours(view, start)
    view.margin.repaint()
    assert made[0].id not in {mark_id for _, mark_id in view.margin.hits}
    window.undo_stack.redo()
    assert [mark.id for mark in view.index.sorted] == [
        mark.id for mark in gui_queries.document_marks(window.project, document=1)]
    assert _painted_colours(view, start)


def test_overlaps_are_underlined_and_the_coder_filter_repaints(window):
    view = shown_document(window)
    overlap_start = TRANSCRIPT.index("La torta") + 50
    block = view.editor.document().findBlock(view.utf16.to_utf16(overlap_start))
    shapes = view.highlighter._shapes(block)
    assert any(underline is not None for _, _, underline, _ in shapes), "overlap is underlined"
    window.set_visible_coders(["ana"])
    shapes = view.highlighter._shapes(block)
    assert shapes and all(underline is None for _, _, underline, _ in shapes)  # beto's layer hidden
    view.margin.repaint()
    beto = [mark.id for mark in view.index.sorted if mark.created_by == "beto"]
    assert beto and not set(beto) & {mark_id for _, mark_id in view.margin.hits}
    window.set_visible_coders(None)
    view.margin.repaint()
    assert set(beto) <= {mark_id for _, mark_id in view.margin.hits}


def test_brackets_of_overlapping_quotations_sit_side_by_side(window):
    view = shown_document(window)
    view.margin.repaint()
    rects = {mark_id: rect for rect, mark_id in view.margin.hits}
    overlapping = [mark for mark in view.index.sorted if mark.id in rects]
    assert len(overlapping) >= 2
    for mark in overlapping:
        for other in overlapping:
            if other.id != mark.id and overlaps(mark.start, mark.end, other.start, other.end):
                assert rects[mark.id].left() != rects[other.id].left()


def test_idle_precompute_paints_what_a_fresh_computation_paints(window, qtbot):
    view = shown_document(window)
    highlighter, precompute = view.highlighter, view.shapes_ahead
    assert precompute.running, "opening starts the idle-time precompute"
    qtbot.waitUntil(lambda: not precompute.running)
    document = view.editor.document()
    coded = [document.findBlock(view.utf16.to_utf16(mark.start)).blockNumber() for mark in view.index.sorted]
    assert set(coded) <= highlighter.cached_blocks
    cached = {number: highlighter._blocks[number] for number in highlighter.cached_blocks}
    highlighter.clear_cache()
    for number, (signature, shapes) in cached.items():
        fresh = highlighter._shapes(document.findBlockByNumber(number))
        assert highlighter._blocks[number][0] == signature
        assert fresh == shapes, number
    # An action restarts it; blocks it did not touch stay cached.
    view.select_range(0, 8)
    window.code_tree.select_codes(["Cultura política::Paternalismo"])
    window.registry["actionQuickCode"].trigger()
    assert precompute.running
    precompute.run_to_end()
    assert document.findBlock(0).blockNumber() in highlighter.cached_blocks


def test_coding_draws_the_viewer_first_and_the_panes_follow(window, qtbot):
    """The highlight and counts show at once; the quotation manager and document list follow
    once the event loop runs (one refresh for a burst of actions), and match a full reload."""
    from qda_app.gui import refresh

    view = shown_document(window)
    source = window.docks.quotation_pane.source
    rows = source.project_total
    view.select_range(0, 8)
    window.code_tree.select_codes(["Cultura política::Paternalismo"])  # the manager lists that code's
    shown = source.rowCount()
    window.registry["actionQuickCode"].trigger()
    created = view.selected_id
    assert created is not None and created in view.index.by_id  # the highlight and bracket: now
    assert refresh.panes_pending(window)
    assert source.rowCount() == shown and source.project_total == rows  # not yet
    qtbot.waitUntil(lambda: not refresh.panes_pending(window), timeout=2000)
    assert source.project_total == rows + 1 and source.rowCount() == source.total == shown + 1
    assert created in [quotation.id for quotation in source.rows]
    updated = list(source.rows)
    source.reload()
    assert source.rows == updated  # the row put in place matches a full read
    window.code_tree.select_codes([])
    assert sorted(source.rows, key=lambda q: q.id) == sorted(coding.list_quotations(window.project), key=lambda q: q.id)
    shown = list(window.docks.document_pane.list.source.rows)
    refresh.reload_documents(window)
    assert list(window.docks.document_pane.list.source.rows) == shown
    # A jump reads the quotation manager's rows: pending refreshes are applied first.
    window.undo_stack.undo()
    window.undo_stack.redo()
    assert refresh.panes_pending(window)
    window.jump_to_quotation(created)
    assert not refresh.panes_pending(window)
    assert view.selected_id == created
