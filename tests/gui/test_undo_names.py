"""Undo names are whole sentences in the reader's language: Edit menu and undo history."""

from __future__ import annotations

import ast
from pathlib import Path

from qda_app.gui import undo_names
from qda_app.services import codes
from qda_app.services.command_names import COMMAND_NAMES, command_name

ROOT = Path(__file__).resolve().parents[2]


def test_the_catalogue_copy_is_the_table():
    assert list(undo_names.UNDO_NAMES) == list(COMMAND_NAMES.values())


def test_every_command_of_the_services_is_named_by_a_key():
    """No ``project.execute("...")`` with a plain string: the GUI could only show it in English."""
    plain, named = [], 0
    for path in sorted((ROOT / "qda_app" / "services").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "execute"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id in ("project", "copy")):
                continue  # SQL cursors' execute() are not user actions
            named += 1
            if node.args and isinstance(node.args[0], (ast.Constant, ast.JoinedStr)):
                plain.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert named >= 60 and not plain


def test_one_sentence_per_count():
    assert str(command_name("merge_duplicates", count=1)) == "Merge 1 duplicate code"
    assert str(command_name("merge_duplicates", count=3)) == "Merge 3 duplicate codes"


def test_spanish_edit_menu_and_undo_history_read_whole_sentences(window):
    from qda_app.gui.i18n import install_language

    stack, undo = window.undo_stack, window.registry["actionUndo"]
    try:
        codes.create_code(window.project, path="Gestión")  # named while English is on
        window.set_language("es")
        codes.rename_code(window.project, path="Gestión", new_name="Gestión local")
        assert stack.undoText() == "Renombrar el código «Gestión» como «Gestión local»"
        assert undo.text() == "&Deshacer Renombrar el código «Gestión» como «Gestión local»"
        # the step named before the switch is worded again, whole, in Spanish
        assert [stack.text(i) for i in range(stack.count())][-2:] == [
            "Crear el código «Gestión»", "Renombrar el código «Gestión» como «Gestión local»"]
        stack.undo()
        assert window.registry["actionRedo"].text() == "&Rehacer Renombrar el código «Gestión» como «Gestión local»"
        window.set_language("pt")
        assert stack.undoText() == "Criar o código “Gestión”"
    finally:
        window.set_language("en")
        install_language("en")
    assert stack.undoText() == "Create code 'Gestión'"
