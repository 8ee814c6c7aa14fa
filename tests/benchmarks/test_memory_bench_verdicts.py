"""memory_bench prints "MISSED" beside every missed target and "ok" only beside a met one."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location("memory_bench", ROOT / "benchmarks" / "memory_bench.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


def test_peak_over_the_target_is_missed(bench):
    assert "peak <= 250 MB: MISSED" in bench.verdict_text("huge", {"s": 1, "cpu_s": 1, "peak_mb": 251}, {})
    assert "peak <= 250 MB: ok" in bench.verdict_text("huge", {"s": 1, "cpu_s": 1, "peak_mb": 250}, {})
    assert "ok" not in bench.verdict_text("huge", {"s": 1, "cpu_s": 1, "peak_mb": 251}, {})


@pytest.mark.parametrize(("wall", "cpu", "verdict"), [
    (4.0, 4.0, "ok"), (4.1, 3.0, "MISSED"), (3.0, 4.1, "MISSED"), (5.0, 5.0, "MISSED"),
])
def test_ratio_is_missed_when_wall_or_cpu_exceeds_four(bench, wall, cpu, verdict):
    figure = {"s": wall * 10, "cpu_s": cpu * 2, "peak_mb": 100}
    text = bench.verdict_text("huge", figure, {"s": 10.0, "cpu_s": 2.0, "peak_mb": 90})
    assert text.endswith(f"(<= 4x: {verdict})")
    assert figure["ratio_to_large"] == pytest.approx(wall) and figure["cpu_ratio_to_large"] == pytest.approx(cpu)


def test_no_verdict_below_huge_and_no_ratio_without_large(bench):
    assert bench.verdict_text("large", {"s": 1, "cpu_s": 1, "peak_mb": 900}, {}) == ""
    assert "x large" not in bench.verdict_text("huge", {"s": 1, "cpu_s": 1, "peak_mb": 10}, {"error": "failed"})


def test_peak_target_only_for_the_steps_the_issue_names(bench):
    figure = {"s": 1, "cpu_s": 1, "peak_mb": 400}
    assert "peak <= 250 MB: MISSED" in bench.verdict_text("huge", dict(figure), {}, "import-qdpx")
    assert "peak: no target" in bench.verdict_text("huge", dict(figure), {}, "agreement")
    assert "MISSED" not in bench.verdict_text("huge", dict(figure), {}, "disagreements --json")


@pytest.mark.parametrize(("wall", "cpu", "verdict"), [(4.9, 4.9, "ok"), (5.0, 5.0, "ok"), (5.1, 2.0, "MISSED"),
                                                      (2.0, 5.1, "MISSED")])
def test_bootstrap_on_large_against_five_seconds(bench, wall, cpu, verdict):
    text = bench.verdict_text("large", {"s": wall, "cpu_s": cpu, "peak_mb": 100}, {}, "agreement --bootstrap 1000")
    assert text.endswith(f"<= 5 s: {verdict}")


def test_every_report_format_is_measured(bench, tmp_path):
    names = [name for name, _ in bench.steps(tmp_path / "p.qdaproj", tmp_path)]
    for kind in ("Excel", "Word", "Word, all parts", "HTML", "CSV"):
        assert f"report ({kind})" in names
    assert {"quotes --json", "export-qdpx", "import-qdpx", "agreement --bootstrap 1000", "disagreements --json"} \
        <= set(names)


def test_report_verb_fixes_the_allocator_threshold_where_glibc_runs_it():
    import platform

    found = subprocess.run(
        [sys.executable, "-c", "from qda_app.cli.allocator import return_freed_blocks_promptly as r; print(r())"],
        capture_output=True, text=True, cwd=ROOT, check=True,
    ).stdout.strip()
    expected = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert found == str(expected)
