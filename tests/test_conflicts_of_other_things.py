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
        "Fanning couldn't say if anyone else was in the building at the time, but said no "
        "one else was injured."
    )
    assert _claim(text, "no one else").modality is Modality.ASSERTED
    assert _claim(text, "couldn't say").modality is Modality.POSSIBLE


def test_a_modal_still_covers_a_verb_joined_by_and() -> None:
    text = "The fire could begin and spread quickly through the dry hills."
    assert _claim(text, "spread").modality is Modality.POSSIBLE


def test_a_hedge_on_why_is_no_hedge_on_the_act() -> None:
    text = (
        "On seeing the warship and probably mindful of the navy's record, the pirate "
        "skiffs reversed course and tried to flee the area."
    )
    assert {c.modality for c in _claims(text)} == {Modality.ASSERTED}


def test_a_hedge_on_the_act_still_hedges_it() -> None:
    text = "After the crash, the driver probably fled on foot."
    assert _claims(text)[0].modality is Modality.POSSIBLE


def test_a_denial_of_one_named_person_is_no_rival_of_another() -> None:
    denied = _claim(
        "Tony DiLeo will replace Maurice Cheeks. DiLeo has never been an NBA coach.", "never"
    )
    other = _claims("Maurice Cheeks is the fifth NBA head coach fired this season.")[0]
    assert negation_conflict(denied, other) is None


def test_a_denial_of_the_same_named_person_still_conflicts() -> None:
    denied = _claim(
        "Tony DiLeo will replace Maurice Cheeks. DiLeo has never been an NBA coach.", "never"
    )
    other = _claims("Tony DiLeo was an NBA coach in Germany in 1987.")[0]
    assert negation_conflict(denied, other) is not None


def test_this_was_not_someone_denies_nothing_of_them() -> None:
    denied = _claims(
        "This wasn't Sam Mitchell, whose differences with his general manager were too big "
        "to overcome."
    )[0]
    other = _claims("Cheeks was fired after Sam Mitchell was fired this season.")[0]
    assert negation_conflict(denied, other) is None


def test_places_near_and_in_datelines_are_landmarks() -> None:
    assert entity_role(
        "He was driving near Interstate 805 when police stopped him", "interstate 805"
    )
    assert entity_role("New Delhi/Mumbai: An Indian warship foiled an attack", "new delhi")
    assert entity_role("New Delhi/Mumbai: An Indian warship foiled an attack", "mumbai")
    assert entity_role("He was stopped in Clairemont", "clairemont") != entity_role(
        "He was driving near Interstate 805", "interstate 805"
    )


def test_a_sum_over_several_operations_is_no_rival_of_one() -> None:
    total = figured_claim(
        "a",
        "The ship has seized a total of 14 rifles and 31 magazines during the five "
        "operations it carried out there.",
    )
    one = figured_claim("b", "Six rifles and 12 magazines were seized from the boats.")
    assert number_conflict(total, one) is None


def test_one_operation_told_two_ways_still_conflicts() -> None:
    first = figured_claim("a", "The Navy seized 14 AK-47 Rifles and 31 magazines from the boat.")
    second = figured_claim("b", "Six rifles and 12 magazines were seized from the boats.")
    conflict = number_conflict(first, second)
    assert conflict is not None and "14 rifle" in conflict.detail


def test_deaths_in_separate_accidents_are_no_rival_of_one_death() -> None:
    both = figured_claim("a", "Two men have died in separate climbing accidents this weekend.")
    one = figured_claim("b", "A 36-year-old man died on Friday after he slipped and fell.")
    assert number_conflict(both, one) is None
    told = figured_claim("c", "Two men died in a climbing accident this weekend.")
    assert number_conflict(told, one) is not None


def test_a_running_sum_of_things_is_no_rival_of_one_seizure() -> None:
    total = figured_claim(
        "a", "The ship has, thus far, confiscated a total of 14 AK 47 Rifles and 31 Magazines."
    )
    one = figured_claim("b", "Six AK 47 rifles and 12 magazines were seized from the boats.")
    assert number_conflict(total, one) is None


def test_a_running_toll_so_told_is_still_weighed() -> None:
    toll = figured_claim("a", "So far a total of 12 people have died in the floods.")
    other = figured_claim("b", "Fifteen people died in the floods.")
    conflict = number_conflict(toll, other)
    assert conflict is not None and conflict.detail == "12 dead vs 15 dead"


def test_an_opponent_is_no_rival_of_a_place() -> None:
    kinds = {"east": "place", "washington": "place", "boston": "place"}
    standing = make_claim(
        "a", "The Sixers are two games behind the eighth seed in the East.", 0,
        entities=("east",), predicate="be",
    )  # fmt: skip
    game = make_claim(
        "b", "The Sixers lost three straight going into the contest against Washington.", 0,
        entities=("washington",), predicate="lose",
    )  # fmt: skip
    other_game = make_claim(
        "c", "The Sixers lost three straight going into the contest against Boston.", 0,
        entities=("boston",), predicate="lose",
    )  # fmt: skip
    assert entity_conflict(standing, game, kinds, {}) is None
    assert entity_conflict(game, other_game, kinds, {}) is not None


def test_best_known_for_is_no_hedge() -> None:
    firm = _claims("Tara Reid was engaged to the television host Carson Daly in 2001.")[0]
    idiom = _claims("Reid may be best known for her engagement to Carson Daly.")[0]
    assert modality_conflict(firm, idiom, one_fact=True) is None
    hedged = _claims("Reid may have been engaged to Carson Daly in 2001.")[0]
    assert modality_conflict(firm, hedged, one_fact=True) is not None


def test_a_denial_of_one_titled_thing_is_no_rival_of_another() -> None:
    denied = _claims("However, First Class 2 doesn't have a release date.")[0]
    other = _claims("Catching Fire has a release date of 22 November 2013.")[0]
    assert negation_conflict(denied, other) is None
    curly = _claims("However, First Class 2 doesn\u2019t have a release date.")[0]
    quoted = _claims("\u2018Catching Fire\u2019 has a release date of 22 November 2013.")[0]
    assert negation_conflict(curly, quoted) is None
    same = _claims("Catching Fire doesn't have a release date.")[0]
    assert negation_conflict(same, other) is not None


def test_an_editors_words_in_brackets_are_no_rewording() -> None:
    plain = "We appreciate your respect to her and her family's privacy at this time"
    assert not reworded(plain, plain.replace("to her and", "to her (Tara Reid) and"))
    assert not reworded(
        "We will pay every customer back", "[The company] will pay every customer back"
    )
    assert reworded(plain, plain.replace("her family's", "their"))
