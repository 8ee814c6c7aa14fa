"""The program's side of the trust guarantees: lossy REFI-QDA imports are asked about, a lost
lock stops writing with a message, and exports replace a file only when the dialog confirmed it."""

from __future__ import annotations

import zipfile
from pathlib import Path

from qda_app.services import coding

SOURCE = "cccccccc-0000-4000-8000-000000000001"


def _lossy_qdpx(path: Path) -> Path:
    body = (f'<Sources><TextSource guid="{SOURCE}" name="uno" plainTextPath="internal://uno.txt"/>'
            '<TextSource guid="cccccccc-0000-4000-8000-000000000002" name="falta" '
            'plainTextPath="internal://falta.txt"/></Sources>')
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="p" '
           f'origin="hand-made">{body}</Project>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", xml)
        archive.writestr("sources/uno.txt", "hola mundo")
    return path


def test_a_lossy_import_lists_the_losses_and_asks(window, tmp_path, monkeypatch):
    archive = _lossy_qdpx(tmp_path / "x.qdpx")
    target = tmp_path / "x.qdaproj"
    asked = []
    monkeypatch.setattr(window.interop, "ask_accept_losses", lambda refused: asked.append(refused) or False)
    assert window.interop.import_qdpx(str(archive), str(target), show=False) is None
    assert not target.exists()
    assert len(asked) == 1 and [entry.kind for entry in asked[0].lost] == ["dropped_source"]
    monkeypatch.setattr(window.interop, "ask_accept_losses", lambda refused: True)
    assert window.interop.import_qdpx(str(archive), str(target), show=False) == target
    assert "falta" in window.interop.last_dialog.report_html()


def test_a_lost_lock_stops_writing_with_a_message(window, monkeypatch):
    import qda_app.gui.main_window as main_window

    shown = []
    monkeypatch.setattr(main_window, "show_error", lambda parent, error: shown.append(error.code))
    project = window.project
    assert window.run(lambda: coding.code_span(project, document=1, start=0, end=3, codes=["Antes"])) is not None
    window.undo_stack.undo()
    project.lock.path.unlink()  # deleted behind the program's back
    assert window.run(lambda: coding.code_span(project, document=1, start=4, end=8, codes=["Después"])) is None
    assert shown == ["lock_lost"]
    window.undo_stack.redo()  # refused as well, said in a message (queued), not a traceback
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()
    assert shown == ["lock_lost", "lock_lost"] and window.undo_stack.count() == 0


def test_export_replaces_only_what_the_dialog_confirmed(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    existing = tmp_path / "book.qdc"
    existing.write_text("keep me", encoding="utf-8")
    errors = []
    import qda_app.gui.interop_actions as interop_actions

    monkeypatch.setattr(interop_actions, "show_error", lambda parent, error: errors.append(error))
    assert window.interop.export_qdc(str(existing), show=False) is None  # no dialog asked: refused
    assert existing.read_text(encoding="utf-8") == "keep me" and errors
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(existing), ""))
    assert window.interop.export_qdc(show=False) is not None  # the dialog confirmed replacing it
    assert existing.read_bytes().startswith(b"<?xml")
    assert window.interop.export_qdc(str(window.project.path), show=False) is None  # never a project
