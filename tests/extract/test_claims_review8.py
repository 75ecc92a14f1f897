"""Claims: "not ... until" is no negation; a closing "X said" after a broken-up clause."""

from __future__ import annotations

import pytest

from corrobora.extract.attribution import find_attributions
from corrobora.extract.entities import find_mentions
from corrobora.extract.quotes import find_quotes
from corrobora.model import Attribution, SourceKind

from .conftest import ParseArticle
from .test_claims import claims_of

WILDFIRE = (
    "The wildfire that has burned east of Lindenmoor since Tuesday was started "
    "deliberately, police said on Friday."
)


def _attributions(parse_article: ParseArticle, text: str) -> tuple[Attribution, ...]:
    doc, article = parse_article(text)
    mentions = find_mentions(doc, article)
    return find_attributions(doc, article, mentions, find_quotes(doc, article, mentions))


@pytest.mark.parametrize(
    ("text", "predicate", "date"),
    [
        ("The company did not disclose the breach until September 2.", "disclose", "September 2"),
        ("The company didn't disclose the breach till September 2.", "disclose", "September 2"),
        ("The breach wasn't disclosed until September.", "disclose", "September"),
        ("The bridge will not reopen until Friday.", "reopen", "Friday"),
        ("The victims were not identified till Tuesday.", "identify", "Tuesday"),
    ],
)
def test_a_negation_until_a_time_is_no_negation(
    parse_article: ParseArticle, text: str, predicate: str, date: str
) -> None:
    """ "did not X until D" says X happened at D: it agrees with "X happened on D"."""
    (claim,) = claims_of(parse_article, text)
    assert (claim.predicate, claim.negated) == (predicate, False)
    assert [d.text for d in claim.dates] == [date]


def test_a_negation_until_a_clause_is_no_negation(parse_article: ParseArticle) -> None:
    (claim,) = claims_of(
        parse_article, "The company did not disclose the breach until it was sued."
    )
    assert (claim.predicate, claim.negated) == ("disclose", False)


def test_a_reported_negation_until_a_time_is_no_negation(parse_article: ParseArticle) -> None:
    text = "Officials did not learn of the attack until Monday, the ministry said."
    (claim,) = claims_of(parse_article, text)
    assert (claim.predicate, claim.negated) == ("learn", False)
    assert [d.text for d in claim.dates] == ["Monday"]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("He did not arrive before Friday.", "arrive"),  # "before" is not "until"
        ("The board did not agree to the offer.", "agree"),
        ("The missing hiker has not been found.", "find"),
        ("The bridge will not reopen on Friday.", "reopen"),
    ],
)
def test_other_negations_stay(parse_article: ParseArticle, text: str, predicate: str) -> None:
    (claim,) = claims_of(parse_article, text)
    assert (claim.predicate, claim.negated) == (predicate, True)


def test_a_delayed_disclosure_is_a_statement_not_a_refusal(parse_article: ParseArticle) -> None:
    """ "did not disclose X until D" credits the disclosure, as "disclosed X on D" does."""
    text = "The company did not disclose the breach until September 2."
    (attribution,) = _attributions(parse_article, text)
    assert (attribution.source_key, attribution.statement) == ("company", True)


def test_a_closing_speaker_credits_a_clause_with_a_relative_subject(
    parse_article: ParseArticle,
) -> None:
    """The parser reads "since Tuesday was started" inside the relative clause."""
    (attribution,) = _attributions(parse_article, WILDFIRE)
    assert (attribution.source, attribution.kind) == ("police", SourceKind.ORGANIZATION)
    assert attribution.statement
    assert attribution.content.slice(WILDFIRE) == (
        "The wildfire that has burned east of Lindenmoor since Tuesday was started deliberately"
    )


def test_a_clause_with_a_relative_subject_has_its_own_predicate(
    parse_article: ParseArticle,
) -> None:
    """Its predicate is "start"; Friday dates the saying and Tuesday the relative clause."""
    attributions = _attributions(parse_article, WILDFIRE)
    (claim,) = claims_of(parse_article, WILDFIRE, attributions)
    assert (claim.predicate, claim.negated) == ("start", False)
    assert claim.dates == ()
    assert claim.attribution is not None and claim.attribution.source_key == "police"
    assert "friday" not in claim.terms


@pytest.mark.parametrize(
    ("text", "predicate", "source", "dates"),
    [
        (
            "The ship that has been missing since Sunday was found near Orvik, "
            "the coast guard said on Monday.",
            "find",
            "coast guard",
            [],
        ),
        (
            "The road that has been closed since March will reopen next week, officials said.",
            "reopen",
            "officials",
            ["next week"],
        ),
    ],
)
def test_other_clauses_with_a_relative_subject(
    parse_article: ParseArticle, text: str, predicate: str, source: str, dates: list[str]
) -> None:
    attributions = _attributions(parse_article, text)
    (claim,) = claims_of(parse_article, text, attributions)
    assert claim.predicate == predicate
    assert [d.text for d in claim.dates] == dates
    assert claim.attribution is not None and claim.attribution.source_key == source


def test_a_date_of_the_broken_clause_stays(parse_article: ParseArticle) -> None:
    text = (
        "The wildfire that has burned east of Lindenmoor since Tuesday was started on "
        "Monday, police said on Friday."
    )
    (claim,) = claims_of(parse_article, text)
    assert claim.predicate == "start"
    assert [d.text for d in claim.dates] == ["Monday"]
