"""The default store: one SQLite file (or memory) with a plain, documented schema.

Articles are kept in columns (so other SQLite tools can read them); an analysis and a
reconciliation are kept whole as JSON made by :mod:`corrobora.serialize`, and the facts
of each reconciliation are also spread over the ``facts`` and ``fact_support`` tables
for querying. Every write is one ``BEGIN IMMEDIATE`` transaction. ``docs/schema.md``
describes the tables.
"""

from __future__ import annotations

import json
import shlex
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Self, TypeVar

from corrobora.errors import NotFound, StoreError
from corrobora.model import (
    AnalyzedArticle,
    Article,
    CopyLink,
    Reconciliation,
    Story,
    StorySummary,
)
from corrobora.serialize import from_jsonable
from corrobora.store.connection import connect, reading, writing
from corrobora.store.rows import (
    BATCH,
    analysis_json,
    check_stories,
    insert_reconciliation,
    insert_stories,
    iso,
    parse_time,
    present,
    referenced_articles,
)

_T = TypeVar("_T")

MIN_PREFIX = 4
"""The fewest characters of an id accepted as a prefix of it."""

_ARTICLE_COLUMNS = "a.id, a.text, a.title, a.outlet, a.url, a.published, a.language, a.path"
_ARTICLE_FIELDS = ("id", "text", "title", "outlet", "url", "published", "language", "path")


