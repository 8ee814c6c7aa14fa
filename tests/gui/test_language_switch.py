"""Switching the language leaves nothing on screen in the old one."""

from __future__ import annotations


def test_a_status_message_in_the_old_language_is_cleared_on_switching(window):
    from qda_app.gui.i18n import install_language

    window.statusBar().showMessage(window.tr("Backup taken: %1").replace("%1", "estudio.qdaproj"), 5000)
    assert window.statusBar().currentMessage()
    try:
        window.set_language("pt")
        assert window.statusBar().currentMessage() == ""
    finally:
        window.set_language("en")
        install_language("en")
