"""Every text file the program reads or writes names its encoding.

Without ``encoding=`` Python uses the locale's: UTF-8 on Linux and macOS, but cp1252 (or
another ANSI code page) on Windows, where a Spanish or Portuguese name or text either cannot
be written or is read back wrong. Checked in the source, since this system's locale is UTF-8
and a run here cannot show it.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted([*(ROOT / "qda_app").rglob("*.py"), ROOT / "packaging" / "qda_app.spec"])

# Calls that open a file; the position of their mode argument and their default mode.
_OPENERS = {"open": (1, "r"), "NamedTemporaryFile": (0, "w+b"), "TemporaryFile": (0, "w+b"),
            "SpooledTemporaryFile": (1, "w+b"), "fdopen": (1, "r")}
_ALWAYS_TEXT = {"read_text", "write_text", "TextIOWrapper"}


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        # A bare read_text/write_text is a function of ours (cli.output), not Path's method.
        return None if call.func.id in ("read_text", "write_text") else call.func.id
    if isinstance(call.func, ast.Attribute):
        # ``x.open(...)`` is a project, a zip member or a Path: only os/io/tempfile openers count.
        # os.open gives a descriptor for bytes (os.write), never text.
        owner = call.func.value.id if isinstance(call.func.value, ast.Name) else None
        if call.func.attr in _OPENERS and owner not in ("io", "tempfile"):
            return None
        return call.func.attr
    return None


def _text_mode(call: ast.Call, position: int, default: str) -> bool:
    mode = next((keyword.value for keyword in call.keywords if keyword.arg == "mode"), None)
    if mode is None and len(call.args) > position:
        mode = call.args[position]
    if mode is None:
        return "b" not in default
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str):
        return "b" not in mode.value
    return True  # a mode computed at run time: say the encoding anyway


def _without_encoding(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        if name is None or any(keyword.arg == "encoding" for keyword in node.keywords):
            continue
        if name in _ALWAYS_TEXT or (name in _OPENERS and _text_mode(node, *_OPENERS[name])):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}(...)")
    return found


def test_every_text_file_opened_names_its_encoding():
    missing = [place for path in SOURCES for place in _without_encoding(path)]
    assert missing == []


def test_the_check_sees_what_it_looks_for(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import tempfile\n"
        "open(name)\n"
        "open(name, 'w')\n"
        "open(name, 'rb')\n"
        "open(name, 'w', encoding='utf-8')\n"
        "tempfile.NamedTemporaryFile('w', delete=False)\n"
        "tempfile.NamedTemporaryFile(delete=False)\n"
        "path.read_text()\n"
        "path.write_text(text, encoding='utf-8')\n"
        "project.open(name)\n"
        "os.open(name, os.O_RDONLY)\n"
        "write_text(line)\n", encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        lines = [place.split(":")[1].split()[0] for place in _without_encoding(sample)]
    finally:
        ROOT = saved
    assert lines == ["2", "3", "6", "8"]
