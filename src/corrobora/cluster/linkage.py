"""Average linkage: the stories inside one connected group of articles.

Two articles are scored by the event model (:mod:`corrobora.cluster.eventmodel`): the
probability that they report one event. Stories are then built by average-linkage
agglomerative clustering over the log-odds of those probabilities: two groups merge
while the mean log-odds over all their cross pairs says "same event" with at least
``ClusterParams.story_threshold`` probability. A pair that names one facility and one
clock time scores at least :data:`ANCHORED_PROBABILITY` (see
:func:`corrobora.cluster.features.anchored`). Only pairs within the time window
(``ClusterParams.window_days``) are weighed: a pair further apart counts as neither for
nor against a merge, so a developing story whose reports link day by day stays one story
beyond the window, held together by the reports between its ends. Two articles further
apart than ``ClusterParams.story_span_days`` (three windows) never share a story.

The result is a function of the *set* of articles, not of the order they came in (ties
are broken by a canonical order), which is what lets incremental ingest give the stories
a single batch run gives, as far as both find the same candidate pairs. It also splits
along *links*: two groups merge only when some pair across them alone reaches the
threshold (a mean reaches it only if one member does), so clustering each connected
group of linked articles apart gives the same stories as clustering all articles at once
(see :mod:`corrobora.cluster.components`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Protocol

import numpy as np
from numpy.typing import NDArray
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix
from scipy.spatial.distance import squareform

from ..ordering import utc
from ..settings import ClusterParams
from .eventmodel import (
    ACTOR_CHANNELS,
    ACTOR_FLOOR,
    DEFAULT_MODELS,
    EVIDENCE_CHANNELS,
    EventModels,
)
from .features import (
    ANCHOR_CHANNEL,
    CHANNELS,
    CODE_CHANNEL,
    CODE_CHANNELS,
    HEADLINE_PEOPLE_CHANNEL,
    LEAD_CHANNEL,
    StoryFeatures,
    anchored,
    dot,
    named_words,
    rival_codes,
    rival_headline_people,
    rival_leads,
    years_apart,
)

Matrix = NDArray[np.float64]

#: Log-odds are clipped to +-this, so that a certain pair does not outweigh all others.
LOGIT_LIMIT = 12.0
#: The distance given to two articles too far apart in time to share a story.
_APART = 1e6
#: How far above the merge cut a pair outside the window stands: it neither helps nor
#: hinders a merge, and a group with no pair inside the window does not merge.
_UNWEIGHED_MARGIN = 1e-6
#: The channel of an article's words, and the least cosine on it of a reprint and its
#: original (a light edit keeps about 0.9; two reports of one event rarely pass 0.6).
_WORDS_CHANNEL = "t"
_REPRINT_COSINE = 0.85
#: Channels read by rules, not compared by cosine.
_RULE_CHANNELS = (LEAD_CHANNEL, HEADLINE_PEOPLE_CHANNEL, *CODE_CHANNELS, ANCHOR_CHANNEL)
#: The least probability of a pair that names one facility and one clock time (see
#: :func:`corrobora.cluster.features.anchored`): enough to link them on its own.
ANCHORED_PROBABILITY = 0.9


def pair_inputs(left: StoryFeatures, right: StoryFeatures) -> tuple[dict[str, float], float | None]:
    """The event model's inputs for two articles: channel cosines and embedding cosine.

    The lead channel gives no cosine but whether the leads name rival organizations
    (0, see :func:`corrobora.cluster.features.rival_leads`) or not (1); headlines that
    name rival people (:func:`corrobora.cluster.features.rival_headline_people`) or that
    cite rival event codes (:func:`corrobora.cluster.features.rival_codes`) set it to 0
    too.
    """
    cosines = {
        channel: dot(vector, right.channels[channel])
        for channel, vector in left.channels.items()
        if channel in right.channels and channel not in _RULE_CHANNELS
    }
    rival = rival_leads(left, right)
    if rival is not None:
        cosines[LEAD_CHANNEL] = 0.0 if rival else 1.0
    if rival_headline_people(left, right) or rival_codes(left, right):
        cosines[LEAD_CHANNEL] = 0.0
    embedding = None
    if (
        left.embedding is not None
        and right.embedding is not None
        and len(left.embedding) == len(right.embedding)
    ):
        embedding = math.fsum(a * b for a, b in zip(left.embedding, right.embedding, strict=True))
    return cosines, embedding


def pair_probability(
    left: StoryFeatures, right: StoryFeatures, models: EventModels = DEFAULT_MODELS
) -> float:
    """Probability, by the event model, that two articles report the same event.

    At least :data:`ANCHORED_PROBABILITY` when they name one facility and one clock time.
    """
    cosines, embedding = pair_inputs(left, right)
    probability = models.pick(embedding is not None).score(cosines, embedding)
    return max(probability, ANCHORED_PROBABILITY) if anchored(left, right) else probability


def log_odds(probability: float) -> float:
    """The log-odds of a probability, clipped to +-:data:`LOGIT_LIMIT`."""
    bound = 1.0 / (1.0 + math.exp(LOGIT_LIMIT))
    clipped = min(1.0 - bound, max(bound, probability))
    return math.log(clipped / (1.0 - clipped))


class Dated(Protocol):
    """Anything with an article id and a publication time (a clustering view, an outline)."""

    @property
    def article_id(self) -> str:
        """The article's id."""
        ...

    @property
    def published(self) -> datetime | None:
        """Its publication time, or None when unknown."""
        ...


