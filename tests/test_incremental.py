"""Incremental ingest: stories grow as articles arrive, in any order, and keep their ids."""

from __future__ import annotations

import json
import math
import random
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeVar, cast

import pytest
from click.testing import CliRunner

from corrobora import api, pipeline
from corrobora.cli import cli
from corrobora.cluster.features import StoryFeatures
from corrobora.cluster.incremental import find_links
from corrobora.cluster.state import StoryState, group_key
from corrobora.cluster.stories import group_stories
from corrobora.engines import Engine
from corrobora.engines.base import Chunk, ChunkFunc, chunked
from corrobora.errors import StageError, StoreError
from corrobora.model import AnalyzedArticle
from corrobora.pipeline import story_features_of
from corrobora.settings import Settings
from corrobora.store import Store, open_store
from corrobora.updating import add_to_stories, reconcile_stale
from tests.cluster.conftest import at, make_analyzed

T = TypeVar("T")
R = TypeVar("R")

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="module")
def analyses(settings: Settings) -> list[AnalyzedArticle]:
    found, errors = api.analyze_files([CORPUS], settings)
    assert errors == []
    return found


@pytest.fixture(scope="module")
def batch_partition(analyses: list[AnalyzedArticle], settings: Settings) -> set[frozenset[str]]:
    features = {f.article_id: f for f in story_features_of(analyses, settings)}
    grouping = group_stories(analyses, settings.cluster, features=features)
    return {frozenset(story.article_ids) for story in grouping.stories}


def partition(store: Store) -> set[frozenset[str]]:
    members: dict[str, set[str]] = {}
    for article_id, story_id in store.story_ids_by_article().items():
        members.setdefault(story_id, set()).add(article_id)
    return {frozenset(group) for group in members.values()}


def add_in_chunks(
    store: Store, items: Sequence[AnalyzedArticle], size: int, settings: Settings
) -> None:
    for start in range(0, len(items), size):
        chunk = list(items[start : start + size])
        store.add_analyses(chunk)
        add_to_stories(store, chunk, settings)


@pytest.mark.parametrize(("size", "seed"), [(1, 0), (1, 1), (3, 2), (100, 3)])
def test_any_order_and_batching_gives_the_batch_stories(
    analyses: list[AnalyzedArticle],
    settings: Settings,
    batch_partition: set[frozenset[str]],
    size: int,
    seed: int,
) -> None:
    order = list(analyses)
    random.Random(seed).shuffle(order)
    with open_store(":memory:") as store:
        add_in_chunks(store, order, size, settings)
        assert partition(store) == batch_partition
        assert len(store.stale_story_ids()) == len(batch_partition)


#: Blocking keys: the early and late reports carry all three, the crowd the first two.
KEYS = ("e:ada quill", "t:dam", "t:vellan")


def test_a_late_article_scores_the_candidates_a_single_run_scores(settings: Settings) -> None:
    """Blocking looks only at each key's most recent carriers, in ingest as in one run.

    An early report shares three keys with a later one, and would link to it; but 64
    reports of another event carry two of those keys in between, so a single run no
    longer finds the early report through them (it shares one key in the postings, fewer
    than it takes to be scored). Stored in three batches, the same pairs are scored.
    """

    def view(
        text: str, hours: float, words: dict[str, float], keys: tuple[str, ...]
    ) -> tuple[AnalyzedArticle, StoryFeatures]:
        analyzed = make_analyzed(text, published=at(hours))
        channels = {"t": words, "entities": {next(iter(words)): 1.0}}
        features = StoryFeatures(analyzed.article.id, at(hours), channels, None, keys)
        return analyzed, features

    dam = {"dam": 0.8, "spillway": 0.6}
    rally = {"rally": 0.8, "square": 0.6}
    early = [view("Ada Quill opened the spillway of the Vellan dam.", 0.0, dam, KEYS)]
    crowd = [
        view(f"Report {n} of the rally on the square.", 0.5 + n / 60, rally, KEYS[:2])
        for n in range(64)
    ]
    late = [view("The Vellan dam spillway stays open, Ada Quill says.", 2.0, dam, KEYS)]
    batches = [early, crowd, late]
    features = {f.article_id: f for batch in batches for _, f in batch}
    everything = [analyzed for batch in batches for analyzed, _ in batch]
    grouping = group_stories(everything, settings.cluster, features=features)
    assert len(grouping.stories) == 3  # the crowd's story; the early and late ones apart
    with open_store(":memory:") as store:
        for batch in batches:
            store.add_analyses([analyzed for analyzed, _ in batch])
            add_to_stories(store, [a for a, _ in batch], settings, features=[f for _, f in batch])
        assert partition(store) == {frozenset(s.article_ids) for s in grouping.stories}


