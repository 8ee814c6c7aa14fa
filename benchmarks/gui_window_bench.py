"""What a person sees: the real main window opening a project, and coding in it until idle.

    python benchmarks/make_project.py --size huge --out /tmp/qda-bench     # once per size
    QT_QPA_PLATFORM=offscreen python benchmarks/gui_window_bench.py --size huge --out /tmp/qda-bench

Each size runs in its own process (``--size`` may be repeated), so the peak memory printed is
that window's own. Measured, on a copy of the project:

- open: from constructing the main window to the first frame painted with every pane filled
  (documents, codes with counts, the first document in the viewer, quotations), the event
  loop run until nothing deferred is left (pending pane refreshes and zero-delay timers). The
  modules are loaded before (qtawesome too, which the first window loads lazily), as in a
  running program. The viewer's idle-time highlight precompute, which runs in slices and never
  blocks input, is reported apart, and so is the file's integrity check (integrity_check_*),
  which starts once the window is shown and which every write waits for.
- coding: 50 selections in the open document, each coded with Quick Code and timed until the
  highlight is painted (visible), and until every deferred refresh it queued has run and been
  painted (idle). The panes' deliberate 50 ms debounce is not waited out: the refresh it would
  run is run at once, so the figure is the work the action costs, not the delay. Between
  codings the event loop idles 100 ms, as a user reading, and 100 ms between choosing the
  selection and code and pressing the key (the quotation manager lists the code's quotations
  when it is chosen in the tree, which is not part of coding).

Every coding is one durable transaction: the time of a bare durable commit on the same disk
(commit_floor_*) is printed with the figures, as the floor they stand on, and so is, for the
codings themselves, the wall time of their commits (coding_commit_*), their processor time
(coding_cpu_*) and the two added per coding (coding_cpu_plus_commit_*): what a coding takes
with a processor to itself. What the idle figure has above that is waiting for the processor,
which grows with the machine's load (printed above the figures).

Prints figures and "MISSED" beside any target a figure misses; asserts nothing. With --json
the last line is one JSON object of every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

TARGETS = {"open_s": 0.5, "open_peak_mb": 300, "coding_idle_p95_ms": 20}  # on every size; the issue names huge
CODINGS = 50


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def paint(window) -> None:
    """One frame: everything dirty in the window, painted as the window system asks for it."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))


def idle_for(app, seconds: float) -> None:
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents()


def run_deferred(app, window) -> None:
    """Run the event loop until no deferred refresh is left, running debounced ones at once."""
    from qda_app.gui import refresh

    app.processEvents()
    while refresh.panes_pending(window):
        refresh.flush_panes(window)
        app.processEvents()
    app.processEvents()


def panes_filled(window) -> dict[str, int]:
    docks = window.docks
    return {
        "documents": docks.document_pane.list.model().rowCount(),
        "codes": window.code_tree.model().rowCount(),
        "quotations": docks.quotation_pane.table.model().rowCount(),
        "viewer characters": window.document_view.editor.document().characterCount(),
    }


def open_window(path: Path) -> tuple[object, dict]:
    from PySide6.QtWidgets import QApplication

    from qda_app.gui.app import ensure_application

    from qda_app.gui.main_window import MainWindow  # the program is running: its modules are loaded
    from qda_app.services.project import Project

    try:
        import qtawesome  # noqa: F401  (loaded lazily by the first window's icons: a module, too)
    except ImportError:
        pass
    app = ensure_application()
    began, cpu = time.perf_counter(), time.process_time()
    window = MainWindow()
    window.resize(1440, 900)
    # As File > Open does: the file's integrity check runs once the window shows it (timed apart).
    window.set_project(Project.open(path, coder="Coder A", program="qda-app-bench", read_only_if_locked=True,
                                    check_later=True))
    window.show()
    app.processEvents()  # layout, show events
    run_deferred(app, window)
    paint(window)
    opened = time.perf_counter() - began
    figures = {"open_s": opened, "open_cpu_s": time.process_time() - cpu, "open_peak_mb": peak_mb(),
               "panes": panes_filled(window)}
    began, cpu = time.perf_counter(), time.process_time()
    window.integrity.wait()  # nothing is written before it passed; the first coding would wait for it
    figures["integrity_check_s"] = time.perf_counter() - began
    figures["integrity_check_cpu_s"] = time.process_time() - cpu
    precompute = getattr(window.document_view, "shapes_ahead", None)
    began = time.perf_counter()
    while precompute is not None and precompute.running and time.perf_counter() - began < 60:
        app.processEvents()
    figures["precompute_s"] = time.perf_counter() - began
    figures["after_precompute_peak_mb"] = peak_mb()
    assert isinstance(app, QApplication)
    return window, figures


