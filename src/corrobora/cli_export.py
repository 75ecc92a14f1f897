"""``corrobora export``: a store's articles, stories, facts or quotes as flat tables."""

from __future__ import annotations

import errno
import sys
from pathlib import Path

import click

from .errors import CorroboraError
from .export import ExportFormat, ExportKind, export
from .settings import load_settings
from .store import open_store


@click.command("export")
@click.option(
    "--what",
    "kind",
    type=click.Choice([kind.value for kind in ExportKind]),
    default=ExportKind.FACTS.value,
    show_default=True,
    help="Which table to export: one row per article, story, fact or quote wording.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice([fmt.value for fmt in ExportFormat]),
    default=ExportFormat.JSONL.value,
    show_default=True,
    help="jsonl and csv go to standard output unless -o is given; parquet needs -o.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE")
@click.option("--db", metavar="URL", help="The store (default: $CORROBORA_DB or corrobora.db).")
@click.option("-q", "--quiet", is_flag=True, help="No summary line.")
def export_command(kind: str, fmt: str, output: Path | None, db: str | None, quiet: bool) -> None:
    """Export the store's articles, stories, facts or quotes as flat tables.

    \b
    Examples:
        corrobora export --what facts --format csv -o facts.csv
        corrobora export --what articles --format parquet -o articles.parquet
    """
    try:
        settings = load_settings(db=db)
        with open_store(settings.db, read_only=True, create=False) as store:
            count = export(store, ExportKind(kind), ExportFormat(fmt), output, sys.stdout)
    except CorroboraError as error:
        raise click.ClickException(str(error)) from None
    except OSError as error:
        if error.errno == errno.EPIPE and output is None:
            raise  # a reader that stopped early (| head): click exits quietly
        target = output if output is not None else "standard output"
        raise click.ClickException(f"cannot write {target}: {error.strerror or error}") from None
    if not quiet:
        where = output if output is not None else "standard output"
        click.echo(f"{count} {kind} written to {where}", err=True)