class SQLiteStore:
    """A corrobora store in one SQLite file; see :func:`corrobora.store.open_store`."""

    def __init__(self, location: str, *, read_only: bool = False, create: bool = True) -> None:
        self._location = location
        self._read_only = read_only
        self._conn: sqlite3.Connection | None = connect(
            location, read_only=read_only, create=create
        )

    def __repr__(self) -> str:
        mode = "read-only" if self._read_only else "read-write"
        return f"SQLiteStore({self._location!r}, {mode})"

    @property
    def location(self) -> str:
        """The path (or ``:memory:``) the store was opened from."""
        return self._location

    @property
    def read_only(self) -> bool:
        """True when the store was opened read-only."""
        return self._read_only

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Close the database connection; closing twice is harmless."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(f"{self._location} is closed")
        return self._conn

    def _writable(self, action: str) -> sqlite3.Connection:
        if self._read_only:
            raise StoreError(f"cannot {action} {self._location}: the store is opened read-only")
        return self._db()

    # ------------------------------------------------------------------ articles

    def has_articles(self, ids: Iterable[str]) -> set[str]:
        """Return those of ``ids`` that are stored."""
        db = self._db()
        with reading(db, self._location):
            return present(db, "articles", "id", ids)

    def add_analyses(self, analyses: Sequence[AnalyzedArticle]) -> int:
        """Store analyzed articles in one transaction; return how many were new.

        An article whose id is stored already, or that came earlier in ``analyses``, is
        skipped. When anything fails, the transaction is rolled back: nothing is stored.
        """
        action = "add analyses to"
        db = self._writable(action)
        if not analyses:
            return 0
        added_at = datetime.now(UTC).isoformat()
        added = 0
        with writing(db, self._location, action):
            seen: set[str] = set()
            for start in range(0, len(analyses), BATCH):
                batch = analyses[start : start + BATCH]
                stored = present(db, "articles", "id", (a.article.id for a in batch))
                for analysis in batch:
                    article = analysis.article
                    if article.id in stored or article.id in seen:
                        continue
                    seen.add(article.id)
                    db.execute(
                        "INSERT INTO articles (id, outlet, title, url, published, language,"
                        " path, text, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            article.id,
                            article.outlet,
                            article.title,
                            article.url,
                            iso(article.published),
                            article.language,
                            article.path,
                            article.text,
                            added_at,
                        ),
                    )
                    db.execute(
                        "INSERT INTO analyses (article_id, analyzer, data) VALUES (?, ?, ?)",
                        (article.id, analysis.analyzer, analysis_json(analysis)),
                    )
                    added += 1
        return added

    def articles(self) -> Iterator[Article]:
        """Yield every stored article, in the order they were added."""
        db = self._db()
        sql = (
            f"SELECT a.rowid, {_ARTICLE_COLUMNS} FROM articles AS a"
            " WHERE a.rowid > ? ORDER BY a.rowid LIMIT ?"
        )
        last = 0
        while True:
            with reading(db, self._location):
                rows = db.execute(sql, (last, BATCH)).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._article(row[1:])
            last = rows[-1][0]

    def article(self, article_id: str) -> Article:
        """Return one article by id, or by a unique prefix of at least 4 characters.

        Raises:
            NotFound: No article has that id, or the prefix is ambiguous.
        """
        db = self._db()
        with reading(db, self._location):
            found = self._resolve("articles", "Article", article_id, hint="")
            row = db.execute(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles AS a WHERE a.id = ?", (found,)
            ).fetchone()
        return self._article(row)

    def analyses(self, ids: Iterable[str] | None = None) -> Iterator[AnalyzedArticle]:
        """Yield analyses: all of them in the order added, or those of ``ids`` in order.

        Raises:
            NotFound: One of ``ids`` has no stored analysis (raised before yielding).
        """
        db = self._db()
        if ids is None:
            return self._all_analyses(db)
        wanted = list(dict.fromkeys(ids))
        with reading(db, self._location):
            missing = set(wanted) - present(db, "analyses", "article_id", wanted)
        if missing:
            shown = ", ".join(sorted(missing)[:5]) + (", ..." if len(missing) > 5 else "")
            raise NotFound(
                f"{len(missing)} article(s) not found in {self._location}: {shown}. "
                "Add them with: corrobora ingest"
            )
        return self._some_analyses(db, wanted)

    def _all_analyses(self, db: sqlite3.Connection) -> Iterator[AnalyzedArticle]:
        sql = (
            f"SELECT a.rowid, {_ARTICLE_COLUMNS}, n.analyzer, n.data FROM articles AS a"
            " JOIN analyses AS n ON n.article_id = a.id"
            " WHERE a.rowid > ? ORDER BY a.rowid LIMIT ?"
        )
        last = 0
        while True:
            with reading(db, self._location):
                rows = db.execute(sql, (last, BATCH)).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._analysis(row[1:])
            last = rows[-1][0]

    def _some_analyses(
        self, db: sqlite3.Connection, wanted: list[str]
    ) -> Iterator[AnalyzedArticle]:
        for start in range(0, len(wanted), BATCH):
            batch = wanted[start : start + BATCH]
            marks = ", ".join("?" * len(batch))
            with reading(db, self._location):
                rows = db.execute(
                    f"SELECT {_ARTICLE_COLUMNS}, n.analyzer, n.data FROM articles AS a"
                    f" JOIN analyses AS n ON n.article_id = a.id WHERE a.id IN ({marks})",
                    batch,
                ).fetchall()
            by_id = {row[0]: row for row in rows}
            for article_id in batch:
                row = by_id.get(article_id)
                if row is None:  # deleted by another process since the check
                    raise NotFound(f"Article {article_id!r} not found in {self._location}.")
                yield self._analysis(row)

    def _article(self, row: Sequence[Any]) -> Article:
        return self._decode(Article, dict(zip(_ARTICLE_FIELDS, row, strict=True)), row[0])

    def _analysis(self, row: Sequence[Any]) -> AnalyzedArticle:
        article_id = row[0]
        try:
            data = json.loads(row[-1])
        except ValueError as error:
            raise StoreError(
                f"{self._location}: the analysis of article {article_id!r} is not valid JSON "
                f"({error})"
            ) from None
        data["article"] = dict(zip(_ARTICLE_FIELDS, row[:-2], strict=True))
        data["analyzer"] = row[-2]
        return self._decode(AnalyzedArticle, data, article_id)

    def _decode(self, cls: type[_T], data: Any, item: str) -> _T:
        try:
            return from_jsonable(cls, data)
        except ValueError as error:
            raise StoreError(
                f"{self._location}: {cls.__name__} {item!r} cannot be read ({error}); "
                "was the file written by another version of corrobora?"
            ) from None

    # ------------------------------------------------------------------ stories

    def story_ids_by_article(self) -> dict[str, str]:
        """Return the story id of each article that belongs to a story."""
        db = self._db()
        with reading(db, self._location):
            rows = db.execute("SELECT article_id, story_id FROM story_articles").fetchall()
        return {str(article_id): str(story_id) for article_id, story_id in rows}

    def replace_stories(
        self,
        stories: Sequence[Story],
        copies: Sequence[CopyLink],
        reconciliations: Sequence[Reconciliation],
    ) -> None:
        """Replace all stories, copy links, reconciliations and facts in one transaction.

        Raises:
            ValueError: The arguments contradict each other (a story id twice, an article
                in two stories, a reconciliation of a story not given).
            StoreError: They refer to articles that are not stored, or the write failed;
                the previous stories are then left as they were.
        """
        action = "replace stories in"
        db = self._writable(action)
        check_stories(stories, copies, reconciliations)
        referenced = referenced_articles(stories, copies, reconciliations)
        with writing(db, self._location, action):
            missing = referenced - present(db, "articles", "id", referenced)
            if missing:
                shown = ", ".join(sorted(missing)[:5]) + (", ..." if len(missing) > 5 else "")
                raise StoreError(
                    f"cannot {action} {self._location}: {len(missing)} article(s) they refer "
                    f"to are not stored: {shown}"
                )
            for table in (
                "fact_support",
                "facts",
                "reconciliations",
                "copies",
                "story_articles",
                "stories",
            ):
                db.execute(f"DELETE FROM {table}")
            insert_stories(db, stories)
            db.executemany(
                "INSERT INTO copies (article_id, copy_of, similarity) VALUES (?, ?, ?)",
                [(c.article_id, c.copy_of, c.similarity) for c in copies],
            )
            for reconciliation in reconciliations:
                insert_reconciliation(db, reconciliation)

    def story_summaries(self) -> list[StorySummary]:
        """Return one summary per story: the most recently seen first, then by id."""
        db = self._db()
        with reading(db, self._location):
            rows = db.execute(
                "SELECT id, title, article_count, outlet_count, first_seen, last_seen"
                " FROM stories ORDER BY last_seen IS NULL, last_seen DESC, id"
            ).fetchall()
        return [
            StorySummary(
                id=row[0],
                title=row[1],
                articles=row[2],
                outlets=row[3],
                first_seen=parse_time(row[4]),
                last_seen=parse_time(row[5]),
            )
            for row in rows
        ]

    def reconciliation(self, story_id: str) -> Reconciliation:
        """Return a story's reconciliation, by id or a unique prefix of >= 4 characters.

        Raises:
            NotFound: No such story, an ambiguous prefix, or a story not reconciled yet.
        """
        db = self._db()
        hint = f" List stories with: corrobora stories --db {shlex.quote(self._location)}"
        with reading(db, self._location):
            found = self._resolve("stories", "Story", story_id, hint=hint)
            row = db.execute(
                "SELECT data FROM reconciliations WHERE story_id = ?", (found,)
            ).fetchone()
        if row is None:
            raise NotFound(f"Story {found!r} in {self._location} has not been reconciled yet.")
        try:
            data = json.loads(row[0])
        except ValueError as error:
            raise StoreError(
                f"{self._location}: the reconciliation of story {found!r} is not valid JSON "
                f"({error})"
            ) from None
        return self._decode(Reconciliation, data, found)

    def _resolve(self, table: str, noun: str, ident: str, *, hint: str) -> str:
        """Return the full id in ``table`` that ``ident`` names exactly or as a prefix."""
        db = self._db()
        if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (ident,)).fetchone():
            return ident
        if len(ident) >= MIN_PREFIX:
            rows = db.execute(
                f"SELECT id FROM {table} WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 6",
                (len(ident), ident),
            ).fetchall()
            if len(rows) == 1:
                return str(rows[0][0])
            if rows:
                shown = ", ".join(str(row[0]) for row in rows[:5])
                more = ", ..." if len(rows) > 5 else ""
                raise NotFound(
                    f"{noun} id prefix {ident!r} is ambiguous in {self._location}: it matches "
                    f"{shown}{more}. Give more characters.{hint}"
                )
        raise NotFound(f"{noun} {ident!r} not found in {self._location}.{hint}")
