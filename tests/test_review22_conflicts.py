"""Opposite acts, changed offers, reversed denials, deadlines and trading days (review 22)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from corrobora.model import Claim, ConflictKind, ConflictNature, Quantity, Span
from corrobora.reconcile.conflicts import date_conflict, negation_conflict, number_conflict
from corrobora.reconcile.figures import claim_figures
from corrobora.reconcile.updates import with_timeline

from .reconcile.conftest import make_claim
from .stories import dated_claim, fact_with, write_article


def _with_figures(claim: Claim, *figures: tuple[str, float, str]) -> Claim:
    """``claim`` with figures (as written, value, unit) found where its text writes them."""
    quantities = []
    for written, value, unit in figures:
        at = claim.span.start + claim.text.index(written)
        quantities.append(Quantity(Span(at, at + len(written)), written, value, unit))
    return replace(claim, quantities=tuple(quantities))


def test_selling_and_keeping_one_unit_are_opposite_acts() -> None:
    sell = make_claim(
        "a", "Harrow Lane may sell its Kestrel Ferries unit after the merger.", 0,
        entities=("harrow lane", "kestrel ferries"), predicate="sell",
    )  # fmt: skip
    keep = make_claim(
        "b", "Harrow Lane intends to keep its Kestrel Ferries unit after the merger.", 0,
        entities=("harrow lane", "kestrel ferries"), predicate="keep",
    )  # fmt: skip
    conflict = negation_conflict(sell, keep)
    assert conflict is not None and conflict.kind is ConflictKind.NEGATION


def test_an_offer_raised_to_a_figure_updates_the_earlier_offer() -> None:
    first = _with_figures(
        make_claim("a", "Harrow Lane has offered 12.40 francs per share for Pellick Mills.", 0),
        ("12.40", 12.4, "franc"),
    )
    raised = _with_figures(
        make_claim(
            "b", "Harrow Lane has increased its bid for Pellick Mills to 13.10 francs per share.", 0
        ),
        ("13.10", 13.1, "franc"),
    )
    conflict = number_conflict(first, raised)
    assert conflict is not None
    published = {
        "a": datetime(2027, 6, 1, 8, tzinfo=UTC),
        "b": datetime(2027, 6, 3, 8, tzinfo=UTC),
    }
    timed = with_timeline(conflict, first, raised, published)
    assert timed.nature is ConflictNature.UPDATE


def test_an_offer_of_another_outlet_unchanged_in_wording_still_disagrees() -> None:
    first = _with_figures(
        make_claim("a", "Harrow Lane has offered 12.40 francs per share for Pellick Mills.", 0),
        ("12.40", 12.4, "franc"),
    )
    other = _with_figures(
        make_claim("b", "Harrow Lane has offered 13.10 francs per share for Pellick Mills.", 0),
        ("13.10", 13.1, "franc"),
    )
    conflict = number_conflict(first, other)
    assert conflict is not None
    published = {
        "a": datetime(2027, 6, 1, 8, tzinfo=UTC),
        "b": datetime(2027, 6, 3, 8, tzinfo=UTC),
    }
    assert with_timeline(conflict, first, other, published).nature is ConflictNature.DISAGREEMENT


def test_a_rise_given_per_share_is_a_change_not_a_price() -> None:
    valued = _with_figures(
        make_claim("a", "The bid values Pellick Mills at about 2.3 billion francs.", 0),
        ("2.3 billion", 2.3e9, "franc"),
    )
    step = _with_figures(
        make_claim("b", "The new bid is 0.70 francs a share higher than the first one.", 0),
        ("0.70", 0.7, "franc"),
    )
    (figure,) = claim_figures(step)
    assert figure.change
    assert number_conflict(valued, step) is None


def test_a_denial_the_wording_says_was_reversed_negates_nothing(tmp_path: Path) -> None:
    title = "Pellick Mills confirms talks with Harrow Lane"
    write_article(
        tmp_path, "a.txt", "Dunmore Radio", "2027-06-02T18:00:00Z",
        "Pellick Mills on Wednesday confirmed that it is in early talks with Harrow Lane "
        "about a possible merger.", title=title,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Ostby Ledger", "2027-06-03T08:00:00Z",
        "Pellick Mills had denied on Tuesday that it was in any talks with Harrow Lane about "
        "a possible merger, before confirming them on Wednesday.", title=title,
    )  # fmt: skip
    fact = fact_with(tmp_path, "had denied")
    assert len({s.article_id for s in fact.support}) == 2
    assert ConflictKind.NEGATION not in {c.kind for c in fact.conflicts}


def test_a_denial_not_reversed_still_negates(tmp_path: Path) -> None:
    denied = make_claim(
        "b", "Pellick Mills denied that it was in talks with Harrow Lane.", 0,
        entities=("pellick mills", "harrow lane"), negated=True, predicate="be",
    )  # fmt: skip
    affirmed = make_claim(
        "a", "Pellick Mills is in talks with Harrow Lane.", 0,
        entities=("pellick mills", "harrow lane"), predicate="be",
    )  # fmt: skip
    reversed_ = replace(
        denied,
        text="Pellick Mills denied that it was in talks with Harrow Lane, before confirming them.",
    )
    assert negation_conflict(affirmed, denied) is not None
    assert negation_conflict(affirmed, reversed_) is None


def test_one_deadline_given_as_two_days_is_a_date_conflict() -> None:
    until = dated_claim(
        "a", "Harrow Lane has until July 9 to make a firm offer for Pellick Mills.", "July 9",
        date(2027, 7, 9), date(2027, 7, 9), predicate="make",
    )  # fmt: skip
    by = dated_claim(
        "b", "Harrow Lane must make a firm offer by July 10 under the merger code.", "July 10",
        date(2027, 7, 10), date(2027, 7, 10), predicate="make",
    )  # fmt: skip
    same = dated_claim(
        "c", "Harrow Lane must make a firm offer by July 9 under the merger code.", "July 9",
        date(2027, 7, 9), date(2027, 7, 9), predicate="make",
    )  # fmt: skip
    conflict = date_conflict(until, by)
    assert conflict is not None and conflict.kind is ConflictKind.DATE
    assert date_conflict(until, same) is None


def test_closes_of_two_trading_days_do_not_conflict() -> None:
    monday = _with_figures(
        dated_claim(
            "a", "Shares in Pellick Mills closed at 21.15 francs on Monday.", "Monday",
            date(2027, 6, 7), date(2027, 6, 7), predicate="close",
        ),
        ("21.15", 21.15, "franc"),
    )  # fmt: skip
    friday = _with_figures(
        dated_claim(
            "b", "The stock had closed at 18.60 francs last Friday.", "last Friday",
            date(2027, 6, 4), date(2027, 6, 4), predicate="close",
        ),
        ("18.60", 18.6, "franc"),
    )  # fmt: skip
    same_day = _with_figures(
        dated_claim(
            "c", "The stock closed at 18.60 francs on Monday.", "Monday",
            date(2027, 6, 7), date(2027, 6, 7), predicate="close",
        ),
        ("18.60", 18.6, "franc"),
    )  # fmt: skip
    assert number_conflict(monday, friday) is None
    assert date_conflict(monday, friday) is None
    assert number_conflict(monday, same_day) is not None
