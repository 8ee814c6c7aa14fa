"""Checking an open project's file in the background, without giving up what the check guards.

Opening used to run ``PRAGMA quick_check`` before anything else: a fifth of a second on a
200 MB project, every time, before the window could show a thing. The window now opens the
file unchecked, shows it, and then checks it in a thread of its own; the guarantee stays:

- nothing is written before the check has passed: the first write waits for it, and a file
  found damaged refuses every write with ``ProjectDamaged`` (a migration, which writes at
  open, still checks first - ``store.opening``);
- the backup taken on opening is taken only after the check passed, so a damaged file never
  pushes a good backup out of the kept ones;
- what the check found reaches the user at once, worded, with the backups offered.

The command line keeps checking at open: each command opens the file once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from qda_app.core.errors import ProjectDamaged
from qda_app.store.opening import FileCheck


class IntegrityCheck:
    """One file's quick_check, begun with ``start`` (or by the first write) and run once."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._check = FileCheck(self.path)
        self._thread: threading.Thread | None = None
        self._started = threading.Lock()
        self.finished = threading.Event()
        self.problem: str | None = None  # what the check found; None while running or when sound
        self.cancelled = False
        self.on_finished: Callable[[], None] | None = None  # called in the worker thread

    def start(self) -> None:
        with self._started:
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._run, name="qda-integrity-check", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        found = self._check.run()
        if found == FileCheck.INTERRUPTED:
            self.cancelled = True
        else:
            self.problem = found
        self.finished.set()
        if self.on_finished is not None:
            self.on_finished()

    def wait(self) -> str | None:
        """Start the check if it has not started, and wait for it; what it found (None: sound)."""
        self.start()
        self.finished.wait()
        return self.problem

    def cancel(self) -> None:
        """The project is closing: stop a check under way (its answer no longer matters)."""
        self._check.interrupt()
        if self._thread is not None:
            self._thread.join()

    def guard_writes(self) -> None:
        """Before a write: the file must have passed the check (waited for when still running)."""
        if self.cancelled:
            return  # closing: the lock refuses writes from here on
        problem = self.wait()
        if problem is not None:
            raise ProjectDamaged(path=str(self.path), detail=problem)

    @property
    def passed(self) -> bool:
        return self.finished.is_set() and self.problem is None and not self.cancelled
