"""Changes against levels, percentages against percentage points, and rising vote counts."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from corrobora.model import Claim, ConflictNature
from corrobora.reconcile.conflicts import date_conflict, number_conflict
from corrobora.reconcile.figures import claim_figures, figures_agree
from corrobora.reconcile.updates import with_timeline

from .conftest import counted, make_claim


def _percent(article_id: str, text: str, written: str, value: float) -> Claim:
    return counted(article_id, text, (written, value, "%"))


@pytest.mark.parametrize(
    ("text", "written", "change"),
    [
        ("Turnout in Orvan rose by three percent.", "three percent", True),
        ("Turnout in Orvan was up about 3 percent.", "3 percent", True),
        ("Orvan saw an increase of 3% in turnout.", "3%", True),
        ("Orvan saw a 3% rise in turnout.", "3%", True),
        ("Turnout in Orvan was nearly 62 percent.", "62 percent", False),
        ("Turnout in Orvan stood at 61.4%.", "61.4%", False),
        ("Turnout in Orvan rose to 62 percent.", "62 percent", False),
    ],
)
def test_a_figure_worded_as_a_change_is_marked(text: str, written: str, change: bool) -> None:
    (figure,) = claim_figures(counted("a", text, (written, 3.0, "%")))
    assert figure.change is change


def test_a_change_restated_in_another_measure_is_a_change() -> None:
    """ "rose 98.7 points, or 1.1 percent, to 8,949": both changes, the last a level."""
    text = "The Orvan index rose 98.7 points, or 1.1 percent, to 8,949."
    claim = counted(
        "a", text, ("98.7", 98.7, "point"), ("1.1 percent", 1.1, "%"), ("8,949", 8949.0, "")
    )
    assert [f.change for f in claim_figures(claim)] == [True, True, False]


def test_a_noun_that_starts_like_a_change_is_no_change() -> None:
    """ "decliners nearly 2 to 1" states a ratio, not a decline."""
    claim = counted("a", "Decliners outnumbered advancers nearly 2 to 1.", ("2", 2.0, ""))
    (figure,) = claim_figures(claim)
    assert figure.change is False
    added = counted("b", "The Orvan council added 40 staff.", ("40", 40.0, "staff"))
    assert claim_figures(added)[0].change is False  # "added" counts staff, no share
    loss = counted(
        "c", "Kessin Ferries posted a loss of $12 million.", ("$12 million", 1.2e7, "USD")
    )
    assert claim_figures(loss)[0].change is False  # a loss of money is a result


def test_a_change_does_not_contradict_a_level() -> None:
    level = _percent("a", "Turnout in Orvan was nearly 62 percent.", "62 percent", 62.0)
    change = _percent("b", "Turnout in Orvan rose by three percent.", "three percent", 3.0)
    assert number_conflict(level, change) is None


def test_changes_are_weighed_against_changes_and_levels_against_levels() -> None:
    text = "Turnout in Orvan rose 3 percent to 62 percent."
    first = counted("a", text, ("3 percent", 3.0, "%"), ("62 percent", 62.0, "%"))
    changed = counted("b", "Turnout in Orvan rose by 5 percent.", ("5 percent", 5.0, "%"))
    level = counted("c", "Turnout in Orvan stood at 58 percent.", ("58 percent", 58.0, "%"))
    by_change = number_conflict(first, changed)
    by_level = number_conflict(first, level)
    assert by_change is not None and by_change.detail == "3 % vs 5 %"
    assert by_level is not None and by_level.detail == "62 % vs 58 %"


def test_a_percentage_is_no_percentage_point() -> None:
    points = counted(
        "a", "Turnout in Orvan rose by three percentage points.",
        ("three percentage points", 3.0, "percentage point"),
    )  # fmt: skip
    percent = _percent("b", "Turnout in Orvan rose by three percent.", "three percent", 3.0)
    (point_figure,), (percent_figure,) = claim_figures(points), claim_figures(percent)
    assert not figures_agree(point_figure, percent_figure)
    assert figures_agree(percent_figure, percent_figure)


def test_a_count_of_jobs_cut_is_still_weighed_against_another_count() -> None:
    """Only wording of a change in amount marks a change: "cut 300 jobs" is a count."""
    cut = counted("a", "The Kessin mill cut 300 jobs.", ("300", 300.0, "job"))
    ended = counted("b", "The Kessin mill eliminated 350 jobs.", ("350", 350.0, "job"))
    conflict = number_conflict(cut, ended)
    assert conflict is not None and conflict.detail == "300 job vs 350 job"


def _published(early: str, late: str) -> dict[str, datetime | None]:
    return {
        early: datetime(2026, 5, 11, 8, tzinfo=UTC),
        late: datetime(2026, 5, 12, 9, tzinfo=UTC),
    }


@pytest.mark.parametrize("noun", ["votes", "ballots", "signatures"])
def test_a_vote_count_that_rises_later_is_an_update(noun: str) -> None:
    early = counted("a", f"Mira Holt had 41,208 {noun} by Monday.", ("41,208", 41208.0, noun))
    late = counted("b", f"Mira Holt now has 45,930 {noun}.", ("45,930", 45930.0, noun))
    conflict = number_conflict(early, late)
    assert conflict is not None
    assert with_timeline(conflict, early, late, _published("a", "b")).nature is (
        ConflictNature.UPDATE
    )


def test_a_vote_count_that_falls_later_stays_a_disagreement() -> None:
    early = counted("a", "Mira Holt had 45,930 votes by Monday.", ("45,930", 45930.0, "vote"))
    late = counted("b", "Mira Holt now has 41,208 votes.", ("41,208", 41208.0, "vote"))
    conflict = number_conflict(early, late)
    assert conflict is not None
    assert with_timeline(conflict, early, late, _published("a", "b")).nature is (
        ConflictNature.DISAGREEMENT
    )


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The pill cut the risk of a second stroke by 33 percent.", "33 percent"),
        ("The regulator lowered the cap on fees by about 2 percent.", "2 percent"),
    ],
)
def test_a_verb_of_change_before_its_object_and_by_gives_a_change(text: str, written: str) -> None:
    (figure,) = claim_figures(counted("a", text, (written, 3.0, "%")))
    assert figure.change


def test_a_level_after_a_verb_of_change_stays_a_level() -> None:
    text = "The pill cut strokes, and 2 percent had one."
    (figure,) = claim_figures(counted("a", text, ("2 percent", 2.0, "%")))
    assert not figure.change


@pytest.mark.parametrize(
    "text",
    [
        "The tax cut was approved by 55 percent of voters.",
        "The rate increase backed by 60 percent of members takes effect in May.",
    ],
)
def test_a_noun_of_change_in_a_passive_gives_no_change(text: str) -> None:
    written = text.split(" by ")[1].split(" of")[0]
    (figure,) = claim_figures(counted("a", text, (written, 55.0, "%")))
    assert not figure.change


def test_a_date_conflict_names_the_days_each_date_was_read_as() -> None:
    quarter = make_claim(
        "a", "The deal closes early next year.", 0, dates=((date(2027, 1, 1), date(2027, 3, 31)),)
    )
    day = make_claim(
        "b", "The deal closes in December.", 0, dates=((date(2027, 12, 1), date(2027, 12, 1)),)
    )
    conflict = date_conflict(quarter, day)
    assert conflict is not None
    assert conflict.detail == "x (2027-01-01 to 2027-03-31) vs x (2027-12-01)"
