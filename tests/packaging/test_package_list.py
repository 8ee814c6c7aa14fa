"""Every folder of Python modules is a package listed in pyproject (a missing one breaks the wheel)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_module_folder_is_a_listed_package_with_an_init():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    folders = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "qda_app").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert folders - listed == set()
    for folder in folders:
        assert (ROOT / folder.replace(".", "/") / "__init__.py").exists(), folder
