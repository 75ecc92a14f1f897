"""One run at a time adds to a store: a second one waits for the first to finish."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from corrobora.store import open_store

from .conftest import Target


def test_a_second_run_waits_until_the_first_is_done(target: Target) -> None:
    first, second = target.open(), target.open()
    events: list[str] = []

    def other_run() -> None:
        with second.one_run(lambda: events.append("waiting")):
            events.append("running")

    try:
        with first.one_run(lambda: events.append("first waited")):
            thread = threading.Thread(target=other_run)
            thread.start()
            deadline = time.monotonic() + 10
            while not events and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(0.2)
            assert events == ["waiting"]
        thread.join(timeout=10)
        assert events == ["waiting", "running"]
        with first.one_run(lambda: events.append("first waited")):
            pass  # the lock was given back
        assert events == ["waiting", "running"]
    finally:
        first.close()
        second.close()


def test_a_read_only_store_takes_no_lock(target: Target) -> None:
    target.open().close()
    writer, reader = target.open(), target.open(read_only=True)
    try:
        with writer.one_run(), reader.one_run(lambda: (_ for _ in ()).throw(AssertionError)):
            pass
    finally:
        writer.close()
        reader.close()


def test_a_run_inside_a_run_of_the_same_store_does_not_wait(target: Target) -> None:
    store = target.open()
    try:
        with store.one_run(), store.one_run(lambda: (_ for _ in ()).throw(AssertionError)):
            pass
        with store.one_run():
            pass  # given back after the nested run
    finally:
        store.close()


def test_a_store_path_with_a_tilde_is_locked_beside_the_expanded_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    store = open_store("~/news.db")
    try:
        with store.one_run():
            assert (tmp_path / "news.db.lock").exists()
    finally:
        store.close()
