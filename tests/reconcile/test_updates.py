"""A later, higher running count is an update; a stated correction is a correction."""

from __future__ import annotations

from corrobora.model import ConflictKind, ConflictNature, CopyLink, FactEventKind, FactStatus, Story
from corrobora.reconcile import reconcile
from corrobora.settings import ReconcileParams

from .conftest import make_analysis


def _reconcile(*analyses):
    story = Story("s1", "t", tuple(a.article.id for a in analyses))
    return reconcile(story, list(analyses), [], ReconcileParams())


def _only_fact(recon, needle):
    (fact,) = [f for f in recon.facts if any(needle in s.text for s in f.support)]
    return fact


def _report(article_id, outlet, sentence, value, unit, day):
    return make_analysis(
        article_id,
        outlet,
        [sentence],
        day=day,
        claim_kwargs={0: {"numbers": ((value, unit),)}},
    )


def test_a_toll_that_rises_in_a_later_report_is_an_update():
    early = _report(
        "a", "Harbor Times", "The fire at the grain depot killed 76 workers.", 76, "worker", 1
    )
    late = _report(
        "b", "Coast Courier", "The fire at the grain depot killed 83 workers.", 83, "worker", 2
    )
    fact = _only_fact(_reconcile(late, early), "grain depot")
    (conflict,) = fact.conflicts
    assert conflict.kind is ConflictKind.NUMBER
    assert conflict.nature is ConflictNature.UPDATE
    assert conflict.detail == "76 worker, later 83 worker"
    assert [v.article_id for v in conflict.values] == ["a", "b"]  # earliest first
    assert fact.status is FactStatus.CORROBORATED
    assert "a later report updates the number" in fact.confidence_reason


def test_a_toll_that_falls_without_a_correction_stays_a_disagreement():
    early = _report(
        "a", "Harbor Times", "The fire at the grain depot killed 83 workers.", 83, "worker", 1
    )
    late = _report(
        "b", "Coast Courier", "The fire at the grain depot killed 76 workers.", 76, "worker", 2
    )
    fact = _only_fact(_reconcile(early, late), "grain depot")
    (conflict,) = fact.conflicts
    assert conflict.nature is ConflictNature.DISAGREEMENT
    assert conflict.detail == "83 worker vs 76 worker"
    assert fact.status is FactStatus.CONFLICTING


def test_a_later_report_that_says_it_corrects_is_a_correction():
    early = _report(
        "a", "Harbor Times", "The fire at the grain depot killed 83 workers.", 83, "worker", 1
    )
    late = _report(
        "b",
        "Coast Courier",
        "The fire at the grain depot killed 76 workers, correcting an earlier figure.",
        76,
        "worker",
        2,
    )
    fact = _only_fact(_reconcile(early, late), "grain depot")
    (conflict,) = fact.conflicts
    assert conflict.nature is ConflictNature.CORRECTION
    assert fact.status is FactStatus.CORROBORATED
    assert "a later report corrects the number" in fact.confidence_reason


def test_money_that_grows_is_not_a_running_count():
    early = _report(
        "a",
        "Harbor Times",
        "The repair of the grain depot will cost $1.8 billion.",
        1.8e9,
        "USD",
        1,
    )
    late = _report(
        "b",
        "Coast Courier",
        "The repair of the grain depot will cost $2.5 billion.",
        2.5e9,
        "USD",
        2,
    )
    fact = _only_fact(_reconcile(early, late), "grain depot")
    (conflict,) = fact.conflicts
    assert conflict.nature is ConflictNature.DISAGREEMENT
    assert fact.status is FactStatus.CONFLICTING


def test_reports_of_the_same_hour_are_not_ordered():
    first = _report(
        "a", "Harbor Times", "The fire at the grain depot killed 76 workers.", 76, "worker", 1
    )
    second = _report(
        "b", "Coast Courier", "The fire at the grain depot killed 83 workers.", 83, "worker", 1
    )
    fact = _only_fact(_reconcile(first, second), "grain depot")
    (conflict,) = fact.conflicts
    assert conflict.nature is ConflictNature.DISAGREEMENT
    assert fact.status is FactStatus.CONFLICTING


def test_the_fact_timeline_says_what_each_report_did():
    early = _report(
        "a", "Harbor Times", "The fire at the grain depot killed 76 workers.", 76, "worker", 1
    )
    late = _report(
        "b", "Coast Courier", "The fire at the grain depot killed 83 workers.", 83, "worker", 2
    )
    fact = _only_fact(_reconcile(late, early), "grain depot")
    assert [(e.article_id, e.kind) for e in fact.timeline] == [
        ("a", FactEventKind.FIRST),
        ("b", FactEventKind.UPDATES),
    ]


def test_a_later_disagreeing_report_contradicts():
    early = _report(
        "a", "Harbor Times", "The fire at the grain depot killed 83 workers.", 83, "worker", 1
    )
    late = _report(
        "b", "Coast Courier", "The fire at the grain depot killed 76 workers.", 76, "worker", 2
    )
    fact = _only_fact(_reconcile(early, late), "grain depot")
    assert [e.kind for e in fact.timeline] == [FactEventKind.FIRST, FactEventKind.CONTRADICTS]


def test_a_copy_repeats_and_an_agreeing_report_corroborates():
    first = _report(
        "a", "Harbor Times", "The fire at the grain depot killed 76 workers.", 76, "worker", 1
    )
    copy = _report(
        "b", "Coast Courier", "The fire at the grain depot killed 76 workers.", 76, "worker", 2
    )
    other = _report(
        "c", "Bay Post", "The fire at the grain depot killed 76 workers.", 76, "worker", 3
    )
    story = Story("s1", "t", ("a", "b", "c"))
    recon = reconcile(story, [first, copy, other], [CopyLink("b", "a", 1.0)], ReconcileParams())
    fact = _only_fact(recon, "grain depot")
    assert [(e.article_id, e.kind) for e in fact.timeline] == [
        ("a", FactEventKind.FIRST),
        ("b", FactEventKind.REPEATS),
        ("c", FactEventKind.CORROBORATES),
    ]


def test_a_standing_count_that_falls_later_is_an_update() -> None:
    """ "15 remain in hospital", then "13 remain in hospital" the next day."""
    text = "{} people hurt in the grain depot fire remain in hospital."
    early = _report("a", "Harbor Times", text.format(15), 15, "person", 1)
    late = _report("b", "Coast Courier", text.format(13), 13, "person", 2)
    fact = _only_fact(_reconcile(early, late), "hospital")
    (conflict,) = fact.conflicts
    assert conflict.nature is ConflictNature.UPDATE
    assert fact.status is FactStatus.CORROBORATED


def test_a_fact_is_named_by_its_latest_revision() -> None:
    """A toll that rose and was then corrected reads as the correction."""
    first = _report(
        "a", "Harbor Times", "The fire at the grain depot killed 3 workers.", 3, "worker", 1
    )
    rose = _report(
        "b", "Coast Courier", "The fire at the grain depot has killed 7 workers.", 7, "worker", 2
    )
    corrected = _report(
        "c",
        "Bay Herald",
        "The fire at the grain depot killed 5 workers, officials said, correcting the toll.",
        5,
        "worker",
        3,
    )
    fact = _only_fact(_reconcile(first, rose, corrected), "grain depot")
    assert {c.nature for c in fact.conflicts} == {ConflictNature.UPDATE, ConflictNature.CORRECTION}
    assert fact.text.startswith("The fire at the grain depot killed 5 workers")
