"""Behaviour of the SQLite store on real SQLite files (never mocked)."""

from __future__ import annotations

import dataclasses
import math
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corrobora.errors import NotFound, StoreError
from corrobora.model import AnalyzedArticle, CopyLink, Quantity, Reconciliation, Span
from corrobora.store import SQLiteStore, Store, open_store
from tests.store.records import (
    PLUS_TWO,
    make_analysis,
    make_reconciliation,
    make_story,
    sample_analyses,
    sample_stories,
)
from tests.test_serialize import analyzed_articles, reconciliations


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "news.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with open_store(str(db_path)) as opened:
        yield opened


def count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as connection:
        (n,) = connection.execute(f"SELECT count(*) FROM {table}").fetchone()
    connection.close()
    return int(n)


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def filled(store: Store) -> Store:
    store.add_analyses(sample_analyses())
    stories, copies, reconciliations = sample_stories()
    store.replace_stories(stories, copies, reconciliations)
    return store


# ---------------------------------------------------------------- analyses


def test_open_store_returns_a_store(store: Store) -> None:
    assert isinstance(store, Store)
    assert isinstance(store, SQLiteStore)


def test_analyses_round_trip_in_the_order_added(store: Store, db_path: Path) -> None:
    analyses = sample_analyses()
    assert store.add_analyses(analyses) == 3
    assert list(store.analyses()) == analyses
    assert list(store.articles()) == [a.article for a in analyses]
    assert count(db_path, "articles") == 3 and count(db_path, "analyses") == 3


def test_analyses_survive_reopening_with_offsets(db_path: Path) -> None:
    analyses = sample_analyses()
    with open_store(str(db_path)) as store:
        store.add_analyses(analyses)
    with open_store(f"sqlite:///{db_path}", read_only=True) as store:
        back = list(store.analyses())
    assert back == analyses
    assert back[0].article.published is not None
    assert back[0].article.published.utcoffset() == PLUS_TWO.utcoffset(None)
    assert rows(db_path, "SELECT published FROM articles WHERE id = 'aaaa0001'") == [
        ("2024-03-04T09:00:00+02:00",)
    ]


def test_analyses_by_id_follow_the_order_asked(store: Store) -> None:
    analyses = sample_analyses()
    store.add_analyses(analyses)
    got = list(store.analyses(["bbbb0003", "aaaa0001", "bbbb0003"]))
    assert [a.article.id for a in got] == ["bbbb0003", "aaaa0001"]
    assert got[1] == analyses[0]
    assert list(store.analyses([])) == []


def test_analyses_of_unknown_ids_raise_before_yielding(store: Store) -> None:
    store.add_analyses(sample_analyses())
    with pytest.raises(NotFound, match=r"1 article\(s\) not found in .*news\.db: zzzz9999"):
        store.analyses(["aaaa0001", "zzzz9999"])


def test_has_articles(store: Store) -> None:
    store.add_analyses(sample_analyses()[:2])
    assert store.has_articles(["aaaa0001", "bbbb0003", "nope"]) == {"aaaa0001"}
    assert store.has_articles(iter(["aaaa0002"])) == {"aaaa0002"}
    assert store.has_articles([]) == set()


def test_adding_the_same_analyses_twice_adds_nothing(store: Store, db_path: Path) -> None:
    analyses = sample_analyses()
    assert store.add_analyses(analyses[:2]) == 2
    assert store.add_analyses(analyses) == 1
    assert store.add_analyses(analyses) == 0
    assert store.add_analyses([]) == 0
    assert count(db_path, "articles") == 3 and count(db_path, "analyses") == 3


def test_repeats_within_one_batch_count_once(store: Store, db_path: Path) -> None:
    first = sample_analyses()[0]
    other_run = dataclasses.replace(first, analyzer="another analyzer")
    assert store.add_analyses([first, first, other_run]) == 1
    assert count(db_path, "analyses") == 1
    assert next(store.analyses()).analyzer == "test-analyzer 1"


