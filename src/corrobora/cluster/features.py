"""What an article contributes to story clustering: what happened, and who took part.

An article is described by two unit-length sparse vectors:

- **content** (what happened, when, how many): the claim terms (content-word lemmas)
  and title words, weighted by sublinear term frequency times a background rarity from
  wordfreq (``max(0, 7 - zipf)``: "said" weighs 1, "airspace" about 3.7, a word
  wordfreq never saw 7; function words weigh nothing, so no stop-word list is needed),
  together with the normalized quantities and the calendar days of the article's date
  expressions. Words that belong to entity mentions are left to the other vector.
- **entities** (who and where): canonical entity keys, weighted by kind (persons,
  organizations and places above the rest) and by the rarity of the name.

The similarity of two articles is the content cosine *discounted* when the actors
differ: ``content × (floor + (1 - floor) × entities)`` (see :func:`event_similarity`).
Shared actors alone therefore never make two events one (a phone call and an airspace
closure between the same two countries share every name but not what happened), and
the same words about other people do not either (two celebrities admitted to hospital
on the same day). Vectors depend on the article alone (the rarity is a fixed
background, not corpus statistics), so they never change when articles are added.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from wordfreq import zipf_frequency

from ..model import AnalyzedArticle, EntityKind
from ..text import canonical_key, strip_accents
from .fingerprint import words

#: Share of each channel in the content vector (they sum to 1): terms, numbers, dates.
CHANNEL_WEIGHTS: Mapping[str, float] = {"t": 0.8, "n": 0.1, "d": 0.1}
#: Extra weight of the terms of the title and first sentence (decreasing after it).
LEAD_BOOST = 1.0
#: Share of the content similarity kept when two articles have no actor in common.
ENTITY_FLOOR = 0.25

#: Entity weight by kind: named actors and places tell events apart, the rest less so.
_KIND_WEIGHTS: Mapping[EntityKind, float] = {
    EntityKind.PERSON: 1.0,
    EntityKind.ORGANIZATION: 1.0,
    EntityKind.PLACE: 1.0,
    EntityKind.OTHER: 0.5,
}

#: Zipf value (log10 of frequency per billion words, plus 9) above which a word or name
#: carries no weight: roughly the most frequent few dozen English words.
_RARITY_CEILING = 7.0
#: Smallest weight an entity key gets, however common its name.
_MIN_ENTITY_RARITY = 1.0
#: Absolute values at most this large and integral are counts too common to tell
#: events apart ("two people", "10 minutes").
_SMALL_COUNT = 12.0
_SMALL_COUNT_WEIGHT = 0.25
#: Blocking keys per article: its highest-weighted entity keys and terms.
_BLOCKING_ENTITIES = 8
_BLOCKING_TERMS = 8

_LANGUAGE = "en"


@dataclass(frozen=True, slots=True)
class StoryFeatures:
    """The clustering view of one article.

    Attributes:
        article_id: the article's id.
        published: its publication time, or None when unknown.
        content: unit-length sparse vector of terms, numbers and dates; keys are
            ``channel:feature`` (``t:airspace``, ``n:40``, ``d:2025-03-04/2025-03-04``).
        entities: unit-length sparse vector of entity keys (empty when none).
        blocking_keys: the few features used to find candidate stories
            (``e:<entity key>`` and ``t:<term>``).
    """

    article_id: str
    published: datetime | None
    content: Mapping[str, float]
    entities: Mapping[str, float]
    blocking_keys: tuple[str, ...]


def rarity(word: str) -> float:
    """Background rarity of a word or name: ``max(0, 7 - zipf)`` from wordfreq."""
    return max(0.0, _RARITY_CEILING - zipf_frequency(word, _LANGUAGE))


def _sublinear(count: int) -> float:
    return 1.0 + math.log(count)


def _normalized(vector: Mapping[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(value * value for value in vector.values()))
    if norm == 0.0:
        return {}
    return {key: value / norm for key, value in vector.items() if value > 0.0}


def _position_weight(sentence: int) -> float:
    """Weight of a sentence's terms: news states its event in the lead."""
    return 1.0 + LEAD_BOOST / (1.0 + max(0, sentence))


