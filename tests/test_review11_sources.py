"""Origins of an outlet's own scoop and of an actor's planned act (review 11).

"..., the Sentinel has learned" in the Capital Sentinel is the outlet's own reporting:
the statement's origin is the Sentinel, not the minister the sentence is about, and an
outlet repeating it "according to the Capital Sentinel" shares that one origin. A plain
sentence about what a minister will (or could) do credits no one: each outlet states it
on its own word, because an actor is no source of the report of its act.
"""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article


def test_an_outlets_scoop_is_traced_to_the_outlet(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "The Capital Sentinel",
        "2026-05-13T06:30:00+01:00",
        "Prime Minister Anton Vell has promised rebels a second vote on the funding "
        "clauses of the Water Services Bill next month, the Sentinel has learned.\n\n"
        "The bill passed its final reading by 312 votes to 298 on Tuesday.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Ostrel Broadcasting Service",
        "2026-05-13T08:15:00+01:00",
        "The Water Services Bill passed its final reading on Tuesday by 312 votes to 298.\n\n"
        "Vell has promised rebels a second vote on the bill's funding clauses next month, "
        "according to the Capital Sentinel.",
    )
    assert fact_with(tmp_path, "second vote").origins == ("capital sentinel",)


def test_a_plan_stated_without_a_cue_is_each_outlets_own(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "b.txt",
        "Ostrel Broadcasting Service",
        "2026-05-13T08:15:00+01:00",
        "Prime Minister Anton Vell will call a second vote on the funding clauses of the "
        "Water Services Bill next month.\n\n"
        "Opposition leader Miriam Ostby said the government had lost its authority.",
    )
    write_article(
        tmp_path,
        "c.txt",
        "The Daily Courant",
        "2026-05-13T11:50:00+01:00",
        "Prime Minister Anton Vell could call a second vote on the funding clauses of the "
        "Water Services Bill next month.\n\n"
        "Housing Minister Carla Dunmore resigned on Tuesday evening.",
    )
    assert fact_with(tmp_path, "second vote").origins == (
        "daily courant",
        "ostrel broadcasting service",
    )
