import math
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from corrobora.cluster.features import CHANNELS, dot, lead_text, rarity, story_features
from corrobora.model import EntityKind, Quantity, Span
from corrobora.ordering import chronological_key

P, L = EntityKind.PERSON, EntityKind.PLACE


def norm(vector):
    return math.sqrt(sum(v * v for v in vector.values()))


def test_rarity_follows_word_frequency():
    assert rarity("the") == 0.0
    assert 0.0 < rarity("said") < rarity("hospital") < rarity("airspace") < rarity("zzqxv")
    assert rarity("zzqxv") == 7.0


def test_channels_are_unit_length_and_separate(make_article):
    article = make_article(
        "Mayor Ada Quill opened the Brindle tunnel on 4 March after 12 years of work.",
        title="Tunnel opens",
        entities=[("Ada Quill", P), ("Brindle", L)],
        dates=[("4 March", date(2025, 3, 4))],
    )
    features = story_features(article)
    assert set(features.channels) <= set(CHANNELS)
    for vector in features.channels.values():
        assert norm(vector) == pytest.approx(1.0)
    content = features.channels["t"]
    assert "tunnel" in content
    assert features.channels["d"] == {"2025-03-04/2025-03-04": 1.0}
    assert set(features.channels["entities"]) == {"ada quill", "brindle"}
    assert set(features.channels["person"]) == {"ada quill"}
    assert "tunnel" in features.channels["title"]
    # Names are left to the entity channels; function words weigh nothing.
    assert "quill" not in content
    assert "the" not in content
    assert "e:ada quill" in features.blocking_keys
    assert "t:tunnel" in features.blocking_keys
    assert features.embedding is None


def test_rare_terms_weigh_more_than_common_ones(make_article):
    content = story_features(make_article("People said the airspace was closed.")).channels["t"]
    assert content["airspace"] > content["closed"]
    assert content["closed"] > content.get("people", 0.0)


def test_lead_terms_weigh_more(make_article):
    text = "The harbour flooded overnight. " + "Residents waited. " * 5 + "A crane toppled."
    content = story_features(make_article(text)).channels["t"]
    assert content["harbour"] > content["crane"]


def test_article_without_claims_uses_its_words(make_article):
    article = make_article("Volcano erupts near Tarsk village.")
    bare = story_features(type(article)(article.article, (), (), (), (), ()))
    assert "volcano" in bare.channels["t"]
    assert "entities" not in bare.channels


def test_embedding_is_normalized_and_rounded(make_article):
    features = story_features(make_article("Volcano erupts."), [3.0, 4.0, 0.0])
    assert features.embedding == (0.6, 0.8, 0.0)
    assert story_features(make_article("Volcano erupts."), [0.0, 0.0]).embedding is None


def test_lead_text_is_title_and_first_sentences(make_article):
    article = make_article("First one. Second one.", title="Headline")
    assert lead_text(article) == "Headline First one. Second one."


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


def test_a_count_named_with_a_is_no_figure_of_the_story(make_article):
    """ "A man died" counts one, but no article writes that figure: it tells no story apart."""
    article = make_article("A man died in the flood at Brindle on Sunday.", title="Flood")
    counted = Quantity(Span(0, 1), "A", 1.0, "dead")
    written = Quantity(Span(0, 1), "12", 12.0, "dead")
    assert "n" not in story_features(replace(article, quantities=(counted,))).channels
    assert "12dead" in story_features(replace(article, quantities=(written,))).channels["n"]
