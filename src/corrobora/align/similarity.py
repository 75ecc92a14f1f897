"""Weighted term similarity between claims.

A term's weight is its rarity in general English (``wordfreq``'s Zipf frequency, shipped
with the package) times its rarity inside the story, so that "amnesty" counts for more than
"said", and a name that every claim of the story repeats counts for less than one that
only two claims share. Numbers enter as normalized values, so that "2,400 dockworkers"
and "some 2,400 port workers" meet on the number, while two claims that differ only in a
number still share every other term (the same fact, with a number conflict). Each figure
also enters by its unit ("#:USD"), so "$312M" and "$321 million" still meet on being
sums of dollars, and the scale words a figure is written with ("M", "million") are left
to its value. The words that only say who stated a claim (its source's name and role:
"Dane said", "said Ola Brekke, chief of the fire service") are left out: two things one
person said are not one fact; the source enters as one light term, a tie-breaker.
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
from ..inflection import inflects
from ..model import Claim, SourceKind
from .embeddings import Encoder, Matrix
from .names import StoryNames
from .pairencoder import PairScorer
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
#: The term of the source a claim is credited to ("~dane"): one source's statements are
#: a little more alike than two sources', but a shared source is no shared statement.
SOURCE_PREFIX = "~"
_SOURCE_WEIGHT = _MIN_WEIGHT
#: How much heavier a source both claims are credited to weighs: as much as a name.
_SHARED_SOURCE_GAIN = _ENTITY_WEIGHT / _SOURCE_WEIGHT


@lru_cache(maxsize=65536)
def background_weight(term: str) -> float:
    """Return how informative ``term`` is in general English (rare words weigh more)."""
    if term.startswith(ENTITY_PREFIX):
        return _ENTITY_WEIGHT
    if term.startswith(SOURCE_PREFIX):
        return _SOURCE_WEIGHT
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


def claim_terms(
    claim: Claim,
    names: StoryNames | None = None,
    plain: Collection[str] = (),
    unnamed: Collection[str] = (),
    acting: Collection[str] = (),
) -> tuple[str, ...]:
    """Return the terms a claim is compared on: lemmas, entity keys, figures and units.

    Words that belong to one of the claim's entity names are left to the entity key,
    so that a name is counted once, and scale words to the figures they scale. With
    the story's ``names``, a name is one term however the claim spells it
    (:mod:`corrobora.align.names`), and words news uses for one thing are one term
    (:mod:`corrobora.align.synonyms`). A one-word "name" the claim writes only as its
    first word, and that the story writes elsewhere as a plain word (``plain``), is
    that word ("Turnout was 58 percent" and "officials said turnout was 58 percent"),
    and so is such a first word the story's names would key in a claim that does not
    tag it (``unnamed``: the words other claims write only as their first).
    The words and names that only say who stated the claim (:func:`credit_words`) give
    way to one source term, unless another claim of the story states them (``acting``:
    "the authority said" where another report tells what "the authority widened").
    """
    initial = _initial_words(claim, plain)
    named = {
        word
        for key in claim.entity_keys
        if key not in initial and not _credited_name(key, claim, acting)
        for word in key.split()
    }
    if claim.quantities:
        named |= _SCALE_WORDS
    dated = _date_words(claim)
    named |= dated
    credit = credit_words(claim)
    words = tuple(
        t
        for t in claim.terms
        if t
        and not _is_number(t)
        and t not in named
        and (t in acting or not _credited(t, credit, claim))
    )
    keys = claim.entity_keys
    if names is not None:
        keys, named_apart = names.keys_and_words(claim, words)
        words = (*named_apart, *_stated_of_credited(claim, keys, words, acting))
    initial += tuple(
        k for k in keys if k in unnamed and k not in claim.entity_keys and _opens_with(claim, k)
    )
    keys = tuple(k for k in keys if k not in initial and not _credited_name(k, claim, acting))
    words = tuple(dict.fromkeys(synonym_term(word) for word in (*words, *initial)))
    entities = tuple(ENTITY_PREFIX + key for key in keys)
    figures = [q for q in claim.quantities if written_figure(q)]
    numbers = tuple(f"{NUMBER_PREFIX}{q.value:g}" for q in figures)
    units = tuple(dict.fromkeys(UNIT_PREFIX + q.unit for q in figures if q.unit))
    when = (DATE_TERM,) if dated else ()
    return words + entities + numbers + units + when + _source_term(claim, acting)


def plain_words(claims: Iterable[Claim]) -> frozenset[str]:
    """The words the claims write as plain words, not as parts of a name."""
    words: set[str] = set()
    for claim in claims:
        named = {word for key in claim.entity_keys for word in key.split()}
        words.update(term for term in claim.terms if term not in named)
    return frozenset(words)


def stated_terms(claims: Iterable[Claim]) -> frozenset[str]:
    """The plain words and name keys the claims state, outside the words that credit them."""
    found: set[str] = set()
    for claim in claims:
        credit = credit_words(claim)
        found.update(t for t in claim.terms if not _credited(t, credit, claim))
        found.update(k for k in claim.entity_keys if not _credited_name(k, claim))
    return frozenset(found)


def _initial_words(claim: Claim, plain: Collection[str]) -> tuple[str, ...]:
    """The claim's one-word names that are only its capitalized first word, and plain words.

    A tagger reads a capitalized first word as a name as readily as any other; when
    the story writes that word in lower case elsewhere, it is that word.
    """
    first = _WORD.match(claim.text.lstrip(_OPENING))
    if first is None:
        return ()
    word = first.group().lower()
    if word not in claim.entity_keys or word not in plain:
        return ()
    once = sum(w.lower() == word for w in _WORD.findall(claim.text)) == 1
    return (word,) if once else ()


def _opens_with(claim: Claim, word: str) -> bool:
    """True when the claim's first word is ``word``, in any case."""
    first = _WORD.match(claim.text.lstrip(_OPENING))
    return first is not None and first.group().lower() == word


