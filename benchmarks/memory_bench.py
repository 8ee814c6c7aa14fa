"""Peak memory and time of the CLI steps that read or write a whole project, per size.

    python benchmarks/make_project.py --size huge --out /tmp/qda-bench    # once per size
    python benchmarks/memory_bench.py --size large --size huge --out /tmp/qda-bench

Each step is its own process (``python -m qda_app ...``, output to a file in a temporary
folder), so its peak resident memory (max RSS) is its own. Printed beside each figure: the
250 MB target (issue 20, for huge) and, when both sizes ran, the huge/large time ratio against
its 4x target (the data is 4x), for wall and for CPU time (user + system: the machine may be
shared, and wall time under load says more about the load than about the program). "MISSED"
marks every missed target (a ratio counts as missed when either exceeds 4x); nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_project import SIZES, make_project  # noqa: E402

PEAK_TARGET_MB = 250
RATIO_TARGET = 4.0


def measure(command: list[str], *, stdout_path: Path, checkout: Path = ROOT) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of one process.

    Its standard output goes to a file. CPU time is printed beside wall time because the
    machine is shared: wall time under load is inflated, CPU time much less so."""
    began = time.perf_counter()
    with open(stdout_path, "wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE, cwd=checkout,
                                   env={**os.environ, "PYTHONPATH": str(checkout)})
        errors = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command[3:5])} failed: {errors.decode()[-500:]}")
    return time.perf_counter() - began, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def steps(project: Path, work: Path) -> list[tuple[str, list[str]]]:
    cli = [sys.executable, "-m", "qda_app"]
    return [
        ("quotes --json", cli + ["quotes", str(project), "--json"]),
        ("report (Excel)", cli + ["report", str(project), "-o", str(work / "report.xlsx"), "--lang", "en"]),
        ("report (Word)", cli + ["report", str(project), "-o", str(work / "report.docx"), "--lang", "en"]),
        ("report (Word, all parts)", cli + ["report", str(project), "-o", str(work / "all.docx"), "--lang", "en",
                                            "--word", "tables,networks,smart-codes,codebook,quotations"]),
        ("report (HTML)", cli + ["report", str(project), "-o", str(work / "report.html"), "--lang", "en"]),
        ("report (CSV)", cli + ["report", str(project), "-o", str(work / "csv"), "--lang", "en"]),
        ("codes", cli + ["codes", str(project)]),
        ("docs", cli + ["docs", str(project)]),
        ("query", cli + ["query", str(project), '"Categoría 01" AND "Categoría 02"', "--json"]),
        ("words", cli + ["words", str(project)]),
        ("agreement", cli + ["agreement", str(project), "--coders", "Coder A", "Coder B", "--json"]),
        ("agreement --bootstrap 1000", cli + ["agreement", str(project), "--coders", "Coder A", "Coder B", "--json",
                                              "--bootstrap", "1000"]),
        ("disagreements --json", cli + ["disagreements", str(project), "--coders", "Coder A", "Coder B", "--json"]),
        ("export-qdpx", cli + ["export-qdpx", str(project), "-o", str(work / "export.qdpx")]),
        ("import-qdpx", cli + ["import-qdpx", str(work / "export.qdpx"), "-o", str(work / "imported.qdaproj")]),
    ]


# The steps the issue gives the 250 MB target (the others print their peak without one).
PEAK_TARGET_STEPS = ("quotes", "report", "export-qdpx", "import-qdpx")
BOOTSTRAP_TARGET_S = 5.0  # agreement with --bootstrap 1000 on large


def verdict_text(size: str, figure: dict, large: dict, step: str = "report") -> str:
    """What is printed beside a step's figures: for huge, its peak against the 250 MB target (the
    steps the issue names) and, when large ran too, its time ratios against the 4x target; for
    the bootstrap on large, its time against 5 s. "MISSED" for every target missed, "ok" only
    for one met. Adds the ratios to ``figure`` (for the JSON line)."""
    if size == "large" and step.startswith("agreement --bootstrap"):
        slowest = max(figure["s"], figure["cpu_s"])
        return f"  <= {BOOTSTRAP_TARGET_S:.0f} s: {'ok' if slowest <= BOOTSTRAP_TARGET_S else 'MISSED'}"
    if size != "huge":
        return ""
    if step.startswith(PEAK_TARGET_STEPS):
        verdict = f"  peak <= {PEAK_TARGET_MB} MB: {'ok' if figure['peak_mb'] <= PEAK_TARGET_MB else 'MISSED'}"
    else:
        verdict = "  peak: no target"
    if "s" in large and "cpu_s" in large:
        ratio = figure["s"] / large["s"] if large["s"] else float("inf")
        cpu_ratio = figure["cpu_s"] / large["cpu_s"] if large["cpu_s"] else float("inf")
        figure["ratio_to_large"] = round(ratio, 2)
        figure["cpu_ratio_to_large"] = round(cpu_ratio, 2)
        verdict += (f"; {ratio:.1f}x large wall, {cpu_ratio:.1f}x cpu "
                    f"(<= {RATIO_TARGET:.0f}x: {'ok' if max(ratio, cpu_ratio) <= RATIO_TARGET else 'MISSED'})")
    return verdict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", action="append", choices=sorted(SIZES))
    parser.add_argument("--out", type=Path, default=Path("/tmp/qda-bench"))
    parser.add_argument("--only", action="append", help="run only steps whose name contains this")
    parser.add_argument("--checkout", type=Path, default=ROOT, help="measure the program in this checkout")
    options = parser.parse_args()
    sizes = options.size or ["large", "huge"]
    figures: dict[str, dict[str, dict]] = {}
    load_before = os.getloadavg()
    for size in sizes:
        project = make_project(size, options.out)
        with tempfile.TemporaryDirectory(dir=options.out) as folder:
            work = Path(folder)
            for name, command in steps(project, work):
                if options.only and not any(part in name for part in options.only):
                    continue
                try:
                    wall, cpu, peak = measure(command, stdout_path=work / "stdout", checkout=options.checkout)
                    figures.setdefault(name, {})[size] = {"s": round(wall, 2), "cpu_s": round(cpu, 2),
                                                          "peak_mb": round(peak)}
                except RuntimeError as error:
                    figures.setdefault(name, {})[size] = {"error": str(error)[:200]}
    load_after = os.getloadavg()
    print("load average (1, 5, 15 min): before " + ", ".join(f"{value:.2f}" for value in load_before)
          + "; after " + ", ".join(f"{value:.2f}" for value in load_after))
    print(f"{'step':26} {'size':6} {'wall':>9} {'cpu':>9} {'peak MB':>8}")
    for name, by_size in figures.items():
        for size, figure in by_size.items():
            if "error" in figure:
                print(f"{name:26} {size:6} error: {figure['error']}")
                continue
            verdict = verdict_text(size, figure, by_size.get("large", {}), name)
            print(f"{name:26} {size:6} {figure['s']:8.2f}s {figure['cpu_s']:8.2f}s {figure['peak_mb']:8}{verdict}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
