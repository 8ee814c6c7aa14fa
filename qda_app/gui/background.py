"""The one way to run long work off the GUI thread: a worker thread and a progress dialog.

``work(progress, is_cancelled)`` runs in a QThread; ``progress(done, total, label)`` is
thread-safe (it only emits a signal) and ``is_cancelled()`` reads a flag the Cancel button
sets. The worker never touches widgets. The call blocks in a local event loop, so the window
stays painted, and returns the work's result or raises its exception on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class _Worker(QThread):
    progressed = Signal(int, int, str)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.cancelled = False
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(self.progressed.emit, lambda: self.cancelled)
        except BaseException as error:  # handed back to the GUI thread, re-raised there
            self.error = error


def run_in_background(parent: QWidget | None, *, title: str, work: Work, delay_ms: int = 300) -> Any:
    dialog = QProgressDialog(title, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setMinimumDuration(delay_ms)  # quick jobs never flash a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = _Worker(work, parent)

    def on_progress(done: int, total: int, label: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if label:
            dialog.setLabelText(f"{title}\n{label}")

    def on_cancel() -> None:
        worker.cancelled = True
        dialog.setLabelText(QProgressDialog.tr("Cancelling…"))

    worker.progressed.connect(on_progress)
    dialog.canceled.connect(on_cancel)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    if worker.isRunning():
        loop.exec()
    worker.wait()
    dialog.close()
    dialog.deleteLater()
    worker.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result
