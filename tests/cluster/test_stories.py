import dataclasses
import random
from datetime import UTC, datetime, timedelta, timezone

import pytest

from corrobora.cluster import build_stories, components, find_copies, linkage
from corrobora.cluster.stories import bundled
from corrobora.model import AnalyzedArticle, CopyLink, EntityKind, Story
from corrobora.settings import ClusterParams
from corrobora.text import stable_id

from .corpus import ACTOR, AIRSPACE, CALL, CELEBRITIES, LEADERS, SINGER

# The default story threshold (chosen on ECB+ training topics).
PARAMS = ClusterParams()
T0 = datetime(2025, 3, 4, 9, 0, tzinfo=UTC)

EVENTS = {
    "call": (CALL, LEADERS, 0.0),
    "airspace": (AIRSPACE, LEADERS, 24.0),
    "singer": (SINGER, CELEBRITIES, 72.0),
    "actor": (ACTOR, CELEBRITIES, 73.0),
}


@pytest.fixture
def corpus(make_article) -> dict[str, AnalyzedArticle]:
    """Every report of every event, named like ``call0``, published a few hours apart."""
    articles = {}
    for event, (reports, entities, hours) in EVENTS.items():
        for number, (title, text) in enumerate(reports):
            articles[f"{event}{number}"] = make_article(
                text,
                title=title,
                outlet=f"outlet{number}",
                published=T0 + timedelta(hours=hours + 2 * number),
                entities=entities,
            )
    return articles


def named(stories: tuple[Story, ...], corpus: dict[str, AnalyzedArticle]) -> list[list[str]]:
    names = {a.article.id: name for name, a in corpus.items()}
    return [[names[i] for i in story.article_ids] for story in stories]


def groups(stories: tuple[Story, ...], corpus: dict[str, AnalyzedArticle]) -> set[frozenset[str]]:
    return {frozenset(group) for group in named(stories, corpus)}


@pytest.mark.parametrize("threshold", [0.55, 0.65, 0.75])
def test_events_are_told_apart_and_reports_grouped(corpus, threshold):
    stories = build_stories(list(corpus.values()), (), ClusterParams(story_threshold=threshold))
    assert groups(stories, corpus) == {
        frozenset({"call0", "call1", "call2"}),
        frozenset({"airspace0", "airspace1"}),
        frozenset({"singer0", "singer1"}),
        frozenset({"actor0", "actor1"}),
    }


def test_same_actors_next_day_is_another_story(corpus):
    pick = [corpus[n] for n in ("call0", "call1", "airspace0", "call2", "airspace1")]
    stories = build_stories(pick, (), PARAMS)
    assert named(stories, corpus) == [["call0", "call1", "call2"], ["airspace0", "airspace1"]]


def test_same_kind_of_event_for_other_people_is_another_story(corpus):
    pick = [corpus[n] for n in ("actor0", "singer0", "actor1", "singer1")]
    assert groups(build_stories(pick, (), PARAMS), corpus) == {
        frozenset({"singer0", "singer1"}),
        frozenset({"actor0", "actor1"}),
    }


def test_a_threshold_too_low_merges_look_alikes(corpus, monkeypatch):
    # The same test with a lax threshold (and blocking that scores any shared key):
    # shows the look-alike test can fail.
    monkeypatch.setattr(components, "MIN_SHARED_KEYS", 1)
    pick = [corpus[n] for n in ("actor0", "singer0", "actor1", "singer1")]
    assert len(build_stories(pick, (), ClusterParams(story_threshold=0.05))) == 1


def test_result_does_not_depend_on_input_order(corpus):
    articles = list(corpus.values())
    expected = build_stories(articles, (), PARAMS)
    shuffler = random.Random(7)
    for _ in range(5):
        shuffler.shuffle(articles)
        assert build_stories(articles, (), PARAMS) == expected


def test_story_fields(corpus):
    stories = build_stories(list(corpus.values()), (), PARAMS)
    call = stories[0]
    first = corpus["call0"].article
    assert call.id == stable_id("story", first.id)
    assert call.title == CALL[0][0]
    assert call.article_ids == tuple(corpus[f"call{i}"].article.id for i in range(3))
    assert call.first_seen == T0
    assert call.last_seen == T0 + timedelta(hours=4)
    assert [s.first_seen for s in stories] == sorted(s.first_seen for s in stories)
    assert len({s.id for s in stories}) == len(stories)


def test_story_times_are_in_utc_whatever_the_articles_offset(corpus):
    paris = timezone(timedelta(hours=2))
    articles = [
        dataclasses.replace(
            a,
            article=dataclasses.replace(a.article, published=a.article.published.astimezone(paris)),
        )
        for a in corpus.values()
        if a.article.published is not None
    ]
    stories = build_stories(articles, (), PARAMS)
    assert all(s.first_seen is None or s.first_seen.utcoffset() == timedelta(0) for s in stories)
    assert [s.first_seen for s in stories] == [
        s.first_seen for s in build_stories(list(corpus.values()), (), PARAMS)
    ]


