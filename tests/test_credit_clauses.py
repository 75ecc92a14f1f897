"""Credits to an outlet through a relative clause or a participle ("first reported by X")."""

from __future__ import annotations

import pytest

from corrobora.extract.attribution import find_attributions
from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.extract.quotes import find_quotes
from corrobora.model import Article, Attribution, SourceKind
from corrobora.settings import DEFAULT_MODEL
from corrobora.text import article_id


def attributions_of(text: str, outlet: str = "Harbor Ledger") -> tuple[Attribution, ...]:
    """The attributions of ``text`` published by ``outlet``."""
    article = Article(
        id=article_id(text), text=text, title=text.split("\n", 1)[0], outlet=outlet, published=None
    )
    doc = parse(text, DEFAULT_MODEL)
    mentions = find_mentions(doc, article)
    return find_attributions(doc, article, mentions, find_quotes(doc, article, mentions))


def outlet_credits(found: tuple[Attribution, ...]) -> list[Attribution]:
    return [a for a in found if a.kind is SourceKind.OUTLET]


@pytest.mark.parametrize(
    ("text", "content", "span"),
    [
        (
            "The talks, first reported by the Meridian Post, are expected to resume next week.",
            "The talks",
            "reported by the Meridian Post",
        ),
        (
            "Negotiators confirmed talks that were first reported by the Meridian Post on Tuesday.",
            "talks",
            "reported by the Meridian Post",
        ),
        (
            "A draft deal, which the Meridian Post reported late on Tuesday, would cut tariffs.",
            "A draft deal",
            "the Meridian Post reported",
        ),
        (
            "A draft deal the Meridian Post reported on Tuesday would cut tariffs.",
            "A draft deal",
            "the Meridian Post reported",
        ),
    ],
)
def test_the_noun_a_reporting_clause_describes_is_credited_to_the_outlet(
    text: str, content: str, span: str
) -> None:
    credits = outlet_credits(attributions_of(text))
    assert len(credits) == 1, credits
    credit = credits[0]
    assert (credit.source, credit.source_key, credit.cue) == (
        "Meridian Post",
        "meridian post",
        "report",
    )
    assert credit.statement
    assert credit.content.slice(text) == content
    assert credit.span.slice(text) == span


def test_the_outlet_named_by_a_passive_clause_is_not_its_own_content() -> None:
    text = "The talks that were first reported by the Meridian Post on Tuesday resumed in Ostraven."
    credits = outlet_credits(attributions_of(text))
    assert [c.content.slice(text) for c in credits] == ["The talks"]


def test_an_outlet_named_earlier_is_credited_through_the_newspaper() -> None:
    text = (
        "The Lakeside Herald covers the port. The strike, first reported by the newspaper, "
        "ended on Monday."
    )
    credits = outlet_credits(attributions_of(text))
    assert [(c.source_key, c.content.slice(text)) for c in credits] == [
        ("lakeside herald", "The strike")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The man who reported the fire was taken to hospital.",
        "A bill reported by the committee on Tuesday would raise fuel taxes.",
        "A bill reported by the Harbor Committee would raise fuel taxes.",
        "The leak, first reported by Ana Lind, was fixed on Monday.",
        "Residents who reported the smell were evacuated.",
    ],
)
def test_a_clause_that_names_no_outlet_reporting_the_noun_credits_no_outlet(text: str) -> None:
    found = attributions_of(text)
    assert not outlet_credits(found)
    assert not [a for a in found if a.content.slice(text) in ("The man", "A bill", "The leak")]


def test_the_own_outlet_is_not_credited_by_a_relative_clause() -> None:
    text = "The talks, first reported by the Meridian Post, resumed on Monday."
    assert not outlet_credits(attributions_of(text, outlet="Meridian Post"))