#: What may come before a claim's first word: quotation marks and spaces.
_OPENING = "\"' \u201c\u2018"


def credit_words(claim: Claim) -> frozenset[str]:
    """The lower-cased words the claim writes only to say who stated it.

    "By 6:40 a.m. the fire was under control, Dane said" and "Dane says the call came
    in at 3:30 a.m." share a speaker, not a fact: the words of the credit
    (:func:`stated_text`) that the statement itself does not write.
    """
    stated, credit = _split_words(claim)
    return credit - stated


@lru_cache(maxsize=8192)
def _split_words(claim: Claim) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-cased words of the claim's statement, and those of its credit.

    The statement's words include those a split-off part shares with its sentence.
    """
    stated, credit = _stated_and_credit(claim)
    said = frozenset(_WORD.findall(stated.lower())) | frozenset(claim.shared_terms)
    return said, frozenset(_WORD.findall(credit.lower()))


def stated_text(claim: Claim) -> str:
    """The claim's text without the words that credit it: what is compared for meaning.

    The credit is what lies outside the statement its attribution credits ("Dane
    said", "said Ola Brekke, chief of the Tarn fire service"). A claim whose predicate
    lies outside the credited statement tells an act of its own ("the campaign filed a
    request, citing the margin"): nothing of it is a credit. A claim the credited
    statement does not reach keeps the words outside the attribution.
    """
    return _stated_and_credit(claim)[0]


@lru_cache(maxsize=8192)
def _stated_and_credit(claim: Claim) -> tuple[str, str]:
    """The claim's text split into what it states and what credits it ("" if nothing).

    A statement that tells of its own speaker ("DeGeneres announced that she is to
    return as host", "'I'm hosting,' DeGeneres wrote") keeps the speaker's words: who
    spoke is what it is about. So does one an organization states of itself, opening
    with "it" or "we" ("The bus board said it had offered a 4 percent rise").
    """
    stated, credit = _split_credit(claim)
    if credit and (
        _SPEAKER_PRONOUNS & set(_WORD.findall(stated.lower())) or _told_of_itself(claim, stated)
    ):
        return claim.text, ""
    return stated, credit


#: Pronouns by which an organization's statement opens on itself as its subject.
_BODY_PRONOUNS = frozenset({"it", "we"})


def _told_of_itself(claim: Claim, stated: str) -> bool:
    """True when an organization's statement opens with a pronoun of it ("it had offered")."""
    credit = claim.attribution
    first = _WORD.match(stated.lstrip(_OPENING))
    return (
        credit is not None
        and credit.kind is SourceKind.ORGANIZATION
        and first is not None
        and first.group().lower() in _BODY_PRONOUNS
    )


#: Pronouns by which a statement tells of its own speaker.
_SPEAKER_PRONOUNS = frozenset(
    {"he", "she", "him", "her", "his", "hers", "himself", "herself", "i", "me", "my", "myself"}
)


def _split_credit(claim: Claim) -> tuple[str, str]:
    """The claim's text split at its attribution: statement, credit ("" if uncredited)."""
    credit = claim.attribution
    if credit is None or not credit.statement:
        return claim.text, ""
    text, start, end = claim.text, claim.span.start, claim.span.end
    low, high = max(credit.content.start, start) - start, min(credit.content.end, end) - start
    if low < high:
        stated, rest = text[low:high], f"{text[:low]} {text[high:]}"
        verb = claim.predicate.split(" ")[0]
        if not verb or _written(verb, stated) or not _written(verb, rest):
            return (stated, rest) if _WORD.search(stated) else (text, "")
        return text, ""  # its own act ("X filed a request, citing Y"): all of it is stated
    low, high = max(credit.span.start, start) - start, min(credit.span.end, end) - start
    if low >= high:
        return text, ""
    return f"{text[:low]} {text[high:]}".strip(), text[low:high]


def _written(lemma: str, text: str) -> bool:
    """True when ``text`` writes ``lemma`` or a regular inflection of it."""
    return writes_lemma(lemma, frozenset(_WORD.findall(text.lower())))


def _credited(term: str, credit: frozenset[str], claim: Claim) -> bool:
    """True when a plain term is a word of the claim's credit.

    The cue is not: a cue kept among the terms ("confirmed", "denied") takes a stance
    on the statement.
    """
    if not credit or claim.attribution is None or term == claim.attribution.cue:
        return False
    return writes_lemma(term, credit)


def _credited_name(key: str, claim: Claim, acting: Collection[str] = ()) -> bool:
    """True when the claim writes the name ``key`` in its credit only ("Brekke told").

    A name another claim states (``acting``) stays a name.
    """
    if key in acting:
        return False
    words = set(_WORD.findall(key)) - _NAME_LINKS
    stated, credit = _split_words(claim)
    return bool(words & credit) and not words <= stated


def _stated_of_credited(
    claim: Claim, keys: Iterable[str], words: Iterable[str], acting: Collection[str]
) -> tuple[str, ...]:
    """The plain ``words`` the statement writes that also spell its credited source's name.

    "The fire was 15 percent contained, the Orrin County Fire Service said" states
    "fire" although "Fire" is also a word of the source the name key stands for.
    """
    stated = _split_words(claim)[0]
    spelled = {word for key in keys if _credited_name(key, claim, acting) for word in key.split()}
    return tuple(word for word in words if word in spelled and word in stated)


#: Small words inside names ("Gulf of Sarn") that tell no name apart.
_NAME_LINKS = frozenset({"of", "the", "and", "for", "de", "la", "van", "von"})


def _source_term(claim: Claim, acting: Collection[str] = ()) -> tuple[str, ...]:
    """The claim's source as a term ("~dane"), when it is credited to one that is named.

    A source another claim states (``acting``) is among the claim's words already.
    """
    credit = claim.attribution
    if (
        credit is None
        or not credit.statement
        or not credit.source_key
        or credit.kind is SourceKind.ANONYMOUS
        or credit.source_key in acting
    ):
        return ()
    return (SOURCE_PREFIX + credit.source_key,)


def writes_lemma(lemma: str, words: frozenset[str]) -> bool:
    """True when one of ``words`` is ``lemma`` or a regular inflection of it ("cars")."""
    return bool(lemma) and any(inflects(lemma, word) for word in words)


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
    A source term (``sources``: claim id -> its term) is light in each vector, but two
    claims credited to one source weigh it as a name: their cosine and overlap count it
    :data:`_SHARED_SOURCE_GAIN` times heavier (whether they share a statement at all is
    :func:`~corrobora.align.grouping.shares_statement`'s to tell).

    With a ``pair_encoder`` (:mod:`corrobora.align.pairencoder`) the pair score is its
    probability, read of the claims' statements; :meth:`words_similarity` stays the
    words' score, which picks the pairs worth that slower reading.
    """

    vectors: dict[str, dict[str, float]]
    masses: dict[str, float]
    embeddings: dict[str, Matrix] | None = None
    claims: dict[str, Claim] = field(default_factory=dict)
    pair_model: str = "mean"
    sources: dict[str, str] = field(default_factory=dict)
    pair_encoder: PairScorer | None = None
    #: The pair encoder's probabilities so far, by (smaller id, larger id).
    encoded: dict[tuple[str, str], float] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        claims: Sequence[Claim],
        encoder: Encoder | None = None,
        pair_model: str = "mean",
        kinds: Mapping[str, Collection[str]] | None = None,
        pair_encoder: PairScorer | None = None,
    ) -> ClaimVectors:
        """Weigh every claim's terms by general and in-story rarity, then normalize.

        The embeddings are those of the claims' statements, without their credit
        (:func:`stated_text`).

        ``kinds`` (entity key -> its kinds) lets a short name stand for the story's one
        longer name of its kind (:mod:`corrobora.align.names`).

        Raises:
            ValueError: ``pair_model`` is neither "mean" nor "learned".
        """
        if pair_model not in PAIR_MODELS:
            raise ValueError(f"pair_model must be one of {', '.join(PAIR_MODELS)}")
        names = StoryNames(claims, kinds)
        plain = plain_words(claims)
        unnamed = {word for claim in claims for word in _initial_words(claim, plain)}
        acting = stated_terms(claims)
        term_sets = {
            claim.id: set(claim_terms(claim, names, plain, unnamed, acting)) for claim in claims
        }
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
            matrix = encoder.encode([stated_text(claim) for claim in claims])
            embeddings = {claim.id: matrix[i] for i, claim in enumerate(claims)}
        sources = {
            claim_id: term
            for claim_id, terms in term_sets.items()
            for term in terms
            if term.startswith(SOURCE_PREFIX)
        }
        by_id = {c.id: c for c in claims}
        return cls(vectors, masses, embeddings, by_id, pair_model, sources, pair_encoder)

    def lexical(self, a: str, b: str) -> float:
        """Cosine similarity of two claims' weighted term vectors."""
        cosine = claim_similarity(self.vectors[a], self.vectors[b])
        source = self._shared_source(a, b)
        if source is None:
            return cosine
        (ra, ma), (rb, mb) = self._raised(a, source), self._raised(b, source)
        raw_a, raw_b = self.vectors[a][source], self.vectors[b][source]
        norm_a, norm_b = math.sqrt(self.masses[a]), math.sqrt(self.masses[b])
        dot = cosine * norm_a * norm_b - raw_a * norm_a * raw_b * norm_b + ra * rb
        return dot / math.sqrt(ma * mb)

    def _shared_source(self, a: str, b: str) -> str | None:
        """The source term both claims are credited to, or None."""
        source = self.sources.get(a)
        return source if source is not None and self.sources.get(b) == source else None

    def _raised(self, claim_id: str, source: str) -> tuple[float, float]:
        """The claim's raw weight of ``source`` weighed as a name, and its mass so weighed."""
        norm = math.sqrt(self.masses[claim_id])
        light = self.vectors[claim_id][source] * norm
        heavy = light * _SHARED_SOURCE_GAIN
        return heavy, self.masses[claim_id] - light * light + heavy * heavy

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
        source = self._shared_source(a, b)
        lighter, vector, mass = (a, va, ma) if ma <= mb else (b, vb, mb)
        share = sum(vector[t] * vector[t] for t in shared)
        if source is None:
            return share
        heavy, raised = self._raised(lighter, source)
        light = vector[source] * vector[source] * mass
        return (share * mass - light + heavy * heavy) / raised

    def semantic(self, a: str, b: str) -> float | None:
        """Cosine similarity of two claims' embeddings, or None without a model."""
        if self.embeddings is None:
            return None
        return float(self.embeddings[a] @ self.embeddings[b])

    def similarity(self, a: str, b: str) -> float:
        """Pair score of claims ``a`` and ``b``: high when they state the same thing."""
        if self.pair_encoder is None:
            return self.words_similarity(a, b)
        key = (a, b) if a < b else (b, a)
        if key not in self.encoded:
            self.encode_pairs([key])
        return self.encoded[key]

    def encode_pairs(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Score pairs with the pair encoder in batches, ahead of :meth:`similarity`."""
        if self.pair_encoder is None:
            return
        keys = [(a, b) if a < b else (b, a) for a, b in pairs]
        new = [key for key in dict.fromkeys(keys) if key not in self.encoded]
        if not new:
            return
        texts = [(stated_text(self.claims[a]), stated_text(self.claims[b])) for a, b in new]
        self.encoded.update(zip(new, self.pair_encoder.probabilities(texts), strict=True))

    def words_similarity(self, a: str, b: str) -> float:
        """The pair score of ``pair_model``, from the claims' words and embeddings."""
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
