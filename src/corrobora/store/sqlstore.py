"""The store, written once for every SQL database behind a :class:`Backend`.

Articles are kept in columns (so other tools can read them); an analysis and a
reconciliation are kept whole as JSON made by :mod:`corrobora.serialize`, and the facts
of each reconciliation are also spread over the ``facts`` and ``fact_support`` tables
for querying. Every write is one transaction. ``docs/schema.md`` describes the tables.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
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
from corrobora.store.backend import Backend, Db
from corrobora.store.encoded import EncodedAnalysis
from corrobora.store.migrations import prepare
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
from corrobora.store.search import SearchHit, SearchKind, parse_query, run_search
from corrobora.store.storyquery import StoryFilter, story_summary_sql
from corrobora.store.storystate import (
    StoredState,
    add_alias,
    articles_under_keys,
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
from corrobora.store.tallies import TALLY_SELECTION, FactTally, tally_rows

_T = TypeVar("_T")

MIN_PREFIX = 4
"""The fewest characters of an id accepted as a prefix of it."""

_LAST_CHARACTER = chr(0x10FFFF)
"""Sorts after every other character: ``prefix + _LAST_CHARACTER`` bounds a prefix."""
_ARTICLE_COLUMNS = "a.id, a.text, a.title, a.outlet, a.url, a.published, a.language, a.path"
_ARTICLE_FIELDS = ("id", "text", "title", "outlet", "url", "published", "language", "path")
_STORY_TABLES = (
    "fact_support",
    "facts",
    "reconciliations",
    "copies",
    "story_keys",
    "story_state",
    "stale_stories",
    "story_articles",
    "stories",
)
"""Every table a regrouping empties, children before parents."""


class SQLStore:
    """A corrobora store in a SQL database; see :func:`corrobora.store.open_store`.

    Opening checks the database and creates or upgrades its schema as allowed (see
    :func:`corrobora.store.migrations.prepare`); the backend is closed on failure.
    """

    def __init__(self, backend: Backend, *, upgrade: bool) -> None:
        try:
            applied = prepare(backend, upgrade=upgrade)
        except BaseException:
            backend.close()
            raise
        self._backend = backend
        self._location = backend.location
        self.migrations_applied = tuple(applied)
        """The schema migrations applied when the store was opened (usually none)."""

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"{type(self).__name__}({self._location!r}, {mode})"

    @property
    def location(self) -> str:
        """Where the store is (a path, ``:memory:`` or a URL without password)."""
        return self._location

    @property
    def read_only(self) -> bool:
        """True when the store was opened read-only."""
        return self._backend.read_only

    @property
    def backend(self) -> Backend:
        """The database connection behind the store (for store tools such as copying)."""
        return self._backend

    def one_run(self, waiting: Callable[[], None] | None = None) -> AbstractContextManager[None]:
        """The store's run lock: one ingest at a time (see :meth:`Backend.one_run`)."""
        return self._backend.one_run(waiting)

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Close the database connection; closing twice is harmless."""
        self._backend.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _check_writable(self, action: str) -> None:
        if self.read_only:
            raise StoreError(f"cannot {action} {self._location}: the store is opened read-only")
        self._backend.db  # noqa: B018 - raises when the store is closed

    # ------------------------------------------------------------------ articles

    def has_articles(self, ids: Iterable[str]) -> set[str]:
        """Return those of ``ids`` that are stored."""
        with self._backend.reading() as db:
            return present(db, "articles", "id", ids)

    def add_analyses(self, analyses: Sequence[AnalyzedArticle]) -> int:
        """Store analyzed articles in one transaction; return how many were new.

        An article whose id is stored already, or that came earlier in ``analyses``, is
        skipped. When anything fails, the transaction is rolled back: nothing is stored.
        """
        action = "add analyses to"
        self._check_writable(action)
        if not analyses:
            return 0
        added_at = datetime.now(UTC).isoformat()
        added = 0
        with self._backend.writing(action) as db:
            seen: set[str] = set()
            for start in range(0, len(analyses), BATCH):
                batch = analyses[start : start + BATCH]
                seen |= present(db, "articles", "id", (a.article.id for a in batch))
                fresh: list[AnalyzedArticle] = []
                for analysis in batch:
                    if analysis.article.id not in seen:
                        seen.add(analysis.article.id)
                        fresh.append(analysis)
                if not fresh:
                    continue
                rows = [_article_row(a.article, added_at) for a in fresh]
                analysis_rows = [(a.article.id, a.analyzer, analysis_json(a)) for a in fresh]
                db.executemany(
                    "INSERT INTO articles (id, outlet, title, url, published, language,"
                    " path, text, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
                db.executemany(
                    "INSERT INTO analyses (article_id, analyzer, data) VALUES (?, ?, ?)",
                    analysis_rows,
                )
                added += len(fresh)
        return added

    def article_outlets(self, ids: Iterable[str]) -> dict[str, str]:
        """The outlet of each of ``ids`` that is stored (without reading the texts)."""
        wanted = list(dict.fromkeys(ids))
        return {
            article_id: str(row[1])
            for article_id, row in self._by_id("a.id, a.outlet FROM articles AS a", wanted)
            if row is not None
        }

    def articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Yield every stored article in the order added, or those of ``ids`` that exist."""
        if ids is not None:
            return self._some_articles(list(dict.fromkeys(ids)))
        return self._paged(f"{_ARTICLE_COLUMNS} FROM articles AS a", self._article)

    def _some_articles(self, wanted: list[str]) -> Iterator[Article]:
        selection = f"{_ARTICLE_COLUMNS} FROM articles AS a"
        for _, row in self._by_id(selection, wanted):
            if row is not None:
                yield self._article(row)

    def _by_id(
        self, selection: str, wanted: list[str]
    ) -> Iterator[tuple[str, Sequence[Any] | None]]:
        """``(id, row or None)`` for each of ``wanted``, in order, fetched in batches.

        ``selection`` is what follows SELECT, on ``articles AS a``; rows start with the id.
        """
        for start in range(0, len(wanted), BATCH):
            batch = wanted[start : start + BATCH]
            marks = ", ".join("?" * len(batch))
            with self._backend.reading() as db:
                rows = db.execute(f"SELECT {selection} WHERE a.id IN ({marks})", batch).fetchall()
            by_id = {row[0]: row for row in rows}
            for article_id in batch:
                yield article_id, by_id.get(article_id)

    def _paged(self, selection: str, make: Callable[[Sequence[Any]], _T]) -> Iterator[_T]:
        """Yield ``make(row)`` for every row of articles in the order added, page by page.

        ``selection`` is what follows SELECT, on table ``articles AS a``.
        """
        order = f"a.{self._backend.dialect.article_order}"
        sql = f"SELECT {order}, {selection} WHERE {order} > ? ORDER BY {order} LIMIT ?"
        last = 0
        while True:
            with self._backend.reading() as db:
                rows = db.execute(sql, (last, BATCH)).fetchall()
            if not rows:
                return
            for row in rows:
                yield make(row[1:])
            last = rows[-1][0]

    def article(self, article_id: str) -> Article:
        """Return one article by id, or by a unique prefix of at least 4 characters.

        Raises:
            NotFound: No article has that id, or the prefix is ambiguous.
        """
        with self._backend.reading() as db:
            found = self._resolve(db, "articles", "Article", article_id, hint="")
            row = db.execute(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles AS a WHERE a.id = ?", (found,)
            ).fetchone()
        return self._article(row)

    def analyses(self, ids: Iterable[str] | None = None) -> Iterator[AnalyzedArticle]:
        """Yield analyses: all of them in the order added, or those of ``ids`` in order.

        Raises:
            NotFound: One of ``ids`` has no stored analysis (raised before yielding).
        """
        if ids is None:
            return self._paged(
                f"{_ARTICLE_COLUMNS}, n.analyzer, n.data FROM articles AS a"
                " JOIN analyses AS n ON n.article_id = a.id",
                self._analysis,
            )
        wanted = list(dict.fromkeys(ids))
        with self._backend.reading() as db:
            missing = set(wanted) - present(db, "analyses", "article_id", wanted)
        if missing:
            shown = ", ".join(sorted(missing)[:5]) + (", ..." if len(missing) > 5 else "")
            raise NotFound(
                f"{len(missing)} article(s) not found in {self._location}: {shown}. "
                "Add them with: corrobora ingest"
            )
        return self._some_analyses(wanted)

    def _some_analyses(self, wanted: list[str]) -> Iterator[AnalyzedArticle]:
        for encoded in self._some_encoded(wanted):
            yield encoded.decode()

    def encoded_analyses(self, ids: Iterable[str]) -> list[EncodedAnalysis]:
        """The stored analyses of ``ids``, in order, not decoded yet (see :class:`EncodedAnalysis`).

        Raises:
            NotFound: One of ``ids`` has no stored analysis.
        """
        return list(self._some_encoded(list(dict.fromkeys(ids))))

    def _some_encoded(self, wanted: list[str]) -> Iterator[EncodedAnalysis]:
        selection = (
            f"{_ARTICLE_COLUMNS}, n.analyzer, n.data FROM articles AS a"
            " JOIN analyses AS n ON n.article_id = a.id"
        )
        for article_id, row in self._by_id(selection, wanted):
            if row is None:  # not stored, or deleted by another process since a check
                raise NotFound(f"Article {article_id!r} not found in {self._location}.")
            yield self._encoded(row)

    def _article(self, row: Sequence[Any]) -> Article:
        return self._decode(Article, dict(zip(_ARTICLE_FIELDS, row, strict=True)), row[0])

    def _analysis(self, row: Sequence[Any]) -> AnalyzedArticle:
        return self._encoded(row).decode()

    def _encoded(self, row: Sequence[Any]) -> EncodedAnalysis:
        article = dict(zip(_ARTICLE_FIELDS, row[:-2], strict=True))
        return EncodedAnalysis(self._location, article, row[-2], row[-1])

    def _json(self, text: str, what: str) -> Any:
        try:
            return json.loads(text)
        except ValueError as error:
            raise StoreError(f"{self._location}: {what} is not valid JSON ({error})") from None

    def _decode(self, cls: type[_T], data: Any, item: str) -> _T:
        try:
            return from_jsonable(cls, data)
        except ValueError as error:
            raise StoreError(
                f"{self._location}: {cls.__name__} {item!r} cannot be read ({error}); "
                "was the file written by another version of corrobora?"
            ) from None

    # ------------------------------------------------------------------ stories

    def story_ids_by_article(self, article_ids: Iterable[str] | None = None) -> dict[str, str]:
        """Return the story id of each article (of ``article_ids``) that belongs to a story."""
        selection = "SELECT article_id, story_id FROM story_articles"
        if article_ids is None:
            with self._backend.reading() as db:
                rows = db.execute(selection).fetchall()
            return {str(article_id): str(story_id) for article_id, story_id in rows}
        found: dict[str, str] = {}
        for rows in self._rows_where_in(selection, "article_id", article_ids):
            found.update((str(article_id), str(story_id)) for article_id, story_id in rows)
        return found

    def _rows_where_in(
        self, select: str, column: str, values: Iterable[str]
    ) -> Iterator[list[Sequence[Any]]]:
        """The rows of ``select`` whose ``column`` is one of ``values``, batch by batch."""
        wanted = list(dict.fromkeys(values))
        for start in range(0, len(wanted), BATCH):
            batch = wanted[start : start + BATCH]
            marks = ", ".join("?" * len(batch))
            with self._backend.reading() as db:
                rows = db.execute(f"{select} WHERE {column} IN ({marks})", batch).fetchall()
            yield rows

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
        self._check_writable(action)
        check_stories(stories, copies, reconciliations)
        referenced = referenced_articles(stories, copies, reconciliations)
        with self._backend.writing(action) as db:
            self._refuse_missing(db, action, referenced)
            old_members = db.execute("SELECT article_id, story_id FROM story_articles").fetchall()
            for table in _STORY_TABLES:
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

    def _refuse_missing(self, db: Db, action: str, referenced: Iterable[str]) -> None:
        wanted = set(referenced)
        missing = wanted - present(db, "articles", "id", wanted)
        if missing:
            shown = ", ".join(sorted(missing)[:5]) + (", ..." if len(missing) > 5 else "")
            raise StoreError(
                f"cannot {action} {self._location}: {len(missing)} article(s) they refer "
                f"to are not stored: {shown}"
            )

    def story_postings(self, keys: Iterable[str], per_key: int) -> dict[str, list[str]]:
        """Blocking key -> ids of the ``per_key`` stories most recently joined through it."""
        with self._backend.reading() as db:
            return recent_postings(db, keys, per_key, self._backend.dialect)

    def story_states(self, story_ids: Iterable[str]) -> dict[str, str]:
        """Story id -> the JSON text of its stored clustering state (as written)."""
        with self._backend.reading() as db:
            return load_states(db, story_ids)

    def story_outlines(self, story_ids: Iterable[str]) -> dict[str, str]:
        """Story id -> the JSON text of its stored outline (of its state, where it has none)."""
        with self._backend.reading() as db:
            return load_states(db, story_ids, outlines=True)

    def articles_under_keys(self, keys: Iterable[str]) -> dict[str, int]:
        """Blocking key -> how many articles the stories posted under it hold together."""
        with self._backend.reading() as db:
            return articles_under_keys(db, keys)

    def story_ids_taken(self, story_ids: Iterable[str]) -> set[str]:
        """Those of ``story_ids`` used by a story or an alias (new stories avoid them)."""
        wanted = list(story_ids)
        with self._backend.reading() as db:
            return present(db, "stories", "id", wanted) | present(
                db, "story_aliases", "old_id", wanted
            )

    def stories_without_state(self) -> int:
        """How many stories have no clustering state (written before incremental ingest)."""
        return self._count(
            "SELECT count(*) FROM stories AS s"
            " WHERE NOT EXISTS (SELECT 1 FROM story_state AS t WHERE t.story_id = s.id)"
        )

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
        self._check_writable(action)
        members = [article_id for story in stories for article_id in story.article_ids]
        with self._backend.writing(action) as db:
            self._refuse_missing(db, action, members)
            for old_id, new_id in merged:
                delete_story(db, old_id)
                add_alias(db, old_id, new_id, "merged")
            for story in stories:
                upsert_story(db, story)
            write_states(db, states)
            replace_copies(db, members, copies)

    def unassigned_article_ids(self) -> list[str]:
        """Stored articles in no story (an interrupted ingest), in the order added."""
        order = f"a.{self._backend.dialect.article_order}"
        with self._backend.reading() as db:
            rows = db.execute(
                "SELECT a.id FROM articles AS a WHERE NOT EXISTS"
                " (SELECT 1 FROM story_articles AS sa WHERE sa.article_id = a.id)"
                f" ORDER BY {order}"
            ).fetchall()
        return [str(row[0]) for row in rows]

    def story_count(self) -> int:
        """How many stories the store holds."""
        return self._count("SELECT count(*) FROM stories")

    def _count(self, sql: str) -> int:
        with self._backend.reading() as db:
            (count,) = db.execute(sql).fetchone()
        return int(count)

    def stale_story_ids(self) -> list[str]:
        """Stories whose members changed since they were reconciled, oldest id first."""
        with self._backend.reading() as db:
            rows = db.execute("SELECT story_id FROM stale_stories ORDER BY story_id").fetchall()
        return [str(row[0]) for row in rows]

    def save_reconciliations(self, reconciliations: Sequence[Reconciliation]) -> None:
        """Replace the reconciliations (and facts) of their stories; they are fresh again."""
        action = "save reconciliations in"
        self._check_writable(action)
        with self._backend.writing(action) as db:
            for reconciliation in reconciliations:
                story_id = reconciliation.story.id
                drop_reconciliation(db, story_id)
                insert_reconciliation(db, reconciliation)
                db.execute("DELETE FROM stale_stories WHERE story_id = ?", (story_id,))

    def copies_of(self, article_ids: Iterable[str]) -> list[CopyLink]:
        """The stored copy links whose copy is one of ``article_ids``."""
        with self._backend.reading() as db:
            return copies_of(db, article_ids)

    def _story_hint(self) -> str:
        return f" List stories with: corrobora stories --db {shlex.quote(self._location)}"

    def story(self, story_id: str) -> Story:
        """Return a story by id, unique prefix or old (merged) id.

        Raises:
            NotFound: No such story, or an ambiguous prefix.
        """
        with self._backend.reading() as db:
            found = resolve_alias(db, story_id) or self._resolve(
                db, "stories", "Story", story_id, hint=self._story_hint()
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
        sql, values = story_summary_sql(story_filter or StoryFilter(), self._backend.dialect)
        with self._backend.reading() as db:
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
        with self._backend.reading() as db:
            alias = resolve_alias(db, story_id)
            found = alias or self._resolve(
                db, "stories", "Story", story_id, hint=self._story_hint()
            )
            row = db.execute(
                "SELECT data FROM reconciliations WHERE story_id = ?", (found,)
            ).fetchone()
        if row is None:
            raise NotFound(
                f"Story {found!r} in {self._location} has not been reconciled yet (an "
                "ingest was interrupted); run the same corrobora ingest again to finish it."
            )
        data = self._json(row[0], f"the reconciliation of story {found!r}")
        return self._decode(Reconciliation, data, found)

    def fact_tallies(self, story_ids: Iterable[str]) -> dict[str, FactTally]:
        """Return the fact counts of each reconciled story of ``story_ids`` (exact ids).

        Stories that are unknown or not reconciled yet are left out. Read from the fact
        rows in batches, without decoding any reconciliation: what a listing needs.
        """
        found: dict[str, FactTally] = {}
        for rows in self._rows_where_in(f"SELECT {TALLY_SELECTION}", "r.story_id", story_ids):
            try:
                found.update(tally_rows(rows))
            except ValueError as error:
                raise StoreError(f"{self._location}: {error}") from None
        return found

    def search(
        self, query: str, *, kind: SearchKind = "articles", limit: int = 20
    ) -> list[SearchHit]:
        """Full-text search of article titles and texts, or of facts; best matches first.

        Words are matched whole (with English stemming); every word must occur; a
        "quoted phrase" must occur as written. Other punctuation is plain text. On a
        large store the hits are ranked among the most recently stored matches (see
        :data:`corrobora.store.search.WINDOW`).

        Raises:
            ValueError: The query has no word to look for, or ``limit`` is below 1.
        """
        parsed = parse_query(query)
        if limit < 1:
            raise ValueError(f"limit must be 1 or more, not {limit}")
        with self._backend.reading() as db:
            return run_search(db, self._backend.dialect, parsed, kind=kind, limit=limit)

    def _resolve(self, db: Db, table: str, noun: str, ident: str, *, hint: str) -> str:
        """Return the full id in ``table`` that ``ident`` names exactly or as a prefix."""
        if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (ident,)).fetchone():
            return ident
        if len(ident) >= MIN_PREFIX:
            # The range lets the primary key index find the candidates; substr decides.
            rows = db.execute(
                f"SELECT id FROM {table} WHERE id >= ? AND id < ? AND substr(id, 1, ?) = ?"
                " ORDER BY id LIMIT 6",
                (ident, ident + _LAST_CHARACTER, len(ident), ident),
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
        short = (
            f" (a prefix needs at least {MIN_PREFIX} characters)" if len(ident) < MIN_PREFIX else ""
        )
        raise NotFound(f"{noun} {ident!r} not found in {self._location}{short}.{hint}")


def _article_row(article: Article, added_at: str) -> tuple[Any, ...]:
    return (
        article.id,
        article.outlet,
        article.title,
        article.url,
        iso(article.published),
        article.language,
        article.path,
        article.text,
        added_at,
    )
