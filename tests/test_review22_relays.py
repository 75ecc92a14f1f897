"""A statement traced to the outlet its article relays names that outlet (review 22)."""

from __future__ import annotations

from pathlib import Path

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
