"""The data model: frozen records passed between the pipeline stages.

Standard library only, no I/O. Every extracted item carries a character span into
``Article.text`` so that every answer can be traced to the exact words it came from.
Collections are tuples so that the records stay immutable, hashable and picklable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` into an article's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def slice(self, text: str) -> str:
        """Return the characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Article:
    """One report by one outlet, with its text as it was given to corrobora.

    ``id`` is derived from the normalized text, so the same article read twice (from
    the same or another file) gets the same id.
    """

    id: str
    text: str
    title: str
    outlet: str
    url: str | None = None
    published: datetime | None = None
    language: str | None = None
    path: str | None = None


class EntityKind(StrEnum):
    """Coarse type of a named entity."""

    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention; ``key`` is its canonical key, shared across articles.

    "Nicolás Maduro", "Nicolas Maduro" and a later bare "Maduro" all carry the key
    ``nicolas maduro``.
    """

    span: Span
    text: str
    key: str
    kind: EntityKind


AGE_UNIT = "age"
"""The unit of a quantity that is a person's age ("44-year-old", "Ana Ruiz, 44,")."""


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found in the text, normalized (``$2.5 billion`` -> 2.5e9, unit ``USD``).

    A person's age has the unit :data:`AGE_UNIT`, so it is compared with ages only.
    """

    span: Span
    text: str
    value: float
    unit: str = ""


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression normalized to an inclusive interval of calendar days.

    Relative expressions ("Sunday", "last week") are resolved against the article's
    publication date; ``start``/``end`` are None when that is impossible.
    """

    span: Span
    text: str
    start: date | None
    end: date | None


class SourceKind(StrEnum):
    """What kind of upstream source a statement is credited to."""

    PERSON = "person"
    ORGANIZATION = "organization"
    OUTLET = "outlet"
    DOCUMENT = "document"
    ANONYMOUS = "anonymous"


@dataclass(frozen=True, slots=True)
class Attribution:
    """A statement credited to an upstream source ("according to the Miami Herald").

    ``span`` covers the words that name the source and the cue; ``content`` covers
    the statement that is credited. ``source_key`` is the canonical key of the
    source (an outlet's key matches the key of that outlet's own articles).
    ``statement`` is False when the cue names an act done to the words after it
    ("Caracas rejected the offer", "agreed to leave") rather than something the
    source said, wrote or holds: such an attribution is kept (annotated corpora such
    as PolNeAR count it) but makes its source no origin of the claim.
    """

    article_id: str
    span: Span
    content: Span
    source: str
    source_key: str
    kind: SourceKind
    cue: str
    statement: bool = True


@dataclass(frozen=True, slots=True)
class Quote:
    """Words reported as spoken by someone.

    ``parts`` are the spans of the quoted words (several when the cue splits the quote:
    "'A,' he said, 'B.'"); ``span`` runs from the first part's start to the last
    part's end; ``text`` is the parts joined by a space (by a full stop and a space
    where a part ended a sentence before the cue: "'A,' he said. 'B.'" gives "A. B.").
    ``direct`` is False for reported speech without quotation marks, and for words
    quoted inside a sentence of the writer's own (a partial quote: 'said the plan was
    "dead"').
    """

    article_id: str
    span: Span
    parts: tuple[Span, ...]
    text: str
    speaker: str | None
    speaker_key: str | None
    cue: str | None
    direct: bool = True


