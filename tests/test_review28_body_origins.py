"""One body named three ways is one origin, and a source's hearer is none.

"Kenya's communications ministry", "the Kenyan communications ministry" and "the Kenyan
ministry" of three articles are one ministry: a place's name and its adjective name one
owner, and a shorter wording of a body that the story names once more fully is it
(``reconcile.origins.shortens_body``). Its partial quote "within two weeks" is one
utterance in each article's wording. In "Corvane officials told Bloomberg", Bloomberg
only heard the figures: they are Corvane's (``reconcile.origins.told_by``).
"""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.model import Attribution, SourceKind, Span
from corrobora.reconcile.origins import adjective_of, fuller_keys, shortens_body
from corrobora.settings import ReconcileParams, Settings

from .stories import fact_with, write_article


def _ministry_story(folder: Path) -> None:
    write_article(
        folder,
        "a.txt",
        "Harbour Post",
        "2026-03-10T08:00:00",
        "Kenya's communications ministry says the coastal rail line was closed by a landslide. "
        'The ministry says it will take "within two weeks" for the line to reopen.',
    )
    write_article(
        folder,
        "b.txt",
        "Coastal Times",
        "2026-03-10T09:00:00",
        "A landslide has closed the coastal rail line in Kenya. The Kenyan communications "
        'ministry said the line would reopen "within two weeks" once the slope is secured.',
    )
    write_article(
        folder,
        "c.txt",
        "Valley Ledger",
        "2026-03-10T10:00:00",
        "Trains on the coastal line in Kenya stopped after a landslide. The Kenyan "
        'ministry said it will take "within two weeks" for the line to reopen.',
    )


def test_a_place_and_its_adjective_name_one_owner() -> None:
    assert adjective_of("velorian", "veloria")
    assert adjective_of("egyptian", "egypt")
    assert adjective_of("kenyan", "kenya")
    assert not adjective_of("velorian", "velm")
    words = ["veloria", "s", "communications", "ministry"]
    assert shortens_body(["velorian", "ministry"], words)
    assert shortens_body(["velorian", "communications", "ministry"], words)
    assert not shortens_body(words, ["velorian", "ministry"])
    assert not shortens_body(["velorian", "ministry"], ["veloria", "s", "transport", "agency"])


def _credit(article: str, key: str) -> Attribution:
    return Attribution(article, Span(0, 10), Span(11, 40), key, key, SourceKind.ORGANIZATION, "say")


def test_shorter_wordings_of_one_body_name_its_fullest_key() -> None:
    fullest = "veloria s communications ministry"
    credits = [_credit("a", fullest), _credit("b", "velorian ministry"), _credit("c", "ministry")]
    assert fuller_keys(credits) == {"velorian ministry": fullest, "ministry": fullest}
    credits.append(_credit("d", "veloria s foreign ministry"))
    assert "velorian ministry" not in fuller_keys(credits)


def test_one_ministry_named_three_ways_is_one_origin(tmp_path: Path) -> None:
    _ministry_story(tmp_path)
    fact = fact_with(tmp_path, 'take "within two weeks"')
    assert len(fact.origins) == 1
    assert fact.independent_support == 1


def test_the_partial_quote_of_one_ministry_is_one_group(tmp_path: Path) -> None:
    _ministry_story(tmp_path)
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([tmp_path], settings).reports
    groups = [
        g
        for g in report.reconciliation.quotes
        if any(v.text == "within two weeks" for v in g.variants)
    ]
    assert len(groups) == 1
    assert len(groups[0].variants) == 3


def test_the_outlet_told_is_no_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-03-10T08:00:00",
        "Phone services failed across the region after two undersea cables broke. "
        "At one point 40 percent of calls in Veloria failed, according to Corvane Telecom.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-03-10T09:00:00",
        "Two undersea cables broke on Friday, cutting phone services. "
        "Corvane Telecom officials told Bloomberg that at one point 40 percent of calls "
        "in Veloria failed.",
    )
    fact = fact_with(tmp_path, "told Bloomberg")
    assert "bloomberg" not in fact.origins
    assert fact.independent_support == 1
