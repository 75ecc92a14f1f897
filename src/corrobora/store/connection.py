"""Opening a SQLite store file safely, and turning SQLite failures into clear errors.

Everything that can go wrong before the first query (a missing directory, a file that
is not SQLite, another program's database, a store written by a newer corrobora) is
diagnosed here and reported as one :class:`StoreError` line naming the path and the
cause. The schema migrations of :mod:`corrobora.store.schema` are applied here too.
"""

from __future__ import annotations

import logging
import os
import shlex
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from corrobora.errors import StoreError
from corrobora.store.schema import (
    CREATE_MIGRATIONS_TABLE,
    MIGRATIONS,
    MIGRATIONS_TABLE,
    statements,
)

logger = logging.getLogger(__name__)

MEMORY = ":memory:"
BUSY_TIMEOUT_SECONDS = 10.0


def connect(location: str, *, read_only: bool, create: bool) -> sqlite3.Connection:
    """Open the store at ``location`` (a file path or ``:memory:``), ready to use.

    The connection is in autocommit mode (the store issues ``BEGIN IMMEDIATE`` itself),
    has foreign keys on and a busy timeout, uses WAL for writable files, and its schema
    is up to date.

    Raises:
        StoreError: The store cannot be opened; the message says why.
    """
    if location == MEMORY:
        if read_only:
            raise StoreError(f"cannot open {MEMORY} read-only: an in-memory store starts empty")
        connection = _open(location, location, uri=False)
    else:
        target = _check_path(location, read_only=read_only, create=create)
        if read_only:
            connection = _open(location, target.resolve().as_uri() + "?mode=ro", uri=True)
        else:
            connection = _open(location, str(target), uri=False)
    try:
        _prepare(connection, location, read_only=read_only)
    except BaseException:
        connection.close()
        raise
    return connection


def translate(error: sqlite3.Error, location: str, action: str) -> StoreError:
    """Return a one-line :class:`StoreError` for a SQLite failure while doing ``action``.

    ``action`` completes the sentence "cannot <action> <location>", e.g. "read" or
    "add analyses to".
    """
    cause = str(error)
    lowered = cause.lower()
    if "file is not a database" in lowered:
        return StoreError(f"{location} is not a corrobora database (file is not a SQLite database)")
    if "malformed" in lowered:
        return StoreError(f"{location} is damaged ({cause}); restore it from a copy")
    if "disk is full" in lowered or "disk i/o error" in lowered:
        return StoreError(f"cannot {action} {location}: {cause}")
    if "locked" in lowered or "busy" in lowered:
        return StoreError(
            f"cannot {action} {location}: the database is locked by another process "
            f"(waited {BUSY_TIMEOUT_SECONDS:g} s); try again when it has finished"
        )
    if "readonly" in lowered or "read-only" in lowered:
        return StoreError(f"cannot {action} {location}: the store is read-only")
    if "closed database" in lowered:
        return StoreError(f"cannot {action} {location}: the store is closed")
    return StoreError(f"cannot {action} {location}: {cause}")


@contextmanager
def reading(connection: sqlite3.Connection, location: str) -> Iterator[sqlite3.Connection]:
    """Run reads, turning any SQLite failure into a :class:`StoreError`."""
    try:
        yield connection
    except sqlite3.Error as error:
        raise translate(error, location, "read") from None


@contextmanager
def writing(
    connection: sqlite3.Connection, location: str, action: str
) -> Iterator[sqlite3.Connection]:
    """Run writes in one ``BEGIN IMMEDIATE`` transaction: all committed, or none.

    Any exception rolls the transaction back; a SQLite failure is re-raised as a
    :class:`StoreError` that says nothing was written, other exceptions unchanged.
    """
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        raise translate(error, location, action) from None
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException as error:
        _rollback(connection)
        if isinstance(error, sqlite3.Error):
            failure = translate(error, location, action)
            raise StoreError(f"{failure}; nothing was written") from None
        raise


def _rollback(connection: sqlite3.Connection) -> None:
    if connection.in_transaction:
        try:
            connection.execute("ROLLBACK")
        except sqlite3.Error:  # SQLite may already have rolled back (e.g. disk full)
            logger.debug("rollback after a failed write also failed", exc_info=True)


