"""The SQLite schema of a corrobora store, as named migrations applied in order.

Each migration is a name and a block of SQL. A store records the names it has applied
in ``schema_migrations``; opening it applies the missing ones, in this order, inside
one transaction. A store that names a migration this list does not know was written by
a newer corrobora and is refused. Never edit or reorder a published migration: add a
new one at the end. ``docs/schema.md`` documents the tables and views below.

Time columns hold ISO 8601 text. ``articles.published`` keeps the offset the source
gave; ``stories.first_seen``/``last_seen`` and ``added_at`` are in UTC so that they
sort as text.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

MIGRATIONS_TABLE = "schema_migrations"


class Migration(NamedTuple):
    """One named step of the schema: SQL statements separated by semicolons."""

    name: str
    sql: str


_INITIAL = """
CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    outlet      TEXT NOT NULL,
    title       TEXT NOT NULL,
    url         TEXT,
    published   TEXT,
    language    TEXT,
    path        TEXT,
    text        TEXT NOT NULL,
    added_at    TEXT NOT NULL
);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE analyses (
    article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    analyzer    TEXT NOT NULL,
    data        TEXT NOT NULL
);

CREATE TABLE stories (
    id            TEXT PRIMARY KEY,
    title         TEXT NOT NULL,
    first_seen    TEXT,
    last_seen     TEXT,
    article_count INTEGER NOT NULL,
    outlet_count  INTEGER NOT NULL
);
CREATE INDEX stories_last_seen ON stories (last_seen);

CREATE TABLE story_articles (
    story_id    TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    article_id  TEXT NOT NULL UNIQUE REFERENCES articles (id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (story_id, article_id)
);

CREATE TABLE copies (
    article_id  TEXT PRIMARY KEY REFERENCES articles (id),
    copy_of     TEXT NOT NULL REFERENCES articles (id),
    similarity  REAL NOT NULL
);
CREATE INDEX copies_copy_of ON copies (copy_of);

CREATE TABLE reconciliations (
    story_id    TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    data        TEXT NOT NULL
);

CREATE TABLE facts (
    story_id            TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    id                  TEXT NOT NULL,
    position            INTEGER NOT NULL,
    text                TEXT NOT NULL,
    status              TEXT NOT NULL,
    independent_support INTEGER NOT NULL,
    support_count       INTEGER NOT NULL,
    origins             TEXT NOT NULL,
    confidence          REAL NOT NULL,
    first_reported      TEXT,
    PRIMARY KEY (story_id, id)
);
CREATE INDEX facts_status ON facts (status);

CREATE TABLE fact_support (
    story_id    TEXT NOT NULL,
    fact_id     TEXT NOT NULL,
    position    INTEGER NOT NULL,
    article_id  TEXT NOT NULL REFERENCES articles (id),
    claim_id    TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    origin      TEXT NOT NULL,
    is_copy     INTEGER NOT NULL,
    PRIMARY KEY (story_id, fact_id, position),
    FOREIGN KEY (story_id, fact_id) REFERENCES facts (story_id, id) ON DELETE CASCADE
);
CREATE INDEX fact_support_article ON fact_support (article_id);

CREATE VIEW fact_sources AS
SELECT
    f.story_id,
    s.title AS story_title,
    f.id AS fact_id,
    f.text,
    f.status,
    f.independent_support,
    f.support_count,
    (
        SELECT group_concat(outlet, ', ')
        FROM (
            SELECT DISTINCT a.outlet
            FROM fact_support AS fs JOIN articles AS a ON a.id = fs.article_id
            WHERE fs.story_id = f.story_id AND fs.fact_id = f.id
            ORDER BY a.outlet
        )
    ) AS outlets,
    f.origins
FROM facts AS f JOIN stories AS s ON s.id = f.story_id
ORDER BY s.last_seen DESC, f.story_id, f.position;

CREATE VIEW story_list AS
SELECT
    s.id,
    s.title,
    s.article_count,
    s.outlet_count,
    s.first_seen,
    s.last_seen,
    (SELECT count(*) FROM facts AS f WHERE f.story_id = s.id) AS facts,
    (SELECT count(*) FROM facts AS f
        WHERE f.story_id = s.id AND f.status = 'corroborated') AS corroborated,
    (SELECT count(*) FROM facts AS f
        WHERE f.story_id = s.id AND f.status = 'single_source') AS single_source,
    (SELECT count(*) FROM facts AS f
        WHERE f.story_id = s.id AND f.status = 'conflicting') AS conflicting
FROM stories AS s
ORDER BY s.last_seen DESC, s.id;
"""

_INCREMENTAL_STORIES = """
CREATE TABLE story_state (
    story_id    TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    first_seen  TEXT,
    last_seen   TEXT,
    data        TEXT NOT NULL
);

CREATE TABLE story_keys (
    key         TEXT NOT NULL,
    story_id    TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    touched     INTEGER NOT NULL,
    PRIMARY KEY (key, story_id)
) WITHOUT ROWID;
CREATE INDEX story_keys_recent ON story_keys (key, touched);
CREATE INDEX story_keys_story ON story_keys (story_id);

CREATE TABLE story_aliases (
    old_id      TEXT PRIMARY KEY,
    new_id      TEXT NOT NULL,
    reason      TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX story_aliases_new ON story_aliases (new_id);

CREATE TABLE stale_stories (
    story_id    TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE
);
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_initial", _INITIAL),
    Migration("0002_incremental_stories", _INCREMENTAL_STORIES),
)
"""Every migration, oldest first. Append only."""

CREATE_MIGRATIONS_TABLE = f"""
CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} (
    name        TEXT PRIMARY KEY,
    applied_at  TEXT NOT NULL
)
"""


def statements(sql: str) -> list[str]:
    """Split a block of SQL into complete statements (trigger bodies stay whole).

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
