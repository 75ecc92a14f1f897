"""Round trips and error messages of corrobora.serialize."""

from __future__ import annotations

import json
import math
from datetime import date, datetime, timedelta, timezone
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corrobora.model import (
    AnalyzedArticle,
    Article,
    Attribution,
    Claim,
    Conflict,
    ConflictKind,
    CopyLink,
    Coverage,
    DateMention,
    DiffChunk,
    DiffOp,
    EntityKind,
    Evidence,
    Fact,
    FactStatus,
    Mention,
    Modality,
    ProvenanceEdge,
    Quantity,
    Quote,
    QuoteGroup,
    QuoteVariant,
    Reconciliation,
    SourceKind,
    Span,
    Story,
    StorySummary,
    Support,
    TimelineEntry,
)
from corrobora.serialize import dumps, from_jsonable, loads, to_jsonable

T = TypeVar("T")

RUNS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ---------------------------------------------------------------- strategies

words = st.text(min_size=0, max_size=12)
ids = st.text(alphabet="0123456789abcdef", min_size=1, max_size=16)
maybe_words = st.none() | words
finite = st.floats(allow_nan=False, allow_infinity=False)


def small_tuple(items: st.SearchStrategy[T]) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(items, max_size=3).map(tuple)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(min_value=0, max_value=10_000))
    return Span(start, start + draw(st.integers(min_value=0, max_value=500)))


offsets = st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
aware = st.datetimes(
    min_value=datetime(1900, 1, 2), max_value=datetime(2200, 1, 1), timezones=offsets
)
moments = st.none() | aware | st.datetimes()
days = st.none() | st.dates()

articles = st.builds(
    Article,
    id=ids,
    text=st.text(max_size=60),
    title=words,
    outlet=words,
    url=maybe_words,
    published=moments,
    language=st.none() | st.sampled_from(["en", "es", "de"]),
    path=maybe_words,
)
mentions = st.builds(Mention, span=spans(), text=words, key=words, kind=st.sampled_from(EntityKind))
quantities = st.builds(Quantity, span=spans(), text=words, value=finite, unit=words)
date_mentions = st.builds(DateMention, span=spans(), text=words, start=days, end=days)
attributions = st.builds(
    Attribution,
    article_id=ids,
    span=spans(),
    content=spans(),
    source=words,
    source_key=words,
    kind=st.sampled_from(SourceKind),
    cue=words,
)
quotes = st.builds(
    Quote,
    article_id=ids,
    span=spans(),
    parts=small_tuple(spans()),
    text=words,
    speaker=maybe_words,
    speaker_key=maybe_words,
    cue=maybe_words,
    direct=st.booleans(),
)
claims = st.builds(
    Claim,
    id=ids,
    article_id=ids,
    span=spans(),
    text=words,
    sentence=st.integers(min_value=0, max_value=400),
    terms=small_tuple(words),
    entity_keys=small_tuple(words),
    quantities=small_tuple(quantities),
    dates=small_tuple(date_mentions),
    negated=st.booleans(),
    modality=st.sampled_from(Modality),
    attribution=st.none() | attributions,
    quoted=st.booleans(),
)
analyzed_articles = st.builds(
    AnalyzedArticle,
    article=articles,
    sentences=small_tuple(spans()),
    mentions=small_tuple(mentions),
    quotes=small_tuple(quotes),
    attributions=small_tuple(attributions),
    claims=small_tuple(claims),
    quantities=small_tuple(quantities),
    dates=small_tuple(date_mentions),
    analyzer=words,
)
stories = st.builds(
    Story,
    id=ids,
    title=words,
    article_ids=small_tuple(ids),
    first_seen=moments,
    last_seen=moments,
)
evidence = st.builds(Evidence, article_id=ids, span=spans(), text=words)
supports = st.builds(
    Support,
    article_id=ids,
    claim_id=ids,
    span=spans(),
    text=words,
    origin=words,
    is_copy=st.booleans(),
)
facts = st.builds(
    Fact,
    id=ids,
    text=words,
    status=st.sampled_from(FactStatus),
    support=small_tuple(supports),
    origins=small_tuple(words),
    independent_support=st.integers(min_value=0, max_value=50),
    conflicts=small_tuple(
        st.builds(
            Conflict,
            kind=st.sampled_from(ConflictKind),
            detail=words,
            values=small_tuple(evidence),
        )
    ),
    first_reported=st.none() | ids,
    confidence=finite,
    confidence_reason=words,
)
quote_groups = st.builds(
    QuoteGroup,
    id=ids,
    speaker=maybe_words,
    speaker_key=maybe_words,
    identical=st.booleans(),
    variants=small_tuple(
        st.builds(
            QuoteVariant,
            article_id=ids,
            span=spans(),
            text=words,
            diff=small_tuple(st.builds(DiffChunk, op=st.sampled_from(DiffOp), a=words, b=words)),
        )
    ),
)
copy_links = st.builds(CopyLink, article_id=ids, copy_of=ids, similarity=finite)
reconciliations = st.builds(
    Reconciliation,
    story=stories,
    facts=small_tuple(facts),
    quotes=small_tuple(quote_groups),
    attributions=small_tuple(attributions),
    coverage=small_tuple(
        st.builds(Coverage, article_id=ids, included=small_tuple(ids), omitted=small_tuple(ids))
    ),
    timeline=small_tuple(
        st.builds(
            TimelineEntry,
            article_id=ids,
            published=moments,
            outlet=words,
            first_reports=small_tuple(ids),
            copy_of=st.none() | ids,
        )
    ),
    provenance=small_tuple(st.builds(ProvenanceEdge, source=words, target=words, relation=words)),
    copies=small_tuple(copy_links),
)
summaries = st.builds(
    StorySummary,
    id=ids,
    title=words,
    articles=st.integers(min_value=0),
    outlets=st.integers(min_value=0),
    first_seen=moments,
    last_seen=moments,
)


