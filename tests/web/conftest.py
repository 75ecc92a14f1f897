"""Fixtures of the web tests: stores built once per session, an app, a live server, Chromium."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip(
    "fastapi", reason="the web extra is not installed: pip install 'corrobora[web]'"
)

from fastapi import FastAPI
from fastapi.testclient import TestClient

from corrobora import api
from corrobora.settings import Settings
from corrobora.store import open_store
from corrobora.web import WebConfig, create_app

from .hostile import write_hostile_inputs

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def build_store(tmp: Path, inputs: list[Path]) -> str:
    """Ingest ``inputs`` into a new store in ``tmp`` through the library; return its path."""
    db = str(tmp / "store.db")
    with open_store(db) as store:
        summary = api.ingest(inputs, store, Settings(db=db))
    assert summary.errors == [], summary.errors
    assert summary.added > 0
    return db


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo corpus (examples/corpus) as a store; built once, about half a minute."""
    return build_store(tmp_path_factory.mktemp("demo"), [CORPUS])


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store of articles whose titles, outlets, URLs and texts carry markup and script."""
    folder = tmp_path_factory.mktemp("hostile-inputs")
    return build_store(tmp_path_factory.mktemp("hostile"), write_hostile_inputs(folder))


def make_app(db: str, **options: Any) -> FastAPI:
    """The web app over the store ``db``."""
    return create_app(WebConfig(settings=Settings(db=db), **options))


@pytest.fixture(scope="session")
def demo_app(demo_db: str) -> FastAPI:
    return make_app(demo_db)


@pytest.fixture
def client(demo_app: FastAPI) -> TestClient:
    return TestClient(demo_app)


@pytest.fixture(scope="session")
def demo_document(demo_db: str) -> dict[str, Any]:
    """Every story of the demo store as the CLI's JSON document, largest first."""
    from corrobora.report import to_document

    with open_store(demo_db, read_only=True) as store:
        summaries = sorted(api.story_summaries(store), key=lambda s: (-s.articles, s.id))
        reports = [api.story_report(store, s.id) for s in summaries]
    return to_document(reports)


class LiveServer:
    """The app served by uvicorn on a free loopback port, in a thread of the test process."""

    def __init__(self, app: FastAPI) -> None:
        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@pytest.fixture(scope="session")
def demo_server(demo_app: FastAPI) -> Iterator[LiveServer]:
    server = LiveServer(demo_app)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def hostile_server(hostile_db: str) -> Iterator[LiveServer]:
    server = LiveServer(make_app(hostile_db))
    yield server
    server.stop()


def _browser_missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install playwright)"
    if not CHROMIUM.exists():
        return f"Chromium is not installed at {CHROMIUM} (run .ci/chromium.sh)"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium driven by Playwright; skipped when absent, unless CI is set."""
    missing = _browser_missing()
    if missing is not None:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests must run in CI: {missing}")
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """The folder where browser tests leave their screenshots."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
