"""REFI-QDA exchange benchmark: export and import time and peak memory of a synthetic project.

Takes the project that ``make_project.py`` builds for the chosen size (``large``: 500
documents of ~60 KB, 100 codes, 50,000 quotations, 3 coders), exports it to .qdpx and
imports that into a new project. Each step runs in its own process so that its peak memory
(ru_maxrss) is its own. Targets: export and import at most 15 s each on large, at most 250 MB
of peak memory each on huge (issue 20); a missed one is printed "MISSED".

    python benchmarks/interop_bench.py [--size large] [--keep]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def step(name: str, folder: Path, arguments: argparse.Namespace) -> None:
    """One measured step, in this (child) process."""
    from qda_app.services.interop.project_export import export_project
    from qda_app.services.interop.project_import import import_project
    from qda_app.services.documents import list_documents
    from qda_app.services.project import Project

    started = time.perf_counter()
    if name == "export":
        with Project.open(arguments.project, read_only=True) as project:
            export_project(project, folder / "export.qdpx")
    else:
        report = import_project(folder / "export.qdpx", folder / "copy.qdaproj")
        with Project.open(arguments.project, read_only=True) as project:
            expected = sum(doc.quotation_count for doc in list_documents(project))
        assert report.summary["quotations"] == expected, report.summary
    seconds, peak = time.perf_counter() - started, _peak_mb()
    verdicts = []
    if arguments.size == "large":
        verdicts.append(f"target 15 s: {'ok' if seconds <= 15 else 'MISSED'}")
    if arguments.size == "huge":
        verdicts.append(f"target 250 MB: {'ok' if peak <= 250 else 'MISSED'}")
    print(f"{name}: {seconds:.1f} s, peak memory {peak:.0f} MB  {'; '.join(verdicts)}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("study", "large", "huge"), default="large")
    parser.add_argument("--out", type=Path, default=Path("/tmp/qda-bench"))
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--step", choices=("export", "import"), help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--project", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.step:
        step(arguments.step, Path(arguments.folder), arguments)
        return 0
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from make_project import make_project

    project = make_project(arguments.size, arguments.out)
    folder = Path(tempfile.mkdtemp(prefix="qda-interop-bench-"))
    try:
        for name in ("export", "import"):
            subprocess.run([sys.executable, __file__, "--step", name, "--folder", str(folder),
                            "--project", str(project), "--size", arguments.size], check=True)
        size = (folder / "export.qdpx").stat().st_size / 1e6
        print(f"export.qdpx: {size:.1f} MB")
    finally:
        if arguments.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
