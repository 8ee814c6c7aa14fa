"""Backups: taken on open and when due, restored from File > Restore, offered for a damaged file."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from qda_app.gui.dialogs import backup_dialog, common
from qda_app.gui.dialogs.backup_dialog import RestoreBackupDialog
from qda_app.services import backups, codes, documents
from qda_app.services.project import Project


def paths(project) -> set[str]:
    return {code.path for code in codes.list_codes(project)}


def test_backup_taken_on_open_and_when_due(window, sample_path, qtbot):
    qtbot.waitUntil(lambda: window.backups.worker is None, timeout=5000)  # taken in a worker thread
    found = backups.list_backups(sample_path)
    assert len(found) == 1
    assert "Backup taken" in window.statusBar().currentMessage()
    assert window.backups.timer.isActive()
    assert window.backups.backup_if_due() is None  # not due yet
    window.backups.interval_seconds = 0
    assert window.backups.backup_if_due() is not None
    assert len(backups.list_backups(sample_path)) == 2
    window.close_project()
    assert not window.backups.timer.isActive()


def test_restore_brings_back_the_old_state(window, sample_path, monkeypatch):
    # The backup taken on opening runs in a worker thread; on a loaded machine it can finish after
    # the next action, and then it holds that action too. Here it must hold the opening state.
    window.backups.wait_for_backup()
    before = paths(window.project)
    window.code_actions.new_code("Después::Del respaldo")
    assert "Después::Del respaldo" in paths(window.project)
    asked = []
    monkeypatch.setattr(backup_dialog, "choose_backup", lambda parent, found, **_: asked.append(found) or found[-1])
    monkeypatch.setattr(common, "confirm", lambda parent, **_: True)
    assert window.backups.restore_dialog()
    assert asked and asked[0] == sorted(asked[0], key=lambda b: b.path.name, reverse=True)  # newest first
    assert window.project is not None and window.project.path == sample_path
    assert paths(window.project) == before
    replaced = sample_path.with_name(sample_path.name + ".before-restore-1")
    with Project.open(replaced, read_only=True) as kept:  # the state the restore replaced, kept whole
        assert paths(kept) == before | {"Después::Del respaldo", "Después"}


def test_restore_needs_confirmation(window, monkeypatch):
    window.code_actions.new_code("Queda::Igual")
    monkeypatch.setattr(backup_dialog, "choose_backup", lambda parent, found, **_: found[0])
    monkeypatch.setattr(common, "confirm", lambda parent, **_: False)
    assert not window.backups.restore_dialog()
    assert "Queda::Igual" in paths(window.project)


def test_restore_dialog_lists_dates_and_sizes(window, sample_path):
    window.backups.interval_seconds = 0
    window.backups.backup_if_due()
    found = backups.list_backups(sample_path)
    dialog = RestoreBackupDialog(found, parent=window)
    assert dialog.table.rowCount() == 2
    assert dialog.chosen() == found[0]  # the newest is preselected
    assert dialog.table.item(0, 1).text()  # a size, in the locale's units
    assert dialog.table.item(0, 2).text() == found[0].path.name


def test_damaged_file_offers_its_backups(window, sample_path, monkeypatch):
    window.close_project()
    data = bytearray(sample_path.read_bytes())
    data[4096:4096 * 6] = b"\x5a" * (4096 * 5)
    sample_path.write_bytes(bytes(data))
    offered = []

    def choose(parent, found, *, message=""):
        offered.append((found, message))
        return found[0]

    monkeypatch.setattr(backup_dialog, "choose_backup", choose)
    monkeypatch.setattr(common, "confirm", lambda parent, **_: True)
    assert window.open_project_path(sample_path)
    assert offered and "damaged" in offered[0][1]
    assert [d.name for d in documents.list_documents(window.project)] == ["Azángaro", "Notas"]


def test_damaged_file_without_backups_shows_the_error(window, tmp_path, monkeypatch):
    from tests.gui.sample import build_sample_project

    path = build_sample_project(tmp_path / "nobackup.qdaproj")
    data = bytearray(path.read_bytes())
    data[4096:4096 * 6] = b"\x5a" * (4096 * 5)
    path.write_bytes(bytes(data))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: warned.append(args[2]))
    assert not window.open_project_path(path)
    assert warned and "damaged" in warned[0]


def test_pseudonymise_copy(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: shown.append(args[2]))
    dialog = window.backups.pseudonymise_copy(show=False)
    dialog.set_names({"Alcalde": "Autoridad", "Lima": "la capital"})
    target = tmp_path / "anon.qdaproj"
    dialog.path.setText(str(target))
    dialog.accept()
    assert dialog.summary is not None and dialog.summary.replacements >= 3
    assert shown and "replacements" in shown[0]
    with Project.open(target, read_only=True) as copy:
        text = documents.document_text(copy, 1)
    assert "Alcalde" not in text and "Autoridad" in text and "la capital" in text
    assert "Alcalde" in documents.document_text(window.project, 1)  # the open project is untouched
