"""Counting fact rows into per-story tallies."""

from __future__ import annotations

import pytest

from corrobora.store.tallies import FactTally, tally_rows


def test_rows_are_counted_per_story_with_distinct_origins() -> None:
    rows = [
        ("s1", "corroborated", '["herald", "wire"]'),
        ("s1", "conflicting", '["herald"]'),
        ("s1", "conflicting", "[]"),
        ("s2", "single_source", '["post"]'),
        ("s3", None, None),
    ]
    assert tally_rows(rows) == {
        "s1": FactTally(facts=3, conflicting=2, origins=2),
        "s2": FactTally(facts=1, conflicting=0, origins=1),
        "s3": FactTally(facts=0, conflicting=0, origins=0),
    }


def test_origins_that_are_not_a_list_are_refused() -> None:
    with pytest.raises(ValueError, match="story 's1'"):
        tally_rows([("s1", "corroborated", '{"a": 1}')])
