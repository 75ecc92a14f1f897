"""A person named in apposition after a role for an unnamed body gives the origin.

"The head of the team, Alireza Safa, estimated ...": no team of the story is named or
credited, so the words are the named person's, not those of a body known only as "team";
a role for a body the story does name still makes the person that body's voice.
"""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article


def _story(tmp_path: Path, second: str) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Hill Ledger",
        "2026-02-05T10:00:00",
        "A landslide buried part of the village of Orvik in the Tessmoor hills on Monday, "
        "destroying 40 houses. A team of engineers from the province arrived in Orvik on "
        "Tuesday.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Bay Herald",
        "2026-02-05T12:00:00",
        "A landslide buried part of the village of Orvik in the Tessmoor hills on Monday, "
        "destroying 40 houses. A team of engineers from the province arrived in Orvik on "
        "Tuesday. " + second,
    )


def test_the_head_of_an_unnamed_team_speaks_in_his_own_name(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "The head of the team, Ravel Ostby, estimated that half of the houses in Orvik "
        "might have to be rebuilt.",
    )
    fact = fact_with(tmp_path, "half of the houses")
    assert fact.origins == ("ravel ostby",)


def test_the_head_of_a_named_service_speaks_for_it(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "The Tessmoor Rescue Service said it had searched every house. The head of the "
        "service, Ravel Ostby, estimated that half of the houses in Orvik might have to "
        "be rebuilt.",
    )
    fact = fact_with(tmp_path, "half of the houses")
    assert fact.origins == ("tessmoor rescue service",)
