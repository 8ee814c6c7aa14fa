"""core, store and services must work without Qt (scripts, the CLI on a server, tests)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import qda_app

LAYERS = ("core", "store", "services")


def _modules(layer: str) -> list[str]:
    root = Path(qda_app.__file__).parent / layer
    names = [f"qda_app.{layer}"]
    for info in pkgutil.walk_packages([str(root)], prefix=f"qda_app.{layer}."):
        names.append(info.name)
    return names


def test_core_store_services_import_with_pyside6_unavailable():
    modules = [name for layer in LAYERS for name in _modules(layer)]
    assert len(modules) > 10
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6') or name.startswith('qda_app.gui'):\n"
        "            raise ImportError('blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import importlib\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print('ok')\n"
    )
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "ok"


def test_no_sql_outside_the_store():
    import re

    sql = re.compile(r"[\"'](\s*)(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE|PRAGMA)\b")
    root = Path(qda_app.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        if "store" in path.relative_to(root).parts:
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"^\s*(import sqlite3|from sqlite3)", text, re.M) and path.name != "main.py":
            offenders.append(f"{path.relative_to(root)}: imports sqlite3")
        for match in sql.finditer(text):
            offenders.append(f"{path.relative_to(root)}: {match.group(2)}")
    assert offenders == [], offenders
