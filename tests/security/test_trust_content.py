"""Adversary suite, items 7-13: leaks, partial copies, decoding, special files, locks, schema
versions, leftovers, and REFI-QDA imports that would drop data."""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from qda_app.core.errors import LockLost, ProjectTooNew, ProjectUnreadable
from qda_app.services import coding, documents, memos
from qda_app.services.atomic_files import temporary_name
from qda_app.services.attributes import import_attributes
from qda_app.services.project import Project
from qda_app.store.migrations import SCHEMA_VERSION
from tests.security.trust_support import (
    CODE,
    ROOT,
    SOURCE,
    build_study,
    qdpx,
    run,
    selection,
    text_source,
)

NAME = "Juan Pérez"


# --- 7. pseudonymise leaks names ----------------------------------------------------------------

def _study_with_the_name_everywhere(path: Path) -> Path:
    build_study(path)
    with Project.open(path, coder="Ana") as project:
        transcript = path.with_name(f"{NAME}.txt")
        transcript.write_text("Hola, soy el segundo entrevistado.", encoding="utf-8")
        documents.import_files(project, [transcript])
        transcript.unlink()
        coding.code_span(project, document=1, start=0, end=10, codes=[f"Casos::{NAME}"], comment=f"dice {NAME}")
        memos.create_memo(project, title=f"Sobre {NAME}", text=f"{NAME} es el alcalde.")
    sheet = path.with_name("attributes.csv")
    sheet.write_text(f"document,cargo\nE01,secretario de {NAME}\n", encoding="utf-8")
    with Project.open(path, coder="Ana") as project:
        import_attributes(project, sheet)
    return path


