"""Kill a coding process with SIGKILL at random moments and check nothing it reported is lost.

    python benchmarks/crash_harness.py --kills 200 --cli-kills 200

Two parts. ``--kills``: the in-process loop below. ``--cli-kills``: the ``qda-app`` process
itself is killed during restore, pseudonymise, copy-for-coder --blind, import-qdpx and the
exports (benchmarks/cli_kill_rounds.py), counting actions lost and files leaked (partial or
wrong outputs, temporary files a later run did not remove); both must be 0.

A child process codes, recodes, comments and deletes quotations in a loop and prints the
outcome of every action after the call returned. The parent kills it at a random moment,
then checks that the file passes PRAGMA integrity_check, opens normally, and holds every
action the child had reported (and nothing it reported deleted). Prints kills survived and
actions lost (which must be 0).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, random, sys
sys.modules["pandas"] = None  # the harness needs no pandas; start faster
sys.path.insert(0, sys.argv[3])
from qda_app.services.project import Project
from qda_app.services import coding
project = Project.open(sys.argv[1], coder="Harness")
rng = random.Random(int(sys.argv[2]))
length = 4000
print(json.dumps(["ready"]), flush=True)
while True:
    start = rng.randrange(0, length - 50)
    end = start + rng.randint(1, 50)
    roll = rng.random()
    if roll < 0.7:
        q = coding.code_span(project, document=1, start=start, end=end, codes=[f"Cat::Code {rng.randint(1, 9)}"])
        print(json.dumps(["coded", q.quotation_id, list(q.codes), [q.start, q.end]]), flush=True)
    elif roll < 0.85:
        existing = coding.list_quotations(project)
        if existing:
            q = rng.choice(existing)
            coding.comment_quotation(project, quotation=q.quotation_id, comment=f"c{rng.random()}")
            print(json.dumps(["commented", q.quotation_id]), flush=True)
    else:
        existing = coding.list_quotations(project)
        if existing:
            q = rng.choice(existing)
            # Said before the call: a kill between the commit and the report below must not
            # make the harness expect a quotation the child did delete.
            print(json.dumps(["deleting", q.quotation_id]), flush=True)
            coding.delete_quotation(project, quotation=q.quotation_id)
            print(json.dumps(["deleted", q.quotation_id]), flush=True)
"""


