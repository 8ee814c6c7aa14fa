"""Transcripts stay on this machine and readable by their owner only.

1. The whole command-line workflow runs with every way of opening a network connection
   patched to fail: nothing in it may try (no update check, no telemetry, no font or
   schema download).
2. Every file the workflow writes - project, lock, backups, copies, coder copies, reports,
   exports, workbooks, figures - is created 0600 (folders 0700), whatever the umask.
"""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from qda_app.cli.main import main

ATTEMPTS: list[str] = []


def _refuse(*args, **kwargs):  # noqa: ANN002, ANN003
    ATTEMPTS.append(repr(args)[:200])
    raise OSError("network access is not allowed in this test")


@pytest.fixture
def no_network(monkeypatch):
    ATTEMPTS.clear()
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket.socket, "sendto", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    yield ATTEMPTS


def _run(*argv: object) -> None:
    code = main([str(arg) for arg in argv])
    assert code == 0, argv


def test_the_workflow_makes_no_network_connection_and_writes_owner_only_files(
        tmp_path: Path, no_network, monkeypatch, capsys) -> None:
    monkeypatch.setenv("MPLBACKEND", "Agg")
    old_umask = os.umask(0o022)  # a usual umask: files would be 0644 unless made private
    try:
        project = tmp_path / "estudio.qdaproj"
        interview = tmp_path / "E01.txt"
        interview.write_text("Entrevistador: ¿Cómo ve la relación con Lima?\n\n"
                             "Alcalde: Todo pasa por el ministerio, señor. Sin plata no hay obra.\n", encoding="utf-8")
        _run("new", project, "--coder", "Ana")
        _run("import", project, interview)
        _run("add-code", project, "Centralismo::Dependencia")
        _run("code", project, "--doc", 1, "--start", 0, "--end", 40, "--code", "Centralismo::Dependencia")
        _run("code", project, "--doc", 1, "--start", 50, "--end", 90, "--code", "Centralismo::Dependencia",
             "--coder", "Luis")
        _run("report", project, "-o", tmp_path / "informe.xlsx")
        _run("report", project, "-o", tmp_path / "informe.html")
        _run("report", project, "-o", tmp_path / "informe.docx")
        (tmp_path / "csv").mkdir(mode=0o700)
        _run("report", project, "-o", tmp_path / "csv")
        _run("figure", project, "-o", tmp_path / "red.png")
        _run("export-qdpx", project, "-o", tmp_path / "estudio.qdpx")
        _run("export-qdc", project, "-o", tmp_path / "codigos.qdc")
        _run("import-qdpx", tmp_path / "estudio.qdpx", "-o", tmp_path / "reimportado.qdaproj")
        _run("agreement", project, "--coders", "Ana", "Luis", "-o", tmp_path / "acuerdo.xlsx")
        _run("backup", project)
        _run("copy-for-coder", project, tmp_path / "zoe.qdaproj", "--coder", "Zoë")
        _run("pseudonymise", project, "-o", tmp_path / "seudonimo.qdaproj", "--replace", "Lima=Ciudad")
        capsys.readouterr()
    finally:
        os.umask(old_umask)
    assert no_network == [], f"network connections were attempted: {no_network}"
    written = [path for path in tmp_path.rglob("*") if path != interview]
    assert len(written) >= 12
    loose = {str(path.relative_to(tmp_path)): oct(stat.S_IMODE(path.stat().st_mode))
             for path in written
             if stat.S_IMODE(path.stat().st_mode) & 0o077}
    assert loose == {}, "readable by others: " + ", ".join(f"{name} {mode}" for name, mode in loose.items())


def test_the_network_patch_would_catch_a_connection(no_network) -> None:
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 80), timeout=1)
    with pytest.raises(OSError):
        socket.socket().connect(("127.0.0.1", 9))
    assert len(no_network) == 2


def test_agreement_workbook_holds_no_formulas_from_names_or_text(tmp_path: Path, capsys) -> None:
    from openpyxl import load_workbook

    project = tmp_path / "p.qdaproj"
    interview = tmp_path / "E01.txt"
    interview.write_text("=HYPERLINK(\"http://evil.example\",\"clic\") dijo el alcalde, y luego =1+1.\n",
                         encoding="utf-8")
    _run("new", project, "--coder", "Ana")
    _run("import", project, interview)
    _run("add-code", project, "=cmd|' /C calc'!A0")
    _run("code", project, "--doc", 1, "--start", 0, "--end", 30, "--code", "=cmd|' /C calc'!A0")
    _run("code", project, "--doc", 1, "--start", 10, "--end", 60, "--code", "=cmd|' /C calc'!A0",
         "--coder", "Luis")
    _run("agreement", project, "--coders", "Ana", "Luis", "-o", tmp_path / "acuerdo.xlsx")
    capsys.readouterr()
    book = load_workbook(tmp_path / "acuerdo.xlsx")
    texts = [cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
             if isinstance(cell.value, str)]
    assert any(text.startswith("=cmd") for text in texts)  # the name is there, as text
    assert [cell.coordinate for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
            if cell.data_type == "f"] == []
    assert stat.S_IMODE((tmp_path / "acuerdo.xlsx").stat().st_mode) == 0o600
