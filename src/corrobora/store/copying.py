"""Copying a whole store to another one, across databases (SQLite <-> PostgreSQL).

The copy reads the source in one consistent snapshot and writes every table, row for
row, into an empty destination in one transaction; before committing it checks that
each table holds as many rows as in the source. Either the destination ends up an
exact copy, or nothing is written to it. The destination's search index is built as
the rows arrive (SQLite triggers; PostgreSQL computes its search columns).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from corrobora.errors import StoreError
from corrobora.store import open_sql_store
from corrobora.store.backend import Db
from corrobora.store.schema import TABLES, Table
from corrobora.store.sqlstore import SQLStore

PAGE = 1000
"""Rows read and written at a time."""

Tick = Callable[[str, int], None]
"""Progress callback: a table's name and how many of its rows are copied so far."""


@dataclass(frozen=True, slots=True)
class CopyResult:
    """What a copy did.

    Attributes:
        source: the store copied from (without password).
        destination: the store copied to (without password).
        counts: ``(table, rows)`` for every table, in the order copied; the same in
            both stores.
    """

    source: str
    destination: str
    counts: tuple[tuple[str, int], ...]

    def count(self, table: str) -> int:
        """How many rows of ``table`` were copied."""
        return dict(self.counts)[table]


def copy_store(source: str, destination: str, *, tick: Tick | None = None) -> CopyResult:
    """Copy the store at ``source`` into a new or empty store at ``destination``.

    Args:
        source: a store path or URL; it is opened read-only and must be up to date.
        destination: a store path or URL; created when missing, and must hold no data.
        tick: receives progress, table by table.

    Raises:
        StoreError: Either store cannot be opened, the destination holds data, they
            are the same store, or the copy failed (then nothing was written).
    """
    if _same_file(source, destination):
        raise StoreError(f"{source} and {destination} are the same store; copy to another one")
    with (
        open_sql_store(source, read_only=True, create=False) as origin,
        open_sql_store(destination, upgrade=True) as target,
    ):
        if origin.location == target.location:
            raise StoreError(f"{origin.location} is both the source and the destination")
        return _copy(origin, target, tick or _no_tick)


def _copy(origin: SQLStore, target: SQLStore, tick: Tick) -> CopyResult:
    action = "copy into"
    counts: list[tuple[str, int]] = []
    with origin.backend.snapshot() as source_db, target.backend.writing(action) as target_db:
        _refuse_data(target_db, target.location)
        for table in TABLES:
            copied = 0
            tick(table.name, 0)
            for rows in _pages(origin, _select(table, origin)):
                target_db.executemany(_insert(table), rows)
                copied += len(rows)
                tick(table.name, copied)
            counts.append((table.name, copied))
        for name, copied in counts:
            expected = _count(source_db, name)
            written = _count(target_db, name)
            if not expected == written == copied:
                raise StoreError(
                    f"cannot {action} {target.location}: table {name} has {expected} rows in "
                    f"{origin.location} but {written} were written; nothing was written"
                )
    return CopyResult(origin.location, target.location, tuple(counts))


def _pages(origin: SQLStore, sql: str) -> Iterator[list[Any]]:
    """The rows of ``sql`` on the source, a page at a time; its failures named as its own."""
    backend = origin.backend
    pages = backend.stream(sql, PAGE)
    while True:
        try:
            rows = next(pages, None)
        except backend.errors as error:
            failure = backend.translate(error, "read")
            raise StoreError(f"{failure}; nothing was copied") from None
        if rows is None:
            return
        yield rows


def _select(table: Table, store: SQLStore) -> str:
    order = table.order or store.backend.dialect.article_order
    return f"SELECT {', '.join(table.columns)} FROM {table.name} ORDER BY {order}"


def _insert(table: Table) -> str:
    marks = ", ".join("?" * len(table.columns))
    return f"INSERT INTO {table.name} ({', '.join(table.columns)}) VALUES ({marks})"


def _count(db: Db, table: str) -> int:
    (count,) = db.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(count)


def _refuse_data(db: Db, location: str) -> None:
    held = [(table.name, _count(db, table.name)) for table in TABLES]
    full = [f"{count} {name}" for name, count in held if count]
    if full:
        raise StoreError(
            f"cannot copy into {location}: it already holds data ({', '.join(full[:3])}); "
            "copy into a new file or an empty database"
        )


def _same_file(source: str, destination: str) -> bool:
    """True when two SQLite paths name one existing file (a copy onto itself)."""
    try:
        return os.path.samefile(source, destination)
    except (OSError, ValueError):
        return False


def _no_tick(table: str, copied: int) -> None:
    pass
