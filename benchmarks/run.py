"""Measure qda_app on a synthetic project and print one table (and a JSON line).

    python benchmarks/make_project.py --size large      # once: builds /tmp/qda-bench/large.qdaproj
    python benchmarks/run.py --size large

Each step runs in its own process, so its time includes start-up and its peak memory
(max RSS) is its own. Targets are printed beside the figures with "ok" or "MISSED". The
window rows come from gui_window_bench.py (the real main window, offscreen: opened until the
first paint with every pane filled, and Quick Code until the event loop is idle); the rows
marked "service" time a service call without any window, for reference.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_project import SIZES, make_project  # noqa: E402

TARGETS = {  # per size: seconds unless the name says otherwise
    "large": {
        "import raw files": 10, "all report DataFrames": 2, "Excel workbook": 20, "two-coder agreement": 5,
        "REFI-QDA export": 15, "REFI-QDA import": 15, "window: open, every pane filled": 0.5,
        "window: coding until idle, p95 (ms)": 20,
    },
    "huge": {  # issue 20
        "window: open, every pane filled": 0.5, "window: coding until idle, p95 (ms)": 20,
        "window: open, peak MB": 300,
    },
}


def measure(command: list[str], *, env: dict | None = None) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB, and stdout of one process."""
    began = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    output = process.stdout.read()
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - began
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command[:4])} failed: {errors.decode()[-800:]}")
    return elapsed, usage.ru_maxrss / 1024, output.decode()


def python(code: str) -> list[str]:
    return [sys.executable, "-c", textwrap.dedent(code)]


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "qda_app", *map(str, args)]


