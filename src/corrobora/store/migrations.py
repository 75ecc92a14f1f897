"""Bringing a store's schema up to date, the same way on every database.

On opening, :func:`prepare` checks what the database holds: nothing (a new store is
created), another program's tables (refused), a store from a newer corrobora
(refused), or an older store (upgraded when the opener allows it, otherwise refused
with the command that upgrades it: ``corrobora db upgrade``).
"""

from __future__ import annotations

import logging
import shlex
from datetime import UTC, datetime

from corrobora.errors import StoreError
from corrobora.store import schema
from corrobora.store.backend import Backend, Db

logger = logging.getLogger(__name__)

_DATABASE_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def upgrade_command(location: str) -> str:
    """The command line that upgrades the store at ``location``."""
    return f"corrobora db upgrade --db {shlex.quote(location)}"


def prepare(backend: Backend, *, upgrade: bool) -> list[str]:
    """Check that ``backend`` holds a corrobora store, creating or upgrading it as allowed.

    An empty database becomes a new store (unless read-only). An older store is
    upgraded when ``upgrade`` is true and the store is writable. Returns the names of
    the migrations applied now.

    Raises:
        StoreError: Another program's database, an empty database opened read-only, a
            store from a newer corrobora, or an older one that may not be upgraded.
    """
    location = backend.location
    with backend.reading() as db:
        tables = backend.table_names()
        if schema.MIGRATIONS_TABLE not in tables:
            if tables:
                shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
                kind = _DATABASE_NAMES.get(backend.dialect.name, backend.dialect.name)
                raise StoreError(
                    f"{location} is a {kind} database but not a corrobora store "
                    f"(its tables: {shown})"
                )
            if backend.read_only:
                raise StoreError(
                    f"cannot open {location} read-only: it is empty, not a corrobora store"
                )
            pending = [migration.name for migration in schema.MIGRATIONS]
        else:
            pending = _check_known(applied(db), location)
    if not backend.read_only:
        backend.ready_for_writes()
    if not pending:
        return []
    if tables and (backend.read_only or not upgrade):
        raise StoreError(
            f"{location} was written by an older corrobora and needs the schema migrations "
            f"{', '.join(pending)}; run: {upgrade_command(location)}"
        )
    return migrate(backend)


def applied(db: Db) -> list[str]:
    """The names of the migrations a store records as applied, in name order."""
    rows = db.execute(f"SELECT name FROM {schema.MIGRATIONS_TABLE} ORDER BY name").fetchall()
    return [str(row[0]) for row in rows]


def _check_known(names: list[str], location: str) -> list[str]:
    """Return the names of migrations still to apply; refuse stores from the future."""
    known = [migration.name for migration in schema.MIGRATIONS]
    unknown = [name for name in names if name not in known]
    if unknown:
        raise StoreError(
            f"{location} was written by a newer corrobora (unknown schema migrations: "
            f"{', '.join(unknown)}); upgrade corrobora to open it"
        )
    return [name for name in known if name not in names]


def migrate(backend: Backend) -> list[str]:
    """Apply the missing migrations, in order, in one transaction; return their names."""
    done: list[str] = []
    with backend.writing("initialize") as db:
        backend.run_script(schema.CREATE_MIGRATIONS_TABLE)
        pending = set(_check_known(applied(db), backend.location))
        for migration in schema.MIGRATIONS:
            if migration.name not in pending:
                continue
            logger.info("%s: applying schema migration %s", backend.location, migration.name)
            backend.run_script(migration.sql(backend.dialect.name))
            db.execute(
                f"INSERT INTO {schema.MIGRATIONS_TABLE} (name, applied_at) VALUES (?, ?)",
                (migration.name, datetime.now(UTC).isoformat()),
            )
            done.append(migration.name)
    return done
