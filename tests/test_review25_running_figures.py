"""Figures over time: totals to a time, holdings now, figures of a past time, parts,
and an outlet taking back its own figure.

"had burned 450 hectares by Thursday evening" then "has burned 2,100 hectares since
Thursday" is an update; so are two totals of one day timed morning and evening, and a
holding "now" owned after buying shares. A figure of a past time ("three years ago,
when", "Last year") and a part of a group ("five of the protesters", "two Lentish
engineers and their Varnese driver") are no rivals of the story's figure. "41, not 14
as we reported" withdraws the outlet's own 14.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.analyze import analyze_article
from corrobora.model import ConflictKind, ConflictNature, Fact
from corrobora.reconcile.figures import claim_figures
from corrobora.reconcile.updates import correction_notices, is_notice
from corrobora.settings import AnalyzeParams

from .stories import fact_with, text_article, write_article


def _numbers(fact: Fact) -> list[ConflictNature]:
    """The natures of the fact's number conflicts."""
    return [c.nature for c in fact.conflicts if c.kind is ConflictKind.NUMBER]


def _two(folder: Path, first: tuple[str, str, str], second: tuple[str, str, str]) -> None:
    """Write two articles, each as (outlet, published, body)."""
    for name, (outlet, published, body) in (("a.txt", first), ("b.txt", second)):
        write_article(folder, name, outlet, published, body)


def test_a_total_by_an_evening_then_since_that_day_is_an_update(tmp_path: Path) -> None:
    _two(
        tmp_path,
        (
            "Orvik Herald",
            "2026-08-06T18:00:00+00:00",
            "The blaze had burned 450 hectares by Thursday evening, the Orvik Forest Service said.",
        ),
        (
            "Coast Daily",
            "2026-08-08T12:00:00+00:00",
            "The blaze has burned 2,100 hectares since Thursday, the Orvik Forest Service said.",
        ),
    )
    fact = fact_with(tmp_path, "450 hectares")
    assert _numbers(fact) == [ConflictNature.UPDATE]


def test_totals_of_one_day_timed_morning_then_evening_are_an_update(tmp_path: Path) -> None:
    _two(
        tmp_path,
        (
            "Orvik Herald",
            "2026-08-07T08:00:00+00:00",
            "The blaze had burned 900 hectares by Friday morning, the Orvik Forest Service said.",
        ),
        (
            "Coast Daily",
            "2026-08-07T20:00:00+00:00",
            "The blaze had burned 1,600 hectares by Friday evening, the Orvik Forest Service said.",
        ),
    )
    fact = fact_with(tmp_path, "900 hectares")
    assert _numbers(fact) == [ConflictNature.UPDATE]


def test_a_holding_owned_now_after_buying_updates_the_earlier_one(tmp_path: Path) -> None:
    _two(
        tmp_path,
        (
            "Ledger Wire",
            "2026-04-01T09:00:00+00:00",
            "Brenmark said it already owns 6.1 percent of Olveth's shares.",
        ),
        (
            "Market Post",
            "2026-04-02T15:00:00+00:00",
            "Brenmark now owns 8.3 percent of Olveth after buying shares on Wednesday, the"
            " company said.",
        ),
    )
    fact = fact_with(tmp_path, "6.1 percent")
    assert _numbers(fact) == [ConflictNature.UPDATE]


def test_a_figure_of_years_ago_is_an_earlier_one() -> None:
    radio = analyze_article(
        text_article(
            "The Civic League won the Ormond council vote on Sunday. Turnout appeared higher"
            " than three years ago, when 48.5 percent of voters took part. Turnout was 55.2"
            " percent, the commission said.",
            "Valley Radio",
        ),
        AnalyzeParams(),
    )
    earlier = {f.value: f.earlier for c in radio.claims for f in claim_figures(c)}
    assert earlier == {48.5: True, 55.2: False}


def test_last_years_offer_is_no_rival_of_this_years(tmp_path: Path) -> None:
    _two(
        tmp_path,
        (
            "Pier Ledger",
            "2026-06-02T07:00:00+00:00",
            "The Osk group plans to offer €4.10 per share for Marrow Piers. Last year Marrow's"
            " board turned down an offer of €2.80 per share, which Osk later dropped.",
        ),
        (
            "Market Post",
            "2026-06-02T14:00:00+00:00",
            "The Osk group is offering €4.10 for each Marrow Piers share.",
        ),
    )
    fact = fact_with(tmp_path, "€4.10 for each")
    assert _numbers(fact) == []


def test_a_named_group_that_others_join_is_a_part(tmp_path: Path) -> None:
    _two(
        tmp_path,
        (
            "Continental Wire",
            "2026-02-04T06:00:00+00:00",
            "Three engineers abducted near Tarsa have been freed after 40 days, the Lentish"
            " Foreign Ministry said on Wednesday.",
        ),
        (
            "Lent Radio",
            "2026-02-04T11:00:00+00:00",
            "The ministry on Wednesday welcomed the release of two Lentish engineers and their"
            " Varnese driver, freed near Tarsa after 40 days.",
        ),
    )
    fact = fact_with(tmp_path, "Three engineers")
    assert _numbers(fact) == []


def test_some_of_the_counted_are_a_part_of_them(tmp_path: Path) -> None:
    _two(
        tmp_path,
        (
            "Globe Daily",
            "2026-02-05T08:00:00+00:00",
            "Police have detained nine protesters after the clashes in Varna, a police"
            " spokesman said on Saturday.",
        ),
        (
            "Continental Wire",
            "2026-02-05T10:00:00+00:00",
            "Police in Varna have detained nine protesters after the clashes. Inspector Ona"
            " Brell said five of the protesters had been detained on Friday night.",
        ),
    )
    for fact in (
        fact_with(tmp_path, "five of the protesters"),
        fact_with(tmp_path, "a police spokesman"),
    ):
        assert _numbers(fact) == []


def test_an_outlets_not_as_we_reported_withdraws_its_own_figure() -> None:
    later = analyze_article(
        text_article(
            "Police arrested two men near Tarsa over the abduction of the Ravel Aid engineers,"
            " an inspector said.\nThe engineers were held for 41 days, not 14 days as we"
            " reported on Wednesday.",
            "Tarsa Courier",
        ),
        AnalyzeParams(),
    )
    found = correction_notices([later])
    assert [q.value for q in found.withdrawn[later.article.id]] == [14]
    assert is_notice("The engineers were held for 41 days, not 14 days as we reported.")


def test_a_figure_of_last_years_event_is_an_earlier_one() -> None:
    herald = analyze_article(
        text_article(
            "Operations cancelled because of the attack have risen to 310. Many residents"
            " remember last year's attack on Marlow Coast Health, when 900 operations were"
            " cancelled.",
            "Lowmere Herald",
        ),
        AnalyzeParams(),
    )
    earlier = {f.value: f.earlier for c in herald.claims for f in claim_figures(c)}
    assert earlier == {310.0: False, 900.0: True}
