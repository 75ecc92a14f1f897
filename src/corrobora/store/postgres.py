"""A store on a PostgreSQL server (``postgresql://user@host/db``), through psycopg 3.

:class:`PostgreSQLBackend` is the PostgreSQL side of
:class:`corrobora.store.backend.Backend`. Writes take a transaction-level advisory
lock, so that one writer works at a time, as with SQLite, while readers never wait.
Passwords never appear in a message: the store's location is the URL without it.
Needs the optional ``psycopg`` package (``pip install 'corrobora[postgres]'``).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from types import ModuleType
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from corrobora.errors import MissingDependency, StoreError
from corrobora.store.backend import POSTGRESQL, Backend, Db, Rows
from corrobora.store.sqlstore import SQLStore

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    import psycopg

CONNECT_TIMEOUT_SECONDS = 10
LOCK_TIMEOUT_SECONDS = 10.0
"""How long a writer waits for another one to finish before giving up."""

_SECRET_PARAMETERS = frozenset({"password", "sslpassword"})
_WRITE_LOCK = "SELECT pg_advisory_xact_lock(hashtext('corrobora:' || current_schema()))"


def redact(url: str) -> str:
    """The URL without its password (in the user part or as a parameter)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return f"{url.split(':', 1)[0]}://(unreadable URL)"
    netloc = host if ":" not in host else f"[{host}]"
    if port is not None:
        netloc += f":{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query) if k.lower() not in _SECRET_PARAMETERS]
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


@functools.lru_cache(maxsize=512)
def placeholders(sql: str) -> str:
    """Rewrite sqlite3-style SQL for psycopg: ``?`` -> ``%s`` and ``%`` -> ``%%``.

    A ``?`` inside a quoted string literal is left alone.
    """
    out: list[str] = []
    quoted = False
    for char in sql:
        if char == "'":
            quoted = not quoted
            out.append(char)
        elif char == "%":
            out.append("%%")
        elif char == "?" and not quoted:
            out.append("%s")
        else:
            out.append(char)
    return "".join(out)


def _psycopg() -> ModuleType:
    try:
        import psycopg
    except ImportError:
        raise MissingDependency(
            "PostgreSQL stores need the psycopg package: pip install 'corrobora[postgres]'"
        ) from None
    return psycopg


class _Db:
    """A psycopg connection that takes sqlite3-style SQL."""

    def __init__(self, connection: psycopg.Connection[Any]) -> None:
        self._connection = connection

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Rows:
        return self._connection.execute(placeholders(sql), parameters)

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> object:
        with self._connection.cursor() as cursor:
            cursor.executemany(placeholders(sql), list(parameters))
        return None


