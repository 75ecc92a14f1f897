"""The pair score: how strongly two claims look like the same statement, in [0, 1].

Two models, chosen by ``ReconcileParams.pair_model``:

- ``"mean"``: the mean of three similarities: the cosine of the weighted term vectors,
  the share of the lighter claim's term weight that the other shares (so a sentence
  that adds one detail still matches a shorter one), and, when a sentence-embedding
  model is installed, the embedding cosine; without a model the mean of the first two.
  It was chosen on development data (the demo corpus and the founding seed articles).
- ``"learned"``: a logistic model over the features of
  :mod:`corrobora.align.pairfeatures`. Its coefficients below were fitted on the
  training pairs of the Microsoft Research Paraphrase Corpus (4,076 pairs of sentences
  from different outlets; ``benchmarks/mrpc_pairs.py --fit`` prints them), once with the
  embedding cosine of the packaged all-MiniLM-L6-v2 and once without it, for the
  words-only path.

``ReconcileParams.same_threshold`` is the cut; ``benchmarks/mrpc_pairs.py`` reports how
both models do on MRPC, the learned one with 5-fold cross-validation.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["learned_score", "same_claim_score"]

#: Intercept and weights (in the order of ``pairfeatures.FEATURES``) with embeddings.
LEARNED_BIAS = -6.0533
LEARNED_WEIGHTS = (
    *(0.4258, 0.3242, 4.0514, 25.5351, -15.7713, -5.8311, 4.3081, 10.2219, -10.6907, -7.3089),
    *(5.5873, 10.6641, 3.6339, -0.837, 0.0475, -0.9325, -0.6346, 0.5438, -0.3425, -0.4961),
    0.0801,
)
#: The same without the embedding cosine (the third feature), for the words-only path.
WORDS_BIAS = -4.7516
WORDS_WEIGHTS = (
    *(1.7887, -0.2463, 24.4004, -13.127, -3.8646, 2.7117, 7.2179, -8.9304, -6.0857, 4.7387),
    *(9.6319, 3.9274, -0.7226, 0.0663, -0.9914, -0.8932, 0.7459, -0.2409, -0.3936, 0.067),
)


def same_claim_score(cosine: float, overlap: float, semantic: float | None) -> float:
    """Return the mean pair score from the cosine, the overlap and the optional semantic."""
    if semantic is None:
        return (cosine + overlap) / 2
    return (cosine + overlap + max(0.0, semantic)) / 3


def learned_score(features: Sequence[float], with_embeddings: bool) -> float:
    """Return the learned model's probability that two claims state the same thing.

    Args:
        features: the pair's features in the order of ``pairfeatures.FEATURES``.
        with_embeddings: whether the embedding cosine (the third feature) is real; when
            not, it is left out and the words-only coefficients are used.
    """
    weights: Sequence[float]
    if with_embeddings:
        bias, weights, values = LEARNED_BIAS, LEARNED_WEIGHTS, list(features)
    else:
        bias, weights, values = WORDS_BIAS, WORDS_WEIGHTS, [*features[:2], *features[3:]]
    if len(values) != len(weights):
        raise ValueError(f"expected {len(weights)} pair features, got {len(values)}")
    z = bias + sum(w * x for w, x in zip(weights, values, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
