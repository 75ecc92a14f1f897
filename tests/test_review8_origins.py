"""A group a story names by what it does is the body an article names (review 8).

"The organisers, the Fair Rent Coalition, said ..." in one article makes "according to
the organisers" in another the coalition's word: one origin, not two.
"""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article

_SATURDAY = "2026-09-12T18:00:00+00:00"


def test_the_organisers_are_the_body_named_beside_them(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "gazette.txt",
        "Tarnby Gazette",
        _SATURDAY,
        "Thousands walked through Tarnby on Saturday against school closures.\n\n"
        "The organisers, the Open Schools Alliance, said more than 40,000 people took part "
        "in the march.",
    )
    write_article(
        tmp_path,
        "observer.txt",
        "Harbour Observer",
        _SATURDAY,
        "Families filled the streets of the old town on Saturday afternoon.\n\n"
        "More than 40,000 people took part in the march, according to the organisers.",
    )
    fact = fact_with(tmp_path, "40,000")
    assert fact.origins == ("open schools alliance",)
