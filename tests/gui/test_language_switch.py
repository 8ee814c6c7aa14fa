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


def test_open_code_groups_and_relation_types_dialogs_follow_the_switch(window, qtbot):
    from qda_app.gui.i18n import install_language

    groups = window.relation_actions.manage_code_groups()
    types = window.relation_actions.relation_types()
    part_of = next(row for row in range(types.list.count()) if types.list.item(row).text() == "is part of")
    assert (groups.windowTitle(), types.windowTitle()) == ("Code Groups", "Relation Types")
    try:
        window.set_language("es")
        qtbot.waitUntil(lambda: groups.windowTitle() == "Grupos de códigos")
        assert groups.new_button.text() == "Nuevo grupo…"
        qtbot.waitUntil(lambda: types.windowTitle() == "Tipos de relación")
        assert types.scope_bar.tabText(0) == "Relaciones entre códigos"
        assert types.list.item(part_of).text() == "es parte de"
        assert types.behaviour.itemText(0) == "Dirigida (A → B)"
    finally:
        window.set_language("en")
        install_language("en")
    qtbot.waitUntil(lambda: groups.windowTitle() == "Code Groups")
    qtbot.waitUntil(lambda: types.list.item(part_of).text() == "is part of")
    groups.close()
    types.close()


def test_built_in_relation_types_are_named_in_the_language_of_the_undo_entry(window, qtbot):
    from qda_app.gui.i18n import install_language
    from qda_app.services import relations

    relations.relate_codes(window.project, source="Centralismo::Recorte presupuestal", target="Centralismo",
                           relation="is part of")
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1)
    assert window.undo_stack.undoText() == "Relate 'Recorte presupuestal' is part of 'Centralismo'"
    try:
        window.set_language("es")
        assert window.undo_stack.undoText() == "Relacionar: «Recorte presupuestal» es parte de «Centralismo»"
        window.set_language("pt")
        assert window.undo_stack.undoText() == "Relacionar: “Recorte presupuestal” é parte de “Centralismo”"
    finally:
        window.set_language("en")
        install_language("en")
    assert window.undo_stack.undoText() == "Relate 'Recorte presupuestal' is part of 'Centralismo'"


def test_a_refused_relation_names_its_built_in_type_in_the_reader_language():
    from qda_app.core.errors import RelationCycle
    from qda_app.core.localized import LocalizedName
    from qda_app.gui.i18n import install_language
    from qda_app.gui.messages import error_text

    error = RelationCycle(source="A", relation=LocalizedName("is part of", es="es parte de", pt="é parte de"),
                          target="B")
    try:
        install_language("es")
        assert "es parte de" in error_text(error)
        assert "is part of" not in error_text(error)
    finally:
        install_language("en")
    assert "'A' is part of 'B'" in error_text(error)


def test_the_window_fits_a_1024_pixel_screen_in_every_language(window, qtbot):
    from qda_app.gui.i18n import install_language

    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    try:
        for language in ("en", "es", "pt"):
            window.set_language(language)
            qtbot.wait(10)
            assert window.minimumSizeHint().width() <= 1024, language
    finally:
        window.set_language("en")
        install_language("en")


def test_the_comment_pane_heading_follows_the_switch(window):
    from qda_app.gui.i18n import install_language

    window.open_document(1)
    window.notes.show_document(1)
    heading = window.notes.comment_pane.heading
    assert heading.text() == "Comment on document 1"
    try:
        window.set_language("es")
        assert heading.text() == "Comentario del documento 1"
        window.set_language("pt")
        assert heading.text() == "Comentário do documento 1"
    finally:
        window.set_language("en")
        install_language("en")
    assert heading.text() == "Comment on document 1"
