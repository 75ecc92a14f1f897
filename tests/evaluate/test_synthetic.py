"""The synthetic stream: order, ids, gold labels, real sentences, determinism, laziness."""

import itertools
import time
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

import pytest

from corrobora.evaluate.synthetic import (
    StreamParams,
    SyntheticArticle,
    TemplateStory,
    mean_story_size,
    synthetic_stream,
    templates_from_documents,
)
from corrobora.model import AnalyzedArticle
from tests.cluster.conftest import make_analyzed
from tests.cluster.corpus import ACTOR, AIRSPACE, CALL, CELEBRITIES, LEADERS, SINGER

#: The day every hand-made template's dated expressions point to.
EVENT_DAY = date(2025, 3, 4)
EVENTS = {
    "call": (CALL, LEADERS, ("Tuesday", "January")),
    "airspace": (AIRSPACE, LEADERS, ("Wednesday",)),
    "singer": (SINGER, CELEBRITIES, ("Friday",)),
    "actor": (ACTOR, CELEBRITIES, ("Friday",)),
}


def build_templates() -> list[TemplateStory]:
    """One template per hand-written event (texts from tests/cluster/corpus.py)."""
    labelled: list[tuple[str, AnalyzedArticle]] = []
    for name, (reports, entities, days) in EVENTS.items():
        for title, text in reports:
            dates = [(expression, EVENT_DAY) for expression in days]
            labelled.append(
                (name, make_analyzed(text, title=title, entities=entities, dates=dates))
            )
    return templates_from_documents(labelled)


TEMPLATES = build_templates()


def stream(articles: int, **changes: object) -> list[SyntheticArticle]:
    """The whole stream of ``articles`` articles, a few a day (so stories stay small)."""
    params = StreamParams(articles=articles, **{"per_day": 5.0, **changes})  # type: ignore[arg-type]
    return list(synthetic_stream(TEMPLATES, params))


def test_templates_group_documents_by_gold_story_once_each():
    labelled = [(t.name, d) for t in TEMPLATES for d in t.documents]
    # Each document twice, one of them a third time under another story: kept once.
    other = ("other", TEMPLATES[0].documents[0])
    templates = templates_from_documents([*labelled, *labelled, other])
    assert [(t.name, len(t.documents)) for t in templates] == [
        ("call", 3),
        ("airspace", 2),
        ("singer", 2),
        ("actor", 2),
    ]


def test_articles_come_in_publication_order_with_unique_ids():
    items = stream(400)
    assert len(items) == 400
    keys = [(i.analyzed.article.published, i.analyzed.article.id) for i in items]
    assert all(moment is not None and moment.tzinfo is UTC for moment, _ in keys)
    assert keys == sorted(keys)  # type: ignore[type-var]
    assert len({article_id for _, article_id in keys}) == 400
    assert items[0].analyzed.article.id == "syn-000000000"


def test_articles_are_real_sentences_of_their_template_with_spans_moved():
    sentences = {
        t.name: {d.article.text[s.start : s.end] for d in t.documents for s in d.sentences}
        for t in TEMPLATES
    }
    for item in stream(200):
        analyzed = item.analyzed
        text = analyzed.article.text
        assert item.label == (item.story, item.instance)
        assert [s.slice(text) for s in analyzed.sentences] == text.split("\n")
        assert all(s.slice(text) in sentences[item.story] for s in analyzed.sentences)
        assert all(m.span.slice(text) == m.text for m in analyzed.mentions)
        assert all(q.span.slice(text) == q.text for q in analyzed.quantities)
        assert all(d.span.slice(text) == d.text for d in analyzed.dates)
        for claim in analyzed.claims:
            assert claim.span.slice(text) == claim.text
            assert claim.article_id == analyzed.article.id
            assert analyzed.sentences[claim.sentence].contains(claim.span)
        assert len({c.id for c in analyzed.claims}) == len(analyzed.claims)


