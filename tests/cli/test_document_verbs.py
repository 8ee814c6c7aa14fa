"""edit-text, print-doc, and opening a project by its path (the desktop file's Exec line)."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from qda_app.services import coding, documents
from qda_app.services.project import Project
from tests.cli_support import run_cli

ROOT = Path(__file__).parents[2]
TEXT = "Alcalde: el presupesto llega tarde.\nAlcalde: en Lima deciden todo.\nFin de la entrevista.\n"


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "estudio.qdaproj"
    with Project.create(path, coder="ana") as project:
        documents.add_text_document(project, name="E01", text=TEXT)
        start = TEXT.index("el presupesto")
        coding.code_span(project, document=1, start=start, end=start + len("el presupesto llega tarde"), codes=["A"])
        start = TEXT.index("Fin")
        coding.code_span(project, document=1, start=start, end=start + len("Fin de la entrevista."), codes=["B"])
    return path


def test_edit_text_lists_changed_and_lost_passages(project_path: Path, tmp_path: Path):
    corrected = tmp_path / "corregido.txt"
    corrected.write_text(TEXT.replace("presupesto", "presupuesto").replace("Fin de la entrevista.\n", ""),
                         encoding="utf-8")
    result = run_cli("edit-text", project_path, "1", corrected)
    assert result.code == 0, result.stderr
    assert "1:1: 'el presupesto llega tarde' -> 'el presupuesto llega tarde'" in result.stdout
    assert "1:2: its whole passage was deleted" in result.stderr
    with Project.open(project_path, read_only=True) as project:
        texts = {q.quotation_id: q.text for q in coding.list_quotations(project)}
    assert texts["1:1"] == "el presupuesto llega tarde"


def test_edit_text_with_a_missing_file_is_one_line_and_changes_nothing(project_path: Path, tmp_path: Path):
    result = run_cli("edit-text", project_path, "1", tmp_path / "no.txt")
    assert result.code == 1 and len(result.stderr.strip().splitlines()) == 1 and "no.txt" in result.stderr
    with Project.open(project_path, read_only=True) as project:
        assert documents.document_text(project, 1) == TEXT


def test_print_doc_writes_a_pdf_and_never_onto_the_project(project_path: Path, tmp_path: Path):
    target = tmp_path / "e01.pdf"
    result = run_cli("print-doc", project_path, "1", "-o", target)
    assert result.code == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF") and "pages: 1; quotations: 2" in result.stdout
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".tmp")]
    missing = run_cli("print-doc", project_path, "1", "-o", tmp_path / "nowhere" / "x.pdf")
    assert missing.code == 1 and "does not exist" in missing.stderr


def _environment(**changes: str) -> dict[str, str]:
    environment = dict(os.environ, PYTHONPATH=str(ROOT), **changes)
    return environment


def test_the_desktop_files_exec_line_opens_the_project(project_path: Path, tmp_path: Path):
    desktop = (ROOT / "packaging" / "io.github.qda_app.QdaApp.desktop").read_text(encoding="utf-8")
    exec_line = next(line.split("=", 1)[1] for line in desktop.splitlines() if line.startswith("Exec="))
    words = [str(project_path) if word == "%f" else word for word in shlex.split(exec_line)]
    assert words[0] == "qda-app"
    command = [sys.executable, "-m", "qda_app", *words[1:]]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=120, env=_environment(
        QT_QPA_PLATFORM="offscreen", QDA_APP_SMOKE_TEST="1", XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data")))
    assert completed.returncode == 0, completed.stderr
    assert "invalid choice" not in completed.stderr


def test_a_path_that_is_not_a_project_file_is_one_clear_line(tmp_path: Path):
    result = run_cli(tmp_path / "falta.qdaproj")
    assert result.code == 1 and "falta.qdaproj" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_the_gui_launcher_without_a_display_says_what_the_cli_says(tmp_path: Path):
    environment = {key: value for key, value in _environment().items()
                   if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    gui = subprocess.run([sys.executable, "-c", "import sys; from qda_app.gui.app import main; sys.exit(main())"],
                         capture_output=True, text=True, timeout=120, env=environment)
    cli = subprocess.run([sys.executable, "-m", "qda_app"], capture_output=True, text=True, timeout=120, env=environment)
    assert gui.returncode == cli.returncode == 1
    assert gui.stderr == cli.stderr and len(gui.stderr.strip().splitlines()) == 1 and "display" in gui.stderr
