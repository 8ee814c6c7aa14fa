"""Two programs opening one project at the same moment: exactly one may write.

Each round starts several processes that wait on a barrier file, then all call
``Project.open`` at once. Exactly one must get the write lock; every other one must get
``ProjectLocked`` naming the winner. Rounds repeat with and without a stale lock left by a
dead process, because taking over a stale lock is where two takers can both "win".
"""

from __future__ import annotations

import json
import multiprocessing
import os
import socket
import time
from pathlib import Path

import pytest

from qda_app.services.project import Project
from qda_app.store.lock import lock_path, read_lock

CONTENDERS = 4
ROUNDS = 6


def _contend(path: str, name: str, barrier: str, results) -> None:  # noqa: ANN001 - a Queue
    from qda_app.core.errors import ProjectLocked

    deadline = time.monotonic() + 20
    while not os.path.exists(barrier):  # all start together
        if time.monotonic() > deadline:
            results.put((name, "timeout", None))
            return
        time.sleep(0.0005)
    try:
        project = Project.open(path, coder=name)
    except ProjectLocked as error:
        results.put((name, "locked", error.holder))
        return
    except Exception as error:  # noqa: BLE001 - reported to the test, which fails on it
        results.put((name, "error", f"{type(error).__name__}: {error}"))
        return
    results.put((name, "writer", None))
    time.sleep(0.6)  # hold it while the others try
    project.close()


def _round(path: Path, barrier: Path) -> list[tuple[str, str, object]]:
    context = multiprocessing.get_context("spawn" if os.name != "posix" else "fork")
    results = context.Queue()
    workers = [context.Process(target=_contend, args=(str(path), f"coder{index}", str(barrier), results))
               for index in range(CONTENDERS)]
    for worker in workers:
        worker.start()
    time.sleep(0.3)
    barrier.write_text("go")
    outcomes = [results.get(timeout=30) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
    barrier.unlink()
    return outcomes


@pytest.mark.parametrize("stale", [False, True], ids=["free", "stale-lock"])
def test_exactly_one_of_simultaneous_openers_writes(tmp_path: Path, stale: bool) -> None:
    path = tmp_path / "p.qdaproj"
    Project.create(path, coder="lead").close()
    barrier = tmp_path / "go"
    for _ in range(ROUNDS):
        if stale:
            lock_path(path).write_text(json.dumps(
                {"holder": "ghost", "host": socket.gethostname(), "pid": 2**22 + 4321, "since": "x"}))
        outcomes = _round(path, barrier)
        writers = [name for name, kind, _ in outcomes if kind == "writer"]
        assert len(writers) == 1, outcomes
        for name, kind, holder in outcomes:
            if name != writers[0]:
                assert kind == "locked", outcomes
                assert holder == writers[0], outcomes  # names the one who holds it
        assert read_lock(path) is None  # the writer closed and released it
        assert not lock_path(path).exists()
