"""The schema of a corrobora store, as named migrations applied in order.

Each migration has a name and its SQL for each database (the tables and columns are
the same in both; see :mod:`corrobora.store.schema_postgres` for the differences). A
store records the names it has applied in ``schema_migrations``; opening it applies
the missing ones, in this order, inside one transaction. A store that names a
migration this list does not know was written by a newer corrobora and is refused.
Never edit or reorder a published migration: add a new one at the end.
``docs/schema.md`` documents the tables and views.

Time columns hold ISO 8601 text. ``articles.published`` keeps the offset the source
gave; ``stories.first_seen``/``last_seen`` and ``added_at`` are in UTC so that they
sort as text.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from corrobora.store import schema_postgres as pg
from corrobora.store import schema_sqlite as lite

MIGRATIONS_TABLE = "schema_migrations"


class Migration(NamedTuple):
    """One named step of the schema, spelled for each database."""

    name: str
    sqlite: str
    postgresql: str

    def sql(self, dialect: str) -> str:
        """The SQL of this step for ``dialect`` (``sqlite`` or ``postgresql``)."""
        return self.sqlite if dialect == "sqlite" else self.postgresql


_READABLE_VIEWS = """
CREATE VIEW article_list AS
SELECT
    a.id,
    a.outlet,
    a.title,
    a.published,
    a.url,
    sa.story_id,
    s.title AS story_title,
    c.copy_of,
    c.similarity AS copy_similarity
FROM articles AS a
LEFT JOIN story_articles AS sa ON sa.article_id = a.id
LEFT JOIN stories AS s ON s.id = sa.story_id
LEFT JOIN copies AS c ON c.article_id = a.id
ORDER BY a.{order};

CREATE VIEW fact_evidence AS
SELECT
    fs.story_id,
    fs.fact_id,
    f.status,
    f.text AS fact,
    a.outlet,
    a.title,
    fs.article_id,
    fs.text AS words,
    fs.span_start,
    fs.span_end,
    fs.origin,
    fs.is_copy
FROM fact_support AS fs
JOIN facts AS f ON f.story_id = fs.story_id AND f.id = fs.fact_id
JOIN articles AS a ON a.id = fs.article_id
ORDER BY fs.story_id, f.position, fs.position;
"""

# The story listing's order (most recently seen first, undated last, then by id) read
# from an index, so a page of the listing does not sort every story.
_STORY_LISTING_INDEX = """
CREATE INDEX stories_recent ON stories ((last_seen IS NULL), last_seen DESC, id);
"""

# The newest ``touched`` counter of the blocking index, read once per incremental batch,
# found from an index instead of a scan of every posting.
_STORY_KEYS_TOUCHED_INDEX = """
CREATE INDEX story_keys_touched ON story_keys (touched);
"""

# The outline of a story's clustering state (what finding candidates reads), beside the
# state; rows written before it have none and are read through their state.
_STORY_OUTLINE = """
ALTER TABLE story_state ADD COLUMN outline TEXT;
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_initial", lite.INITIAL, pg.INITIAL),
    Migration("0002_incremental_stories", lite.INCREMENTAL_STORIES, pg.INCREMENTAL_STORIES),
    Migration("0003_full_text_search", lite.FULL_TEXT_SEARCH, pg.FULL_TEXT_SEARCH),
    Migration(
        "0004_readable_views",
        _READABLE_VIEWS.format(order="rowid"),
        _READABLE_VIEWS.format(order="seq"),
    ),
    Migration("0005_story_listing_index", _STORY_LISTING_INDEX, _STORY_LISTING_INDEX),
    Migration(
        "0006_story_keys_touched_index", _STORY_KEYS_TOUCHED_INDEX, _STORY_KEYS_TOUCHED_INDEX
    ),
    Migration("0007_story_outline", _STORY_OUTLINE, _STORY_OUTLINE),
)
"""Every migration, oldest first. Append only."""

CREATE_MIGRATIONS_TABLE = f"""
CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} (
    name        TEXT PRIMARY KEY,
    applied_at  TEXT NOT NULL
)
"""


class Table(NamedTuple):
    """A table a store copy carries over: its columns and an order to read it in.

    ``order`` None means the order the rows were added in (articles).
    """

    name: str
    columns: tuple[str, ...]
    order: str | None


TABLES: tuple[Table, ...] = (
    Table(
        "articles",
        ("id", "outlet", "title", "url", "published", "language", "path", "text", "added_at"),
        None,
    ),
    Table("analyses", ("article_id", "analyzer", "data"), "article_id"),
    Table(
        "stories",
        ("id", "title", "first_seen", "last_seen", "article_count", "outlet_count"),
        "id",
    ),
    Table("story_articles", ("story_id", "article_id", "position"), "story_id, position"),
    Table("copies", ("article_id", "copy_of", "similarity"), "article_id"),
    Table("reconciliations", ("story_id", "data"), "story_id"),
    Table(
        "facts",
        (
            "story_id",
            "id",
            "position",
            "text",
            "status",
            "independent_support",
            "support_count",
            "origins",
            "confidence",
            "first_reported",
        ),
        "story_id, position",
    ),
    Table(
        "fact_support",
        (
            "story_id",
            "fact_id",
            "position",
            "article_id",
            "claim_id",
            "span_start",
            "span_end",
            "text",
            "origin",
            "is_copy",
        ),
        "story_id, fact_id, position",
    ),
    Table("story_state", ("story_id", "first_seen", "last_seen", "data", "outline"), "story_id"),
    Table("story_keys", ("key", "story_id", "touched"), "key, story_id"),
    Table("story_aliases", ("old_id", "new_id", "reason", "at"), "old_id"),
    Table("stale_stories", ("story_id",), "story_id"),
)
"""Every table holding data, parents before children (the order a copy writes them)."""


def statements(sql: str) -> list[str]:
    """Split a block of SQLite SQL into complete statements (trigger bodies stay whole).

    ``sqlite3.Connection.executescript`` would do this too, but it commits first; the
    store runs a migration's statements one by one inside its own transaction instead.
    """
    result: list[str] = []
    pending = ""
    for piece in sql.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\r\n;"):
                result.append(pending.strip())
            pending = ""
    if pending.strip(" \t\r\n;"):
        raise ValueError(f"incomplete SQL statement: {pending.strip()[:60]!r}")
    return result
