"""Typed conflicts of a state and its end, of ranks, other things and places left.

"X in negotiations" and "X pulled out of negotiations" cannot both hold; "she wasn't
the first pin-up" denies no "greatest pin-up"; "have not approved that facility"
denies nothing of "a Harlow facility that was approved"; a place left behind and a
region owning a named place are no rival answers to where a person went.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from corrobora.model import Claim, ConflictKind
from corrobora.reconcile.acts import different_acts
from corrobora.reconcile.conflicts import entity_conflict, negation_conflict

from .reconcile.conftest import make_claim
from .stories import story_facts, write_article


def _approved(claim: Claim) -> Claim:
    """The claim with "approve" among its terms, as the parse lemmatizes "approved"."""
    return replace(claim, terms=(*claim.terms, "approve"))


def _pair(tmp_path: Path, first: str, second: str) -> None:
    write_article(tmp_path, "a.txt", "Reel Report", "2026-04-04T10:00:00", first)
    write_article(tmp_path, "b.txt", "Film Ledger", "2026-04-04T12:00:00", second)


def test_pulling_out_of_talks_conflicts_with_being_in_them() -> None:
    inside = make_claim(
        "a",
        "Oren Halley in negotiations to direct the Drift Harbour sequel.",
        0,
        entities=("oren halley",),
        predicate="direct",
    )
    left = make_claim(
        "b",
        "Oren Halley has reportedly pulled out of negotiations to direct the Drift Harbour sequel.",
        0,
        entities=("oren halley",),
        predicate="pull out",
    )
    conflict = negation_conflict(inside, left)
    assert conflict is not None and conflict.kind is ConflictKind.NEGATION


def test_withdrawing_from_talks_is_no_support_of_being_in_them(tmp_path: Path) -> None:
    _pair(
        tmp_path,
        "Oren Halley in negotiations to direct the Drift Harbour sequel.",
        "Moviemaker Oren Halley has reportedly pulled out of negotiations to direct a"
        " sequel to Drift Harbour.",
    )
    for fact in story_facts(tmp_path):
        texts = " ".join(s.text for s in fact.support)
        if "pulled out" in texts and "in negotiations" in texts:
            assert ConflictKind.NEGATION in {c.kind for c in fact.conflicts}


def test_a_denied_rank_is_no_denial_of_another_rank(tmp_path: Path) -> None:
    _pair(
        tmp_path,
        "Pin-up model Lotte Varga has died at the age of 88 in a Brisk hospital.\n"
        "\"She's like the girl next door, the greatest Marovian pin-up and that's why she's"
        ' eternal," her biographer said.',
        "Lotte Varga, the 1950s pin-up model, has died at the age of 88 in a Brisk hospital.\n"
        "No, she wasn't the first pin-up.",
    )
    for fact in story_facts(tmp_path):
        texts = " ".join(s.text for s in fact.support)
        assert not ("first pin-up" in texts and "greatest" in texts)
        assert ConflictKind.NEGATION not in {c.kind for c in fact.conflicts}


def test_a_denied_rank_still_disputes_the_same_rank() -> None:
    greatest = make_claim("a", "She was the first Marovian pin-up.", 0, predicate="be")
    denied = make_claim("b", "No, she wasn't the first pin-up.", 0, negated=True, predicate="be")
    other = make_claim("c", "She was the greatest Marovian pin-up.", 0, predicate="be")
    assert not different_acts(greatest, denied)
    assert different_acts(other, denied)


def test_a_denial_of_one_facility_denies_nothing_of_another() -> None:
    denied = make_claim(
        "a",
        "prosecutors have not approved that facility",
        0,
        negated=True,
        predicate="approve",
    )
    other = make_claim(
        "b",
        "Mara Quill bailed on rehab in a Harlow facility that was approved by prosecutors.",
        0,
        entities=("mara quill", "harlow"),
        predicate="bail",
    )
    assert negation_conflict(_approved(denied), _approved(other)) is None


def test_a_denial_of_the_named_facility_still_conflicts() -> None:
    denied = make_claim(
        "a",
        "prosecutors have not approved the Harlow facility",
        0,
        entities=("harlow",),
        negated=True,
        predicate="approve",
    )
    other = make_claim(
        "b",
        "Mara Quill entered a Harlow facility that was approved by prosecutors.",
        0,
        entities=("mara quill", "harlow"),
        predicate="enter",
    )
    assert negation_conflict(_approved(denied), _approved(other)) is not None


def test_a_denial_ends_at_but() -> None:
    denied = make_claim(
        "a",
        "Mara never checked into Seaview but is back at Pine Hollow.",
        0,
        entities=("mara quill", "seaview", "pine hollow"),
        negated=True,
        predicate="check",
    )
    other = make_claim(
        "b",
        "Quill had checked into Seaview Recovery Center Thursday morning",
        0,
        entities=("mara quill", "seaview recovery center"),
        predicate="check",
    )
    conflict = negation_conflict(denied, other)
    assert conflict is not None and conflict.kind is ConflictKind.NEGATION


_KINDS = {"dorvan": "place", "brisk": "place", "calveria": "place", "mara quill": "person"}


def test_a_place_left_is_no_rival_of_where_one_went() -> None:
    left = make_claim(
        "a",
        "After she abruptly left rehab in Dorvan, Mara Quill checked into the Halden Center.",
        0,
        entities=("dorvan", "mara quill"),
        predicate="check",
    )
    went = make_claim(
        "b",
        "Mara Quill checked into rehab in Brisk.",
        0,
        entities=("mara quill", "brisk"),
        predicate="check",
    )
    keys = {"a": {"dorvan", "mara quill"}, "b": {"mara quill", "brisk"}}
    assert entity_conflict(left, went, _KINDS, keys) is None


def test_a_region_owning_a_named_place_is_no_rival_town() -> None:
    town = make_claim(
        "a",
        "Mara Quill checked into the Halden Center in Brisk.",
        0,
        entities=("mara quill", "brisk"),
        predicate="check",
    )
    region = make_claim(
        "b",
        "Mara Quill checked into Calveria's Halden Center late Thursday.",
        0,
        entities=("mara quill", "calveria"),
        predicate="check",
    )
    keys = {"a": {"mara quill", "brisk"}, "b": {"mara quill", "calveria"}}
    assert entity_conflict(town, region, _KINDS, keys) is None


def test_an_act_at_a_place_and_one_after_leaving_it_are_two_acts() -> None:
    there = make_claim(
        "a",
        "Mara Quill has checked into rehab in Dorvan.",
        0,
        entities=("mara quill", "dorvan"),
        predicate="check",
    )
    after = make_claim(
        "b",
        "After she left a rehab facility in Dorvan, Mara Quill has checked into the Halden Center.",
        0,
        entities=("mara quill", "dorvan", "halden center"),
        predicate="check",
    )
    assert different_acts(there, after)


def test_a_name_the_other_article_writes_longer_is_no_rival() -> None:
    short = make_claim(
        "a",
        "Vane was celebrated in the 2006 Skyline movie, The Long Road.",
        0,
        entities=("skyline",),
        predicate="celebrate",
    )
    other = make_claim(
        "b",
        "a feature film starring Lena Moor as Vane",
        0,
        entities=("orbis media inc",),
        predicate="star",
    )
    kinds = {"skyline": "organization", "orbis media inc": "organization"}
    kinds["skyline films"] = "organization"
    keys = {"a": {"skyline"}, "b": {"orbis media inc", "skyline films"}}
    assert entity_conflict(short, other, kinds, keys) is None