def prepare(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from qda_app.services import documents
    from qda_app.services.project import Project

    path = folder / "crash.qdaproj"
    with Project.create(path, coder="Harness") as project:
        documents.add_text_document(project, name="E01", text=("Texto de entrevista con acentos: año, señor. " * 100)[:4000])
    return path


def expected_state(events: list[list]) -> tuple[dict[str, set[str]], set[str], dict[str, tuple[int, int]]]:
    """What the reported events promise: quotations alive with (at least) their codes, those
    deleted, and each quotation's span. The span checks identity by content, not only by
    number: a number handed to a different passage after a crash would show as a changed span."""
    alive: dict[str, set[str]] = {}
    deleted: set[str] = set()
    spans: dict[str, tuple[int, int]] = {}
    for event in events:
        if event[0] == "coded":
            alive.setdefault(event[1], set()).update(event[2])
            deleted.discard(event[1])
            spans[event[1]] = tuple(event[3])
        elif event[0] in ("deleting", "deleted"):
            alive.pop(event[1], None)
            if event[0] == "deleted":
                deleted.add(event[1])
    return alive, deleted, spans


def read_ready(child: subprocess.Popen) -> bytes:
    """Wait for the child's "ready" line; return whatever it wrote after it in the same read.

    The pipe is read unbuffered on purpose. A buffered ``readline()`` followed by
    ``communicate()`` (which reads the descriptor itself) silently dropped every line that
    arrived together with "ready": when the harness was slow to wake (a loaded machine) those
    were the child's first reports, and a dropped "deleting"/"deleted" pair made a quotation
    the child really deleted look lost.
    """
    received = b""
    while b"\n" not in received:
        piece = os.read(child.stdout.fileno(), 65536)
        if not piece:
            raise RuntimeError(f"child ended before it was ready: {child.stderr.read()[-500:]!r}")
        received += piece
    ready, _, rest = received.partition(b"\n")
    if json.loads(ready) != ["ready"]:
        raise RuntimeError(f"unexpected first line from the child: {ready[:200]!r}")
    return rest


def parse_events(output: bytes) -> list[list]:
    """The child's complete lines (a kill cannot cut a line: each is one small pipe write, but
    an unterminated tail would be ignored rather than half-read)."""
    lines = output.decode("utf-8").split("\n")
    return [json.loads(line) for line in lines[:-1] if line.strip()]


def run(kills: int, *, seed: int = 1, max_delay: float = 0.4) -> dict:
    rng = random.Random(seed)
    events: list[list] = []
    lost: list[str] = []
    arrived_with_ready = 0  # kills where reports came in the same read as "ready"
    with tempfile.TemporaryDirectory() as folder:
        path = prepare(Path(folder))
        for kill in range(kills):
            child = subprocess.Popen(
                [sys.executable, "-c", CHILD, str(path), str(rng.randrange(1 << 30)), str(ROOT)],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0,
            )
            early = read_ready(child)  # the kill lands while actions run, not during start-up
            arrived_with_ready += bool(early)
            time.sleep(rng.uniform(0.0, max_delay))
            os.kill(child.pid, signal.SIGKILL)
            output, errors = child.communicate(timeout=30)
            if child.returncode != -signal.SIGKILL:
                raise RuntimeError(f"child ended by itself: {errors[-500:]!r}")
            events.extend(parse_events(early + output))
            connection = sqlite3.connect(path)
            integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
            connection.close()
            if integrity != "ok":
                lost.append(f"kill {kill}: integrity {integrity}")
                break
            alive, deleted, spans = expected_state(events)
            sys.path.insert(0, str(ROOT))
            from qda_app.services import coding
            from qda_app.services.project import Project

            with Project.open(path, read_only=True) as project:
                quotations = coding.list_quotations(project)
            found = {q.quotation_id: set(q.codes) for q in quotations}
            found_spans = {q.quotation_id: (q.start, q.end) for q in quotations}
            for quotation_id, codes in alive.items():
                if not codes <= found.get(quotation_id, set()):
                    lost.append(f"kill {kill}: {quotation_id} {sorted(codes)} missing")
                elif found_spans[quotation_id] != spans[quotation_id]:
                    lost.append(f"kill {kill}: {quotation_id} now marks {found_spans[quotation_id]}, "
                                f"not the reported {spans[quotation_id]}")
            for quotation_id in deleted:
                if quotation_id in found and quotation_id not in alive:
                    lost.append(f"kill {kill}: deleted {quotation_id} came back")
            if lost:
                break
    reported = sum(1 for event in events if event[0] in ("coded", "commented", "deleted"))
    return {"kills": kills, "actions_reported": reported, "actions_lost": len(lost), "problems": lost[:10],
            "kills_with_reports_arriving_with_ready": arrived_with_ready}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--cli-kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    failed = False
    if options.kills:
        began = time.perf_counter()
        result = run(options.kills, seed=options.seed)
        print(f"in-process: kills survived: {result['kills'] if not result['actions_lost'] else 'stopped early'}; "
              f"actions reported: {result['actions_reported']}; actions lost: {result['actions_lost']}; "
              f"{time.perf_counter() - began:.0f} s")
        print(json.dumps(result))
        failed |= bool(result["actions_lost"])
    if options.cli_kills:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from cli_kill_rounds import run_cli_kills

        began = time.perf_counter()
        with tempfile.TemporaryDirectory() as folder:
            result = run_cli_kills(options.cli_kills, seed=options.seed, folder=Path(folder))
        print(f"command-line processes: {result['kills']} kills ({result['completed_before_kill']} finished "
              f"first); acknowledged actions: {result['acknowledged']}; actions lost: {result['actions_lost']}; "
              f"files leaked: {result['files_leaked']}; {time.perf_counter() - began:.0f} s")
        print(json.dumps(result))
        failed |= bool(result["actions_lost"] or result["files_leaked"])
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
