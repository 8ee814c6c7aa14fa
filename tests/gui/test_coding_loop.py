"""The coding loop through the automation interface: margin, handles, chooser, auto-code, notes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from qda_app.gui.quotation_menu import citation, fill_quotation_menu
from qda_app.services import codes, coding, documents, memos
from tests.gui.sample import shown_document

NEIGHBOURS = "".join(f"Alcalde: respuesta corta número {number} sobre el presupuesto.\n" for number in range(1, 13))


def action(window, name: str) -> QAction:
    return window.findChild(QAction, name)


def _eight_neighbours(window, size):
    """Eight one-line quotations on neighbouring lines of a new document, shown at ``size``."""
    documents.add_text_document(window.project, name="Vecinas", text=NEIGHBOURS)
    codes.create_code(window.project, path="Centralismo::Viajes de los alcaldes a Lima", color="#c62828")
    lines = NEIGHBOURS.splitlines(keepends=True)
    made = []
    position = 0
    for number, line in enumerate(lines):
        if 2 <= number < 10:
            start = position + line.index("respuesta")
            quotation = coding.code_span(window.project, document=3, start=start, end=start + 20,
                                         codes=["Centralismo::Viajes de los alcaldes a Lima"])
            made.append(quotation.quotation_id)
        position += len(line)
    window.resize(*size)
    view = shown_document(window, 3)
    window.resize(*size)
    QApplication.processEvents()
    view.margin.repaint()
    return view, made


@pytest.mark.parametrize("size", [(1440, 900), (1024, 700)])
def test_eight_neighbouring_quotations_all_labelled_and_each_click_selects_it(window, qtbot, size):
    view, made = _eight_neighbours(window, size)
    margin = window.findChild(QWidget, "marginArea")
    assert margin is view.margin and margin.parent() is not None
    labels = margin.label_rects()
    assert set(made) <= set(labels), (made, sorted(labels))
    area = margin.rect()
    for key, rect in labels.items():
        assert area.contains(rect), (key, rect, area)  # never clipped
        for other, other_rect in labels.items():
            if other != key:
                assert not rect.intersects(other_rect), (key, other)
    assert not margin.overflow_rects()
    for key in made:
        bracket = margin.bracket_rects()[key]
        qtbot.mouseClick(margin, Qt.MouseButton.LeftButton, pos=bracket.center())
        assert view.selected_quotation() == key
        assert margin.label_rects()[key] == labels[key]  # selecting moves nothing


def test_a_narrow_margin_counts_the_rest_in_a_plus_n_that_lists_them(window, qtbot):
    view, made = _eight_neighbours(window, (1024, 700))
    view.splitter.setSizes([sum(view.splitter.sizes()) - 95, 95])
    QApplication.processEvents()
    view.margin.repaint()
    shown = set(view.margin.label_rects())
    badges = view.margin.overflow_rects()
    hidden = {key for _, keys in badges for key in keys}
    assert badges and set(made) <= shown | hidden and not shown & hidden
    menu = view.margin.show_overflow(view.margin.geometry_drawn.overflow[0][1], view.margin.mapToGlobal(QPoint(0, 0)))
    first = menu.actions()[0]
    first.trigger()
    assert view.selected_quotation() == first.text().split()[0]
    assert view.selected_quotation() in view.margin.label_rects()  # the selected one is always drawn
    menu.close()
    widen = [entry for entry in menu.actions() if entry.text() and entry is not first][-1]
    widen.trigger()
    QApplication.processEvents()
    assert not view.margin.overflow_rects()


def test_handles_resize_the_selected_quotation_in_one_undo_step(window, qtbot):
    view = shown_document(window)
    mark = view.index.sorted[0]
    view.select_quotation(mark.id)
    handles = view.handle_rects()
    assert set(handles) == {"start", "end"}
    viewport = view.editor.viewport()
    target = QTextCursor(view.editor.document())
    target.setPosition(view.utf16.to_utf16(mark.end + 12))
    goal = view.editor.cursorRect(target).center()
    count = window.undo_stack.count()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=handles["end"].center())
    QTest.mouseMove(viewport, goal)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=goal)
    resized = coding.list_quotations(window.project, documents=[1])
    after = next(found for found in resized if found.id == mark.id)
    assert after.start == mark.start and abs(after.end - (mark.end + 12)) <= 1
    assert window.undo_stack.count() == count + 1
    window.undo_stack.undo()
    restored = next(found for found in coding.list_quotations(window.project, documents=[1]) if found.id == mark.id)
    assert (restored.start, restored.end) == (mark.start, mark.end)


def test_a_click_in_coded_text_selects_its_quotation_and_again_the_one_around_it(window, qtbot):
    view = shown_document(window)
    # the sample's 2nd and 3rd quotations overlap: click where both are
    inner, outer = sorted(view.index.sorted[1:3], key=lambda mark: mark.end - mark.start)
    position = max(inner.start, outer.start) + 2
    cursor = QTextCursor(view.editor.document())
    cursor.setPosition(view.utf16.to_utf16(position))
    point = view.editor.cursorRect(cursor).center()
    qtbot.mouseClick(view.editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    first = view.selected_id
    qtbot.mouseClick(view.editor.viewport(), Qt.MouseButton.LeftButton, pos=point + QPoint(0, 0))
    assert {first, view.selected_id} == {inner.id, outer.id}


def test_keyboard_only_coding_and_moving_between_quotations(window, qtbot):
    view = shown_document(window)
    view.editor.setFocus()
    cursor = view.editor.textCursor()
    cursor.setPosition(0)
    view.editor.setTextCursor(cursor)
    for _ in range(10):
        QTest.keyClick(view.editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_range() == (0, 10)
    action(window, "actionCodeSelection").trigger()
    chooser = window.findChild(QWidget, "codeChooser")
    QTest.keyClicks(chooser.field, "Encabezado")
    QTest.keyClick(chooser.field, Qt.Key.Key_Return)
    coded = coding.list_quotations(window.project, codes=["Encabezado"])
    assert [(found.start, found.end) for found in coded] == [(0, 10)]
    assert view.selected_range() is None  # the selection cleared: the new colour shows
    ids = [mark.id for mark in view.index.sorted]
    view.select_quotation(ids[0])
    action(window, "actionNextQuotation").trigger()
    assert view.selected_id == ids[1]
    action(window, "actionPreviousQuotation").trigger()
    assert view.selected_id == ids[0]


def test_chooser_creates_lima_instead_of_a_code_containing_it(window, qtbot):
    codes.create_code(window.project, path="Centralismo::Viajes de los alcaldes a Lima")
    view = shown_document(window)
    view.select_range(20, 40)
    action(window, "actionCodeSelection").trigger()
    chooser = window.findChild(QWidget, "codeChooser")
    QTest.keyClicks(chooser.field, "Lima")
    assert chooser.list.item(0).text() == "Create “Lima”"
    QTest.keyClick(chooser.field, Qt.Key.Key_Return)
    made = [found for found in coding.list_quotations(window.project) if (found.start, found.end) == (20, 40)]
    assert made[0].codes == ("Lima",)
    # used last: first under "Recently used", and Enter on its exact name applies it
    view.select_range(50, 60)
    action(window, "actionCodeSelection").trigger()
    chooser = [found for found in window.findChildren(QWidget, "codeChooser") if found.isVisible()][-1]
    assert chooser.list.item(1).text() == "Lima"
    QTest.keyClicks(chooser.field, "lima")
    QTest.keyClick(chooser.field, Qt.Key.Key_Return)
    again = [found for found in coding.list_quotations(window.project) if (found.start, found.end) == (50, 60)]
    assert again[0].codes == ("Lima",)
    assert len([code for code in codes.list_codes(window.project) if code.name.casefold() == "lima"]) == 1


def test_auto_code_by_speaker_turn_with_preview_is_one_undo_step(window, qtbot):
    window.coding.search("Lima", False, False)
    window.coding.search("presupuest", False, False)
    hits = window.docks.search_panel.selected_hits()
    assert len(hits) >= 2
    dialog = window.coding.code_hits(hits)
    dialog.set_unit("turn")
    passages = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert all("Alcalde:" in passage for passage in passages)
    dialog.set_code("Turnos::Alcalde")
    count = window.undo_stack.count()
    dialog.accept()
    coded = coding.list_quotations(window.project, codes=["Turnos::Alcalde"])
    assert coded and all(found.text.startswith("Alcalde:") for found in coded)
    text = documents.document_text(window.project, 1)
    # Each turn ends where its paragraph does: before a blank line, a last line break, or the text's end.
    assert all(text[found.end:found.end + 2] in ("\n\n", "\n", "") for found in coded)
    assert window.undo_stack.count() == count + 1
    window.undo_stack.undo()  # quotations, codings and the new code go in one step
    assert "Turnos::Alcalde" not in [code.path for code in codes.list_codes(window.project)]


def test_memo_text_survives_switching_and_closing(window, qtbot, sample_path):
    from qda_app.gui.app import open_main_window

    pane = window.memo_pane
    window.code_actions.new_memo("Segunda", ("project", None))
    second = pane.current.id
    first = next(memo.id for memo in memos.list_memos(window.project) if memo.title == "Diario")
    editor = window.findChild(QPlainTextEdit, "memoEditor")
    pane.select_memo(second)
    editor.setFocus()
    QTest.keyClicks(editor, "anotado al vuelo")
    pane.select_memo(first)  # at once, before the pause that saves
    assert memos.get_memo(window.project, second).text == "anotado al vuelo"
    editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(editor, " y al cerrar")
    window.close()
    reopened = open_main_window(sample_path)
    qtbot.addWidget(reopened)
    assert memos.get_memo(reopened.project, first).text == "Primera lectura. y al cerrar"
    reopened.close()


def test_typing_a_comment_saves_one_undo_step_per_burst(window, qtbot):
    view = shown_document(window)
    mark = view.index.sorted[0]
    view.margin.quotation_double_clicked.emit(mark.id)
    editor = window.findChild(QPlainTextEdit, "commentEditor")
    assert editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    count = window.undo_stack.count()
    QTest.keyClicks(editor, "clave para el capitulo")
    qtbot.waitUntil(lambda: window.undo_stack.count() == count + 1, timeout=5000)
    assert view.index.by_id[mark.id].comment == "clave para el capitulo"
    assert editor.toPlainText() == "clave para el capitulo"


def test_bracket_menu_and_dropping_a_code_on_a_bracket(window, qtbot):
    from PySide6.QtWidgets import QMenu

    view = shown_document(window)
    mark = view.index.sorted[0]
    view.select_quotation(mark.id)
    menu = QMenu()
    fill_quotation_menu(menu, window, mark.id)
    names = {entry.objectName(): entry for entry in menu.actions()}
    assert {"menuAddCode", "menuComment", "menuCopyReference", "menuDelete"} <= set(names)
    names["menuCopyReference"].trigger()
    assert QApplication.clipboard().text() == citation(mark.quotation_id, window) == f"(quotation {mark.quotation_id})"
    view.select_range(0, 5)  # a text selection elsewhere does not take the drop
    view.margin.codes_dropped.emit(["Cultura política::Paternalismo"], mark.id)
    coded = next(found for found in coding.list_quotations(window.project) if found.id == mark.id)
    assert "Cultura política::Paternalismo" in coded.codes


def test_edit_mode_corrects_a_typo_and_every_quotation_follows_in_one_undo_step(window, qtbot, tmp_path):
    view = shown_document(window)
    before = {mark.id: view.text[mark.start:mark.end] for mark in view.index.sorted}
    action(window, "actionEditText").trigger()
    assert not view.editor.isReadOnly() and window.findChild(QWidget, "editTextBar").isVisible()
    cursor = view.editor.textCursor()
    cursor.setPosition(view.text.index("Entrevista"))
    cursor.setPosition(view.text.index("Entrevista") + len("Entrevista"), QTextCursor.MoveMode.KeepAnchor)
    view.editor.setTextCursor(cursor)
    QTest.keyClicks(view.editor, "Conversacion larga")
    count = window.undo_stack.count()
    action(window, "actionEditText").trigger()  # leaving edit mode applies the correction
    assert view.editor.isReadOnly() and view.text.startswith("Conversacion larga E01")
    after = {mark.id: view.text[mark.start:mark.end] for mark in view.index.sorted}
    assert after == before  # every passage moved with the edit
    assert window.undo_stack.count() == count + 1
    window.undo_stack.undo()
    assert view.text.startswith("Entrevista E01")  # the viewer follows the undo
    assert {mark.id: view.text[mark.start:mark.end] for mark in view.index.sorted} == before


def test_find_bar_counts_hits_and_says_which_one_is_selected(window, qtbot):
    view = shown_document(window)
    action(window, "actionFind").trigger()
    bar = window.findChild(QWidget, "findBar")
    bar.field.setText("el")
    total = view.text.lower().count("el")
    assert bar.status.text() == f"{total} hits"
    bar.find_next()
    assert bar.status.text() == f"1 of {total}"
    bar.find_next()
    assert bar.status.text() == f"2 of {total}" and view.selected_text().lower() == "el"
    bar.find_previous()
    assert bar.status.text() == f"1 of {total}"
    assert bar.sizeHint().height() <= 40


def test_pdf_export_of_the_open_document(window, qtbot, tmp_path):
    shown_document(window)
    written = window.text_edit.print_dialog(str(tmp_path / "e01.pdf"))
    assert written == tmp_path / "e01.pdf"
    from pypdf import PdfReader

    from tests.gui.sample import TRANSCRIPT

    (page,) = PdfReader(written).pages
    lines = [" ".join(line.split()) for line in page.extract_text().splitlines()]
    assert lines[0] == "1: Azángaro — page 1"  # the running head names the document and the page
    # The whole transcript, in order (the layout breaks lines where it likes: compare without spaces).
    assert "".join(TRANSCRIPT.split()) in "".join("".join(lines[1:]).split())
    # Each quotation's ID and first code in the margin.
    assert lines[-6:] == ["1:1", "Dependencia del mi…", "1:3", "Paternalismo", "1:2", "Recorte presupuestal"]


def test_colour_by_coder_keeps_coders_apart_and_shows_a_legend(window, qtbot):
    view = shown_document(window)
    window.switch_coder("carla")
    for name in ("dora", "eva"):
        window.switch_coder(name)
        coding.code_span(window.project, document=1, start=0, end=5, codes=["Cultura política::Paternalismo"])
    window.chrome.update_coders()
    action(window, "actionColourByCoder").trigger()
    palette = view.style.coder_palette
    assert len(palette) >= 4 and len(set(palette.values())) == len(palette)
    legend = window.findChild(QWidget, "coderLegend")
    assert legend.isVisible() and all(name in legend.text() for name in palette)


def test_view_menu_brings_back_every_pane_and_help_lists_shortcuts(window, qtbot):
    panes = window.menus["menuPanes"]
    titles = {entry.text() for entry in panes.actions()}
    for dock in window.docks.all():
        assert dock.windowTitle() in titles
    window.docks.comments.close()
    next(entry for entry in panes.actions() if entry.text() == window.docks.comments.windowTitle()).trigger()
    assert window.docks.comments.isVisible()
    dialog = window.chrome.keyboard_shortcuts()
    table = dialog.findChild(QWidget, "shortcutsTable")
    keys = {table.item(row, 1).text() for row in range(table.rowCount())}
    assert {"Ctrl+K", "Alt+Down", "Alt+Up"} <= keys
    dialog.close()


def test_recent_projects_menu_lists_the_opened_project(window, qtbot, sample_path):
    window.chrome.fill_recent()
    entries = [entry for entry in window.menus["menuRecent"].actions() if entry.toolTip()]
    assert entries and entries[0].toolTip() == str(sample_path.resolve())


def test_toolbar_has_icons_and_undo_keeps_its_width(window, qtbot):
    toolbar = window.findChild(QWidget, "mainToolbar")
    undo_button = toolbar.findChild(QWidget, "toolButton_actionUndo")
    width = undo_button.width()
    view = shown_document(window)
    view.select_range(20, 40)
    window.code_tree.select_codes(["Cultura política::Paternalismo"])
    action(window, "actionQuickCode").trigger()
    assert "Paternalismo" in action(window, "actionUndo").text()
    assert undo_button.width() == width
    assert not action(window, "actionUndo").icon().isNull()


def test_a_dark_desktop_gives_a_dark_window_with_readable_highlights_and_icons(window, qtbot):
    from qda_app.gui.theme import apply_scheme, is_dark

    view = shown_document(window)
    try:
        apply_scheme(Qt.ColorScheme.Dark)
        QApplication.processEvents()
        QApplication.processEvents()
        assert is_dark(window.palette()) and is_dark(view.margin.palette())
        # the highlights are blended over the dark base: dark enough for light text
        assert view.highlighter.base.lightness() < 128
        view.margin.repaint()
        assert view.margin.label_rects()
    finally:
        apply_scheme(Qt.ColorScheme.Light)
        QApplication.processEvents()
    assert not is_dark(window.palette())


def test_a_code_dragged_from_the_tree_and_dropped_on_a_bracket_codes_that_quotation(window, qtbot):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    from qda_app.gui.views.document_view import CODE_MIME

    view = shown_document(window)
    view.margin.repaint()
    brackets = view.margin.bracket_rects()
    target_id, rect = next(iter(brackets.items()))
    mime = QMimeData()
    mime.setData(CODE_MIME, "Cultura política::Paternalismo".encode("utf-8"))
    view.select_range(0, 5)
    event = QDropEvent(QPointF(rect.center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    view.margin.dropEvent(event)
    coded = next(found for found in coding.list_quotations(window.project) if found.quotation_id == target_id)
    assert "Cultura política::Paternalismo" in coded.codes
    assert not [found for found in coding.list_quotations(window.project) if (found.start, found.end) == (0, 5)]


def test_deleting_a_memo_while_typing_keeps_what_was_typed_for_the_undo(window, qtbot, monkeypatch):
    pane = window.memo_pane
    memo = memos.list_memos(window.project)[0]
    pane.select_memo(memo.id)
    editor = window.findChild(QPlainTextEdit, "memoEditor")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(editor, " borrador")
    monkeypatch.setattr("qda_app.gui.code_actions.confirm", lambda *args, **kwargs: True)
    pane.delete_button.click()
    assert all(found.id != memo.id for found in memos.list_memos(window.project))
    window.undo_stack.undo()
    assert memos.get_memo(window.project, memo.id).text == "Primera lectura. borrador"


def test_nothing_codes_or_undoes_while_a_correction_is_under_way(window, qtbot):
    view = shown_document(window)
    view.select_range(20, 40)
    window.code_tree.select_codes(["Cultura política::Paternalismo"])
    action(window, "actionQuickCode").trigger()
    action(window, "actionEditText").trigger()
    view.select_range(0, 5)
    window.update_actions()
    assert not action(window, "actionQuickCode").isEnabled() and not action(window, "actionUndo").isEnabled()
    assert action(window, "actionEditText").isEnabled()
    cursor = view.editor.textCursor()
    cursor.setPosition(0)
    view.editor.setTextCursor(cursor)
    QTest.keyClicks(view.editor, "Nota. ")
    window.open_document(2)  # switching documents applies the correction, never drops it
    assert documents.document_text(window.project, 1).startswith("Nota. Entrevista")
    assert action(window, "actionUndo").isEnabled()


def test_code_groups_filter_the_tree_and_are_named_in_tooltips(window, qtbot):
    from qda_app.services import code_groups

    code_groups.create_code_group(window.project, name="Estructura", codes=["Centralismo::Recorte presupuestal"])
    pane = window.docks.code_pane
    assert pane.group.isVisibleTo(pane) and pane.group.findText("Estructura") > 0
    pane.group.setCurrentIndex(pane.group.findText("Estructura"))
    tree = pane.tree
    shown = [path for path, code_id in window.code_ids_by_path.items()
             if tree.is_shown(tree.source.index_of_path(path))]
    assert set(shown) == {"Centralismo", "Centralismo::Recorte presupuestal"}
    index = tree.source.index_of_path("Centralismo::Recorte presupuestal")
    assert "Estructura" in index.data(Qt.ItemDataRole.ToolTipRole)
    pane.group.setCurrentIndex(0)
    assert all(tree.is_shown(tree.source.index_of_path(path)) for path in window.code_ids_by_path)


def test_copy_reference_takes_the_citation_word_of_the_project_in_the_program_language(window):
    from qda_app.gui.i18n import install_language
    from qda_app.gui.quotation_menu import citation
    from qda_app.services.reports.wording import set_report_wording

    try:
        install_language("es")
        assert citation("3:41", window) == "(cita 3:41)"
        install_language("pt")
        assert citation("3:41", window) == "(citação 3:41)"
        set_report_wording(window.project, language="pt", cite="cit.")
        assert citation("3:41", window) == "(cit. 3:41)"
    finally:
        install_language("en")
    assert citation("3:41", window) == "(quotation 3:41)"
