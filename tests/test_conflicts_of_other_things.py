"""Wordings that look opposed but tell of other things: no conflict between them.

Each case was met in real multi-source stories: a modal of one verb read into the next
verb across "but", a hedge on why something was done read as a hedge on the act, a
denial of one named person (or titled thing) weighed against what another did, "this
wasn't X", a place named only as a landmark, a dateline or an opponent, a sum over
several operations or separate accidents weighed against one of them, "may be best
known for" read as a hedge, an editor's words in brackets inside a quote. Each test
pairs the case with the conflict that must still be found.
"""

from __future__ import annotations

from corrobora.extract import analyze_many
from corrobora.model import Article, Claim, Modality
from corrobora.reconcile.conflicts import (
    entity_conflict,
    entity_role,
    modality_conflict,
    negation_conflict,
    number_conflict,
)
from corrobora.reconcile.wording import reworded
from corrobora.settings import Settings
from corrobora.text import article_id

from .reconcile.conftest import make_claim
from .stories import figured_claim


def _claims(text: str) -> tuple[Claim, ...]:
    (analysis,) = analyze_many(
        [Article(article_id(text), text, "", "Test Wire")], Settings().analyze
    )
    return analysis.claims


def _claim(text: str, words: str) -> Claim:
    return next(c for c in _claims(text) if words in c.text)


def test_a_modal_does_not_carry_across_but() -> None:
    text = (
        "Sergeant Okafor couldn't say if anyone else was inside the depot then, but said no "
        "one else was hurt."
    )
    assert _claim(text, "no one else").modality is Modality.ASSERTED
    assert _claim(text, "couldn't say").modality is Modality.POSSIBLE


def test_a_modal_still_covers_a_verb_joined_by_and() -> None:
    text = "The fire could begin and spread quickly through the dry hills."
    assert _claim(text, "spread").modality is Modality.POSSIBLE


def test_a_hedge_on_why_is_no_hedge_on_the_act() -> None:
    text = (
        "On spotting the patrol boat and probably wary of its crew's record, the smugglers "
        "reversed course and tried to escape the bay."
    )
    assert {c.modality for c in _claims(text)} == {Modality.ASSERTED}


def test_a_hedge_on_the_act_still_hedges_it() -> None:
    text = "After the crash, the driver probably fled on foot."
    assert _claims(text)[0].modality is Modality.POSSIBLE


def test_a_denial_of_one_named_person_is_no_rival_of_another() -> None:
    denied = _claim(
        "Lena Brandt will replace Oskar Vell. Brandt has never been a league coach.", "never"
    )
    other = _claims("Oskar Vell is the third league head coach fired this season.")[0]
    assert negation_conflict(denied, other) is None


def test_a_denial_of_the_same_named_person_still_conflicts() -> None:
    denied = _claim(
        "Lena Brandt will replace Oskar Vell. Brandt has never been a league coach.", "never"
    )
    other = _claims("Lena Brandt was a league coach in Austria in 1994.")[0]
    assert negation_conflict(denied, other) is not None


def test_this_was_not_someone_denies_nothing_of_them() -> None:
    denied = _claims(
        "This wasn't Ivo Rask, whose quarrels with the club's owner had grown too bitter to mend."
    )[0]
    other = _claims("Vell was fired after Ivo Rask was fired this season.")[0]
    assert negation_conflict(denied, other) is None


def test_places_near_and_in_datelines_are_landmarks() -> None:
    assert entity_role("He was driving near Route 9 when police stopped him", "route 9")
    assert entity_role("Portmere/Halden: A coast guard cutter stopped a raid", "portmere")
    assert entity_role("Portmere/Halden: A coast guard cutter stopped a raid", "halden")
    assert entity_role("He was stopped in Eastvale", "eastvale") != entity_role(
        "He was driving near Route 9", "route 9"
    )


def test_a_sum_over_several_operations_is_no_rival_of_one() -> None:
    total = figured_claim(
        "a",
        "The cutter has seized a total of 14 rifles and 31 magazines during the four "
        "patrols it made there.",
    )
    one = figured_claim("b", "Six rifles and 12 magazines were seized from the dinghies.")
    assert number_conflict(total, one) is None


