"""The SQLite spelling of each schema migration (see :mod:`corrobora.store.schema`).

Published migrations are never edited: a change is a new migration at the end.
"""

from __future__ import annotations

INITIAL = """
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

INCREMENTAL_STORIES = """
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


# Full-text search (FTS5). Each index reads its text from the table it indexes, through
# a view keyed by a stable integer (``doc``): SQLite may renumber the rowids of tables
# without an INTEGER PRIMARY KEY (VACUUM), so the index never relies on them. Triggers
# keep the indexes in step with every write, whoever makes it.
FULL_TEXT_SEARCH = """
CREATE TABLE article_search_docs (
    doc         INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE
);
CREATE VIEW article_search_text AS
SELECT d.doc, a.title, a.text
FROM article_search_docs AS d JOIN articles AS a ON a.id = d.article_id;
CREATE VIRTUAL TABLE article_search USING fts5 (
    title, text,
    content = 'article_search_text', content_rowid = 'doc',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_search_docs (article_id) VALUES (new.id);
    INSERT INTO article_search (rowid, title, text)
    VALUES (last_insert_rowid(), new.title, new.text);
END;
CREATE TRIGGER article_search_delete BEFORE DELETE ON articles BEGIN
    INSERT INTO article_search (article_search, rowid, title, text)
    SELECT 'delete', d.doc, old.title, old.text
    FROM article_search_docs AS d WHERE d.article_id = old.id;
END;
CREATE TRIGGER article_search_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO article_search (article_search, rowid, title, text)
    SELECT 'delete', d.doc, old.title, old.text
    FROM article_search_docs AS d WHERE d.article_id = old.id;
    INSERT INTO article_search (rowid, title, text)
    SELECT d.doc, new.title, new.text FROM article_search_docs AS d WHERE d.article_id = new.id;
END;
INSERT INTO article_search_docs (article_id) SELECT id FROM articles ORDER BY rowid;
INSERT INTO article_search (article_search) VALUES ('rebuild');
INSERT INTO article_search (article_search, rank) VALUES ('rank', 'bm25(4.0, 1.0)');

CREATE TABLE fact_search_docs (
    doc         INTEGER PRIMARY KEY,
    story_id    TEXT NOT NULL,
    fact_id     TEXT NOT NULL,
    UNIQUE (story_id, fact_id),
    FOREIGN KEY (story_id, fact_id) REFERENCES facts (story_id, id) ON DELETE CASCADE
);
CREATE VIEW fact_search_text AS
SELECT d.doc, f.text
FROM fact_search_docs AS d JOIN facts AS f ON f.story_id = d.story_id AND f.id = d.fact_id;
CREATE VIRTUAL TABLE fact_search USING fts5 (
    text,
    content = 'fact_search_text', content_rowid = 'doc',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER fact_search_insert AFTER INSERT ON facts BEGIN
    INSERT INTO fact_search_docs (story_id, fact_id) VALUES (new.story_id, new.id);
    INSERT INTO fact_search (rowid, text) VALUES (last_insert_rowid(), new.text);
END;
CREATE TRIGGER fact_search_delete BEFORE DELETE ON facts BEGIN
    INSERT INTO fact_search (fact_search, rowid, text)
    SELECT 'delete', d.doc, old.text
    FROM fact_search_docs AS d WHERE d.story_id = old.story_id AND d.fact_id = old.id;
END;
CREATE TRIGGER fact_search_update AFTER UPDATE OF text ON facts BEGIN
    INSERT INTO fact_search (fact_search, rowid, text)
    SELECT 'delete', d.doc, old.text
    FROM fact_search_docs AS d WHERE d.story_id = old.story_id AND d.fact_id = old.id;
    INSERT INTO fact_search (rowid, text)
    SELECT d.doc, new.text
    FROM fact_search_docs AS d WHERE d.story_id = new.story_id AND d.fact_id = new.id;
END;
INSERT INTO fact_search_docs (story_id, fact_id) SELECT story_id, id FROM facts ORDER BY rowid;
INSERT INTO fact_search (fact_search) VALUES ('rebuild');
"""
