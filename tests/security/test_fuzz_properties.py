"""Property-based checks of the boundaries a hostile or odd input reaches first.

The same targets run much longer in benchmarks/fuzz_campaign.py.
"""

from __future__ import annotations

import pytest
from fuzz_targets import TARGETS, Target, mutate_qde, seed_qdpx
from hypothesis import HealthCheck, given, settings

EXAMPLES = {"utf16_map": 300, "replace_names": 300, "importers_extract": 150, "refi_reader": 150}


@pytest.mark.parametrize("target", TARGETS, ids=[target.name for target in TARGETS])
def test_target_holds(target: Target) -> None:
    @settings(max_examples=EXAMPLES[target.name], deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(target.strategy)
    def run(value: object) -> None:
        target.check(value)

    run()


def test_refi_mutations_do_change_the_project_file() -> None:
    qde, _ = seed_qdpx()
    assert mutate_qde(qde, [("swap_offsets", 1, 0, "")]) != mutate_qde(qde, [("set_attribute", 0, 0, "x")])
    assert b"startPosition" in qde  # the seed has selections to swap


def test_swapped_and_absurd_offsets_are_refused_or_dropped_not_crashing(tmp_path) -> None:
    from fuzz_targets import check_refi

    for value in ("-1", "99999999999999999999", "1e309", "NaN", ""):
        check_refi([("swap_offsets", 1, 0, value)])
        check_refi([("set_attribute", index, 0, value) for index in range(0, 200, 7)])
