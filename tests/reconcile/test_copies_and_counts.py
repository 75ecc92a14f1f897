"""A copy that alters a figure, counts of people, earlier figures."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from corrobora.model import (
    ConflictKind,
    ConflictNature,
    CopyLink,
    FactEventKind,
    FactStatus,
    Story,
)
from corrobora.reconcile import reconcile
from corrobora.reconcile.conflicts import number_conflict
from corrobora.reconcile.updates import with_timeline
from corrobora.settings import ReconcileParams

from .conftest import counted, make_analysis


def _report(article_id: str, outlet: str, sentence: str, value: float, day: int):
    return make_analysis(
        article_id,
        outlet,
        [sentence],
        day=day,
        claim_kwargs={0: {"numbers": ((value, "climber"),)}},
    )


def test_a_copy_that_changes_a_figure_conflicts_with_its_original_only():
    original = _report("o", "Alpine Herald", "Nine climbers were rescued from the glacier.", 9, 1)
    copy = _report("c", "Valley Digest", "Eleven climbers were rescued from the glacier.", 11, 1)
    other = _report("w", "Summit Wire", "Nine climbers were rescued from the glacier.", 9, 1)
    story = Story("s", "t", ("c", "w", "o"))
    recon = reconcile(story, [copy, other, original], [CopyLink("c", "o", 0.95)], ReconcileParams())
    (fact,) = recon.facts
    (conflict,) = fact.conflicts
    assert conflict.kind is ConflictKind.NUMBER
    assert {v.article_id for v in conflict.values} == {"o", "c"}
    assert fact.status is FactStatus.CONFLICTING
    assert fact.text == "Nine climbers were rescued from the glacier."
    assert fact.origins == ("alpine herald", "summit wire")
    assert [s.is_copy for s in fact.support if s.article_id == "c"] == [True]


def test_a_copy_that_changes_a_figure_contradicts_rather_than_repeats():
    original = _report("o", "Alpine Herald", "Nine climbers were rescued from the glacier.", 9, 1)
    copy = _report("c", "Valley Digest", "Seven climbers were rescued from the glacier.", 7, 2)
    story = Story("s", "t", ("o", "c"))
    recon = reconcile(story, [original, copy], [CopyLink("c", "o", 0.95)], ReconcileParams())
    (fact,) = recon.facts
    assert fact.independent_support == 1
    assert [(e.article_id, e.kind) for e in fact.timeline] == [
        ("o", FactEventKind.FIRST),
        ("c", FactEventKind.CONTRADICTS),
    ]


def test_counts_of_people_conflict_whatever_noun_counts_them():
    residents = counted(
        "a", "About 4,000 residents left the valley.", ("4,000", 4000.0, "resident")
    )
    people = counted("b", "About 6,500 people left the valley.", ("6,500", 6500.0, "people"))
    conflict = number_conflict(residents, people)
    assert conflict is not None and conflict.detail == "4,000 resident vs 6,500 people"


def test_a_death_toll_and_a_count_of_people_who_died_are_compared():
    died = counted("a", "Seven people died in the landslide.", ("Seven", 7.0, "people"))
    toll = counted("b", "The death toll from the landslide is 10.", ("10", 10.0, "dead"))
    assert number_conflict(died, toll) is not None


@pytest.mark.parametrize(
    "earlier",
    [
        "Earlier in the week the agency had given a toll of 17.",
        "That figure is up from 17 on Sunday.",
        "Rescuers had previously put the death toll at 17.",
        "That is up from an earlier toll of 17.",
    ],
)
def test_a_figure_given_as_an_earlier_one_does_not_conflict_with_the_current_one(earlier):
    current = counted("a", "The death toll has climbed to 23.", ("23", 23.0, "dead"))
    stated = counted("b", earlier, ("17", 17.0, "dead"))
    assert number_conflict(current, stated) is None


def _published(early: str, late: str) -> dict[str, datetime | None]:
    return {
        early: datetime(2026, 3, 1, 9, tzinfo=UTC),
        late: datetime(2026, 3, 1, 15, tzinfo=UTC),
    }


def test_a_later_toll_higher_than_an_earlier_count_of_the_dead_is_an_update():
    died = counted("a", "Seven people died in the landslide.", ("Seven", 7.0, "people"))
    toll = counted("b", "The death toll from the landslide has risen to 10.", ("10", 10.0, "dead"))
    conflict = number_conflict(died, toll)
    assert conflict is not None
    timed = with_timeline(conflict, died, toll, _published("a", "b"))
    assert timed.nature is ConflictNature.UPDATE
    assert timed.detail == "7 dead, later 10 dead"  # people who died are counted as dead


def test_a_figure_said_to_have_risen_later_is_an_update():
    spring = counted("a", "The cooperative had 310 members in spring.", ("310", 310.0, "member"))
    autumn = counted(
        "b", "The cooperative's membership has climbed to 420 members.", ("420", 420.0, "member")
    )
    conflict = number_conflict(spring, autumn)
    assert conflict is not None
    assert with_timeline(conflict, spring, autumn, _published("a", "b")).nature is (
        ConflictNature.UPDATE
    )


def test_only_the_figure_the_earlier_report_gives_is_an_earlier_one():
    text = "Police had earlier put the death toll at 12, but on Thursday said 15 people had died."
    both = counted("a", text, ("12", 12.0, "dead"), ("15", 15.0, "people"))
    twenty = counted("b", "Twenty people died.", ("Twenty", 20.0, "people"))
    conflict = number_conflict(both, twenty)
    assert conflict is not None and conflict.detail == "15 dead vs 20 dead"


def test_a_death_toll_is_no_count_of_the_injured():
    toll = counted("a", "The death toll rose to 15.", ("15", 15.0, "dead"))
    injured = counted("b", "40 people were injured.", ("40", 40.0, "people"))
    assert number_conflict(toll, injured) is None


def test_counts_of_people_killed_and_of_people_who_died_are_compared():
    killed = counted("a", "The number of people killed has risen to 15.", ("15", 15.0, "people"))
    died = counted("b", "Twelve people died.", ("Twelve", 12.0, "people"))
    toll = counted("c", "The death toll rose to 15.", ("15", 15.0, "dead"))
    conflict = number_conflict(died, killed)
    assert conflict is not None and conflict.detail == "12 dead vs 15 dead"
    assert number_conflict(died, toll) is not None


@pytest.mark.parametrize("unit", ["krone", "franc", "crown", "cent"])
def test_money_said_to_have_grown_is_no_update(unit):
    early = counted("a", f"Exports grew to 3 million {unit}s.", ("3 million", 3e6, unit))
    late = counted("b", f"Exports grew to 4 million {unit}s.", ("4 million", 4e6, unit))
    conflict = number_conflict(early, late)
    assert conflict is not None
    assert with_timeline(conflict, early, late, _published("a", "b")).nature is (
        ConflictNature.DISAGREEMENT
    )
