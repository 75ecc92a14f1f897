"""Serving from several processes: each worker builds the same application.

uvicorn starts its worker processes itself and can only hand them an import path, so
the parent passes the few values that make up a :class:`WebConfig` through one
environment variable, as JSON, and every worker rebuilds the configuration from it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping

from fastapi import FastAPI

from ..errors import ConfigError
from ..settings import load_settings
from .app import create_app
from .config import WebConfig

CONFIG_VARIABLE = "CORROBORA_WEB_CONFIG"
"""The environment variable that carries the configuration to the workers."""

FACTORY = f"{__name__}:app_from_environment"
"""The import path uvicorn gives each worker."""


def config_json(config: WebConfig) -> str:
    """The parts of ``config`` a worker needs, as JSON."""
    return json.dumps(
        {
            "db": config.settings.db,
            "model": config.settings.analyze.model,
            "allow_ingest": config.allow_ingest,
            "token": config.token,
            "allowed_hosts": list(config.allowed_hosts),
            "page_size": config.page_size,
            "cache_size": config.cache_size,
            "threads": config.threads,
            "warm": config.warm,
        }
    )


def config_from_json(text: str) -> WebConfig:
    """Rebuild the configuration :func:`config_json` wrote.

    Raises:
        ConfigError: the text is not such a configuration.
    """
    try:
        data = json.loads(text)
        return WebConfig(
            settings=load_settings(db=str(data["db"]), model=str(data["model"])),
            allow_ingest=bool(data["allow_ingest"]),
            token=data["token"],
            allowed_hosts=tuple(str(host) for host in data["allowed_hosts"]),
            page_size=int(data["page_size"]),
            cache_size=int(data["cache_size"]),
            threads=None if data["threads"] is None else int(data["threads"]),
            warm=bool(data["warm"]),
        )
    except (ValueError, KeyError, TypeError) as error:
        raise ConfigError(f"{CONFIG_VARIABLE} is not a web configuration ({error})") from None


def app_from_environment(environ: Mapping[str, str] | None = None) -> FastAPI:
    """Build the application from :data:`CONFIG_VARIABLE` (what each worker runs).

    Raises:
        ConfigError: the variable is missing or not a configuration.
    """
    source = os.environ if environ is None else environ
    text = source.get(CONFIG_VARIABLE)
    if text is None:
        raise ConfigError(f"{CONFIG_VARIABLE} is not set: start workers with corrobora serve")
    return create_app(config_from_json(text))