class Modality(StrEnum):
    """How firmly a claim is stated."""

    ASSERTED = "asserted"
    FUTURE = "future"
    POSSIBLE = "possible"
    REPORTED = "reported"


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement-sized unit of an article (a sentence, or one part of it).

    ``terms`` are lower-cased lemmas of the content words the claim asserts (including
    those of a subject and verb it shares with a sibling claim split from the same
    sentence); they are what claims are aligned on. ``predicate`` is the lemma of what
    the claim asserts ("put out", "kill", "due": the reported clause's verb, not the
    reporting one), or "" when the claim has none of its own; negation, modality and
    dates are compared only between claims of one predicate.
    """

    id: str
    article_id: str
    span: Span
    text: str
    sentence: int
    terms: tuple[str, ...]
    entity_keys: tuple[str, ...]
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    negated: bool = False
    modality: Modality = Modality.ASSERTED
    attribution: Attribution | None = None
    quoted: bool = False
    predicate: str = ""
    shared_terms: tuple[str, ...] = ()
    """The ``terms`` a part split off its sentence takes from the subject and verb it
    shares with the rest ("fire" of "was 45 percent contained" in "The fire had burned
    11,800 acres and was 45 percent contained"); empty for a whole sentence."""

    def __hash__(self) -> int:
        # the place alone: the per-claim caches of the pair tests hash claims often,
        # and hashing every term, figure and date each time costs more than the test
        return hash((self.id, self.article_id, self.span.start, self.span.end))


@dataclass(frozen=True, slots=True)
class AnalyzedArticle:
    """Everything the per-article analysis found in one article."""

    article: Article
    sentences: tuple[Span, ...]
    mentions: tuple[Mention, ...]
    quotes: tuple[Quote, ...]
    attributions: tuple[Attribution, ...]
    claims: tuple[Claim, ...]
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    analyzer: str = ""


@dataclass(frozen=True, slots=True)
class CopyLink:
    """``article_id`` is a copy (wire repost, light rewrite) of the earlier ``copy_of``."""

    article_id: str
    copy_of: str
    similarity: float


@dataclass(frozen=True, slots=True)
class Story:
    """Reports of one event: the articles, sorted by publication time then id."""

    id: str
    title: str
    article_ids: tuple[str, ...]
    first_seen: datetime | None = None
    last_seen: datetime | None = None


class FactStatus(StrEnum):
    """How a fact stands across the sources of a story."""

    CORROBORATED = "corroborated"
    SINGLE_SOURCE = "single_source"
    CONFLICTING = "conflicting"


class ConflictKind(StrEnum):
    """The kind of disagreement between two wordings of one fact."""

    NUMBER = "number"
    DATE = "date"
    ENTITY = "entity"
    NEGATION = "negation"
    MODALITY = "modality"
    WORDING = "wording"
    CAUSE = "cause"


class ConflictNature(StrEnum):
    """What the timeline says about a disagreement between two reports."""

    DISAGREEMENT = "disagreement"
    """The sources disagree: nothing shows one replaced the other."""
    UPDATE = "update"
    """A later report gives a higher running count (a toll that rose as events moved on)."""
    CORRECTION = "correction"
    """A later report says it corrects or revises an earlier figure."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """One article's wording of something, located by span."""

    article_id: str
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """A typed disagreement, with the differing wordings side by side.

    ``values`` are in publication order when both reports are dated; ``nature`` says
    whether the later one updates or corrects the earlier (see :class:`ConflictNature`).
    """

    kind: ConflictKind
    detail: str
    values: tuple[Evidence, ...] = ()
    nature: ConflictNature = ConflictNature.DISAGREEMENT


@dataclass(frozen=True, slots=True)
class Support:
    """One article's statement of a fact, with the origin it is traced to.

    ``origin`` is the canonical key of where the statement comes from: the credited
    upstream source when the article credits one, the outlet the article relays when
    it restates in its own voice what an outlet it credits reported, else the article's
    own outlet (for a copy, the outlet of the article it copies).
    """

    article_id: str
    claim_id: str
    span: Span
    text: str
    origin: str
    is_copy: bool = False


class FactEventKind(StrEnum):
    """What one article's report did to a fact, in publication order."""

    FIRST = "first"
    """The earliest report of the fact."""
    CORROBORATES = "corroborates"
    """A later report that agrees."""
    REPEATS = "repeats"
    """A copy of an earlier article: it adds no independent support."""
    CONTRADICTS = "contradicts"
    """A later report that disagrees with an earlier one."""
    UPDATES = "updates"
    """A later report that updates a figure (a higher running count)."""
    CORRECTS = "corrects"
    """A later report that says it corrects an earlier figure."""


@dataclass(frozen=True, slots=True)
class FactEvent:
    """One article's place in a fact's timeline."""

    article_id: str
    kind: FactEventKind


@dataclass(frozen=True, slots=True)
class Fact:
    """Aligned claims of several articles that state the same thing.

    ``timeline`` lists each article that states the fact once, in publication order,
    with what its report did: first, corroborates, repeats (a copy), contradicts,
    updates or corrects. ``related`` holds the ids of the story's other facts that tell
    of the same event without stating the same thing (see
    ``ReconcileParams.related_threshold``).
    """

    id: str
    text: str
    status: FactStatus
    support: tuple[Support, ...]
    origins: tuple[str, ...]
    independent_support: int
    conflicts: tuple[Conflict, ...] = ()
    first_reported: str | None = None
    confidence: float = 0.0
    confidence_reason: str = ""
    timeline: tuple[FactEvent, ...] = ()
    related: tuple[str, ...] = ()


class DiffOp(StrEnum):
    """One step of a word-level diff."""

    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"
    REPLACE = "replace"


@dataclass(frozen=True, slots=True)
class DiffChunk:
    """A run of words: ``a`` from the reference wording, ``b`` from this wording."""

    op: DiffOp
    a: str
    b: str


@dataclass(frozen=True, slots=True)
class QuoteVariant:
    """One source's wording of a quote, with its word diff against the group's first.

    ``span`` runs from the first quoted word to the last; ``parts`` are the spans of
    the quoted words (several when a cue splits the quote), and ``text`` joins them.
    ``speaker`` and ``speaker_key`` are whom this article credits the words to, which
    may differ from the group's speaker when an outlet named the wrong person.
    """

    article_id: str
    span: Span
    text: str
    diff: tuple[DiffChunk, ...] = ()
    parts: tuple[Span, ...] = ()
    speaker: str | None = None
    speaker_key: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """One utterance as each source words it."""

    id: str
    speaker: str | None
    speaker_key: str | None
    identical: bool
    variants: tuple[QuoteVariant, ...]


@dataclass(frozen=True, slots=True)
class Coverage:
    """Which of the story's facts one article includes and which it omits."""

    article_id: str
    included: tuple[str, ...]
    omitted: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """An article in publication order, with the facts it was first to report."""

    article_id: str
    published: datetime | None
    outlet: str
    first_reports: tuple[str, ...] = ()
    copy_of: str | None = None


@dataclass(frozen=True, slots=True)
class ProvenanceEdge:
    """``source`` credits or copies ``target`` (article ids or origin keys)."""

    source: str
    target: str
    relation: str


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """The reconciled account of one story."""

    story: Story
    facts: tuple[Fact, ...]
    quotes: tuple[QuoteGroup, ...]
    attributions: tuple[Attribution, ...]
    coverage: tuple[Coverage, ...]
    timeline: tuple[TimelineEntry, ...]
    provenance: tuple[ProvenanceEdge, ...] = ()
    copies: tuple[CopyLink, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class StorySummary:
    """One line of a story listing."""

    id: str
    title: str
    articles: int
    outlets: int
    first_seen: datetime | None
    last_seen: datetime | None
