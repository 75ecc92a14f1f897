"""The ages two outlets list of one unnamed group, told apart in one member, conflict.

"The bodies of two men -- 74 and 39-years-old" and "the men killed, who were 71 and 39
years old" give one of two men two ages; no name ties an age to either man, so only
the lists of one group noun, as long as each other and sharing all ages but one, are
weighed (``reconcile.group_ages``).
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind
from corrobora.reconcile.group_ages import group_ages

from .stories import fact_with, write_article


def _two_reports(tmp_path: Path, first: str, second: str) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Valley Courier",
        "2026-04-02T09:00:00",
        "Ivo Marsh, 41, was charged after police found the bodies of " + first,
        title="Two found dead in Mill Lane flat",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Riverside Herald",
        "2026-04-02T11:00:00",
        "Ivo Marsh, 41, was arrested over two deaths in a Mill Lane flat. " + second,
        title="Man arrested over two deaths on Mill Lane",
    )


def _age_conflicts(tmp_path: Path, words: str) -> list[str]:
    fact = fact_with(tmp_path, words)
    return [
        c.detail
        for c in fact.conflicts
        if c.kind is ConflictKind.NUMBER and "years old" in c.detail
    ]


def test_one_member_of_one_group_aged_apart_is_a_number_conflict(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "two men -- 74 and 39-years-old -- inside a Mill Lane flat.",
        "The names of the men killed, who were 71 and 39 years old, have not been released.",
    )
    assert _age_conflicts(tmp_path, "74 and 39-years-old") == ["74 years old vs 71 years old"]
    assert _age_conflicts(tmp_path, "71 and 39 years old") == ["74 years old vs 71 years old"]


def test_lists_of_two_lengths_are_no_conflict(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "three men -- 74, 39 and 20 years old -- inside a Mill Lane flat.",
        "The names of the men killed, who were 71 and 39 years old, have not been released.",
    )
    assert not _age_conflicts(tmp_path, "71 and 39 years old")


def test_lists_of_two_group_nouns_are_no_conflict(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "two men -- 74 and 39-years-old -- inside a Mill Lane flat.",
        "The names of the tenants, who are 71 and 39 years old, have not been released.",
    )
    assert not _age_conflicts(tmp_path, "71 and 39 years old")


def test_lists_apart_in_two_members_are_no_conflict(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "two men -- 74 and 39-years-old -- inside a Mill Lane flat.",
        "The names of the men killed, who were 71 and 36 years old, have not been released.",
    )
    assert not _age_conflicts(tmp_path, "71 and 36 years old")


def test_equal_lists_are_no_conflict(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "two men -- 74 and 39-years-old -- inside a Mill Lane flat.",
        "The names of the men killed, who were 74 and 39 years old, have not been released.",
    )
    assert not _age_conflicts(tmp_path, "74 and 39 years old")


def test_lists_of_ages_and_their_group_nouns() -> None:
    assert group_ages("Two brothers, 12 and 9, drowned.") == (("brother", (12, 9)),)
    assert group_ages("The 61- and 48-year-old women died.") == (("woman", (61, 48)),)
    assert group_ages("The victims were aged 20, 22 and 25.") == (("victim", (20, 22, 25)),)
    assert group_ages("Men between 18 and 25 years old were questioned.") == ()
    assert group_ages("Ana Ruiz, 44, and Tom Lee, 39, were hurt.") == ()
