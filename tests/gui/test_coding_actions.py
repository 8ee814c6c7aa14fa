"""Each coding action through the automation interface: do, compare, undo, compare."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from qda_app.services import codes, coding
from qda_app.services.project import Project
from tests.gui.sample import EMOJI_TEXT, TRANSCRIPT


def snapshot(project: Project) -> tuple:
    quotations = [(q.quotation_id, q.start, q.end, q.codes, q.coders, q.comment) for q in coding.list_quotations(project)]
    code_list = [(c.path, c.color, c.description) for c in codes.list_codes(project)]
    return quotations, code_list


def action(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_object_names(window):
    for name in ("documentList", "documentView", "codeTree", "quotationTable", "memoPane"):
        assert window.findChild(object, name) is not None, name


def test_quick_code_equals_cli_code_span_and_undo_restores(window, tmp_path):
    view = window.findChild(object, "documentView")
    project = window.project
    before = snapshot(project)
    view.show_document(1)
    view.select_range(0, 14)
    window.findChild(object, "codeTree").select_codes(["Centralismo::Recorte presupuestal"])
    action(window, "actionQuickCode").trigger()
    made = [q for q in coding.list_quotations(project) if q.start == 0 and q.end == 14]
    assert len(made) == 1 and made[0].codes == ("Centralismo::Recorte presupuestal",)
    assert made[0].coders == (project.coder,)
    assert made[0].id in view.index.by_id  # incremental highlight/bracket
    # The same call through the service, as `qda-app code` makes it, on a copy of the state.
    action(window, "actionUndo").trigger()
    assert snapshot(project) == before
    expected = coding.code_span(project, document=1, start=0, end=14, codes=["Centralismo::Recorte presupuestal"])
    assert (expected.start, expected.end, expected.codes, expected.coders) == (
        made[0].start, made[0].end, made[0].codes, made[0].coders)
    assert "Recorte presupuestal" in action(window, "actionUndo").text()


def test_redo_after_undo(window):
    view = window.document_view
    view.select_range(2, 9)
    window.code_tree.select_codes(["Cultura política::Paternalismo"])
    action(window, "actionQuickCode").trigger()
    after = snapshot(window.project)
    action(window, "actionUndo").trigger()
    action(window, "actionRedo").trigger()
    assert snapshot(window.project) == after


def test_in_vivo_code(window):
    before = snapshot(window.project)
    start = TRANSCRIPT.index("la obra no sale")
    window.document_view.select_range(start, start + len("la obra no sale"))
    action(window, "actionInVivoCode").trigger()
    assert "la obra no sale" in [c.path for c in codes.list_codes(window.project)]
    action(window, "actionUndo").trigger()
    assert snapshot(window.project) == before


def test_code_selection_chooser_picks_several_and_creates_new(window, qtbot):
    before = snapshot(window.project)
    window.document_view.select_range(20, 40)
    action(window, "actionCodeSelection").trigger()
    chooser = window.findChild(object, "codeChooser")
    assert chooser is not None and chooser.isVisible()
    chooser.set_filter("recorte")
    chooser.check(["Centralismo::Recorte presupuestal"])
    chooser.set_filter("Nueva::Emergente")
    chooser.check(["Nueva::Emergente"])
    chooser.accept()
    made = [q for q in coding.list_quotations(window.project) if (q.start, q.end) == (20, 40)]
    assert set(made[0].codes) == {"Centralismo::Recorte presupuestal", "Nueva::Emergente"}
    action(window, "actionUndo").trigger()
    assert snapshot(window.project) == before


def _select_first_quotation(window):
    view = window.document_view
    mark = view.index.sorted[0]
    view.select_quotation(mark.id)
    return mark


def test_delete_quotation_and_undo(window):
    before = snapshot(window.project)
    mark = _select_first_quotation(window)
    action(window, "actionDeleteQuotation").trigger()
    assert mark.id not in window.document_view.index.by_id
    assert len(coding.list_quotations(window.project)) == len(before[0]) - 1
    action(window, "actionUndo").trigger()
    assert snapshot(window.project) == before
    assert mark.id in window.document_view.index.by_id


def test_comment_and_representative(window):
    before = snapshot(window.project)
    mark = _select_first_quotation(window)
    window.coding.comment("clave para el capítulo 3")
    assert coding.list_quotations(window.project)[0].comment == "clave para el capítulo 3"
    action(window, "actionRepresentative").trigger()
    assert window.document_view.index.by_id[mark.id].representative_of
    action(window, "actionUndo").trigger()
    assert not window.document_view.index.by_id[mark.id].representative_of
    action(window, "actionUndo").trigger()
    assert snapshot(window.project) == before


def test_remove_code_from_quotation(window):
    before = snapshot(window.project)
    _select_first_quotation(window)
    action(window, "actionRemoveCode").trigger()
    assert coding.list_quotations(window.project)[0].codes == ()
    action(window, "actionUndo").trigger()
    assert snapshot(window.project) == before


def test_resize_quotation(window):
    mark = _select_first_quotation(window)
    window.document_view.select_range(mark.start, mark.end + 5)
    action(window, "actionResizeQuotation").trigger()
    assert window.document_view.index.by_id[mark.id].end == mark.end + 5


def test_emoji_selection_round_trip(window):
    view = window.document_view
    view.show_document(2)
    start = EMOJI_TEXT.index("😀")
    end = EMOJI_TEXT.index("🌾") + 1
    view.select_range(start, end)
    assert view.selected_range() == (start, end)
    assert view.selected_text() == EMOJI_TEXT[start:end]
    window.code_tree.select_codes(["Cultura política::Paternalismo"])
    action(window, "actionQuickCode").trigger()
    made = [q for q in coding.list_quotations(window.project, documents=[2])]
    assert made[0].text == EMOJI_TEXT[start:end]


def test_search_and_auto_code_is_one_undo_step(window):
    before = snapshot(window.project)
    window.coding.search("ministerio", False, False)
    hits = window.docks.search_panel.selected_hits()
    assert len(hits) == 2
    dialog = window.coding.code_hits(hits)
    dialog.set_unit("match")
    dialog.set_code("Centralismo::Dependencia del ministerio")
    dialog.accept()
    coded = coding.list_quotations(window.project, codes=["Centralismo::Dependencia del ministerio"])
    assert sum(q.text.lower() == "ministerio" for q in coded) == 2
    action(window, "actionUndo").trigger()
    assert snapshot(window.project) == before
    QApplication.processEvents()
