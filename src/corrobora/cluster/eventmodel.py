"""How likely two articles report the same event: a small logistic model.

The evidence is, for each feature channel of :mod:`corrobora.cluster.features` that
both articles have, the cosine of their vectors and, when both carry sentence
embeddings, the embedding cosine. Stories are then built from these pair
probabilities by average linkage (:mod:`corrobora.cluster.linkage`).

*What happened* (terms, title, numbers, dates, the embedding) is the evidence; *who took
part* (the entity channels) only scales it, by the gate
``floor + (1 - floor) * sqrt(actors)`` where ``actors`` is the mean of the entity and
person cosines. So shared actors alone never make two events one (a phone call and an
airspace closure between the same two leaders share every name but not what
happened), and the same words about other people are discounted (two celebrities
admitted to hospital on the same day). When the two leads each name organizations and
neither article names any of the other's (one airline's diverted flight, another's
emergency landing), the shared place or city they may still have does not count: the
gate is the floor, and only strong evidence (the same figures, the same headline) links
them. So does a pair whose headlines each name a person the other article never names
(one champion's two title defences, against two challengers:
:func:`~corrobora.cluster.features.rival_headline_people`). The model is logistic
over the gated evidence and an indicator per channel that both sides have it.

The weights are fitted by ``benchmarks/fit_story_model.py`` (logistic regression over
article pairs of the ECB+ *training* topics: all pairs inside a topic, labelled by
whether they report the same event, plus a fixed random sample of pairs across topics)
and written below. The development topics are never used to fit. Two models are kept:
one that uses embeddings and one for the words-only path, so clustering works the same
way with or without an installed embedding model.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from .features import CHANNELS, LEAD_CHANNEL

#: Channels that say what happened (the evidence the actors gate).
EVIDENCE_CHANNELS: tuple[str, ...] = ("t", "title", "n", "d")
#: Channels that say who took part.
ACTOR_CHANNELS: tuple[str, ...] = ("entities", "person")
#: Share of the evidence kept when the two sides have no actor in common.
ACTOR_FLOOR = 0.25


def actor_gate(cosines: Mapping[str, float]) -> float:
    """The factor the actors put on the evidence: 1 when they are unknown on a side.

    ``cosines[LEAD_CHANNEL]`` is 0 when the leads name rival organizations (see
    :func:`corrobora.cluster.features.rival_leads`) or the headlines rival people
    (:func:`corrobora.cluster.features.rival_headline_people`): the floor, whatever else
    is shared.
    """
    if cosines.get(LEAD_CHANNEL) == 0.0:
        return ACTOR_FLOOR
    shared = [max(0.0, cosines[channel]) for channel in ACTOR_CHANNELS if channel in cosines]
    if not shared:
        return 1.0
    return ACTOR_FLOOR + (1.0 - ACTOR_FLOOR) * math.sqrt(sum(shared) / len(shared))


def model_inputs(cosines: Mapping[str, float], embedding: float | None) -> dict[str, float]:
    """The model's named inputs: gated evidence and "both sides have it" indicators.

    Args:
        cosines: channel -> mean cosine, for the channels both sides have (for
            :data:`~corrobora.cluster.features.LEAD_CHANNEL`: 0 when the leads name
            rival organizations, else 1).
        embedding: mean embedding cosine, or None when a side has no embedding.
    """
    gate = actor_gate(cosines)
    inputs: dict[str, float] = {}
    for channel in CHANNELS:
        if channel not in cosines:
            continue
        inputs[f"{channel}?"] = 1.0
        if channel in EVIDENCE_CHANNELS:
            inputs[channel] = cosines[channel] * gate
    if embedding is not None:
        inputs["embedding"] = embedding * gate
    return inputs


def input_names(with_embedding: bool) -> list[str]:
    """Every input name, in a fixed order (the columns of a fit)."""
    names = [f"{channel}?" for channel in CHANNELS] + list(EVIDENCE_CHANNELS)
    return [*names, "embedding"] if with_embedding else names


@dataclass(frozen=True, slots=True)
class EventModel:
    """Logistic weights over :func:`model_inputs`.

    Attributes:
        weights: input name -> weight (a missing input counts 0).
        bias: intercept.
    """

    weights: Mapping[str, float]
    bias: float

    @property
    def uses_embedding(self) -> bool:
        """True when the model weighs the embedding cosine."""
        return "embedding" in self.weights

    def score(self, cosines: Mapping[str, float], embedding: float | None) -> float:
        """Probability of the same event given the cosines of the shared channels."""
        if not self.uses_embedding:
            embedding = None
        total = self.bias
        for name, value in model_inputs(cosines, embedding).items():
            total += self.weights.get(name, 0.0) * value
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, total))))


# Fitted by `benchmarks/fit_story_model.py` on the ECB+ training topics.
WITH_EMBEDDINGS = EventModel(
    weights={
        "t?": -1.8769,
        "title?": -0.4029,
        "n?": -0.7589,
        "d?": 0.579,
        "entities?": 1.95,
        "person?": -0.1489,
        "t": -0.0577,
        "title": 0.5864,
        "n": 9.1814,
        "d": 3.8046,
        "embedding": 11.1198,
    },
    bias=-2.7151,
)
WORDS_ONLY = EventModel(
    weights={
        "t?": -1.0433,
        "title?": -0.6861,
        "n?": -0.8368,
        "d?": 0.3273,
        "entities?": 1.501,
        "person?": -0.0981,
        "t": 19.9939,
        "title": 2.1942,
        "n": 10.1639,
        "d": 4.9655,
    },
    bias=-1.5,
)


@dataclass(frozen=True, slots=True)
class EventModels:
    """The pair of models: one for when both sides carry embeddings, one for words only."""

    with_embeddings: EventModel
    words_only: EventModel

    def pick(self, has_embeddings: bool) -> EventModel:
        """The model to use when both sides do (or do not) carry embeddings."""
        return self.with_embeddings if has_embeddings else self.words_only


DEFAULT_MODELS = EventModels(WITH_EMBEDDINGS, WORDS_ONLY)
"""The fitted models corrobora clusters with."""


def design_row(cosines: Mapping[str, float], embedding: float | None) -> list[float]:
    """The inputs as one row of numbers, in :func:`input_names` order (for fitting)."""
    inputs = model_inputs(cosines, embedding)
    return [inputs.get(name, 0.0) for name in input_names(embedding is not None)]
