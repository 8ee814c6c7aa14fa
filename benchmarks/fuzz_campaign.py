"""A longer fuzzing campaign over the input boundaries, with hypothesis.

    python benchmarks/fuzz_campaign.py                      # 20,000 inputs per target, 10 min cap
    python benchmarks/fuzz_campaign.py --examples 2000 --seconds 60 --target refi_reader

Targets (tests/security/fuzz_targets.py, also run briefly by the test suite):
  utf16_map          Utf16Map code point <-> UTF-16 round trips on arbitrary Unicode
  replace_names      pseudonymisation: rebuilt text, aligned edits, monotone position mapping
  importers_extract  extract() on random bytes of every format and damaged valid documents:
                     an ExtractedDocument or ImportRefused, nothing else
  refi_reader        read_qdpx() on mutated valid project.qde (attribute values, deleted and
                     moved elements, swapped offsets): a RefiProject or InteropError, nothing else

Failures are collected instead of stopping the run; distinct ones (by exception type and the
place it was raised) are printed with one reproducing input each. Exit status 1 if any.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "security"))

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402

from fuzz_targets import TARGETS, Target  # noqa: E402


def run_target(target: Target, *, examples: int, seconds: float) -> dict:
    tried = 0
    failures: dict[str, tuple[str, str]] = {}
    failure_count = 0
    started = time.monotonic()

    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(target.strategy)
    def run(value: object) -> None:
        nonlocal tried, failure_count
        if time.monotonic() - started > seconds:
            return  # over budget: let hypothesis finish its loop without doing work
        tried += 1
        try:
            target.check(value)
        except Exception as error:  # noqa: BLE001 - every escape is a finding
            failure_count += 1
            frame = traceback.extract_tb(error.__traceback__)[-1]
            key = f"{type(error).__name__} at {Path(frame.filename).name}:{frame.lineno}"
            failures.setdefault(key, (f"{type(error).__name__}: {str(error)[:300]}", repr(value)[:500]))

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run()
    return {"target": target.name, "tried": tried, "failures": failure_count,
            "distinct": failures, "seconds": time.monotonic() - started}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=20_000, help="inputs per target (default 20,000)")
    parser.add_argument("--seconds", type=float, default=150, help="time cap per target (default 150)")
    parser.add_argument("--target", action="append", choices=[target.name for target in TARGETS])
    options = parser.parse_args()
    chosen = [target for target in TARGETS if not options.target or target.name in options.target]
    results = []
    for target in chosen:
        result = run_target(target, examples=options.examples, seconds=options.seconds)
        results.append(result)
        print(f"{result['target']:<18} {result['tried']:>7,} inputs  {result['failures']:>4} failures "
              f"({len(result['distinct'])} distinct)  {result['seconds']:6.1f} s", flush=True)
        for key, (message, example) in result["distinct"].items():
            print(f"    {key}: {message}\n      input: {example}", flush=True)
    total = sum(result["tried"] for result in results)
    found = sum(result["failures"] for result in results)
    print(f"total: {total:,} inputs, {found} failures")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
