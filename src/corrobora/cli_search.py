"""The ``corrobora search`` command: full-text search of a store, with snippets.

Kept apart from :mod:`corrobora.cli`, which registers it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import click
from rich.console import Console
from rich.text import Text

from .cli_db import store_option
from .cli_options import MAX_LIMIT, run_command, utf8_text
from .report.printable import printable_copy
from .settings import load_settings
from .store import SearchHit, SearchKind, open_store

_HIGHLIGHT = "bold yellow"
_STATUS_STYLES = {"corroborated": "green", "single_source": "yellow", "conflicting": "red"}


@click.command()
@click.argument("query", callback=utf8_text)
@click.option(
    "--stories",
    "kind",
    flag_value="stories",
    default=True,
    help="Stories whose facts or articles match, best first (the default).",
)
@click.option("--facts", "kind", flag_value="facts", help="Facts whose wording matches.")
@click.option(
    "--articles", "kind", flag_value="articles", help="Articles whose title or text matches."
)
@click.option(
    "--limit",
    metavar="N",
    type=click.IntRange(1, MAX_LIMIT),
    default=20,
    show_default=True,
    help="Show at most N results.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("terminal", "json")),
    default="terminal",
    show_default=True,
)
@store_option
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def search(
    query: str, kind: SearchKind, limit: int, fmt: str, location: str | None, debug: bool
) -> None:
    """Search the stored articles and facts for words, with the matches highlighted.

    Every word of QUERY must occur; words match whole, with English stemming
    ("storms" finds "storm"); "quoted words" must occur together, in that order.
    Other punctuation is plain text. Each result names the story it belongs to:
    open it with corrobora show STORY_ID. On a large store, results are the best
    among the 2,000 most recently stored matches.

    \b
    Example:
        corrobora search '"ferry route" storm' --facts --db news.db
        corrobora search strike --articles --format json --db news.db
    """
    if not query.strip():
        raise click.UsageError("the search query is empty: give one or more words to look for")

    def action() -> int:
        settings = load_settings(db=location)
        with open_store(settings.db, read_only=True, create=False) as store:
            try:
                hits = store.search(query, kind=kind, limit=limit)
            except ValueError as error:
                raise click.UsageError(str(error)) from None
        if fmt == "json":
            click.echo(json.dumps(search_json(query, kind, hits), indent=2, ensure_ascii=False))
        else:
            render_hits(hits, kind, Console())
        return 0

    run_command(debug, action)


def search_json(query: str, kind: str, hits: Sequence[SearchHit]) -> dict[str, Any]:
    """The results as JSON values: plain snippets with the offsets of each match."""
    return {
        "query": query,
        "kind": kind,
        "results": [
            {
                "kind": hit.kind,
                "id": hit.id,
                "story_id": hit.story_id,
                "title": hit.title,
                **({"outlet": hit.outlet} if hit.outlet is not None else {}),
                **({"status": hit.status} if hit.status is not None else {}),
                **({"matches": hit.matches} if hit.kind == "story" else {}),
                "snippet": hit.snippet.text,
                "highlights": [list(span) for span in hit.snippet.highlights],
            }
            for hit in hits
        ],
    }


def render_hits(hits: Sequence[SearchHit], kind: str, console: Console) -> None:
    """Print the results: a heading line per hit, then its snippet with matches styled."""
    hits = printable_copy(hits)
    if not hits:
        console.print(Text(f"No {kind} match.", style="dim"))
        return
    for hit in hits:
        console.print(_heading(hit))
        snippet = Text(hit.snippet.text)
        for start, end in hit.snippet.highlights:
            snippet.stylize(_HIGHLIGHT, start, end)
        snippet.pad_left(2)
        console.print(snippet)
        console.print()


def _heading(hit: SearchHit) -> Text:
    heading = Text()
    if hit.kind == "story":
        heading.append(hit.id, style="cyan")
        heading.append(f"  {hit.title}", style="bold")
        heading.append(f"  ({hit.matches} matching)", style="dim")
        return heading
    if hit.kind == "fact":
        status = hit.status or ""
        heading.append(status.replace("_", " "), style=_STATUS_STYLES.get(status, ""))
        heading.append(f"  {hit.title}", style="bold")
    else:
        heading.append(hit.outlet or "", style="magenta")
        heading.append(f"  {hit.title}", style="bold")
    story = hit.story_id or "no story yet"
    heading.append(f"  story {story}", style="cyan")
    return heading
