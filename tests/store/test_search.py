"""Full-text search on both backends: matching, snippets, and the index kept in step."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from corrobora.model import FactStatus, Reconciliation, Story
from corrobora.store import Snippet, Store
from corrobora.store import search as store_search
from corrobora.store.search import CLOSE, OPEN, parse_query
from tests.store.conftest import Target
from tests.store.records import make_analysis, make_reconciliation, sample_analyses, sample_stories


def fill(store: Store) -> Store:
    store.add_analyses(sample_analyses())
    store.replace_stories(*sample_stories())
    return store


def ids(store: Store, query: str, kind: str = "articles") -> list[str]:
    return [hit.id for hit in store.search(query, kind=kind)]  # type: ignore[arg-type]


def index_is_sound(target: Target) -> None:
    """SQLite's own check that each index matches the rows it indexes."""
    if target.backend == "sqlite":
        for index in ("article_search", "fact_search"):
            target.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")


# ---------------------------------------------------------------- queries


def test_words_match_whole_with_stemming_in_titles_and_texts(store: Store) -> None:
    fill(store)
    assert ids(store, "storms") == ["bbbb0003"]  # the text says "storm"
    assert sorted(ids(store, "BUDGET")) == ["aaaa0001", "aaaa0002"]
    assert ids(store, "budg") == []  # whole words only
    assert ids(store, "Ridge") == ["bbbb0003"]  # title "Ridge Times report"


def test_every_word_must_occur_and_phrases_keep_their_order(store: Store) -> None:
    fill(store)
    assert ids(store, "budget voted") == ["aaaa0002"]
    assert ids(store, "budget ferry") == []
    assert ids(store, '"ferry route"') == ["bbbb0003"]
    assert ids(store, '"route ferry"') == []


def test_snippets_mark_the_matches(store: Store) -> None:
    fill(store)
    (hit,) = store.search("ferry", kind="articles")
    assert hit.story_id == "5b0dffee0000" and hit.outlet == "Ridge Times"
    assert hit.title == "Ridge Times report"
    assert "closed the northern ferry route" in hit.snippet.text
    assert [hit.snippet.text[a:b] for a, b in hit.snippet.highlights] == ["ferry"]


def test_facts_carry_their_story_status_and_title(store: Store) -> None:
    fill(store)
    hits = store.search("vote", kind="facts")
    assert {(h.story_id, h.status, h.title) for h in hits} == {
        ("5b0d6e2f11aa", "single_source", "Council approves budget"),
        ("5b0dffee0000", "single_source", "Storm closes ferry route"),
    }
    for hit in hits:
        assert hit.id.endswith("-f1") and hit.snippet.text == "The vote was 12 to 3."
        assert [hit.snippet.text[a:b] for a, b in hit.snippet.highlights] == ["vote"]


def test_stories_gather_their_facts_and_articles(store: Store) -> None:
    fill(store)
    hits = store.search("council", kind="stories")
    assert [hit.id for hit in hits] == ["5b0d6e2f11aa", "5b0dffee0000"]
    assert hits[0].kind == "story" and hits[0].title == "Council approves budget"
    assert hits[0].matches == 3  # one fact and two articles
    assert hits[1].matches == 1  # the fact it carries; its article is about a storm
    assert store.search("council", kind="stories", limit=1)[0].id == "5b0d6e2f11aa"


def test_unsearchable_queries_are_refused_clearly(store: Store) -> None:
    with pytest.raises(ValueError, match="the search query is empty"):
        store.search("   ")
    with pytest.raises(ValueError, match="has no word to look for"):
        store.search('"" () - *')
    with pytest.raises(ValueError, match="limit must be 1 or more"):
        store.search("x", limit=0)


def test_parse_query_keeps_phrases_and_drops_punctuation() -> None:
    parsed = parse_query('  "ferry  route" (storm) storm -  a:b "unbalanced')
    assert parsed.terms == ("ferry route", "(storm)", "storm", "a:b", "unbalanced")
    assert parsed.fts5() == '"ferry route" "(storm)" "storm" "a:b" "unbalanced"'


def test_snippet_offsets() -> None:
    marked = f"The {OPEN}storm{CLOSE} closed\n the {OPEN}ferry route{CLOSE}."
    snippet = Snippet.from_marked(marked)
    assert snippet.text == "The storm closed the ferry route."
    assert [snippet.text[a:b] for a, b in snippet.highlights] == ["storm", "ferry route"]


# ---------------------------------------------------------------- kept in step with writes


def test_articles_are_searchable_as_soon_as_they_are_stored(store: Store, target: Target) -> None:
    fill(store)
    store.add_analyses([make_analysis("cccc0004", "Wire", "Lighthouse keepers left the island.")])
    assert ids(store, "lighthouse") == ["cccc0004"]
    assert store.search("lighthouse")[0].story_id is None  # not in a story yet
    index_is_sound(target)


def test_replaced_stories_replace_the_searchable_facts(store: Store, target: Target) -> None:
    fill(store)
    assert len(ids(store, "approved", "facts")) == 2
    story = Story("c0ffee000001", "Council and ferry", ("aaaa0001", "bbbb0003"))
    outlets = {a.article.id: a.article.outlet for a in sample_analyses()}
    renamed = _with_fact_text(make_reconciliation(story, outlets), "Harbour dredging begins.")
    store.replace_stories([story], [], [renamed])
    assert ids(store, "approved", "facts") == []
    assert ids(store, "dredging", "facts") == ["c0ffee000001-f0"]
    store.replace_stories([], [], [])
    assert ids(store, "dredging", "facts") == []
    assert ids(store, "budget") != []  # articles stay
    index_is_sound(target)


def test_incremental_updates_and_new_reconciliations_keep_facts_in_step(
    store: Store, target: Target
) -> None:
    fill(store)
    stories, _, _ = sample_stories()
    later = dataclasses.replace(stories[0], last_seen=datetime(2024, 3, 9, tzinfo=UTC))
    store.apply_story_update([later], [], [], [])  # its reconciliation is dropped
    assert {h.story_id for h in store.search("approved", kind="facts")} == {"5b0dffee0000"}
    outlets = {a.article.id: a.article.outlet for a in sample_analyses()}
    fresh = _with_fact_text(make_reconciliation(later, outlets), "Budget vote recounted.")
    store.save_reconciliations([fresh])
    assert {h.story_id for h in store.search("recounted", kind="facts")} == {"5b0d6e2f11aa"}
    store.apply_story_update([], [], [("5b0dffee0000", "5b0d6e2f11aa")], [])  # a merge
    assert store.search("approved", kind="facts") == []
    index_is_sound(target)


def _with_fact_text(reconciliation: Reconciliation, text: str) -> Reconciliation:
    facts = reconciliation.facts
    first = dataclasses.replace(facts[0], text=text, status=FactStatus.CORROBORATED)
    return dataclasses.replace(reconciliation, facts=(first, *facts[1:]))


def test_only_the_most_recent_matches_are_ranked_on_a_large_store(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_search, "WINDOW", 2)
    store.add_analyses(
        [
            make_analysis("w1", "Wire", "Dredging, dredging and more dredging at the port."),
            make_analysis("w2", "Wire", "The port reopened."),
            make_analysis("w3", "Wire", "Dredging resumed at the port."),
            make_analysis("w4", "Wire", "Port fees rose."),
        ]
    )
    # Four articles say "port": only the two stored last are ranked.
    assert sorted(ids(store, "port")) == ["w3", "w4"]
    # Two say "dredging", the oldest three times: it ranks first.
    assert ids(store, "dredging") == ["w1", "w3"]