def _only_json_types(value: Any) -> bool:
    if value is None or isinstance(value, bool | int | str):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list):
        return all(_only_json_types(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _only_json_types(v) for k, v in value.items())
    return False


def _same_offsets(before: datetime | None, after: datetime | None) -> bool:
    if before is None or after is None:
        return before is after
    return before.utcoffset() == after.utcoffset() and before == after


# ---------------------------------------------------------------- round trips


@RUNS
@given(articles)
def test_article_round_trip(article: Article) -> None:
    data = to_jsonable(article)
    assert _only_json_types(data)
    back = from_jsonable(Article, json.loads(json.dumps(data)))
    assert back == article
    assert _same_offsets(article.published, back.published)


@RUNS
@given(analyzed_articles)
def test_analyzed_article_round_trip(analysis: AnalyzedArticle) -> None:
    data = to_jsonable(analysis)
    assert _only_json_types(data)
    assert from_jsonable(AnalyzedArticle, data) == analysis
    assert loads(AnalyzedArticle, dumps(analysis)) == analysis


@RUNS
@given(reconciliations)
def test_reconciliation_round_trip(reconciliation: Reconciliation) -> None:
    data = to_jsonable(reconciliation)
    assert _only_json_types(data)
    assert loads(Reconciliation, dumps(reconciliation)) == reconciliation


@RUNS
@given(st.one_of(claims, quotes, summaries, copy_links, facts, quote_groups))
def test_other_records_round_trip(record: Any) -> None:
    assert loads(type(record), dumps(record)) == record


# ---------------------------------------------------------------- the JSON shape


def test_shape_of_spans_enums_and_times() -> None:
    quote = Quote(
        article_id="a1",
        span=Span(3, 20),
        parts=(Span(3, 9), Span(14, 20)),
        text="We will win",
        speaker="Ana Ruiz",
        speaker_key="ana ruiz",
        cue="said",
    )
    assert to_jsonable(quote) == {
        "article_id": "a1",
        "span": [3, 20],
        "parts": [[3, 9], [14, 20]],
        "text": "We will win",
        "speaker": "Ana Ruiz",
        "speaker_key": "ana ruiz",
        "cue": "said",
        "direct": True,
    }
    plus_two = timezone(timedelta(hours=2))
    story = Story("s1", "Vote", ("a1",), datetime(2024, 5, 1, 9, 30, tzinfo=plus_two), None)
    data = to_jsonable(story)
    assert data["first_seen"] == "2024-05-01T09:30:00+02:00"
    assert data["last_seen"] is None
    assert data["article_ids"] == ["a1"]
    assert to_jsonable(FactStatus.SINGLE_SOURCE) == "single_source"
    assert type(to_jsonable(FactStatus.SINGLE_SOURCE)) is str
    mention = DateMention(Span(0, 6), "May 1st", date(2024, 5, 1), None)
    assert to_jsonable(mention)["start"] == "2024-05-01"


def test_dumps_keeps_non_ascii_text() -> None:
    article = Article(id="a", text="Nicolás Maduro dijo “sí”.", title="Maduro", outlet="El Día")
    text = dumps(article)
    assert "Nicolás" in text and "“sí”" in text
    assert loads(Article, text) == article


def test_missing_optional_fields_take_their_defaults() -> None:
    data = {"article_id": "a", "copy_of": "b", "similarity": 1}
    link = from_jsonable(CopyLink, data)
    assert link == CopyLink("a", "b", 1.0)
    assert isinstance(link.similarity, float)
    claim = from_jsonable(
        Claim,
        {
            "id": "c",
            "article_id": "a",
            "span": [0, 4],
            "text": "Rain",
            "sentence": 0,
            "terms": ["rain"],
            "entity_keys": [],
        },
    )
    assert claim.modality is Modality.ASSERTED
    assert claim.attribution is None and claim.quantities == ()


# ---------------------------------------------------------------- errors


def _analysis_data() -> dict[str, Any]:
    analysis = AnalyzedArticle(
        article=Article(id="a", text="It rained.", title="Rain", outlet="Daily"),
        sentences=(Span(0, 10),),
        mentions=(),
        quotes=(),
        attributions=(),
        claims=(
            Claim("c0", "a", Span(0, 10), "It rained.", 0, ("rain",), ()),
            Claim("c1", "a", Span(0, 10), "It rained.", 0, ("rain",), ()),
        ),
    )
    data: dict[str, Any] = to_jsonable(analysis)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["claims"][1].update(span=[4]),
            "AnalyzedArticle.claims[1].span: expected a [start, end] list",
        ),
        (
            lambda d: d["claims"][1].update(span=[5, 2]),
            "AnalyzedArticle.claims[1].span: invalid span [5, 2)",
        ),
        (
            lambda d: d["claims"][0].update(modality="certain"),
            "AnalyzedArticle.claims[0].modality: 'certain' is not a Modality",
        ),
        (
            lambda d: d["article"].update(published="yesterday"),
            "AnalyzedArticle.article.published: 'yesterday' is not an ISO 8601 date-time",
        ),
        (
            lambda d: d["claims"][0].update(sentence=True),
            "AnalyzedArticle.claims[0].sentence: expected an integer, got True",
        ),
        (
            lambda d: d["claims"][0].update(negated=0),
            "AnalyzedArticle.claims[0].negated: expected true or false",
        ),
        (lambda d: d.update(extra=1), "unknown AnalyzedArticle field(s): extra"),
        (lambda d: d["article"].pop("text"), "AnalyzedArticle.article: Article field 'text'"),
        (lambda d: d.update(sentences={}), "AnalyzedArticle.sentences: expected a list"),
    ],
)
def test_bad_data_names_where_it_is(change: Any, message: str) -> None:
    data = _analysis_data()
    change(data)
    with pytest.raises(ValueError, match=r"^cannot read ") as caught:
        from_jsonable(AnalyzedArticle, data)
    assert message in str(caught.value)


def test_top_level_must_be_an_object() -> None:
    with pytest.raises(ValueError, match="expected a JSON object for Article"):
        from_jsonable(Article, ["a", "b"])


def test_non_finite_numbers_are_refused_with_their_path() -> None:
    fact = Fact(
        id="f",
        text="t",
        status=FactStatus.CORROBORATED,
        support=(),
        origins=(),
        independent_support=2,
        confidence=math.inf,
    )
    with pytest.raises(ValueError, match=r"cannot serialize Fact\.confidence: inf"):
        to_jsonable(fact)


def test_unknown_value_types_are_refused() -> None:
    with pytest.raises(ValueError, match="values of type set cannot be serialized"):
        to_jsonable({"a": {1, 2}})
