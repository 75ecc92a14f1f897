"""Weighted term similarity between claims.

A term's weight is its rarity in general English (``wordfreq``'s Zipf frequency, shipped
with the package) times its rarity inside the story, so that "amnesty" counts for more than
"said", and a name that every claim of the story repeats counts for less than one that
only two claims share. Numbers enter as normalized values, so that "2,400 dockworkers"
and "some 2,400 port workers" meet on the number, while two claims that differ only in a
number still share every other term (the same fact, with a number conflict). Each figure
also enters by its unit ("#:USD"), so "$312M" and "$321 million" still meet on being
sums of dollars, and the scale words a figure is written with ("M", "million") are left
to its value.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from wordfreq import zipf_frequency

from ..extract.quantities import written_figure
from ..model import Claim
from .embeddings import Encoder, Matrix
from .names import StoryNames
from .pairfeatures import claim_pair_features
from .pairmodel import learned_score, same_claim_score
from .synonyms import synonym_term, synonym_words

#: The pair scores :meth:`ClaimVectors.similarity` can give (``align.pairmodel``).
PAIR_MODELS = ("mean", "learned")
ENTITY_PREFIX = "@"
NUMBER_PREFIX = "#"
_MAX_ZIPF = 7.0
_MIN_WEIGHT = 0.25
_ENTITY_WEIGHT = 3.0
_NUMBER_WEIGHT = 3.0
_SMALL_NUMBER_WEIGHT = 1.0
_SMALL_NUMBERS = frozenset(f"{NUMBER_PREFIX}{n}" for n in range(13))
#: A figure's unit, as a term: "#:USD", "#:passenger".
UNIT_PREFIX = NUMBER_PREFIX + ":"
_UNIT_WEIGHT = 1.0
#: Words that scale a figure ("$312M", "2.4 billion"); its value already carries them.
_SCALE_WORDS = frozenset({"k", "m", "mn", "bn", "thousand", "million", "billion", "trillion"})
#: The term of a claim that gives a date: two reports of one act on different days
#: still meet on being dated, and the date conflict is told by the dates themselves.
DATE_TERM = UNIT_PREFIX + "date"


@lru_cache(maxsize=65536)
def background_weight(term: str) -> float:
    """Return how informative ``term`` is in general English (rare words weigh more)."""
    if term.startswith(ENTITY_PREFIX):
        return _ENTITY_WEIGHT
    if term.startswith(UNIT_PREFIX):
        return _UNIT_WEIGHT
    if term.startswith(NUMBER_PREFIX):
        # Small counts ("two years") are common; a specific figure is telling.
        return _SMALL_NUMBER_WEIGHT if term in _SMALL_NUMBERS else _NUMBER_WEIGHT
    zipf = _zipf(term)
    if zipf == 0.0:
        # Unknown to the word list: a name, a rare word or a typo; treat as rare.
        return _MAX_ZIPF - 2.5
    return max(_MIN_WEIGHT, _MAX_ZIPF - zipf)


def _zipf(term: str) -> float:
    """Zipf frequency of a word term, or of all the words a synonym term stands for.

    The group term of :mod:`corrobora.align.synonyms` is named by one of its words
    ("blaze"), but claims that share it may both have written a commoner one ("fire
    crews", "fire service"): it weighs as the frequency of all its words together.
    """
    words = synonym_words(term)
    if len(words) == 1:
        return zipf_frequency(term, "en")
    total = sum(10.0 ** zipf_frequency(word, "en") for word in words)
    return math.log10(total)


def _is_number(term: str) -> bool:
    return any(ch.isdigit() for ch in term)


def claim_terms(claim: Claim, names: StoryNames | None = None) -> tuple[str, ...]:
    """Return the terms a claim is compared on: lemmas, entity keys, figures and units.

    Words that belong to one of the claim's entity names are left to the entity key,
    so that a name is counted once, and scale words to the figures they scale. With
    the story's ``names``, a name is one term however the claim spells it
    (:mod:`corrobora.align.names`), and words news uses for one thing are one term
    (:mod:`corrobora.align.synonyms`).
    """
    named = {word for key in claim.entity_keys for word in key.split()}
    if claim.quantities:
        named |= _SCALE_WORDS
    dated = _date_words(claim)
    named |= dated
    words = tuple(t for t in claim.terms if t and not _is_number(t) and t not in named)
    keys = claim.entity_keys
    if names is not None:
        keys, words = names.keys_and_words(claim, words)
    words = tuple(dict.fromkeys(synonym_term(word) for word in words))
    entities = tuple(ENTITY_PREFIX + key for key in keys)
    figures = [q for q in claim.quantities if written_figure(q)]
    numbers = tuple(f"{NUMBER_PREFIX}{q.value:g}" for q in figures)
    units = tuple(dict.fromkeys(UNIT_PREFIX + q.unit for q in figures if q.unit))
    when = (DATE_TERM,) if dated else ()
    return words + entities + numbers + units + when


def _date_words(claim: Claim) -> set[str]:
    """The lower-cased words of the claim's resolved dates ("wednesday", "july").

    A day's name is left out of the words a claim is compared on: two reports that
    disagree on the day of one act would otherwise share too few words to be weighed
    as one fact, and their date conflict would never be seen.
    """
    return {
        word.lower()
        for mention in claim.dates
        if mention.start is not None
        for word in _WORD.findall(mention.text)
    }


_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class ClaimVectors:
    """A story's claims as weighted term vectors and, when a model is at hand, embeddings.

    ``similarity`` is the pair score of :mod:`corrobora.align.pairmodel`, by the model
    named in ``pair_model`` ("mean" or "learned"; the learned one reads the claims).
    """

    vectors: dict[str, dict[str, float]]
    masses: dict[str, float]
    embeddings: dict[str, Matrix] | None = None
    claims: dict[str, Claim] = field(default_factory=dict)
    pair_model: str = "mean"

    @classmethod
    def build(
        cls,
        claims: Sequence[Claim],
        encoder: Encoder | None = None,
        pair_model: str = "mean",
        kinds: Mapping[str, Collection[str]] | None = None,
    ) -> ClaimVectors:
        """Weigh every claim's terms by general and in-story rarity, then normalize.

        ``kinds`` (entity key -> its kinds) lets a short name stand for the story's one
        longer name of its kind (:mod:`corrobora.align.names`).

        Raises:
            ValueError: ``pair_model`` is neither "mean" nor "learned".
        """
        if pair_model not in PAIR_MODELS:
            raise ValueError(f"pair_model must be one of {', '.join(PAIR_MODELS)}")
        names = StoryNames(claims, kinds)
        term_sets = {claim.id: set(claim_terms(claim, names)) for claim in claims}
        df: Counter[str] = Counter()
        for terms in term_sets.values():
            df.update(terms)
        total = max(1, len(term_sets))
        vectors: dict[str, dict[str, float]] = {}
        masses: dict[str, float] = {}
        for claim_id, terms in term_sets.items():
            raw = {t: background_weight(t) * math.log(1.0 + total / df[t]) for t in sorted(terms)}
            norm = math.sqrt(sum(w * w for w in raw.values())) or 1.0
            vectors[claim_id] = {t: w / norm for t, w in raw.items()}
            masses[claim_id] = norm * norm
        embeddings = None
        if encoder is not None and claims:
            matrix = encoder.encode([claim.text for claim in claims])
            embeddings = {claim.id: matrix[i] for i, claim in enumerate(claims)}
        return cls(vectors, masses, embeddings, {c.id: c for c in claims}, pair_model)

    def lexical(self, a: str, b: str) -> float:
        """Cosine similarity of two claims' weighted term vectors."""
        return claim_similarity(self.vectors[a], self.vectors[b])

    def overlap(self, a: str, b: str) -> float:
        """Share of the lighter claim's term weight that the other claim shares.

        Cosine punishes a long claim that carries one more detail than a short one;
        this measure does not, so "operations could begin very soon" still matches a
        longer sentence that adds what the operations target.
        """
        va, vb = self.vectors[a], self.vectors[b]
        ma, mb = self.masses[a], self.masses[b]
        shared = [t for t in va if t in vb]
        if not shared:
            return 0.0
        if ma <= mb:
            return sum(va[t] * va[t] for t in shared)
        return sum(vb[t] * vb[t] for t in shared)

    def semantic(self, a: str, b: str) -> float | None:
        """Cosine similarity of two claims' embeddings, or None without a model."""
        if self.embeddings is None:
            return None
        return float(self.embeddings[a] @ self.embeddings[b])

    def similarity(self, a: str, b: str) -> float:
        """Pair score of claims ``a`` and ``b``: high when they state the same thing."""
        if self.pair_model == "learned":
            return learned_score(self.features(a, b), self.embeddings is not None)
        return same_claim_score(self.lexical(a, b), self.overlap(a, b), self.semantic(a, b))

    def features(self, a: str, b: str) -> list[float]:
        """The learned model's features of claims ``a`` and ``b`` (``pairfeatures``)."""
        first, second = self.claims[a], self.claims[b]
        return claim_pair_features(
            first, second, self.lexical(a, b), self.overlap(a, b), self.semantic(a, b)
        )

    def terms(self, claim_id: str) -> Iterable[str]:
        """Return the terms of one claim."""
        return self.vectors[claim_id].keys()


def claim_similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine similarity of two unit-length sparse vectors."""
    if len(b) < len(a):
        a, b = b, a
    return sum(w * b[t] for t, w in a.items() if t in b)


def pair_features(vectors: ClaimVectors, a: str, b: str) -> tuple[float, float, float]:
    """Return the features the pair model uses: cosine, overlap and semantic similarity."""
    semantic = vectors.semantic(a, b)
    return (vectors.lexical(a, b), vectors.overlap(a, b), 0.0 if semantic is None else semantic)
