"""Quote groups: one utterance as each source words it, with a word-level diff.

Two quotes of different articles are one utterance when their speakers do not differ
and their word sequences match closely, where a truncated or extended wording still
matches: the score is the share of the shorter wording's words found in order in the
longer one, and the same share of its content words (not "the", "of", "it is not":
:func:`content_match`) must be found so. A long wording (:data:`MIN_CREDITED_WORDS`
words or more) that another matches almost word for word (:data:`SAME_WORDS` or
more; a longer one, lightly reworded, :data:`REWORDED_WORDS`) is the same utterance
even when the two name different speakers: one of them credited it to the wrong person
(:func:`misattributed`). Wordings are linked best match first, each to the wording of
a group it matches best, so a wording cut from another joins it whichever came first
(:func:`group_quotes`). The group keeps the speaker most sources (else the earliest)
name. One utterance whose sentences two outlets quote in another order is matched
sentence by sentence where the whole fails (:func:`in_sentence_order`); a wording of a
few common words, or a short one whose rare words the other lacks, joins another
speaker's longer one only over a distinctive word (:func:`_common_phrase`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations

from spacy.lang.en.stop_words import STOP_WORDS
from wordfreq import zipf_frequency

from ..model import DiffChunk, DiffOp, Quote, QuoteGroup, QuoteVariant, Span
from ..text import stable_id
from .origins import BODY_NOUNS, person_variants, shortens_body

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_SENTENCE_ENDS = frozenset(".!?…")
MIN_QUOTE_WORDS = 4
"""Shorter wordings are one utterance only when said by one named speaker and identical
or, from :data:`MIN_PARTIAL_WORDS`, a run of the other's words: a few words match too
easily."""
MIN_PARTIAL_WORDS = 2
"""A partial quote of this many words ("deeply disappointed") joins the full quote of
one named speaker it is cut from; one word ("fair") joins only the same one word."""


MIN_CREDITED_WORDS = 10
"""Wordings this long that match almost word for word are one utterance whoever is
named as its speaker; a shorter line ("The harbour will be open again by Friday") can
be two officials' words."""
SAME_WORDS = 0.9
"""The :func:`quote_match` score from which two long wordings are the same words."""
MIN_REWORDED_WORDS = 15
"""Wordings this long are one utterance whoever is named as its speaker already when
they match :data:`REWORDED_WORDS` closely: two people do not say fifteen words that
nearly alike, but one outlet may tidy a long quote ("will not pay" -> "will not be
paying")."""
REWORDED_WORDS = 0.75


def quote_words(text: str) -> list[str]:
    """Return the lower-cased words of a quote, apostrophes unified, punctuation dropped."""
    folded = unicodedata.normalize("NFKC", text).replace("\u2019", "'").casefold()
    return _WORD.findall(folded)


def quote_match(a: Sequence[str], b: Sequence[str]) -> float:
    """Return the share of the shorter word sequence found, in order, in the longer one."""
    if not a or not b:
        return 0.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched / min(len(a), len(b))


def content_match(a: Sequence[str], b: Sequence[str]) -> float:
    """Return :func:`quote_match` over the content words of two word sequences.

    Function words ("the ... of the", "it is not") match between any two sentences:
    two wordings are one utterance only when the words that carry their meaning match
    too. A wording of function words only matches only the same words.
    """
    content_a, content_b = _content(a), _content(b)
    if not content_a or not content_b:
        return 1.0 if list(a) == list(b) else 0.0
    return quote_match(content_a, content_b)


def _content(words: Sequence[str]) -> list[str]:
    return [w for w in words if w not in STOP_WORDS]


def name_words(text: str) -> frozenset[str]:
    """The lower-cased words ``text`` capitalizes inside a sentence: words of a name.

    "the spirit of the Endangered Species Act": "endangered", "species", "act". A
    sentence's first word is capitalized whatever it is and is left out.
    """
    found: set[str] = set()
    at_start = True
    for match in _WORD.finditer(text):
        before = text[max(0, match.start() - 3) : match.start()].rstrip(" \t\n\"“”’'([")
        starts = at_start or not before or before[-1] in _SENTENCE_ENDS
        word = match.group()
        if word[:1].isupper() and not starts:
            found.update(quote_words(word))
        at_start = False
    return frozenset(found)


