"""SIGKILL at random moments never loses an action whose call returned (short run; the
200-kill campaign is `python benchmarks/crash_harness.py --kills 200`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import crash_harness  # noqa: E402


def test_random_kills_lose_nothing_and_keep_the_file_intact():
    result = crash_harness.run(8, seed=3)
    assert result["actions_lost"] == 0, result["problems"]
    assert result["actions_reported"] > 0


REPORTS_AT_ONCE = """
import json, sys
for event in (["ready"], ["coded", "1:5", ["Cat::A"], [0, 4]], ["deleting", "1:5"], ["deleted", "1:5"]):
    sys.stdout.write(json.dumps(event) + "\\n")
sys.stdout.flush()
"""


def test_reports_that_arrive_together_with_ready_are_all_counted():
    # A slow harness (a loaded machine) finds "ready" and the first reports in one pipe read.
    # They must all count: dropping "deleting"/"deleted" made a deleted quotation look lost.
    child = subprocess.Popen([sys.executable, "-c", REPORTS_AT_ONCE], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, bufsize=0)
    child.wait(timeout=30)  # everything is in the pipe before the harness reads any of it
    early = crash_harness.read_ready(child)
    output, _errors = child.communicate(timeout=30)
    events = crash_harness.parse_events(early + output)
    assert [event[0] for event in events] == ["coded", "deleting", "deleted"]
    alive, deleted, _spans = crash_harness.expected_state(events)
    assert alive == {} and deleted == {"1:5"}


def test_a_cut_last_line_is_ignored_and_identity_includes_the_span():
    events = crash_harness.parse_events(b'["coded", "1:1", ["A"], [3, 9]]\n["coded", "1:2", ["B"]')
    alive, _deleted, spans = crash_harness.expected_state(events)
    assert alive == {"1:1": {"A"}} and spans == {"1:1": (3, 9)}
