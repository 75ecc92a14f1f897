import math
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from corrobora.cluster.features import dot, event_similarity, rarity, story_features
from corrobora.model import EntityKind
from corrobora.ordering import chronological_key

P, L = EntityKind.PERSON, EntityKind.PLACE


def norm(vector):
    return math.sqrt(sum(v * v for v in vector.values()))


def test_rarity_follows_word_frequency():
    assert rarity("the") == 0.0
    assert 0.0 < rarity("said") < rarity("hospital") < rarity("airspace") < rarity("zzqxv")
    assert rarity("zzqxv") == 7.0


def test_vectors_are_unit_length_and_namespaced(make_article):
    article = make_article(
        "Mayor Ada Quill opened the Brindle tunnel on 4 March after 12 years of work.",
        title="Tunnel opens",
        entities=[("Ada Quill", P), ("Brindle", L)],
        dates=[("4 March", date(2025, 3, 4))],
    )
    features = story_features(article)
    assert norm(features.content) == pytest.approx(1.0)
    assert norm(features.entities) == pytest.approx(1.0)
    assert {key[:2] for key in features.content} == {"t:", "n:", "d:"}
    assert "t:tunnel" in features.content
    assert "d:2025-03-04/2025-03-04" in features.content
    assert set(features.entities) == {"ada quill", "brindle"}
    # Names are left to the entity vector; function words weigh nothing.
    assert "t:quill" not in features.content
    assert "t:the" not in features.content
    assert "e:ada quill" in features.blocking_keys
    assert "t:tunnel" in features.blocking_keys


def test_rare_terms_weigh_more_than_common_ones(make_article):
    features = story_features(make_article("People said the airspace was closed."))
    assert features.content["t:airspace"] > features.content["t:closed"]
    assert features.content["t:closed"] > features.content.get("t:people", 0.0)


def test_lead_terms_weigh_more(make_article):
    text = "The harbour flooded overnight. " + "Residents waited. " * 5 + "A crane toppled."
    features = story_features(make_article(text))
    assert features.content["t:harbour"] > features.content["t:crane"]


def test_article_without_claims_uses_its_words(make_article):
    article = make_article("Volcano erupts near Tarsk village.")
    bare = story_features(type(article)(article.article, (), (), (), (), ()))
    assert "t:volcano" in bare.content
    assert bare.entities == {}


def test_event_similarity_discounts_different_actors():
    assert event_similarity(0.5, None) == 0.5
    assert event_similarity(0.5, 1.0) == pytest.approx(0.5)
    assert event_similarity(0.5, 0.0) < event_similarity(0.5, 0.3) < 0.5
    assert event_similarity(0.0, 1.0) == 0.0


def test_dot_of_sparse_vectors():
    assert dot({"a": 1.0, "b": 2.0}, {"b": 3.0, "c": 5.0}) == 6.0
    assert dot({}, {"a": 1.0}) == 0.0


def test_chronological_key(make_article):
    plus_two = timezone(timedelta(hours=2))
    a = make_article("a", published=datetime(2025, 1, 1, 12, tzinfo=plus_two))  # 10:00 UTC
    b = make_article("b", published=datetime(2025, 1, 1, 11, tzinfo=UTC))
    c = make_article("c")
    ordered = sorted([c, b, a], key=lambda x: chronological_key(x.article))
    assert ordered == [a, b, c]
