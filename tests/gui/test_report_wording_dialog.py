"""Export > Report Wording: per-language entries, defaults in grey, saved as one undo step each."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from qda_app.services.reports.wording import report_wording, stored_wording


def test_the_dialog_sets_and_clears_a_projects_wording(window):
    window.registry["actionReportWording"].trigger()
    dialog = window.manuscript.last_wording_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert dialog.fields["caption"].text() == "" and dialog.fields["caption"].placeholderText() == "Cuadro"
    assert dialog.fields["groundedness"].placeholderText() == "Enraizamiento (citas)"
    dialog.fields["caption"].setText("Tabla")
    dialog.language.setCurrentIndex(dialog.language.findData("pt"))  # the Spanish edit is kept
    assert dialog.fields["caption"].placeholderText() == "Quadro"
    dialog.fields["source_line"].setText("Fonte: os autores.")
    dialog.accept()
    project = window.project
    assert report_wording(project, "es").caption == "Tabla"
    assert report_wording(project, "pt").source_line == "Fonte: os autores."
    assert stored_wording(project, "en")["caption"] is None  # English untouched
    assert window.undo_stack.count() >= 2
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert report_wording(project, "es").caption == "Cuadro"
    assert report_wording(project, "pt").source_line == "Fonte: Elaborado pelos autores."


def test_use_the_defaults_empties_every_field(window):
    window.manuscript.report_wording()
    dialog = window.manuscript.last_wording_dialog
    for field in dialog.fields.values():
        field.setText("x")
    [button for button in dialog.findChildren(QPushButton) if button.text() == "Use the Defaults"][0].click()
    assert all(field.text() == "" for field in dialog.fields.values())
    dialog.reject()
