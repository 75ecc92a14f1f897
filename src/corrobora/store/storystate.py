"""What the store keeps so that stories grow incrementally: states, keys, aliases, staleness.

- ``story_state``: per story, the clustering state (its members' clustering views and
  its linked group) as JSON, and its outline (the members' ids, dates and blocking
  keys: what finding candidates reads), both written by :mod:`corrobora.cluster.state`;
  the store treats them as opaque apart from the period columns.
- ``story_keys``: per blocking key, the stories whose members carry it, with a counter
  of when each was last joined, so the most recent stories of a key come first.
- ``story_aliases``: ids of stories merged into another (or dissolved by a regrouping),
  pointing at the story that holds their articles now, so old links still resolve.
- ``stale_stories``: stories whose members changed since they were last reconciled.

Every function takes a connection inside a transaction its caller manages.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from corrobora.cluster.ids import vanished_ids as successors
from corrobora.model import CopyLink, Story
from corrobora.store.backend import SQLITE, Db, Dialect
from corrobora.store.rows import BATCH, json_text, utc_iso


@dataclass(frozen=True, slots=True)
class StoredState:
    """A story's clustering state as the store keeps it.

    Attributes:
        story_id: the story.
        data: the state as plain JSON values (opaque to the store).
        keys: the blocking keys that lead to the story.
        first_seen: its earliest dated member's publication time, or None.
        last_seen: its latest, or None.
        outline: the part of ``data`` candidate search reads (opaque to the store), or
            None to have readers of outlines read ``data`` instead.
    """

    story_id: str
    data: Mapping[str, Any]
    keys: tuple[str, ...]
    first_seen: datetime | None
    last_seen: datetime | None
    outline: Mapping[str, Any] | None = None


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def recent_postings(
    db: Db, keys: Iterable[str], per_key: int, dialect: Dialect = SQLITE
) -> dict[str, list[str]]:
    """Key -> the ids of the ``per_key`` stories most recently joined through it.

    Each key's postings are read newest first from the ``(key, touched)`` index and
    the reading stops after ``per_key`` of them, so a key carried by many stories costs
    no more than a rare one: one query per key on SQLite (in-process, so a query is
    cheap), one ``LATERAL`` query per batch of keys on PostgreSQL (one round trip).
    """
    wanted = sorted(set(keys))
    result: dict[str, list[str]] = {}
    if dialect.name == "postgresql":
        for start in range(0, len(wanted), BATCH):
            rows = db.execute(
                "SELECT k.key, p.story_id FROM unnest(?::text[]) AS k (key)"
                " CROSS JOIN LATERAL (SELECT story_id, touched FROM story_keys"
                " WHERE story_keys.key = k.key ORDER BY touched DESC, story_id LIMIT ?) AS p"
                " ORDER BY k.key, p.touched, p.story_id",
                [wanted[start : start + BATCH], per_key],
            ).fetchall()
            for key, story_id in rows:
                result.setdefault(str(key), []).append(str(story_id))
        return result
    for key in wanted:
        rows = db.execute(
            "SELECT touched, story_id FROM story_keys WHERE key = ?"
            " ORDER BY touched DESC, story_id LIMIT ?",
            (key, per_key),
        ).fetchall()
        if rows:  # oldest first, as on PostgreSQL
            result[key] = [str(story_id) for _, story_id in sorted(rows)]
    return result


def articles_under_keys(db: Db, keys: Iterable[str]) -> dict[str, int]:
    """Key -> how many articles the stories posted under it hold (keys with none left out)."""
    wanted = sorted(set(keys))
    counts: dict[str, int] = {}
    for start in range(0, len(wanted), BATCH):
        batch = wanted[start : start + BATCH]
        rows = db.execute(
            "SELECT k.key, count(*) FROM story_keys AS k"
            " JOIN story_articles AS sa ON sa.story_id = k.story_id"
            f" WHERE k.key IN ({_marks(len(batch))}) GROUP BY k.key",
            batch,
        ).fetchall()
        counts.update((str(key), int(count)) for key, count in rows)
    return counts


def load_states(db: Db, story_ids: Iterable[str], *, outlines: bool = False) -> dict[str, str]:
    """Story id -> the JSON text of its state, for those of ``story_ids`` that have one.

    With ``outlines``, the text of its outline instead, or of its state where no outline
    was written (an outline reader reads a state too).
    """
    column = "coalesce(outline, data)" if outlines else "data"
    wanted = sorted(set(story_ids))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), BATCH):
        batch = wanted[start : start + BATCH]
        rows = db.execute(
            f"SELECT story_id, {column} FROM story_state WHERE story_id IN ({_marks(len(batch))})",
            batch,
        ).fetchall()
        found.update((str(story_id), str(data)) for story_id, data in rows)
    return found


def write_states(db: Db, states: Sequence[StoredState]) -> None:
    """Insert or replace the states and the key postings of the given stories."""
    if not states:
        return
    (touched,) = db.execute("SELECT coalesce(max(touched), 0) + 1 FROM story_keys").fetchone()
    for state in states:
        db.execute(
            "INSERT INTO story_state (story_id, first_seen, last_seen, data, outline)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (story_id) DO UPDATE SET"
            " first_seen = excluded.first_seen, last_seen = excluded.last_seen,"
            " data = excluded.data, outline = excluded.outline",
            (
                state.story_id,
                utc_iso(state.first_seen),
                utc_iso(state.last_seen),
                json_text(dict(state.data)),
                None if state.outline is None else json_text(dict(state.outline)),
            ),
        )
        db.execute("DELETE FROM story_keys WHERE story_id = ?", (state.story_id,))
        db.executemany(
            "INSERT INTO story_keys (key, story_id, touched) VALUES (?, ?, ?)",
            [(key, state.story_id, touched) for key in dict.fromkeys(state.keys)],
        )


def add_alias(db: Db, old_id: str, new_id: str, reason: str) -> None:
    """Make ``old_id`` resolve to ``new_id`` (and every alias of ``old_id`` too)."""
    if old_id == new_id:
        return
    at = datetime.now(UTC).isoformat()
    db.execute("UPDATE story_aliases SET new_id = ? WHERE new_id = ?", (new_id, old_id))
    db.execute("DELETE FROM story_aliases WHERE old_id = ?", (new_id,))
    db.execute(
        "INSERT INTO story_aliases (old_id, new_id, reason, at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id,"
        " reason = excluded.reason, at = excluded.at",
        (old_id, new_id, reason, at),
    )


def resolve_alias(db: Db, story_id: str) -> str | None:
    """The story an old id now resolves to, or None when it is not an alias."""
    row = db.execute("SELECT new_id FROM story_aliases WHERE old_id = ?", (story_id,)).fetchone()
    return None if row is None else str(row[0])


def delete_story(db: Db, story_id: str) -> None:
    """Remove a story and everything hanging off it (its articles stay stored)."""
    db.execute("DELETE FROM fact_support WHERE story_id = ?", (story_id,))
    db.execute("DELETE FROM stories WHERE id = ?", (story_id,))


def upsert_story(db: Db, story: Story) -> None:
    """Write a story's row and membership; its reconciliation is dropped and marked stale."""
    db.execute(
        "INSERT INTO stories (id, title, first_seen, last_seen, article_count, outlet_count)"
        " VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
        " first_seen = excluded.first_seen, last_seen = excluded.last_seen,"
        " article_count = excluded.article_count",
        (
            story.id,
            story.title,
            utc_iso(story.first_seen),
            utc_iso(story.last_seen),
            len(story.article_ids),
        ),
    )
    db.execute("DELETE FROM story_articles WHERE story_id = ?", (story.id,))
    for start in range(0, len(story.article_ids), BATCH):
        batch = story.article_ids[start : start + BATCH]
        db.execute(f"DELETE FROM story_articles WHERE article_id IN ({_marks(len(batch))})", batch)
    db.executemany(
        "INSERT INTO story_articles (story_id, article_id, position) VALUES (?, ?, ?)",
        [(story.id, article_id, n) for n, article_id in enumerate(story.article_ids)],
    )
    db.execute(
        "UPDATE stories SET outlet_count = (SELECT count(DISTINCT a.outlet)"
        " FROM story_articles AS sa JOIN articles AS a ON a.id = sa.article_id"
        " WHERE sa.story_id = stories.id) WHERE id = ?",
        (story.id,),
    )
    drop_reconciliation(db, story.id)
    db.execute(
        "INSERT INTO stale_stories (story_id) VALUES (?) ON CONFLICT (story_id) DO NOTHING",
        (story.id,),
    )


