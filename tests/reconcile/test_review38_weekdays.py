"""Weekdays of undated reports: other weekday names for one act disagree, the same agree."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from corrobora.evaluate.pairs import PairRecord, score_pairs
from corrobora.extract.dates import find_dates, named_weekday
from corrobora.model import Article, Claim
from corrobora.reconcile.dated import weekdays_apart
from corrobora.settings import ReconcileParams, Settings

from .conftest import make_claim


def _claim(article_id: str, text: str, published: datetime | None = None) -> Claim:
    """A one-sentence claim of its own article, with the dates found in it."""
    article = Article(article_id, text, "", "wire", published=published)
    return replace(make_claim(article_id, text, 0), dates=find_dates(text, article))


def _apart(first: str, second: str, published: datetime | None = None) -> tuple[str, str] | None:
    a, b = _claim("a", first, published), _claim("b", second, published)
    found = weekdays_apart(a, a.dates, b, b.dates)
    return None if found is None else (found[0].text, found[1].text)


def test_an_unanchored_weekday_keeps_its_name() -> None:
    text = "A fire destroyed the Tarrow Hill chapel early Saturday."
    (mention,) = find_dates(text, Article("a", text, "", "wire"))
    assert mention.start is None
    assert named_weekday(mention) == 5


def test_undated_reports_naming_other_weekdays_disagree() -> None:
    assert _apart(
        "A suspicious fire destroyed the Tarrow Hill chapel early Saturday.",
        "A suspicious fire destroyed the Tarrow Hill chapel on Friday night.",
    ) == ("early Saturday", "Friday")
    assert _apart(
        "The Brenna ferry ran aground on Tuesday.",
        "The Brenna ferry ran aground off Cape Olm on Friday.",
    ) == ("Tuesday", "Friday")


def test_undated_reports_naming_one_weekday_agree() -> None:
    assert (
        _apart(
            "A suspicious fire destroyed the Tarrow Hill chapel early Saturday.",
            "The Tarrow Hill chapel was destroyed by fire on Saturday morning.",
        )
        is None
    )


def test_a_weekday_of_a_saying_or_of_a_bound_dates_no_act() -> None:
    ambush = "Gunmen ambushed the convoy Saturday near Olvet, a spokesman said."
    assert _apart(ambush, "Gunmen ambushed the convoy near Olvet, a spokesman said Sunday.") is None
    assert (
        _apart(ambush, "Gunmen ambushed the convoy near Olvet, he said in an interview Monday.")
        is None
    )
    assert (
        _apart(
            "As of Wednesday, 65 cases were counted in Olvet.",
            "As of Monday, 66 cases were counted in Olvet.",
        )
        is None
    )


def test_anchored_weekdays_are_left_to_the_calendar() -> None:
    published = datetime(2031, 3, 15, 12, tzinfo=UTC)
    assert (
        _apart(
            "A suspicious fire destroyed the Tarrow Hill chapel early Saturday.",
            "A suspicious fire destroyed the Tarrow Hill chapel on Friday night.",
            published,
        )
        is None
    )


def test_the_pairs_gold_counts_two_weekday_names_as_dates_that_differ() -> None:
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    records = [
        PairRecord(
            "t",
            0,
            0,
            "a",
            "b",
            "Harlan Vost was arrested Tuesday night at his home in Oressa.",
            "Harlan Vost was arrested Monday night at his home in Oressa.",
        ),
        PairRecord(
            "t",
            1,
            1,
            "c",
            "d",
            "Harlan Vost was arrested Tuesday night at his home in Oressa.",
            "Police arrested Harlan Vost at his Oressa home on Tuesday night.",
        ),
    ]
    apart, same = score_pairs(records, settings)
    assert apart.dates_differ and apart.date_flag
    assert not same.dates_differ and not same.date_flag