def beyond_names(
    a: Sequence[str], b: Sequence[str], names: frozenset[str], threshold: float
) -> bool:
    """True unless two wordings match only on the words of a name they both cite.

    "the purposes of the Endangered Species Act" and "a departure from the spirit of the
    Endangered Species Act" share a law's name, not words of one utterance: the
    content words outside names (``names``) must match as :func:`content_match` asks,
    when the shorter wording has any.
    """
    plain_a = [w for w in _content(a) if w not in names]
    plain_b = [w for w in _content(b) if w not in names]
    if not plain_a or not plain_b:
        return not (plain_a or plain_b) or min(len(a), len(b)) < MIN_QUOTE_WORDS
    return quote_match(plain_a, plain_b) >= threshold


def word_diff(reference: str, other: str) -> tuple[DiffChunk, ...]:
    """Return the word-level diff turning ``reference`` into ``other``."""
    a, b = reference.split(), other.split()
    key_a = [" ".join(quote_words(w)) or w for w in a]
    key_b = [" ".join(quote_words(w)) or w for w in b]
    matcher = SequenceMatcher(None, key_a, key_b, autojunk=False)
    chunks = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        chunks.append(DiffChunk(DiffOp(tag), " ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return tuple(chunks)


def same_speaker(a: str, b: str) -> bool:
    """True when two speaker keys name one person: equal, or one the other's last words.

    An article that names "Dario Menck" once may credit a later quote to "Menck", and
    another article may name him only so.
    """
    if a == b:
        return True
    short, full = sorted((a.split(), b.split()), key=len)
    return bool(short) and full[-len(short) :] == short


def speakers_compatible(a: Quote, b: Quote) -> bool:
    """True unless both quotes name a speaker and the speakers differ."""
    return (
        a.speaker_key is None or b.speaker_key is None or same_speaker(a.speaker_key, b.speaker_key)
    )


def misattributed(a: Quote, b: Quote, words_a: Sequence[str], words_b: Sequence[str]) -> bool:
    """True when two named speakers differ for what is the same long wording."""
    if a.speaker_key is None or b.speaker_key is None:
        return False
    if same_speaker(a.speaker_key, b.speaker_key):
        return False
    shorter = min(len(words_a), len(words_b))
    if shorter < MIN_CREDITED_WORDS:
        return False
    needed = REWORDED_WORDS if shorter >= MIN_REWORDED_WORDS else SAME_WORDS
    return quote_match(words_a, words_b) >= needed


def _may_share_group(a: Quote, b: Quote, words_a: Sequence[str], words_b: Sequence[str]) -> bool:
    """Whether two wordings may be in one group: two articles, speakers that agree.

    Two wordings of one article are one utterance only when the article repeats it
    word for word (a quote printed twice, in the lead and again below), by speakers
    that agree.
    """
    if a.article_id == b.article_id:
        return _repeated(a, b, words_a, words_b)
    return speakers_compatible(a, b) or misattributed(a, b, words_a, words_b)


def _repeated(a: Quote, b: Quote, words_a: Sequence[str], words_b: Sequence[str]) -> bool:
    """True when one article gives the same words twice, apart, by speakers that agree."""
    return (
        bool(words_a)
        and list(words_a) == list(words_b)
        and not _overlap(a.span, b.span)
        and speakers_compatible(a, b)
    )


def _may_join(a: Quote, b: Quote, words_a: Sequence[str], words_b: Sequence[str]) -> bool:
    """Whether two wordings may be linked: they may share a group (:func:`_may_share_group`).

    A wording of a few words joins only the same words, or a longer wording it is a run
    of ("deeply disappointed" of "We are deeply disappointed and we will appeal"), said
    by the same named speaker: "fair" in two articles is often two people's word, and
    words one wording capitalizes as a name are not cut from it by one that does not
    (:func:`_named_in_one`). A phrase of a few content words quoted word for word
    from unnamed speakers is one source's (:func:`_unnamed_phrase`).
    """
    if not _may_share_group(a, b, words_a, words_b):
        return False
    if _common_phrase(a, b, words_a, words_b):
        return False
    if min(len(words_a), len(words_b)) < MIN_QUOTE_WORDS:
        if _unnamed_phrase(a, b, words_a, words_b):
            return True
        if not _one_named_speaker(a, b) or _named_in_one(a, b, words_a, words_b):
            return False
        short, long = sorted((list(words_a), list(words_b)), key=len)
        return short == long or (len(short) >= MIN_PARTIAL_WORDS and _holds_run(long, short))
    return True


def _named_in_one(a: Quote, b: Quote, words_a: Sequence[str], words_b: Sequence[str]) -> bool:
    """True when a few quoted words are a name in one wording and plain words in the other.

    'went into "emergency response" mode' and "the release Emergency Response process
    isn't over" share two words, but the longer wording capitalizes them as the name of
    a thing it tells of, and the shorter quotes them as a common phrase of its own: no
    cut of that utterance, however one speaker is named for both.
    """
    (short, short_words), (long, _) = sorted(((a, words_a), (b, words_b)), key=lambda p: len(p[1]))
    content = set(_content(short_words))
    if not content:
        return False
    return content <= name_words(long.text) and not content & name_words(short.text)


MAX_COMMON_PHRASE_WORDS = 5
"""A wording this short may be a stock phrase ("as quickly as possible") that any
speaker says: see :func:`_common_phrase`."""
DISTINCTIVE_ZIPF = 4.5
"""Words rarer than this in general English (``wordfreq``'s Zipf frequency: fewer than
about 30 in a million words) are distinctive of an utterance: "cumbersome" or
"idolised" are, "quickly" (5.0) and "possible" (5.4) are not."""


def _common_phrase(a: Quote, b: Quote, words_a: Sequence[str], words_b: Sequence[str]) -> bool:
    """True for a few common words found in a longer wording of a speaker not named for both.

    'urged users to deploy the update "as quickly as possible"' in one article and
    another speaker's "... making it imperative to release a fix as quickly as
    possible" in another share a stock phrase, not an utterance: unless one named
    speaker says both, the short wording joins only over a content word it shares that
    is distinctive (:func:`distinctive`). So does a wording of fewer than
    :data:`MIN_CREDITED_WORDS` words one of whose rare words the longer one lacks.
    """
    short, long = sorted((words_a, words_b), key=len)
    if len(short) >= MIN_CREDITED_WORDS or list(short) == list(long):
        return False
    if _one_named_speaker(a, b):
        return False
    shared = set(_content(short)) & set(long)
    if any(distinctive(word) for word in shared):
        return False
    return len(short) <= MAX_COMMON_PHRASE_WORDS or _loses_distinctive(short, long)


def _loses_distinctive(short: Sequence[str], long: Sequence[str]) -> bool:
    """True when a distinctive content word of ``short`` is missing from ``long``.

    A wording cut from another keeps its rare words: "There's a lot of anger here"
    is no cut of "... because there's a lot of crime", whose shared words are all
    common ones.
    """
    kept = set(long)
    return any(distinctive(word) and word not in kept for word in _content(short))


@lru_cache(maxsize=65536)
def distinctive(word: str) -> bool:
    """True for a word rarer than :data:`DISTINCTIVE_ZIPF` in general English, or a number."""
    return any(ch.isdigit() for ch in word) or zipf_frequency(word, "en") < DISTINCTIVE_ZIPF


MIN_PHRASE_WORDS = 3
"""A phrase this long, of :data:`MIN_PHRASE_CONTENT` content words, quoted word for word
by two articles from no named speaker is one utterance."""
MIN_PHRASE_CONTENT = 2


def _unnamed_phrase(a: Quote, b: Quote, words_a: Sequence[str], words_b: Sequence[str]) -> bool:
    """True for the same short phrase quoted from unnamed speakers in two articles.

    "a terrible experience", quoted from "an inside source" in one article and from "a
    source familiar with the talks" in another, is the one source's phrase relayed;
    a named speaker or body on either side keeps the rule for named speakers.
    """
    if list(words_a) != list(words_b) or len(words_a) < MIN_PHRASE_WORDS:
        return False
    if _speaker_key(a) is not None or _speaker_key(b) is not None:
        return False
    return len(_content(words_a)) >= MIN_PHRASE_CONTENT


def _one_named_speaker(a: Quote, b: Quote) -> bool:
    """True when two quotes name one speaker: a named one, or one body named by its owner.

    "Egypt's communications ministry", "the Egyptian ministry" and "the ministry" of
    three articles are one ministry (:func:`~corrobora.reconcile.origins.shortens_body`),
    though only a name is keyed as a speaker: their "several days" is one utterance.
    """
    key_a, key_b = _speaker_key(a), _speaker_key(b)
    if key_a is None or key_b is None:
        return False
    if same_speaker(key_a, key_b):
        return True
    split_a, split_b = key_a.split(), key_b.split()
    return shortens_body(split_a, split_b) or shortens_body(split_b, split_a)


_NOT_OWNERS = frozenset(
    re.findall(r"\w+", "a an one another some any its their his her our my your this these those")
)
"""First words of a body no owner names ("a ministry", "its ministry")."""

_SPEAKER_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def _speaker_key(quote: Quote) -> str | None:
    """The quote's speaker key, else the key of a body ("egyptian ministry", "ministry").

    A speaker ending in a body's noun and opened by no determiner of an unnamed one
    ("a ministry") is keyed by its words after "the", as a source is ("Egypt's
    communications ministry": "egypt s communications ministry"); "the ministry" is
    the one the story names more fully, as its origins take it.
    """
    if quote.speaker_key is not None or not quote.speaker:
        return quote.speaker_key
    words = _SPEAKER_WORD.findall(quote.speaker.replace("\u2019", "'").casefold())
    if words[:1] == ["the"]:
        words = words[1:]
    if not words or words[0] in _NOT_OWNERS or words[-1] not in BODY_NOUNS:
        return None
    return " ".join(words)


def _pieces_of_one(
    a: Quote,
    b: Quote,
    words_a: Sequence[str],
    words_b: Sequence[str],
    wordings: Sequence[Sequence[str]],
) -> bool:
    """True when two quotes of one article are apart pieces of one wording of the group.

    'Marrec said the bank was "not done yet" and that inflation was "still far too
    high"' quotes two runs of the one utterance another article quotes whole
    ("Inflation is still far too high. We are not done yet"): both pieces, said by the
    same named speaker, belong with it.
    """
    if a.article_id != b.article_id or a.speaker_key is None or b.speaker_key is None:
        return False
    if not same_speaker(a.speaker_key, b.speaker_key) or _overlap(a.span, b.span):
        return False
    return any(
        len(whole) > max(len(words_a), len(words_b))
        and _holds_run(whole, words_a)
        and _holds_run(whole, words_b)
        for whole in wordings
    )


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _holds_run(words: Sequence[str], run: Sequence[str]) -> bool:
    """True when ``run`` occurs in ``words`` as consecutive words."""
    size = len(run)
    return any(list(words[i : i + size]) == list(run) for i in range(len(words) - size + 1))


def group_quotes(
    quotes: Sequence[Quote], order: Sequence[str], threshold: float
) -> tuple[QuoteGroup, ...]:
    """Group the direct quotes of a story's articles into utterances.

    Wordings are linked best match first (single link: a cut wording joins the group
    of the wording it was cut from, whichever was published first), as long as a group
    holds one wording per article and no two speakers that differ, so the groups do
    not depend on the order the articles come in.

    Args:
        quotes: every direct quote of the story's articles.
        order: article ids in publication order; a group's first variant is the earliest.
        threshold: minimum :func:`quote_match` score for two wordings to be one utterance.

    Returns:
        Groups quoted by two or more articles first, then the others, each in order of
        first appearance.
    """
    rank = {article_id: i for i, article_id in enumerate(order)}
    quotes = split_stitched(quotes, threshold)
    written = sorted(quotes, key=lambda q: (rank.get(q.article_id, len(rank)), q.span.start))
    spelled = person_variants(q.speaker_key for q in written if q.speaker_key)
    ordered = _speakers_spelled_alike(written, spelled)
    words = [quote_words(q.text) for q in ordered]
    names = [name_words(q.text) for q in ordered]
    counts = [Counter(w) for w in words]
    links: list[tuple[float, int, int]] = []
    for i, j in combinations(range(len(ordered)), 2):
        shorter = min(len(words[i]), len(words[j]))
        # the words two wordings share bound their score: most pairs end here, cheaply
        if not shorter or sum((counts[i] & counts[j]).values()) < threshold * shorter:
            continue
        if _may_join(ordered[i], ordered[j], words[i], words[j]):
            score = _link_score(
                ordered[i], ordered[j], words[i], words[j], names[i] | names[j], threshold
            )
            if score is not None:
                links.append((-score, i, j))
    group_of = list(range(len(ordered)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(ordered))}
    for _, i, j in sorted(links):
        first, second = sorted((group_of[i], group_of[j]))
        # a short wording links to the one it is cut from; with the others of that
        # group it need only share a group (a third wording may be cut elsewhere)
        wordings = [words[z] for z in members[first] + members[second]]
        if first == second or not all(
            _may_share_group(ordered[x], ordered[y], words[x], words[y])
            or _pieces_of_one(ordered[x], ordered[y], words[x], words[y], wordings)
            for x in members[first]
            for y in members[second]
        ):
            continue
        for m in members.pop(second):
            group_of[m] = first
            members[first].append(m)
    result = [
        _build_group([written[m] for m in sorted(group)], spelled)
        for _, group in sorted(members.items())
    ]
    return tuple(sorted(result, key=lambda g: len({v.article_id for v in g.variants}) < 2))


def _link_score(
    a: Quote,
    b: Quote,
    words_a: Sequence[str],
    words_b: Sequence[str],
    names: frozenset[str],
    threshold: float,
) -> float | None:
    """The score of two wordings that match as one utterance, else None.

    Their words must match in order (:func:`quote_match`), their content words too
    (:func:`content_match`) and beyond the names they cite (:func:`beyond_names`); where
    the whole fails, the second wording's sentences are taken in the order of the
    first's they match (:func:`in_sentence_order`).
    """
    if _matches(words_a, words_b, names, threshold):
        return quote_match(words_a, words_b)
    reordered = in_sentence_order(a.text, b.text)
    if reordered != list(words_b) and _matches(words_a, reordered, names, threshold):
        return quote_match(words_a, reordered)
    return None


def _matches(
    words_a: Sequence[str], words_b: Sequence[str], names: frozenset[str], threshold: float
) -> bool:
    """True when two word sequences match in order, on content words and beyond names."""
    return (
        quote_match(words_a, words_b) >= threshold
        and content_match(words_a, words_b) >= threshold
        and beyond_names(words_a, words_b, names, threshold)
    )


_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+")


def quote_sentences(text: str) -> list[list[str]]:
    """The words of each sentence of a quote's text (sentences without words left out)."""
    pieces = (quote_words(piece) for piece in _SENTENCE_BREAK.split(text))
    return [piece for piece in pieces if piece]


def in_sentence_order(reference: str, other: str) -> list[str]:
    """The words of ``other``, its sentences in the order of the ``reference`` ones they match.

    Two outlets may quote the sentences of one utterance in another order ("A. B. C."
    and "B. C. A."): each sentence of ``other`` is put where the ``reference`` sentence
    sharing most of its words in order stands (a sentence matching none keeps its
    place after the one before it), so that the whole can be matched word by word.
    """
    theirs = quote_sentences(other)
    if len(theirs) < 2:
        return [w for sentence in theirs for w in sentence]
    ours = quote_sentences(reference)
    places: list[tuple[int, int]] = []
    for n, sentence in enumerate(theirs):
        shared = [_shared_in_order(sentence, mine) for mine in ours]
        best = max(range(len(ours)), key=lambda k: shared[k], default=-1)
        place = best if best >= 0 and shared[best] else (places[-1][0] if places else -1)
        places.append((place, n))
    return [w for _, n in sorted(places) for w in theirs[n]]


def _shared_in_order(a: Sequence[str], b: Sequence[str]) -> int:
    """The number of content words two word sequences share in order."""
    content_a, content_b = _content(a), _content(b)
    if not content_a or not content_b:
        return 0
    matcher = SequenceMatcher(None, content_a, content_b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def _speakers_spelled_alike(quotes: Sequence[Quote], spelled: Mapping[str, str]) -> list[Quote]:
    """The quotes, each speaker's other spellings of one name keyed as one (``spelled``).

    "Vincent DelGiudice" and "Vincent Del Giudice" (or "Dave Rossi" and "David Rossi",
    no other Rossi quoted) are one speaker whose words one group holds: see
    :func:`~corrobora.reconcile.origins.person_variants`.
    """
    return [
        replace(q, speaker_key=spelled[q.speaker_key])
        if q.speaker_key is not None and q.speaker_key in spelled
        else q
        for q in quotes
    ]


def sentences(quote: Quote) -> list[Quote]:
    """The sentences of a quote whose cue split it between sentences, each a quote.

    A quote's ``text`` joins its parts with a space, or with a full stop and a space
    where a part ended a sentence before its cue (see
    :func:`corrobora.extract.quotes.joined_text`); a part ending in its own sentence
    end is a sentence too. A quote of one sentence, or whose text does not lay out its
    parts so, is returned alone.
    """
    parts, text = quote.parts, quote.text
    if len(parts) < 2:
        return [quote]
    groups: list[list[Span]] = [[]]
    texts: list[str] = []
    start = pos = 0
    for n, part in enumerate(parts):
        pos += part.end - part.start
        if pos > len(text):
            return [quote]
        groups[-1].append(part)
        last = n == len(parts) - 1
        if last:
            break
        if text.startswith(". ", pos):
            ends, width = True, 2
        elif text.startswith(" ", pos):
            ends, width = text[pos - 1 : pos] in _SENTENCE_ENDS, 1
        else:
            return [quote]
        if ends:
            texts.append(text[start:pos])
            groups.append([])
            start = pos + width
        pos += width
    if pos != len(text) or len(groups) < 2:
        return [quote]
    texts.append(text[start:])
    return [
        replace(quote, span=Span(group[0].start, group[-1].end), parts=tuple(group), text=piece)
        for group, piece in zip(groups, texts, strict=True)
    ]


def split_stitched(quotes: Sequence[Quote], threshold: float) -> list[Quote]:
    """Split a quote into its sentences where another source quotes them separately.

    “A,” she said. “B.” is one quote of two sentences. When another article quotes A
    and B as two quotations of their own (each with its frame, perhaps worded apart),
    each sentence is compared on its own, so that A joins the other article's A and B
    its B; a source quoting "A. B." in one piece keeps the two together.
    """
    by_article: dict[str, list[tuple[Quote, list[str]]]] = {}
    for quote in quotes:
        by_article.setdefault(quote.article_id, []).append((quote, quote_words(quote.text)))
    result: list[Quote] = []
    for quote in quotes:
        pieces = sentences(quote)
        if len(pieces) > 1 and _quoted_apart(quote, pieces, by_article, threshold):
            result.extend(pieces)
        else:
            result.append(quote)
    return result


def _quoted_apart(
    quote: Quote,
    pieces: Sequence[Quote],
    by_article: dict[str, list[tuple[Quote, list[str]]]],
    threshold: float,
) -> bool:
    """True when another article's quotes match two of ``pieces`` best, distinct ones.

    Only quotes of :data:`MIN_QUOTE_WORDS` words or more count: a few words ("other
    offers") quoted apart are found in any sentence holding them, not a sentence quoted
    on its own. An article whose one quote matches every piece quotes them together.
    """
    piece_words = [w for w in (quote_words(p.text) for p in pieces) if len(w) >= MIN_QUOTE_WORDS]
    for article_id, others in by_article.items():
        if article_id == quote.article_id:
            continue
        candidates = [
            w for o, w in others if speakers_compatible(o, quote) and len(w) >= MIN_QUOTE_WORDS
        ]
        scores = [[quote_match(words, w) for w in candidates] for words in piece_words]
        if any(all(row[n] >= threshold for row in scores) for n in range(len(candidates))):
            continue  # one quote holds them all: quoted together
        matched: set[int] = set()
        for row in scores:
            best = max(((score, n) for n, score in enumerate(row)), default=(0.0, -1))
            if best[0] >= threshold:
                matched.add(best[1])
        if len(matched) > 1:
            return True
    return False


def _build_group(members: Sequence[Quote], spelled: Mapping[str, str]) -> QuoteGroup:
    """The group of ``members``, its speaker the one most name (one spelling of a name).

    Each variant keeps its own speaker's name; the group's key is the name's fullest
    spelling (``spelled``), as the origins of the story's facts key it.
    """
    reference = members[0]
    variants = tuple(
        QuoteVariant(
            q.article_id,
            q.span,
            q.text,
            word_diff(reference.text, q.text) if q is not reference else (),
            q.parts or (q.span,),
            q.speaker,
            q.speaker_key,
        )
        for q in members
    )
    keys = Counter(spelled.get(q.speaker_key, q.speaker_key) for q in members if q.speaker_key)
    speaker_key = keys.most_common(1)[0][0] if keys else None
    named = [
        q
        for q in members
        if q.speaker_key and spelled.get(q.speaker_key, q.speaker_key) == speaker_key
    ]
    speaker = next(
        (q.speaker for q in named if q.speaker_key == speaker_key),
        named[0].speaker if named else None,
    )
    identical = len({tuple(quote_words(q.text)) for q in members}) == 1
    group_id = stable_id("quote", *(f"{q.article_id}:{q.span.start}" for q in members))
    return QuoteGroup(group_id, speaker, speaker_key, identical, variants)
