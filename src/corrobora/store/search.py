"""Full-text search of articles and facts, with highlighted snippets.

A user's query is read by :func:`parse_query` into terms: each whitespace-separated
word, or a "quoted phrase". Every term must occur (words are matched whole, with
English stemming: "storms" finds "storm"). Nothing the user types is query syntax:
each term is handed to the database as a quoted string (SQLite FTS5) or through
``websearch_to_tsquery`` (PostgreSQL), so parentheses, colons, stars, minus signs or
``NEAR`` are plain text and can never make a query fail.

Snippets come back with the matched words marked; :class:`Snippet` holds the plain
text and the character offsets of each match, for any renderer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from corrobora.store.backend import Db, Dialect

SearchKind = Literal["articles", "facts", "stories"]
SEARCH_KINDS: tuple[SearchKind, ...] = ("stories", "facts", "articles")

WINDOW = 2000
"""On a large store, hits are ranked among this many most recently stored matches.

Ranking costs time in proportion to the matches; a word found in half the store would
otherwise make every search slow. (PostgreSQL ranks every matching fact: facts have no
order of storage there, and their short texts rank fast.)"""

OPEN, CLOSE = "\ue000", "\ue001"
"""Private-use characters marking a match in the snippets the databases return."""

_TERM = re.compile(r'"([^"]*)"|(\S+)')
_WORD_CHARACTER = re.compile(r"[^\W_]")
_SPACE = re.compile(r"\s+")
_ARTICLE_SNIPPET_WORDS = 24
_HEADLINE = (
    f"StartSel={OPEN}, StopSel={CLOSE}, MaxWords=35, MinWords=15, "
    'MaxFragments=2, FragmentDelimiter=" … "'
)
_WHOLE_HEADLINE = f"StartSel={OPEN}, StopSel={CLOSE}, HighlightAll=true"
"""Facts are a sentence long: shown whole."""


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A search query as terms that must all occur; see :func:`parse_query`."""

    terms: tuple[str, ...]

    def fts5(self) -> str:
        """The query in SQLite FTS5 syntax: each term a quoted string, all required."""
        return " ".join('"' + term.replace('"', '""') + '"' for term in self.terms)

    def websearch(self) -> str:
        """The query for PostgreSQL's ``websearch_to_tsquery``: each term a phrase."""
        return " ".join(f'"{term}"' for term in self.terms)


