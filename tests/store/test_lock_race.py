"""Two programs opening one project at the same moment: exactly one may write.

Each round starts several processes that meet at a barrier, then all call ``Project.open``
at once; the writer keeps the lock until the test has every contender's outcome (an event, not
a sleep, so a loaded machine cannot let it go early). Exactly one must get the write lock;
every other one must get ``ProjectLocked`` naming the winner. Rounds repeat with and without a stale lock left by a
dead process, because taking over a stale lock is where two takers can both "win".
"""

from __future__ import annotations

import json
import multiprocessing
import os
import socket
from pathlib import Path

import pytest

from qda_app.services.project import Project
from qda_app.store.lock import lock_path, read_lock

CONTENDERS = 4
ROUNDS = 6


def _contend(path: str, name: str, start, release, results) -> None:  # noqa: ANN001 - Barrier, Event, Queue
    from threading import BrokenBarrierError

    from qda_app.core.errors import ProjectLocked

    try:
        start.wait(timeout=60)  # all call Project.open together
    except BrokenBarrierError:
        results.put((name, "timeout", None))
        return
    try:
        project = Project.open(path, coder=name)
    except ProjectLocked as error:
        results.put((name, "locked", error.holder))
        return
    except Exception as error:  # noqa: BLE001 - reported to the test, which fails on it
        results.put((name, "error", f"{type(error).__name__}: {error}"))
        return
    results.put((name, "writer", None))
    release.wait(timeout=60)  # hold the lock until every other contender has tried
    project.close()


def _round(path: Path) -> list[tuple[str, str, object]]:
    context = multiprocessing.get_context("spawn" if os.name != "posix" else "fork")
    results, start, release = context.Queue(), context.Barrier(CONTENDERS), context.Event()
    workers = [context.Process(target=_contend, args=(str(path), f"coder{index}", start, release, results))
               for index in range(CONTENDERS)]
    for worker in workers:
        worker.start()
    try:
        outcomes = [results.get(timeout=120) for _ in workers]
    finally:
        release.set()
        for worker in workers:
            worker.join(timeout=60)
    return outcomes


@pytest.mark.parametrize("stale", [False, True], ids=["free", "stale-lock"])
def test_exactly_one_of_simultaneous_openers_writes(tmp_path: Path, stale: bool) -> None:
    path = tmp_path / "p.qdaproj"
    Project.create(path, coder="lead").close()
    for _ in range(ROUNDS):
        if stale:
            lock_path(path).write_text(json.dumps(
                {"holder": "ghost", "host": socket.gethostname(), "pid": 2**22 + 4321, "since": "x"}))
        outcomes = _round(path)
        writers = [name for name, kind, _ in outcomes if kind == "writer"]
        assert len(writers) == 1, outcomes
        for name, kind, holder in outcomes:
            if name != writers[0]:
                assert kind == "locked", outcomes
                assert holder == writers[0], outcomes  # names the one who holds it
        assert read_lock(path) is None  # the writer closed and released it
        assert not lock_path(path).exists()
