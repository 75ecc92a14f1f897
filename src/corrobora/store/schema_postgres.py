"""The PostgreSQL spelling of each schema migration (see :mod:`corrobora.store.schema`).

The tables and columns are those of the SQLite schema, with the same names and the
same text representation of times and JSON, so that the shared store code and
``corrobora db copy`` work on both. The differences: ``DOUBLE PRECISION`` for real
numbers, ``COLLATE "C"`` on ids, keys and times (they compare and sort byte by byte,
as in SQLite, whatever the database's locale), an ``articles.seq`` column giving the
order articles were added in (SQLite uses its rowid), and two SQL functions the story
filters call. Published migrations are never edited: a change is a new migration.
"""

from __future__ import annotations

INITIAL = """
CREATE TABLE articles (
    id          TEXT COLLATE "C" PRIMARY KEY,
    seq         BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    outlet      TEXT NOT NULL,
    title       TEXT NOT NULL,
    url         TEXT,
    published   TEXT COLLATE "C",
    language    TEXT,
    path        TEXT,
    text        TEXT NOT NULL,
    added_at    TEXT COLLATE "C" NOT NULL
);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE analyses (
    article_id  TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    analyzer    TEXT NOT NULL,
    data        TEXT NOT NULL
);

CREATE TABLE stories (
    id            TEXT COLLATE "C" PRIMARY KEY,
    title         TEXT NOT NULL,
    first_seen    TEXT COLLATE "C",
    last_seen     TEXT COLLATE "C",
    article_count INTEGER NOT NULL,
    outlet_count  INTEGER NOT NULL
);
CREATE INDEX stories_last_seen ON stories (last_seen);

CREATE TABLE story_articles (
    story_id    TEXT COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    article_id  TEXT COLLATE "C" NOT NULL UNIQUE REFERENCES articles (id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (story_id, article_id)
);

CREATE TABLE copies (
    article_id  TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id),
    copy_of     TEXT COLLATE "C" NOT NULL REFERENCES articles (id),
    similarity  DOUBLE PRECISION NOT NULL
);
CREATE INDEX copies_copy_of ON copies (copy_of);

CREATE TABLE reconciliations (
    story_id    TEXT COLLATE "C" PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    data        TEXT NOT NULL
);

CREATE TABLE facts (
    story_id            TEXT COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    id                  TEXT COLLATE "C" NOT NULL,
    position            INTEGER NOT NULL,
    text                TEXT NOT NULL,
    status              TEXT NOT NULL,
    independent_support INTEGER NOT NULL,
    support_count       INTEGER NOT NULL,
    origins             TEXT NOT NULL,
    confidence          DOUBLE PRECISION NOT NULL,
    first_reported      TEXT COLLATE "C",
    PRIMARY KEY (story_id, id)
);
CREATE INDEX facts_status ON facts (status);

CREATE TABLE fact_support (
    story_id    TEXT COLLATE "C" NOT NULL,
    fact_id     TEXT COLLATE "C" NOT NULL,
    position    INTEGER NOT NULL,
    article_id  TEXT COLLATE "C" NOT NULL REFERENCES articles (id),
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
        SELECT string_agg(DISTINCT a.outlet, ', ' ORDER BY a.outlet)
        FROM fact_support AS fs JOIN articles AS a ON a.id = fs.article_id
        WHERE fs.story_id = f.story_id AND fs.fact_id = f.id
    ) AS outlets,
    f.origins
FROM facts AS f JOIN stories AS s ON s.id = f.story_id
ORDER BY s.last_seen DESC NULLS LAST, f.story_id, f.position;

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
ORDER BY s.last_seen DESC NULLS LAST, s.id;

-- ISO 8601 text -> fixed-width naive UTC text (sorts as text); NULL when unreadable.
-- A time without offset is UTC.
CREATE FUNCTION corrobora_utc_time(value TEXT) RETURNS TEXT
LANGUAGE plpgsql STABLE STRICT AS $$
BEGIN
    IF value ~ '([+-][0-9]{2}(:?[0-9]{2})?|Z)$' THEN
        RETURN to_char(value::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US');
    END IF;
    RETURN to_char(value::timestamp, 'YYYY-MM-DD"T"HH24:MI:SS.US');
EXCEPTION WHEN others THEN
    RETURN NULL;
END;
$$;

-- Case folding for comparisons: lower case, and the common letters whose folded form
-- is longer (as Python's str.casefold).
CREATE FUNCTION corrobora_casefold(value TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT replace(replace(replace(replace(replace(replace(replace(replace(
        lower(value), 'ß', 'ss'), 'ς', 'σ'), 'ſ', 's'), 'ﬀ', 'ff'), 'ﬁ', 'fi'),
        'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl')
$$;
"""

INCREMENTAL_STORIES = """
CREATE TABLE story_state (
    story_id    TEXT COLLATE "C" PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    first_seen  TEXT COLLATE "C",
    last_seen   TEXT COLLATE "C",
    data        TEXT NOT NULL
);

CREATE TABLE story_keys (
    key         TEXT COLLATE "C" NOT NULL,
    story_id    TEXT COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    touched     INTEGER NOT NULL,
    PRIMARY KEY (key, story_id)
);
CREATE INDEX story_keys_recent ON story_keys (key, touched);
CREATE INDEX story_keys_story ON story_keys (story_id);

CREATE TABLE story_aliases (
    old_id      TEXT COLLATE "C" PRIMARY KEY,
    new_id      TEXT COLLATE "C" NOT NULL,
    reason      TEXT NOT NULL,
    at          TEXT COLLATE "C" NOT NULL
);
CREATE INDEX story_aliases_new ON story_aliases (new_id);

CREATE TABLE stale_stories (
    story_id    TEXT COLLATE "C" PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE
);
"""

# Full-text search: a tsvector column computed by PostgreSQL from the text on every
# write (titles weigh more than bodies), with a GIN index.
FULL_TEXT_SEARCH = """
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, title), 'A')
    || setweight(to_tsvector('english'::regconfig, text), 'B')
) STORED;
CREATE INDEX articles_search ON articles USING gin (search);

ALTER TABLE facts ADD COLUMN search tsvector GENERATED ALWAYS AS (
    to_tsvector('english'::regconfig, text)
) STORED;
CREATE INDEX facts_search ON facts USING gin (search);
"""
