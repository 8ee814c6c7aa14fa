"""No menu of the real window has two entries with the same keyboard accelerator, in any language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from qda_app.gui.accelerators import accelerator, distinct_accelerators


def clashes(title: str, actions) -> list[str]:
    found: dict[str, str] = {}
    problems = []
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        letter = accelerator(action.text())
        if letter is not None:
            if letter in found:
                problems.append(f"{title}: {found[letter]!r} and {action.text()!r} both use &{letter}")
            found.setdefault(letter, action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            problems += clashes(f"{title} > {action.text()}", menu.actions())
    return problems


def test_accelerator_helper_reads_ampersands():
    assert accelerator("&File") == "f" and accelerator("Save &As…") == "a"
    assert accelerator("Tom && Jerry") is None and accelerator("R&&D &Export") == "e"


def test_clashing_entries_move_to_a_free_word_start_and_keep_free_choices():
    texts = ["&Importar documentos…", "Cop&ia seudonimizada…", "&Salir", "&Seguridad", "R&&D &Exportar"]
    assert distinct_accelerators(texts) == [
        "&Importar documentos…", "&Copia seudonimizada…", "&Salir", "Se&guridad", "R&&D &Exportar"]
    # the first claimant keeps its letter; an entry without any free letter loses its accelerator
    assert distinct_accelerators(["&A", "&a"]) == ["&A", "a"]
    assert distinct_accelerators(["Sin acelerador", "&Otro"]) == ["Sin acelerador", "&Otro"]


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_no_menu_has_two_entries_with_one_accelerator(window, language):
    try:
        window.set_language(language)
        problems = clashes("menu bar", window.menuBar().actions())
    finally:
        window.set_language("en")
    assert not problems, "\n".join(problems)