def test_a_story_keeps_its_id_as_articles_join(
    analyses: list[AnalyzedArticle], settings: Settings
) -> None:
    by_time = sorted(analyses, key=lambda a: (a.article.published is None, a.article.published))
    with open_store(":memory:") as store:
        add_in_chunks(store, by_time[:1], 1, settings)
        (first_story,) = set(store.story_ids_by_article().values())
        add_in_chunks(store, by_time[1:], 1, settings)
        story = store.story(first_story)
        assert by_time[0].article.id in story.article_ids
        assert len(story.article_ids) > 1  # others joined it, under the same id


def test_only_changed_stories_are_reconciled_again(
    analyses: list[AnalyzedArticle], settings: Settings
) -> None:
    with open_store(":memory:") as store:
        add_in_chunks(store, analyses[:-1], 100, settings)
        stale_before = len(store.stale_story_ids())
        assert stale_before > 0
        assert reconcile_stale(store, settings) == stale_before
        assert store.stale_story_ids() == []
        add_in_chunks(store, analyses[-1:], 1, settings)
        stale = store.stale_story_ids()
        assert len(stale) == 1
        assert analyses[-1].article.id in store.story(stale[0]).article_ids
        assert reconcile_stale(store, settings) == 1
        report = api.story_report(store, stale[0])
        assert analyses[-1].article.id in report.articles


def test_ingest_groups_articles_left_by_an_interrupted_run(
    tmp_path: Path, analyses: list[AnalyzedArticle], settings: Settings
) -> None:
    path = str(tmp_path / "news.db")
    with open_store(path) as store:
        # A run that stored articles and died before grouping them.
        store.add_analyses(analyses)
        assert store.story_ids_by_article() == {}
        summary = api.ingest([], store, settings)
        assert summary.added == 0
        assert store.unassigned_article_ids() == []
        assert summary.stories == store.story_count() > 0
        assert store.stale_story_ids() == []


def test_a_store_without_states_is_regrouped_once(
    tmp_path: Path, analyses: list[AnalyzedArticle], settings: Settings
) -> None:
    path = tmp_path / "old.db"
    with open_store(str(path)) as store:
        store.add_analyses(analyses)
        api.rebuild_stories(store, settings)
        before = store.story_ids_by_article()
    # Simulate a store written before stories kept their clustering state.
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM story_state")
    with open_store(str(path)) as store:
        assert store.stories_without_state() > 0
        api.ingest([], store, settings)
        assert store.stories_without_state() == 0
        assert store.story_ids_by_article() == before  # ids kept


def test_regroup_keeps_old_ids_resolving(
    tmp_path: Path, analyses: list[AnalyzedArticle], settings: Settings
) -> None:
    path = str(tmp_path / "news.db")
    with open_store(path) as store:
        store.add_analyses(analyses)
        add_to_stories(store, analyses, settings)
        # Pretend an earlier grouping had split a story under another id.
        sizes = Counter(store.story_ids_by_article().values())
        story_id = max(sorted(sizes), key=lambda s: sizes[s])  # the largest story
        story = store.story(story_id)
        assert len(story.article_ids) > 1
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO stories (id, title, article_count, outlet_count) VALUES ('split', '', 1, 1)"
        )
        connection.execute(
            "UPDATE story_articles SET story_id = 'split' WHERE article_id = ?",
            (story.article_ids[-1],),
        )
    with open_store(path) as store:
        api.ingest([], store, settings, regroup=True)
        assert store.story("split").id == story_id
        assert api.story_report(store, "split").reconciliation.story.id == story_id


def test_a_corrupt_state_is_a_clear_error(
    tmp_path: Path, analyses: list[AnalyzedArticle], settings: Settings
) -> None:
    path = tmp_path / "news.db"
    with open_store(str(path)) as store:
        store.add_analyses(analyses[:-1])
        add_to_stories(store, analyses[:-1], settings)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE story_state SET data = ?", (json.dumps({"members": 3}),))
    with open_store(str(path)) as store:
        store.add_analyses(analyses[-1:])
        with pytest.raises(StoreError, match=r"cannot be read .* corrobora ingest --regroup"):
            add_to_stories(store, analyses[-1:], settings)


def test_copies_arriving_later_are_marked_and_never_independent(
    tmp_path: Path, settings: Settings
) -> None:
    folder = CORPUS / "rate-decision"
    original = folder / "farrow-news-agency.txt"
    copies = [folder / "gulfside-tribune.txt", folder / "brenn-gazette.html"]
    with open_store(str(tmp_path / "news.db")) as store:
        first = api.ingest([original], store, settings)
        (original_id,) = first.article_ids
        second = api.ingest(copies, store, settings)
        assert second.added == 2
        links = store.copies_of(second.article_ids)
        assert {link.copy_of for link in links} == {original_id}
        assert {link.article_id for link in links} == set(second.article_ids)
        (report,) = api.reports_for_articles(store, [original_id])
        for fact in report.reconciliation.facts:
            if {s.article_id for s in fact.support} >= {original_id, *second.article_ids}:
                # Three outlets state it, but the two copies add no independent origin.
                assert fact.independent_support == 1
                break
        else:
            pytest.fail("no fact is stated by the original and both copies")


