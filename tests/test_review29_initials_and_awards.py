"""Initials of a place, named awards and two denials of two things.

"the NY Post" is the "New York Post" (a place of two or more words at the start of an
outlet's or a body's name goes by its initials): one newspaper credited in two
articles is one origin. Two awards named for one act ("Medal of Merit", "Medal of
Courage") are rival names. Two wordings that each deny something do not agree when one
tells as done the act the other denies ("not taken into custody", "no shots were fired
when he was taken into custody").
"""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.analyze import analyze_article
from corrobora.extract.entities import initialed_lead, same_body
from corrobora.model import Claim, ConflictKind, SourceKind
from corrobora.reconcile.conflicts import negation_conflict
from corrobora.reconcile.origins import fuller_keys
from corrobora.settings import AnalyzeParams

from .stories import credit, fact_with, text_article, write_article


def _two(tmp_path: Path, first: str, second: str) -> None:
    write_article(tmp_path, "a.txt", "Daily Alpha", "2026-03-10T18:00:00", first)
    write_article(tmp_path, "b.txt", "Beta News", "2026-03-10T19:00:00", second)


def test_an_outlet_led_by_its_places_initials_is_one_origin(tmp_path: Path) -> None:
    _two(
        tmp_path,
        "Two dockworkers were arrested on Friday over the warehouse fire in Kessel harbour. "
        "The suspects belong to the Harbour Street crew, according to the New Kessel Gazette.",
        "Police arrested two men on Friday over the Kessel harbour warehouse fire. "
        "Both men belong to the Harbour Street crew, according to the NK Gazette.",
    )
    fact = fact_with(tmp_path, "Harbour Street crew")
    assert fact.origins == ("new kessel gazette",)
    assert fact.independent_support == 1


def test_a_credit_led_by_initials_is_keyed_by_the_name_in_full() -> None:
    found = fuller_keys(
        [credit("ny post", SourceKind.OUTLET), credit("new york post", SourceKind.OUTLET)]
    )
    assert found == {"ny post": "new york post"}


def test_initials_lead_only_a_name_whose_rest_is_alike() -> None:
    assert initialed_lead(["la", "times"], ["los", "angeles", "times"])
    assert initialed_lead(["dc", "police"], ["district", "of", "columbia", "police"])
    assert not initialed_lead(["la", "times"], ["los", "angeles", "herald"])
    assert not initialed_lead(["la", "times"], ["lagos", "times"])
    assert same_body("uk foreign office", "united kingdom foreign office")


def test_two_named_awards_for_one_act_are_an_entity_conflict(tmp_path: Path) -> None:
    _two(
        tmp_path,
        "Constable Ida Rusk was hurt on Friday when a van struck her patrol car in Vell "
        "Harbour. Last year, Rusk won the force's Medal of Merit after she pulled a driver "
        "from a burning car on the coast road.",
        "A van hit the patrol car of Constable Ida Rusk in Vell Harbour on Friday, the "
        "harbour police said. Last year, Rusk was awarded the town of Orrin's Medal of "
        "Courage after she pulled a driver from a burning car on the coast road.",
    )
    fact = fact_with(tmp_path, "burning car")
    assert len(fact.support) == 2
    (conflict,) = [c for c in fact.conflicts if c.kind is ConflictKind.ENTITY]
    assert conflict.detail == "medal of merit vs medal of courage (award)"


def test_one_award_named_alike_is_no_conflict(tmp_path: Path) -> None:
    _two(
        tmp_path,
        "Constable Ida Rusk was hurt on Friday when a van struck her patrol car in Vell "
        "Harbour. Last year, Rusk won the force's Medal of Merit after she pulled a driver "
        "from a burning car on the coast road.",
        "A van hit the patrol car of Constable Ida Rusk in Vell Harbour on Friday, the "
        "harbour police said. Last year, Rusk was awarded the Medal of Merit after she "
        "pulled a driver from a burning car on the coast road.",
    )
    fact = fact_with(tmp_path, "burning car")
    assert len(fact.support) == 2
    assert not [c for c in fact.conflicts if c.kind is ConflictKind.ENTITY]


def _claim(text: str, words: str) -> Claim:
    """The one claim of ``text`` (an article of its own) that holds ``words``."""
    analysis = analyze_article(text_article(text, "Daily Alpha"), AnalyzeParams())
    (claim,) = [c for c in analysis.claims if words in c.text]
    return claim


_NOT_HELD = (
    "Police said they know who drove the van, although the driver was not immediately "
    "taken into custody."
)


def test_a_denial_of_another_thing_tells_the_denied_act_done() -> None:
    denied = _claim(_NOT_HELD, "custody")
    other = _claim("No shots were fired when Arno Pike was taken into custody, he added.", "shots")
    assert denied.negated and other.negated
    conflict = negation_conflict(denied, other)
    assert conflict is not None
    assert conflict.kind is ConflictKind.NEGATION
    assert [v.text for v in conflict.values] == [denied.text, other.text]


def test_two_denials_of_one_act_agree() -> None:
    denied = _claim(_NOT_HELD, "custody")
    other = _claim("Arno Pike has not been taken into custody yet.", "custody")
    assert negation_conflict(denied, other) is None
