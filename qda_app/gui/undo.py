"""One generic QUndoCommand over the services' CommandRecord, on one QUndoStack per project.

The services already did the work when the notice arrives, so the adapter's first redo()
(QUndoStack.push calls it) is skipped; afterwards undo/redo replay the recorded change set.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from qda_app.core.errors import QdaError
from qda_app.gui.undo_names import translated_command_name
from qda_app.services.commands import ChangeNotice, CommandRecord
from qda_app.services.project import Project


def relabel_commands(stack: QUndoStack) -> None:
    """Word every step of ``stack`` again in the current language (after a switch)."""
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, RecordCommand):
            text = translated_command_name(command.record)
            if command.text() != text:
                command.setText(text)


class RecordCommand(QUndoCommand):
    def __init__(self, project: Project, record: CommandRecord,
                 on_error: Callable[[QdaError], None] | None = None) -> None:
        super().__init__(translated_command_name(record))
        self.project = project
        self.record = record
        self.on_error = on_error
        self._first_redo = True

    def redo(self) -> None:
        if self._first_redo:
            self._first_redo = False  # the action ran already, in the service
            return
        self._replay(self.project.redo)

    def undo(self) -> None:
        self._replay(self.project.undo)

    def _replay(self, step: Callable[[CommandRecord], None]) -> None:
        # Qt calls this from QUndoStack: an exception would only be printed, so a refused
        # undo or redo (a lost lock, a full disk) is handed to the window to say so.
        try:
            step(self.record)
        except QdaError as error:
            if self.on_error is None:
                raise
            self.on_error(error)


class UndoBridge(QObject):
    """Subscribes to a project; keeps the undo stack in step and re-announces notices.

    ``changed`` is emitted on the GUI thread: a notice raised by a background job arrives
    through a queued connection, so nothing touches widgets from the worker thread.
    """

    changed = Signal(object, object)  # ChangeNotice, CommandRecord | None
    failed = Signal(object)  # a QdaError raised by an undo or redo
    _noticed = Signal(object, object)

    def __init__(self, project: Project, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.stack = stack
        self._noticed.connect(self._on_notice, Qt.ConnectionType.AutoConnection)
        project.subscribe(self._listener)

    def _listener(self, notice: ChangeNotice, record: CommandRecord | None) -> None:
        self._noticed.emit(notice, record)

    def _on_notice(self, notice: ChangeNotice, record: CommandRecord | None) -> None:
        if notice.kind == "do" and record is not None:
            if record.undoable:
                self.stack.push(RecordCommand(self.project, record, self.failed.emit))
            else:
                self.stack.clear()  # a non-undoable action invalidates the recorded images
        elif notice.kind == "reset":
            self.stack.clear()
        self.changed.emit(notice, record)

    def detach(self) -> None:
        self.project.unsubscribe(self._listener)
