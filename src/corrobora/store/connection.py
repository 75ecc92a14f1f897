"""Opening a SQLite store file safely, and turning SQLite failures into clear errors.

Everything that can go wrong before the first query (a missing directory, a file that
is not SQLite, a read-only location) is diagnosed here and reported as one
:class:`StoreError` line naming the path and the cause. :class:`SQLiteBackend` is the
SQLite side of :class:`corrobora.store.backend.Backend`: ``BEGIN IMMEDIATE`` for
writes (one writer at a time), WAL so that readers never wait for it.
"""

from __future__ import annotations

import fcntl
import logging
import os
import shlex
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from corrobora.errors import StoreError
from corrobora.store.backend import SQLITE, Backend, Db
from corrobora.store.schema import statements
from corrobora.store.storyquery import register_functions

logger = logging.getLogger(__name__)

MEMORY = ":memory:"
BUSY_TIMEOUT_SECONDS = 10.0


class SQLiteBackend(Backend):
    """A SQLite file (or memory) opened for the store; see :func:`connect`."""

    dialect = SQLITE

    def __init__(self, location: str, *, read_only: bool, create: bool) -> None:
        super().__init__(location, read_only=read_only)
        self._conn: sqlite3.Connection | None = connect(
            location, read_only=read_only, create=create
        )
        self._runs = 0

    @property
    def connection(self) -> sqlite3.Connection:
        """The sqlite3 connection itself (for SQLite-only work such as PRAGMAs)."""
        if self._conn is None:
            raise StoreError(f"{self.location} is closed")
        return self._conn

    @property
    def db(self) -> Db:
        """The open connection."""
        return self.connection

    @property
    def errors(self) -> tuple[type[Exception], ...]:
        """sqlite3's errors."""
        return (sqlite3.Error,)

    def translate(self, error: Exception, action: str) -> StoreError:
        """One line for a SQLite failure; see :func:`translate`."""
        if isinstance(error, sqlite3.Error):
            return translate(error, self.location, action)
        return StoreError(f"cannot {action} {self.location}: {error}")

    def begin_write(self) -> None:
        """``BEGIN IMMEDIATE``: take the write lock now (waiting up to the busy timeout)."""
        self.connection.execute("BEGIN IMMEDIATE")

    def begin_snapshot(self) -> None:
        """A deferred transaction: its first read fixes the state it sees (WAL)."""
        self.connection.execute("BEGIN")

    def end(self, *, commit: bool) -> None:
        """Commit or roll back, if a transaction is open."""
        connection = self.connection
        if connection.in_transaction:
            connection.execute("COMMIT" if commit else "ROLLBACK")

    def run_script(self, sql: str) -> None:
        """Run each statement of ``sql`` in the open transaction."""
        for statement in statements(sql):
            self.connection.execute(statement)

    def table_names(self) -> set[str]:
        """The tables of the file, without SQLite's own."""
        rows = self.connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        return {str(row[0]) for row in rows}

    def stream(self, sql: str, size: int) -> Iterator[list[Any]]:
        """Yield the rows of ``sql`` in lists of ``size``."""
        cursor = self.connection.execute(sql)
        while rows := cursor.fetchmany(size):
            yield rows

    def ready_for_writes(self) -> None:
        """Use WAL (readers never wait for the writer) on a file."""
        if self.location != MEMORY:
            _use_wal(self.connection, self.location)

    def close(self) -> None:
        """Close the connection; closing twice is harmless."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    @contextmanager
    def one_run(self, waiting: Callable[[], None] | None = None) -> Iterator[None]:
        """Hold an exclusive lock on ``<file>.lock`` beside the store while the block runs.

        The lock file is a file of its own: SQLite's locks on the database file would
        be released by closing any other handle of it. A store in memory, or opened
        read-only, takes no lock.
        """
        if self.location == MEMORY or self.read_only or self._runs:
            self._runs += 1  # a run inside a run of this store already holds the lock
            try:
                yield
            finally:
                self._runs -= 1
            return
        path = Path(os.path.expanduser(self.location) + ".lock")
        try:
            handle = path.open("a")
        except OSError as error:
            raise StoreError(f"cannot lock {path}: {error.strerror or error}") from None
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if waiting is not None:
                    waiting()
                fcntl.flock(handle, fcntl.LOCK_EX)
            self._runs = 1
            try:
                yield
            finally:
                self._runs = 0
                fcntl.flock(handle, fcntl.LOCK_UN)


def connect(location: str, *, read_only: bool, create: bool) -> sqlite3.Connection:
    """Open the SQLite database at ``location`` (a file path or ``:memory:``).

    The connection is in autocommit mode (the store issues ``BEGIN IMMEDIATE`` itself),
    has foreign keys on, a busy timeout and the SQL functions of the story filters. Its
    schema is not checked here.

    Raises:
        StoreError: The file cannot be opened; the message says why.
    """
    if location == MEMORY:
        if read_only:
            raise StoreError(f"cannot open {MEMORY} read-only: an in-memory store starts empty")
        connection = _open(location, location, uri=False)
    else:
        target = _check_path(location, read_only=read_only, create=create)
        if read_only:
            connection = _open(location, _read_only_uri(target), uri=True)
        else:
            connection = _open(location, str(target), uri=False)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        register_functions(connection)
    except sqlite3.Error as error:
        connection.close()
        raise translate(error, location, "open") from None
    return connection


def _read_only_uri(path: Path) -> str:
    """The URI opening ``path`` read-only.

    On a read-only file system SQLite cannot create the shared-memory file a WAL
    database needs, so a file without pending WAL content is opened as immutable
    there (nothing can change it anyway).
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if _read_only_mount(path) and not (wal.exists() and wal.stat().st_size > 0):
        uri += "&immutable=1"
    return uri