def moment_of(features: Dated) -> datetime | None:
    """The article's publication time in UTC, or None when undated."""
    return None if features.published is None else utc(features.published)


#: How long a publication time given as a bare date (midnight) may stand for.
_DAY = timedelta(days=1)


def day_only(moment: datetime) -> bool:
    """True when a publication time is a bare date: midnight exactly, no time of day.

    "Published: 2009-11-30" may mean any hour of that day, so it is read as the whole
    day when two times are measured apart.
    """
    return moment.hour == moment.minute == moment.second == moment.microsecond == 0


def time_apart(left: datetime, right: datetime) -> timedelta:
    """The time between two publication times, a bare date counting as its whole day.

    "2009-11-30" and "2009-12-07T07:15" are 6 days 7 hours apart, not 7 days 7 hours:
    the first may have been published at any hour of the 30th.
    """
    earlier, later = sorted((left, right))
    end = earlier + _DAY if day_only(earlier) else earlier
    return max(later - end, timedelta(0))


def within_window(left: datetime | None, right: datetime | None, window: timedelta) -> bool:
    """True when two publication times may share a story (an undated one always may)."""
    return left is None or right is None or time_apart(left, right) <= window


_EARLIEST = datetime.min.replace(tzinfo=UTC)


def window_before(moment: datetime, window: timedelta) -> datetime:
    """The earliest publication time within ``window`` of ``moment``.

    A day before ``moment - window``, since a bare date (see :func:`day_only`) stands
    for its whole day; the earliest time when that falls before year 1.
    """
    try:
        return moment - window - _DAY
    except OverflowError:
        return _EARLIEST


def canonical_order(features: Dated) -> tuple[bool, datetime, str]:
    """Sort key: publication time (undated last), then article id."""
    moment = moment_of(features)
    return (moment is None, moment or _EARLIEST, features.article_id)


def _channel_cosines(items: Sequence[StoryFeatures], channel: str) -> tuple[Matrix, Matrix]:
    """All pairs' cosines on one channel, and where both sides have the channel."""
    rows: list[int] = []
    columns: list[int] = []
    values: list[float] = []
    vocabulary: dict[str, int] = {}
    has = np.zeros(len(items), dtype=bool)
    for row, item in enumerate(items):
        vector = item.channels.get(channel)
        if vector is None:
            continue
        has[row] = True
        rows.extend([row] * len(vector))
        columns.extend([vocabulary.setdefault(key, len(vocabulary)) for key in vector])
        values.extend(vector.values())
    matrix = csr_matrix((values, (rows, columns)), shape=(len(items), max(1, len(vocabulary))))
    both = np.outer(has, has)
    return np.where(both, (matrix @ matrix.T).toarray(), 0.0), both


