"""Documents pane context actions: each calls its service once and is undoable."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from qda_app.gui import document_actions
from qda_app.gui.app import open_main_window
from qda_app.gui.dialogs import common
from qda_app.services import documents
from qda_app.services.demo import build_demo_project
from tests.conftest import snapshot


def test_rename_group_attribute_delete_and_undo(qtbot, tmp_path, monkeypatch):
    path = build_demo_project(tmp_path / "demo.qdaproj")
    window = open_main_window(path)
    qtbot.addWidget(window)
    before = snapshot(window.project)
    menu = QMenu()
    document_actions.build_menu(window, 3, menu)
    assert len([a for a in menu.actions() if not a.isSeparator()]) == 6

    monkeypatch.setattr(common, "ask_text", lambda *a, **k: "E03 renombrado")
    document_actions.rename(window, 3)
    assert documents.list_documents(window.project)[2].name == "E03 renombrado"

    monkeypatch.setattr(common, "ask_text", lambda *a, **k: "Muestra teórica")
    document_actions.add_to_group(window, 3)
    assert "Muestra teórica" in documents.list_documents(window.project)[2].groups

    answers = iter(["altitud", "3900"])
    monkeypatch.setattr(common, "ask_text", lambda *a, **k: next(answers))
    document_actions.set_attribute(window, 3)
    assert documents.document_attributes(window.project)[3]["altitud"] == "3900"

    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    document_actions.delete(window, 3)
    assert 3 not in [doc.number for doc in documents.list_documents(window.project)]

    for _ in range(4):
        window.undo_stack.undo()
    assert snapshot(window.project) == before
    window.close()
