"""What the program remembers between sessions (QSettings): coder, recent projects, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 10
MAX_RECENT_CODES = 8


class AppSettings:
    def __init__(self) -> None:
        self.store = QSettings("qda_app", "qda_app")
        self._recent_codes: list[str] | None = None

    @property
    def coder(self) -> str:
        return str(self.store.value("coder", "") or "")

    @coder.setter
    def coder(self, name: str) -> None:
        self.store.setValue("coder", name.strip())

    @property
    def language(self) -> str:
        return str(self.store.value("language", "") or "")  # "": follow the system

    @language.setter
    def language(self, code: str) -> None:
        self.store.setValue("language", code)

    @property
    def colour_by_coder(self) -> bool:
        return str(self.store.value("colour_by_coder", "false")).lower() == "true"

    @colour_by_coder.setter
    def colour_by_coder(self, value: bool) -> None:
        self.store.setValue("colour_by_coder", "true" if value else "false")

    def recent_projects(self) -> list[str]:
        value = self.store.value("recent_projects", []) or []
        entries = [value] if isinstance(value, str) else list(value)
        return [entry for entry in entries if Path(entry).exists()]

    def add_recent(self, path: str | Path) -> None:
        entry = str(Path(path).resolve())
        entries = [entry] + [item for item in self.recent_projects() if item != entry]
        self.store.setValue("recent_projects", entries[:MAX_RECENT])

    def recent_codes(self) -> list[str]:
        if self._recent_codes is None:
            value = self.store.value("recent_codes", []) or []
            self._recent_codes = [value] if isinstance(value, str) else [str(entry) for entry in value]
        return list(self._recent_codes)

    def add_recent_codes(self, paths: list[str]) -> None:
        """Remembered at once, written with the other settings when the project closes:
        writing settings costs a file write, and coding must show within a frame or two."""
        self._recent_codes = list(dict.fromkeys(list(paths) + self.recent_codes()))[:MAX_RECENT_CODES]

    def save_recent_codes(self) -> None:
        if self._recent_codes is not None:
            self.store.setValue("recent_codes", self._recent_codes)

    def save_geometry(self, geometry: bytes, state: bytes) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    def geometry(self) -> tuple[object, object]:
        return self.store.value("window/geometry"), self.store.value("window/state")
