"""The default store: one SQLite file (or memory) with a plain, documented schema.

The file uses WAL, so that readers (the web UI, the ``sqlite3`` shell) work while one
writer (an ingest) adds to it; every write is one ``BEGIN IMMEDIATE`` transaction.
``docs/schema.md`` describes the tables.
"""

from __future__ import annotations

import sqlite3

from corrobora.store.connection import SQLiteBackend
from corrobora.store.sqlstore import SQLStore


class SQLiteStore(SQLStore):
    """A corrobora store in one SQLite file; see :func:`corrobora.store.open_store`.

    Args:
        location: a file path, or ``:memory:``.
        read_only: open without the right to write; every write raises ``StoreError``.
        create: create a new empty store when the file does not exist.
        upgrade: apply the schema migrations an older store lacks (when writable);
            otherwise such a store is refused with the command that upgrades it.
    """

    def __init__(
        self, location: str, *, read_only: bool = False, create: bool = True, upgrade: bool = True
    ) -> None:
        self._sqlite = SQLiteBackend(location, read_only=read_only, create=create)
        super().__init__(self._sqlite, upgrade=upgrade)

    @property
    def connection(self) -> sqlite3.Connection:
        """The sqlite3 connection (for SQLite-only work such as PRAGMAs)."""
        return self._sqlite.connection