def test_one_operation_told_two_ways_still_conflicts() -> None:
    first = figured_claim(
        "a", "The coast guard seized 14 Hunting Rifles and 31 magazines from the dinghy."
    )
    second = figured_claim("b", "Six rifles and 12 magazines were seized from the dinghies.")
    conflict = number_conflict(first, second)
    assert conflict is not None and "14 rifle" in conflict.detail


def test_deaths_in_separate_accidents_are_no_rival_of_one_death() -> None:
    both = figured_claim("a", "Two hikers have died in separate falls on the ridge this week.")
    one = figured_claim("b", "A 41-year-old hiker died on Tuesday after he slipped on ice.")
    assert number_conflict(both, one) is None
    told = figured_claim("c", "Two hikers died in a fall on the ridge this week.")
    assert number_conflict(told, one) is not None


def test_a_running_sum_of_things_is_no_rival_of_one_seizure() -> None:
    total = figured_claim(
        "a", "The cutter has, thus far, seized a total of 14 Hunting Rifles and 31 Magazines."
    )
    one = figured_claim("b", "Six hunting rifles and 12 magazines were seized from the dinghies.")
    assert number_conflict(total, one) is None


def test_a_running_toll_so_told_is_still_weighed() -> None:
    toll = figured_claim("a", "So far a total of 12 people have died in the floods.")
    other = figured_claim("b", "Fifteen people died in the floods.")
    conflict = number_conflict(toll, other)
    assert conflict is not None and conflict.detail == "12 dead vs 15 dead"


def test_an_opponent_is_no_rival_of_a_place() -> None:
    kinds = {"north": "place", "calverholt": "place", "brenna": "place"}
    standing = make_claim(
        "a", "The Otters are two games behind the last playoff seed in the North.", 0,
        entities=("north",), predicate="be",
    )  # fmt: skip
    game = make_claim(
        "b", "The Otters lost three straight going into the game against Calverholt.", 0,
        entities=("calverholt",), predicate="lose",
    )  # fmt: skip
    other_game = make_claim(
        "c", "The Otters lost three straight going into the game against Brenna.", 0,
        entities=("brenna",), predicate="lose",
    )  # fmt: skip
    assert entity_conflict(standing, game, kinds, {}) is None
    assert entity_conflict(game, other_game, kinds, {}) is not None


def test_best_known_for_is_no_hedge() -> None:
    firm = _claims("Mira Santos was engaged to the radio host Dev Arlen in 2011.")[0]
    idiom = _claims("Mira Santos may be best known for her engagement to Dev Arlen.")[0]
    assert idiom.modality is Modality.POSSIBLE
    assert modality_conflict(firm, idiom, one_fact=True) is None
    hedged = _claims("Mira Santos may have been engaged to Dev Arlen in 2011.")[0]
    assert modality_conflict(firm, hedged, one_fact=True) is not None


def test_a_denial_of_one_titled_thing_is_no_rival_of_another() -> None:
    denied = _claims("However, Harbour Lights 2 doesn't have a release date.")[0]
    other = _claims("Night Orchard has a release date of 14 March 2027.")[0]
    assert negation_conflict(denied, other) is None
    curly = _claims("However, Harbour Lights 2 doesn\u2019t have a release date.")[0]
    quoted = _claims("\u2018Night Orchard\u2019 has a release date of 14 March 2027.")[0]
    assert negation_conflict(curly, quoted) is None
    same = _claims("Night Orchard doesn't have a release date.")[0]
    assert negation_conflict(same, other) is not None


def test_an_editors_words_in_brackets_are_no_rewording() -> None:
    plain = "We ask everyone to respect her and her family's privacy in these days"
    assert not reworded(plain, plain.replace("respect her and", "respect her (Mira Santos) and"))
    assert not reworded(
        "We will pay every customer back", "[The company] will pay every customer back"
    )
    assert reworded(plain, plain.replace("her family's", "their"))
