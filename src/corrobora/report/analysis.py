"""What one article's analysis found, as a stable JSON document (``corrobora analyze``).

This module also holds the orderings, labels and short descriptions that the terminal
and HTML renderers of an analysis share, so the three formats list the same items in
the same order under the same labels (claims ``C1``, ``C2``…, quotes ``Q1``…).

Every span is ``[start, end]``: the half-open character range of the article text as
it was given to corrobora (see docs/analyze.md). Texts next to spans are either the
record's own text (mentions, quotes, claims) or the characters the span covers
(attributions); a span that does not fit the text gets ``null`` instead of a slice.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from .. import __version__
from ..model import (
    AnalyzedArticle,
    Attribution,
    Claim,
    DateMention,
    Mention,
    Quantity,
    Quote,
    Span,
)
from .common import iso_time

_SPLIT_SPAN = re.compile(r"\[\n\s*(-?\d+),\n\s*(-?\d+)\n\s*\]")

ANALYSIS_SCHEMA_VERSION = 1
"""Bumped whenever a key of the analysis document is renamed or removed, or changes meaning."""


class AnalysisView:
    """One analysis prepared for display: every list in reading order, with labels.

    Lists are sorted by span (then by a stable tie-break), so the output does not depend
    on the order the analyzer produced them in.

    Args:
        analysis: the analysis to prepare.
    """

    def __init__(self, analysis: AnalyzedArticle) -> None:
        self.analysis = analysis
        self.article = analysis.article
        self.text = analysis.article.text
        self.sentences = tuple(sorted(analysis.sentences))
        self.entities = tuple(
            sorted(analysis.mentions, key=lambda m: (m.span, m.key, str(m.kind), m.text))
        )
        self.quotes = tuple(
            sorted(analysis.quotes, key=lambda q: (q.span, q.parts, q.text, q.speaker_key or ""))
        )
        self.attributions = tuple(sorted(analysis.attributions, key=_attribution_key))
        self.claims = tuple(sorted(analysis.claims, key=lambda c: (c.span, c.id)))
        self.quantities = tuple(sorted(analysis.quantities, key=lambda q: (q.span, q.unit, q.text)))
        self.dates = tuple(sorted(analysis.dates, key=lambda d: (d.span, d.text)))
        self.labeled_claims = tuple((f"C{i}", c) for i, c in enumerate(self.claims, 1))
        self.labeled_quotes = tuple((f"Q{i}", q) for i, q in enumerate(self.quotes, 1))

    def slice(self, span: Span) -> str | None:
        """Return the characters ``span`` covers, or None when it runs past the text."""
        return span_text(self.text, span)

    def counts_line(self) -> str:
        """Return "4 sentences · 3 entities · 1 quote · 2 attributions · 4 claims"."""
        parts = [
            _count(len(self.sentences), "sentence"),
            _count(len(self.entities), "entity", "entities"),
            _count(len(self.quotes), "quote"),
            _count(len(self.attributions), "attribution"),
            _count(len(self.claims), "claim"),
            _count(len(self.quantities), "number"),
            _count(len(self.dates), "date"),
        ]
        return " · ".join(parts)


def _count(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _attribution_key(a: Attribution) -> tuple[Span, Span, str, str, str]:
    return (a.span, a.content, a.source_key, str(a.kind), a.cue)


def span_text(text: str, span: Span) -> str | None:
    """Return ``text[start:end]``, or None when the span runs past the end of ``text``."""
    return span.slice(text) if span.end <= len(text) else None


def span_label(span: Span) -> str:
    """Return the human form of a span, ``"12–40"`` (characters 12 up to, not including, 40)."""
    return f"{span.start}–{span.end}"


def quantity_label(quantity: Quantity) -> str:
    """Return "$2.5 billion = 2500000000 USD": the words, then the normalized value."""
    value = quantity.value
    if not math.isfinite(value):
        shown = "?"
    elif value.is_integer() and abs(value) < 1e15:
        shown = str(int(value))
    else:
        shown = repr(value)
    unit = f" {quantity.unit}" if quantity.unit else ""
    return f"{quantity.text} = {shown}{unit}"


def date_label(mention: DateMention) -> str:
    """Return "Sunday = 2025-03-02", "March = 2025-03-01…2025-03-31" or "later = ?"."""
    start, end = mention.start, mention.end
    if start is None and end is None:
        return f"{mention.text} = ?"
    if start == end or start is None or end is None:
        return f"{mention.text} = {_iso(start or end)}"
    return f"{mention.text} = {_iso(start)}…{_iso(end)}"


ACT_NOTE = "an act: no origin"
"""Shown by an attribution whose cue names an act (:attr:`Attribution.statement` False)."""


def attribution_label(attribution: Attribution) -> str:
    """Return "Harbor Gazette (outlet, "according to")"."""
    return f'{attribution.source} ({attribution.kind}, "{attribution.cue}")'


def claim_notes(claim: Claim) -> list[str]:
    """Return the short lines describing what the analysis found in a claim."""
    notes = [f"modality: {claim.modality}"]
    if claim.negated:
        notes.append("negated")
    if claim.quoted:
        notes.append("quoted")
    if claim.attribution is not None:
        notes.append(f"credited to {attribution_label(claim.attribution)}")
    for quantity in claim.quantities:
        notes.append(f"number {quantity_label(quantity)} [{span_label(quantity.span)}]")
    for mention in claim.dates:
        notes.append(f"date {date_label(mention)} [{span_label(mention.span)}]")
    if claim.entity_keys:
        notes.append("entities: " + ", ".join(claim.entity_keys))
    if claim.terms:
        notes.append("terms: " + " ".join(claim.terms))
    notes.append(f"sentence {claim.sentence + 1} · id {claim.id}")
    return notes


def views_of(analyses: Sequence[AnalyzedArticle]) -> list[AnalysisView]:
    """Return the display views of ``analyses`` in the order given."""
    return [AnalysisView(analysis) for analysis in analyses]


# -- JSON -------------------------------------------------------------------------------


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _number(value: float) -> float | None:
    return value if math.isfinite(value) else None


def _span(span: Span) -> list[int]:
    return [span.start, span.end]


def _entity(mention: Mention) -> dict[str, Any]:
    return {
        "span": _span(mention.span),
        "text": mention.text,
        "key": mention.key,
        "kind": str(mention.kind),
    }


def _quote(label: str, quote: Quote) -> dict[str, Any]:
    return {
        "label": label,
        "span": _span(quote.span),
        "parts": [_span(part) for part in quote.parts],
        "text": quote.text,
        "speaker": quote.speaker,
        "speaker_key": quote.speaker_key,
        "cue": quote.cue,
        "direct": quote.direct,
    }


def _attribution(view: AnalysisView, attribution: Attribution) -> dict[str, Any]:
    return {
        "span": _span(attribution.span),
        "content": _span(attribution.content),
        "source": attribution.source,
        "source_key": attribution.source_key,
        "kind": str(attribution.kind),
        "cue": attribution.cue,
        "statement": attribution.statement,
        "text": view.slice(attribution.span),
        "content_text": view.slice(attribution.content),
    }


def _quantity(quantity: Quantity) -> dict[str, Any]:
    return {
        "span": _span(quantity.span),
        "text": quantity.text,
        "value": _number(quantity.value),
        "unit": quantity.unit,
    }


def _date(mention: DateMention) -> dict[str, Any]:
    return {
        "span": _span(mention.span),
        "text": mention.text,
        "start": _iso(mention.start),
        "end": _iso(mention.end),
    }


def _claim(view: AnalysisView, label: str, claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "label": label,
        "span": _span(claim.span),
        "text": claim.text,
        "sentence": claim.sentence,
        "terms": list(claim.terms),
        "entity_keys": list(claim.entity_keys),
        "quantities": [_quantity(q) for q in sorted(claim.quantities, key=lambda q: q.span)],
        "dates": [_date(d) for d in sorted(claim.dates, key=lambda d: d.span)],
        "predicate": claim.predicate,
        "negated": claim.negated,
        "modality": str(claim.modality),
        "attribution": (
            None if claim.attribution is None else _attribution(view, claim.attribution)
        ),
        "quoted": claim.quoted,
    }


def article_document(view: AnalysisView) -> dict[str, Any]:
    """Return the JSON object of one analyzed article (see docs/analyze.md)."""
    article = view.article
    return {
        "id": article.id,
        "path": article.path,
        "outlet": article.outlet,
        "title": article.title,
        "url": article.url,
        "published": iso_time(article.published),
        "language": article.language,
        "analyzer": view.analysis.analyzer,
        "text_length": len(view.text),
        "counts": {
            "sentences": len(view.sentences),
            "entities": len(view.entities),
            "quotes": len(view.quotes),
            "attributions": len(view.attributions),
            "claims": len(view.claims),
            "quantities": len(view.quantities),
            "dates": len(view.dates),
        },
        "sentences": [_span(s) for s in view.sentences],
        "entities": [_entity(m) for m in view.entities],
        "quotes": [_quote(label, q) for label, q in view.labeled_quotes],
        "attributions": [_attribution(view, a) for a in view.attributions],
        "claims": [_claim(view, label, c) for label, c in view.labeled_claims],
        "quantities": [_quantity(q) for q in view.quantities],
        "dates": [_date(d) for d in view.dates],
        "text": view.text,
    }


def analysis_document(analyses: Sequence[AnalyzedArticle]) -> dict[str, Any]:
    """Return the analysis of ``analyses`` as plain dicts and lists.

    Args:
        analyses: the analyzed articles, in the order they should appear.

    Returns:
        ``{"corrobora": version, "schema": 1, "articles": [...]}``, as described in
        docs/analyze.md. Every key is always present; unknown values are ``null``.
    """
    return {
        "corrobora": __version__,
        "schema": ANALYSIS_SCHEMA_VERSION,
        "articles": [article_document(view) for view in views_of(analyses)],
    }


def render_analysis_json(analyses: Sequence[AnalyzedArticle]) -> str:
    """Return the analysis document of ``analyses`` as indented, UTF-8-friendly JSON text.

    Spans stay on one line (``[12, 40]``). The rewrite only touches brackets followed
    by a line break, which never occurs inside a JSON string (it would be ``\\n``).
    """
    text = json.dumps(analysis_document(analyses), indent=2, ensure_ascii=False)
    return _SPLIT_SPAN.sub(r"[\1, \2]", text)
