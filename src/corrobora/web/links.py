"""Addresses of the web pages, built in one place so that pages and tests agree."""

from __future__ import annotations

from urllib.parse import quote

from ..model import Span


def story_url(story_id: str, fact_label: str | None = None) -> str:
    """The story page, or one fact on it (``#F3``)."""
    url = f"/stories/{quote(story_id, safe='')}"
    return f"{url}#{fact_label}" if fact_label else url


def article_url(article_id: str, *, story_id: str | None = None, span: Span | None = None) -> str:
    """The article page; with ``span``, the page highlights those characters and jumps there."""
    params: list[str] = []
    if story_id:
        params.append(f"story={quote(story_id, safe='')}")
    if span is not None:
        params.append(f"start={span.start:d}&end={span.end:d}")
    url = f"/articles/{quote(article_id, safe='')}"
    if params:
        url += "?" + "&".join(params)
    return f"{url}#hl" if span is not None else url
