"""A denied use of a weapon and a report of it being fired are one act in conflict.

"Police did not use tear gas" denies what "reporters saw police fire tear gas" states:
to fire a weapon is to use it. A denial of another weapon, or of "using" something that
is no weapon, stays apart.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind
from corrobora.reconcile.predicates import one_use

from .stories import fact_with, story_facts, write_article

_FIRED = "Harbour Post reporters saw police fire tear gas at strikers outside the docks on Monday."


def test_a_denied_use_of_tear_gas_conflicts_with_its_firing(tmp_path: Path) -> None:
    write_article(tmp_path, "a.txt", "Harbour Post", "2026-05-04T18:00:00", _FIRED)
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-05-05T09:00:00",
        "The Home Office denied that tear gas was used at Monday's dock strike in Port Arro.",
    )
    fact = fact_with(tmp_path, "saw police fire tear gas")
    assert any("denied that tear gas was used" in s.text for s in fact.support)
    assert ConflictKind.NEGATION in {c.kind for c in fact.conflicts}


def test_a_denial_of_another_weapon_stays_apart(tmp_path: Path) -> None:
    write_article(tmp_path, "a.txt", "Harbour Post", "2026-05-04T18:00:00", _FIRED)
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-05-05T09:00:00",
        "The Home Office said police did not use rubber bullets at Monday's dock strike.",
    )
    fired = fact_with(tmp_path, "saw police fire tear gas")
    assert not any("rubber bullets" in s.text for s in fired.support)
    assert not any(f.conflicts for f in story_facts(tmp_path))


def test_one_use_needs_one_weapon_by_each_verb() -> None:
    assert one_use(("use", "police did not use tear gas"), "officers fired tear gas")
    assert one_use(("fire", "police never fired rubber bullets"), "rubber bullets were used")
    assert not one_use(("use", "the club did not use the striker"), "the club fired the striker")
    assert not one_use(("use", "police did not use force"), "officers fired tear gas")
