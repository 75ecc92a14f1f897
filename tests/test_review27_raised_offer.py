"""A figure raised between two reports makes the later one an update, not a rival.

"The board has offered a 3 percent rise" (Monday), "the board had raised its offer to 4
percent" (Tuesday) and "it had offered a 4 percent rise" (Wednesday): Wednesday's 4
percent is the offer's new level, as Tuesday's report says, not a second account of
Monday's. A bare surname two people of a story share is no shorter form of either.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictNature, SourceKind
from corrobora.reconcile.origins import fuller_keys

from .stories import credit, story_facts, write_article


def test_a_report_of_the_raised_figure_after_the_raise_is_an_update(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-05-04T16:00:00",
        "Bus drivers in Velm will strike on Friday over pay, halting routes to the coast.\n\n"
        "The board has offered a 3 percent pay rise; the union wants 6 percent.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-05-05T18:00:00",
        "A pay dispute will stop Velm's buses to the coast for a day, the drivers' union "
        "says.\n\nThe board had raised its offer to 4 percent, but the union said that was "
        "still short of the 6 percent its members wanted.",
    )
    write_article(
        tmp_path,
        "c.txt",
        "Valley Herald",
        "2026-05-06T12:00:00",
        "Coast villages face a day without buses as Velm drivers walk out over wages.\n\n"
        "The Velm bus board said it had offered a 4 percent pay rise, while the union is "
        "seeking 6 percent.",
    )
    offers = [
        f for f in story_facts(tmp_path) if any("3 percent pay rise" in s.text for s in f.support)
    ]
    assert offers
    natures = {c.nature for f in offers for c in f.conflicts}
    assert ConflictNature.UPDATE in natures
    assert ConflictNature.DISAGREEMENT not in natures


def test_a_surname_two_people_share_names_neither() -> None:
    found = [credit("falk", SourceKind.PERSON), credit("jonas falk", SourceKind.PERSON)]
    assert fuller_keys(found) == {"falk": "jonas falk"}
    assert fuller_keys(found, {"jonas falk", "ines falk"}) == {}
    assert fuller_keys(found, {"jonas falk", "jon falk"}) == {"falk": "jonas falk"}
