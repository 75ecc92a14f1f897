"""A work titled after a person leaves the person her own name across a story.

"Her life inspired the 2005 film The Notorious Carla Vane": the film ends in her
name, but "Vane" and "Carla Vane" of the article are still her, so her quote has one
origin across outlets and the article stays in the story of her death. "THR" and "The
Hollywood Reporter" name one outlet, whose name is not its leading place's.
"""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.settings import ReconcileParams, Settings

from .stories import fact_with, write_article


def _vane_story(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Daily Alpha",
        "2026-03-10T18:00:00",
        "Pin-up model Carla Vane has died at the age of 85 in a Los Angeles hospital.\n"
        "Her life inspired the 2005 film The Notorious Carla Vane.\n"
        '"God approves of nudity," Vane told Playboy in 1998.',
    )
    write_article(
        tmp_path,
        "b.txt",
        "Beta News",
        "2026-03-10T20:00:00",
        "Carla Vane, the 1950s pin-up model, has died at the age of 85 in a Los Angeles "
        'hospital.\n"God approves of nudity," Carla Vane told Playboy in 1998.',
    )


def test_a_quote_keeps_the_person_named_in_a_film_title(tmp_path: Path) -> None:
    _vane_story(tmp_path)
    fact = fact_with(tmp_path, "God approves of nudity")
    assert set(fact.origins) == {"carla vane"}


def test_a_film_title_does_not_split_the_story(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Gamma Blog",
        "2026-03-10T18:00:00",
        "Yesterday in Los Angeles, pin-up icon Bettina Marlow succumbed to complications "
        "from a heart attack suffered almost three weeks ago.\n"
        "Few women in modern history have incited such lust and reverence in men and women "
        "alike.\n"
        "Marlow has been the inspiration for dozens of songs all across the musical landscape.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Daily Alpha",
        "2026-03-10T20:00:00",
        "Bettina Marlow, the 1950s pin-up model who helped set the stage for the 1960s sexual "
        "revolution, has died.\nShe was 85.\n"
        "Her agent, Mark Roesler, said Marlow died yesterday at a Los Angeles hospital after "
        "suffering a heart attack on December 2.\n"
        "Marlow inspired the 2005 film The Notorious Bettina Marlow.",
    )
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    reports = api.compare([tmp_path], settings).reports
    assert len(reports) == 1


def test_the_reporter_is_named_in_full(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Reel Report",
        "2026-03-10T18:00:00",
        "The Hollywood Reporter says Dane Corbett is in negotiations with Halcyon Films to "
        "direct the Ember Road sequel.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Film Ledger",
        "2026-03-10T20:00:00",
        "The Hollywood Reporter says that director Dane Corbett is still in negotiations to "
        "direct the Ember Road sequel.",
    )
    fact = fact_with(tmp_path, "Reporter says Dane Corbett")
    assert "hollywood" not in fact.origins
    assert "hollywood reporter" in fact.origins