class TimedCommits:
    """The project's connection, timing each COMMIT: the durable part of a coding (the fsync of
    the write-ahead log), measured inside the coding so its share of the wall time is known."""

    def __init__(self, connection) -> None:
        self._connection = connection
        self.seconds = 0.0

    def __getattr__(self, name: str):
        return getattr(self._connection, name)

    def execute(self, sql: str, *args):
        if sql.lstrip()[:6].upper() != "COMMIT":
            return self._connection.execute(sql, *args)
        began = time.perf_counter()
        try:
            return self._connection.execute(sql, *args)
        finally:
            self.seconds += time.perf_counter() - began


def time_commits(project) -> TimedCommits:
    database = project.database
    timed = TimedCommits(database.connection)
    database.connection = database.db.conn = timed
    return timed


def code_selections(window, *, count: int = CODINGS, seed: int = 3) -> dict:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    view = window.document_view
    rng = random.Random(seed)
    paths = [code.path for code in window.codes_by_id.values() if "::" in code.path][:8]
    length = view.editor.document().characterCount()
    visible, idle, cpus, commits = [], [], [], []
    timed = time_commits(window.project)
    profiler = None
    if os.environ.get("QDA_BENCH_PROFILE"):  # the timed part of every coding, under cProfile
        import cProfile

        profiler = cProfile.Profile(time.process_time) if os.environ.get("QDA_BENCH_CPU") else cProfile.Profile()
    for step in range(count):
        start = rng.randrange(0, max(1, length - 900))
        view.select_range(start, start + rng.randint(60, 600))
        window.code_tree.select_codes([paths[step % len(paths)]])  # the quotation manager lists its quotations
        idle_for(app, 0.1)  # the user moves to the key: whatever the selections queued is done
        paint(window)
        began, cpu, timed.seconds = time.perf_counter(), time.process_time(), 0.0
        if profiler is not None:
            profiler.enable()
        window.registry["actionQuickCode"].trigger()
        paint(window)
        visible.append(time.perf_counter() - began)
        run_deferred(app, window)
        paint(window)
        idle.append(time.perf_counter() - began)
        cpus.append(time.process_time() - cpu)
        commits.append(timed.seconds)
        if profiler is not None:
            profiler.disable()
        idle_for(app, 0.1)  # the user reads; idle-time work runs meanwhile
    if profiler is not None:
        import pstats

        pstats.Stats(profiler, stream=sys.stderr).sort_stats(os.environ.get("QDA_BENCH_SORT", "cumulative")).print_stats(int(os.environ["QDA_BENCH_PROFILE"]))
    return {
        "coding_visible_p50_ms": statistics.median(visible) * 1000,
        "coding_visible_p95_ms": percentile(visible, 0.95) * 1000,
        "coding_idle_p50_ms": statistics.median(idle) * 1000,
        "coding_idle_p95_ms": percentile(idle, 0.95) * 1000,
        "coding_idle_max_ms": max(idle) * 1000,
        "coding_cpu_p50_ms": statistics.median(cpus) * 1000,
        "coding_cpu_p95_ms": percentile(cpus, 0.95) * 1000,
        # Inside each coding: the wall time of its durable commit, and that plus the processor time
        # (what the coding would take with a processor to itself); the rest of the idle figure
        # is waiting for the processor on a shared machine.
        "coding_commit_p50_ms": statistics.median(commits) * 1000,
        "coding_commit_p95_ms": percentile(commits, 0.95) * 1000,
        "coding_cpu_plus_commit_p50_ms": statistics.median(c + d for c, d in zip(cpus, commits)) * 1000,
        "coding_cpu_plus_commit_p95_ms": percentile([c + d for c, d in zip(cpus, commits)], 0.95) * 1000,
    }


