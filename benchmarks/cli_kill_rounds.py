"""Kill the ``qda-app`` *process* during commands that write files, and count what that cost.

Used by crash_harness.py (``--cli-kills N``). Each round runs one command - restore,
pseudonymise, copy-for-coder --blind, import-qdpx, export-qdpx, export-qdc, report (xlsx and
docx), agreement -o - as its own process and SIGKILLs it at a random moment within the time
that command normally takes. Between rounds a ``code`` command (not killed) adds a quotation,
and that acknowledged action is what a later kill must not lose.

After every kill:
- the project passes ``PRAGMA integrity_check``;
- every acknowledged quotation is in the project or in a kept pre-restore state
  (``.before-restore-N``: a restore replaces the project by a backup on purpose) - else "lost";
- the command's output is absent or whole and right: a valid archive, workbook or project; a
  pseudonymised copy without the name; a blind copy without other coders' quotations - else
  "leaked";
- after the next command, no temporary file of a killed run is left in the folder - else "leaked".
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "Juan Pérez"
TEXT = (f"Entrevista con {NAME}, alcalde. El señor {NAME} dijo que todo pasa por Lima; " * 40)[:4000]
SCENARIOS = ("restore", "pseudonymise", "copy-blind", "import-qdpx", "export-qdpx", "export-qdc",
             "report-xlsx", "report-docx", "agreement")
LEFTOVER = re.compile(r"^\..+\.q\d+-[0-9a-f]{4}-[0-9a-z_]+\.(tmp|importing|restoring|building|partial)")


def _cli(*args: object, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "qda_app", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def _prepare(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from qda_app.services import coding, documents
    from qda_app.services.project import Project

    path = folder / "study.qdaproj"
    with Project.create(path, coder="Ana") as project:
        for number in range(3):
            documents.add_text_document(project, name=f"E0{number + 1}", text=TEXT)
        for start in range(0, 3000, 150):
            document = 1 + (start // 150) % 3
            coding.code_span(project, document=document, start=start, end=start + 60, codes=["Cat::A"])
            coding.code_span(project, document=document, start=start + 10, end=start + 70, codes=["Cat::B"],
                             coder="Luis")
    _cli("export-qdpx", path, "-o", folder / "source.qdpx")
    _cli("backup", path)
    return path


def _command(scenario: str, project: Path, out: Path) -> list[str]:
    commands = {
        "restore": ["restore", project],
        "pseudonymise": ["pseudonymise", project, "-o", out.with_suffix(".qdaproj"), "--replace", f"{NAME}=E01"],
        "copy-blind": ["copy-for-coder", project, out.with_suffix(".qdaproj"), "--coder", "Luis", "--blind"],
        "import-qdpx": ["import-qdpx", project.with_name("source.qdpx"), "-o", out.with_suffix(".qdaproj")],
        "export-qdpx": ["export-qdpx", project, "-o", out.with_suffix(".qdpx")],
        "export-qdc": ["export-qdc", project, "-o", out.with_suffix(".qdc")],
        "report-xlsx": ["report", project, "-o", out.with_suffix(".xlsx")],
        "report-docx": ["report", project, "-o", out.with_suffix(".docx")],
        "agreement": ["agreement", project, "--coders", "Ana", "Luis", "-o", out.with_suffix(".xlsx")],
    }
    return [sys.executable, "-m", "qda_app", *map(str, commands[scenario])]


def _quotations(path: Path) -> set[tuple[int, int, int]]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute('SELECT d.number, q.start, q."end" FROM quotations q '
                                  "JOIN documents d ON d.id = q.document_id").fetchall()
    finally:
        connection.close()
    return {tuple(row) for row in rows}  # type: ignore[misc]


def _integrity(path: Path) -> str:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def _output_problem(scenario: str, out: Path) -> str | None:
    """Why the output at ``out`` is not whole and right, or None (absent counts as fine)."""
    suffix = {"export-qdpx": ".qdpx", "export-qdc": ".qdc", "report-xlsx": ".xlsx", "report-docx": ".docx",
              "agreement": ".xlsx"}.get(scenario, ".qdaproj")
    target = out.with_suffix(suffix)
    if scenario == "restore" or not target.exists():
        return None
    try:
        if suffix in (".qdpx", ".xlsx", ".docx"):
            with zipfile.ZipFile(target) as archive:
                if archive.testzip() is not None:
                    return f"{target.name}: damaged archive"
        elif suffix == ".qdc":
            import xml.etree.ElementTree as ET

            ET.parse(target)
        else:
            if _integrity(target) != "ok":
                return f"{target.name}: damaged project"
            data = target.read_bytes()
            if scenario == "pseudonymise" and NAME.encode("utf-8") in data:
                return f"{target.name}: the name is still in the pseudonymised copy"
            if scenario == "copy-blind":
                connection = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
                others = connection.execute("SELECT count(*) FROM quotations q JOIN coders c ON c.id = q.created_by "
                                            "WHERE c.name <> 'Luis'").fetchone()[0]
                connection.close()
                if others:
                    return f"{target.name}: a blind copy holding {others} quotations of other coders"
            if scenario == "import-qdpx":
                connection = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
                count = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
                connection.close()
                if count != 3:
                    return f"{target.name}: an imported project with {count} of its 3 documents"
    except Exception as error:  # noqa: BLE001 - any unreadable output is a finding
        return f"{target.name}: unreadable ({error})"
    return None


def _durations(project: Path, folder: Path) -> dict[str, float]:
    """How long each command takes here, so kills land anywhere within it."""
    found = {}
    for scenario in SCENARIOS:
        out = folder / f"timing-{scenario}"
        began = time.perf_counter()
        subprocess.run(_command(scenario, project, out), cwd=ROOT, capture_output=True, timeout=300)
        found[scenario] = time.perf_counter() - began
        for leftover in folder.glob(f"timing-{scenario}*"):
            leftover.unlink()
    return found


def run_cli_kills(kills: int, *, seed: int = 1, folder: Path) -> dict:
    rng = random.Random(seed)
    project = _prepare(folder)
    durations = _durations(project, folder)
    acknowledged: set[tuple[int, int, int]] = set()
    lost: list[str] = []
    leaked: list[str] = []
    refused: list[str] = []  # a project left unusable after a kill would show here
    completed = 0
    for kill in range(kills):
        if kill % 15 == 0:
            _cli("backup", project)
        scenario = SCENARIOS[kill % len(SCENARIOS)]
        out = folder / f"out-{kill}"
        child = subprocess.Popen(_command(scenario, project, out), cwd=ROOT, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.0, durations[scenario] * 1.1))
        child.send_signal(signal.SIGKILL)
        if child.wait(timeout=60) == 0:
            completed += 1
        integrity = _integrity(project)
        if integrity != "ok":
            lost.append(f"kill {kill} ({scenario}): project integrity {integrity}")
            break
        kept = set().union(*(_quotations(path) for path in folder.glob("study.qdaproj.before-restore-*")
                             if path.name.rsplit("-", 1)[-1].isdigit()))
        for missing in sorted(acknowledged - _quotations(project) - kept):
            lost.append(f"kill {kill} ({scenario}): quotation {missing} acknowledged, now missing")
        problem = _output_problem(scenario, out)
        if problem:
            leaked.append(f"kill {kill} ({scenario}): {problem}")
        # The next command (not killed) adds an acknowledged quotation and tidies the folder.
        start = rng.randrange(0, len(TEXT) - 10)
        coded = _cli("code", project, "--doc", 1 + kill % 3, "--start", start, "--end", start + 5, "--code", "Cat::K")
        if coded.returncode == 0:
            acknowledged.add((1 + kill % 3, start, start + 5))
        else:
            refused.append(f"kill {kill} ({scenario}): the next command was refused: {coded.stderr.strip()}")
        backups = folder / "study.qdaproj.backups"
        leftovers = [name for place in (folder, backups) if place.is_dir()
                     for name in os.listdir(place) if LEFTOVER.match(name)]
        if leftovers:
            leaked.append(f"kill {kill} ({scenario}): left behind after the next run: {leftovers}")
        for output in folder.glob(f"out-{kill}.*"):
            output.unlink()
        if lost:
            break
    return {"kills": kills, "completed_before_kill": completed, "acknowledged": len(acknowledged),
            "actions_lost": len(lost), "files_leaked": len(leaked), "next_command_refused": len(refused),
            "problems": (lost + leaked + refused)[:10],
            "seconds_per_command": {key: round(value, 2) for key, value in durations.items()}}
