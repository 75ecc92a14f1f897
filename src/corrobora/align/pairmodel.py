"""The pair score: how strongly two claims look like the same statement, in [0, 1].

The mean of three similarities: the cosine of the weighted term vectors, the share of
the lighter claim's term weight that the other shares (so a sentence that adds one
detail still matches a shorter one), and, when a sentence-embedding model is installed,
the embedding cosine. Without a model the mean of the first two is used.
``ReconcileParams.same_threshold`` is the cut. Both were chosen on development data
(the demo corpus and the founding seed articles); ``benchmarks/mrpc_pairs.py`` reports
how the same rule does on MRPC.
"""

from __future__ import annotations


def same_claim_score(cosine: float, overlap: float, semantic: float | None) -> float:
    """Return the pair score from the lexical cosine, the overlap and the optional semantic."""
    if semantic is None:
        return (cosine + overlap) / 2
    return (cosine + overlap + max(0.0, semantic)) / 3
