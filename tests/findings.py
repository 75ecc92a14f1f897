"""Helpers that look findings up in a JSON report by phrases of the articles."""

from __future__ import annotations

from typing import Any

Doc = dict[str, Any]


def article_ids_by(story: Doc, key: str) -> dict[str, str]:
    """Map a field of each article (e.g. its path's file name) to the article id."""
    return {a[key]: a["id"] for a in story["articles"]}


def support_has(fact: Doc, article_id: str, phrase: str) -> bool:
    phrase = phrase.casefold()
    return any(
        s["article"] == article_id and phrase in s["text"].casefold() for s in fact["support"]
    )


def facts_with(story: Doc, phrases: dict[str, str]) -> list[Doc]:
    """Facts whose support includes, for every article id given, a span containing the phrase."""
    return [
        fact
        for fact in story["facts"]
        if all(support_has(fact, article_id, phrase) for article_id, phrase in phrases.items())
    ]


def quote_groups_with(story: Doc, phrases: dict[str, str]) -> list[Doc]:
    found = []
    for group in story["quotes"]:
        ok = all(
            any(
                v["article"] == article_id and phrase.casefold() in v["text"].casefold()
                for v in group["variants"]
            )
            for article_id, phrase in phrases.items()
        )
        if ok:
            found.append(group)
    return found
