"""What the shared store code needs of a database: SQL with ``?`` marks and transactions.

:class:`Backend` is the one piece written per database (SQLite, PostgreSQL): it opens
the connection, runs a block of writes as one transaction, and turns the database's
own errors into :class:`StoreError` lines. Everything above it (the store methods, the
migrations, the copy between stores) is written once against :class:`Db` and
:class:`Dialect`.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from corrobora.errors import StoreError

logger = logging.getLogger(__name__)


class Rows(Protocol):
    """The result of a statement: fetch one row or all of them."""

    def fetchone(self) -> Any:
        """The next row, or None."""
        ...

    def fetchall(self) -> list[Any]:
        """Every remaining row."""
        ...


class Db(Protocol):
    """A connection running SQL written with ``?`` placeholders (sqlite3's style)."""

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Rows:
        """Run one statement with bound values."""
        ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> object:
        """Run one statement once per row of values."""
        ...


@dataclass(frozen=True, slots=True)
class Dialect:
    """The few SQL spellings that differ between the databases.

    Attributes:
        name: ``sqlite`` or ``postgresql``.
        article_order: the column of ``articles`` that orders them as added.
        contains: SQL function ``f(haystack, needle)`` giving the 1-based position of
            ``needle`` in ``haystack``, 0 when absent.
    """

    name: str
    article_order: str
    contains: str

    def contains_sql(self, haystack: str) -> str:
        """A condition true when ``haystack`` contains the next bound value."""
        return f"{self.contains}({haystack}, ?) > 0"


SQLITE = Dialect(name="sqlite", article_order="rowid", contains="instr")
POSTGRESQL = Dialect(name="postgresql", article_order="seq", contains="strpos")


class Backend(ABC):
    """One open connection to a store's database, and how to run work on it."""

    dialect: Dialect

    def __init__(self, location: str, *, read_only: bool) -> None:
        self.location = location
        """Where the store is, safe to show (a server URL without its password)."""
        self.read_only = read_only

    # ---------------------------------------------------------------- per database

    @property
    @abstractmethod
    def db(self) -> Db:
        """The open connection; ``StoreError`` once closed."""

    @property
    @abstractmethod
    def errors(self) -> tuple[type[Exception], ...]:
        """The exception classes the database driver raises."""

    @abstractmethod
    def translate(self, error: Exception, action: str) -> StoreError:
        """One line saying why ``action`` failed ("cannot <action> <location>: ...")."""

    @abstractmethod
    def begin_write(self) -> None:
        """Start a write transaction, waiting for any other writer to finish."""

    @abstractmethod
    def begin_snapshot(self) -> None:
        """Start a read-only transaction that sees one consistent state."""

    @abstractmethod
    def end(self, *, commit: bool) -> None:
        """Commit or roll back the open transaction."""

    @abstractmethod
    def run_script(self, sql: str) -> None:
        """Run a block of DDL (a migration) inside the open transaction."""

    @abstractmethod
    def table_names(self) -> set[str]:
        """The tables of the store's database (or schema), without internal ones."""

    @abstractmethod
    def stream(self, sql: str, size: int) -> Iterator[list[Any]]:
        """Run a SELECT without values and yield its rows ``size`` at a time."""

    @abstractmethod
    def close(self) -> None:
        """Close the connection; closing twice is harmless."""

    @abstractmethod
    def ready_for_writes(self) -> None:
        """Set up a writable connection once its database is known to be a store's.

        Called before any migration (SQLite turns on WAL here).
        """

    @contextmanager
    def one_run(self, waiting: Callable[[], None] | None = None) -> Iterator[None]:
        """Hold the store's run lock while the block runs: one ingest at a time.

        Two runs that group articles into stories at once could each open a story for
        one event, or reconcile a story the other has just merged away. ``waiting`` is
        called once when another run holds the lock, before waiting for it. A store no
        other process can reach (in memory) needs no lock.
        """
        yield

    # ---------------------------------------------------------------- shared

    @contextmanager
    def reading(self) -> Iterator[Db]:
        """Run reads, turning a database failure into a :class:`StoreError`."""
        db = self.db
        try:
            yield db
        except self.errors as error:
            raise self.translate(error, "read") from None

    @contextmanager
    def writing(self, action: str) -> Iterator[Db]:
        """Run writes as one transaction: all committed, or none.

        Any exception rolls back; a database failure is re-raised as a
        :class:`StoreError` saying that nothing was written, other exceptions unchanged.
        """
        if self.read_only:
            raise StoreError(f"cannot {action} {self.location}: the store is opened read-only")
        db = self.db
        try:
            self.begin_write()
        except self.errors as error:
            self._roll_back()
            raise self.translate(error, action) from None
        try:
            yield db
            self.end(commit=True)
        except BaseException as error:
            self._roll_back()
            if isinstance(error, self.errors):
                failure = self.translate(error, action)
                raise StoreError(f"{failure}; nothing was written") from None
            raise

    @contextmanager
    def snapshot(self) -> Iterator[Db]:
        """Run reads that must see one state (a copy), in a read-only transaction."""
        db = self.db
        try:
            self.begin_snapshot()
            yield db
            self.end(commit=False)
        except BaseException as error:
            self._roll_back()
            if isinstance(error, self.errors):
                raise self.translate(error, "read") from None
            raise

    def _roll_back(self) -> None:
        try:
            self.end(commit=False)
        except Exception:  # the database may have rolled back already (disk full, lost link)
            logger.debug("%s: rollback after a failure also failed", self.location, exc_info=True)
