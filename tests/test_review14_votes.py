"""Vote counts (review 14): a margin is no total, and each rival's count is its own.

"a margin of 2,940 votes" is weighed only against margins; "Marten received 261,870
votes and Rendahl received 258,930" gives each rival a figure of the unit written
once, and each figure is weighed only against the same rival's; a rival's count that
rises between a partial and a full count is an update, whoever it belongs to.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.quantities import find_quantities
from corrobora.model import ConflictKind, ConflictNature, FactStatus
from corrobora.reconcile.conflicts import number_conflict
from corrobora.reconcile.figures import MARGIN, claim_figures
from corrobora.reconcile.totals import one_total

from .reconcile.conftest import counted
from .stories import fact_with, story_facts, text_article, write_article

LEAD_A = "Ilse Marten held a narrow lead over Tobias Rendahl in the Varnholt governor vote."
LEAD_B = "Ilse Marten beat Tobias Rendahl by a narrow margin in the Varnholt governor vote."


def _count(folder: Path, first: tuple[str, str], second: tuple[str, str]) -> None:
    """Two outlets' reports of the count, each (publication time, count sentence)."""
    for name, outlet, lead, (published, sentence) in (
        ("a.txt", "Radio Varnholt", LEAD_A, first),
        ("b.txt", "Lindqvist Herald", LEAD_B, second),
    ):
        write_article(
            folder, name, outlet, published, f"{lead}\n\n{sentence}", title="Varnholt count"
        )


def _numbers(folder: Path) -> list[tuple[str, ConflictNature]]:
    return [
        (c.detail, c.nature)
        for f in story_facts(folder)
        for c in f.conflicts
        if c.kind is ConflictKind.NUMBER
    ]


def test_a_unit_written_once_counts_both_figures() -> None:
    text = "Marten had 249,300 votes and Rendahl had 246,050."
    found = {q.text: q.unit for q in find_quantities(text, text_article(text, "Courier"))}
    assert found == {"249,300": "vote", "246,050": "vote"}
    text = "Marten had 249,300 votes and rose to 250,000."
    found = {q.text: q.unit for q in find_quantities(text, text_article(text, "Courier"))}
    assert found["250,000"] == ""


def test_a_margin_is_weighed_only_against_margins() -> None:
    total = counted("a", "Marten received 261,870 votes.", ("261,870", 261870.0, "vote"))
    margin = counted("b", "It was a margin of 4,100 votes.", ("4,100", 4100.0, "vote"))
    other = counted("a", "Marten won by 2,940 votes.", ("2,940", 2940.0, "vote"))
    (figure,) = claim_figures(margin)
    assert figure.role == MARGIN
    assert number_conflict(total, margin) is None
    conflict = number_conflict(other, margin)
    assert conflict is not None and "2,940" in conflict.detail
    assert not one_total(total, margin)


def test_each_rival_is_weighed_against_the_same_rival() -> None:
    both = counted(
        "a",
        "Marten had 212,400 votes and Rendahl had 205,100.",
        ("212,400", 212400.0, "vote"),
        ("205,100", 205100.0, "vote"),
    )
    marten = counted("b", "Marten received 261,870 votes.", ("261,870", 261870.0, "vote"))
    rendahl = counted(
        "b",
        "Tobias Rendahl of the Civic Union received 257,770.",
        ("257,770", 257770.0, "vote"),
    )
    first = number_conflict(both, marten)
    assert first is not None and first.detail == "212,400 vote vs 261,870 vote"
    second = number_conflict(both, rendahl)
    assert second is not None and second.detail == "205,100 vote vs 257,770 vote"
    other = counted("a", "Rendahl received 258,930.", ("258,930", 258930.0, "vote"))
    assert one_total(other, rendahl)
    assert not one_total(other, marten)
    assert number_conflict(other, marten) is None


def test_an_agreed_total_is_no_conflict_with_the_other_margin(tmp_path: Path) -> None:
    _count(
        tmp_path,
        (
            "2026-11-16T11:00:00+01:00",
            "With all ballots counted, Marten received 261,870 votes and Rendahl received "
            "258,930, a margin of 2,940 votes.",
        ),
        (
            "2026-11-16T12:15:00+01:00",
            "With all votes counted, Marten received 261,870 votes and Rendahl received "
            "257,770, a margin of 4,100 votes.",
        ),
    )
    assert fact_with(tmp_path, "Marten received 261,870").status is FactStatus.CORROBORATED
    numbers = _numbers(tmp_path)
    assert ("258,930 vote vs 257,770 vote", ConflictNature.DISAGREEMENT) in numbers
    assert ("2,940 vote vs 4,100 vote", ConflictNature.DISAGREEMENT) in numbers
    assert len(numbers) == 2


def test_both_rivals_counts_rise_as_updates(tmp_path: Path) -> None:
    _count(
        tmp_path,
        (
            "2026-11-16T07:30:00+01:00",
            "With 96 percent of ballots counted, Marten had 249,300 votes and Rendahl had 246,050.",
        ),
        (
            "2026-11-16T12:15:00+01:00",
            "With all votes counted, Marten received 261,870 votes and Rendahl received 257,770.",
        ),
    )
    numbers = _numbers(tmp_path)
    assert numbers and all(nature is ConflictNature.UPDATE for _, nature in numbers)
    assert not any(f.status is FactStatus.CONFLICTING for f in story_facts(tmp_path))


def test_a_partial_count_is_never_weighed_against_the_margin(tmp_path: Path) -> None:
    _count(
        tmp_path,
        (
            "2026-11-15T23:40:00+01:00",
            "With 82 percent of ballots counted, Marten had 212,400 votes and Rendahl had 205,100.",
        ),
        (
            "2026-11-16T11:00:00+01:00",
            "Marten received 261,870 votes and Rendahl received 258,930, a margin of 2,940 votes.",
        ),
    )
    numbers = _numbers(tmp_path)
    assert numbers and all(nature is ConflictNature.UPDATE for _, nature in numbers)
    assert not any("2,940" in detail for detail, _ in numbers)
    assert not any(f.status is FactStatus.CONFLICTING for f in story_facts(tmp_path))


def test_a_figure_of_no_named_owner_is_weighed_against_a_named_one() -> None:
    named = counted("a", "Acme had 1,200 staff at the plant.", ("1,200", 1200.0, "staff"))
    unnamed = counted("b", "The company had 1,500 staff at the plant.", ("1,500", 1500.0, "staff"))
    rival = counted("b", "Brenco had 1,500 staff at the plant.", ("1,500", 1500.0, "staff"))
    conflict = number_conflict(named, unnamed)
    assert conflict is not None and "1,200" in conflict.detail
    assert number_conflict(named, rival) is None
