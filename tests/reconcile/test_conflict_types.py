"""Conflict kinds beyond the basics: figures read as ranges, quote wording, copy-only facts."""

from __future__ import annotations

import dataclasses
import re

import pytest

from corrobora.model import (
    Claim,
    ConflictKind,
    CopyLink,
    FactStatus,
    Quote,
    Span,
    Story,
)
from corrobora.reconcile import reconcile
from corrobora.reconcile.conflicts import number_conflict
from corrobora.reconcile.figures import claim_figures, figures_agree
from corrobora.reconcile.wording import reworded, wording_conflict
from corrobora.settings import ReconcileParams

from .conftest import counted, make_analysis, make_claim


def figure_claim(article_id: str, text: str, unit: str, *figures: tuple[str, float]) -> Claim:
    """A claim whose quantities are the given (written form, value) found in ``text``."""
    return counted(article_id, text, *((written, value, unit) for written, value in figures))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("Shares rose to $38.28 on Friday.", "$38.28", 38.28),
            ("Shares rose to $38.3.", "$38.3", 38.3),
        ),
        (
            ("About 1.24 million still take it.", "1.24 million", 1.24e6),
            ("About 1,2 million still take it.", "1,2 million", 1.2e6),
        ),
        (
            ("Median income fell to $42,409.", "$42,409", 42409.0),
            ("Median income fell to $42,400.", "$42,400", 42400.0),
        ),
        (
            ("The fighting killed at least 22 people.", "22", 22.0),
            ("The fighting killed 30 people.", "30", 30.0),
        ),
        (
            ("About 2,400 dockworkers walked out.", "2,400", 2400.0),
            ("Some 2,250 dockworkers walked out.", "2,250", 2250.0),
        ),
        (
            ("Xerox paid a $10-million fine.", "$10", 10.0),
            ("Xerox paid a $10 million penalty.", "$10 million", 1e7),
        ),
        (
            ("The charity took in $40 million.", "$40 million", 4e7),
            ("The charity took in $39.6 million.", "$39.6 million", 3.96e7),
        ),
    ],
    ids=[
        "rounding of decimals",
        "a decimal comma rounds too",
        "rounding of thousands",
        "lower bound",
        "about",
        "scale word",
        "a whole number against decimals",
    ],
)
def test_figures_that_can_be_one_amount_do_not_conflict(first, second):
    a = figure_claim("a", first[0], "USD", (first[1], first[2]))
    b = figure_claim("b", second[0], "USD", (second[1], second[2]))
    assert figures_agree(claim_figures(a)[0], claim_figures(b)[0])
    assert number_conflict(a, b) is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("The blast killed 83 people.", "83", 83.0), ("The blast killed 76 people.", "76", 76.0)),
        (
            ("Twenty-eight people died.", "Twenty-eight", 28.0),
            ("Twenty-seven died.", "Twenty-seven", 27.0),
        ),
        (
            ("It sold for $2.5 billion.", "$2.5 billion", 2.5e9),
            ("It sold for $1.8 billion.", "$1.8 billion", 1.8e9),
        ),
        (
            ("The toll reached 300 dead.", "300", 300.0),
            ("The toll reached 296 dead.", "296", 296.0),
        ),
        (("At most 20 were hurt.", "20", 20.0), ("Some 40 were hurt.", "40", 40.0)),
        (
            ("The charity took in $40 million.", "$40 million", 4e7),
            ("The charity took in $40.6 million.", "$40.6 million", 4.06e7),
        ),
        (
            ("The charity took in $3 million.", "$3 million", 3e6),
            ("The charity took in $2.6 million.", "$2.6 million", 2.6e6),
        ),
    ],
    ids=[
        "counts",
        "number words",
        "money",
        "a bare round number is exact",
        "bounds apart",
        "decimals beyond the whole number's rounding",
        "a rounding too coarse for the amount",
    ],
)
def test_figures_that_cannot_be_one_amount_conflict(first, second):
    a = figure_claim("a", first[0], "people", (first[1], first[2]))
    b = figure_claim("b", second[0], "people", (second[1], second[2]))
    conflict = number_conflict(a, b)
    assert conflict is not None and conflict.kind is ConflictKind.NUMBER


