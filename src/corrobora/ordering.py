"""Publication order of articles, shared by every stage that needs "earliest first"."""

from __future__ import annotations

from datetime import UTC, datetime

from .model import Article


def utc(moment: datetime) -> datetime:
    """Return ``moment`` as an aware datetime; a naive one is taken to be UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def in_utc(moment: datetime) -> datetime:
    """Return ``moment`` converted to UTC; a naive one is taken to be UTC already."""
    return utc(moment).astimezone(UTC)


def chronological_key(article: Article) -> tuple[int, datetime, str]:
    """Sort key putting articles in publication order, then id; undated articles last.

    An undated article cannot be shown to be earlier than a dated one, so it sorts after
    every dated article; undated articles are ordered by id.
    """
    if article.published is None:
        return (1, datetime.min.replace(tzinfo=UTC), article.id)
    return (0, utc(article.published), article.id)
