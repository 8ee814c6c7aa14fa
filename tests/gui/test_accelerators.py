"""No menu of the real window has two entries with the same keyboard accelerator, in any language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from qda_app.gui.accelerators import accelerator, distinct_accelerators


def clashes(title: str, actions) -> list[str]:
    found: dict[str, str] = {}
    problems = []
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        letter = accelerator(action.text())
        if letter is not None:
            if letter in found:
                problems.append(f"{title}: {found[letter]!r} and {action.text()!r} both use &{letter}")
            found.setdefault(letter, action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()  # as when it opens: Open Recent and Panes are filled then
            problems += clashes(f"{title} > {action.text()}", menu.actions())
    return problems


def test_accelerator_helper_reads_ampersands():
    assert accelerator("&File") == "f" and accelerator("Save &As…") == "a"
    assert accelerator("Tom && Jerry") is None and accelerator("R&&D &Export") == "e"


def test_clashing_entries_move_to_a_free_word_start_and_keep_free_choices():
    texts = ["&Importar documentos…", "Cop&ia seudonimizada…", "&Salir", "&Seguridad", "R&&D &Exportar"]
    assert distinct_accelerators(texts) == [
        "&Importar documentos…", "&Copia seudonimizada…", "&Salir", "Se&guridad", "R&&D &Exportar"]
    # the first claimant keeps its letter; an entry without any free letter loses its accelerator
    assert distinct_accelerators(["&A", "&a"]) == ["&A", "a"]
    assert distinct_accelerators(["Sin acelerador", "&Otro"]) == ["Sin acelerador", "&Otro"]


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_no_menu_has_two_entries_with_one_accelerator(window, language):
    window.settings.add_recent(window.project.path)  # Open Recent has an entry to check
    try:
        window.set_language(language)
        problems = clashes("menu bar", window.menuBar().actions())
    finally:
        window.set_language("en")
    assert not problems, "\n".join(problems)


def _context_menus(window) -> dict[str, QMenu]:
    """Every context menu of the real window, filled as on a right-click: the text, a quotation's
    bracket, the code tree, the document list, a network's background, node and layout menu."""
    from PySide6.QtCore import QPoint, QPointF

    from qda_app.gui import document_actions
    from tests.gui.sample import shown_document

    view = shown_document(window)
    mark = view.index.sorted[0]
    view.select_quotation(mark.id)
    view.select_range(mark.start, mark.end)
    menus: dict[str, QMenu] = {}
    text = view.editor.createStandardContextMenu()
    view.editor.context_menu_wanted.emit(text)
    menus["text"] = text
    quotation = menus["quotation bracket"] = QMenu(window)
    view.margin.menu_wanted.emit(quotation, mark.id)
    code_tree = menus["code tree"] = QMenu(window)
    code_tree.addActions(window.code_tree.actions())
    documents = menus["document list"] = QMenu(window)
    document_actions.build_menu(window, 1, documents)
    actions = window.network_actions
    network_id = actions.new_network("Accelerators")
    actions.flush()
    [node] = actions.drop(network_id, _code_mime("Centralismo"), QPointF(0, 0))
    actions.flush()
    menus["network background"] = actions.context_menu(network_id, None, None, QPoint(0, 0))
    menus["network node"] = actions.context_menu(network_id, node, None, QPoint(0, 0))
    for menu in (menus["network background"], menus["network node"]):
        menu.hide()
    return menus


def _code_mime(*paths: str):
    from PySide6.QtCore import QMimeData

    from qda_app.gui.views.document_view import CODE_MIME

    mime = QMimeData()
    mime.setData(CODE_MIME, "\n".join(paths).encode("utf-8"))
    return mime


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_no_context_menu_has_two_entries_with_one_accelerator(window, language):
    try:
        window.set_language(language)
        menus = _context_menus(window)
        problems = [problem for name, menu in menus.items() for problem in clashes(name, menu.actions())]
        assert all(menu.actions() for menu in menus.values()), [name for name, menu in menus.items() if not menu.actions()]
    finally:
        window.set_language("en")
    assert not problems, "\n".join(problems)
