"""One act told in two verbs and dated apart; two acts of one unnamed subject; a quote's "today".

"were released on Tuesday evening" and "were freed early on Wednesday" date one
release on two days; "broke out at 2 p.m." and "started at 3 p.m." time one start. A
fire that burned on Monday and slowed on Wednesday, or a man flown to a hospital and
a man who died in it, are two acts, not one corroborated fact. A "today" inside one
quote printed on two days is no rival date.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind
from corrobora.reconcile.predicates import same_predicate_class

from .stories import fact_with, story_facts, write_article


def test_released_and_freed_on_two_days_is_a_date_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-05-05T21:00:00",
        "The two Norvik Aid engineers were released on Tuesday evening near the town of "
        "Arlo, two police officers told the Post.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-05-06T09:00:00",
        "The two Norvik Aid engineers were freed early on Wednesday near Arlo, a police "
        "officer said.",
    )
    fact = fact_with(tmp_path, "were released on Tuesday")
    assert any("freed early" in s.text for s in fact.support)
    assert ConflictKind.DATE in {c.kind for c in fact.conflicts}


def test_breaking_out_is_starting() -> None:
    assert same_predicate_class("break out", "start")


def test_broke_out_and_started_an_hour_apart_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-05-04T18:00:00",
        "The fire broke out at 2 p.m. on Monday in a barn outside Tessin, the fire brigade said.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-05-04T21:00:00",
        "The fire started at 3 p.m. on Monday in a barn outside Tessin, according to a log of "
        "calls seen by the Times.",
    )
    fact = fact_with(tmp_path, "broke out at 2 p.m.")
    assert any("started at 3 p.m." in s.text for s in fact.support)
    assert fact.conflicts


def test_a_fire_burning_and_slowing_on_two_days_is_two_facts(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-08-03T18:00:00",
        "A wildfire burned spruce forest above the village of Tessin on Monday.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-08-05T12:00:00",
        "The wildfire above the village of Tessin slowed on Wednesday.",
    )
    burned = fact_with(tmp_path, "burned spruce forest")
    assert all("slowed" not in s.text for s in burned.support)


def test_a_man_flown_to_hospital_and_dying_there_is_two_facts(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-08-03T22:00:00",
        "One ranger was hurt on Monday when a rock fell on a trail above Tessin. "
        "He was flown to the regional hospital in Moro with serious burns.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-08-04T19:00:00",
        "A ranger hurt on a trail above Tessin has died. "
        "He died in the regional hospital in Moro on Tuesday, the park service said.",
    )
    flown = fact_with(tmp_path, "was flown to the regional hospital")
    assert all("died" not in s.text for s in flown.support)


def test_today_inside_one_quote_printed_on_two_days_is_no_date_conflict(
    tmp_path: Path,
) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-05-06T06:00:00",
        "Two freed engineers landed at Arlo airport on Wednesday morning.\n"
        '"Every night we told each other that today could be the day we go home," '
        "Jon Hale said at the airport.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-05-07T08:00:00",
        "A freed engineer said he and his colleague kept a daily routine.\n"
        '"Every night we told ourselves that today might be the day we would go home," '
        "Jon Hale said in an interview.",
    )
    dated = [
        c
        for f in story_facts(tmp_path)
        for c in f.conflicts
        if c.kind is ConflictKind.DATE and "today" in c.detail
    ]
    assert not dated