def _term_vector(analyzed: AnalyzedArticle) -> dict[str, float]:
    counts: dict[str, float] = {}

    def count(terms: Iterable[str], weight: float) -> None:
        for term in terms:
            key = strip_accents(term).casefold()
            counts[key] = counts.get(key, 0.0) + weight

    for claim in analyzed.claims:
        count(claim.terms, _position_weight(claim.sentence))
    if not counts:
        # No claims (the analysis found none): fall back on the words of the text.
        count(words(analyzed.article.text), 1.0)
    count(words(analyzed.article.title), _position_weight(0))
    names = {word for mention in analyzed.mentions for word in words(mention.text)}
    names.update(word for mention in analyzed.mentions for word in mention.key.split())
    vector: dict[str, float] = {}
    for term, total in counts.items():
        # Names are left to the entity vector: counted again as terms, shared actors
        # would outweigh what happened.
        if not term or term.isdigit() or term in names or canonical_key(term) in names:
            continue
        weight = rarity(term)
        if weight > 0.0:
            vector[term] = (1.0 + math.log(max(1.0, total))) * weight
    return vector


def _entity_vector(analyzed: AnalyzedArticle) -> dict[str, float]:
    counts: Counter[str] = Counter()
    kinds: dict[str, float] = {}
    for mention in analyzed.mentions:
        if not mention.key:
            continue
        counts[mention.key] += 1
        kind_weight = _KIND_WEIGHTS.get(mention.kind, _KIND_WEIGHTS[EntityKind.OTHER])
        kinds[mention.key] = max(kinds.get(mention.key, 0.0), kind_weight)
    return {
        key: _sublinear(count) * kinds[key] * max(_MIN_ENTITY_RARITY, rarity(key))
        for key, count in counts.items()
    }


def _number_vector(analyzed: AnalyzedArticle) -> dict[str, float]:
    quantities = list(analyzed.quantities)
    seen = {(q.span.start, q.span.end) for q in quantities}
    for claim in analyzed.claims:
        quantities.extend(q for q in claim.quantities if (q.span.start, q.span.end) not in seen)
    vector: dict[str, float] = {}
    for quantity in quantities:
        value = quantity.value
        if not math.isfinite(value):
            continue
        small = abs(value) <= _SMALL_COUNT and value == int(value)
        key = f"{value:.6g}{quantity.unit}"
        vector[key] = max(vector.get(key, 0.0), _SMALL_COUNT_WEIGHT if small else 1.0)
    return vector


def _date_vector(analyzed: AnalyzedArticle) -> dict[str, float]:
    mentions = list(analyzed.dates)
    for claim in analyzed.claims:
        mentions.extend(claim.dates)
    vector: dict[str, float] = {}
    for mention in mentions:
        if mention.start is None or mention.end is None:
            continue
        vector[f"{mention.start.isoformat()}/{mention.end.isoformat()}"] = 1.0
    return vector


def _top(vector: Mapping[str, float], count: int) -> list[str]:
    return [key for key, _ in sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))[:count]]


def combine(channels: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """Return the unit-length concatenation of channel vectors, keys prefixed by channel.

    Every channel is scaled to unit length and by the square root of its share in
    :data:`CHANNEL_WEIGHTS`, so that the dot product of two combined vectors weighs each
    channel's cosine by its share (renormalized over the channels both have).
    """
    combined: dict[str, float] = {}
    for channel, vector in channels.items():
        scale = math.sqrt(CHANNEL_WEIGHTS[channel])
        for key, value in _normalized(vector).items():
            combined[f"{channel}:{key}"] = value * scale
    return _normalized(combined)


def story_features(analyzed: AnalyzedArticle) -> StoryFeatures:
    """Build the clustering view of one analyzed article."""
    terms = _term_vector(analyzed)
    entities = _entity_vector(analyzed)
    content = combine({"t": terms, "n": _number_vector(analyzed), "d": _date_vector(analyzed)})
    blocking = [f"e:{key}" for key in _top(entities, _BLOCKING_ENTITIES)]
    blocking.extend(f"t:{key}" for key in _top(terms, _BLOCKING_TERMS))
    article = analyzed.article
    return StoryFeatures(
        article.id, article.published, content, _normalized(entities), tuple(blocking)
    )


def event_similarity(content: float, entities: float | None) -> float:
    """Combine a content and an entity similarity into one score in [0, 1].

    Args:
        content: cosine (or mean cosine) of the content vectors.
        entities: the same for the entity vectors, or None when a side has no entity
            (nothing is then known about the actors, and the content decides alone).
    """
    if entities is None:
        return content
    return content * (ENTITY_FLOOR + (1.0 - ENTITY_FLOOR) * math.sqrt(max(0.0, entities)))


def dot(left: Mapping[str, float], right: Mapping[str, float]) -> float:
    """Dot product of two sparse vectors (iterating over the smaller one)."""
    if len(left) > len(right):
        left, right = right, left
    return sum(value * right.get(key, 0.0) for key, value in left.items())


def add_into(total: dict[str, float], vector: Iterable[tuple[str, float]]) -> None:
    """Add the ``(key, value)`` pairs of a sparse vector into ``total`` in place."""
    for key, value in vector:
        total[key] = total.get(key, 0.0) + value
