"""A coding does the work it needs and no more: no pane laid out again for a new count or
heading, no repaint behind the quotation table, no rewording of the whole undo history.

Counted through event spies (layout requests, paint regions) and call counters; no timing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QImage, QRegion
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from qda_app.gui import main_window as main_window_module
from qda_app.gui import refresh
from qda_app.gui.views.heading_label import HeadingLabel
from tests.gui.sample import shown_document

CODE = "Cultura política::Paternalismo"


class EventSpy(QObject):
    """Records, per receiver's objectName, the events of one type (and the painted regions)."""

    def __init__(self, kind: QEvent.Type) -> None:
        super().__init__()
        self.kind = kind
        self.seen: dict[str, int] = {}
        self.regions: dict[str, QRegion] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == self.kind:
            name = watched.objectName()
            self.seen[name] = self.seen.get(name, 0) + 1
            if self.kind == QEvent.Type.Paint:
                self.regions[name] = self.regions.get(name, QRegion()) + event.region()
        return False


def settle(window) -> None:
    """Every deferred refresh run and every posted event handled, as the event loop would."""
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()
        refresh.flush_panes(window)
    app.processEvents()


def code_a_selection(window, start: int, end: int) -> None:
    view = window.document_view
    view.select_range(start, end)
    window.code_tree.select_codes([CODE])  # the quotation manager lists the code's quotations
    settle(window)
    window.registry["actionQuickCode"].trigger()


def test_a_coding_lays_out_neither_the_quotation_nor_the_comment_pane(window):
    shown_document(window)
    settle(window)
    code_a_selection(window, 0, 8)  # the first coding may size the count and the heading
    settle(window)
    pane = window.docks.quotation_pane
    heading = window.notes.comment_pane.heading
    count_before, heading_before = pane.count.text(), heading.text()
    spy = EventSpy(QEvent.Type.LayoutRequest)
    QApplication.instance().installEventFilter(spy)
    try:
        code_a_selection(window, 20, 40)
        settle(window)
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert pane.count.text() != count_before and heading.text() != heading_before  # both changed
    assert heading.text().startswith("Comment on quotation")
    laid_out = {name for name in ("quotationsDock", "quotationPane", "commentsDock", "commentPane") if spy.seen.get(name)}
    assert not laid_out, spy.seen


def test_a_new_row_and_count_in_the_quotation_pane_repaint_nothing_behind_them(window):
    shown_document(window)
    pane = window.docks.quotation_pane
    pane.table.setFixedHeight(90)  # more rows than fit: a new row moves the scroll bar
    code_a_selection(window, 0, 8)
    code_a_selection(window, 10, 18)
    settle(window)
    rows = pane.source.rowCount()
    assert pane.table.verticalScrollBar().isVisible()
    spy = EventSpy(QEvent.Type.Paint)
    QApplication.instance().installEventFilter(spy)
    try:
        code_a_selection(window, 20, 40)
        settle(window)  # the posted repaints too, as the event loop paints after an action
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert pane.source.rowCount() == rows + 1
    table = QRect(pane.table.mapTo(pane, pane.table.rect().topLeft()), pane.table.size())
    behind = spy.regions.get("quotationPane", QRegion()) & QRegion(table)
    assert behind.isEmpty(), behind.boundingRect()
    assert spy.seen.get("quotationCount") and not spy.seen.get("quotationsDock")  # the new count: the label alone


def test_the_quotation_count_keeps_a_fixed_size_that_only_grows(window):
    shown_document(window)
    pane = window.docks.quotation_pane
    source = pane.source
    source.total, source.project_total = 5, 5
    pane._count()
    small = pane.count.size()
    assert pane.count.minimumSize() == pane.count.maximumSize()  # fixed: a new text lays out nothing
    source.total, source.project_total = 1_234_567, 7_654_321
    pane._count()
    grown = pane.count.minimumSize()
    assert grown.width() > small.width() and pane.count.maximumSize() == grown
    assert pane.count.sizeHint().width() <= grown.width()  # the whole text fits
    source.total, source.project_total = 5, 5
    pane._count()
    assert pane.count.minimumSize() == grown  # it does not shrink back and forth while coding


def test_a_coding_does_not_reword_the_whole_undo_history(window, monkeypatch):
    shown_document(window)
    calls = []
    real = main_window_module.relabel_commands
    monkeypatch.setattr(main_window_module, "relabel_commands", lambda stack: (calls.append(stack), real(stack)))
    code_a_selection(window, 0, 8)
    code_a_selection(window, 20, 40)
    settle(window)
    assert window.undo_stack.count() == 2 and "Paternalismo" in window.registry["actionUndo"].text()
    assert not calls
    window.retranslate()  # a language switch words every step again
    assert len(calls) == 1


def test_heading_lays_out_only_when_its_lines_change(qtbot):
    holder = QWidget()
    layout = QVBoxLayout(holder)
    heading = HeadingLabel(holder)
    layout.addWidget(heading)
    layout.addStretch()
    qtbot.addWidget(holder)
    holder.resize(240, 300)
    holder.show()
    qtbot.waitExposed(holder)
    heading.setText("Comment on quotation 1:1")
    QApplication.instance().processEvents()
    one_line = heading.height()
    spy = EventSpy(QEvent.Type.LayoutRequest)
    holder.installEventFilter(spy)
    heading.setText("Comment on quotation 1:2")
    QApplication.instance().processEvents()
    assert not spy.seen and heading.height() == one_line
    heading.setText("Definition of code " + "Una categoría bastante larga::" * 4 + "Sub")
    QApplication.instance().processEvents()
    assert spy.seen and heading.height() > 2 * one_line  # more lines: laid out again, all shown
    assert heading.heightForWidth(heading.width()) == heading.height()
    image = QImage(heading.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    heading.render(image)
    inked = {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(image.height())}
    assert len(inked) > 1  # the text is painted


def test_a_coding_works_out_the_actions_state_once_and_leaves_it_current(window, monkeypatch):
    view = shown_document(window)
    code_a_selection(window, 0, 8)
    settle(window)
    view.select_range(20, 40)
    settle(window)
    states = []
    real = window.action_state
    monkeypatch.setattr(window, "action_state", lambda: states.append(True) or real())
    window.registry["actionQuickCode"].trigger()
    assert len(states) == 1  # undo stack, notice, cleared selection and new quotation asked four times
    registry = window.registry
    assert registry["actionRemoveCode"].isEnabled() and registry["actionUndo"].isEnabled()
    assert not registry["actionInVivoCode"].isEnabled()  # the selection became the quotation
    assert registry["actionQuickCode"].isEnabled()  # the selected quotation can take more codes