def test_hedges_become_ranges():
    claim = figure_claim(
        "a",
        "at least 10, up to 20, nearly 30, about 40 and 5.5",
        "",
        *(("10", 10.0), ("20", 20.0), ("30", 30.0), ("40", 40.0), ("5.5", 5.5)),
    )
    ranges = [(f.low, f.high) for f in claim_figures(claim)]
    assert ranges[0] == (10.0, float("inf"))
    assert ranges[1] == (float("-inf"), 20.0)
    assert ranges[2] == pytest.approx((27.0, 30.0))
    assert ranges[3] == pytest.approx((36.0, 44.0))
    assert ranges[4] == pytest.approx((5.45, 5.55))


def _quote(article_id: str, text: str, start: int, speaker: str | None = "mara voss") -> Quote:
    span = Span(start, start + len(text))
    return Quote(article_id, span, (span,), text, speaker and speaker.title(), speaker, "said")


def test_reworded_tells_a_change_inside_from_a_cut():
    said = "We will not reopen the terminal until the inspectors are satisfied"
    assert not reworded(said, "We will not reopen the terminal")
    assert not reworded(said, "reopen the terminal until the inspectors are satisfied")
    assert not reworded(said, "We won't reopen the terminal until the inspectors are satisfied")
    assert not reworded("We're not asking for charity.", "We are not asking for charity")
    assert reworded(said, "We will never reopen the terminal until the inspectors are satisfied")
    assert reworded(said, "We will not reopen the terminal until inspectors are happy")


def test_wording_conflict_needs_one_utterance_worded_apart():
    said = "We will not reopen the terminal until the inspectors are satisfied"
    drift = "We will not reopen the port until the inspectors are satisfied"
    a = figure_claim("a", f'Voss said: "{said}".', "")
    b = figure_claim("b", f'Voss said: "{drift}".', "")
    qa, qb = _quote("a", said, 12), _quote("b", drift, 12)
    conflict = wording_conflict(a, b, [qa], [qb], 0.6)
    assert conflict is not None and conflict.kind is ConflictKind.WORDING
    assert conflict.detail == "“terminal” → “port”"
    assert [e.text for e in conflict.values] == [said, drift]
    cut = _quote("b", "We will not reopen the terminal", 12)
    assert wording_conflict(a, b, [qa], [cut], 0.6) is None
    other = _quote("b", drift, 12, speaker="ed poe")
    assert wording_conflict(a, b, [qa], [other], 0.6) is None


def _analysis_with_quote(article_id: str, outlet: str, sentence: str, quote: str, day: int):
    base = make_analysis(article_id, outlet, [sentence], day=day)
    start = base.article.text.index(quote)
    return dataclasses.replace(base, quotes=(_quote(article_id, quote, start),))


def test_a_quote_worded_differently_is_a_wording_conflict_of_the_fact():
    said = "We will not reopen the terminal until the inspectors are satisfied"
    drift = "We will not reopen the terminal until the inspectors are fully satisfied"
    a = _analysis_with_quote("a", "Bay Herald", f'Harbour chief Voss said "{said}".', said, 1)
    b = _analysis_with_quote("b", "Coast Courier", f'Harbour chief Voss said "{drift}".', drift, 2)
    recon = reconcile(Story("s", "t", ("a", "b")), [a, b], [], ReconcileParams(embeddings="none"))
    fact = recon.facts[0]
    assert {s.article_id for s in fact.support} == {"a", "b"}
    assert [c.kind for c in fact.conflicts] == [ConflictKind.WORDING]
    assert fact.conflicts[0].detail == "adds “fully”"
    assert fact.status is FactStatus.CORROBORATED
    assert "word a quote differently" in fact.confidence_reason


