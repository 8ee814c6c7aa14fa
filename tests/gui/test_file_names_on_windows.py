"""Names the program suggests or completes in save dialogs, as Windows and macOS need them.

A network or project name is the user's text ("Actores: red"): a suggested file name made from
it must be one Windows accepts. A name typed as "Copia.QDAPROJ" already has the extension
(Windows and macOS treat names case-insensitively): no second ".qdaproj" is added.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from qda_app.store import coders as coder_store


def _suggestions(monkeypatch, answer: str = ""):
    asked = []

    def save_dialog(parent, title, suggested, *args, **kwargs):
        asked.append(suggested)
        return answer, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    return asked


def test_a_network_export_suggests_a_name_windows_accepts(window, monkeypatch):
    network_id = window.network_actions.new_network('Actores: "red" <final>?')
    window.network_actions.flush()
    asked = _suggestions(monkeypatch)
    assert window.network_actions.export(network_id) is None  # the dialog was cancelled
    assert Path(asked[0]).name == "Actores_ _red_ _final__.png"


def test_the_agreement_workbook_suggests_a_name_windows_accepts(window, monkeypatch):
    with window.project.database.transaction():
        coder_store.set_setting(window.project.database, "name", "Puno: alcaldes 2024/25")
    agreement = window.team.agreement(show=False)
    asked = _suggestions(monkeypatch)
    agreement.export_dialog()
    assert Path(asked[0]).name == "Puno_ alcaldes 2024_25 agreement.xlsx"
    assert Path(asked[0]).parent == window.project.path.parent


def test_a_typed_extension_in_capitals_is_not_added_again(window, monkeypatch, tmp_path):
    typed = str(tmp_path / "Copia.QDAPROJ")
    _suggestions(monkeypatch, answer=typed)
    dialog = window.backups.pseudonymise_copy(show=False)
    dialog.browse()
    assert dialog.path.text() == typed
    copy_dialog = window.team.copy_for_coder(show=False)
    copy_dialog.browse()
    assert copy_dialog.path.text() == typed
