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


def test_an_open_query_tool_follows_the_switch(window, qtbot):
    from qda_app.gui.i18n import install_language

    tool = window.queries.open_tool()
    assert tool.codes_label.text() == "Double-click to add to the query:"
    try:
        window.set_language("es")
        qtbot.waitUntil(lambda: tool.codes_label.text() == "Doble clic para añadir a la consulta:")
        assert tool.operand_tabs.tabText(0) == "Códigos"
    finally:
        window.set_language("en")
        install_language("en")
    qtbot.waitUntil(lambda: tool.run_button.text() == "Run")
    tool.close()