def test_a_fact_stated_only_by_a_copy_says_so():
    """A copy whose original is outside the story states its facts only as a copy."""
    text = "The ferry company cancelled all crossings for the weekend because of the gale."
    copy = make_analysis("c", "Coast Courier", [text], day=2)
    recon = reconcile(Story("s", "t", ("c",)), [copy], [CopyLink("c", "o", 0.9)], ReconcileParams())
    (alone,) = recon.facts
    assert alone.independent_support == 0 and alone.origins == ()
    assert re.search(r"only in 1 copy of other articles", alone.confidence_reason)
    assert "traced to 0" not in alone.confidence_reason


def test_a_sentence_a_copy_adds_is_the_copiers_own():
    text = "The ferry company cancelled all crossings for the weekend because of the gale."
    extra = "Harbour shops in Lenmouth said they would stay open on Saturday."
    original = make_analysis("o", "Wire Service", [text])
    copy = make_analysis("c", "Coast Courier", [text, extra], day=2)
    recon = reconcile(
        Story("s", "t", ("o", "c")), [original, copy], [CopyLink("c", "o", 0.9)], ReconcileParams()
    )
    added = next(f for f in recon.facts if "shops" in f.text)
    assert added.independent_support == 1 and added.origins == ("coast courier",)
    shared = next(f for f in recon.facts if "ferry" in f.text)
    assert shared.independent_support == 1 and shared.origins == ("wire service",)


def test_negation_needs_one_wording_without_any_denial():
    said = make_analysis("a", "Harbor Times", ["The minister did not resign from the cabinet."])
    denied = make_analysis(
        "b",
        "Coast Courier",
        ["The minister resigned from the cabinet."],
        day=2,
    )
    said = replace_claims(said, negated=True)
    recon = reconcile(Story("s", "t", ("a", "b")), [said, denied], [], ReconcileParams())
    assert [c.kind for c in recon.facts[0].conflicts] == [ConflictKind.NEGATION]
    refused = make_analysis(
        "c", "Bay Herald", ["The minister declined to say whether the cabinet would resign."]
    )
    silent = make_analysis(
        "d",
        "Coast Courier",
        ["The minister would not say whether the cabinet would resign."],
        day=2,
    )
    silent = replace_claims(silent, negated=True)
    recon = reconcile(Story("s", "t", ("c", "d")), [refused, silent], [], ReconcileParams())
    fact = recon.facts[0]
    assert {s.article_id for s in fact.support} == {"c", "d"}
    assert fact.conflicts == () and fact.status is FactStatus.CORROBORATED


def replace_claims(analysis, **changes):
    """The analysis with every claim changed as given."""
    return dataclasses.replace(
        analysis, claims=tuple(dataclasses.replace(c, **changes) for c in analysis.claims)
    )


def test_figures_left_over_on_both_sides_conflict_and_an_added_one_does_not():
    raised = figure_claim(
        "a", "The dividend rose to 25 cents from 12 cents.", "cent", ("25", 25.0), ("12", 12.0)
    )
    other = figure_claim(
        "b", "The dividend rose to 25 cents, up from 13 cents.", "cent", ("25", 25.0), ("13", 13.0)
    )
    conflict = number_conflict(raised, other)
    assert conflict is not None and conflict.detail == "12 cent vs 13 cent"
    added = figure_claim("c", "The dividend rose to 25 cents this quarter.", "cent", ("25", 25.0))
    assert number_conflict(raised, added) is None


def test_ages_conflict_with_ages_only():
    older = figure_claim("a", "Rhys Tallon, 30, was charged.", "age", ("30", 30.0))
    younger = figure_claim("b", "Rhys Tallon, 32, was charged.", "age", ("32", 32.0))
    conflict = number_conflict(older, younger)
    assert conflict is not None and conflict.detail == "30 years old vs 32 years old"
    two = figure_claim("c", "Two were charged.", "", ("Two", 2.0))
    assert number_conflict(older, two) is None


