"""The JSON document: a stable, documented schema (see docs/json-schema.md).

Every key is always present (null when unknown); lists are in a fixed order, so the
same reconciliation always serializes to the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .. import __version__
from ..model import (
    Attribution,
    Conflict,
    Coverage,
    DiffChunk,
    Evidence,
    Fact,
    ProvenanceEdge,
    QuoteGroup,
    Span,
    StorySummary,
    Support,
    TimelineEntry,
)
from .common import STATUS_ORDER, StoryReport, StoryView, iso_time, views

SCHEMA_VERSION = 1
"""Bumped whenever a key is renamed or removed, or its meaning changes."""


def _span(span: Span) -> list[int]:
    return [span.start, span.end]


def _articles(view: StoryView) -> list[dict[str, Any]]:
    rows = []
    for article_id in view.article_ids:
        article = view.articles.get(article_id)
        link = view.copies.get(article_id)
        rows.append(
            {
                "id": article_id,
                "number": view.number(article_id),
                "label": view.label(article_id),
                "outlet": article.outlet if article else None,
                "title": article.title if article else None,
                "url": article.url if article else None,
                "published": iso_time(article.published) if article else None,
                "language": article.language if article else None,
                "path": article.path if article else None,
                "chars": len(article.text) if article else None,
                "copy_of": link.copy_of if link else None,
                "copy_similarity": link.similarity if link else None,
            }
        )
    return rows


def _support(support: Support) -> dict[str, Any]:
    return {
        "article": support.article_id,
        "claim": support.claim_id,
        "span": _span(support.span),
        "text": support.text,
        "origin": support.origin,
        "is_copy": support.is_copy,
    }


def _evidence(evidence: Evidence) -> dict[str, Any]:
    return {"article": evidence.article_id, "span": _span(evidence.span), "text": evidence.text}


def _conflict(conflict: Conflict) -> dict[str, Any]:
    return {
        "kind": str(conflict.kind),
        "nature": str(conflict.nature),
        "detail": conflict.detail,
        "values": [_evidence(value) for value in conflict.values],
    }


def _fact(view: StoryView, fact: Fact) -> dict[str, Any]:
    return {
        "id": fact.id,
        "label": view.fact_numbers[fact.id],
        "text": fact.text,
        "status": str(fact.status),
        "independent_support": fact.independent_support,
        "origins": list(fact.origins),
        "support": [_support(s) for s in view.ordered_support(fact)],
        "conflicts": [_conflict(c) for c in fact.conflicts],
        "first_reported": fact.first_reported,
        "confidence": fact.confidence,
        "confidence_reason": fact.confidence_reason,
        "timeline": [
            {"article": event.article_id, "event": view.event_name(fact, event)}
            for event in fact.timeline
        ],
        "related": list(fact.related),
    }


def _diff(chunk: DiffChunk) -> dict[str, Any]:
    return {"op": str(chunk.op), "a": chunk.a, "b": chunk.b}


def _quote(group: QuoteGroup) -> dict[str, Any]:
    return {
        "id": group.id,
        "speaker": group.speaker,
        "speaker_key": group.speaker_key,
        "identical": group.identical,
        "variants": [
            {
                "article": variant.article_id,
                "text": variant.text,
                "span": _span(variant.span),
                "parts": [_span(part) for part in variant.parts or (variant.span,)],
                "diff": [_diff(chunk) for chunk in variant.diff],
                "speaker": variant.speaker,
                "speaker_key": variant.speaker_key,
            }
            for variant in group.variants
        ],
    }


def _attribution(view: StoryView, attribution: Attribution) -> dict[str, Any]:
    text = view.text(attribution.article_id)
    fits = text is not None and attribution.span.end <= len(text)
    return {
        "article": attribution.article_id,
        "source": attribution.source,
        "source_key": attribution.source_key,
        "kind": str(attribution.kind),
        "cue": attribution.cue,
        "span": _span(attribution.span),
        "content": _span(attribution.content),
        "text": attribution.span.slice(text) if fits and text is not None else None,
    }


def _coverage(view: StoryView) -> list[dict[str, Any]]:
    ordered: list[Coverage] = sorted(
        view.rec.coverage, key=lambda c: (view.number(c.article_id), c.article_id)
    )
    return [
        {"article": c.article_id, "included": list(c.included), "omitted": list(c.omitted)}
        for c in ordered
    ]


def _timeline(entry: TimelineEntry) -> dict[str, Any]:
    return {
        "article": entry.article_id,
        "published": iso_time(entry.published),
        "outlet": entry.outlet,
        "first_reports": list(entry.first_reports),
        "copy_of": entry.copy_of,
    }


def _provenance(edge: ProvenanceEdge) -> dict[str, Any]:
    return {"source": edge.source, "target": edge.target, "relation": edge.relation}


def _counts(view: StoryView) -> dict[str, int]:
    counts = {
        "articles": len(view.article_ids),
        "outlets": view.outlet_count(),
        "copies": len(view.copies),
        "facts": len(view.facts),
    }
    counts.update({str(s): len(view.facts_with_status(s)) for s in STATUS_ORDER})
    counts["quotes"] = len(view.quotes)
    counts["attributions"] = len(view.rec.attributions)
    return counts


def story_document(view: StoryView) -> dict[str, Any]:
    """Return the JSON object of one story."""
    story = view.story
    attributions = sorted(
        view.rec.attributions,
        key=lambda a: (view.number(a.article_id), a.article_id, a.span, a.content, a.source_key),
    )
    edges = view.provenance()
    return {
        "id": story.id,
        "title": story.title,
        "first_seen": iso_time(story.first_seen),
        "last_seen": iso_time(story.last_seen),
        "counts": _counts(view),
        "origin_names": dict(sorted(view.origin_names.items())),
        "articles": _articles(view),
        "facts": [_fact(view, fact) for fact in view.facts],
        "quotes": [_quote(group) for group in view.quotes],
        "attributions": [_attribution(view, a) for a in attributions],
        "coverage": _coverage(view),
        "timeline": [_timeline(entry) for entry in view.timeline()],
        "provenance": [_provenance(edge) for edge in edges],
    }


def to_document(reports: Sequence[StoryReport]) -> dict[str, Any]:
    """Return the JSON document of ``reports`` as plain dicts and lists.

    Args:
        reports: the reconciled stories, in the order they should appear.

    Returns:
        ``{"corrobora": version, "schema": 1, "stories": [...]}``, as described in
        docs/json-schema.md.
    """
    return {
        "corrobora": __version__,
        "schema": SCHEMA_VERSION,
        "stories": [story_document(view) for view in views(reports)],
    }


def render_json(reports: Sequence[StoryReport]) -> str:
    """Return the JSON document of ``reports`` as indented, UTF-8-friendly text."""
    return json.dumps(to_document(reports), indent=2, ensure_ascii=False)


def story_list_json(summaries: Sequence[StorySummary]) -> list[dict[str, Any]]:
    """Return a story listing as JSON-ready dicts, in the order given."""
    return [
        {
            "id": s.id,
            "title": s.title,
            "articles": s.articles,
            "outlets": s.outlets,
            "first_seen": iso_time(s.first_seen),
            "last_seen": iso_time(s.last_seen),
        }
        for s in summaries
    ]