@dataclass(frozen=True, slots=True)
class Snippet:
    """A piece of matched text and where the matches are in it.

    Attributes:
        text: plain text (runs of white space shown as one space).
        highlights: ``(start, end)`` character offsets of each match in ``text``.
    """

    text: str
    highlights: tuple[tuple[int, int], ...]

    @classmethod
    def from_marked(cls, marked: str) -> Snippet:
        """Read a snippet whose matches are enclosed in :data:`OPEN` and :data:`CLOSE`."""
        parts: list[str] = []
        highlights: list[tuple[int, int]] = []
        position = 0
        start: int | None = None
        for piece in re.split(f"([{OPEN}{CLOSE}])", _SPACE.sub(" ", marked.strip())):
            if piece == OPEN:
                start = position
            elif piece == CLOSE:
                if start is not None and position > start:
                    highlights.append((start, position))
                start = None
            else:
                parts.append(piece)
                position += len(piece)
        return cls("".join(parts), tuple(highlights))


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result.

    Attributes:
        kind: ``article``, ``fact`` or ``story``.
        id: the article's id, the fact's id, or the story's id.
        story_id: the story it belongs to (None for an article not grouped yet).
        title: the article's title; for a fact or a story, the story's title.
        snippet: the matched text with its matches.
        outlet: the article's outlet (articles only).
        status: the fact's status: corroborated, single_source or conflicting (facts).
        matches: for a story, how many of its articles and facts matched.
    """

    kind: str
    id: str
    story_id: str | None
    title: str
    snippet: Snippet
    outlet: str | None = None
    status: str | None = None
    matches: int = 1


def parse_query(text: str) -> ParsedQuery:
    """Read a user's query: whitespace-separated words and "quoted phrases".

    Terms without a letter or digit (lone punctuation) are dropped, as are repeats.
    An unbalanced quote is read as plain text.

    Raises:
        ValueError: The query is empty, or has no letter or digit at all.
    """
    if not text.strip():
        raise ValueError("the search query is empty: give one or more words to look for")
    terms: list[str] = []
    for match in _TERM.finditer(text):
        raw = match.group(1) if match.group(1) is not None else match.group(2)
        term = _SPACE.sub(" ", raw.replace('"', " ")).strip()
        if _WORD_CHARACTER.search(term) and term not in terms:
            terms.append(term)
    if not terms:
        raise ValueError(f"the search query {text!r} has no word to look for (letters or digits)")
    return ParsedQuery(tuple(terms))


def run_search(
    db: Db, dialect: Dialect, query: ParsedQuery, *, kind: SearchKind, limit: int
) -> list[SearchHit]:
    """Run ``query`` on ``db``: the ``limit`` best hits of ``kind``, best first."""
    if kind == "articles":
        return _articles(db, dialect, query, limit)
    if kind == "facts":
        return _facts(db, dialect, query, limit)
    if kind == "stories":
        return _stories(db, dialect, query, limit)
    raise ValueError(f"unknown search kind {kind!r}; use one of {', '.join(SEARCH_KINDS)}")


# Ranking costs time in proportion to the matches, so only the WINDOW most recently
# stored matches are ranked: "rowid >= the WINDOW-th newest match" bounds the work.
_RECENT_MATCHES = """{table} MATCH ? AND rowid >= (
        SELECT coalesce(min(rowid), 0) FROM (
            SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?
        )
    )"""

_SQLITE_ARTICLES = """
WITH top AS (
    SELECT rowid AS doc, rank, snippet(article_search, -1, ?, ?, '…', ?) AS snippet
    FROM article_search WHERE {recent_matches}
    ORDER BY rank LIMIT ?
)
SELECT a.id, sa.story_id, a.title, a.outlet, top.snippet
FROM top
JOIN article_search_docs AS d ON d.doc = top.doc
JOIN articles AS a ON a.id = d.article_id
LEFT JOIN story_articles AS sa ON sa.article_id = a.id
ORDER BY top.rank
"""

_SQLITE_ARTICLES = _SQLITE_ARTICLES.format(
    recent_matches=_RECENT_MATCHES.format(table="article_search")
)

_POSTGRESQL_ARTICLES = """
WITH q AS (SELECT websearch_to_tsquery('english', ?) AS query),
recent AS MATERIALIZED (
    SELECT a.id FROM articles AS a
    WHERE a.search @@ websearch_to_tsquery('english', ?)
    ORDER BY a.seq DESC LIMIT ?
),
top AS (
    SELECT a.id, ts_rank_cd(a.search, q.query) AS score
    FROM recent JOIN articles AS a ON a.id = recent.id CROSS JOIN q
    ORDER BY score DESC, a.id LIMIT ?
)
SELECT a.id, sa.story_id, a.title, a.outlet,
    ts_headline('english', a.text, q.query, ?),
    ts_headline('english', a.title, q.query, ?)
FROM top
CROSS JOIN q
JOIN articles AS a ON a.id = top.id
LEFT JOIN story_articles AS sa ON sa.article_id = a.id
ORDER BY top.score DESC, a.id
"""

_SQLITE_FACTS = """
WITH top AS (
    SELECT rowid AS doc, rank, highlight(fact_search, 0, ?, ?) AS snippet
    FROM fact_search WHERE {recent_matches}
    ORDER BY rank LIMIT ?
)
SELECT f.id, f.story_id, s.title, f.status, top.snippet
FROM top
JOIN fact_search_docs AS d ON d.doc = top.doc
JOIN facts AS f ON f.story_id = d.story_id AND f.id = d.fact_id
JOIN stories AS s ON s.id = f.story_id
ORDER BY top.rank
"""

_SQLITE_FACTS = _SQLITE_FACTS.format(recent_matches=_RECENT_MATCHES.format(table="fact_search"))

_POSTGRESQL_FACTS = """
WITH q AS (SELECT websearch_to_tsquery('english', ?) AS query),
top AS (
    SELECT f.story_id, f.id, ts_rank_cd(f.search, q.query) AS score
    FROM facts AS f, q WHERE f.search @@ q.query
    ORDER BY score DESC, f.story_id, f.id LIMIT ?
)
SELECT f.id, f.story_id, s.title, f.status,
    ts_headline('english', f.text, q.query, ?)