def drop_reconciliation(db: Db, story_id: str) -> None:
    """Remove a story's reconciliation and facts (before writing new ones)."""
    db.execute("DELETE FROM fact_support WHERE story_id = ?", (story_id,))
    db.execute("DELETE FROM facts WHERE story_id = ?", (story_id,))
    db.execute("DELETE FROM reconciliations WHERE story_id = ?", (story_id,))


def replace_copies(db: Db, article_ids: Sequence[str], copies: Sequence[CopyLink]) -> None:
    """Replace the copy links of ``article_ids`` (as copies) by ``copies``."""
    for start in range(0, len(article_ids), BATCH):
        batch = article_ids[start : start + BATCH]
        db.execute(f"DELETE FROM copies WHERE article_id IN ({_marks(len(batch))})", batch)
    db.executemany(
        "INSERT INTO copies (article_id, copy_of, similarity) VALUES (?, ?, ?)",
        [(c.article_id, c.copy_of, c.similarity) for c in copies],
    )


def copies_of(db: Db, article_ids: Iterable[str]) -> list[CopyLink]:
    """The copy links whose copy is one of ``article_ids``."""
    wanted = sorted(set(article_ids))
    links: list[CopyLink] = []
    for start in range(0, len(wanted), BATCH):
        batch = wanted[start : start + BATCH]
        rows = db.execute(
            "SELECT article_id, copy_of, similarity FROM copies"
            f" WHERE article_id IN ({_marks(len(batch))}) ORDER BY article_id",
            batch,
        ).fetchall()
        links.extend(CopyLink(str(a), str(b), float(s)) for a, b, s in rows)
    return links


def vanished_ids(
    old_members: Iterable[tuple[str, str]], stories: Sequence[Story]
) -> list[tuple[str, str]]:
    """``(old id, new id)`` for each old story id a regrouping dropped.

    The new id is that of the story holding most of the old story's articles (ties:
    the smaller id), as :func:`corrobora.cluster.ids.vanished_ids` decides.
    """
    previous = {str(article_id): str(story_id) for article_id, story_id in old_members}
    return successors(
        [story.article_ids for story in stories], [story.id for story in stories], previous
    )
