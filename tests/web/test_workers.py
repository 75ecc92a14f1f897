"""Worker processes rebuild the served configuration from the environment."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from corrobora.errors import ConfigError
from corrobora.settings import load_settings
from corrobora.store import open_store
from corrobora.web.config import WebConfig
from corrobora.web.workers import (
    CONFIG_VARIABLE,
    app_from_environment,
    config_from_json,
    config_json,
)


def test_a_configuration_survives_the_trip_through_json(tmp_path: Path) -> None:
    config = WebConfig(
        settings=load_settings({}, db=str(tmp_path / "news.db"), model="some_model"),
        allow_ingest=True,
        token="a-long-enough-secret-token",
        allowed_hosts=("127.0.0.1", "localhost"),
        page_size=30,
        cache_size=7,
        threads=3,
        warm=True,
    )
    assert config_from_json(config_json(config)) == config
    assert config_from_json(config_json(dataclasses.replace(config, threads=None))).threads is None


def test_a_worker_serves_the_store_named_in_the_environment(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    open_store(db).close()
    config = WebConfig(settings=load_settings({}, db=db))
    app = app_from_environment({CONFIG_VARIABLE: config_json(config)})
    assert app.state.web.config == config


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({}, f"{CONFIG_VARIABLE} is not set"),
        ({CONFIG_VARIABLE: "{not json"}, f"{CONFIG_VARIABLE} is not a web configuration"),
        ({CONFIG_VARIABLE: '{"db": "x.db"}'}, "is not a web configuration"),
    ],
)
def test_a_missing_or_broken_configuration_is_refused(
    environ: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        app_from_environment(environ)


def test_requests_at_once_default_to_one_on_sqlite_and_four_on_postgresql() -> None:
    assert WebConfig(settings=load_settings({}, db="news.db")).request_threads == 1
    remote = load_settings({}, db="postgresql://reader@db.example/news")
    assert WebConfig(settings=remote).request_threads == 4
    assert WebConfig(settings=remote, threads=2).request_threads == 2
    with pytest.raises(ConfigError, match="threads must be in"):
        WebConfig(threads=0)
