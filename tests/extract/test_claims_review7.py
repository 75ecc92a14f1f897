"""Claims: "but" clauses before a closing "X said", and contrastive "while" clauses."""

from __future__ import annotations

from corrobora.model import Attribution, SourceKind, Span

from .conftest import ParseArticle
from .test_claims import by_text, claims_of

OFFER = (
    "Corvane Industries has offered $4.8 billion for Brightwater Sensors, but "
    "Brightwater's board did not agree to the offer, a Brightwater spokesman said on Monday."
)
RECORD = (
    "The temperature at Marrowgate airport reached 41.2C on Tuesday, but it did not "
    "break the national record, the National Weather Office said."
)
SEATS = (
    "The Civic Union took 38 of the 71 seats with 41.2 percent of the vote, "
    "while the Green Coast Alliance won 25 seats."
)


def test_a_negated_but_clause_before_the_speaker_is_a_claim(parse_article: ParseArticle) -> None:
    """The "but" clause has its own subject and negation: it can conflict with "agreed"."""
    claims = claims_of(parse_article, OFFER)
    assert [c.text for c in claims] == [
        "Corvane Industries has offered $4.8 billion for Brightwater Sensors",
        "Brightwater's board did not agree to the offer, a Brightwater spokesman said on Monday",
    ]
    offer, refusal = claims
    assert (offer.predicate, offer.negated) == ("offer", False)
    assert (refusal.predicate, refusal.negated) == ("agree", True)
    assert [q.text for q in offer.quantities] == ["$4.8 billion"]
    assert refusal.quantities == ()
    assert refusal.dates == ()  # "on Monday" dates the statement


def test_a_second_reported_clause_after_but_is_a_claim(parse_article: ParseArticle) -> None:
    """The parser makes both clauses complements of "said": the second is split all the same."""
    claims = claims_of(parse_article, RECORD)
    reached = by_text(claims, "reached 41.2C")
    denial = by_text(claims, "did not break")
    assert reached.text == "The temperature at Marrowgate airport reached 41.2C on Tuesday"
    assert (reached.predicate, reached.negated) == ("reach", False)
    assert [d.text for d in reached.dates] == ["Tuesday"]
    assert denial.text == "it did not break the national record, the National Weather Office said"
    assert (denial.predicate, denial.negated) == ("break", True)


def test_the_closing_speaker_credits_the_split_clause(parse_article: ParseArticle) -> None:
    """An attribution whose content stops at the first clause still credits the second."""
    cue = RECORD.index("the National Weather Office said")
    attribution = Attribution(
        article_id="a",
        span=Span(cue, cue + len("the National Weather Office said")),
        content=Span(0, RECORD.index(", but")),
        source="National Weather Office",
        source_key="national weather office",
        kind=SourceKind.ORGANIZATION,
        cue="say",
    )
    claims = claims_of(parse_article, RECORD, attributions=(attribution,))
    assert [c.attribution for c in claims] == [attribution, attribution]


def test_a_contrastive_while_clause_is_a_claim_of_its_own(parse_article: ParseArticle) -> None:
    """One party's figures are not compared with another's."""
    claims = claims_of(parse_article, SEATS)
    assert [c.text for c in claims] == [
        "The Civic Union took 38 of the 71 seats with 41.2 percent of the vote",
        "the Green Coast Alliance won 25 seats",
    ]
    union, alliance = claims
    assert [q.text for q in union.quantities] == ["38", "71", "41.2 percent"]
    assert [q.text for q in alliance.quantities] == ["25"]
    assert union.entity_keys == ("civic union",)
    assert alliance.entity_keys == ("green coast alliance",)
    assert (union.predicate, alliance.predicate) == ("take", "win")


def test_whereas_and_a_reported_while_clause_are_split(parse_article: ParseArticle) -> None:
    text = (
        "Exports rose 4 percent in March, whereas imports fell 2 percent. "
        "The port handled 12 million tonnes in 2024, while the airport handled "
        "300,000 tonnes, the ministry said."
    )
    assert [c.text for c in claims_of(parse_article, text)] == [
        "Exports rose 4 percent in March",
        "imports fell 2 percent",
        "The port handled 12 million tonnes in 2024",
        "the airport handled 300,000 tonnes, the ministry said",
    ]


def test_a_while_of_time_stays_with_its_event(parse_article: ParseArticle) -> None:
    """ "while they were unloading" tells when the workers were hurt."""
    text = (
        "Two workers were hurt while they were unloading a ship. "
        "The minister was injured, while he was travelling to Brest."
    )
    claims = claims_of(parse_article, text)
    assert [c.text for c in claims] == [
        "Two workers were hurt while they were unloading a ship.",
        "The minister was injured, while he was travelling to Brest.",
    ]


def test_a_conjunct_begun_inside_a_word_is_not_split(parse_article: ParseArticle) -> None:
    """A misparse that starts the second clause after "the port’s" keeps the sentence."""
    text = (
        "The Eastern Basin was closed on Wednesday, but the port’s two other terminals "
        "were working normally, the port authority said."
    )
    assert [c.text for c in claims_of(parse_article, text)] == [text]


def test_sentences_about_the_reporting_are_no_claims(parse_article: ParseArticle) -> None:
    """An announced statement and a reason for anonymity say nothing of the story."""
    text = (
        "Harlow Mining agreed to sell its copper unit, a person familiar with the matter said. "
        "The person asked not to be named because the sale has not been announced. "
        "He spoke on condition of anonymity. "
        "The company issued the following statement. "
        "At least 30 miners walked out, an official said on condition of anonymity. "
        "Union leaders agreed to meet anonymously in Tarnby."
    )
    assert [c.text for c in claims_of(parse_article, text)] == [
        "Harlow Mining agreed to sell its copper unit, a person familiar with the matter said.",
        "At least 30 miners walked out, an official said on condition of anonymity.",
        "Union leaders agreed to meet anonymously in Tarnby.",
    ]
