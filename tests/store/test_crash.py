"""A writer killed with SIGKILL at a random point loses no committed batch, keeps none by half.

A child process stores batches of articles and reports each commit; it is killed
while writing. Afterwards the database passes its integrity checks, every batch the
child reported is there exactly once, every other batch is there whole or not at all,
and a second run completes the work.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.store.conftest import Target
from tests.store.crash_child import article_id

REPOSITORY = Path(__file__).resolve().parents[2]
TOTAL, BATCH = 3000, 50


def child(target: Target) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.crash_child", target.url, str(TOTAL), str(BATCH)],
        cwd=REPOSITORY,
        stdout=subprocess.PIPE,
        text=True,
    )


def integrity_problems(target: Target) -> list[str]:
    """What the database's own checks find wrong (nothing, when all is well)."""
    if target.backend == "sqlite":
        problems = [str(row[0]) for row in target.rows("PRAGMA integrity_check")]
        target.execute("INSERT INTO article_search (article_search) VALUES ('integrity-check')")
        return [] if problems == ["ok"] else problems
    target.execute("CREATE EXTENSION IF NOT EXISTS amcheck")
    target.rows(
        "SELECT bt_index_check(c.oid, true) FROM pg_index AS i"
        " JOIN pg_class AS c ON c.oid = i.indexrelid"
        " JOIN pg_am AS m ON m.oid = c.relam"
        " WHERE m.amname = 'btree' AND c.relnamespace = current_schema()::regnamespace"
    )
    unindexed = target.rows("SELECT count(*) FROM articles WHERE search IS NULL")
    return [] if unindexed == [(0,)] else [f"{unindexed[0][0]} articles without search vector"]


def stored_numbers(target: Target) -> list[int]:
    return sorted(int(row[0][5:]) for row in target.rows("SELECT id FROM articles"))


def test_a_killed_writer_loses_nothing_committed(target: Target) -> None:
    seed = random.randrange(1_000_000)
    chance = random.Random(seed)
    process = child(target)
    assert process.stdout is not None
    reported: list[tuple[int, int]] = []
    kill_after = chance.randint(3, 12)
    for line in process.stdout:
        _, start, stop = line.split()
        reported.append((int(start), int(stop)))
        if len(reported) == kill_after:
            time.sleep(chance.uniform(0.0, 0.02))  # somewhere inside the next batch
            process.send_signal(signal.SIGKILL)
            break
    reported.extend((int(a), int(b)) for _, a, b in (line.split() for line in process.stdout))
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL, f"seed {seed}: the child was not killed"

    assert integrity_problems(target) == [], f"seed {seed}"
    numbers = stored_numbers(target)
    assert len(numbers) == len(set(numbers)), f"seed {seed}: an article stored twice"
    present = set(numbers)
    for first, end in reported:
        assert set(range(first, end)) <= present, f"seed {seed}: committed batch {first} lost"
    for first in range(0, TOTAL, BATCH):
        batch = set(range(first, min(TOTAL, first + BATCH)))
        assert batch <= present or not batch & present, f"seed {seed}: half of batch {first}"
    assert target.count("analyses") == len(numbers)

    again = child(target)
    again.communicate(timeout=300)
    assert again.returncode == 0
    assert stored_numbers(target) == list(range(TOTAL))
    assert target.count("analyses") == TOTAL
    assert integrity_problems(target) == []
    with target.open(read_only=True) as store:
        assert store.has_articles([article_id(0), article_id(TOTAL - 1)]) == {
            article_id(0),
            article_id(TOTAL - 1),
        }
        hits = store.search("harbour", kind="articles", limit=5)
        assert len(hits) == 5
