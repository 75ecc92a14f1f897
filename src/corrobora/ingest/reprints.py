"""Ids for verbatim reprints: one text published by several outlets is several articles.

An article's id is a digest of its text (:func:`corrobora.text.article_id`), so reading
the same article twice changes nothing. A wire story that other outlets print word for
word has that same text, though, and each outlet's copy is an article of its own: it
counts in the coverage, and the copy detection links it to the original. The first
outlet seen with a text keeps the text's id (the one a store written before may already
hold); each other outlet's copy takes an id from the text and the outlet
(:func:`reprint_id`), so reading it again also changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import PurePath

from ..model import Article
from ..text import normalize_text, stable_id

__all__ = ["ReprintIds", "outlet_token", "reprint_id"]


def outlet_token(outlet: str) -> str:
    """The outlet's name as ids compare it: spacing and case folded."""
    return normalize_text(outlet).casefold()


def reprint_id(article: Article) -> str:
    """The id of ``article`` as one outlet's reprint of a text another outlet holds."""
    return stable_id(
        normalize_text(article.text).casefold(), "reprint", outlet_token(article.outlet)
    )


class ReprintIds:
    """Which outlet holds each text id; another outlet's article of that text is a reprint.

    Feed it the outlets of the ids a store already holds (:meth:`learn`), then pass each
    article read through :meth:`settle`, in reading order.
    """

    def __init__(self) -> None:
        self._holder: dict[str, str] = {}

    def knows(self, article_id: str) -> bool:
        """Whether the holder of ``article_id`` is known."""
        return article_id in self._holder

    def learn(self, holders: Mapping[str, str]) -> None:
        """Record the outlet that holds each text id (ids already known keep theirs)."""
        for article_id, outlet in holders.items():
            self._holder.setdefault(article_id, outlet_token(outlet))

    def settle(self, article: Article) -> Article:
        """``article`` under its text's id if its outlet holds the text, else its reprint id.

        The first outlet seen with a text holds it. An article whose outlet is only the
        name of its file (none was given, nor a URL) is the same article as any other of
        its text: two copies of one file are not two outlets' reports.
        """
        outlet = outlet_token(article.outlet)
        holder = self._holder.setdefault(article.id, outlet)
        if holder == outlet or _named_by_file(article):
            return article
        return replace(article, id=reprint_id(article))


def _named_by_file(article: Article) -> bool:
    """True when the article's outlet is the fallback from its file's name."""
    return article.url is None and outlet_token(article.outlet) == outlet_token(
        PurePath(article.path or "").stem
    )