def test_an_article_recombines_one_document_with_a_few_borrowed_sentences():
    for item in stream(200, keep=(0.6, 0.9), borrowed=(1, 2)):
        template = next(t for t in TEMPLATES if t.name == item.story)
        per_document = [
            sum(
                s.slice(item.analyzed.article.text) in d.article.text
                for s in item.analyzed.sentences
            )
            for d in template.documents
        ]
        main = max(per_document)
        # Most sentences come from one document, at most two from another.
        assert main >= len(item.analyzed.sentences) - 2
        assert item.analyzed.article.title in {d.article.title for d in template.documents}


def test_instantiations_are_separated_by_more_than_the_window():
    params = StreamParams(articles=600, per_day=5.0)
    periods: dict[tuple[str, int], list[datetime]] = defaultdict(list)
    for item in synthetic_stream(TEMPLATES, params):
        assert item.analyzed.article.published is not None
        periods[item.label].append(item.analyzed.article.published)
    by_template: dict[str, list[tuple[int, datetime, datetime]]] = defaultdict(list)
    for (story, instance), moments in periods.items():
        assert max(moments) - min(moments) <= timedelta(days=params.spread_days[1])
        by_template[story].append((instance, min(moments), max(moments)))
    assert len(by_template) == len(TEMPLATES)
    for spans in by_template.values():
        spans.sort()
        assert [instance for instance, _, _ in spans] == list(range(len(spans)))
        assert len(spans) > 3
        for (_, _, last), (_, first, _) in itertools.pairwise(spans):
            assert first - last > timedelta(days=params.window_days)


def test_dates_move_to_the_instantiation_unless_told_not_to():
    shifted = stream(100)
    starts = {}
    for item in shifted:
        assert item.analyzed.article.published is not None
        starts.setdefault(item.label, item.analyzed.article.published.date())
        for mention in item.analyzed.dates:
            # Every template's dates are its reference day: it becomes the start day.
            assert mention.start == mention.end == starts[item.label]
    assert sum(len(i.analyzed.dates) for i in shifted) > 20
    kept = stream(100, shift_dates=False)
    assert {d.start for i in kept for d in i.analyzed.dates} == {EVENT_DAY}


def test_the_article_rate_follows_per_day():
    params = StreamParams(articles=3000, per_day=60.0)
    items = list(synthetic_stream(TEMPLATES, params))
    first, last = items[0].analyzed.article.published, items[-1].analyzed.article.published
    assert first is not None and last is not None
    rate = len(items) / ((last - first).total_seconds() / 86_400)
    assert 40.0 < rate < 80.0
    assert mean_story_size(TEMPLATES, params) == pytest.approx(60.0 * (7 + 3 + 1) / 4)
    sizes: dict[tuple[str, int], int] = defaultdict(int)
    for item in items:
        sizes[item.label] += 1
    assert max(sizes.values()) > 2 * min(sizes.values())  # sizes vary between stories


def test_the_same_seed_gives_the_same_stream():
    def signature(items: list[SyntheticArticle]) -> list[tuple[object, ...]]:
        return [
            (i.label, i.analyzed.article.id, i.analyzed.article.published, i.analyzed.article.text)
            for i in items
        ]

    assert signature(stream(150, seed=3)) == signature(stream(150, seed=3))
    assert signature(stream(150, seed=3)) != signature(stream(150, seed=4))


def test_the_stream_is_lazy():
    params = StreamParams(articles=1_000_000, per_day=2000.0)
    started = time.perf_counter()
    first = list(itertools.islice(synthetic_stream(TEMPLATES, params), 10))
    assert time.perf_counter() - started < 2.0
    assert [i.analyzed.article.id for i in first] == [f"syn-{n:09d}" for n in range(10)]


def test_bad_templates_and_params_are_refused():
    empty = TemplateStory("empty", (make_analyzed(""),))
    with pytest.raises(ValueError, match="no template"):
        next(synthetic_stream([empty], StreamParams(articles=5)))
    with pytest.raises(ValueError, match="keep"):
        StreamParams(articles=5, keep=(0.9, 0.5))
    with pytest.raises(ValueError, match="timezone"):
        StreamParams(articles=5, start=datetime(2024, 1, 1))
    assert list(synthetic_stream(TEMPLATES, StreamParams(articles=0))) == []