def _check_path(location: str, *, read_only: bool, create: bool) -> Path:
    """Diagnose problems SQLite would only report as "unable to open database file"."""
    path = Path(location).expanduser()
    parent = path.parent
    if path.is_dir():
        raise StoreError(f"cannot open {location}: it is a directory, not a database file")
    if not path.exists():
        if read_only or not create:
            raise StoreError(
                f"cannot open {location}: no such file. "
                f"Add articles with: corrobora ingest <files> --db {shlex.quote(location)}"
            )
        if not parent.exists():
            raise StoreError(f"cannot create {location}: directory {parent} does not exist")
        if not parent.is_dir():
            raise StoreError(f"cannot create {location}: {parent} is not a directory")
        if not os.access(parent, os.W_OK | os.X_OK):
            raise StoreError(f"cannot create {location}: {_why_not_writable(parent)}")
        return path
    if not os.access(path, os.R_OK):
        raise StoreError(f"cannot open {location}: permission denied")
    if not read_only:
        if not os.access(path, os.W_OK):
            raise StoreError(
                f"cannot open {location} for writing: {_why_not_writable(path)} "
                "(it can still be opened read-only)"
            )
        if not os.access(parent, os.W_OK | os.X_OK):
            raise StoreError(
                f"cannot open {location} for writing: {_why_not_writable(parent)} "
                "(SQLite keeps its journal beside the file)"
            )
    return path


def _why_not_writable(path: Path) -> str:
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return "read-only file system"
    except (OSError, AttributeError):  # statvfs is POSIX-only
        pass
    return f"permission denied ({path} is not writable)"


def _open(location: str, database: str, *, uri: bool) -> sqlite3.Connection:
    try:
        return sqlite3.connect(
            database, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, uri=uri
        )
    except sqlite3.Error as error:
        raise translate(error, location, "open") from None


def _prepare(connection: sqlite3.Connection, location: str, *, read_only: bool) -> None:
    """Check what the file holds, then set PRAGMAs and bring the schema up to date."""
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        tables = _tables(connection)  # the first read: fails on a file that is not SQLite
    except sqlite3.Error as error:
        raise translate(error, location, "open") from None
    if MIGRATIONS_TABLE not in tables:
        if tables:
            shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
            raise StoreError(
                f"{location} is a SQLite database but not a corrobora store (its tables: {shown})"
            )
        if read_only:
            raise StoreError(
                f"cannot open {location} read-only: it is empty, not a corrobora store"
            )
    if read_only:
        _check_current(connection, location)
        return
    if location != MEMORY:
        _use_wal(connection, location)
    _migrate(connection, location)


def _tables(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {str(row[0]) for row in rows}


def _use_wal(connection: sqlite3.Connection, location: str) -> None:
    try:
        (mode,) = connection.execute("PRAGMA journal_mode = WAL").fetchone()
        connection.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as error:
        raise translate(error, location, "open") from None
    if str(mode).lower() != "wal":
        logger.warning("%s: SQLite refused WAL mode (journal mode is %s)", location, mode)


def _applied(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY rowid").fetchall()
    return [str(row[0]) for row in rows]


def _check_known(applied: list[str], location: str) -> list[str]:
    """Return the names of migrations still to apply; refuse stores from the future."""
    known = [migration.name for migration in MIGRATIONS]
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise StoreError(
            f"{location} was written by a newer corrobora (unknown schema migrations: "
            f"{', '.join(unknown)}); upgrade corrobora to open it"
        )
    return [name for name in known if name not in applied]


def _check_current(connection: sqlite3.Connection, location: str) -> None:
    try:
        pending = _check_known(_applied(connection), location)
    except sqlite3.Error as error:
        raise translate(error, location, "open") from None
    if pending:
        raise StoreError(
            f"cannot open {location} read-only: it was written by an older corrobora and "
            f"needs the schema migrations {', '.join(pending)}; open it once for writing"
        )


def _migrate(connection: sqlite3.Connection, location: str) -> None:
    """Apply the missing migrations, in order, in one transaction."""
    with writing(connection, location, "initialize"):
        connection.execute(CREATE_MIGRATIONS_TABLE)
        pending = set(_check_known(_applied(connection), location))
        for migration in MIGRATIONS:
            if migration.name not in pending:
                continue
            logger.info("%s: applying schema migration %s", location, migration.name)
            for statement in statements(migration.sql):
                connection.execute(statement)
            connection.execute(
                f"INSERT INTO {MIGRATIONS_TABLE} (name, applied_at) VALUES (?, ?)",
                (migration.name, datetime.now(UTC).isoformat()),
            )
