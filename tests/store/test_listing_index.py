"""The story listing's order is read from an index, not sorted on every request."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from corrobora.store import open_store
from corrobora.store.storyquery import StoryFilter, story_summary_sql


def test_a_page_of_the_listing_reads_the_index_in_order(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    open_store(str(path)).close()
    sql, values = story_summary_sql(StoryFilter(limit=20))
    with sqlite3.connect(path) as db:
        plan = " | ".join(str(row[-1]) for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", values))
    assert "stories_recent" in plan, plan
    assert "TEMP B-TREE" not in plan, plan
