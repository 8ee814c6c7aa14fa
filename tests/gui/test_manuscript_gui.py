"""The table excerpt action and the word-frequency dialog in the main window."""

from __future__ import annotations

from PySide6.QtGui import QAction

from qda_app.services import coding
from qda_app.services.excerpts import excerpt_of
from qda_app.services.reports.stop_lists import stop_list_changes


def action(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_table_excerpt_is_set_and_undone(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or QMessageBox.StandardButton.Ok)
    view = window.document_view
    view.show_document(1)
    quotation = coding.list_quotations(window.project)[0]
    view.select_quotation(quotation.id)
    window.update_actions()
    assert action(window, "actionTableExcerpt").isEnabled()
    excerpt = "Todo lo que es obra grande […] ministerio"
    window.manuscript.table_excerpt(excerpt)
    assert excerpt_of(window.project, quotation=quotation.id)[0] == excerpt
    window.undo_stack.undo()
    assert excerpt_of(window.project, quotation=quotation.id)[0] is None
    window.manuscript.table_excerpt("palabras que nadie dijo")  # refused with a message, nothing stored
    assert excerpt_of(window.project, quotation=quotation.id)[0] is None and len(shown) == 1


def test_word_frequencies_leave_labels_out_and_save_a_cloud(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    action(window, "actionWordFrequencies").trigger()
    dialog = window.manuscript.last_dialog
    words = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert words and "alcalde" not in words and "entrevistador" not in words
    assert dialog.cloud.pixmap() is not None and not dialog.cloud.pixmap().isNull()
    dialog.speakers.setChecked(False)
    dialog.added.setText("ministerio, obra")
    dialog.update_results()
    words = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert "alcalde" in words and "ministerio" not in words and "obra" not in words
    assert stop_list_changes(window.project) == (["ministerio", "obra"], [])
    saved = dialog.save_cloud(str(tmp_path / "nube.svg"))
    assert saved is not None and "<svg" in saved.read_text(encoding="utf-8")
    dialog.close()
