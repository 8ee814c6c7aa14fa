"""A project's own stop list: words it adds to the shipped list and words it keeps from it.

A study of mayors may want "municipalidad" left out of its word clouds, another the shipped
"nada" kept in. The changes are the project's (stored in its settings, one undoable action per
edit), applied over whichever shipped list the report uses.
"""

from __future__ import annotations

from collections.abc import Iterable

from qda_app.services.command_names import command_name
from qda_app.services.project import Project
from qda_app.store import coders as setting_store

ADDED = "words.stop_words.added"
KEPT = "words.stop_words.kept"


def _words(value: str | None) -> list[str]:
    return [word for word in (value or "").split("\n") if word]


def _clean(words: Iterable[str]) -> list[str]:
    return sorted({word.strip().casefold() for word in words if word.strip()})


def stop_list_changes(project: Project) -> tuple[list[str], list[str]]:
    """(words the project adds, words it keeps although the shipped list has them)."""
    db = project.database
    return _words(setting_store.get_setting(db, ADDED)), _words(setting_store.get_setting(db, KEPT))


def project_stop_words(project: Project, shipped: frozenset[str]) -> frozenset[str]:
    added, kept = stop_list_changes(project)
    return (shipped | frozenset(added)) - frozenset(kept)


def set_stop_list_changes(project: Project, *, added: Iterable[str], kept: Iterable[str]) -> None:
    """Replace the project's additions and exceptions (one undoable action)."""
    added_words, kept_words = _clean(added), _clean(kept)
    kept_words = [word for word in kept_words if word not in added_words]

    def action() -> None:
        setting_store.set_setting(project.database, ADDED, "\n".join(added_words))
        setting_store.set_setting(project.database, KEPT, "\n".join(kept_words))

    project.execute(command_name("edit_stop_words"), action)


def edit_stop_words(project: Project, *, add: Iterable[str] = (), keep: Iterable[str] = ()) -> None:
    """Add words to the project's stop list and keep others in (an added word kept in is dropped
    from the additions and the other way round)."""
    added, kept = stop_list_changes(project)
    add_words, keep_words = set(_clean(add)), set(_clean(keep))
    set_stop_list_changes(project, added=(set(added) - keep_words) | add_words,
                          kept=(set(kept) - add_words) | keep_words)
