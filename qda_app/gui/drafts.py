"""Typed text is never lost: saved as you type, with a draft on disk until it is saved.

``AutoSaver`` saves an editor's text after a pause in typing (one command, so one undo step,
per burst of typing) and at once when the editor is about to show something else or the
project closes. Between a keystroke and that save, the text sits in a draft file beside the
program's settings (written through services.atomic_files, a fraction of a second after the
keystroke), so a crash or a kill loses at most that fraction; ``pending_drafts`` finds them at
the next start for the window to put back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from qda_app.services.atomic_files import write_atomically

SAVE_PAUSE_MS = 900  # a pause this long ends a burst of typing
DRAFT_PAUSE_MS = 150


@dataclass(frozen=True)
class Draft:
    kind: str  # "memo", "quotation" (comment), "code" (definition)
    target: int  # database id
    text: str
    title: str | None = None
    path: Path | None = None


def drafts_folder(project_path: str | Path) -> Path:
    # The generic data folder, not the application's: the same folder whichever program name
    # Qt was started under (qda-app, qda-app-gui, a script).
    generic = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    base = Path(generic or Path.home()) / "qda_app"
    digest = hashlib.sha1(str(Path(project_path).resolve()).encode("utf-8")).hexdigest()[:16]
    return base / "drafts" / digest


def write_draft(project_path: str | Path, draft: Draft) -> None:
    folder = drafts_folder(project_path)
    folder.mkdir(parents=True, exist_ok=True)
    body = {"kind": draft.kind, "target": draft.target, "text": draft.text, "title": draft.title,
            "project": str(Path(project_path).resolve())}
    write_atomically(folder / f"{draft.kind}-{draft.target}.json", json.dumps(body, ensure_ascii=False).encode("utf-8"))


def remove_draft(project_path: str | Path, kind: str, target: int) -> None:
    (drafts_folder(project_path) / f"{kind}-{target}.json").unlink(missing_ok=True)


def pending_drafts(project_path: str | Path) -> list[Draft]:
    found = []
    folder = drafts_folder(project_path)
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            body = json.loads(path.read_text(encoding="utf-8"))
            found.append(Draft(str(body["kind"]), int(body["target"]), str(body["text"]), body.get("title"), path))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a draft cut short by the crash itself: nothing to put back
    return found


class AutoSaver(QObject):
    """Debounced saving of one editor's text for one target at a time."""

    def __init__(self, *, save: Callable[[Draft], bool], project_path: Callable[[], Path | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._project_path = project_path
        self.pending: Draft | None = None
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_PAUSE_MS)
        self._save_timer.timeout.connect(self.flush)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_PAUSE_MS)
        self._draft_timer.timeout.connect(self._write_draft)

    def changed(self, draft: Draft) -> None:
        """The text was edited: save after the next pause, draft almost at once."""
        if self.pending is not None and (self.pending.kind, self.pending.target) != (draft.kind, draft.target):
            self.flush()
        self.pending = draft
        self._save_timer.start()
        self._draft_timer.start()

    def _write_draft(self) -> None:
        path = self._project_path()
        if self.pending is not None and path is not None:
            try:
                write_draft(path, self.pending)
            except OSError:
                pass  # no draft folder (read-only home): the save after the pause still comes

    def flush(self) -> None:
        """Save now what was typed (before switching, closing, or when the pause ends)."""
        self._save_timer.stop()
        self._draft_timer.stop()
        draft, self.pending = self.pending, None
        if draft is None:
            return
        saved = self._save(draft)
        path = self._project_path()
        if saved and path is not None:
            remove_draft(path, draft.kind, draft.target)

    def discard(self) -> None:
        self._save_timer.stop()
        self._draft_timer.stop()
        self.pending = None
