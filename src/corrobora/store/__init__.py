"""Where corrobora keeps its work: analyzed articles, stories and reconciliations.

``open_store`` is the one way in. It takes a SQLite path or URL and returns a
:class:`Store`; other databases (PostgreSQL) are planned but not supported yet.
"""

from __future__ import annotations

import re

from corrobora.errors import ConfigError
from corrobora.store.base import Store
from corrobora.store.connection import MEMORY
from corrobora.store.sqlite import SQLiteStore
from corrobora.store.storyquery import StoryFilter

__all__ = ["SQLiteStore", "Store", "StoryFilter", "open_store", "sqlite_location"]

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def open_store(url_or_path: str, *, read_only: bool = False, create: bool = True) -> Store:
    """Open (and if needed create) the store at ``url_or_path``.

    Args:
        url_or_path: A file path (``news.db``), a SQLite URL (``sqlite:///news.db``,
            ``sqlite:////abs/news.db``) or an in-memory store (``:memory:``,
            ``sqlite:///:memory:``).
        read_only: Open without the right to write; every write raises ``StoreError``.
        create: Create a new empty store when the file does not exist.

    Raises:
        ConfigError: The URL names a database corrobora does not support.
        StoreError: The store cannot be opened; the message names the path and why.
    """
    return SQLiteStore(sqlite_location(url_or_path), read_only=read_only, create=create)


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
            f"{scheme}:// stores are not supported yet; use a SQLite path "
            "(news.db or sqlite:///news.db)"
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