def test_many_analyses_cross_batch_boundaries(store: Store) -> None:
    analyses = [make_analysis(f"id{n:05d}", "Wire", f"Item {n}.") for n in range(1203)]
    assert store.add_analyses(analyses) == 1203
    assert store.add_analyses(analyses) == 0
    assert [a.article.id for a in store.analyses()] == [a.article.id for a in analyses]
    wanted = [a.article.id for a in reversed(analyses)]
    assert [a.article.id for a in store.analyses(wanted)] == wanted
    assert len(store.has_articles(wanted)) == 1203


def test_a_record_that_cannot_be_serialized_leaves_nothing(store: Store, db_path: Path) -> None:
    good, second, third = sample_analyses()
    broken = dataclasses.replace(second, quantities=(Quantity(Span(0, 1), "x", math.nan),))
    with pytest.raises(ValueError, match="not a finite number"):
        store.add_analyses([good, broken, third])
    assert count(db_path, "articles") == 0 and count(db_path, "analyses") == 0
    assert store.add_analyses([good, third]) == 2  # the store still works


def test_a_failing_insert_midway_rolls_everything_back(store: Store, db_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON analyses WHEN NEW.article_id = 'aaaa0002'"
        " BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END"
    )
    connection.commit()
    connection.close()
    with pytest.raises(StoreError) as caught:
        store.add_analyses(sample_analyses())
    message = str(caught.value)
    assert "news.db" in message and "refused by test trigger" in message
    assert message.endswith("nothing was written")
    assert "\n" not in message
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert count(db_path, "articles") == 0 and count(db_path, "analyses") == 0


def test_disk_full_rolls_back_with_a_clear_error(store: SQLiteStore, db_path: Path) -> None:
    store.add_analyses(sample_analyses()[:1])
    connection = store._conn
    assert connection is not None
    (pages,) = connection.execute("PRAGMA page_count").fetchone()
    connection.execute(f"PRAGMA max_page_count = {pages + 2}")
    big = [make_analysis(f"big{n}", "Wire", "word " * 4000) for n in range(5)]
    with pytest.raises(StoreError, match=r"database or disk is full; nothing was written$"):
        store.add_analyses(big)
    assert store.has_articles(a.article.id for a in big) == set()
    assert count(db_path, "articles") == 1


# ---------------------------------------------------------------- articles


def test_article_by_id_and_prefix(store: Store) -> None:
    analyses = sample_analyses()
    store.add_analyses(analyses)
    assert store.article("bbbb0003") == analyses[2].article
    assert store.article("bbbb") == analyses[2].article
    with pytest.raises(NotFound, match=r"Article id prefix 'aaaa' is ambiguous in "):
        store.article("aaaa")
    with pytest.raises(NotFound, match=r"^Article 'cccc0000' not found in .*news\.db\.$"):
        store.article("cccc0000")


# ---------------------------------------------------------------- stories


def test_replace_stories_writes_every_table(store: Store, db_path: Path) -> None:
    filled(store)
    assert store.story_ids_by_article() == {
        "aaaa0001": "5b0d6e2f11aa",
        "aaaa0002": "5b0d6e2f11aa",
        "bbbb0003": "5b0dffee0000",
    }
    assert count(db_path, "stories") == 2
    assert count(db_path, "copies") == 1
    assert count(db_path, "reconciliations") == 2
    assert count(db_path, "facts") == 4
    assert count(db_path, "fact_support") == 5
    assert rows(db_path, "SELECT story_id, article_id, position FROM story_articles ORDER BY 1, 3")[
        :2
    ] == [("5b0d6e2f11aa", "aaaa0002", 0), ("5b0d6e2f11aa", "aaaa0001", 1)]