@pytest.mark.parametrize(
    ("first", "second", "conflicting"),
    [
        (
            ("Between 40 and 60 people were hurt.", ("40", 40.0), ("60", 60.0)),
            ("Some 55 people were hurt.", ("55", 55.0)),
            False,
        ),
        (
            ("It is worth $10-$15 billion.", ("$10", 1e10), ("$15 billion", 1.5e10)),
            ("It could fetch $12-$14 billion.", ("$12", 1.2e10), ("$14 billion", 1.4e10)),
            False,
        ),
        (
            ("Estimates ran 16 to 27 people.", ("16", 16.0), ("27", 27.0)),
            ("Estimates said 22 people.", ("22", 22.0)),
            False,
        ),
        (
            (
                "Forecasts ranged from 16 people a day to 27 people.",
                ("16 people", 16.0),
                ("27 people", 27.0),
            ),
            ("Forecasters expected 22 people.", ("22", 22.0)),
            False,
        ),
        (
            ("Guesses varied from 16 to 27 people.", ("16", 16.0), ("27", 27.0)),
            ("Guesses said 20 people.", ("20", 20.0)),
            False,
        ),
        (
            ("Guesses varied from 16 to 27 people.", ("16", 16.0), ("27", 27.0)),
            ("Guesses said 30 people.", ("30", 30.0)),
            True,
        ),
        (
            ("Guesses vary from 3 to 4 million people.", ("3", 3.0), ("4 million", 4e6)),
            ("Guesses said 600,000 people.", ("600,000", 6e5)),
            True,
        ),
        (
            ("The court ruled 5-4.", ("5", 5.0), ("4", 4.0)),
            ("The court ruled 6-3.", ("6", 6.0), ("3", 3.0)),
            True,
        ),
        (
            ("The crowd grew from 40 to 60 people.", ("40", 40.0), ("60", 60.0)),
            ("The crowd reached 50 people.", ("50", 50.0)),
            True,
        ),
        (
            ("Shares fell 3.6 percent to 66.89.", ("3.6 percent", 3.6), ("66.89", 66.89)),
            ("Shares closed at 60.", ("60", 60.0)),
            True,
        ),
        (
            ("The toll rose 12 to 340 people.", ("12", 12.0), ("340", 340.0)),
            ("The toll reached 300 people.", ("300", 300.0)),
            True,
        ),
    ],
    ids=[
        "between",
        "dashes",
        "to",
        "ranged from A to B",
        "varied from A to B",
        "a figure outside what varied",
        "ends of different scales",
        "a score is not a range",
        "from A to B is not a range",
        "a change then a level",
        "ends a factor of ten apart",
    ],
)
def test_a_stated_range_covers_the_figures_inside_it(first, second, conflicting):
    a = figure_claim("a", first[0], "people", *first[1:])
    b = figure_claim("b", second[0], "people", *second[1:])
    assert (number_conflict(a, b) is not None) is conflicting


def test_two_moments_of_a_trading_day_are_no_number_conflict() -> None:
    early = make_claim("a", "Tessaly shares rose 6% in early trading.", 0, numbers=((6, "%"),))
    close = make_claim("b", "Tessaly shares closed up 4%.", 0, numbers=((4, "%"),))
    later = make_claim("c", "Tessaly shares closed up 5%.", 0, numbers=((5, "%"),))
    day = make_claim("d", "Tessaly shares rose 3%.", 0, numbers=((3, "%"),))
    assert number_conflict(early, close) is None
    assert number_conflict(early, day) is None
    assert number_conflict(close, later) is not None
    assert number_conflict(close, day) is not None


def test_an_opened_plant_is_no_moment_of_trading() -> None:
    shut = make_claim("a", "The plant opened with 400 jobs.", 0, numbers=((400, "job"),))
    other = make_claim("b", "The plant has 600 jobs.", 0, numbers=((600, "job"),))
    assert number_conflict(shut, other) is not None


def test_a_figure_of_another_unit_does_not_account_for_a_figure() -> None:
    """ "over six months" (at least six) says nothing of "80 percent"."""
    real = counted(
        "a",
        "The injection reduced migraine days by 32 percent over six months.",
        ("32 percent", 32.0, "%"),
        ("six", 6.0, "month"),
    )
    inflated = counted(
        "b",
        "The injection slashed migraine days by 80 percent in a study of 12,000 patients.",
        ("80 percent", 80.0, "%"),
        ("12,000", 12000.0, "patient"),
    )
    conflict = number_conflict(real, inflated)
    assert conflict is not None and conflict.detail == "32 % vs 80 %"
