"""The size of a record someone holds is one measure, a player's count another.

"Arlo Venn broke Tomas Quill's league rushing record of 1,904 yards" gives Quill's
record; "Venn now has 1,931 yards" gives Venn's total. Two reports of the size of one
holder's record are one fact, weighed against each other even when one leaves the unit
to the story ("Quill's rushing record of 1,894").
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from corrobora.align.apart import told_apart
from corrobora.align.grouping import facts_and_events
from corrobora.align.similarity import ClaimVectors
from corrobora.extract.quantities import find_quantities
from corrobora.model import Claim, ConflictKind

from .reconcile.conftest import make_claim
from .stories import fact_with, text_article, write_article


def _two_reports(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "North Ledger",
        "2026-11-14T22:00:00",
        "Arlo Venn ran for 151 yards on Saturday as Dunmore beat Kessick 31-17.\n"
        "Venn broke Tomas Quill's league rushing record of 1,904 yards with a run "
        "in the third quarter.\n"
        "Venn now has 1,931 yards this season.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Valley Courier",
        "2026-11-14T23:00:00",
        "Dunmore beat Kessick 31-17 on Saturday behind Arlo Venn.\n"
        "Venn came in needing 124 yards to pass Tomas Quill's rushing record of 1,894.\n"
        "Venn had 60 yards in the first quarter, then took the record with a run "
        "in the third quarter.\n"
        "Venn now has 2,031 yards this season.",
    )


def test_two_sizes_of_one_record_are_one_fact_with_a_number_conflict(tmp_path: Path) -> None:
    _two_reports(tmp_path)
    fact = fact_with(tmp_path, "record of 1,904 yards")
    assert any("record of 1,894" in s.text for s in fact.support)
    details = [c.detail for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert any("1,904" in d and "1,894" in d for d in details)


def test_a_record_size_is_not_the_breaker_s_total(tmp_path: Path) -> None:
    _two_reports(tmp_path)
    fact = fact_with(tmp_path, "record of 1,904 yards")
    assert not any("now has" in s.text for s in fact.support)
    assert not any("60 yards in the first quarter" in s.text for s in fact.support)
    total = fact_with(tmp_path, "now has 1,931 yards")
    assert any("now has 2,031 yards" in s.text for s in total.support)


def _claim(article: str, text: str, names: tuple[str, ...]) -> Claim:
    """A claim of the whole ``text`` with the figures read from it and the ``names``."""
    claim = make_claim(article, text, 0, entities=names)
    return replace(claim, quantities=find_quantities(text, text_article(text, article)))


_SIZE = _claim(
    "a",
    "Venn broke Tomas Quill's league rushing record of 1,904 yards in the third quarter.",
    ("arlo venn", "tomas quill"),
)
_TOTAL = _claim("b", "Venn now has 2,031 yards this season.", ("arlo venn",))
_OTHER_SIZE = _claim(
    "b",
    "He came in needing 124 yards to pass Tomas Quill's rushing record of 1,894.",
    ("tomas quill",),
)


def test_a_record_size_and_another_s_count_are_told_apart() -> None:
    assert told_apart(_SIZE, _TOTAL)
    assert not told_apart(_SIZE, _OTHER_SIZE)


def test_a_joined_record_size_is_not_lifted_into_a_total() -> None:
    """However a closer reading joins them, a record's size and a total stay two facts."""
    claims = [_SIZE, _TOTAL]
    facts, _events = facts_and_events(
        claims, ClaimVectors.build(claims), 0.42, 0.1, joined=lambda a, b: True
    )
    assert sorted(map(len, facts)) == [1, 1]


def test_two_sizes_of_one_record_are_joined_however_worded() -> None:
    claims = [_SIZE, _OTHER_SIZE]
    facts, _events = facts_and_events(claims, ClaimVectors.build(claims), 0.42, 0.1)
    assert sorted(map(len, facts)) == [2]
