"""A stream of synthetic analyzed articles with a real story structure, for scale tests.

Real corpora with gold stories are small (ECB+ has under a thousand documents), too
small to show how clustering behaves on a feed of a million articles. This module
multiplies a small labelled corpus into a stream of any length that keeps its story
structure and its real text:

- A *template* is one gold story: the analyses of its real documents (for ECB+, one
  topic's ``ecb`` or ``ecbplus`` half), see :func:`templates_from_documents`.
- A synthetic story is one *instantiation* of a template at a random time. Its
  articles recombine the template's real sentences: each picks one document of the
  template, keeps a random 60-90 % of its sentences (in their order, with every claim,
  mention, quantity, date, quote and attribution that lies inside them) and mixes in
  one or two sentences of another document of the same template. Sentences, not
  claims, are the unit so that the rebuilt text stays the words of real sentences;
  every span is moved to the rebuilt text, so ``span.slice(text)`` still gives each
  item's words. The first article is published at the instantiation's start, the
  others over the next 1-3 days (most of them early, as news coverage decays).
- Gold label of an article: ``(template gold story, instantiation number)``.

*Why instantiations of one template are distinct events.* Real news recurs (another
earthquake, another rate decision) and a clusterer must not join reports of two
occurrences. Here it is enough that the time window separates them: a template is
instantiated again only more than ``window_days`` plus the longest story spread after
its previous start, so no two of its instantiations can ever share a story (a story
never spans more than ``window_days``), whatever the clusterer does. Concurrent
stories therefore all come from different templates.

*What this costs.* Because each template is busy for about ``window_days`` plus the
spread, a corpus of T templates holds only about T stories per such period, and a
feed of ``per_day`` articles a day needs stories of about
``per_day * period / T`` articles (for 66 ECB+ templates at 2,000 a day, about 330
each): a synthetic feed has the article rate of a big news feed but far fewer, far
larger stories than a real one. :func:`mean_story_size` gives the figure.

*Dates.* The analyzed date expressions of an instantiation are shifted by the days
between its start and the template's reference date (the median of its dates), so
that concurrent stories mention nearby dates as real news does, instead of each
carrying its source year. The written expression is kept; only its interval moves.

The stream is lazy: stories are started in time order and their pending articles wait
on a heap as light recipes, built only when their turn comes, so memory stays bounded
by a few days of articles however long the stream.
"""

from __future__ import annotations

import heapq
import random
import statistics
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from ..model import (
    AnalyzedArticle,
    Article,
    Attribution,
    Claim,
    DateMention,
    Mention,
    Quantity,
    Quote,
    Span,
)

__all__ = [
    "StreamParams",
    "SyntheticArticle",
    "TemplateStory",
    "mean_story_size",
    "synthetic_stream",
    "templates_from_documents",
]

_DAY = 86_400.0
#: Joins the sentences of a rebuilt text.
_SEPARATOR = "\n"


@dataclass(frozen=True, slots=True)
class TemplateStory:
    """One gold story of real analyzed documents: the pattern of synthetic stories.

    Attributes:
        name: the gold story's label (``"<topic>/ecb"`` for ECB+).
        documents: the analyses of its documents.
    """

    name: str
    documents: tuple[AnalyzedArticle, ...]


@dataclass(frozen=True, slots=True)
class SyntheticArticle:
    """One article of the stream and its gold story.

    Attributes:
        analyzed: the synthetic analysis (a unique article id, a publication time).
        story: the name of the template it was built from.
        instance: which instantiation of that template (0, 1, ...) it reports.
    """

    analyzed: AnalyzedArticle
    story: str
    instance: int

    @property
    def label(self) -> tuple[str, int]:
        """The gold story: ``(template name, instantiation number)``."""
        return (self.story, self.instance)


