"""Turning what the user picked (files and folders) into the list of files to import."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from qda_app.core.errors import ImportRefused
from qda_app.services.importers.detect import SUPPORTED_EXTENSIONS, refuse

_DIGIT_RUNS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[object, ...]:
    """Sort key putting "2.txt" before "10.txt", ignoring case.

    re.split with a capture group alternates text and digits starting with text, so
    positions in two keys always hold the same type and compare without errors.
    """
    return tuple(int(part) if index % 2 else part.casefold()
                 for index, part in enumerate(_DIGIT_RUNS.split(text)))


def _path_key(relative: Path) -> tuple[tuple[object, ...], ...]:
    return tuple(natural_key(part) for part in relative.parts)


def _is_skipped_name(name: str) -> bool:
    # Hidden files, Office lock files (~$Report.docx) and LibreOffice's .~lock.x#.
    return name.startswith((".", "~$"))


def _is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_EXTENSIONS


def discover(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[ImportRefused]]:
    """Expand files and folders into the files to import, and the problems found.

    Folders are walked recursively, keeping supported extensions (any case) and skipping
    hidden files/folders and Office lock files; each folder's files are in natural order
    of their relative path. A file named explicitly is kept if its extension is
    supported (hidden or not: the user chose it), else reported. Missing paths are
    reported as ``not_found``. A file reached twice is listed once, where first found.
    """
    files: list[Path] = []
    problems: list[ImportRefused] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            files.append(path)

    for given in paths:
        path = Path(given)
        if path.is_dir():
            found, folder_problems = _walk(path)
            problems.extend(folder_problems)
            for file in found:
                add(file)
        elif path.is_file():
            if path.name.startswith("~$"):
                problems.append(refuse(str(path), "unsupported_format", key="office_lock_file"))
            elif _is_supported(path):
                add(path)
            else:
                problems.append(refuse(str(path), "unsupported_format", key="extension_not_supported",
                                       extension=path.suffix or "-",
                                       supported=", ".join(sorted(SUPPORTED_EXTENSIONS))))
        elif os.path.lexists(path):
            problems.append(refuse(str(path), "unreadable", key="not_file_or_folder"))
        else:
            problems.append(refuse(str(path), "not_found", "no such file or folder"))
    return files, problems


def _walk(folder: Path) -> tuple[list[Path], list[ImportRefused]]:
    problems: list[ImportRefused] = []

    def on_error(error: OSError) -> None:
        problems.append(refuse(str(error.filename or folder), "unreadable",
                               error.strerror or str(error)))

    found: list[Path] = []
    # os.walk does not follow links to folders by default, so a link loop cannot hang it.
    for directory, subdirectories, names in os.walk(folder, onerror=on_error):
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        for name in names:
            candidate = Path(directory, name)
            if not _is_skipped_name(name) and _is_supported(candidate) \
                    and candidate.is_file():
                found.append(candidate)
    found.sort(key=lambda path: _path_key(path.relative_to(folder)))
    return found, problems