def steps(project: Path, raw: Path, work: Path) -> list[tuple[str, list[str], str]]:
    """(name, command, how to read the figure: 'wall' or 'stdout')."""
    return [
        ("import raw files", python(f"""
            import time, sys
            from qda_app.services.project import Project
            from qda_app.services import documents
            with Project.create({str(work / 'imported.qdaproj')!r}) as p:
                t = time.perf_counter(); s = documents.import_files(p, [{str(raw)!r}])
                print(time.perf_counter() - t); assert not s.refused
        """), "stdout"),
        ("service: open project + code tree (no window)", python(f"""
            import time
            from qda_app.services.project import Project
            from qda_app.services import codes
            t = time.perf_counter()  # the program is running already; opening is what is timed
            with Project.open({str(project)!r}, read_only=True) as p:
                tree = codes.list_codes(p); counts = codes.code_counts(p)
            print(time.perf_counter() - t)
        """), "stdout"),
        ("service: coding p95 (ms), no window", python(f"""
            import random, shutil, statistics, time
            shutil.copy({str(project)!r}, {str(work / 'coding.qdaproj')!r})
            from qda_app.services.project import Project
            from qda_app.services import coding, documents
            with Project.open({str(work / 'coding.qdaproj')!r}) as p:
                docs = documents.list_documents(p); rng = random.Random(1); times = []
                for i in range(1000):
                    d = rng.choice(docs); s = rng.randrange(0, d.chars - 300)
                    t = time.perf_counter()
                    coding.code_span(p, document=d.number, start=s, end=s + rng.randint(50, 300), codes=["Bench::Code %d" % (i % 7)])
                    times.append((time.perf_counter() - t) * 1000)
            times.sort(); print(times[949], statistics.median(times))
        """), "stdout"),
        ("all report DataFrames", python(f"""
            import time
            from qda_app.services.project import Project
            from qda_app.services.reports.book import build_report_book
            with Project.open({str(project)!r}, read_only=True) as p:
                t = time.perf_counter(); build_report_book(p, language="en"); print(time.perf_counter() - t)
        """), "stdout"),
        ("Excel workbook", cli("report", project, "-o", work / "report.xlsx", "--lang", "en"), "wall"),
        ("two-coder agreement", cli("agreement", project, "--coders", "Coder A", "Coder B", "--json"), "wall"),
        ("REFI-QDA export", cli("export-qdpx", project, "-o", work / "export.qdpx"), "wall"),
        ("REFI-QDA import", cli("import-qdpx", work / "export.qdpx", "-o", work / "reimported.qdaproj"), "wall"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=sorted(SIZES), default="study")
    parser.add_argument("--out", type=Path, default=Path("/tmp/qda-bench"))
    parser.add_argument("--only", action="append", help="run only steps whose name contains this")
    options = parser.parse_args()
    project = make_project(options.size, options.out)
    raw = options.out / f"{options.size}-raw"
    results = []
    with tempfile.TemporaryDirectory(dir=options.out) as folder:
        work = Path(folder)
        for name, command, reading in steps(project, raw, work):
            if options.only and not any(part in name for part in options.only):
                continue
            try:
                wall, memory, output = measure(command)
                figure = float(output.split()[0]) if reading == "stdout" else wall
                if name.startswith("service: coding"):
                    figure, median = (float(value) for value in output.split()[:2])
                    name_extra = f" (median {median:.1f} ms)"
                else:
                    name_extra = ""
                results.append({"step": name + name_extra, "figure": round(figure, 3), "peak_mb": round(memory),
                                "target": TARGETS.get(options.size, {}).get(name)})
            except Exception as error:  # one failing step must not hide the others' figures
                results.append({"step": name, "figure": None, "peak_mb": None, "error": str(error)[:200]})
            shutil.rmtree(work / "x", ignore_errors=True)
    window = ROOT / "benchmarks" / "gui_window_bench.py"
    if not options.only or any(part in "window" for part in options.only):
        try:
            _, memory, output = measure([sys.executable, str(window), "--in-process", "--size", options.size,
                                         "--out", str(options.out)], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
            figures = json.loads(output.strip().splitlines()[-1])
            targets = TARGETS.get(options.size, {})
            for name, figure, peak in (
                ("window: open, every pane filled", figures["open_s"], figures["open_peak_mb"]),
                ("window: open, CPU s (busy machine: the floor)", figures["open_cpu_s"], figures["open_peak_mb"]),
                ("window: open, peak MB", figures["open_peak_mb"], figures["open_peak_mb"]),
                ("window: coding until idle, p95 (ms)", figures["coding_idle_p95_ms"], memory),
                ("window: coding until idle, p50 (ms)", figures["coding_idle_p50_ms"], memory),
                ("window: coding, CPU p95 (ms)", figures["coding_cpu_p95_ms"], memory),
            ):
                results.append({"step": name, "figure": round(figure, 3), "peak_mb": round(peak),
                                "target": targets.get(name)})
        except Exception as error:
            results.append({"step": "window", "figure": None, "error": str(error)[:200]})
    gui = ROOT / "benchmarks" / "gui_bench.py"
    if gui.exists() and not options.only:
        try:
            _, memory, output = measure([sys.executable, str(gui), "--json"],
                                        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
            for key, value in json.loads(output.strip().splitlines()[-1]).items():
                results.append({"step": f"gui: {key}", "figure": value, "peak_mb": round(memory)})
        except Exception as error:
            results.append({"step": "gui", "figure": None, "error": str(error)[:200]})
    print(f"{'step':45} {'figure':>10} {'target':>8} {'':7} {'peak MB':>8}")
    for row in results:
        figure = "error" if row.get("figure") is None else f"{row['figure']:.3f}"
        target = "" if not row.get("target") else f"<= {row['target']}"
        verdict = ""
        if row.get("target") and row.get("figure") is not None:
            verdict = row["verdict"] = "ok" if row["figure"] <= row["target"] else "MISSED"
        elif row.get("target"):
            verdict = row["verdict"] = "MISSED"
        print(f"{row['step'][:45]:45} {figure:>10} {target:>8} {verdict:7} {row.get('peak_mb') or '':>8}")
    print(json.dumps({"size": options.size, "results": results}, ensure_ascii=False))


if __name__ == "__main__":
    main()