@dataclass(frozen=True, slots=True)
class StreamParams:
    """The shape of a synthetic stream.

    Attributes:
        articles: how many articles the stream yields.
        per_day: articles published per day on average (sets the story sizes).
        window_days: the clustering window; a template is instantiated again only
            after this plus ``spread_days[1]``, so its instantiations never meet.
        spread_days: a story's articles are published over this many days after its
            start (drawn uniformly per story between the two bounds).
        pause_days: mean of the random extra wait (exponential) before a template's
            next instantiation.
        keep: share of the chosen document's sentences an article keeps (uniform
            between the two bounds).
        borrowed: how many sentences of another document of the template it mixes in.
        outlets: outlets the articles are spread over (``outlet-<n>``).
        start: publication time of the stream's beginning (timezone-aware).
        seed: seed of the random choices; the same seed gives the same stream.
        shift_dates: move date intervals to the instantiation's time (see module).
        prefix: start of every article id (``<prefix><n>``, ``n`` the position in the
            stream, zero-padded).
    """

    articles: int
    per_day: float = 2000.0
    window_days: float = 7.0
    spread_days: tuple[float, float] = (1.0, 3.0)
    pause_days: float = 1.0
    keep: tuple[float, float] = (0.6, 0.9)
    borrowed: tuple[int, int] = (1, 2)
    outlets: int = 500
    start: datetime = datetime(2024, 1, 1, tzinfo=UTC)
    seed: int = 0
    shift_dates: bool = True
    prefix: str = "syn-"

    def __post_init__(self) -> None:
        if self.articles < 0:
            raise ValueError(f"articles must be at least 0, got {self.articles}")
        for name in ("per_day", "window_days"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be positive, got {getattr(self, name)}")
        if self.pause_days < 0:
            raise ValueError(f"pause_days must be at least 0, got {self.pause_days}")
        low, high = self.spread_days
        if not 0 <= low <= high:
            raise ValueError(f"spread_days must be 0 <= low <= high, got {self.spread_days}")
        low, high = self.keep
        if not 0 < low <= high <= 1:
            raise ValueError(f"keep must be 0 < low <= high <= 1, got {self.keep}")
        if not 0 <= self.borrowed[0] <= self.borrowed[1]:
            raise ValueError(f"borrowed must be 0 <= low <= high, got {self.borrowed}")
        if self.outlets < 1:
            raise ValueError(f"outlets must be at least 1, got {self.outlets}")
        if self.start.tzinfo is None:
            raise ValueError("start must be timezone-aware")

    @property
    def separation_days(self) -> float:
        """Least time between two starts of one template: window plus longest spread."""
        return self.window_days + self.spread_days[1]


def templates_from_documents(
    labelled: Iterable[tuple[str, AnalyzedArticle]],
) -> list[TemplateStory]:
    """Group analyzed documents by gold story into templates (in first-seen order).

    Args:
        labelled: ``(gold story, analysis)`` pairs; an article id seen twice is kept
            once, under its first story.
    """
    stories: dict[str, list[AnalyzedArticle]] = {}
    seen: set[str] = set()
    for story, analyzed in labelled:
        if analyzed.article.id in seen:
            continue
        seen.add(analyzed.article.id)
        stories.setdefault(story, []).append(analyzed)
    return [TemplateStory(name, tuple(documents)) for name, documents in stories.items()]


def mean_story_size(templates: Sequence[TemplateStory], params: StreamParams) -> float:
    """Articles per synthetic story needed for ``params.per_day`` from these templates.

    Each template starts a story about every ``separation_days + pause_days``.
    """
    return _story_size(len(templates), params)


def _story_size(count: int, params: StreamParams) -> float:
    if count < 1:
        raise ValueError("no templates")
    period = params.separation_days + params.pause_days
    return params.per_day * period / count


# --- Templates cut into sentences ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Sentence:
    """One sentence of a template document with what lies inside it, spans from 0."""

    text: str
    claims: tuple[Claim, ...]
    mentions: tuple[Mention, ...]
    quantities: tuple[Quantity, ...]
    dates: tuple[DateMention, ...]
    quotes: tuple[Quote, ...]
    attributions: tuple[Attribution, ...]


@dataclass(frozen=True, slots=True)
class _Document:
    article: Article
    analyzer: str
    sentences: tuple[_Sentence, ...]


@dataclass(frozen=True, slots=True)
class _Template:
    name: str
    documents: tuple[_Document, ...]
    reference: date | None
    weight: float


def _moved(span: Span, delta: int) -> Span:
    return Span(span.start + delta, span.end + delta)


def _move_date(mention: DateMention, delta: int, days: int) -> DateMention:
    start, end = mention.start, mention.end
    if days:
        try:
            shift = timedelta(days=days)
            start = None if start is None else start + shift
            end = None if end is None else end + shift
        except OverflowError:
            start, end = mention.start, mention.end
    return DateMention(_moved(mention.span, delta), mention.text, start, end)


def _move_quantity(quantity: Quantity, delta: int) -> Quantity:
    return Quantity(_moved(quantity.span, delta), quantity.text, quantity.value, quantity.unit)


def _move_attribution(item: Attribution, delta: int, article_id: str) -> Attribution:
    return Attribution(
        article_id,
        _moved(item.span, delta),
        _moved(item.content, delta),
        item.source,
        item.source_key,
        item.kind,
        item.cue,
    )


def _move_quote(quote: Quote, delta: int, article_id: str) -> Quote:
    return Quote(
        article_id,
        _moved(quote.span, delta),
        tuple(_moved(part, delta) for part in quote.parts),
        quote.text,
        quote.speaker,
        quote.speaker_key,
        quote.cue,
        quote.direct,
    )


def _attribution_inside(item: Attribution, sentence: Span) -> bool:
    return sentence.contains(item.span) and sentence.contains(item.content)


def _cut_sentence(analyzed: AnalyzedArticle, sentence: Span) -> _Sentence:
    """The part of an analysis inside one sentence, its spans counted from the sentence."""
    delta = -sentence.start
    claims = []
    for claim in analyzed.claims:
        if not sentence.contains(claim.span):
            continue
        attribution = claim.attribution
        claims.append(
            Claim(
                id="",
                article_id="",
                span=_moved(claim.span, delta),
                text=claim.text,
                sentence=0,
                terms=claim.terms,
                entity_keys=claim.entity_keys,
                quantities=tuple(
                    _move_quantity(q, delta) for q in claim.quantities if sentence.contains(q.span)
                ),
                dates=tuple(
                    _move_date(d, delta, 0) for d in claim.dates if sentence.contains(d.span)
                ),
                negated=claim.negated,
                modality=claim.modality,
                attribution=_move_attribution(attribution, delta, "")
                if attribution is not None and _attribution_inside(attribution, sentence)
                else None,
                quoted=claim.quoted,
            )
        )
    return _Sentence(
        text=sentence.slice(analyzed.article.text),
        claims=tuple(claims),
        mentions=tuple(
            Mention(_moved(m.span, delta), m.text, m.key, m.kind)
            for m in analyzed.mentions
            if sentence.contains(m.span)
        ),
        quantities=tuple(
            _move_quantity(q, delta) for q in analyzed.quantities if sentence.contains(q.span)
        ),
        dates=tuple(_move_date(d, delta, 0) for d in analyzed.dates if sentence.contains(d.span)),
        quotes=tuple(
            _move_quote(q, delta, "") for q in analyzed.quotes if sentence.contains(q.span)
        ),
        attributions=tuple(
            _move_attribution(a, delta, "")
            for a in analyzed.attributions
            if _attribution_inside(a, sentence)
        ),
    )


def _reference_date(documents: Sequence[AnalyzedArticle]) -> date | None:
    """The median start of the template's dated expressions (None when it has none)."""
    days = sorted(
        mention.start.toordinal()
        for analyzed in documents
        for mention in analyzed.dates
        if mention.start is not None
    )
    if not days:
        return None
    return date.fromordinal(int(statistics.median_low(days)))


def _prepare(templates: Sequence[TemplateStory]) -> list[_Template]:
    """Cut every template document into sentences; drop documents with none."""
    prepared: list[_Template] = []
    for template in templates:
        documents = tuple(
            _Document(
                analyzed.article,
                analyzed.analyzer,
                tuple(_cut_sentence(analyzed, span) for span in analyzed.sentences),
            )
            for analyzed in template.documents
            if analyzed.sentences
        )
        if documents:
            prepared.append(
                _Template(template.name, documents, _reference_date(template.documents), 0.0)
            )
    if not prepared:
        raise ValueError("no template has a document with sentences")
    mean_documents = statistics.fmean(len(t.documents) for t in prepared)
    return [
        _Template(t.name, t.documents, t.reference, len(t.documents) / mean_documents)
        for t in prepared
    ]


# --- The stream ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Recipe:
    """What an article will be made of, until its turn comes."""

    template: int
    instance: int
    document: int
    sentences: tuple[tuple[int, int], ...]  # (document, sentence) in text order
    outlet: int
    date_shift: int


def _recipe(
    rng: random.Random, template: _Template, index: int, instance: int, shift: int, p: StreamParams
) -> _Recipe:
    """Draw one article of an instantiation: a document, kept and borrowed sentences."""
    count = len(template.documents)
    main = rng.randrange(count)
    total = len(template.documents[main].sentences)
    kept = max(1, round(rng.uniform(*p.keep) * total))
    chosen = [(main, s) for s in sorted(rng.sample(range(total), kept))]
    if count > 1 and p.borrowed[1] > 0:
        other = rng.randrange(count - 1)
        other += other >= main
        available = len(template.documents[other].sentences)
        borrowed = min(available, rng.randint(*p.borrowed))
        for sentence in rng.sample(range(available), borrowed):
            # After the first sentence: the lead stays the chosen document's.
            chosen.insert(rng.randint(min(1, len(chosen)), len(chosen)), (other, sentence))
    return _Recipe(index, instance, main, tuple(chosen), rng.randrange(p.outlets), shift)


def _build(
    recipe: _Recipe, template: _Template, article_id: str, published: datetime, outlet: str
) -> AnalyzedArticle:
    """Put the recipe's sentences together, moving every span to the rebuilt text."""
    parts: list[str] = []
    sentences: list[Span] = []
    claims: list[Claim] = []
    mentions: list[Mention] = []
    quantities: list[Quantity] = []
    dates: list[DateMention] = []
    quotes: list[Quote] = []
    attributions: list[Attribution] = []
    offset = 0
    shift = recipe.date_shift
    for number, (document, index) in enumerate(recipe.sentences):
        piece = template.documents[document].sentences[index]
        if parts:
            offset += len(_SEPARATOR)
        parts.append(piece.text)
        sentences.append(Span(offset, offset + len(piece.text)))
        for claim in piece.claims:
            attribution = claim.attribution
            claims.append(
                Claim(
                    id=f"{article_id}-c{len(claims)}",
                    article_id=article_id,
                    span=_moved(claim.span, offset),
                    text=claim.text,
                    sentence=number,
                    terms=claim.terms,
                    entity_keys=claim.entity_keys,
                    quantities=tuple(_move_quantity(q, offset) for q in claim.quantities),
                    dates=tuple(_move_date(d, offset, shift) for d in claim.dates),
                    negated=claim.negated,
                    modality=claim.modality,
                    attribution=None
                    if attribution is None
                    else _move_attribution(attribution, offset, article_id),
                    quoted=claim.quoted,
                )
            )
        mentions.extend(
            Mention(_moved(m.span, offset), m.text, m.key, m.kind) for m in piece.mentions
        )
        quantities.extend(_move_quantity(q, offset) for q in piece.quantities)
        dates.extend(_move_date(d, offset, shift) for d in piece.dates)
        quotes.extend(_move_quote(q, offset, article_id) for q in piece.quotes)
        attributions.extend(_move_attribution(a, offset, article_id) for a in piece.attributions)
        offset += len(piece.text)
    source = template.documents[recipe.document]
    article = Article(
        id=article_id,
        text=_SEPARATOR.join(parts),
        title=source.article.title,
        outlet=outlet,
        published=published,
        language=source.article.language,
    )
    return AnalyzedArticle(
        article=article,
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        quotes=tuple(quotes),
        attributions=tuple(attributions),
        claims=tuple(claims),
        quantities=tuple(quantities),
        dates=tuple(dates),
        analyzer=source.analyzer,
    )


#: Heap entries: (seconds after the start, sequence number, recipe or template index).
_Event = tuple[float, int, _Recipe | int]
#: Added to a template's separation so that rounding never lets two instantiations meet.
_MARGIN_SECONDS = 60.0


def synthetic_stream(
    templates: Sequence[TemplateStory], params: StreamParams
) -> Iterator[SyntheticArticle]:
    """Yield ``params.articles`` synthetic articles in publication order (then id order).

    See the module docstring for how stories and articles are made. Templates are
    read, never changed; the same templates and params give the same stream.

    Args:
        templates: the gold stories to instantiate (at least one with a sentence).
        params: the stream's shape and seed.

    Raises:
        ValueError: no template has a document with sentences (raised on first use).
    """
    prepared = _prepare(templates)
    rng = random.Random(params.seed)
    size = _story_size(len(prepared), params)
    separation = params.separation_days * _DAY + _MARGIN_SECONDS
    pause = params.pause_days * _DAY
    width = max(9, len(str(params.articles - 1)))
    instances = [0] * len(prepared)
    heap: list[_Event] = []
    sequence = 0
    for index in range(len(prepared)):
        # Stagger the first instantiations over one period so the feed starts steady.
        heapq.heappush(heap, (rng.uniform(0.0, separation + pause), sequence, index))
        sequence += 1
    yielded = 0
    while yielded < params.articles:
        moment, _, item = heapq.heappop(heap)
        if isinstance(item, int):
            template = prepared[item]
            instance = instances[item]
            instances[item] += 1
            started = params.start + timedelta(seconds=moment)
            shift = 0
            if params.shift_dates and template.reference is not None:
                shift = started.date().toordinal() - template.reference.toordinal()
            count = max(1, round(size * template.weight * rng.uniform(0.5, 1.5)))
            spread = rng.uniform(*params.spread_days) * _DAY
            for position in range(count):
                # The first report opens the story; later ones thin out over the spread.
                delay = 0.0 if position == 0 else spread * rng.random() ** 2
                recipe = _recipe(rng, template, item, instance, shift, params)
                heapq.heappush(heap, (moment + delay, sequence, recipe))
                sequence += 1
            wait = separation + (rng.expovariate(1.0 / pause) if pause > 0 else 0.0)
            heapq.heappush(heap, (moment + wait, sequence, item))
            sequence += 1
            continue
        template = prepared[item.template]
        analyzed = _build(
            item,
            template,
            f"{params.prefix}{yielded:0{width}d}",
            params.start + timedelta(seconds=moment),
            f"outlet-{item.outlet}",
        )
        yield SyntheticArticle(analyzed, template.name, item.instance)
        yielded += 1