def test_ingest_without_inputs_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    assert "give the files or folders to ingest (or --regroup)" in result.output


class _FailingAfter:
    """An in-process engine whose chunks fail once ``good`` chunks have been run."""

    description = "test engine"

    def __init__(self, good: int) -> None:
        self.good = good

    def map_chunks(
        self, func: ChunkFunc[T, R], items: Iterable[T], *, chunk_size: int = 16
    ) -> Iterator[Chunk[T, R]]:
        for number, chunk in enumerate(chunked(items, chunk_size)):
            if number < self.good:
                yield Chunk(tuple(chunk), tuple(func(chunk)))
            else:
                yield Chunk(tuple(chunk), (), error="the worker died")


def test_reconciliation_on_an_engine_keeps_what_it_finished(
    analyses: list[AnalyzedArticle], settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "RECONCILE_CHUNK", 2)  # several chunks of the demo stories
    with open_store(":memory:") as store:
        add_in_chunks(store, analyses, 100, settings)
        stale = store.stale_story_ids()
        assert len(stale) > 2
        with pytest.raises(StageError, match=r"reconciliation failed on story .*the worker died"):
            reconcile_stale(store, settings, engine=cast(Engine, _FailingAfter(good=1)))
        first_chunk = len(stale) - len(store.stale_story_ids())
        assert 1 <= first_chunk <= 2
        assert first_chunk < len(stale)
        assert reconcile_stale(store, settings, engine=cast(Engine, _FailingAfter(good=99))) == (
            len(stale) - first_chunk
        )
        assert store.stale_story_ids() == []


def test_one_pass_grouping_on_a_failing_engine_is_one_clear_error(
    analyses: list[AnalyzedArticle], settings: Settings
) -> None:
    with pytest.raises(StageError, match=r"story clustering failed on the linked group of article"):
        group_stories(analyses, settings.cluster, engine=cast(Engine, _FailingAfter(good=0)))


def _turned(text: str, hours: float, degrees: float) -> tuple[AnalyzedArticle, StoryFeatures]:
    """An article whose topic vector points ``degrees`` round a circle; one shared actor.

    Two such articles 80 degrees apart are linked (the event model gives 0.92), 160
    degrees apart they are not, and 5 degrees apart they are one event for certain.
    """
    analyzed = make_analyzed(text, published=at(hours))
    angle = math.radians(degrees)
    channels = {"t": {"a": math.cos(angle), "b": math.sin(angle)}, "entities": {"ada": 1.0}}
    return analyzed, StoryFeatures(analyzed.article.id, at(hours), channels, None, KEYS)


def _chain() -> list[tuple[AnalyzedArticle, StoryFeatures]]:
    """A links B, B links C, A and C disagree: one linked group, stories {A, B} and {C}."""
    return [
        _turned("The first report of the harbour works.", 0.0, 0.0),
        _turned("A second report of the harbour works.", 1.0, 80.0),
        _turned("A third report, on the quay instead.", 2.0, 160.0),
    ]


def _store_batches(
    store: Store, batches: Iterable[list[tuple[AnalyzedArticle, StoryFeatures]]], settings: Settings
) -> None:
    for batch in batches:
        store.add_analyses([analyzed for analyzed, _ in batch])
        add_to_stories(store, [a for a, _ in batch], settings, features=[f for _, f in batch])


def test_a_story_whose_group_grows_around_it_is_not_written_again(settings: Settings) -> None:
    chain = _chain()
    late = _turned("The quay report again, a day on.", 3.0, 165.0)
    with open_store(":memory:") as store:
        _store_batches(store, [chain], settings)
        first = {frozenset(ids): story for ids, story in _stories(store).items()}
        assert set(first) == {
            frozenset({chain[0][0].article.id, chain[1][0].article.id}),
            frozenset({chain[2][0].article.id}),
        }
        texts = store.story_states(first.values())
        assert len({json.loads(text)["group"] for text in texts.values()}) == 1
        _store_batches(store, [[late]], settings)
        after = _stories(store)
        pair = frozenset({chain[0][0].article.id, chain[1][0].article.id})
        assert after[pair] == first[pair]  # the same story, untouched ...
        assert frozenset({chain[2][0].article.id, late[0].article.id}) in after
        # ... so its stored state is the text written before, while its group grew to 4
        assert store.story_states([first[pair]]) == {first[pair]: texts[first[pair]]}
        group = json.loads(texts[first[pair]])["group"]
        assert store.articles_under_keys([group_key(group)]) == {group_key(group): 4}


