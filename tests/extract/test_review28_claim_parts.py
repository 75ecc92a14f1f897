"""What one claim states: "A, not B", one act told in two verbs, a person's first name.

"It was a diesel generator, not a gas heater" says what it was and what it was not:
one claim, and the "not" that opposes the second phrase negates neither the verb nor
the first. "Two guards shot and killed an intruder" tells one act: "Two guards shot"
alone would state nothing. "Anton" after "Anton Brekke" in one article is he.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, Claim
from corrobora.settings import AnalyzeParams
from tests.stories import text_article


def _analyzed(text: str, outlet: str = "Harbour Post") -> AnalyzedArticle:
    return analyze_article(text_article(text, outlet), AnalyzeParams())


def _claim(found: AnalyzedArticle, words: str) -> Claim:
    (claim,) = [c for c in found.claims if words in c.text]
    return claim


# --- "A, not B" -------------------------------------------------------------------


def test_a_phrase_opposed_by_not_stays_in_its_claim_unnegated() -> None:
    found = _analyzed(
        "Investigators said it was a diesel generator, not a gas heater like the one "
        "that burned down the depot."
    )
    claim = _claim(found, "diesel generator")
    assert "not a gas heater like the one" in claim.text
    assert not claim.negated


def test_a_complement_opposed_by_not_negates_nothing() -> None:
    found = _analyzed("The cause of the blaze was a faulty heater, not arson.")
    assert not _claim(found, "faulty heater").negated


def test_a_figure_opposed_by_not_is_not_split_off() -> None:
    found = _analyzed("The victim was 17, not 16 as first reported by the police.")
    claim = _claim(found, "The victim was 17")
    assert "not 16 as first reported" in claim.text
    assert not claim.negated


def test_a_plain_negation_still_negates() -> None:
    found = _analyzed("The bridge was not closed on Monday, officials said.")
    assert _claim(found, "bridge").negated


# --- one act in two verbs of one object -------------------------------------------


def test_two_verbs_of_one_object_are_one_claim() -> None:
    found = _analyzed(
        "Two night guards shot and killed a 20-year-old intruder at the Velm depot on Friday."
    )
    claim = _claim(found, "shot and killed a 20-year-old intruder")
    assert claim.text.startswith("Two night guards")
    assert not any(c.text == "Two night guards shot" for c in found.claims)


def test_two_acts_each_with_its_object_are_still_two_claims() -> None:
    found = _analyzed("Rebels attacked the border town of Velm and killed 12 people.")
    assert _claim(found, "attacked the border town")
    assert "attacked" not in _claim(found, "killed 12 people").text


# --- a person's first name after the full name ------------------------------------


def test_a_bare_first_name_after_the_full_name_is_that_person() -> None:
    found = _analyzed(
        "A teacher, Anton Brekke, was injured in the blast. "
        "Anton was taken to hospital with head injuries."
    )
    keys = [m.key for m in found.mentions if m.text == "Anton"]
    assert keys == ["anton brekke"]
    assert "anton brekke" in _claim(found, "taken to hospital").entity_keys


def test_a_first_name_two_people_share_stays_unresolved() -> None:
    found = _analyzed(
        "Two teachers, Anton Brekke and Anton Lindqvist, were injured in the blast. "
        "Anton was taken to hospital with head injuries."
    )
    keys = {m.key for m in found.mentions if m.text == "Anton"}
    assert keys
    assert keys.isdisjoint({"anton brekke", "anton lindqvist"})