def test_time_window(make_article):
    def report(number: int, days: float | None) -> AnalyzedArticle:
        title, text = CALL[number]
        published = None if days is None else T0 + timedelta(days=days)
        return make_article(text, title=title, published=published, entities=LEADERS)

    apart = [report(0, 0), report(1, 10)]
    assert len(build_stories(apart, (), PARAMS)) == 2
    wide = ClusterParams(story_threshold=PARAMS.story_threshold, window_days=30)
    assert len(build_stories(apart, (), wide)) == 1
    # A missing date does not hold an article back.
    assert len(build_stories([report(0, 0), report(1, None)], (), PARAMS)) == 1
    # Only pairs within the window are weighed: report 2 links report 0 alone, ten days
    # before it, and not report 1, so it stays apart.
    spread = [report(0, 0), report(1, 5), report(2, 10)]
    stories = build_stories(spread, (), PARAMS)
    assert [len(s.article_ids) for s in stories] == [2, 1]


def test_copies_join_their_original(make_article, corpus):
    text = ACTOR[0][1]
    repost = make_article(
        text + " Subscribe to our newsletter for more celebrity news every morning.",
        title="Okafor in hospital",
        # Reposted eight days later: outside the window, but a copy joins its original.
        published=corpus["actor0"].article.published + timedelta(days=8),
        entities=CELEBRITIES,
    )
    articles = [*corpus.values(), repost]
    copies = find_copies(articles, PARAMS)
    assert copies == (
        CopyLink(repost.article.id, corpus["actor0"].article.id, copies[0].similarity),
    )
    stories = build_stories(articles, copies, PARAMS)
    (actor,) = [s for s in stories if repost.article.id in s.article_ids]
    assert set(actor.article_ids) == {
        corpus["actor0"].article.id,
        corpus["actor1"].article.id,
        repost.article.id,
    }
    assert actor.title == ACTOR[0][0]
    assert actor.last_seen == repost.article.published
    assert len(stories) == 4


def test_copy_links_are_followed_and_unknown_ones_ignored(corpus):
    call0, singer0 = corpus["call0"].article.id, corpus["singer0"].article.id
    links = [
        CopyLink(singer0, call0, 0.9),  # a (made-up) copy joins its original's story
        CopyLink(corpus["singer1"].article.id, singer0, 0.9),  # a chain reaches call0 too
        CopyLink(corpus["actor0"].article.id, "not-an-article", 0.9),
    ]
    stories = build_stories(list(corpus.values()), links, PARAMS)
    story_of = {a: s.id for s in stories for a in s.article_ids}
    assert story_of[singer0] == story_of[call0] == story_of[corpus["singer1"].article.id]
    assert story_of[corpus["actor0"].article.id] == story_of[corpus["actor1"].article.id]


def test_ids_survive_new_articles_with_previous(corpus):
    # This test is about ids, not grouping: a lower threshold keeps the short third
    # report with the second even before the first arrives.
    params = ClusterParams(story_threshold=0.5)
    later = [corpus["call1"], corpus["call2"]]
    (before,) = build_stories(later, (), params)
    assert before.id == stable_id("story", corpus["call1"].article.id)
    previous = {article_id: before.id for article_id in before.article_ids}

    # An earlier report arrives: without `previous` the id would change.
    grown = [corpus["call0"], *later]
    (fresh,) = build_stories(grown, (), params)
    assert fresh.id == stable_id("story", corpus["call0"].article.id)
    (kept,) = build_stories(grown, (), params, previous=previous)
    assert kept.id == before.id
    assert kept.article_ids == fresh.article_ids


def test_previous_ids_on_merge_and_split(corpus):
    ids = {name: a.article.id for name, a in corpus.items()}
    # Merge: two old stories now one; the earliest previously stored article decides.
    previous = {ids["call2"]: "old-b", ids["call1"]: "old-a", "gone": "old-c"}
    call = [corpus[f"call{i}"] for i in range(3)]
    (story,) = build_stories(call, (), PARAMS, previous=previous)
    assert story.id == "old-a"
    # Split: one old story now two; the part holding its earliest article keeps the id.
    previous = {ids[n]: "old" for n in ("call0", "call1", "airspace0", "airspace1")}
    both = [*call, corpus["airspace0"], corpus["airspace1"]]
    first, second = build_stories(both, (), PARAMS, previous=previous)
    assert first.id == "old"
    assert second.id == stable_id("story", ids["airspace0"])


def count_pair_scores(monkeypatch) -> list[int]:
    """Count every pair the event model scores (links and average linkage)."""
    calls = [0]
    score = linkage.pair_probability

    def counting(left, right, models=linkage.DEFAULT_MODELS):
        calls[0] += 1
        return score(left, right, models)

    monkeypatch.setattr(components, "pair_probability", counting)
    monkeypatch.setattr(linkage, "pair_probability", counting)
    return calls