FROM top
CROSS JOIN q
JOIN facts AS f ON f.story_id = top.story_id AND f.id = top.id
JOIN stories AS s ON s.id = f.story_id
ORDER BY top.score DESC, f.story_id, f.id
"""


def _articles(db: Db, dialect: Dialect, query: ParsedQuery, limit: int) -> list[SearchHit]:
    if dialect.name == "sqlite":
        match = query.fts5()
        rows = db.execute(
            _SQLITE_ARTICLES,
            (OPEN, CLOSE, _ARTICLE_SNIPPET_WORDS, match, match, WINDOW, limit),
        ).fetchall()
        marked = [row[4] for row in rows]
    else:
        words = query.websearch()
        rows = db.execute(
            _POSTGRESQL_ARTICLES,
            (words, words, WINDOW, limit, _HEADLINE, _WHOLE_HEADLINE),
        ).fetchall()
        # The body's best passage, or the title when only the title matched.
        marked = [row[4] if OPEN in row[4] else row[5] for row in rows]
    return [
        SearchHit(
            kind="article",
            id=str(row[0]),
            story_id=_text_or_none(row[1]),
            title=str(row[2]),
            outlet=str(row[3]),
            snippet=Snippet.from_marked(text),
        )
        for row, text in zip(rows, marked, strict=True)
    ]


def _facts(db: Db, dialect: Dialect, query: ParsedQuery, limit: int) -> list[SearchHit]:
    if dialect.name == "sqlite":
        match = query.fts5()
        rows = db.execute(_SQLITE_FACTS, (OPEN, CLOSE, match, match, WINDOW, limit)).fetchall()
    else:
        rows = db.execute(_POSTGRESQL_FACTS, (query.websearch(), limit, _WHOLE_HEADLINE)).fetchall()
    return [
        SearchHit(
            kind="fact",
            id=str(row[0]),
            story_id=str(row[1]),
            title=str(row[2]),
            status=str(row[3]),
            snippet=Snippet.from_marked(str(row[4])),
        )
        for row in rows
    ]


def _stories(db: Db, dialect: Dialect, query: ParsedQuery, limit: int) -> list[SearchHit]:
    """Stories ranked by the hits of their facts and articles (reciprocal rank fusion).

    Each fact or article hit at rank ``r`` adds ``1 / (r + 1)`` to its story; a story
    shows the snippet of its best hit. Hits are taken from a pool a few times ``limit``.
    """
    pool = max(limit * 5, 50)
    scores: dict[str, float] = {}
    best: dict[str, tuple[float, SearchHit]] = {}
    counts: dict[str, int] = {}
    for hits in (_facts(db, dialect, query, pool), _articles(db, dialect, query, pool)):
        for rank, hit in enumerate(hits):
            if hit.story_id is None:
                continue
            weight = 1.0 / (rank + 1)
            scores[hit.story_id] = scores.get(hit.story_id, 0.0) + weight
            counts[hit.story_id] = counts.get(hit.story_id, 0) + 1
            if hit.story_id not in best or weight > best[hit.story_id][0]:
                best[hit.story_id] = (weight, hit)
    ranked = sorted(scores, key=lambda story_id: (-scores[story_id], story_id))[:limit]
    titles = _story_titles(db, ranked)
    return [
        replace(
            best[story_id][1],
            kind="story",
            id=story_id,
            title=titles.get(story_id, best[story_id][1].title),
            outlet=None,
            status=None,
            matches=counts[story_id],
        )
        for story_id in ranked
    ]


def _story_titles(db: Db, story_ids: Sequence[str]) -> dict[str, str]:
    if not story_ids:
        return {}
    marks = ", ".join("?" * len(story_ids))
    rows = db.execute(f"SELECT id, title FROM stories WHERE id IN ({marks})", story_ids).fetchall()
    return {str(row[0]): str(row[1]) for row in rows}


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)
