"""Quotation and document filters, memos, coders, language, models under qtmodeltester."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QStandardItem
from PySide6.QtWidgets import QApplication, QWidget

from qda_app.gui.i18n import install_language
from qda_app.services import memos


def test_quotation_filters_and_jump(window):
    pane = window.docks.quotation_pane
    assert pane.proxy.rowCount() == 3
    pane.coder.setCurrentIndex(pane.coder.findData("beto"))
    assert pane.proxy.rowCount() == 1
    pane.coder.setCurrentIndex(0)
    pane.text.setText("migajas")
    assert pane.proxy.rowCount() == 2
    pane.text.setText("")
    pane.group.setCurrentIndex(pane.group.findData("Notas"))
    assert pane.proxy.rowCount() == 0
    pane.group.setCurrentIndex(0)
    pane.document.setCurrentIndex(pane.document.findData(1))
    assert pane.proxy.rowCount() == 3
    quotation = pane.source.rows[1]
    pane.quotation_activated.emit(quotation.id)
    assert window.document_view.selected_id == quotation.id


def test_document_filters(window):
    pane = window.docks.document_pane
    proxy = pane.list.proxy
    assert proxy.rowCount() == 2
    pane.filter.setText("alcalde")  # attribute value
    assert proxy.rowCount() == 1
    pane.filter.setText("")
    pane.group.setCurrentIndex(pane.group.findData("Notas"))
    assert proxy.rowCount() == 1
    pane.list.document_activated.emit(2)
    assert window.document_view.document_number == 2


def test_memo_create_edit_delete_undo(window, monkeypatch):
    pane = window.findChild(QWidget, "memoPane")
    window.code_actions.new_memo("Decisión", ("code", "Centralismo"))
    created = [memo for memo in memos.list_memos(window.project) if memo.title == "Decisión"][0]
    assert created.links[0].target_type == "code"
    assert pane.current.id == created.id
    assert "Centralismo" in pane.about.text()
    pane.editor.setPlainText("Unir subcódigos de presupuesto.")
    pane.save_button.click()
    assert memos.get_memo(window.project, created.id).text == "Unir subcódigos de presupuesto."
    monkeypatch.setattr("qda_app.gui.code_actions.confirm", lambda *args, **kwargs: True)
    pane.delete_button.click()
    assert all(memo.id != created.id for memo in memos.list_memos(window.project))
    window.undo_stack.undo()
    assert memos.get_memo(window.project, created.id).text == "Unir subcódigos de presupuesto."


def test_coder_filter_and_colour_by_coder(window):
    view = window.document_view
    assert len([m for m in view.index.sorted if view.style.is_shown(m)]) == 3
    window.set_visible_coders(["beto"])
    assert len([m for m in view.index.sorted if view.style.is_shown(m)]) == 1
    window.set_visible_coders(None)
    window.findChild(QAction, "actionColourByCoder").trigger()
    assert view.style.by_coder
    window.switch_coder("carla")
    assert window.project.coder == "carla" and "carla" in window.coder_label.text()


def test_language_switch_to_spanish_changes_menus(window):
    try:
        window.set_language("es")
        titles = [menu.title() for menu in window.menus.values()]
        assert "&Archivo" in titles and "&Edición" in titles
        assert window.findChild(QAction, "actionQuickCode").text() == "Codificación &rápida"
        window.set_language("pt")
        assert "&Arquivo" in [menu.title() for menu in window.menus.values()]
    finally:
        window.set_language("en")
    assert "&File" in [menu.title() for menu in window.menus.values()]


MODELS = {
    "code_tree": lambda docks: docks.code_pane.tree.source,
    "documents": lambda docks: docks.document_pane.list.source,
    "documents_proxy": lambda docks: docks.document_pane.list.proxy,
    "quotations": lambda docks: docks.quotation_pane.source,
    "quotations_proxy": lambda docks: docks.quotation_pane.proxy,
    "memos": lambda docks: docks.memo_pane.model,
    "hits": lambda docks: docks.search_panel.model,
}


@pytest.mark.parametrize("name", sorted(MODELS))
def test_models_pass_qtmodeltester(window, qtmodeltester, name):
    window.coding.search("la", False, False)
    qtmodeltester.check(MODELS[name](window.docks), force_py=True)


def test_many_none_returning_calls_do_not_crash():
    """PySide6 6.12.0 on CPython 3.11 dies ("Fatal Python error: none_dealloc") after tens of
    thousands of calls returning None; this loop makes that install fail loudly here."""
    QApplication.instance() or QApplication([])
    widget = QWidget()
    item = QStandardItem()
    for step in range(100_000):
        widget.setVisible(False)
        item.setData(step)
    assert item.data() == 99_999