def translate(error: sqlite3.Error, location: str, action: str) -> StoreError:
    """Return a one-line :class:`StoreError` for a SQLite failure while doing ``action``.

    ``action`` completes the sentence "cannot <action> <location>", e.g. "read" or
    "add analyses to".
    """
    cause = str(error)
    lowered = cause.lower()
    if "file is not a database" in lowered:
        return StoreError(f"{location} is not a corrobora database (file is not a SQLite database)")
    if "malformed" in lowered or "corrupt" in lowered:
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
        if not _writable(parent):
            raise StoreError(f"cannot create {location}: {_why_not_writable(parent)}")
        return path
    if not os.access(path, os.R_OK):
        raise StoreError(f"cannot open {location}: permission denied")
    if not read_only:
        if not _writable(path):
            raise StoreError(
                f"cannot open {location} for writing: {_why_not_writable(path)} "
                "(it can still be opened read-only)"
            )
        if not _writable(parent):
            raise StoreError(
                f"cannot open {location} for writing: {_why_not_writable(parent)} "
                "(SQLite keeps its journal beside the file)"
            )
    return path


def _writable(path: Path) -> bool:
    """True when ``path`` may be written: permissions, and not on a read-only mount.

    ``os.access`` ignores read-only mounts for root, so they are checked apart.
    """
    mode = os.W_OK | os.X_OK if path.is_dir() else os.W_OK
    return os.access(path, mode) and not _read_only_mount(path)


def _read_only_mount(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # statvfs is POSIX-only
        return False


def _why_not_writable(path: Path) -> str:
    if _read_only_mount(path):
        return "read-only file system"
    return f"permission denied ({path} is not writable)"


def _open(location: str, database: str, *, uri: bool) -> sqlite3.Connection:
    try:
        return sqlite3.connect(
            database,
            timeout=BUSY_TIMEOUT_SECONDS,
            isolation_level=None,
            uri=uri,
        )
    except sqlite3.Error as error:
        raise translate(error, location, "open") from None


def _use_wal(connection: sqlite3.Connection, location: str) -> None:
    try:
        (mode,) = connection.execute("PRAGMA journal_mode = WAL").fetchone()
        connection.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as error:
        raise translate(error, location, "open") from None
    if str(mode).lower() != "wal":
        logger.warning("%s: SQLite refused WAL mode (journal mode is %s)", location, mode)
