"""Claims: negative subjects and objects, datelines, and appositives of a speaker."""

from __future__ import annotations

from corrobora.model import Claim

from .conftest import ParseArticle
from .test_claims import by_text, claims_of


def negations(parse_article: ParseArticle, text: str) -> list[bool]:
    return [c.negated for c in claims_of(parse_article, text)]


def test_a_negative_object_negates_a_reported_clause(parse_article: ParseArticle) -> None:
    """ "found no X" states that X is absent: the opposite of "X leaked"."""
    text = (
        "Samples taken by the water board found no arsenic in Lake Varnholm, "
        "officials in Drest said on Friday."
    )
    assert negations(parse_article, text) == [True]


def test_negative_subjects_and_objects_negate_the_claim(parse_article: ParseArticle) -> None:
    """ "no", "nobody", "nothing", "none", "no one" and an existential "there was no"."""
    text = (
        "No residents of Quellin were evacuated. "
        "Nobody was injured in the blast at the Orvik depot. "
        "Divers found nothing near the Saltmere pier. "
        "None of the ferry crew was hurt. "
        "No one was hurt, the harbour master said. "
        "There was no smoke over the Tarrow valley."
    )
    assert negations(parse_article, text) == [True] * 6


def test_a_negative_argument_keeps_the_existing_negations(parse_article: ParseArticle) -> None:
    """An explicit "not", "no longer" and a denial still count, once each."""
    text = (
        "The Pell bridge did not reopen on Monday. "
        "The night bus no longer stops at Warrick. "
        "The council denied that no permit was issued for the Orbel mine. "
        "The Ravel plant was sold to a developer."
    )
    assert negations(parse_article, text) == [True, True, False, False]


def test_hedged_figures_and_idioms_are_not_negations(parse_article: ParseArticle) -> None:
    """ "no fewer than 40" hedges a figure; "no doubt", "in no time", "nothing but" do
    not negate the statement."""
    text = (
        "No fewer than 40 people were evacuated from Drest. "
        "No more than 12 trucks crossed the Pell bridge. "
        "Police found no fewer than 9 barrels at the depot. "
        "The ferry will dock no later than Friday. "
        "There is no doubt that the Orvik depot was closed. "
        "Crews cleared the road in no time. "
        "The search found nothing but debris near the pier. "
        "No one else but the harbour master attended the hearing."
    )
    assert negations(parse_article, text) == [False] * 8


def test_who_reports_a_clause_does_not_negate_it(parse_article: ParseArticle) -> None:
    """ "Nobody said that X" does not state that X is false."""
    text = "Nobody said that the Ravel plant was closed."
    assert negations(parse_article, text) == [False]


DATELINED = (
    "QUELLIN, May 11 (Northgate Wire) - About 300 residents were evacuated from Quellin "
    "after a gas leak late on Sunday, the county said."
)


def dateline_claim(parse_article: ParseArticle) -> Claim:
    (claim,) = claims_of(parse_article, DATELINED)
    return claim


def test_a_dateline_date_is_not_a_date_of_the_claim(parse_article: ParseArticle) -> None:
    """The dateline says when the story was filed, not when the evacuation happened."""
    claim = dateline_claim(parse_article)
    assert [d.text for d in claim.dates] == ["Sunday"]


def test_a_claim_starts_after_its_dateline(parse_article: ParseArticle) -> None:
    """The claim's text and terms leave out the dateline's place, date and agency."""
    claim = dateline_claim(parse_article)
    assert claim.text.startswith("About 300 residents were evacuated")
    assert claim.span.start == DATELINED.index("About")
    assert "northgate" not in claim.terms and "wire" not in claim.terms
    assert "northgate wire" not in claim.entity_keys


def test_a_dateline_before_split_clauses_starts_no_claim(parse_article: ParseArticle) -> None:
    text = (
        "ORVIK, June 3 (Northgate Wire) - Crews closed the coast road on Sunday, "
        "and the council approved an emergency budget."
    )
    claims = claims_of(parse_article, text)
    assert [c.text for c in claims] == [
        "Crews closed the coast road on Sunday",
        "the council approved an emergency budget",
    ]
    assert [d.text for d in claims[0].dates] == ["Sunday"]


def test_an_appositive_of_the_speaker_is_not_a_claim(parse_article: ParseArticle) -> None:
    """ "said X, chief engineer of Y": the title describes who speaks, no fact of its own."""
    texts = [
        '"The dam is holding," said Ilse Varga, chief engineer of the Tarrow Water Authority.',
        "The dam is holding, according to Ilse Varga, chief engineer of the Tarrow Water "
        "Authority.",
    ]
    for text in texts:
        (claim,) = claims_of(parse_article, text)
        assert claim.text == text


def test_an_appositive_that_is_not_the_speaker_is_still_split(
    parse_article: ParseArticle,
) -> None:
    text = "The blaze was started by Piet Holm, a former guard at the depot who was dismissed."
    claims = claims_of(parse_article, text)
    assert len(claims) == 2
    assert by_text(claims, "former guard").text.startswith("a former guard")
