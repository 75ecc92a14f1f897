"""The learned pair model: its features, its coefficients, and its use in alignment."""

from __future__ import annotations

import pytest

from corrobora.align import ClaimVectors
from corrobora.align.pairfeatures import FEATURES, claim_pair_features, word_features
from corrobora.align.pairmodel import (
    LEARNED_WEIGHTS,
    WORDS_WEIGHTS,
    learned_score,
)
from corrobora.errors import ConfigError
from corrobora.settings import ReconcileParams

from ..reconcile.conftest import make_claim


def test_there_is_one_weight_per_feature():
    assert len(LEARNED_WEIGHTS) == len(FEATURES)
    assert len(WORDS_WEIGHTS) == len(FEATURES) - 1


def test_word_features_of_identical_and_unrelated_texts():
    same = word_features("The pier was closed on Monday.", "The pier was closed on Monday.")
    assert same[:8] == [1.0] * 8
    assert same[8] == 0.0 and same[9] == 1.0
    apart = word_features("The pier was closed.", "Rain fell all week in the hills.")
    assert apart[2:8] == [0.0] * 6 and apart[9] < 0.5


def test_agreement_features_see_numbers_and_entities():
    a = make_claim(
        "a", "83 people died in Tamsel.", 0, numbers=((83.0, "people"),), entities=("tamsel",)
    )
    b = make_claim(
        "b", "76 people died in Tamsel.", 0, numbers=((76.0, "people"),), entities=("tamsel",)
    )
    features = dict(zip(FEATURES, claim_pair_features(a, b, 0.8, 0.8, None), strict=True))
    assert features["different numbers"] == 1.0 and features["same numbers"] == 0.0
    assert features["entities shared"] == 1.0 and features["embedding cosine"] == 0.0


def test_learned_score_is_a_probability_that_rises_with_similarity():
    a = make_claim("a", "The harbour authority closed the northern pier on Monday.", 0)
    b = make_claim("b", "On Monday the harbour authority closed the northern pier.", 0)
    c = make_claim("c", "Fishermen protested against new quotas in the capital.", 0)
    vectors = ClaimVectors.build([a, b, c], pair_model="learned")
    same, different = vectors.similarity(a.id, b.id), vectors.similarity(a.id, c.id)
    assert 0.0 <= different < 0.5 < same <= 1.0
    features = vectors.features(a.id, b.id)
    assert same == pytest.approx(learned_score(features, with_embeddings=False))
    assert learned_score(features, with_embeddings=True) != pytest.approx(same)


def test_learned_score_checks_the_number_of_features():
    with pytest.raises(ValueError, match="expected"):
        learned_score([0.5, 0.5], with_embeddings=True)


def test_an_unknown_pair_model_is_refused():
    with pytest.raises(ConfigError, match="pair_model"):
        ReconcileParams(pair_model="magic")
    with pytest.raises(ValueError, match="pair_model"):
        ClaimVectors.build([], pair_model="magic")
