"""A statement traced to the outlet its article relays names that outlet (review 22)."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article


def test_a_relayed_statement_shows_the_origin_it_is_counted_as(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Tarn Financial Journal", "2027-03-09T07:30:00Z",
        "Oberon Group has offered 42 crowns per share for Vellir Industries, people familiar "
        "with the matter said.\n\n"
        "Vellir, founded in Tarnby in 1961, employs about 5,000 people.",
        title="Oberon bids for Vellir",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Riverside Daily", "2027-03-09T16:00:00Z",
        "Oberon Group has offered 42 crowns per share for Vellir Industries, the Tarn "
        "Financial Journal reported.\n\n"
        "Vellir, which was founded in Tarnby in 1961, has around 5,000 employees.",
        title="Oberon bids for Vellir, paper says",
    )  # fmt: skip
    fact = fact_with(tmp_path, "founded in Tarnby")
    assert fact.origins == ("tarn financial journal",)
    assert {s.origin for s in fact.support} == {"tarn financial journal"}


def test_a_denial_in_the_fact_is_no_origin_of_what_it_denies(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Tarn Ledger", "2027-06-09T19:40:00Z",
        "The Orlen Air jet that made an emergency landing on Tuesday was grounded for two "
        "days in May after pilots reported an engine warning light.",
        title="Orlen Air jet grounded in May",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Valby Radio", "2027-06-10T08:00:00Z",
        "The Orlen Air jet that made an emergency landing on Tuesday was not grounded in "
        "May, Orlen Air said.",
        title="Orlen Air denies jet was grounded",
    )  # fmt: skip
    fact = fact_with(tmp_path, "grounded")
    assert [c for c in fact.conflicts if c.kind is ConflictKind.NEGATION]
    assert len(fact.support) == 2  # the denial is shown with the fact
    assert len(fact.origins) == 1  # but only one side is counted
