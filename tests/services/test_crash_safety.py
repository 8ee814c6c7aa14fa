"""SIGKILL at random moments never loses an action whose call returned (short run; the
200-kill campaign is `python benchmarks/crash_harness.py --kills 200`)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import crash_harness  # noqa: E402


def test_random_kills_lose_nothing_and_keep_the_file_intact():
    result = crash_harness.run(8, seed=3)
    assert result["actions_lost"] == 0, result["problems"]
    assert result["actions_reported"] > 0
