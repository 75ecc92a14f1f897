"""A small factory of AnalyzedArticle records built by hand (no spaCy needed)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta

import pytest

from corrobora.model import (
    AnalyzedArticle,
    Article,
    Claim,
    DateMention,
    EntityKind,
    Mention,
    Quantity,
    Span,
)
from corrobora.text import article_id, canonical_key

# A general list of English function words, enough for hand-built claim terms.
STOP_WORDS = frozenset(
    """a about after again against all also an and any are as at be been before being
    between both but by can could did do does during each for from had has have he her
    here hers him his how i if in into is it its itself just last many me more most my no
    nor not now of off on once only or other our out over own said same says she should so
    some such than that the their them then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your""".split()  # noqa: SIM905 (a word list reads better as text)
)

_SENTENCE = re.compile(r"[^.!?]+[.!?]?")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")

BASE_TIME = datetime(2025, 3, 4, 9, 0, tzinfo=UTC)

#: (name, kind) or (name, kind, key): the key defaults to the name's canonical key;
#: giving it simulates coreference ("Marchetti" keyed like "Ilena Marchetti").
Entity = tuple[str, EntityKind] | tuple[str, EntityKind, str]
MakeArticle = Callable[..., AnalyzedArticle]


def at(hours: float) -> datetime:
    """A publication time ``hours`` after the base time."""
    return BASE_TIME + timedelta(hours=hours)


def _terms(sentence: str) -> tuple[str, ...]:
    words = (re.sub(r"'s$", "", w.lower()).strip("'") for w in _WORD.findall(sentence))
    return tuple(w for w in words if w and w not in STOP_WORDS)


def make_analyzed(
    text: str,
    *,
    title: str = "",
    outlet: str = "outlet",
    published: datetime | None = None,
    entities: Sequence[Entity] = (),
    dates: Sequence[tuple[str, date]] = (),
    salt: str = "",
) -> AnalyzedArticle:
    """Build an AnalyzedArticle: one claim per sentence, mentions of the given names.

    ``entities`` are (name, kind[, key]) tuples, longest names first; every occurrence
    of a name not inside an earlier one's mention becomes a mention. ``dates`` are
    (expression, day) pairs found the same way. ``salt`` makes the id differ for equal
    texts (not needed normally).
    """
    aid = article_id(text + salt)
    mentions: list[Mention] = []
    for entity in entities:
        name, kind = entity[0], entity[1]
        key = entity[2] if len(entity) == 3 else canonical_key(name)
        for match in re.finditer(rf"\b{re.escape(name)}\b", text):
            span = Span(match.start(), match.end())
            if not any(m.span.overlaps(span) for m in mentions):
                mentions.append(Mention(span, name, key, kind))
    mentions.sort(key=lambda m: m.span)
    date_mentions = [
        DateMention(Span(m.start(), m.end()), expression, day, day)
        for expression, day in dates
        for m in re.finditer(re.escape(expression), text)
    ]
    quantities = [
        Quantity(Span(m.start(), m.end()), m.group(), float(m.group()))
        for m in _NUMBER.finditer(text)
    ]
    sentences: list[Span] = []
    claims: list[Claim] = []
    for number, match in enumerate(_SENTENCE.finditer(text)):
        if not match.group().strip():
            continue
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        span = Span(start, match.end())
        sentences.append(span)
        claims.append(
            Claim(
                id=f"{aid}-{number}",
                article_id=aid,
                span=span,
                text=span.slice(text),
                sentence=len(sentences) - 1,
                terms=_terms(span.slice(text)),
                entity_keys=tuple(dict.fromkeys(m.key for m in mentions if span.contains(m.span))),
                quantities=tuple(q for q in quantities if span.contains(q.span)),
                dates=tuple(d for d in date_mentions if span.contains(d.span)),
            )
        )
    article = Article(
        id=aid, text=text, title=title, outlet=outlet, published=published, language="en"
    )
    return AnalyzedArticle(
        article=article,
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        quotes=(),
        attributions=(),
        claims=tuple(claims),
        quantities=tuple(quantities),
        dates=tuple(date_mentions),
    )


@pytest.fixture
def make_article() -> MakeArticle:
    """The :func:`make_analyzed` factory, as a fixture."""
    return make_analyzed
