"""Feed the hostile-input corpus to the real command line and count the refusals.

    python benchmarks/hostile_inputs.py             # includes a 60 MB single-line text file
    python benchmarks/hostile_inputs.py --huge-mb 0 # without it

Uses the corpus builder of tests/security/hostile_corpus.py. Each case runs ``python -m
qda_app`` in a fresh process against a fresh project; a case counts as refused when the exit
code is 1, stderr is one line naming the file without a traceback, nothing appeared outside
the project, and the project's rows are unchanged. Prints one line per case and a summary.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "security"))

from hostile_corpus import ESCAPE_NAME, build_corpus  # noqa: E402

from qda_app.services import documents  # noqa: E402
from qda_app.services.project import Project  # noqa: E402


def _rows(path: Path) -> dict:
    with Project.open(path, read_only=True) as project:
        db = project.database
        tables = [row["name"] for row in db.rows(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {table: sorted(tuple(row.values()) for row in db.rows(f'SELECT * FROM "{table}"'))
                for table in tables}


def _listing(folder: Path) -> set[str]:
    # SQLite's WAL index files come and go with connections to the project: not "written".
    return {str(path.relative_to(folder)) for path in folder.rglob("*")
            if not path.name.endswith(("-wal", "-shm"))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--huge-mb", type=int, default=60, help="size of the single-line text file (0: none)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch)
        secret = base / "secret.txt"
        secret.write_text("TOP-SECRET-CONTENT-42", encoding="utf-8")
        started = time.monotonic()
        cases = build_corpus(base / "corpus", secret=secret, huge_line_bytes=options.huge_mb * 2**20)
        print(f"corpus: {len(cases)} hostile inputs built in {time.monotonic() - started:.1f} s")
        refused = 0
        problems: list[str] = []
        for case in cases:
            work = base / f"work-{case.name}"
            work.mkdir()
            project = work / "p.qdaproj"
            with Project.create(project, coder="Ana") as opened:
                documents.add_text_document(opened, name="E01", text="Alcalde: sin plata no hay obra.")
            (work / "plain.txt").write_text("un documento normal", encoding="utf-8")
            before_rows, before_files = _rows(project), _listing(work)
            output = work / "from-qdpx.qdaproj"
            began = time.monotonic()
            result = subprocess.run([sys.executable, "-m", "qda_app", *case.argv(project, output)],
                                    capture_output=True, text=True, cwd=ROOT, timeout=600)
            seconds = time.monotonic() - began
            lines = result.stderr.strip().splitlines()
            faults = []
            if result.returncode != 1:
                faults.append(f"exit {result.returncode}")
            if len(lines) != 1:
                faults.append(f"{len(lines)} stderr lines")
            elif str(case.path) not in lines[0]:
                faults.append("message does not name the file")
            if "Traceback" in result.stderr or "internal error" in result.stderr:
                faults.append("traceback")
            if "TOP-SECRET" in result.stderr + result.stdout:
                faults.append("secret leaked")
            if output.exists() or _listing(work) != before_files:
                faults.append("files written")
            if list(base.rglob(ESCAPE_NAME)) or Path("/tmp", ESCAPE_NAME).exists():
                faults.append("archive member escaped")
            if _rows(project) != before_rows:
                faults.append("project changed")
            verdict = "refused" if not faults else "PROBLEM: " + ", ".join(faults)
            refused += not faults
            if faults:
                problems.append(case.name)
            print(f"  {case.name:<28} {case.verb:<13} {seconds:5.1f} s  {verdict}"
                  f"{'  | ' + lines[0][:110] if lines else ''}", flush=True)
        print(f"hostile inputs: {len(cases)} tried, {refused} refused cleanly, {len(problems)} problems"
              + (f" ({', '.join(problems)})" if problems else ""))
        return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
