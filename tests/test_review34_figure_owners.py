"""Figures of one role and one owner are rivals; others are not.

"Ralston finished with 18 points" is no rival of "Okafor finished with 14 points"; a
clause that opens with its verb ("and grabbed eight rebounds") tells of one named
elsewhere, never of the named subject of another clause; a part of a game ("in the
first 5 minutes") is no rival of a total, and a record someone else holds is no rival
of the scorer's own points. A past denial is no rival of an act yet to come.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from corrobora.align.apart import told_apart
from corrobora.model import Claim, ConflictKind
from corrobora.reconcile.conflicts import negation_conflict, number_conflict

from .reconcile.conftest import make_claim
from .stories import figured_claim, story_facts, write_article


def _named(article_id: str, text: str, *names: str, predicate: str = "") -> Claim:
    """A claim of ``text`` with its extracted figures, its entities and predicate."""
    claim = figured_claim(article_id, text)
    terms = tuple(dict.fromkeys((*claim.terms, *(w for n in names for w in n.split()))))
    return replace(claim, entity_keys=names, terms=terms, predicate=predicate)


def test_stat_lines_of_two_named_players_are_no_rivals() -> None:
    ralston = _named("a", "Ralston finished with 18 points and six assists.", "ben ralston")
    okafor = _named("b", "Okafor finished with 14 points and six assists.", "tim okafor")
    assert number_conflict(ralston, okafor) is None


def test_stat_lines_of_one_player_still_conflict() -> None:
    first = _named("a", "Ralston finished with 18 points and six assists.", "ben ralston")
    second = _named("b", "Ralston finished with 15 points and six assists.", "ben ralston")
    found = number_conflict(first, second)
    assert found is not None and "18" in found.detail and "15" in found.detail


def test_a_clause_without_its_subject_is_no_rival_of_another_players() -> None:
    unnamed = _named("a", "setting a club record, and grabbed eight rebounds", predicate="set")
    okafor = _named("b", "grabbed 12 rebounds", "tim okafor", predicate="grab")
    assert number_conflict(unnamed, okafor) is None


def test_points_in_part_of_a_game_are_no_rival_of_a_running_total() -> None:
    total = _named("a", "Ralston now has 1,912 points heading into the final.", "ben ralston")
    part = _named("b", "Ralston had 9 points in the first 5 minutes.", "ben ralston")
    assert number_conflict(total, part) is None


def test_two_running_totals_conflict() -> None:
    total = _named("a", "Ralston now has 1,912 points heading into the final.", "ben ralston")
    other = _named("b", "Ralston now has 1,812 points in 98 games for the club.", "ben ralston")
    found = number_conflict(total, other)
    assert found is not None and "1,912" in found.detail and "1,812" in found.detail


def test_another_players_record_is_no_rival_of_the_scorers_points() -> None:
    record = _named(
        "a",
        "Ralston broke Carl Meyer's club scoring record of 1,899 points on Friday.",
        "ben ralston",
        "carl meyer",
    )
    part = _named("b", "Ralston had 9 points early in the game.", "ben ralston")
    assert number_conflict(record, part) is None


def test_a_past_denial_is_no_rival_of_a_scheduled_act(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Lakeside Courier",
        "2026-04-10T14:00:00+01:00",
        "Ada Fenwick, 31, was remanded in custody by Marlow magistrates.\n"
        "No pleas were entered and a bail hearing was scheduled for Friday.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Hill Times",
        "2026-04-12T12:00:00+01:00",
        "Ada Fenwick, 31, did not appear at Marlow Crown Court today.\n"
        "A five day trial was set for December and she is due to enter her plea in November.",
    )
    kinds = [c.kind for f in story_facts(tmp_path) for c in f.conflicts]
    assert ConflictKind.NEGATION not in kinds


def test_a_past_denial_still_conflicts_with_a_past_act() -> None:
    denied = make_claim("a", "No pleas were entered", 0, negated=True, predicate="enter")
    entered = make_claim("b", "Pleas were entered at the hearing", 0, predicate="enter")
    assert negation_conflict(denied, entered) is not None


def test_stat_lines_of_two_named_players_are_told_apart() -> None:
    ralston = _named("a", "Ralston finished with 18 points and six assists.", "ben ralston")
    okafor = _named("b", "Okafor finished with 14 points and six assists.", "tim okafor")
    again = _named("c", "Ralston finished with 18 points and six assists.", "ben ralston")
    assert told_apart(ralston, okafor)
    assert not told_apart(ralston, again)
