"""Every third-party module the package imports is installed by ``pip install qda_app``.

A module imported by the code but missing from ``[project] dependencies`` works in a
developer's environment (where it happens to be installed) and fails for users of the wheel
and of the desktop build. A requirement of a declared dependency counts (numpy via pandas,
shiboken6 via PySide6); its optional extras do not.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(line: str) -> str:
    return _normalise(re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", line).group(1))


def _imported_top_level_modules() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "qda_app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in ("qda_app", "__future__"):
                    found.setdefault(top, []).append(str(path.relative_to(ROOT)))
    return found


def _installable_distributions() -> set[str]:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    allowed = {_requirement_name(line) for line in declared}
    for name in list(allowed):
        try:
            requirements = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue  # e.g. the PySide6-Essentials line for the other Python version
        allowed |= {_requirement_name(line) for line in requirements if "extra ==" not in line}
    return allowed


def test_every_imported_module_is_a_dependency():
    providers = metadata.packages_distributions()
    allowed = _installable_distributions()
    undeclared = {}
    for module, files in _imported_top_level_modules().items():
        distributions = {_normalise(name) for name in providers.get(module, [module])}
        if not distributions & allowed:
            undeclared[module] = sorted(set(files))
    assert not undeclared, (
        "imported but not installed with the package (add to [project] dependencies): "
        f"{undeclared}"
    )
