"""Named, reversible user actions.

A ``CommandRecord`` is what one user action changed (the store's ``ChangeSet``) under the
name the user knows it by ("Code 'Recorte presupuestal'"). Undo reverts the change set and
redo reapplies it; both are single transactions. The GUI wraps records in one generic
``QUndoCommand``; scripts and tests can use ``History`` directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qda_app.services.command_names import CommandName
from qda_app.store.database import ChangeSet

if TYPE_CHECKING:
    from qda_app.services.project import Project


@dataclass
class CommandRecord:
    name: str  # in English, for the CLI and logs
    changes: ChangeSet
    undoable: bool = True
    title: CommandName | None = None  # the same name as key + fields, for the GUI to word

    @property
    def tables(self) -> frozenset[str]:
        return self.changes.tables


@dataclass(frozen=True)
class ChangeNotice:
    """Told to listeners after every action, undo and redo: what to refresh."""

    name: str
    tables: frozenset[str]
    kind: str  # "do" | "undo" | "redo" | "reset"


Listener = Callable[[ChangeNotice, "CommandRecord | None"], None]


@dataclass
class History:
    """A plain undo/redo stack over ``CommandRecord``s for one project."""

    project: Project
    done: list[CommandRecord] = field(default_factory=list)
    undone: list[CommandRecord] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.project.subscribe(self._on_change)

    def _on_change(self, notice: ChangeNotice, record: CommandRecord | None) -> None:
        if notice.kind == "do" and record is not None:
            if record.undoable:
                self.done.append(record)
            else:
                self.done.clear()
            self.undone.clear()
        elif notice.kind == "reset":
            self.done.clear()
            self.undone.clear()

    def undo(self) -> str | None:
        if not self.done:
            return None
        record = self.done.pop()
        self.project.undo(record)
        self.undone.append(record)
        return record.name

    def redo(self) -> str | None:
        if not self.undone:
            return None
        record = self.undone.pop()
        self.project.redo(record)
        self.done.append(record)
        return record.name
