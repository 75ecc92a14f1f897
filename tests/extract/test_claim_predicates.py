"""Claims: the predicate, what a claim asserts happened or holds."""

from __future__ import annotations

from .conftest import ParseArticle
from .test_claims import claims_of


def predicates(parse_article: ParseArticle, text: str) -> list[str]:
    return [c.predicate for c in claims_of(parse_article, text)]


def test_the_predicate_is_the_main_verb_lemma(parse_article: ParseArticle) -> None:
    text = "Three workers were killed at the Orvik depot. The Pell bridge reopened on Monday."
    assert predicates(parse_article, text) == ["kill", "reopen"]


def test_a_phrasal_verb_keeps_its_particle(parse_article: ParseArticle) -> None:
    text = "Firefighters put out the blaze at the Kestrel plant on Tuesday."
    assert predicates(parse_article, text) == ["put out"]


def test_a_reported_clause_gives_its_own_verb(parse_article: ParseArticle) -> None:
    """ "X said that A": the claim asserts A, so A's verb is its predicate."""
    text = "The harbour master said that the ferry had sunk near the Saltmere pier."
    assert predicates(parse_article, text) == ["sink"]


def test_a_copula_gives_way_to_its_complement(parse_article: ParseArticle) -> None:
    text = "The council's next decision on the Tarrow bypass is due on April 23."
    assert predicates(parse_article, text) == ["due"]


def test_a_part_split_off_asserts_the_verb_it_shares(parse_article: ParseArticle) -> None:
    """ "... in the air and in the Vessa river, which runs past the plant": both parts
    say what the agency sent a team to do."""
    text = (
        "The Keldonian Environment Agency said it had sent a team to measure chlorine "
        "levels in the air and in the Vessa river, which runs past the Ostmark plant."
    )
    found = predicates(parse_article, text)
    assert len(found) == 2
    assert "" not in found


def test_an_appositive_has_no_predicate_of_its_own(parse_article: ParseArticle) -> None:
    text = "The blaze was started by Piet Holm, a former guard at the depot who was dismissed."
    assert predicates(parse_article, text) == ["start", ""]


def test_a_date_of_another_event_is_not_the_claims(parse_article: ParseArticle) -> None:
    """ "after passing a medical last Thursday" and "which broke out on Monday" date
    other events than the signing and the putting out."""
    signed, put_out = claims_of(
        parse_article,
        "Varenne signed a five-year contract on Wednesday after passing a medical on "
        "Thursday. The fire, which broke out on Monday, was put out on Tuesday.",
    )
    assert [d.text for d in signed.dates] == ["Wednesday"]
    assert [d.text for d in put_out.dates] == ["Tuesday"]


def test_a_phrase_that_names_keeps_its_dates(parse_article: ParseArticle) -> None:
    """ "the one used in Norway in 2019" describes the model; 2019 is part of it."""
    (claim,) = claims_of(parse_article, "They chose a model like the one used in Norway in 2019.")
    assert [d.text for d in claim.dates] == ["2019"]


def test_the_frame_of_a_speech_act_gives_no_terms(parse_article: ParseArticle) -> None:
    """When, where and to whom a source spoke is not what it said; who spoke stays."""
    (claim,) = claims_of(
        parse_article,
        "Fire chief Hana Welk told reporters at the scene on Tuesday evening that seven "
        "people had died in the leak.",
    )
    assert {"seven", "die", "leak"} <= set(claim.terms)
    assert not {"reporter", "scene", "tuesday", "evening"} & set(claim.terms)
    assert "hana welk" in claim.entity_keys


def test_the_to_clause_of_a_request_is_not_asserted(parse_article: ParseArticle) -> None:
    """ "called on the minister to resign" asserts a call, not a resignation."""
    text = (
        "Opposition leader Erik Moberg called on Housing Minister Petra Landqvist to resign. "
        "The government urged the dockworkers to return to their posts."
    )
    assert predicates(parse_article, text) == ["call", "urge"]


def test_a_closing_cue_is_no_claim_of_its_own(parse_article: ParseArticle) -> None:
    """ "..., the authority announced on Thursday" credits the sentence; it states nothing."""
    text = (
        "Torvik Motors is recalling 86,400 Aster SUVs from the 2022 model year over a brake "
        "line that can rub against the steering rack and leak fluid, the National Vehicle "
        "Safety Authority announced on Thursday."
    )
    assert len(claims_of(parse_article, text)) == 1
