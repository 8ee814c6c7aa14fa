"""The scripting interface end to end, as scripts and checks use it."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys

import pytest

TEXT = "Señor alcalde: ¿qué opina del centralismo? 😀 Todo pasa por Lima.\nSegunda línea — ñandú 👩‍💻 fin."


@pytest.fixture
def study(tmp_path):
    """A project with one imported document, made in-process (fast); the verbs under test run as commands."""
    from qda_app.services import documents
    from qda_app.services.project import Project

    project = tmp_path / "study.qdaproj"
    source = tmp_path / "E01 entrevista.txt"
    source.write_bytes(TEXT.encode("utf-8"))
    with Project.create(project, coder="Ana") as opened:
        summary = documents.import_files(opened, [source], group="Provinciales")
    assert not summary.refused
    return project, source


def test_new_and_import_from_the_command_line(tmp_path, cli):
    project = tmp_path / "fresh.qdaproj"
    good = tmp_path / "E01.txt"
    good.write_bytes(TEXT.encode("cp1252", errors="ignore"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert cli("new", project, "--coder", "Ana").code == 0
    result = cli("import", project, good, empty, "--group", "Provinciales", "--json")
    assert result.code == 1  # one file was refused
    summary = result.json()
    assert [doc["name"] for doc in summary["imported"]] == ["E01"]
    assert [refusal["reason"] for refusal in summary["refused"]] == ["empty"]
    assert "empty.txt" in result.stderr and "Traceback" not in result.stderr
    again = cli("import", project, good)
    assert again.code == 0 and "skipped" in again.stderr
    assert len(cli("docs", project, "--json").json()) == 1


def test_import_docs_text_round_trip(study, cli):
    project, source = study
    docs = cli("docs", project, "--json").json()
    assert docs == [
        {**docs[0], "number": 1, "name": "E01 entrevista", "chars": len(TEXT),
         "sha256": hashlib.sha256(source.read_bytes()).hexdigest(), "groups": ["Provinciales"], "quotations": 0}
    ]
    text = cli("text", project, 1)
    assert text.code == 0 and text.stdout_bytes == TEXT.encode("utf-8")


def test_code_then_quotes_gives_exactly_the_text_between_offsets(study, cli):
    project, _ = study
    start = TEXT.index("😀")
    end = TEXT.index("Lima") + 4
    result = cli("code", project, "--doc", 1, "--start", start, "--end", end,
                 "--code", "Centralismo::Dependencia de Lima", "--code", "Emoción", "--coder", "Luis")
    assert result.code == 0, result.stderr
    assert result.stdout.strip() == "1:1"
    second = cli("code", project, "--doc", 1, "--start", TEXT.index("ñandú"), "--end", len(TEXT), "--code", "Fauna",
                 "--comment", "👩‍💻 al final")
    assert second.stdout.strip() == "1:2"
    stored = cli("text", project, 1).stdout
    quotes = cli("quotes", project, "--json").json()
    assert [q["id"] for q in quotes] == ["1:1", "1:2"]
    for quotation in quotes:
        assert quotation["text"] == stored[quotation["start"]:quotation["end"]]
    assert quotes[0]["text"] == "😀 Todo pasa por Lima"
    assert quotes[0]["codes"] == ["Centralismo::Dependencia de Lima", "Emoción"]
    assert quotes[0]["coders"] == ["Luis"]
    assert set(quotes[0]) >= {"id", "document", "start", "end", "text", "codes", "coders", "comment", "created"}
    assert quotes[1]["comment"] == "👩‍💻 al final"
    only_luis = cli("quotes", project, "--coder", "Luis", "--json").json()
    assert [q["id"] for q in only_luis] == ["1:1"]
    by_code = cli("quotes", project, "--code", "Fauna", "--json").json()
    assert [q["id"] for q in by_code] == ["1:2"]


def test_same_span_same_coder_reuses_the_quotation(study, cli):
    project, _ = study
    assert cli("code", project, "--doc", 1, "--start", 0, "--end", 5, "--code", "A").stdout.strip() == "1:1"
    assert cli("code", project, "--doc", 1, "--start", 0, "--end", 5, "--code", "B").stdout.strip() == "1:1"
    quotes = cli("quotes", project, "--json").json()
    assert len(quotes) == 1 and quotes[0]["codes"] == ["A", "B"]


def test_add_code_and_codes_json(study, cli):
    project, _ = study
    assert cli("add-code", project, "Centralismo::Viajes a Lima", "--color", "#AA0000",
               "--description", "Viajes de gestión").code == 0
    cli("code", project, "--doc", 1, "--start", 0, "--end", 5, "--code", "Centralismo::Viajes a Lima")
    codes = {c["path"]: c for c in cli("codes", project, "--json").json()}
    sub = codes["Centralismo::Viajes a Lima"]
    assert sub == {**sub, "name": "Viajes a Lima", "parent": "Centralismo", "color": "#aa0000",
                   "description": "Viajes de gestión", "groundedness": 1, "density": 0}
    assert codes["Centralismo"]["groundedness"] == 1 and codes["Centralismo"]["parent"] is None


def _file_state(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "args",
    [
        ["code", "{p}", "--doc", "7", "--start", "0", "--end", "3", "--code", "A"],
        ["code", "{p}", "--doc", "1", "--start", "5", "--end", "5", "--code", "A"],
        ["code", "{p}", "--doc", "1", "--start", "9", "--end", "3", "--code", "A"],
        ["code", "{p}", "--doc", "1", "--start", "0", "--end", "100000", "--code", "A"],
        ["code", "{p}", "--doc", "1", "--start", "0", "--end", "3", "--code", "A::"],
        ["text", "{p}", "4"],
        ["quotes", "{p}", "--code", "Unknown", "--json"],
        ["quotes", "{p}", "--coder", "Nobody", "--json"],
        ["add-code", "{p}", "X", "--color", "blue"],
        ["docs", "{missing}", "--json"],
        ["docs", "{notproject}", "--json"],
        ["code", "{p}", "--doc", "x", "--start", "0", "--end", "3"],
    ],
)
def test_bad_input_exits_1_with_one_line_and_changes_nothing(study, cli, tmp_path, args):
    project, _ = study
    not_project = tmp_path / "notes.qdaproj"
    not_project.write_text("just notes")
    before = _file_state(project)
    result = cli(*[a.format(p=project, missing=tmp_path / "none.qdaproj", notproject=not_project) for a in args])
    assert result.code == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert _file_state(project) == before


def test_reading_commands_work_while_another_program_holds_the_project(study, cli):
    from qda_app.services.project import Project

    project, _ = study
    with Project.open(project, coder="GUI user"):
        assert cli("docs", project, "--json").code == 0
        assert cli("text", project, 1).code == 0
        assert cli("codes", project, "--json").code == 0
        assert cli("quotes", project, "--json").code == 0
        refused = cli("code", project, "--doc", 1, "--start", 0, "--end", 3, "--code", "A")
        assert refused.code == 1 and "GUI user" in refused.stderr


def test_quotation_survives_sigkill_right_after_code_returned(study, tmp_path):
    project, _ = study
    script = (
        "import os, signal, sys\n"
        "from qda_app.services.project import Project\n"
        "from qda_app.services import coding\n"
        "p = Project.open(sys.argv[1], coder='Ana')\n"
        "q = coding.code_span(p, document=1, start=0, end=6, codes=['Durable'])\n"
        "print(q.quotation_id, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    completed = subprocess.run([sys.executable, "-c", script, str(project)], capture_output=True, timeout=60)
    assert completed.returncode == -signal.SIGKILL
    assert completed.stdout.decode().strip() == "1:1"
    connection = sqlite3.connect(project)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    from qda_app.services import coding
    from qda_app.services.project import Project

    with Project.open(project) as reopened:  # the dead process's lock is stale and taken over
        assert [q.quotation_id for q in coding.list_quotations(reopened, codes=["Durable"])] == ["1:1"]
