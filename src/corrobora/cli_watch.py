"""The ``corrobora watch`` command: poll feeds and folders, adding what is new.

``watch`` polls feeds and folders and ingests what is new through :func:`api.ingest`,
which skips stored articles (ids come from the text) and updates stories
incrementally, so a poll that finds nothing new changes nothing. ``cli.py`` registers
the command.
"""

from __future__ import annotations

import math
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from types import FrameType

import click

from . import api
from .cli_options import (
    CONTEXT_SETTINGS,
    common_options,
    engine_options,
    engine_spec,
    fetch_choice,
    fetch_options,
    one_line,
    passed_over,
    prepare_models,
    run_command,
)
from .engines import Engine, EngineSpec, open_engine
from .ingest import FetchOptions
from .settings import Settings, load_settings
from .store import open_store

_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def _stop_on_signals() -> Iterator[threading.Event]:
    """An event set by the first SIGINT or SIGTERM; a second one interrupts at once."""
    stop = threading.Event()
    previous = {sig: signal.getsignal(sig) for sig in _STOP_SIGNALS}

    def handler(signum: int, frame: FrameType | None) -> None:
        stop.set()
        for sig, old in previous.items():
            signal.signal(sig, old)

    for sig in _STOP_SIGNALS:
        signal.signal(sig, handler)
    try:
        yield stop
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _poll(
    number: int,
    inputs: tuple[str, ...],
    settings: Settings,
    fetch: FetchOptions | None,
    engine: Engine,
) -> api.IngestSummary:
    with open_store(settings.db) as store:
        summary = api.ingest(inputs, store, settings, fetch=fetch, engine=engine)
    for error in summary.errors:
        click.echo(one_line(f"Error: {error}"), err=True)
    when = datetime.now().astimezone().strftime("%H:%M:%S")
    click.echo(
        f"poll {number} at {when}: {summary.read} read, {summary.added} added, "
        f"{summary.already_stored} already stored, {len(summary.errors)} error(s); "
        f"{summary.stories} stories"
    )
    if passed := passed_over(summary.skipped):
        click.echo(f"poll {number} passed over (not articles): {passed}")
    return summary


def _watch(
    inputs: tuple[str, ...],
    settings: Settings,
    fetch: FetchOptions | None,
    spec: EngineSpec,
    *,
    interval: float,
    once: bool,
    quiet: bool,
) -> int:
    with _stop_on_signals() as stop, open_engine(spec) as engine:
        if not quiet:
            click.echo(
                f"Watching {len(inputs)} input(s) every {interval:g} s into {settings.db} "
                f"({engine.description}); Ctrl-C stops.",
                err=True,
            )
        number = 0
        while True:
            number += 1
            summary = _poll(number, inputs, settings, fetch, engine)
            if once:
                return 1 if summary.errors else 0
            if stop.is_set() or stop.wait(interval):
                break
    if not quiet:
        click.echo(f"Stopped after {number} poll(s).", err=True)
    return 0


MAX_INTERVAL = 31 * 86_400.0
"""The longest pause between polls: a month."""


def _finite(ctx: click.Context, param: click.Parameter, value: float) -> float:
    """Refuse ``nan``, which every range check lets through."""
    if math.isnan(value):
        raise click.BadParameter("must be a number of seconds, not nan", ctx, param)
    return value


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("inputs", nargs=-1, required=True, metavar="FEED_OR_DIR...")
@click.option(
    "--interval",
    metavar="SECONDS",
    type=click.FloatRange(min=0.1, max=MAX_INTERVAL),
    callback=_finite,
    default=300.0,
    show_default=True,
    help="Seconds between the end of one poll and the start of the next.",
)
@click.option("--once", is_flag=True, help="Poll once and exit (1 if an input failed).")
@fetch_options
@engine_options
@common_options
def watch(
    inputs: tuple[str, ...],
    interval: float,
    once: bool,
    fetch: bool,
    allow_private: bool,
    engine: str,
    workers: int | None,
    scheduler: str | None,
    db: str | None,
    model: str | None,
    quiet: bool,
    debug: bool,
) -> None:
    """Poll feeds and folders, adding what is new to the store, until stopped.

    Each poll reads every input (feed files, folders, and with --fetch feed URLs),
    adds the articles not yet stored, updates their stories (story ids stay stable)
    and prints one line with its counts. Unreadable inputs are reported and the next
    poll tries them again. Ctrl-C (or SIGTERM) stops after the current poll.

    \b
    Example:
        corrobora watch https://example.org/news.rss inbox/ --fetch --interval 600 --db news.db
    """
    downloads = fetch_choice(fetch, allow_private)
    spec = engine_spec(engine, workers, scheduler)

    def action() -> int:
        settings = load_settings(db=db, model=model)
        prepare_models(settings, quiet)
        return _watch(inputs, settings, downloads, spec, interval=interval, once=once, quiet=quiet)

    run_command(debug, action)
