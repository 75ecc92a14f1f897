"""The ``corrobora db`` commands: upgrade a store's schema, copy a store to another.

Kept apart from :mod:`corrobora.cli`, which registers the group.
"""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from .cli_options import CONTEXT_SETTINGS, F, run_command
from .settings import load_settings
from .store import upgrade_store
from .store.copying import CopyResult, copy_store


@click.group(context_settings=CONTEXT_SETTINGS)
def db() -> None:
    """Look after a store: bring its schema up to date, copy it to another database.

    A store is a SQLite file (news.db, sqlite:///news.db) or a PostgreSQL database
    (postgresql://user:password@host:5432/database).
    """


def store_option(func: F) -> F:
    """The --db option, passed as ``location``: a SQLite path or a PostgreSQL URL."""
    return click.option(
        "--db",
        "location",
        metavar="PATH_OR_URL",
        default=None,
        help="The store: a SQLite file or a postgresql:// URL "
        "(default: $CORROBORA_DB or ./corrobora.db).",
    )(func)


@db.command()
@store_option
@click.option("-q", "--quiet", is_flag=True, help="Print nothing when all went well.")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def upgrade(location: str | None, quiet: bool, debug: bool) -> None:
    """Apply the schema migrations the store lacks (a missing store is created).

    Opening an older SQLite file for writing upgrades it anyway; a PostgreSQL store
    is only upgraded by this command, so that a shared server changes on purpose.
    Nothing is changed when a migration fails.

    \b
    Example:
        corrobora db upgrade --db postgresql://newsroom@db.internal/news
    """

    def action() -> int:
        done = upgrade_store(load_settings(db=location).db)
        if not quiet:
            if done.applied:
                click.echo(f"{done.location}: applied {', '.join(done.applied)}")
            click.echo(
                f"{done.location} is up to date ({len(done.schema)} schema migrations, "
                f"the last {done.schema[-1]})"
            )
        return 0

    run_command(debug, action)


@db.command()
@click.argument("source", metavar="SRC")
@click.argument("destination", metavar="DST")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary table.")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def copy(source: str, destination: str, quiet: bool, debug: bool) -> None:
    """Copy the whole store SRC into DST, a new file or an empty database.

    Either store may be SQLite or PostgreSQL: this is how a newsroom moves from one
    file to a shared server, and back. SRC is only read; DST is written in one
    transaction and every table's row count is checked against SRC before it is
    committed, so DST is an exact copy or is left without data.

    \b
    Example:
        corrobora db copy news.db postgresql://newsroom@db.internal/news
    """

    def action() -> int:
        status = None if quiet else Console(stderr=True).status("Copying")

        def tick(table: str, copied: int) -> None:
            if status is not None:
                status.update(f"Copying {table}: {copied:,} rows")

        if status is not None:
            status.start()
        try:
            result = copy_store(source, destination, tick=tick)
        finally:
            if status is not None:
                status.stop()
        if not quiet:
            click.echo(f"Copied {result.source} -> {result.destination}; row counts verified.")
            Console().print(_counts_table(result))
        return 0

    run_command(debug, action)


def _counts_table(result: CopyResult) -> Table:
    table = Table()
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in result.counts:
        table.add_row(name, f"{count:,}")
    return table
