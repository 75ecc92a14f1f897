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
from corrobora.store.storyquery import StoryFilter, register_functions, story_summary_sql
from corrobora.store.storystate import (
    StoredState,
    add_alias,
    copies_of,
    delete_story,
    drop_reconciliation,
    load_states,
    recent_postings,
    replace_copies,
    resolve_alias,
    upsert_story,
    vanished_ids,
    write_states,
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

    def articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Yield every stored article in the order added, or those of ``ids`` that exist."""
        db = self._db()
        if ids is not None:
            return self._some_articles(db, list(dict.fromkeys(ids)))
        return self._all_articles(db)

    def _some_articles(self, db: sqlite3.Connection, wanted: list[str]) -> Iterator[Article]:
        for start in range(0, len(wanted), BATCH):
            batch = wanted[start : start + BATCH]
            marks = ", ".join("?" * len(batch))
            with reading(db, self._location):
                rows = db.execute(
                    f"SELECT {_ARTICLE_COLUMNS} FROM articles AS a WHERE a.id IN ({marks})",
                    batch,
                ).fetchall()
            by_id = {row[0]: row for row in rows}
            for article_id in batch:
                if article_id in by_id:
                    yield self._article(by_id[article_id])

    def _all_articles(self, db: sqlite3.Connection) -> Iterator[Article]:
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
        *,
        states: Sequence[StoredState] = (),
    ) -> None:
        """Replace all stories, copy links, reconciliations and facts in one transaction.

        A story id that disappears becomes an alias of the new story holding most of its
        articles, so that links to it still resolve. ``states`` are the stories'
        clustering states, kept for incremental ingest.

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
            old_members = db.execute("SELECT article_id, story_id FROM story_articles").fetchall()
            for table in (
                "fact_support",
                "facts",
                "reconciliations",
                "copies",
                "story_keys",
                "story_state",
                "stale_stories",
                "story_articles",
                "stories",
            ):
                db.execute(f"DELETE FROM {table}")
            insert_stories(db, stories)
            for old_id, new_id in vanished_ids(old_members, stories):
                add_alias(db, old_id, new_id, "regrouped")
            write_states(db, states)
            db.executemany(
                "INSERT INTO copies (article_id, copy_of, similarity) VALUES (?, ?, ?)",
                [(c.article_id, c.copy_of, c.similarity) for c in copies],
            )
            for reconciliation in reconciliations:
                insert_reconciliation(db, reconciliation)

    def story_postings(self, keys: Iterable[str], per_key: int) -> dict[str, list[str]]:
        """Blocking key -> ids of the ``per_key`` stories most recently joined through it."""
        db = self._db()
        with reading(db, self._location):
            return recent_postings(db, keys, per_key)

    def story_states(self, story_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Story id -> its stored clustering state (plain JSON values)."""
        db = self._db()
        with reading(db, self._location):
            texts = load_states(db, story_ids)
        states: dict[str, dict[str, Any]] = {}
        for story_id, text in texts.items():
            try:
                data = json.loads(text)
            except ValueError as error:
                raise StoreError(
                    f"{self._location}: the clustering state of story {story_id!r} is not "
                    f"valid JSON ({error}); run: corrobora ingest --regroup"
                ) from None
            if not isinstance(data, dict):
                raise StoreError(
                    f"{self._location}: the clustering state of story {story_id!r} is not "
                    "an object; run: corrobora ingest --regroup"
                )
            states[story_id] = data
        return states

    def story_ids_taken(self, story_ids: Iterable[str]) -> set[str]:
        """Those of ``story_ids`` used by a story or an alias (new stories avoid them)."""
        wanted = list(story_ids)
        db = self._db()
        with reading(db, self._location):
            return present(db, "stories", "id", wanted) | present(
                db, "story_aliases", "old_id", wanted
            )

    def stories_without_state(self) -> int:
        """How many stories have no clustering state (written before incremental ingest)."""
        db = self._db()
        with reading(db, self._location):
            (count,) = db.execute(
                "SELECT count(*) FROM stories AS s"
                " WHERE NOT EXISTS (SELECT 1 FROM story_state AS t WHERE t.story_id = s.id)"
            ).fetchone()
        return int(count)

    def apply_story_update(
        self,
        stories: Sequence[Story],
        states: Sequence[StoredState],
        merged: Sequence[tuple[str, str]],
        copies: Sequence[CopyLink],
    ) -> None:
        """Write the stories an incremental update touched, in one transaction.

        Each story in ``stories`` is written whole (membership, period, title) and its
        reconciliation is dropped and marked stale; each ``(old, new)`` in ``merged``
        deletes story ``old`` and makes its id an alias of ``new``; the copy links of
        every member of ``stories`` are replaced by ``copies``.
        """
        action = "update stories in"
        db = self._writable(action)
        members = [article_id for story in stories for article_id in story.article_ids]
        with writing(db, self._location, action):
            missing = set(members) - present(db, "articles", "id", members)
            if missing:
                raise StoreError(
                    f"cannot {action} {self._location}: {len(missing)} article(s) they "
                    f"refer to are not stored: {', '.join(sorted(missing)[:5])}"
                )
            for old_id, new_id in merged:
                delete_story(db, old_id)
                add_alias(db, old_id, new_id, "merged")
            for story in stories:
                upsert_story(db, story)
            write_states(db, states)
            replace_copies(db, members, copies)

    def unassigned_article_ids(self) -> list[str]:
        """Stored articles in no story (an interrupted ingest), in the order added."""
        db = self._db()
        with reading(db, self._location):
            rows = db.execute(
                "SELECT a.id FROM articles AS a WHERE NOT EXISTS"
                " (SELECT 1 FROM story_articles AS sa WHERE sa.article_id = a.id)"
                " ORDER BY a.rowid"
            ).fetchall()
        return [str(row[0]) for row in rows]

    def story_count(self) -> int:
        """How many stories the store holds."""
        db = self._db()
        with reading(db, self._location):
            (count,) = db.execute("SELECT count(*) FROM stories").fetchone()
        return int(count)

    def stale_story_ids(self) -> list[str]:
        """Stories whose members changed since they were reconciled, oldest id first."""
        db = self._db()
        with reading(db, self._location):
            rows = db.execute("SELECT story_id FROM stale_stories ORDER BY story_id").fetchall()
        return [str(row[0]) for row in rows]

    def save_reconciliations(self, reconciliations: Sequence[Reconciliation]) -> None:
        """Replace the reconciliations (and facts) of their stories; they are fresh again."""
        action = "save reconciliations in"
        db = self._writable(action)
        with writing(db, self._location, action):
            for reconciliation in reconciliations:
                story_id = reconciliation.story.id
                drop_reconciliation(db, story_id)
                insert_reconciliation(db, reconciliation)
                db.execute("DELETE FROM stale_stories WHERE story_id = ?", (story_id,))

    def copies_of(self, article_ids: Iterable[str]) -> list[CopyLink]:
        """The stored copy links whose copy is one of ``article_ids``."""
        db = self._db()
        with reading(db, self._location):
            return copies_of(db, article_ids)

    def story(self, story_id: str) -> Story:
        """Return a story by id, unique prefix or old (merged) id.

        Raises:
            NotFound: No such story, or an ambiguous prefix.
        """
        db = self._db()
        hint = f" List stories with: corrobora stories --db {shlex.quote(self._location)}"
        with reading(db, self._location):
            found = resolve_alias(db, story_id) or self._resolve(
                "stories", "Story", story_id, hint=hint
            )
            row = db.execute(
                "SELECT id, title, first_seen, last_seen FROM stories WHERE id = ?", (found,)
            ).fetchone()
            members = db.execute(
                "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position",
                (found,),
            ).fetchall()
        return Story(
            id=str(row[0]),
            title=str(row[1]),
            article_ids=tuple(str(member[0]) for member in members),
            first_seen=parse_time(row[2]),
            last_seen=parse_time(row[3]),
        )

    def story_summaries(self, story_filter: StoryFilter | None = None) -> list[StorySummary]:
        """Return one summary per story ``story_filter`` keeps (every story when None).

        The most recently seen first, then by id; see :class:`StoryFilter` for the
        criteria. The query is built with bound values only.
        """
        db = self._db()
        sql, values = story_summary_sql(story_filter or StoryFilter())
        with reading(db, self._location):
            register_functions(db)
            rows = db.execute(sql, values).fetchall()
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
            alias = resolve_alias(db, story_id)
            found = alias or self._resolve("stories", "Story", story_id, hint=hint)
            row = db.execute(
                "SELECT data FROM reconciliations WHERE story_id = ?", (found,)
            ).fetchone()
        if row is None:
            raise NotFound(
                f"Story {found!r} in {self._location} has not been reconciled yet (an "
                "ingest was interrupted); run the same corrobora ingest again to finish it."
            )
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