def commit_floor(folder: Path, commits: int = 50) -> dict[str, float]:
    """Milliseconds of a bare one-row durable SQLite commit on this disk (WAL, synchronous=FULL,
    the project's mode): every coding pays one, so it bounds the coding figures from below."""
    import sqlite3

    path = folder / "commit-floor.sqlite3"
    connection = sqlite3.connect(str(path), isolation_level=None)
    times = []
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)")
        for _ in range(commits):
            began = time.perf_counter()
            connection.execute("BEGIN")
            connection.execute("INSERT INTO t (a) VALUES (?)", ("x" * 300,))
            connection.execute("COMMIT")
            times.append((time.perf_counter() - began) * 1000)
    finally:
        connection.close()
    return {"commit_floor_p50_ms": statistics.median(times), "commit_floor_p95_ms": percentile(times, 0.95)}


def one_size(size: str, out: Path) -> dict:
    from make_project import make_project

    built = make_project(size, out)
    with tempfile.TemporaryDirectory(dir=out) as folder:
        path = Path(folder) / built.name
        shutil.copy(built, path)
        window, figures = open_window(path)
        window.backups.wait_for_backup()  # the backup taken on opening runs in a thread; not while coding
        figures.update(commit_floor(Path(folder)))
        figures.update(code_selections(window))
        figures["end_peak_mb"] = peak_mb()
        window.close()
        if window.project is not None:
            window.close_project()
    return figures


def verdict(name: str, value: float) -> str:
    target = TARGETS.get(name)
    if target is None:
        return ""
    return f"   target <= {target}: {'ok' if value <= target else 'MISSED'}"


def show(size: str, figures: dict) -> None:
    print(f"--- {size}")
    print(f"  panes filled at first paint: {figures['panes']}")
    units = {"_s": ("s", 1, 3), "_ms": ("ms", 1, 1), "_mb": ("MB", 1, 0)}
    for name, value in figures.items():
        if name in ("panes", "runs"):
            continue
        unit, scale, digits = next(units[suffix] for suffix in units if name.endswith(suffix))
        print(f"  {name:<28} {value * scale:10.{digits}f} {unit}{verdict(name, value)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", action="append", choices=("study", "large", "huge"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/qda-bench"))
    parser.add_argument("--json", action="store_true", help="end with one JSON line of the figures")
    parser.add_argument("--repeat", type=int, default=1, help="windows opened per size (medians printed)")
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    sizes = options.size or ["study", "large", "huge"]
    if options.in_process:
        print(json.dumps(one_size(sizes[0], options.out)))
        return
    results = {}
    for size in sizes:
        runs = []
        for _ in range(options.repeat):
            process = subprocess.run(
                [sys.executable, __file__, "--in-process", "--size", size, "--out", str(options.out)],
                capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
            if process.returncode != 0:
                print(f"--- {size}: failed\n{process.stderr[-1500:]}")
                break
            runs.append(json.loads(process.stdout.strip().splitlines()[-1]))
        if not runs:
            continue
        # Each figure: its median over the runs (a shared machine's bursts land in one run).
        results[size] = {name: (runs[0][name] if name == "panes" else statistics.median(run[name] for run in runs))
                         for name in runs[0]}
        # Wall times on a shared machine grow with its load; CPU times much less.
        print(f"(load average over the last minute: {os.getloadavg()[0]:.1f} on {os.cpu_count()} processors)")
        if len(runs) > 1:
            results[size]["runs"] = len(runs)
            opened = ", ".join(f"{run['open_s']:.3f}" for run in runs)
            print(f"(medians of {len(runs)} runs; open_s of each: {opened})")
        show(size, results[size])
    if options.json:
        print(json.dumps(results))


if __name__ == "__main__":
    main()