def _rival_leads(items: Sequence[StoryFeatures]) -> NDArray[np.bool_]:
    """Where two articles' leads name rival organizations (as :func:`rival_leads`)."""
    vocabulary: dict[str, int] = {}
    lead_rows: list[int] = []
    lead_columns: list[int] = []
    named_rows: list[int] = []
    named_columns: list[int] = []
    has = np.zeros(len(items), dtype=bool)
    for row, item in enumerate(items):
        lead = item.channels.get(LEAD_CHANNEL)
        if not lead:
            continue
        has[row] = True
        lead_columns.extend(vocabulary.setdefault(word, len(vocabulary)) for word in lead)
        lead_rows.extend([row] * len(lead))
    if has.sum() < 2:
        return np.zeros((len(items), len(items)), dtype=bool)
    for row, item in enumerate(items):
        if has[row]:
            named = [vocabulary[word] for word in named_words(item) if word in vocabulary]
            named_columns.extend(named)
            named_rows.extend([row] * len(named))
    shape = (len(items), len(vocabulary))
    leads = csr_matrix((np.ones(len(lead_rows)), (lead_rows, lead_columns)), shape=shape)
    named = csr_matrix((np.ones(len(named_rows)), (named_rows, named_columns)), shape=shape)
    found = (leads @ named.T).toarray() > 0
    result: NDArray[np.bool_] = np.outer(has, has) & ~(found | found.T)
    return result


def _pairs_where(
    items: Sequence[StoryFeatures],
    rule: Callable[[StoryFeatures, StoryFeatures], bool],
    both_coded: bool = True,
    channel: str = CODE_CHANNEL,
) -> NDArray[np.bool_]:
    """Where a rule of one rule channel (event codes by default) holds of two articles.

    Only pairs where both sides have the channel are tried, or (``both_coded`` False)
    where one side does: the rule says nothing of others, and few articles have it.
    """
    result = np.zeros((len(items), len(items)), dtype=bool)
    coded = [row for row, item in enumerate(items) if item.channels.get(channel)]
    for row in coded:
        for column in coded if both_coded else range(len(items)):
            if column != row and not result[row, column]:
                result[row, column] = result[column, row] = rule(items[row], items[column])
    return result


def pair_log_odds(items: Sequence[StoryFeatures], models: EventModels = DEFAULT_MODELS) -> Matrix:
    """The event model's log-odds for every pair of ``items``, as a square matrix.

    The same model and rules as :func:`pair_probability`, computed for all pairs at once with
    sparse products (one per channel) instead of pair by pair.
    """
    count = len(items)
    actors = np.zeros((count, count))
    present = np.zeros((count, count))
    cosines: dict[str, Matrix] = {}
    both: dict[str, Matrix] = {}
    for channel in CHANNELS:
        cosines[channel], both[channel] = _channel_cosines(items, channel)
        if channel in ACTOR_CHANNELS:
            actors += np.maximum(cosines[channel], 0.0)
            present += both[channel]
    gate = np.where(
        present > 0,
        ACTOR_FLOOR + (1.0 - ACTOR_FLOOR) * np.sqrt(actors / np.maximum(present, 1.0)),
        1.0,
    )
    gate = np.where(_rival_leads(items) | _pairs_where(items, rival_codes), ACTOR_FLOOR, gate)
    dimension = {len(item.embedding) for item in items if item.embedding is not None}
    embedded = np.array([item.embedding is not None for item in items])
    with_embedding = np.outer(embedded, embedded) if len(dimension) == 1 else None
    totals = []
    for model, use_embedding in ((models.words_only, False), (models.with_embeddings, True)):
        if use_embedding and with_embedding is None:
            continue
        total = np.full((count, count), model.bias)
        for channel in CHANNELS:
            total += model.weights.get(f"{channel}?", 0.0) * both[channel]
            if channel in EVIDENCE_CHANNELS:
                total += model.weights.get(channel, 0.0) * cosines[channel] * gate
        if use_embedding and model.uses_embedding:
            vectors = np.array(
                [
                    item.embedding if item.embedding is not None else [0.0] * max(dimension)
                    for item in items
                ]
            )
            total += model.weights["embedding"] * (vectors @ vectors.T) * gate
        totals.append(total)
    total = totals[0]
    if with_embedding is not None and len(totals) == 2:
        total = np.where(with_embedding, totals[1], totals[0])
    total = np.where(
        _pairs_where(items, anchored, channel=ANCHOR_CHANNEL),
        np.maximum(total, log_odds(ANCHORED_PROBABILITY)),
        total,
    )
    result: Matrix = np.clip(total, -LOGIT_LIMIT, LOGIT_LIMIT)
    return result


