"""Where corrobora keeps its work: analyzed articles, stories and reconciliations.

``open_store`` is the one way in. It takes a SQLite path or URL (the default: one
file) or a PostgreSQL URL (a shared server) and returns a :class:`Store`; both
backends have the same schema and behave the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corrobora.errors import ConfigError
from corrobora.store.base import Store
from corrobora.store.connection import MEMORY
from corrobora.store.search import SEARCH_KINDS, SearchHit, SearchKind, Snippet
from corrobora.store.sqlite import SQLiteStore
from corrobora.store.sqlstore import SQLStore
from corrobora.store.storyquery import StoryFilter

__all__ = [
    "SEARCH_KINDS",
    "SQLStore",
    "SQLiteStore",
    "SearchHit",
    "SearchKind",
    "Snippet",
    "Store",
    "StoryFilter",
    "Upgrade",
    "open_sql_store",
    "open_store",
    "sqlite_location",
    "upgrade_store",
]

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_POSTGRESQL_SCHEMES = frozenset({"postgresql", "postgres"})


def open_store(
    url_or_path: str,
    *,
    read_only: bool = False,
    create: bool = True,
    upgrade: bool | None = None,
) -> Store:
    """Open (and if needed create) the store at ``url_or_path``.

    Args:
        url_or_path: A file path (``news.db``), a SQLite URL (``sqlite:///news.db``,
            ``sqlite:////abs/news.db``), an in-memory store (``:memory:``,
            ``sqlite:///:memory:``) or a PostgreSQL URL
            (``postgresql://user:password@host:5432/database``).
        read_only: Open without the right to write; every write raises ``StoreError``.
        create: Create a new empty SQLite store when the file does not exist (an empty
            PostgreSQL database always becomes a store when opened for writing).
        upgrade: Apply the schema migrations an older store lacks. By default a SQLite
            file opened for writing is upgraded, and a PostgreSQL store is not (it is
            refused with the command to run: ``corrobora db upgrade``).

    Raises:
        ConfigError: The URL names a database corrobora does not support.
        MissingDependency: A PostgreSQL URL without the ``psycopg`` package installed.
        StoreError: The store cannot be opened; the message names it (never with a
            password) and says why.
    """
    return open_sql_store(url_or_path, read_only=read_only, create=create, upgrade=upgrade)


def open_sql_store(
    url_or_path: str,
    *,
    read_only: bool = False,
    create: bool = True,
    upgrade: bool | None = None,
) -> SQLStore:
    """Like :func:`open_store`, with the concrete class (for tools that need its backend)."""
    if is_postgresql(url_or_path):
        from corrobora.store.postgres import PostgreSQLStore

        return PostgreSQLStore(url_or_path, read_only=read_only, upgrade=bool(upgrade))
    return SQLiteStore(
        sqlite_location(url_or_path),
        read_only=read_only,
        create=create,
        upgrade=True if upgrade is None else upgrade,
    )


def is_postgresql(url_or_path: str) -> bool:
    """True when ``url_or_path`` is a ``postgresql://`` (or ``postgres://``) URL."""
    match = _SCHEME.match(url_or_path.strip())
    return match is not None and match.group(1).lower() in _POSTGRESQL_SCHEMES


@dataclass(frozen=True, slots=True)
class Upgrade:
    """What ``upgrade_store`` did.

    Attributes:
        location: the store (without password).
        applied: the migrations applied now, in order (empty: it was up to date).
        schema: every migration the store now records.
    """

    location: str
    applied: tuple[str, ...]
    schema: tuple[str, ...]


def upgrade_store(url_or_path: str) -> Upgrade:
    """Apply the schema migrations the store at ``url_or_path`` lacks (a new one is created).

    Raises:
        StoreError: The store cannot be opened or upgraded; nothing is changed then.
    """
    from corrobora.store.migrations import applied

    with open_sql_store(url_or_path, upgrade=True) as store:
        with store.backend.reading() as db:
            names = applied(db)
        return Upgrade(store.location, store.migrations_applied, tuple(names))


def sqlite_location(url_or_path: str) -> str:
    """Return the file path (or ``:memory:``) that a store URL or path designates.

    Raises:
        ConfigError: The location is empty, malformed, or not a SQLite one.
    """
    if not url_or_path.strip():
        raise ConfigError("the store location is empty; give a SQLite path such as news.db")
    match = _SCHEME.match(url_or_path)
    if match is None:
        if url_or_path.lower().startswith("sqlite:"):
            raise _bad_url(url_or_path)
        return url_or_path
    scheme = match.group(1).lower()
    if scheme != "sqlite":
        # Only the scheme is echoed: the rest of a server URL may hold a password.
        raise ConfigError(
            f"{scheme}:// stores are not supported; use a SQLite path (news.db or "
            "sqlite:///news.db) or a PostgreSQL URL (postgresql://user@host/database)"
        )
    rest = url_or_path[match.end() :]
    if not rest:
        return MEMORY
    if not rest.startswith("/") or rest == "/":
        raise _bad_url(url_or_path)
    return rest[1:]


def _bad_url(url: str) -> ConfigError:
    return ConfigError(
        f"cannot read the SQLite URL {url!r}: write sqlite:///relative/path.db, "
        "sqlite:////absolute/path.db or sqlite:///:memory:"
    )