def test_replace_stories_replaces_the_previous_ones(store: Store, db_path: Path) -> None:
    filled(store)
    merged = make_story(
        "c0ffee000001",
        ("aaaa0001", "aaaa0002", "bbbb0003"),
        last_seen=datetime(2024, 3, 6, tzinfo=UTC),
    )
    outlets = {a.article.id: a.article.outlet for a in sample_analyses()}
    store.replace_stories([merged], [], [make_reconciliation(merged, outlets)])
    assert set(store.story_ids_by_article().values()) == {"c0ffee000001"}
    assert [s.id for s in store.story_summaries()] == ["c0ffee000001"]
    assert count(db_path, "copies") == 0 and count(db_path, "facts") == 2
    # The id that disappeared resolves to the story now holding its articles.
    assert store.reconciliation("5b0d6e2f11aa").story.id == "c0ffee000001"
    assert store.story("5b0d6e2f11aa").id == "c0ffee000001"
    store.replace_stories([], [], [])
    assert store.story_summaries() == [] and store.story_ids_by_article() == {}
    assert count(db_path, "fact_support") == 0


def test_replace_stories_with_unknown_articles_keeps_the_old_ones(store: Store) -> None:
    filled(store)
    ghost = make_story("dead00000000", ("aaaa0001", "zzzz0000"), last_seen=None)
    with pytest.raises(StoreError, match=r"1 article\(s\) they refer to are not stored: zzzz0000"):
        store.replace_stories([ghost], [], [])
    with pytest.raises(StoreError, match="not stored: yyyy0000"):
        store.replace_stories([], [CopyLink("aaaa0001", "yyyy0000", 0.9)], [])
    assert len(store.story_summaries()) == 2
    assert store.reconciliation("5b0d6e2f11aa").story.id == "5b0d6e2f11aa"


def test_replace_stories_refuses_contradictory_arguments(store: Store) -> None:
    filled(store)
    one = make_story("s0000001", ("aaaa0001",), last_seen=None)
    two = make_story("s0000002", ("aaaa0001", "aaaa0002"), last_seen=None)
    with pytest.raises(ValueError, match="'aaaa0001' is in two stories"):
        store.replace_stories([one, two], [], [])
    with pytest.raises(ValueError, match="'s0000001' is given twice"):
        store.replace_stories([one, one], [], [])
    outlets = {a.article.id: a.article.outlet for a in sample_analyses()}
    with pytest.raises(ValueError, match="reconciliation of story 's0000002', which is not"):
        store.replace_stories([one], [], [make_reconciliation(two, outlets)])
    assert len(store.story_summaries()) == 2


def test_story_summaries_latest_first_then_by_id(store: Store) -> None:
    store.add_analyses(sample_analyses())
    late = datetime(2024, 3, 5, 12, 0, tzinfo=PLUS_TWO)  # 10:00 UTC
    stories = [
        make_story("s-b", ("aaaa0001",), last_seen=datetime(2024, 3, 5, 10, 0, tzinfo=UTC)),
        make_story("s-c", ("aaaa0002",), last_seen=None),
        make_story("s-a", ("bbbb0003",), last_seen=late),
        make_story("s-d", (), last_seen=datetime(2024, 3, 5, 9, 59, tzinfo=UTC)),
    ]
    store.replace_stories(stories, [], [])
    summaries = store.story_summaries()
    assert [s.id for s in summaries] == ["s-a", "s-b", "s-d", "s-c"]
    assert summaries[0].last_seen == late and summaries[0].articles == 1
    assert summaries[-1].last_seen is None and summaries[-1].first_seen is None


def test_story_summaries_count_distinct_outlets(store: Store) -> None:
    analyses = sample_analyses()
    same_outlet = make_analysis("aaaa0009", "Harbor Gazette", "The budget passed.")
    store.add_analyses([*analyses, same_outlet])
    story = make_story(
        "s1", ("aaaa0001", "aaaa0002", "aaaa0009"), last_seen=datetime(2024, 1, 1, tzinfo=UTC)
    )
    store.replace_stories([story], [], [])
    (summary,) = store.story_summaries()
    assert (summary.articles, summary.outlets) == (3, 2)
    assert summary.title == "Story s1"


