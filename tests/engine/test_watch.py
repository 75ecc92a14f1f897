"""``corrobora watch``: polls add what is new and leave stored articles alone; signals stop it."""

from __future__ import annotations

import os
import shutil
import signal
import threading
import time
from pathlib import Path

from click.testing import CliRunner

from corrobora import serialize
from corrobora.cli import cli
from corrobora.store import open_store

from ..ingest.ingest_helpers import http_response, join_records, page, warc_record
from .conftest import DEMO


def _stored(db: Path) -> dict[str, str]:
    with open_store(str(db), read_only=True, create=False) as store:
        return {a.article.id: serialize.dumps(a) for a in store.analyses()}


def test_watch_once_adds_only_new_files(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    db = tmp_path / "news.db"
    sources = sorted((DEMO / "port-fire").glob("*.txt"))
    assert len(sources) >= 3
    for source in sources[:2]:
        shutil.copy(source, inbox)
    args = ["watch", str(inbox), "--once", "-q", "--db", str(db)]

    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert "poll 1 at " in first.output
    assert ": 2 read, 2 added, 0 already stored, 0 error(s);" in first.output
    before = _stored(db)
    assert len(before) == 2

    shutil.copy(sources[2], inbox)
    second = CliRunner().invoke(cli, args)
    assert second.exit_code == 0, second.output
    assert ": 3 read, 1 added, 2 already stored, 0 error(s);" in second.output
    after = _stored(db)
    assert len(after) == 3
    assert {i: after[i] for i in before} == before


def test_watch_reports_a_bad_input_and_exits_1_with_once(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = CliRunner().invoke(
        cli, ["watch", str(missing), "--once", "-q", "--db", str(tmp_path / "n.db")]
    )
    assert result.exit_code == 1
    assert f"Error: {missing}" in result.output
    assert ": 0 read, 0 added, 0 already stored, 1 error(s); 0 stories" in result.output


def test_watch_stops_cleanly_on_sigterm_between_polls(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(sorted((DEMO / "port-fire").glob("*.txt"))[0], inbox)
    previous = signal.getsignal(signal.SIGTERM)

    def send_when_watching() -> None:
        deadline = time.monotonic() + 120
        # Only once watch has put its own handler in place (default SIGTERM would kill us).
        while signal.getsignal(signal.SIGTERM) is previous and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(os.getpid(), signal.SIGTERM)

    sender = threading.Thread(target=send_when_watching)
    sender.start()
    result = CliRunner().invoke(
        cli, ["watch", str(inbox), "--interval", "600", "--db", str(tmp_path / "n.db")]
    )
    sender.join()
    assert result.exit_code == 0, result.output
    assert ": 1 read, 1 added," in result.output
    assert "Stopped after 1 poll(s)." in result.output
    assert signal.getsignal(signal.SIGTERM) is previous


def test_watch_says_which_warc_records_a_poll_passed_over(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    story = (DEMO / "port-fire").glob("*.txt").__next__().read_text(encoding="utf-8")
    paragraphs = [p for p in story.split("\n\n") if p.strip()][1:]
    records = [
        warc_record(
            "response",
            http_response(page("Harbour fire", paragraphs).encode()),
            uri="https://harbour.example/fire",
            number=1,
        ),
        warc_record(
            "response",
            http_response(b"", status="404 Not Found"),
            uri="https://harbour.example/gone",
            number=2,
        ),
    ]
    (inbox / "crawl.warc.gz").write_bytes(join_records(records, gz=True))
    result = CliRunner().invoke(
        cli, ["watch", str(inbox), "--once", "-q", "--db", str(tmp_path / "n.db")]
    )
    assert result.exit_code == 0, result.output
    assert ": 1 read, 1 added, 0 already stored, 0 error(s);" in result.output
    assert "poll 1 passed over (not articles): HTTP status other than 200: 1" in result.output