def test_candidates_come_from_blocking_not_all_pairs(make_article, monkeypatch):
    calls = count_pair_scores(monkeypatch)

    def word(n: int, i: int) -> str:  # an invented word per (article, position)
        return "".join("bcdfghjklmnpqrstvwxz"[int(d)] for d in f"{n:03d}{i:03d}") + "a"

    articles = [
        make_article(
            " ".join(word(n, i) for i in range(30)).capitalize() + ".",
            published=T0 + timedelta(minutes=n),
            entities=[(word(n, 0).capitalize(), EntityKind.PERSON)],
        )
        for n in range(60)
    ]
    stories = build_stories(articles, (), PARAMS)
    assert len(stories) == 60
    assert calls[0] == 0  # no two articles share a blocking key: nothing is compared


def test_empty_input():
    assert build_stories([], (), PARAMS) == ()


def test_comparisons_per_article_are_bounded(make_article, monkeypatch):
    calls = count_pair_scores(monkeypatch)
    monkeypatch.setattr(components, "MIN_SHARED_KEYS", 1)  # one shared name is enough
    total = 3 * components.POSTINGS_PER_KEY

    # Every article names the same person, in otherwise unrelated words.
    def words(n: int) -> str:  # five invented words of its own per article
        return " ".join(f"{chr(97 + n % 26)}{chr(97 + n // 26)}{c}" for c in "bcdfg")

    articles = [
        make_article(
            f"Ilena Marchetti {words(n)}.",
            published=T0 + timedelta(minutes=n),
            entities=[("Ilena Marchetti", EntityKind.PERSON)],
        )
        for n in range(total)
    ]
    build_stories(articles, (), PARAMS)
    assert 0 < calls[0] <= total * components.MAX_CANDIDATES
    assert calls[0] < total * (total - 1) / 2


def test_closed_group_leaves_nothing_in_memory():
    """A linked group closed by time takes its postings along; later articles start anew."""
    from corrobora.cluster.components import ComponentIndex
    from corrobora.cluster.features import StoryFeatures

    def item(n: int, day: float, keys: tuple[str, ...]) -> StoryFeatures:
        channels = {"t": {"shared": 1.0}, "entities": {"ada quill": 1.0}}
        return StoryFeatures(
            f"a{n}", T0 + timedelta(days=day), channels, None, ("e:ada quill", "t:dam", *keys)
        )

    index = ComponentIndex(ClusterParams())
    count = 3 * components.POSTINGS_PER_KEY
    names = {index.add(item(n, 0.0, (f"t:rare{n}",))) for n in range(count)}
    assert len(set(index.groups)) == 1 and len(names) >= 1  # one linked group
    assert len(index) == count
    closed = list(index.close_before(T0 + timedelta(days=30)))
    assert [len(group) for group in closed] == [count]
    assert len(index) == 0 and index.key_count == 0  # nothing of it stays in memory
    name = index.add(item(count, 30.0, ("t:rare0",)))
    assert list(index.groups) == [name] and len(index.groups[name].members) == 1


def test_a_linked_group_never_exceeds_max_group(corpus):
    params = ClusterParams(max_group=2)
    stories = build_stories(list(corpus.values()), (), params)
    assert max(len(story.article_ids) for story in stories) <= 2
    # The default allows the three reports of the call into one story.
    assert max(len(s.article_ids) for s in build_stories(list(corpus.values()), (), PARAMS)) == 3


def test_max_group_must_allow_a_pair():
    from corrobora.errors import ConfigError

    with pytest.raises(ConfigError, match="max_group"):
        ClusterParams(max_group=1)


def test_linked_groups_are_bundled_by_articles_in_order():
    sizes = [1, 1, 5, 1, 9, 2, 2]
    groups = [[f"g{n}a{i}" for i in range(size)] for n, size in enumerate(sizes)]
    bundles = list(bundled(groups, articles=4))
    assert [[len(group) for group in bundle] for bundle in bundles] == [[1, 1, 5], [1, 9], [2, 2]]
    assert [group for bundle in bundles for group in bundle] == groups
    assert list(bundled([], articles=4)) == []


def test_articles_dated_in_year_one_are_grouped_without_overflow(make_article):
    """A placeholder date at the start of the calendar is a time like any other."""
    from corrobora.cluster.features import story_features
    from corrobora.cluster.incremental import find_links

    year_one = datetime(1, 1, 1, tzinfo=UTC)
    reports = [
        make_article(text, title=title, published=year_one + timedelta(hours=n), entities=LEADERS)
        for n, (title, text) in enumerate(CALL[:3])
    ]
    stories = build_stories(reports, (), PARAMS)
    assert len(stories) == 1
    index = components.ComponentIndex(PARAMS)
    for report in reports:
        index.add(story_features(report))
    assert [len(group) for group in index.close_before()] == []
    features = [story_features(report) for report in reports]
    links = find_links([], features, PARAMS)
    assert len({name for pair in links.pairs for name in pair}) == 3
