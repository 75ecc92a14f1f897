"""Factories for hand-built analyses used by the reconciliation tests."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from corrobora.model import (
    AnalyzedArticle,
    Article,
    Attribution,
    Claim,
    DateMention,
    EntityKind,
    Mention,
    Modality,
    Quantity,
    Quote,
    SourceKind,
    Span,
)
from corrobora.text import stable_id

STOP = {
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "on",
    "and",
    "or",
    "was",
    "were",
    "is",
    "be",
    "by",
    "for",
    "with",
    "at",
    "that",
    "it",
    "its",
    "his",
    "her",
    "their",
    "he",
    "she",
    "they",
    "from",
    "as",
    "after",
    "said",
    "has",
    "had",
    "have",
}


def terms_of(text: str) -> tuple[str, ...]:
    words = re.findall(r"[A-Za-z]+", text.lower())
    return tuple(dict.fromkeys(w.rstrip("s") if len(w) > 4 else w for w in words if w not in STOP))


def make_claim(
    article_id: str,
    text: str,
    start: int,
    *,
    entities: tuple[str, ...] = (),
    numbers: tuple[tuple[float, str], ...] = (),
    dates: tuple[tuple[date, date], ...] = (),
    negated: bool = False,
    modality: Modality = Modality.ASSERTED,
    predicate: str = "",
) -> Claim:
    span = Span(start, start + len(text))
    return Claim(
        id=stable_id(article_id, str(span.start), str(span.end)),
        article_id=article_id,
        span=span,
        text=text,
        sentence=0,
        terms=terms_of(text),
        entity_keys=entities,
        quantities=tuple(Quantity(span, str(v), v, u) for v, u in numbers),
        dates=tuple(DateMention(span, "x", a, b) for a, b in dates),
        negated=negated,
        modality=modality,
        predicate=predicate,
    )


def make_analysis(
    article_id: str,
    outlet: str,
    sentences: list[str],
    *,
    day: int = 1,
    claim_kwargs: dict[int, dict[str, object]] | None = None,
    attributions: list[tuple[int, str, SourceKind]] | None = None,
    quotes: list[tuple[str, str | None]] | None = None,
    mentions: list[tuple[str, EntityKind]] | None = None,
) -> AnalyzedArticle:
    """Build an analysis whose text is the sentences joined by spaces.

    ``attributions`` credit sentence i to a source; ``quotes`` are (quoted words,
    speaker key) appended as extra sentences.
    """
    claim_kwargs = claim_kwargs or {}
    parts: list[str] = []
    claims: list[Claim] = []
    offset = 0
    spans: list[Span] = []
    for i, sentence in enumerate(sentences):
        claims.append(make_claim(article_id, sentence, offset, **claim_kwargs.get(i, {})))  # type: ignore[arg-type]
        spans.append(Span(offset, offset + len(sentence)))
        parts.append(sentence)
        offset += len(sentence) + 1
    quote_records: list[Quote] = []
    for words, speaker in quotes or []:
        sentence = f'"{words}" said someone.'
        start = offset + 1
        span = Span(start, start + len(words))
        quote_records.append(
            Quote(article_id, span, (span,), words, speaker and speaker.title(), speaker, "say")
        )
        parts.append(sentence)
        offset += len(sentence) + 1
    text = " ".join(parts)
    atts = tuple(
        Attribution(article_id, spans[i], spans[i], name, name.lower(), kind, "according to")
        for i, name, kind in attributions or []
    )
    mention_records = tuple(
        Mention(Span(0, 1), name, name.lower(), kind) for name, kind in mentions or []
    )
    article = Article(
        id=article_id,
        text=text,
        title=sentences[0],
        outlet=outlet,
        published=datetime(2026, 3, day, 12, tzinfo=UTC),
    )
    return AnalyzedArticle(
        article=article,
        sentences=tuple(spans),
        mentions=mention_records,
        quotes=tuple(quote_records),
        attributions=atts,
        claims=tuple(claims),
    )


def counted(article_id: str, text: str, *figures: tuple[str, float, str]) -> Claim:
    """A claim whose quantities are the given (written form, value, unit) found in ``text``."""
    quantities = []
    for written, value, unit in figures:
        start = text.index(written)
        quantities.append(Quantity(Span(start, start + len(written)), written, value, unit))
    return Claim(
        id=f"{article_id}-claim",
        article_id=article_id,
        span=Span(0, len(text)),
        text=text,
        sentence=0,
        terms=terms_of(text),
        entity_keys=(),
        quantities=tuple(quantities),
    )
