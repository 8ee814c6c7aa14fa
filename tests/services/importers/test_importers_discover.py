from __future__ import annotations

import os
from pathlib import Path

from qda_app.services.importers import SUPPORTED_EXTENSIONS, discover


def touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")


def test_folders_expand_recursively_in_natural_order(tmp_path: Path) -> None:
    touch(tmp_path, "10.txt", "2.txt", "1.TXT", "b/3.docx", "a/Entrevista 10.pdf",
          "a/entrevista 9.odt", "notes.xlsx", "image.png", ".hidden.txt", ".git/x.txt",
          "~$2.docx", ".~lock.2.docx#", "Z.md", "y.HTM", "x.rtf")
    files, problems = discover([tmp_path])
    assert problems == []
    assert [path.relative_to(tmp_path).as_posix() for path in files] == [
        "1.TXT", "2.txt", "10.txt", "a/entrevista 9.odt", "a/Entrevista 10.pdf",
        "b/3.docx", "x.rtf", "y.HTM", "Z.md",
    ]


def test_missing_paths_and_unsupported_files_are_problems(tmp_path: Path) -> None:
    touch(tmp_path, "ok.txt", "hoja.xlsx", "~$lock.docx")
    files, problems = discover([tmp_path / "ok.txt", tmp_path / "missing.txt",
                                tmp_path / "hoja.xlsx", tmp_path / "~$lock.docx"])
    assert files == [tmp_path / "ok.txt"]
    assert [(problem.reason, Path(problem.file).name) for problem in problems] == [
        ("not_found", "missing.txt"),
        ("unsupported_format", "hoja.xlsx"),
        ("unsupported_format", "~$lock.docx"),
    ]


def test_explicit_files_keep_given_order_and_duplicates_collapse(tmp_path: Path) -> None:
    touch(tmp_path, "b.txt", "a.txt")
    files, problems = discover([tmp_path / "b.txt", tmp_path, str(tmp_path / "a.txt")])
    assert files == [tmp_path / "b.txt", tmp_path / "a.txt"]
    assert problems == []


def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    touch(tmp_path, "d/a.txt")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    files, _ = discover([tmp_path])
    assert files == [tmp_path / "d" / "a.txt"]


def test_supported_extensions_are_lower_case_with_dot() -> None:
    assert {".txt", ".docx", ".odt", ".rtf", ".pdf", ".md", ".html", ".htm"} <= SUPPORTED_EXTENSIONS
    assert all(ext.startswith(".") and ext == ext.lower() for ext in SUPPORTED_EXTENSIONS)
