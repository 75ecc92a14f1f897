"""One running total reported in sentences of different shape is one fact.

"At least 12 people were killed when the bridge gave way" in the morning and "The death
toll ... rose to 30" in the evening share few words; they are one toll, and the rise an
update. So are "45,000 customers were without power" and "120,000 customers had lost
power". Counts of different things, or of people in general with no shared count word,
stay apart.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, ConflictNature
from corrobora.reconcile.totals import one_total

from ..stories import fact_with, write_article
from .conftest import counted


def test_a_toll_in_two_wordings_is_one_total() -> None:
    killed = counted(
        "a", "At least 12 people were killed when the bridge gave way.", ("12", 12.0, "people")
    )
    toll = counted(
        "b", "The death toll from the collapse of the bridge rose to 30.", ("30", 30.0, "dead")
    )
    assert one_total(killed, toll)


def test_counts_of_different_things_or_of_one_article_are_not_one_total() -> None:
    killed = counted(
        "a", "At least 12 people were killed when the bridge gave way.", ("12", 12.0, "people")
    )
    evacuated = counted(
        "b", "About 300 people were evacuated from homes near the bridge.", ("300", 300.0, "people")
    )
    same_article = counted(
        "a", "The death toll from the collapse of the bridge rose to 30.", ("30", 30.0, "dead")
    )
    money = counted(
        "b", "Repairs to the bridge will cost $30 million.", ("$30 million", 3e7, "USD")
    )
    assert not one_total(killed, evacuated)
    assert not one_total(killed, same_article)
    assert not one_total(killed, money)


def test_people_in_general_need_one_count_word() -> None:
    injured = counted(
        "a", "Police said 40 people were injured near the bridge.", ("40", 40.0, "people")
    )
    hurt_later = counted(
        "b", "The number of people injured at the bridge has risen to 55.", ("55", 55.0, "people")
    )
    crowd = counted("b", "Some 2,000 people gathered near the bridge.", ("2,000", 2000.0, "people"))
    assert one_total(injured, hurt_later)
    assert not one_total(injured, crowd)


def test_a_rising_toll_is_one_fact_with_an_update(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Vestry Post",
        "2026-10-02T08:00:00+00:00",
        "A road bridge over the Tamsel river collapsed in Vestry on Thursday morning.\n\n"
        "At least 12 people were killed when the bridge gave way, police said.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Northern Courier",
        "2026-10-02T18:00:00+00:00",
        "The death toll from the collapse of a bridge over the Tamsel in Vestry rose to 30 "
        "on Thursday evening, police said.\n\nDivers recovered more bodies as night fell.",
    )
    fact = fact_with(tmp_path, "At least 12 people")
    assert any("death toll" in s.text for s in fact.support)
    (update,) = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert update.nature is ConflictNature.UPDATE


def test_rising_outages_are_one_fact_with_an_update(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Calder Gazette",
        "2026-09-14T06:10:00-05:00",
        "Rain lashed the Carvane coast overnight as Storm Marisol approached.\n\n"
        "About 45,000 customers were without power by 6 a.m., according to Carvane Electric.",
        title="Storm Marisol slams into the Carvane coast",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Meridian Wire",
        "2026-09-14T11:20:00-05:00",
        "Storm Marisol toppled trees and power lines on the Carvane coast on Monday.\n\n"
        "More than 120,000 customers had lost power by midday, Carvane Electric said.",
        title="Storm Marisol knocks out power on the Carvane coast",
    )
    fact = fact_with(tmp_path, "45,000 customers")
    assert any("120,000" in s.text for s in fact.support)
    (update,) = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert update.nature is ConflictNature.UPDATE