def test_reconciliation_round_trip_and_prefix(store: Store) -> None:
    filled(store)
    _, _, reconciliations = sample_stories()
    assert store.reconciliation("5b0d6e2f11aa") == reconciliations[0]
    assert store.reconciliation("5b0d6") == reconciliations[0]
    assert store.reconciliation("5b0dff") == reconciliations[1]


def test_reconciliation_not_found_says_how_to_list_stories(store: Store, db_path: Path) -> None:
    filled(store)
    with pytest.raises(NotFound) as caught:
        store.reconciliation("nope")
    assert str(caught.value) == (
        f"Story 'nope' not found in {db_path}. List stories with: corrobora stories --db {db_path}"
    )
    with pytest.raises(NotFound, match="Story '5b0' not found"):
        store.reconciliation("5b0")  # too short to be a prefix
    with pytest.raises(NotFound, match=r"'5b0d' is ambiguous .*5b0d6e2f11aa, 5b0dffee0000"):
        store.reconciliation("5b0d")


def test_story_without_reconciliation(store: Store) -> None:
    store.add_analyses(sample_analyses())
    store.replace_stories([make_story("s1abc", ("aaaa0001",), last_seen=None)], [], [])
    with pytest.raises(NotFound, match=r"'s1abc' in .* has not been reconciled yet"):
        store.reconciliation("s1ab")


# ---------------------------------------------------------------- views


def test_fact_sources_view_names_the_outlets(store: Store, db_path: Path) -> None:
    filled(store)
    found = rows(
        db_path,
        "SELECT story_title, status, independent_support, support_count, outlets, origins"
        " FROM fact_sources WHERE story_id = '5b0d6e2f11aa'",
    )
    assert found == [
        (
            "Council approves budget",
            "corroborated",
            1,
            2,
            "Harbor Gazette, Valley Post",
            '["harbor gazette"]',
        ),
        ("Council approves budget", "single_source", 1, 1, "Valley Post", '["valley post"]'),
    ]


def test_story_list_view(store: Store, db_path: Path) -> None:
    filled(store)
    found = rows(
        db_path,
        "SELECT id, article_count, outlet_count, facts, corroborated, single_source,"
        " conflicting FROM story_list",
    )
    assert found == [("5b0dffee0000", 1, 1, 2, 1, 1, 0), ("5b0d6e2f11aa", 2, 2, 2, 1, 1, 0)]


# ---------------------------------------------------------------- lifecycle


@pytest.mark.parametrize("location", [":memory:", "sqlite:///:memory:", "sqlite://"])
def test_in_memory_store(location: str) -> None:
    with open_store(location) as store:
        filled(store)
        assert len(store.story_summaries()) == 2
        assert store.location == ":memory:"


def test_closed_store_refuses_calls(db_path: Path) -> None:
    store = open_store(str(db_path))
    store.close()
    store.close()
    with pytest.raises(StoreError, match=r"news\.db is closed"):
        store.has_articles(["a"])
    with pytest.raises(StoreError, match="closed"):
        list(store.analyses())


# ---------------------------------------------------------------- generated records


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(analyzed_articles, min_size=1, max_size=3), reconciliations)
def test_generated_records_round_trip(
    analyses: list[AnalyzedArticle], reconciliation: Reconciliation
) -> None:
    first: dict[str, AnalyzedArticle] = {}
    for analysis in analyses:
        first.setdefault(analysis.article.id, analysis)
    with open_store(":memory:") as store:
        assert store.add_analyses(analyses) == len(first)
        assert list(store.analyses()) == list(first.values())
        story = dataclasses.replace(reconciliation.story, article_ids=())
        bare = dataclasses.replace(reconciliation, story=story, facts=(), copies=())
        store.replace_stories([story], [], [bare])
        assert store.reconciliation(story.id) == bare
