"""``corrobora serve``: refuses unsafe or impossible starts, warns when exposed, starts uvicorn."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from typing import Any

import httpx
import pytest
import uvicorn
from click.testing import CliRunner

from corrobora.cli import cli
from corrobora.web.workers import CONFIG_VARIABLE, FACTORY, app_from_environment

TOKEN = "0123456789abcdef-token"


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Record uvicorn.run calls instead of serving."""
    calls: list[dict[str, Any]] = []

    def fake_run(app: Any, **options: Any) -> None:
        calls.append({"app": app, **options})

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.delenv("CORROBORA_TOKEN", raising=False)
    return calls


def test_allow_ingest_without_token_is_a_usage_error(started: list[dict[str, Any]]) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", "x.db", "--allow-ingest"])
    assert result.exit_code == 2
    assert "--allow-ingest needs a token: give --token or set CORROBORA_TOKEN" in result.output
    assert started == []


def test_missing_store_is_one_line_error(tmp_path: Any, started: list[dict[str, Any]]) -> None:
    db = tmp_path / "none.db"
    result = CliRunner().invoke(cli, ["serve", "--db", str(db)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: cannot open {db}: no such file.")
    assert "Traceback" not in result.output
    assert started == []


def test_short_token_is_refused(demo_db: str, started: list[dict[str, Any]]) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", demo_db, "--token", "short"])
    assert result.exit_code == 1
    assert "Error: the token is too short (5 characters); use at least 16" in result.output


def test_serves_on_loopback_by_default(demo_db: str, started: list[dict[str, Any]]) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", demo_db, "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert "Warning" not in result.output
    assert f"Serving {demo_db} (read-only) at http://127.0.0.1:8123/" in result.output
    (call,) = started
    assert (call["host"], call["port"]) == ("127.0.0.1", 8123)
    assert call["app"].state.web.pool.location == demo_db
    assert call["app"].state.web.config.allow_ingest is False
    assert call["app"].state.web.config.warm is True  # pages rendered ahead by default


def test_warns_when_exposed_without_token(demo_db: str, started: list[dict[str, Any]]) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", demo_db, "--host", "0.0.0.0"])
    assert result.exit_code == 0, result.output
    assert (
        "Warning: serving on 0.0.0.0, which other machines may reach, without a token."
        in result.output
    )
    quiet = CliRunner().invoke(
        cli, ["serve", "--db", demo_db, "--host", "0.0.0.0", "--token", TOKEN, "-q"]
    )
    assert quiet.exit_code == 0
    assert quiet.output == ""


def test_token_from_environment_enables_ingest(
    tmp_path: Any, started: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CORROBORA_TOKEN", TOKEN)
    db = tmp_path / "fresh.db"
    result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--allow-ingest", "-q"])
    assert result.exit_code == 0, result.output
    assert db.exists()
    assert started[0]["app"].state.web.config.token == TOKEN


def test_several_workers_get_the_configuration_through_the_environment(
    demo_db: str, started: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(CONFIG_VARIABLE, raising=False)
    result = CliRunner().invoke(
        cli, ["serve", "--db", demo_db, "--workers", "2", "--cache", "9", "--no-warm"]
    )
    assert result.exit_code == 0, result.output
    assert "2 worker processes" in result.output
    (call,) = started
    assert (call["app"], call["factory"], call["workers"]) == (FACTORY, True, 2)
    assert call["timeout_worker_healthcheck"] >= 30  # workers import spaCy first
    app = app_from_environment()
    assert app.state.web.pool.location == demo_db
    assert app.state.web.config.cache_size == 9
    assert app.state.web.config.warm is False


def test_two_worker_processes_answer(demo_db: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "corrobora", "serve", "--db", demo_db]
    server = subprocess.Popen([*command, "--port", str(port), "--workers", "2", "-q"])
    try:
        deadline = time.monotonic() + 60
        answered = None
        while answered is None and time.monotonic() < deadline:
            try:
                answered = httpx.get(f"http://127.0.0.1:{port}/api/stories", timeout=5)
            except httpx.TransportError:
                time.sleep(0.3)
        assert answered is not None, "no answer within 60 s"
        assert answered.status_code == 200
        assert answered.json()["total"] > 0
    finally:
        server.terminate()
        server.wait(timeout=30)
