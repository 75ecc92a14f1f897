"""A person's campaign is one origin however an article names it.

"the campaign said" beside "Mayor Ana Lind's campaign", and "her campaign" after Lind
is named, are Lind's campaign (``reconcile.origins.owned_body``), though the story
also names a rival's campaign: that one stays another origin, under the rival's full
name wherever an article gives only the surname.
"""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article


def _story(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Velm Courier",
        "2026-11-05T10:00:00",
        "Mayor Ana Lind's campaign filed a request for a recount of the Velm mayoral "
        "election on Thursday, the Velm Election Board confirmed.\n\n"
        "Challenger Hanne Tosk leads the count by 1,200 votes.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Harbour Post",
        "2026-11-05T12:00:00",
        "Mayor Ana Lind's campaign filed a request for a recount of the Velm mayoral "
        "election on Thursday, the campaign said.\n\n"
        "Tosk's campaign said the challenger would meet department heads next week.",
    )
    write_article(
        tmp_path,
        "c.txt",
        "Coastal Times",
        "2026-11-05T15:00:00",
        "Mayor Ana Lind denied on Thursday that she planned to concede the Velm mayoral race, "
        "and her campaign asked the Velm Election Board for a recount.\n\n"
        "Tosk's campaign said it expected the recount to confirm her victory.",
    )


def test_the_campaign_and_her_campaign_are_one_origin_beside_a_rivals(tmp_path: Path) -> None:
    _story(tmp_path)
    fact = fact_with(tmp_path, "the Velm Election Board confirmed")
    assert len(fact.support) == 3
    assert set(fact.origins) == {"velm election board", "ana lind s campaign"}
    assert fact.independent_support == 2


def test_the_rivals_campaign_is_hers_under_her_full_name(tmp_path: Path) -> None:
    _story(tmp_path)
    fact = fact_with(tmp_path, "expected the recount to confirm")
    assert fact.origins == ("hanne tosk s campaign",)
