"""Mutation testing of the scientific core: kill rate per module (mutmut).

Runs mutmut on a copy of the checkout's tracked files (mutmut writes a ``mutants/`` tree and a
cache beside the project; the checkout stays clean) with the ``[tool.mutmut]`` settings of
pyproject.toml, then prints, per module, how many mutants it made, how many the tests caught
(killed, or made the tests time out) and how many survived, and the survivors' names.

    python3 benchmarks/mutation.py                          # every module in only_mutate
    python3 benchmarks/mutation.py --module qda_app/core/spans.py --show
    python3 benchmarks/mutation.py --module 'qda_app/core/agreement/*' --workdir /tmp/agreement-mutants
    python3 benchmarks/mutation.py --workdir /tmp/agreement-mutants --again   # after adding tests
    python3 benchmarks/mutation.py --module qda_app/services/reports/tables.py \
        --tests 'tests/services/reports/test_tables_*.py' --tests tests/services/reports/test_report_counts.py

``--tests`` runs only those tests against each mutant instead of the ``pytest_add_cli_args_test_selection``
of pyproject.toml (globs allowed): on a loaded machine, the tests written for the module rather than
every report writer that calls it. Every mutant of the module is still run and counted.

``--workdir`` keeps the copy (and mutmut's results) in that folder. ``--again`` takes the
checkout's current tests into it and re-runs only the mutants not caught there (survivors,
and any a previous run did not reach): a caught mutant stays caught when tests are only added.

Too slow for CI (minutes per module on two cores); run it before resolving a change to the
modules it covers. ``mutmut`` must be installed (``pip install mutmut``).
"""

from __future__ import annotations

import argparse
import fnmatch
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CAUGHT = {"killed", "timeout", "segfault"}
RESULT_LINE = re.compile(r"^\s*(?P<name>\S+): (?P<status>.+?)\s*$")


def copy_checkout(target: Path) -> None:
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, files.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            destination = target / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)


def restrict_modules(pyproject: Path, modules: list[str]) -> None:
    text = pyproject.read_text()
    listed = ",\n".join(f'    "{module}"' for module in modules)
    text = re.sub(r"only_mutate = \[[^\]]*\]", f"only_mutate = [\n{listed},\n]", text, count=1)
    pyproject.write_text(text)


def restrict_tests(pyproject: Path, patterns: list[str]) -> None:
    text = pyproject.read_text()
    paths = sorted({str(path.relative_to(pyproject.parent)) for pattern in patterns
                    for path in pyproject.parent.glob(pattern)})
    if not paths:
        raise SystemExit(f"mutation: no tests match {' '.join(patterns)}")
    listed = ",\n".join(f'    "{path}"' for path in paths)
    text = re.sub(r"pytest_add_cli_args_test_selection = \[[^\]]*\]",
                  f"pytest_add_cli_args_test_selection = [\n{listed},\n]", text, count=1)
    pyproject.write_text(text)


def module_of(mutant: str) -> str:
    # "qda_app.core.spans.x_merge_spans__mutmut_3" / "qda_app.core.spans.xǁUtf16Mapǁ..."
    return re.split(r"\.x[_ǁ]", mutant, maxsplit=1)[0]


def statuses(work: Path) -> list[tuple[str, str]]:
    """(mutant, status) of every mutant mutmut made in ``work``."""
    listing = subprocess.run(["mutmut", "results", "--all", "true"], cwd=work,
                             capture_output=True, text=True, check=True).stdout
    return [(match["name"], match["status"]) for match in map(RESULT_LINE.match, listing.splitlines()) if match]


def refresh_tests(work: Path) -> None:
    """The checkout's current tests (and the sources they use, all but the mutated modules) into
    ``work`` and into the mutants' tree mutmut runs in. A mutated module that changed needs a
    fresh run instead."""
    mutated = re.search(r"only_mutate = \[([^\]]*)\]", (work / "pyproject.toml").read_text())
    patterns = re.findall(r'"([^"]+)"', mutated[1]) if mutated else []
    files = subprocess.run(["git", "ls-files", "-z", "tests", "qda_app", "resources"], cwd=ROOT,
                           capture_output=True, check=True).stdout
    for name in filter(None, files.decode().split("\0")):
        if any(fnmatch.fnmatch(name, pattern) for pattern in patterns):
            continue
        for target in (work / name, work / "mutants" / name):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--module", action="append", default=[],
                        help="a path as in only_mutate (repeatable); default: all of them")
    parser.add_argument("--tests", action="append", default=[],
                        help="run only these tests (path or glob, repeatable); default: the selection in pyproject.toml")
    parser.add_argument("--children", type=int, default=2, help="parallel test runs (default 2)")
    parser.add_argument("--show", action="store_true", help="print each survivor's diff")
    parser.add_argument("--workdir", type=Path, help="run in this folder and keep it (default: a temporary one)")
    parser.add_argument("--again", action="store_true",
                        help="with --workdir: current tests, re-run only the mutants not caught there")
    options = parser.parse_args()
    if options.again and options.workdir is None:
        parser.error("--again needs --workdir")
    if options.again and options.tests:
        parser.error("--again keeps the first run's tests; --tests needs a fresh run")
    if shutil.which("mutmut") is None:
        print("mutation: mutmut is not installed (pip install mutmut)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="qda-mutation-") as folder:
        work = options.workdir or Path(folder)
        if options.again:
            if not (work / "mutants").is_dir():
                print(f"mutation: no earlier run in {work}", file=sys.stderr)
                return 1
            refresh_tests(work)
            names = [name for name, status in statuses(work) if status not in CAUGHT]
        else:
            work.mkdir(parents=True, exist_ok=True)
            copy_checkout(work)
            if options.module:
                restrict_modules(work / "pyproject.toml", options.module)
            if options.tests:
                restrict_tests(work / "pyproject.toml", options.tests)
            names = []
        began = time.perf_counter()
        run = subprocess.run(["mutmut", "run", "--max-children", str(options.children), *names], cwd=work,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        seconds = time.perf_counter() - began
        if run.returncode not in (0, 1):
            print(f"mutation: mutmut failed ({run.returncode}): {run.stderr.strip()[-500:]}", file=sys.stderr)
            return 1
        counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
        survivors: defaultdict[str, list[str]] = defaultdict(list)
        for name, status in statuses(work):
            module = module_of(name)
            counts[module][status] += 1
            if status not in CAUGHT:
                survivors[module].append(name)
        print(f"mutmut over {len(counts)} modules in {seconds:.0f} s")
        print(f"{'module':45} {'mutants':>8} {'caught':>8} {'survived':>9} {'kill rate':>10}")
        for module in sorted(counts):
            total = sum(counts[module].values())
            caught = sum(counts[module][status] for status in CAUGHT)
            print(f"{module:45} {total:8d} {caught:8d} {total - caught:9d} {caught / total:10.1%}")
        for module in sorted(survivors):
            print(f"\nsurvivors in {module}:")
            for name in survivors[module]:
                print(f"  {name}")
                if options.show:
                    diff = subprocess.run(["mutmut", "show", name], cwd=work, capture_output=True, text=True).stdout
                    for row in diff.splitlines():
                        if row.startswith(("+", "-")) and not row.startswith(("+++", "---")):
                            print(f"      {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
