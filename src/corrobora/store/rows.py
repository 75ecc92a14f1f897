"""Rows of the store's tables: turning records into rows and checking them first.

Shared by the store's write methods on every database; every function takes an open
connection inside a transaction the caller manages, or none at all.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from corrobora.model import AnalyzedArticle, CopyLink, Reconciliation, Story
from corrobora.serialize import to_jsonable
from corrobora.store.backend import Db

BATCH = 500
"""Ids per ``IN (...)`` query and rows per page: under every SQLite variable limit."""


def present(db: Db, table: str, column: str, ids: Iterable[str]) -> set[str]:
    """Return which of ``ids`` occur in ``table.column`` (queried in batches)."""
    wanted = list(dict.fromkeys(ids))
    found: set[str] = set()
    for start in range(0, len(wanted), BATCH):
        batch = wanted[start : start + BATCH]
        marks = ", ".join("?" * len(batch))
        rows = db.execute(
            f"SELECT {column} FROM {table} WHERE {column} IN ({marks})",
            batch,
        ).fetchall()
        found.update(str(row[0]) for row in rows)
    return found


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 text of ``moment`` with the offset it has (None stays None)."""
    return None if moment is None else moment.isoformat()


def utc_iso(moment: datetime | None) -> str | None:
    """ISO text in UTC (so that it sorts as text); a naive time is kept as it is."""
    if moment is None:
        return None
    if moment.utcoffset() is None:
        return moment.isoformat()
    return moment.astimezone(UTC).isoformat()


def parse_time(text: str | None) -> datetime | None:
    """The datetime of ISO 8601 text written by :func:`iso` or :func:`utc_iso`."""
    return None if text is None else datetime.fromisoformat(text)


def json_text(value: Any) -> str:
    """Compact JSON text of plain values; NaN and infinity are refused."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def analysis_json(analysis: AnalyzedArticle) -> str:
    """The analysis as JSON, without the article and analyzer (stored in columns)."""
    data = to_jsonable(analysis)
    del data["article"], data["analyzer"]
    return json_text(data)


def check_stories(
    stories: Sequence[Story],
    copies: Sequence[CopyLink],
    reconciliations: Sequence[Reconciliation],
) -> None:
    """Refuse arguments that contradict each other, before anything is written.

    Raises:
        ValueError: A story id twice, an article in two stories, two copy links for one
            article, or a reconciliation of a story that is not given (or given twice).
    """
    story_ids: set[str] = set()
    owner: dict[str, str] = {}
    for story in stories:
        if story.id in story_ids:
            raise ValueError(f"story {story.id!r} is given twice")
        story_ids.add(story.id)
        for article_id in story.article_ids:
            if article_id in owner:
                raise ValueError(
                    f"article {article_id!r} is in two stories: {owner[article_id]!r} "
                    f"and {story.id!r}"
                )
            owner[article_id] = story.id
    copied: set[str] = set()
    for link in copies:
        if link.article_id in copied:
            raise ValueError(f"article {link.article_id!r} has two copy links")
        copied.add(link.article_id)
    reconciled: set[str] = set()
    for reconciliation in reconciliations:
        story_id = reconciliation.story.id
        if story_id not in story_ids:
            raise ValueError(f"reconciliation of story {story_id!r}, which is not given")
        if story_id in reconciled:
            raise ValueError(f"story {story_id!r} has two reconciliations")
        reconciled.add(story_id)


def referenced_articles(
    stories: Sequence[Story],
    copies: Sequence[CopyLink],
    reconciliations: Sequence[Reconciliation],
) -> set[str]:
    """Return the id of every article that the rows to be written will point to."""
    referenced = {article_id for story in stories for article_id in story.article_ids}
    referenced.update(c.article_id for c in copies)
    referenced.update(c.copy_of for c in copies)
    referenced.update(
        support.article_id for r in reconciliations for f in r.facts for support in f.support
    )
    return referenced


def insert_stories(db: Db, stories: Sequence[Story]) -> None:
    """Insert the ``stories`` and ``story_articles`` rows, counting distinct outlets."""
    db.executemany(
        "INSERT INTO stories (id, title, first_seen, last_seen, article_count, outlet_count)"
        " VALUES (?, ?, ?, ?, ?, 0)",
        [
            (s.id, s.title, utc_iso(s.first_seen), utc_iso(s.last_seen), len(s.article_ids))
            for s in stories
        ],
    )
    db.executemany(
        "INSERT INTO story_articles (story_id, article_id, position) VALUES (?, ?, ?)",
        [(s.id, article_id, n) for s in stories for n, article_id in enumerate(s.article_ids)],
    )
    db.execute(
        "UPDATE stories SET outlet_count = (SELECT count(DISTINCT a.outlet)"
        " FROM story_articles AS sa JOIN articles AS a ON a.id = sa.article_id"
        " WHERE sa.story_id = stories.id)"
    )


def insert_reconciliation(db: Db, reconciliation: Reconciliation) -> None:
    """Insert a reconciliation whole (JSON) and its facts and fact support as rows."""
    story_id = reconciliation.story.id
    db.execute(
        "INSERT INTO reconciliations (story_id, data) VALUES (?, ?)",
        (story_id, json_text(to_jsonable(reconciliation))),
    )
    db.executemany(
        "INSERT INTO facts (story_id, id, position, text, status, independent_support,"
        " support_count, origins, confidence, first_reported)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                story_id,
                fact.id,
                position,
                fact.text,
                fact.status.value,
                fact.independent_support,
                len(fact.support),
                json_text(list(fact.origins)),
                fact.confidence,
                fact.first_reported,
            )
            for position, fact in enumerate(reconciliation.facts)
        ],
    )
    db.executemany(
        "INSERT INTO fact_support (story_id, fact_id, position, article_id, claim_id,"
        " span_start, span_end, text, origin, is_copy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                story_id,
                fact.id,
                position,
                s.article_id,
                s.claim_id,
                s.span.start,
                s.span.end,
                s.text,
                s.origin,
                int(s.is_copy),
            )
            for fact in reconciliation.facts
            for position, s in enumerate(fact.support)
        ],
    )