class PostgreSQLBackend(Backend):
    """A connection to a PostgreSQL database holding a store."""

    dialect = POSTGRESQL

    def __init__(self, url: str, *, read_only: bool) -> None:
        super().__init__(redact(url), read_only=read_only)
        self._psycopg = _psycopg()
        self._secret = urlsplit(url).password or ""
        try:
            connection = self._psycopg.connect(
                url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_SECONDS
            )
        except self._psycopg.Error as error:
            raise self._connect_error(error) from None
        self._conn: psycopg.Connection[Any] | None = connection
        self._db = _Db(connection)
        try:
            connection.execute("SET TIME ZONE 'UTC'")
            if read_only:
                connection.execute("SET default_transaction_read_only = on")
                # Readers plan each query with its values: a search for a rare word and
                # one for a common word need different plans. (Writers keep reusing
                # plans: their many small statements are faster so.)
                connection.execute("SET plan_cache_mode = force_custom_plan")
            (encoding,) = connection.execute("SHOW server_encoding").fetchone() or ("",)
        except self._psycopg.Error as error:
            self.close()
            raise self.translate(error, "open") from None
        if str(encoding).upper() not in ("UTF8", "UTF-8"):
            self.close()
            raise StoreError(
                f"cannot open {self.location}: the database's encoding is {encoding}, and news "
                "text needs UTF8; create it with: createdb -E UTF8 --template template0 NAME"
            )

    @property
    def connection(self) -> psycopg.Connection[Any]:
        """The psycopg connection itself."""
        if self._conn is None:
            raise StoreError(f"{self.location} is closed")
        return self._conn

    @property
    def db(self) -> Db:
        """The open connection, taking ``?`` placeholders."""
        self.connection  # noqa: B018 - raises when closed
        return self._db

    @property
    def errors(self) -> tuple[type[Exception], ...]:
        """Psycopg's errors."""
        return (self._psycopg.Error,)

    def translate(self, error: Exception, action: str) -> StoreError:
        """One line for a PostgreSQL failure, without the password."""
        sqlstate = getattr(error, "sqlstate", None) or ""
        cause = _first_line(str(error))
        where = self.location
        if sqlstate == "53100":
            message = f"cannot {action} {where}: the server's disk is full ({cause})"
        elif sqlstate in ("25006", "42501") and "read-only" in cause:
            message = f"cannot {action} {where}: the store is read-only"
        elif sqlstate == "55P03":
            message = (
                f"cannot {action} {where}: the database is locked by another process "
                f"(waited {LOCK_TIMEOUT_SECONDS:g} s); try again when it has finished"
            )
        elif self._conn is not None and self._conn.closed:
            message = f"cannot {action} {where}: the connection to the server was lost ({cause})"
        else:
            message = f"cannot {action} {where}: {cause}"
        return StoreError(self._scrub(message))

    def _connect_error(self, error: Exception) -> StoreError:
        cause = _first_line(str(error)).removeprefix("connection failed: ")
        lowered = cause.lower()
        where = self.location
        if "connection refused" in lowered:
            reason = "connection refused (is PostgreSQL running there and accepting TCP/IP?)"
        elif "does not exist" in lowered and "database" in lowered:
            reason = cause.split("FATAL:", 1)[-1].strip() + "; create it first (createdb)"
        elif "password authentication failed" in lowered or "no password supplied" in lowered:
            reason = cause.split("FATAL:", 1)[-1].strip() + " (check the user and password)"
        elif "timeout expired" in lowered:
            reason = f"no answer within {CONNECT_TIMEOUT_SECONDS} s"
        else:
            reason = cause
        return StoreError(self._scrub(f"cannot connect to {where}: {reason}"))

    def _scrub(self, message: str) -> str:
        return message.replace(self._secret, "***") if self._secret else message

    def begin_write(self) -> None:
        """Begin, then wait (up to the lock timeout) for any other writer to finish."""
        connection = self.connection
        connection.execute("BEGIN")
        connection.execute(f"SET LOCAL lock_timeout = '{int(LOCK_TIMEOUT_SECONDS * 1000)}ms'")
        connection.execute(_WRITE_LOCK)

    def begin_snapshot(self) -> None:
        """A read-only transaction that sees the store as it was when it began."""
        self.connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")

    def end(self, *, commit: bool) -> None:
        """Commit or roll back, if a transaction is open."""
        connection = self.connection
        status = connection.info.transaction_status
        if status == self._psycopg.pq.TransactionStatus.IDLE:
            return
        if status == self._psycopg.pq.TransactionStatus.INERROR:
            commit = False
        connection.execute("COMMIT" if commit else "ROLLBACK")

    def run_script(self, sql: str) -> None:
        """Run a block of statements (no values) in the open transaction."""
        self.connection.execute(sql)

    def ready_for_writes(self) -> None:
        """Nothing to set up: the server takes care of concurrent readers."""

    def table_names(self) -> set[str]:
        """The tables of the schema the connection works in."""
        rows = self.connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        ).fetchall()
        return {str(row[0]) for row in rows}

    def stream(self, sql: str, size: int) -> Iterator[list[Any]]:
        """Yield the rows of ``sql`` in lists of ``size`` from a server-side cursor.

        Must run inside a transaction (see ``snapshot``).
        """
        with self.connection.cursor(name="corrobora_stream") as cursor:
            cursor.execute(sql)
            while rows := cursor.fetchmany(size):
                yield rows

    def close(self) -> None:
        """Close the connection; closing twice is harmless."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    @contextmanager
    def one_run(self, waiting: Callable[[], None] | None = None) -> Iterator[None]:
        """Hold a session advisory lock, one per database and schema, while the block runs.

        The server drops it if the connection is lost. A read-only store takes none.
        """
        if self.read_only:
            yield
            return
        with self.reading() as db:
            (taken,) = db.execute(f"SELECT pg_try_advisory_lock({_RUN_LOCK})").fetchone()
            if not taken:
                if waiting is not None:
                    waiting()
                db.execute(f"SELECT pg_advisory_lock({_RUN_LOCK})")
        try:
            yield
        finally:
            self._unlock_run()

    def _unlock_run(self) -> None:
        """Give the run lock back; a failure here must not hide the run's own error.

        A connection pooler that hands each transaction another session (pgbouncer's
        transaction mode) loses session locks: the store needs session pooling.
        """
        if self._conn is None or self._conn.closed:
            return  # the server dropped the lock with the session
        try:
            with self.reading() as db:
                (released,) = db.execute(f"SELECT pg_advisory_unlock({_RUN_LOCK})").fetchone()
        except StoreError as error:
            logger.warning("%s: the run lock could not be given back: %s", self.location, error)
            return
        if not released:
            logger.warning(
                "%s: the run lock was not held by this session at the end of the run "
                "(is a connection pooler in transaction mode in between?)",
                self.location,
            )


#: The run lock's key: one per database and schema.
_RUN_LOCK = "hashtext('corrobora run ' || current_schema())"


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0].strip() if text.strip() else "unknown error"


class PostgreSQLStore(SQLStore):
    """A corrobora store in a PostgreSQL database; see :func:`corrobora.store.open_store`.

    Args:
        url: ``postgresql://user:password@host:port/database`` (any libpq URL; add
            ``?options=-csearch_path%3Dname`` to keep the store in schema ``name``).
        read_only: open without the right to write; every write raises ``StoreError``.
        upgrade: apply the schema migrations an older store lacks. Off by default: a
            shared server is upgraded on purpose, with ``corrobora db upgrade``.
    """

    def __init__(self, url: str, *, read_only: bool = False, upgrade: bool = False) -> None:
        super().__init__(PostgreSQLBackend(url, read_only=read_only), upgrade=upgrade)
