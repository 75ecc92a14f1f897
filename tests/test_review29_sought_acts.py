"""An act told as sought, planned or under way is not denied by "has not been done".

"The council was negotiating to buy the mill" does not say it bought it: "the council
had not bought the mill" agrees with it. Nor does "the cause has not been determined"
deny that investigators "were trying to determine the cause". A wording that tells the
act as done is still denied.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import story_facts, write_article


def _two(tmp_path: Path, first: str, second: str) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Valley Wire",
        "2026-05-12T09:00:00Z",
        "A fire on Monday destroyed the old Brenvik flour mill. " + first,
    )
    write_article(
        tmp_path,
        "b.txt",
        "Ridge Radio",
        "2026-05-12T16:00:00Z",
        "The fire that destroyed the old flour mill in Brenvik on Monday took a piece of "
        "history. " + second,
    )


def _negations(tmp_path: Path) -> list[str]:
    return [
        c.detail
        for f in story_facts(tmp_path)
        for c in f.conflicts
        if c.kind is ConflictKind.NEGATION
    ]


def test_negotiating_to_buy_is_not_denied_by_not_bought(tmp_path: Path) -> None:
    _two(
        tmp_path,
        "The council was negotiating to purchase the mill.",
        "Mayor Ilse Varn said Monday that the council had not purchased the mill, "
        "although there were plans to do so.",
    )
    assert not _negations(tmp_path)


def test_trying_to_determine_is_not_denied_by_not_determined(tmp_path: Path) -> None:
    _two(
        tmp_path,
        "Investigators were at the mill by noon trying to determine the cause of the fire.",
        "The cause of the fire has not been determined.",
    )
    assert not _negations(tmp_path)


def test_an_act_told_as_done_is_still_denied(tmp_path: Path) -> None:
    _two(
        tmp_path,
        "The council purchased the mill last year.",
        "Mayor Ilse Varn said Monday that the council had not purchased the mill.",
    )
    assert _negations(tmp_path)