def test_a_full_group_takes_no_more_articles_whichever_stories_are_loaded(
    settings: Settings,
) -> None:
    """The group's size comes from the store, not from the stories a batch happens to load."""
    chain = _chain()
    late = _turned("The quay report again, a day on.", 3.0, 165.0)
    capped = replace(settings, cluster=replace(settings.cluster, max_group=3))
    with open_store(":memory:") as store:
        _store_batches(store, [chain], capped)
        _store_batches(store, [[late]], capped)
        assert frozenset({late[0].article.id}) in _stories(store)
    quay = StoryState.of("s2", [chain[2][1]], "g1")
    assert find_links([quay], [late[1]], capped.cluster).groups == {"g1"}
    assert find_links([quay], [late[1]], capped.cluster, group_sizes={"g1": 3}).pairs == ()


def _stories(store: Store) -> dict[frozenset[str], str]:
    members: dict[str, set[str]] = {}
    for article_id, story_id in store.story_ids_by_article().items():
        members.setdefault(story_id, set()).add(article_id)
    return {frozenset(ids): story_id for story_id, ids in members.items()}


def _recorded(store: Store, method: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The story ids every later call of ``store.<method>`` asks for."""
    asked: list[str] = []
    original = getattr(store, method)

    def recording(story_ids: Iterable[str]) -> dict[str, str]:
        wanted = list(story_ids)
        asked.extend(wanted)
        return cast(dict[str, str], original(wanted))

    monkeypatch.setattr(store, method, recording)
    return asked


def test_a_story_out_of_the_window_is_outlined_but_not_read_whole(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Candidate search reads outlines; whole states only of stories whose members it scores."""
    old = _turned("An old report of the harbour works.", 0.0, 0.0)
    recent = _turned("A recent report of the harbour works.", 24.0 * 30, 0.0)
    late = _turned("The harbour works go on, a later report says.", 24.0 * 30 + 2, 5.0)
    with open_store(":memory:") as store:
        _store_batches(store, [[old], [recent]], settings)
        before = _stories(store)
        assert set(before) == {frozenset({old[0].article.id}), frozenset({recent[0].article.id})}
        outlined = _recorded(store, "story_outlines", monkeypatch)
        read_whole = _recorded(store, "story_states", monkeypatch)
        _store_batches(store, [[late]], settings)
        old_story = before[frozenset({old[0].article.id})]
        assert old_story in outlined  # it shares the keys, so it is a candidate ...
        assert old_story not in read_whole  # ... but its group closed 30 days before
        assert before[frozenset({recent[0].article.id})] in read_whole
        assert frozenset({recent[0].article.id, late[0].article.id}) in _stories(store)


def test_a_state_written_without_an_outline_is_read_through_its_state(
    tmp_path: Path, settings: Settings
) -> None:
    chain = _chain()
    late = _turned("The quay report again, a day on.", 3.0, 165.0)
    path = tmp_path / "news.db"
    with open_store(str(path)) as store:
        _store_batches(store, [chain], settings)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE story_state SET outline = NULL")
    with open_store(str(path)) as store:
        _store_batches(store, [[late]], settings)
        legacy = set(_stories(store))
    with open_store(":memory:") as store:
        _store_batches(store, [chain, [late]], settings)
        assert legacy == set(_stories(store))
    assert frozenset({chain[2][0].article.id, late[0].article.id}) in legacy


def test_a_corrupt_outline_is_a_clear_error(tmp_path: Path, settings: Settings) -> None:
    chain = _chain()
    path = tmp_path / "news.db"
    with open_store(str(path)) as store:
        _store_batches(store, [chain], settings)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE story_state SET outline = ?", (json.dumps({"group": 3}),))
    late = _turned("The quay report again, a day on.", 3.0, 165.0)
    expected = r"news\.db: the clustering state of story .* cannot"
    with open_store(str(path)) as store, pytest.raises(StoreError, match=expected):
        _store_batches(store, [[late]], settings)


def test_outlines_need_the_members_views(settings: Settings) -> None:
    chain = _chain()
    state = StoryState.of("s1", [chain[0][1]], "g1")
    with pytest.raises(ValueError, match="features_of"):
        find_links([state.outline], [chain[1][1]], settings.cluster)
    asked: list[str] = []

    def features_of(article_id: str) -> StoryFeatures:
        asked.append(article_id)
        return chain[0][1]

    links = find_links([state.outline], [chain[1][1]], settings.cluster, features_of=features_of)
    assert links == find_links([state], [chain[1][1]], settings.cluster)
    assert links.groups == {"g1"} and asked == [chain[0][1].article_id]