def average_linkage(
    items: Sequence[StoryFeatures],
    params: ClusterParams,
    models: EventModels = DEFAULT_MODELS,
) -> list[list[StoryFeatures]]:
    """Group articles into stories by average linkage over pair log-odds.

    Args:
        items: the articles' clustering views (an id given twice counts once).
        params: ``story_threshold`` (the probability a merge needs), ``window_days``
            (the pairs weighed) and ``span_days`` (the longest a story may span).
        models: the event models.

    Returns:
        The stories, each in canonical order (publication time, then id), ordered by
        their first article.
    """
    unique = {item.article_id: item for item in items}
    ordered = sorted(unique.values(), key=canonical_order)
    if len(ordered) < 2:
        return [ordered] if ordered else []
    odds = pair_log_odds(ordered, models)
    distances = np.maximum(0.0, LOGIT_LIMIT - odds)
    cut = LOGIT_LIMIT - log_odds(params.story_threshold)
    gaps = _day_gaps(ordered)
    # NaN (undated) compares False: held apart only by the years its codes carry.
    apart = gaps > params.window_days
    distances[apart] = cut + _UNWEIGHED_MARGIN
    beyond = gaps > params.story_span_days
    beyond |= _pairs_where(ordered, years_apart, both_coded=False)
    distances[beyond] = _APART
    apart |= beyond
    words, _ = _channel_cosines(ordered, _WORDS_CHANNEL)
    family = _one_text_families((odds >= LOGIT_LIMIT) & (words >= _REPRINT_COSINE) & ~apart)
    count = int(family.max()) + 1
    if count < 2:
        return [ordered]
    weights = np.zeros((count, len(ordered)))
    weights[family, np.arange(len(ordered))] = 1.0
    weights /= weights.sum(axis=1, keepdims=True)
    reduced = weights @ distances @ weights.T
    np.fill_diagonal(reduced, 0.0)
    tree = linkage(squareform(reduced, checks=False), method="average")
    labels = fcluster(tree, t=cut, criterion="distance")[family]
    groups: dict[int, list[StoryFeatures]] = {}
    for item, label in zip(ordered, labels, strict=True):
        groups.setdefault(int(label), []).append(item)
    return sorted(groups.values(), key=lambda group: canonical_order(group[0]))


def _day_gaps(items: Sequence[StoryFeatures]) -> NDArray[np.float64]:
    """The days between each two articles (see :func:`time_apart`), NaN where one is undated."""
    moments = [moment_of(item) for item in items]
    seconds = np.array([np.nan if m is None else m.timestamp() for m in moments])
    whole_day = np.array([m is not None and day_only(m) for m in moments])
    later = seconds[None, :] - seconds[:, None]
    # the earlier side's day: a bare date may be read up to its day's end
    gap = np.where(
        later >= 0, later - whole_day[:, None] * 86400.0, -later - whole_day[None, :] * 86400.0
    )
    result: NDArray[np.float64] = np.maximum(gap, 0.0) / 86400.0
    return result


def _one_text_families(certain: NDArray[np.bool_]) -> NDArray[np.intp]:
    """Number the groups of articles joined by reprint pairs, in order of first member.

    A wire story and its reprints score as certain pairs in nearly the same words; the
    linkage weighs each such family as one article, so that ten reprints of one report
    do not outvote the other reports of the story (a day-two follow-up scores low
    against the first day's wire, and once per reprint).
    """
    size = len(certain)
    family = np.arange(size)
    for i in range(size):
        for j in np.flatnonzero(certain[i, i + 1 :]) + i + 1:
            old, new = family[j], family[i]
            if old != new:
                family[family == max(old, new)] = min(old, new)
    _, numbered = np.unique(family, return_inverse=True)
    return numbered.astype(np.intp)
