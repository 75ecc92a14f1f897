"""Claims that share a verb or a thing but tell two acts stay two facts.

A word written only in a relative clause describes another thing than the act told
("the firm which runs dining cars"), and what one verb acts on differs from what the
other's does ("forced thousands from their homes", "destroyed homes"); paraphrases of
one act in two verbs that count the same thing stay one fact.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, story_facts, write_article


def test_a_word_of_a_relative_clause_joins_no_fact(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-04-02T09:00:00+00:00",
        "Three men smashed their van into a bank in Velm on Tuesday. They then burned the "
        "van and fled in another car.\n\nVelm saw another theft last week when gunmen raided "
        "a depot. According to reports, the gunmen fled with some 40,000 crowns from the "
        "firm which is in charge of running dining cars on the express trains.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-04-02T12:00:00+00:00",
        "Three men drove a van into a bank in Velm on Tuesday. They then burned the van "
        "and fled in another car.",
    )
    fact = fact_with(tmp_path, "40,000 crowns")
    assert len(fact.support) == 1
    escape = fact_with(tmp_path, "fled in another car")
    assert len({s.article_id for s in escape.support}) == len(escape.support) == 2
    assert not any(c.kind is ConflictKind.MODALITY for c in escape.conflicts)


def test_a_word_outside_a_relative_clause_still_counts(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-04-02T09:00:00+00:00",
        "The gunmen fled in a stolen car, which was found later.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-04-02T12:00:00+00:00",
        "The gunmen fled in a stolen car.",
    )
    fact = fact_with(tmp_path, "The gunmen fled in a stolen car.")
    assert len(fact.support) == 2


def _fires(tmp_path: Path, first: str, second: str) -> None:
    write_article(
        tmp_path, "a.txt", "Northwire", "2026-07-13T19:40:00+02:00", first + " Crews fought on."
    )
    write_article(
        tmp_path,
        "b.txt",
        "Valley Radio",
        "2026-07-14T09:10:00+02:00",
        second + " Crews fought on.",
    )


def test_verbs_acting_on_other_things_are_two_facts(tmp_path: Path) -> None:
    _fires(
        tmp_path,
        "A brush fire forced hundreds from their homes in the Marrow Hills.",
        "The brush fire in the Marrow Hills burned homes in Dunstead overnight.",
    )
    fact = fact_with(tmp_path, "forced hundreds from their homes")
    assert len(fact.support) == 1
    assert len(story_facts(tmp_path)) >= 3


def test_one_count_in_two_verbs_stays_one_fact(tmp_path: Path) -> None:
    _fires(
        tmp_path,
        "The brush fire above the lake destroyed 40 homes.",
        "The brush fire above the lake razed 40 houses.",
    )
    fact = fact_with(tmp_path, "destroyed 40 homes")
    assert len(fact.support) == 2
