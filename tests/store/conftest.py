"""Real databases for the store tests: a SQLite file, or a throwaway PostgreSQL server.

The PostgreSQL server is started once per test session on 127.0.0.1 with the
``initdb`` and ``pg_ctl`` of the machine (see ``corrobora.store.pgtemp``); every test
gets its own schema in it. Without PostgreSQL (or psycopg) the PostgreSQL tests are
left out, with one line at the end of the run saying why, except under CI (``CI``
set), where they fail instead: CI must run them (``.ci/postgres.sh`` installs the
server).
"""

from __future__ import annotations

import itertools
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from corrobora.store import Store, open_store, pgtemp
from corrobora.store.postgres import redact

BACKENDS = ("sqlite", "postgresql")
_schema_numbers = itertools.count(1)


_LEFT_OUT = pytest.StashKey[tuple[int, str]]()
_HERE = Path(__file__).resolve().parent


def postgresql_missing() -> str | None:
    """Why the PostgreSQL tests cannot run here, or None when they can."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install 'corrobora[postgres]')"
    if pgtemp.find_bindir() is None:
        return "initdb/pg_ctl not found (install Debian's postgresql: .ci/postgres.sh)"
    return None


def _needs_postgresql(item: pytest.Item) -> bool:
    if not Path(str(item.path)).resolve().is_relative_to(_HERE):
        return False
    callspec = getattr(item, "callspec", None)
    uses_target = callspec is not None and callspec.params.get("target") == "postgresql"
    fixtures = getattr(item, "fixturenames", ())
    return uses_target or "pg" in fixtures or "pg_server" in fixtures


#: Outcomes of the PostgreSQL tests of this run, for the summary line.
_PG_OUTCOMES: dict[str, int] = {}
_PG_TESTS: set[str] = set()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave the PostgreSQL tests out when it is missing (never under CI)."""
    _PG_TESTS.update(item.nodeid for item in items if _needs_postgresql(item))
    reason = postgresql_missing()
    if reason is None or os.environ.get("CI"):
        return
    left_out = [item for item in items if _needs_postgresql(item)]
    if left_out:
        items[:] = [item for item in items if not _needs_postgresql(item)]
        config.hook.pytest_deselected(items=left_out)
        config.stash[_LEFT_OUT] = (len(left_out), reason)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Count how the PostgreSQL tests ended (a failed set-up counts as failed)."""
    if report.nodeid not in _PG_TESTS:
        return
    if report.when == "call" or (report.when == "setup" and not report.passed):
        _PG_OUTCOMES[report.outcome] = _PG_OUTCOMES.get(report.outcome, 0) + 1


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """One line: how the PostgreSQL tests ended, or why they did not run."""
    if _LEFT_OUT in config.stash:
        count, reason = config.stash[_LEFT_OUT]
        terminalreporter.write_line(f"SKIPPED {count} PostgreSQL store tests: {reason}")
    elif _PG_OUTCOMES:
        counts = ", ".join(f"{n} {outcome}" for outcome, n in sorted(_PG_OUTCOMES.items()))
        terminalreporter.write_line(f"PostgreSQL store tests (real server): {counts}")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pgtemp.TempServer]:
    """A throwaway PostgreSQL server for the whole session (CI fails without one)."""
    reason = postgresql_missing()
    if reason is not None:
        pytest.fail(f"CI must run the PostgreSQL tests, but {reason}", pytrace=False)
    bindir = pgtemp.find_bindir()
    assert bindir is not None
    with pgtemp.temp_server(bindir) as server:
        yield server


@dataclass(frozen=True)
class Target:
    """Where a test's store lives, with raw access to its tables for checking."""

    backend: str
    url: str
    location: str
    """How the store names itself in messages."""

    def open(self, **options: Any) -> Store:
        return open_store(self.url, **options)

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        """Rows of a query run on a separate connection (what another program sees)."""
        if self.backend == "sqlite":
            connection = sqlite3.connect(self.url)
            try:
                return connection.execute(sql).fetchall()
            finally:
                connection.close()
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as connection:
            return [tuple(row) for row in connection.execute(sql).fetchall()]

    def execute(self, sql: str) -> None:
        """Run a statement on a separate connection and commit it."""
        if self.backend == "sqlite":
            connection = sqlite3.connect(self.url)
            try:
                connection.execute(sql)
                connection.commit()
            finally:
                connection.close()
            return
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as connection:
            connection.execute(sql)

    def count(self, table: str) -> int:
        ((n,),) = self.rows(f"SELECT count(*) FROM {table}")
        return int(n)


def pg_target(server: pgtemp.TempServer) -> Target:
    """A fresh, empty schema on ``server`` (one per test: no test sees another's data)."""
    import psycopg

    schema = f"test_{next(_schema_numbers)}"
    with psycopg.connect(server.url(), autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    url = server.url() + "?options=" + quote(f"-csearch_path={schema}", safe="")
    return Target("postgresql", url, redact(url))


def sqlite_target(folder: Path) -> Target:
    path = str(folder / "news.db")
    return Target("sqlite", path, path)


@pytest.fixture(params=BACKENDS)
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Target:
    """An empty store location on each backend in turn."""
    if request.param == "sqlite":
        return sqlite_target(tmp_path)
    return pg_target(request.getfixturevalue("pg_server"))


@pytest.fixture
def pg(pg_server: pgtemp.TempServer) -> Target:
    """An empty store location on the PostgreSQL server."""
    return pg_target(pg_server)


@pytest.fixture
def store(target: Target) -> Iterator[Store]:
    """An open, empty store on each backend in turn."""
    with target.open() as opened:
        yield opened
