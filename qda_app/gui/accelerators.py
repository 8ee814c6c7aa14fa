"""Keyboard accelerators that never clash, in any language.

Translators choose an accelerator for each menu entry ("&Archivo"), but a menu assembled from
entries translated one by one can end up with two entries on one letter (Spanish "&Edición" and
"&Equipo"). After every retranslation, and each time a menu opens (its entries may have changed
text, like Undo's), the entries of each menu keep the translator's letter where it is free and the
others move to a free letter, preferring the start of a word - as KDE's accelerator manager does.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMenu, QMenuBar


def accelerator(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand), folded for comparison."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] != "&":
                return text[index + 1].casefold()
            index += 1
        index += 1
    return None


def _without_accelerator(text: str) -> str:
    pieces, index = [], 0
    while index < len(text):
        if text[index] == "&" and index + 1 < len(text) and text[index + 1] == "&":
            pieces.append("&&")
            index += 2
            continue
        if text[index] != "&":
            pieces.append(text[index])
        index += 1
    return "".join(pieces)


def _free_position(plain: str, taken: set[str]) -> int | None:
    """Index in ``plain`` of the best free letter: a word's first letter, else any letter."""
    candidates = [index for index, char in enumerate(plain) if char.isalnum() and char.casefold() not in taken
                  and not (index > 0 and plain[index - 1] == "&")]
    for index in candidates:
        if index == 0 or not plain[index - 1].isalnum():
            return index
    return candidates[0] if candidates else None


def distinct_accelerators(texts: Sequence[str]) -> list[str]:
    """The same entries with accelerators moved so that no two share a letter."""
    taken: set[str] = set()
    result = list(texts)
    losers = []
    for position, text in enumerate(texts):
        letter = accelerator(text)
        if letter is None:
            continue
        if letter in taken or not letter.isalnum():
            losers.append(position)
        else:
            taken.add(letter)
    for position in losers:
        plain = _without_accelerator(texts[position])
        index = _free_position(plain, taken)
        if index is None:
            result[position] = plain
            continue
        taken.add(plain[index].casefold())
        result[position] = plain[:index] + "&" + plain[index:]
    return result


def _apply(actions) -> None:
    shown = [action for action in actions if not action.isSeparator() and action.isVisible()]
    for action, text in zip(shown, distinct_accelerators([action.text() for action in shown])):
        if action.text() != text:
            action.setText(text)


def assign_menu_accelerators(menu: QMenu) -> None:
    """Make ``menu`` and its submenus free of clashes: a context menu, once it is filled (Qt's
    own entries, Copy and Select All, come first and keep their letters)."""
    _apply_to_menu(menu)


def _apply_to_menu(menu: QMenu) -> None:
    _apply(menu.actions())
    if not menu.property("accelerators_watched"):
        menu.setProperty("accelerators_watched", True)
        menu.aboutToShow.connect(lambda menu=menu: _apply(menu.actions()))
    for action in menu.actions():
        if isinstance(action.menu(), QMenu):
            _apply_to_menu(action.menu())


def assign_accelerators(menu_bar: QMenuBar) -> None:
    """Make every menu of the bar, and the bar itself, free of accelerator clashes."""
    _apply(menu_bar.actions())
    for action in menu_bar.actions():
        if isinstance(action.menu(), QMenu):
            _apply_to_menu(action.menu())