def test_7_no_name_left_anywhere_in_the_pseudonymised_file(tmp_path: Path) -> None:
    study = _study_with_the_name_everywhere(tmp_path / "p.qdaproj")
    out = tmp_path / "anon.qdaproj"
    result = run("pseudonymise", study, "-o", out, "--replace", f"{NAME}=E01", "--replace", "Ilave=[distrito]")
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    for form in (NAME, "Ilave"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert form.encode(encoding) not in data
    with Project.open(out, read_only=True) as copy:
        text = documents.document_text(copy, 1)
        quotations = {q.quotation_id: q for q in coding.list_quotations(copy)}
        assert all(q.text == text[q.start:q.end] for q in quotations.values() if q.document_number == 1)
        assert quotations["1:1"].text.startswith("El señor E01")  # the passage moved with its words


def test_7_nothing_at_the_output_without_names_or_when_a_name_would_remain(tmp_path: Path) -> None:
    study = _study_with_the_name_everywhere(tmp_path / "p.qdaproj")
    out = tmp_path / "anon.qdaproj"
    assert run("pseudonymise", study, "-o", out).returncode == 1
    # "Ana" is a coder: without --coder-names the copy would still name her, so it is refused.
    refused = run("pseudonymise", study, "-o", out, "--replace", "Ana=C1")
    assert refused.returncode == 1 and "still contains" in refused.stderr
    assert sorted(name for name in os.listdir(tmp_path) if not name.endswith(("-wal", "-shm"))) == [
        "attributes.csv", "p.qdaproj"]
    assert run("pseudonymise", study, "-o", out, "--replace", "Ana=C1", "--coder-names").returncode == 0
    assert b"Ana" not in out.read_bytes()


def test_7_a_killed_pseudonymise_leaves_nothing_at_the_output(tmp_path: Path) -> None:
    study = _study_with_the_name_everywhere(tmp_path / "p.qdaproj")
    out = tmp_path / "anon.qdaproj"
    generator = random.Random(7)
    for _attempt in range(6):
        process = subprocess.Popen([sys.executable, "-m", "qda_app", "pseudonymise", str(study), "-o", str(out),
                                    "--replace", f"{NAME}=E01"], cwd=ROOT, stderr=subprocess.DEVNULL)
        time.sleep(generator.uniform(0.05, 0.6))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        if out.exists():  # finished before the kill: then it is a complete, clean copy
            assert NAME.encode() not in out.read_bytes()
            out.unlink()


# --- 8. a killed blind copy ---------------------------------------------------------------------

def test_8_a_killed_blind_copy_never_leaves_other_coders_work(tmp_path: Path) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    out = tmp_path / "luis.qdaproj"
    generator = random.Random(8)
    for _attempt in range(8):
        process = subprocess.Popen([sys.executable, "-m", "qda_app", "copy-for-coder", str(study), str(out),
                                    "--coder", "Luis", "--blind"], cwd=ROOT, stderr=subprocess.DEVNULL)
        time.sleep(generator.uniform(0.05, 0.5))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        if out.exists():
            with Project.open(out, read_only=True) as copy:
                assert {coder for q in coding.list_quotations(copy) for coder in q.coders} <= {"Luis"}
            out.unlink()
    result = run("copy-for-coder", study, out, "--coder", "Luis", "--blind")
    assert result.returncode == 0
    with Project.open(out, read_only=True) as copy:
        assert {coder for q in coding.list_quotations(copy) for coder in q.coders} == {"Luis"}


# --- 9. one bad byte in a UTF-8 transcript -------------------------------------------------------

def test_9_one_invalid_byte_keeps_the_text_utf8(tmp_path: Path) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    transcript = tmp_path / "e02.txt"
    transcript.write_bytes("Línea uno: el señor alcalde.\nLínea dos: ".encode() + b"\xff" + " educación.\n".encode())
    result = run("import", study, transcript)
    assert result.returncode == 0
    assert "line 2" in result.stderr and "not valid UTF-8" in result.stderr
    with Project.open(study, read_only=True) as project:
        text = documents.document_text(project, 2)
    assert "señor" in text and "educación" in text and "\ufffd" in text and "Ã" not in text


# --- 10. special files where a path is taken ------------------------------------------------------

def test_10_a_fifo_is_refused_at_once_everywhere(tmp_path: Path) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    fifo = tmp_path / "f.qdaproj"
    os.mkfifo(fifo)
    calls = [("docs", fifo), ("code", fifo, "--doc", "1", "--start", "0", "--end", "2"), ("backup", fifo),
             ("restore", study, fifo), ("export-qdc", fifo, "-o", tmp_path / "c.qdc"),
             ("export-qdc", study, "-o", fifo), ("pseudonymise", study, "-o", tmp_path / "a.qdaproj",
                                                 "--names-file", fifo),
             ("import", study, fifo), ("import-qdpx", fifo, "-o", tmp_path / "n.qdaproj"),
             ("import-qdc", study, fifo), ("attributes", study, fifo), ("merge", study, fifo),
             ("copy-for-coder", fifo, tmp_path / "c.qdaproj", "--coder", "X")]
    for call in calls:
        result = run(*call, timeout=20)  # a hang fails the test here
        assert result.returncode == 1, (call, result.stderr)
        assert "Traceback" not in result.stderr


# --- 11. locks ---------------------------------------------------------------------------------

def test_11_a_lock_whose_process_number_was_reused_is_stale(tmp_path: Path) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    lock = {"holder": "Ana", "host": socket.gethostname(), "pid": 1, "program": "qda-app",
            "since": "2020-01-01T00:00:00Z", "boot_id": "before-a-reboot", "started": "1"}
    Path(f"{study}.lock").write_text(json.dumps(lock), encoding="utf-8")
    assert run("add-code", study, "Tras reinicio").returncode == 0
    lock["boot_id"] = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    lock["started"] = "999999999"  # pid 1 is alive, but it is not the process that wrote the lock
    Path(f"{study}.lock").write_text(json.dumps(lock), encoding="utf-8")
    assert run("add-code", study, "Otro").returncode == 0


def test_11_a_live_lock_says_how_to_recover(tmp_path: Path) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    lock = {"holder": "Ana", "host": "another-computer", "pid": 4242, "program": "qda-app",
            "since": "2020-01-01T00:00:00Z"}
    Path(f"{study}.lock").write_text(json.dumps(lock), encoding="utf-8")
    result = run("add-code", study, "X")
    assert result.returncode == 1 and "delete the lock file" in result.stderr and f"{study}.lock" in result.stderr


def test_11_a_program_whose_lock_vanished_stops_writing(tmp_path: Path) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    with Project.open(study, coder="Ana") as program:
        from qda_app.services.commands import History

        history = History(program)
        coding.code_span(program, document=1, start=2, end=6, codes=["Antes"])
        history.undo()
        Path(f"{study}.lock").unlink()
        refused = run("code", study, "--doc", "1", "--start", "2", "--end", "6", "--code", "CLI")
        assert refused.returncode == 1 and "lock file" in refused.stderr, refused.stderr  # was: exit 0
        with pytest.raises(LockLost):
            history.redo()  # was: IntegrityError traceback
        with pytest.raises(LockLost):
            coding.code_span(program, document=1, start=8, end=9, codes=["Después"])
    with Project.open(study, read_only=True) as reader:
        assert not {q.codes[0] for q in coding.list_quotations(reader) if q.codes} & {"CLI", "Después"}
    # Closed: the CLI writes again, and the project holds exactly what was acknowledged.
    assert run("code", study, "--doc", "1", "--start", "2", "--end", "6", "--code", "CLI").returncode == 0


# --- 12. schema versions, permissions, leftovers ----------------------------------------------------

def test_12_a_future_schema_is_refused_for_writing_naming_both_versions(tmp_path: Path) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    import sqlite3

    with sqlite3.connect(study) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    with pytest.raises(ProjectTooNew):
        Project.open(study)
    result = run("add-code", study, "X")
    assert result.returncode == 1
    assert str(SCHEMA_VERSION + 5) in result.stderr and str(SCHEMA_VERSION) in result.stderr
    assert run("docs", study).returncode == 0  # reading is still possible


def test_12_a_permission_error_says_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    original = Path.open

    def denied(self: Path, *args: object, **kwargs: object):  # root reads anything: simulate the error
        if self == study:
            raise PermissionError(13, "Permission denied", str(self))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(ProjectUnreadable) as caught:
        Project.open(study, read_only=True)
    from qda_app.cli.messages import describe

    assert "permission denied" in describe(caught.value)


def test_12_leftovers_of_killed_runs_are_removed_on_the_next_run(tmp_path: Path) -> None:
    study = build_study(tmp_path / "p.qdaproj")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    leftovers = []
    for kind in ("tmp", "importing", "restoring", "building"):
        name = temporary_name(tmp_path / "x.qdaproj", kind).name.replace(f".q{os.getpid()}-", f".q{dead.pid}-")
        leftovers += [tmp_path / name, tmp_path / f"{name}-wal"]
    live = temporary_name(tmp_path / "y.qdaproj", "building")  # this process is alive: kept
    for path in [*leftovers, live]:
        path.write_bytes(b"half")
    assert run("add-code", study, "X").returncode == 0
    assert not any(path.exists() for path in leftovers) and live.exists()


# --- 13. REFI-QDA imports that would drop data --------------------------------------------------------

def test_13_an_import_that_would_drop_data_is_refused_listing_every_loss(tmp_path: Path) -> None:
    text = "hola mundo"
    second = "cccccccc-0000-4000-8000-000000000002"
    sources = (text_source(SOURCE, "uno", "uno.txt", selection(1, 0, 4) + selection(2, 5, 99))
               + text_source(second, "falta", "falta.txt", selection(3, 0, 2))
               + text_source(CODE, "choca", "uno.txt")  # a source with the code's GUID
               + text_source(SOURCE, "doble", "uno.txt"))
    archive = qdpx(tmp_path / "x.qdpx", sources, {"sources/uno.txt": text})
    out = tmp_path / "x.qdaproj"
    refused = run("import-qdpx", archive, "-o", out)
    assert refused.returncode == 1 and not out.exists()
    assert not [name for name in os.listdir(tmp_path) if name.startswith(".")]
    listed = refused.stderr
    assert "'falta' has no readable text" in listed  # missing text file
    assert "ran past the end" in listed  # out-of-range selection
    assert "two TextSource elements share" in listed  # duplicate GUID
    assert "a TextSource uses the GUID" in listed and "of a Code" in listed  # shared GUID, worded right
    accepted = run("import-qdpx", archive, "-o", out, "--accept-losses")
    assert accepted.returncode == 0 and out.exists()
    assert accepted.stdout.count("left out:") >= 4


def test_13_a_lying_zip_header_costs_no_more_than_it_declares(tmp_path: Path) -> None:
    from qda_app.core.errors import InteropError
    from qda_app.services.interop.zip_safety import DEFAULT_LIMITS, open_safe_zip

    archive = tmp_path / "bomb.qdpx"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as writer:
        writer.writestr("sources/big.txt", os.urandom(16 << 20))  # incompressible: no ratio alarm
    with open_safe_zip(archive, limits=DEFAULT_LIMITS) as safe:
        info = safe.find("sources/big.txt")
        assert info is not None
        info.file_size = 1000  # the header lies: it declares 1000 bytes
        tracemalloc.start()
        with pytest.raises(InteropError) as caught:
            safe.read(info)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert caught.value.fields["reason"] in ("zip_bomb", "corrupt")  # refused either way...
    assert peak < 8 << 20  # ...after reading about what the header declared, not 16 MB or the limit
