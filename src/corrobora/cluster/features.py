"""What an article contributes to story clustering: what happened, when, and who took part.

An article is described by a few *channels*, each a unit-length sparse vector:

- ``t`` (what happened): the claim terms (content-word lemmas) and title words,
  weighted by sublinear term frequency, by position (the lead states the event) and by
  a background rarity from wordfreq (``max(0, 7 - zipf)``: "said" weighs 1, "airspace"
  about 3.7, a word wordfreq never saw 7; function words weigh nothing, so no stop-word
  list is needed). Words that belong to entity mentions are left to the entity channels.
- ``title``: the words of the headline alone, by rarity.
- ``n``: the normalized quantities (small counts such as "two people" weigh little;
  the "a" of "a man died" is a count, not a figure the article writes, and is left out),
  the telephone numbers the article prints (no quantities, but two reports of one
  appeal print the same number) and the codes that name one event (see
  :func:`event_codes`), in place of the figures read inside them.
- ``d``: the calendar intervals of the article's date expressions. (Months alone are
  not used: inside the time window almost every article names the same month.)
- ``entities``: canonical entity keys, weighted by mention count and by the rarity of
  the name; ``person``: the same for the persons alone (who took part tells two
  similar events apart best). A report whose lead names no place also counts the town
  a local service's name gives ("Kestrel Fire Chief": see :func:`_service_places`).
- ``lead`` (not evidence, so not in :data:`CHANNELS`): the distinctive words of the
  organizations both the headline and the lead name, the actors the article is about. Two articles
  whose leads name organizations, none of which the other article names, report what
  different actors did (one airline's diversion, another's emergency landing), whatever
  else they share (see :func:`corrobora.cluster.eventmodel.actor_gate`).

- ``anchor`` (not evidence either): the named facilities ("the Har Mill warehouse")
  and the exact clock times ("3:33 a.m.") the article gives. Two reports that name one
  facility and one minute of the clock report one event (see :func:`anchored`), however
  little else of their wording they share.

- ``code`` and ``lead code`` (not evidence either): those event codes by kind (see
  :func:`event_codes`), and those the headline or lead cites. Two articles whose leads
  cite codes of one kind, with no code in common, report different events (two
  security bulletins, two flights), and a code that carries its year dates an undated
  article (see :func:`rival_codes` and :func:`code_year`).

Optionally an article also carries a sentence embedding of its headline and lead (see
:func:`lead_text`), from the same installed model as claim alignment. Everything here
depends on the article alone (the rarity is a fixed background, not corpus statistics),
so features never change when other articles are added: what incremental clustering
needs. How the channels are weighed against each other is
:mod:`corrobora.cluster.eventmodel`'s job.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from wordfreq import zipf_frequency

from ..align.embeddings import Encoder
from ..extract.quantities import phone_numbers, written_figure
from ..model import AnalyzedArticle, EntityKind, Span
from ..text import canonical_key, strip_accents
from .fingerprint import words

#: Extra weight of the terms of the title and first sentence (decreasing after it).
LEAD_BOOST = 1.0
#: Sentences of the lead given to the embedding model with the headline.
LEAD_SENTENCES = 6
#: Decimals kept of each embedding component (the stored and the computed value agree).
EMBEDDING_DECIMALS = 4

#: Every channel, in a fixed order.
CHANNELS: tuple[str, ...] = ("t", "title", "n", "d", "entities", "person")
#: The channel of the lead's organizations (kept apart from the evidence channels).
LEAD_CHANNEL = "lead"
#: The channel of the people the headline names (see :func:`rival_headline_people`).
HEADLINE_PEOPLE_CHANNEL = "hp"
#: The channel of the codes that name one event (see :func:`event_codes`).
CODE_CHANNEL = "code"
#: The channel of the event codes the headline or the lead cites (see :func:`rival_codes`).
LEAD_CODE_CHANNEL = "lead code"
#: The channels of event codes: read by rules, compared by no cosine.
CODE_CHANNELS = (CODE_CHANNEL, LEAD_CODE_CHANNEL)
#: The channel of the named facilities and exact clock times (see :func:`anchored`).
ANCHOR_CHANNEL = "anchor"
#: Nouns of a building or site a name may stand before ("the Har Mill warehouse") or end
#: in ("Har Mill", "Dunmore Chemical Plant").
_SITE_NOUNS = frozenset(
    {"plant", "factory", "refinery", "mill", "mine", "smelter", "warehouse", "depot",
     "facility", "works", "terminal", "building", "tower", "hotel", "mall", "store",
     "school", "hospital", "church", "mosque", "synagogue", "temple", "stadium", "arena",
     "bridge", "dam", "station", "barn", "theater", "theatre", "restaurant", "nightclub",
     "club", "apartments", "complex", "center", "centre", "market", "yard", "shipyard"}
)  # fmt: skip
#: A run of capitalised words (a name), and the word after it.
_NAME_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*)*")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
#: A clock time to the minute: "3:33 a.m.", "3:33 a. m.", "15:33" (not "2:03:45").
_CLOCK_MINUTE = re.compile(
    r"(?<![\w.:/])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:]|[.,]\d)"
    r"(?:\s*(?P<half>[ap])\.?\s?m\b)?",
    re.IGNORECASE,
)
#: Names of local services whose leading words name their town: "Kestrel Fire Chief",
#: "the Kestrel Police", "Kestrel Sheriff's deputies".
_LOCAL_SERVICE = re.compile(
    r"(?<![\w'’-])(?P<place>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})[ \t]+"
    r"(?:Fire|Police|Sheriff|Constabulary|Ambulance|Mayor|Council)\b"
)
#: A code that carries its year: letters, a two-digit year and a serial number
#: ("MS08-078"), or letters, a four-digit year and a serial ("CVE-2013-3893").
_YEAR_CODE = re.compile(
    r"\b(?P<short>[A-Z]{2,6})(?P<yy>\d{2})-(?P<s1>\d{2,6})\b"
    r"|\b(?P<long>[A-Z]{1,6})-?(?P<yyyy>(?:19|20)\d{2})-(?P<s2>\d{2,7})\b"
)
#: A number a noun of identifiers introduces: "Flight 214", "flight MH17", "Bill C-51",
#: "case No. 12-345" (not "flight 10 hours late", "the bill 15 votes short": a plural
#: after the number counts it).
_INTRODUCED_CODE = re.compile(
    r"\b(?P<noun>(?i:flight|bill|case|docket|bulletin|advisory|resolution))"
    r"\s+(?:(?i:no\.?|number|#)\s*)?"
    r"(?P<code>[A-Z]{0,3}-?\d[\dA-Z]*(?:[-/]\d+)*)\b"
    r"(?!\s+[a-z]+s\b|\s*(?:%|\.\d))"
)
#: Digits a code needs (fewer is a count: "case 3", "bill 2").
_CODE_DIGITS = 2
#: Two-digit years from this on are of the 1900s.
_CENTURY_PIVOT = 50
#: The least the newest year of an undated article's codes must lie before a dated
#: article's year to hold them apart (a December bulletin is still news in January).
_CODE_YEAR_GAP = 2
#: The least rarity of each word of a headline person's key: common words ("out",
#: "center", "family") are no parts of a name.
_NAME_WORD_RARITY = 2.0
#: A word written in lower case.
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")
#: The endings of inflected words, and the shortest word whose ending is taken off.
_INFLECTION = re.compile(r"(?:es|s|ed|ing)$")
_SHORTEST_INFLECTED = 4

#: Zipf value (log10 of frequency per billion words, plus 9) above which a word or name
#: carries no weight: roughly the most frequent few dozen English words.
_RARITY_CEILING = 7.0
#: Smallest weight an entity key gets, however common its name.
_MIN_ENTITY_RARITY = 1.0
#: Absolute values at most this large and integral are counts too common to tell
#: events apart ("two people", "10 minutes").
_SMALL_COUNT = 12.0
_SMALL_COUNT_WEIGHT = 0.25
#: Rarity a word of an organization's name needs to tell it from others ("Indian",
#: "Airways", but not "Air"); a name with no such word keeps its rarest word.
_DISTINCT_NAME_RARITY = 2.0
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
        channels: channel name (see :data:`CHANNELS`) -> unit-length sparse vector;
            a channel the article has nothing for is absent.
        embedding: unit-length sentence embedding of the headline and lead, rounded to
            :data:`EMBEDDING_DECIMALS`, or None without a model.
        blocking_keys: the few features used to find candidate stories
            (``e:<entity key>`` and ``t:<term>``).
    """

    article_id: str
    published: datetime | None
    channels: Mapping[str, Mapping[str, float]]
    embedding: tuple[float, ...] | None
    blocking_keys: tuple[str, ...]


@lru_cache(maxsize=1 << 17)
def rarity(word: str) -> float:
    """Background rarity of a word or name: ``max(0, 7 - zipf)`` from wordfreq (cached)."""
    return max(0.0, _RARITY_CEILING - zipf_frequency(word, _LANGUAGE))


@lru_cache(maxsize=1 << 17)
def _folded(term: str) -> str:
    return strip_accents(term).casefold()


@lru_cache(maxsize=1 << 17)
def _key_of(word: str) -> str:
    return canonical_key(word)


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


def _term_vector(analyzed: AnalyzedArticle, names: set[str]) -> dict[str, float]:
    counts: dict[str, float] = {}

    def count(terms: Iterable[str], weight: float) -> None:
        for term in terms:
            key = _folded(term)
            counts[key] = counts.get(key, 0.0) + weight

    for claim in analyzed.claims:
        count(claim.terms, _position_weight(claim.sentence))
    if not counts:
        # No claims (the analysis found none): fall back on the words of the text.
        count(words(analyzed.article.text), 1.0)
    count(words(analyzed.article.title), _position_weight(0))
    vector: dict[str, float] = {}
    for term, total in counts.items():
        # Names are left to the entity vector: counted again as terms, shared actors
        # would outweigh what happened.
        if not term or term.isdigit() or term in names or _key_of(term) in names:
            continue
        weight = rarity(term)
        if weight > 0.0:
            vector[term] = (1.0 + math.log(max(1.0, total))) * weight
    return vector


def _entity_vectors(analyzed: AnalyzedArticle) -> dict[str, dict[str, float]]:
    """The ``entities`` vector (every key) and the ``person`` vector (persons only).

    Kinds are not trusted to split the keys further: a small model calls one city a
    place in one article and an organization in the next, and the key must still meet.
    """
    counts: Counter[str] = Counter()
    persons: set[str] = set()
    for mention in analyzed.mentions:
        if not mention.key:
            continue
        counts[mention.key] += 1
        if mention.kind is EntityKind.PERSON:
            persons.add(mention.key)
    for place in _service_places(analyzed) - counts.keys():
        counts[place] = 1
    everything = {
        key: _sublinear(count) * max(_MIN_ENTITY_RARITY, rarity(key))
        for key, count in counts.items()
    }
    return {
        "entities": everything,
        "person": {key: value for key, value in everything.items() if key in persons},
    }


def _service_places(analyzed: AnalyzedArticle) -> set[str]:
    """The keys of the towns local services' names give, when the lead names no place.

    "Kestrel Fire Chief Tom Brandt was the first at the fire": a fire chief's town is
    where the fire was, so a report whose lead names no place still places its event
    there. A lead that names a place says where the event was (the crews of a town
    nearby may have come to help). A name with no distinctive word ("State Fire
    Marshal", "City Police") gives no town.
    """
    lead = _lead_sentence(analyzed)
    if lead is None or any(
        mention.kind is EntityKind.PLACE and lead.start <= mention.span.start < lead.end
        for mention in analyzed.mentions
    ):
        return set()
    places: set[str] = set()
    for match in _LOCAL_SERVICE.finditer(analyzed.article.text):
        key = _key_of(match.group("place"))
        if any(rarity(word) >= _DISTINCT_NAME_RARITY for word in key.split()):
            places.add(key)
    return places


def _site_names(text: str) -> set[str]:
    """The names of the buildings and sites a text gives, without their site nouns.

    "the Har Mill warehouse", "Har Mill" and "Har Mill Warehouse" all give "har".
    """
    found: set[str] = set()
    for match in _NAME_RUN.finditer(text):
        names = words(match.group())
        after = _NEXT_WORD.match(text, match.end())
        if not names or (
            names[-1] not in _SITE_NOUNS and not (after and after.group(1) in _SITE_NOUNS)
        ):
            continue
        while names and names[-1] in _SITE_NOUNS:
            names.pop()
        if names and names[0] == "the":
            names.pop(0)
        if names:
            found.add(" ".join(names))
    return found


def _clock_minutes(text: str) -> set[str]:
    """The clock times to the minute a text gives.

    On a 24-hour clock when the text says the half of the day ("3:33 p.m." -> "15:33")
    or the hour does ("15:33"); as written, marked "?", when not ("3:33").
    """
    found: set[str] = set()
    for match in _CLOCK_MINUTE.finditer(text):
        hour, minute = int(match.group("h")), match.group("m")
        half = (match.group("half") or "").casefold()
        if half:
            hour = hour % 12 + (12 if half == "p" else 0)
        elif hour <= 12:
            found.add(f"{hour}:{minute}?")
            continue
        found.add(f"{hour:02d}:{minute}")
    return found


def _anchor_vector(analyzed: AnalyzedArticle) -> dict[str, float]:
    """The named sites (``site:``) and clock times (``clock:``) of an article, each 1.

    Empty unless the article gives both: :func:`anchored` needs both.
    """
    text = f"{analyzed.article.title}\n{analyzed.article.text}"
    sites = _site_names(text)
    clocks = _clock_minutes(text)
    if not sites or not clocks:
        return {}
    keys = [f"site:{name}" for name in sites] + [f"clock:{clock}" for clock in clocks]
    return dict.fromkeys(keys, 1.0)


def _anchors(features: StoryFeatures, kind: str) -> set[str]:
    """The article's anchors of one kind (``site`` or ``clock``), without the prefix."""
    prefix = f"{kind}:"
    return {
        key[len(prefix) :]
        for key in features.channels.get(ANCHOR_CHANNEL, {})
        if key.startswith(prefix)
    }


def _same_site(left: str, right: str) -> bool:
    """Whether two site names name one site: one's words run inside the other's.

    "har" and "historic har" (a capitalised headline), "dunmore" and "dunmore
    chemical"; the shorter name needs a distinctive word ("north" names no site).
    """
    shorter, longer = sorted((left.split(), right.split()), key=len)
    if not any(rarity(word) >= _DISTINCT_NAME_RARITY for word in shorter):
        return False
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def anchored(left: StoryFeatures, right: StoryFeatures) -> bool:
    """Whether two articles name one facility and give one clock time to the minute.

    A three-line brief on "the Har Mill warehouse" fire "reported at 3:33 a.m." and a
    longer report of the fire at the warehouse, "the first call came at 3:33 a.m.",
    share few words but report one event. Two fires at two warehouses share no site;
    one site's two events weeks apart are kept apart by the time window.
    """
    if _anchors(left, "clock").isdisjoint(_anchors(right, "clock")):
        return False
    right_sites = _anchors(right, "site")
    return any(_same_site(site, other) for site in _anchors(left, "site") for other in right_sites)


#: The event codes of a text and where each stands (see :func:`code_mentions`).
CodeMentions = list[tuple[str, tuple[int, int]]]


def _number_vector(analyzed: AnalyzedArticle, codes: CodeMentions) -> dict[str, float]:
    quantities = list(analyzed.quantities)
    seen = {(q.span.start, q.span.end) for q in quantities}
    for claim in analyzed.claims:
        quantities.extend(q for q in claim.quantities if (q.span.start, q.span.end) not in seen)
    vector: dict[str, float] = {f"code:{key}": 1.0 for key, _ in codes}
    for quantity in quantities:
        value = quantity.value
        if not math.isfinite(value) or not written_figure(quantity):
            continue
        if any(start <= quantity.span.start < end for _, (start, end) in codes):
            continue  # a part of a code ("078" of "MS08-078"), no figure
        small = abs(value) <= _SMALL_COUNT and value == int(value)
        key = f"{value:.6g}{quantity.unit}"
        vector[key] = max(vector.get(key, 0.0), _SMALL_COUNT_WEIGHT if small else 1.0)
    text = analyzed.article.text
    for span in phone_numbers(text):
        # No quantity, but a number two reports of one appeal both print.
        vector["tel:" + "".join(ch for ch in text[span.start : span.end] if ch.isdigit())] = 1.0
    return vector


def event_codes(text: str) -> dict[str, tuple[int, int]]:
    """The codes of a text that name one event, as ``kind:CODE`` (``@year``) -> span.

    A code that carries its year ("MS08-078", "CVE-2013-3893") is of the kind of its
    letters ("MS", "CVE") and keeps its year ("MS:MS08078@2008"); a number a noun of
    identifiers introduces ("Flight 214", "Bill C-51") is of the kind of that noun.
    Codes are compared in capitals without hyphens or spaces. Product names ("IE8",
    "F-35") name no event and are left out.
    """
    found: dict[str, tuple[int, int]] = {}
    for key, span in code_mentions(text):
        found.setdefault(key, span)
    return found


def code_mentions(text: str) -> CodeMentions:
    """Every mention of an event code in ``text``: its key (see :func:`event_codes`), span."""
    found = [(_dated_key(match), match.span()) for match in _YEAR_CODE.finditer(text)]
    for match in _INTRODUCED_CODE.finditer(text):
        code = match.group("code")
        if sum(ch.isdigit() for ch in code) < _CODE_DIGITS:
            continue
        dated = _YEAR_CODE.fullmatch(code)
        key = _dated_key(dated) if dated else f"{match.group('noun').casefold()}:{_plain(code)}"
        found.append((key, match.span("code")))
    return found


def _dated_key(match: re.Match[str]) -> str:
    """The key of a code that carries its year: ``kind:CODE@year``."""
    if match.group("short"):
        short = int(match.group("yy"))
        year = (1900 if short >= _CENTURY_PIVOT else 2000) + short
        kind = match.group("short")
    else:
        year, kind = int(match.group("yyyy")), match.group("long")
    return f"{kind}:{_plain(match.group())}@{year}"


def _plain(code: str) -> str:
    """A code in capitals without hyphens, slashes or spaces ("ms08-078" -> "MS08078")."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def code_year(key: str) -> int | None:
    """The year an event code's key carries, or None ("MS:MS08078@2008" -> 2008)."""
    _, _, year = key.partition("@")
    return int(year) if year.isdigit() else None


def code_kind(key: str) -> str:
    """The kind of an event code's key ("MS:MS08078@2008" -> "MS")."""
    return key.partition(":")[0]


def newest_code_year(features: StoryFeatures) -> int | None:
    """The newest year the article's codes carry: when it was written, at the earliest."""
    years = [y for key in features.channels.get(CODE_CHANNEL, {}) if (y := code_year(key))]
    return max(years, default=None)


def rival_codes(left: StoryFeatures, right: StoryFeatures) -> bool:
    """Whether two articles' headlines or leads cite codes of one kind, and no code is shared.

    "Security update MS08-078" and "the flaw, fixed in MS13-069": two bulletins, two
    events, whatever the reports share besides. A code cited only further down may be
    background (an earlier bulletin), so only headline and lead codes are rivals.
    """
    left_codes = left.channels.get(CODE_CHANNEL, {})
    right_codes = right.channels.get(CODE_CHANNEL, {})
    if left_codes.keys() & right_codes.keys():
        return False
    left_kinds = {code_kind(key) for key in left.channels.get(LEAD_CODE_CHANNEL, {})}
    right_kinds = {code_kind(key) for key in right.channels.get(LEAD_CODE_CHANNEL, {})}
    return not left_kinds.isdisjoint(right_kinds)


def share_codes(left: StoryFeatures, right: StoryFeatures) -> bool:
    """Whether two articles cite one event code alike."""
    left_codes = left.channels.get(CODE_CHANNEL, {})
    return not left_codes.keys().isdisjoint(right.channels.get(CODE_CHANNEL, {}))


def years_apart(left: StoryFeatures, right: StoryFeatures) -> bool:
    """Whether the year an undated article's codes give holds it apart from a dated one.

    An article cites no code issued after it was written, and a code is news when it
    is new: an undated report whose newest code is from 2008 is no report of an event
    published in 2013, nor of one from before that code. Articles that share a code are
    never held apart this way, nor two undated ones: which of them an undated report
    citing no code belongs with is unknown, and parting the coded ones would split
    their event along whichever side such reports happened to join first.
    """
    if (left.published is None) == (right.published is None) or share_codes(left, right):
        return False
    undated, dated = (left, right) if left.published is None else (right, left)
    cited = newest_code_year(undated)
    if cited is None or dated.published is None:
        return False
    year = dated.published.year
    return cited > year or year - cited >= _CODE_YEAR_GAP


def _code_vector(codes: CodeMentions) -> dict[str, float]:
    """The article's event codes, each 1 (see :func:`event_codes`)."""
    return {key: 1.0 for key, _ in codes}


def _lead_code_vector(analyzed: AnalyzedArticle, codes: CodeMentions) -> dict[str, float]:
    """The event codes the headline or the lead cites, each 1.

    A code cited further down may be background ("the last such patch, MS08-067"); the
    one the headline or the lead cites is the article's event.
    """
    lead = _lead_sentence(analyzed)
    vector = dict.fromkeys(event_codes(analyzed.article.title.strip()), 1.0)
    if lead is not None:
        vector.update((key, 1.0) for key, (start, _) in codes if lead.start <= start < lead.end)
    return vector


def _lead_sentence(analyzed: AnalyzedArticle) -> Span | None:
    """The first sentence of the body that does not repeat the headline, if any."""
    text = analyzed.article.text
    title = analyzed.article.title.strip()
    return next((s for s in analyzed.sentences if text[s.start : s.end].strip() != title), None)


def _date_vector(analyzed: AnalyzedArticle) -> dict[str, float]:
    """The calendar intervals of the article's date expressions."""
    mentions = list(analyzed.dates)
    for claim in analyzed.claims:
        mentions.extend(claim.dates)
    days: dict[str, float] = {}
    for mention in mentions:
        if mention.start is not None and mention.end is not None:
            days[f"{mention.start.isoformat()}/{mention.end.isoformat()}"] = 1.0
    return days


def _name_words(analyzed: AnalyzedArticle) -> set[str]:
    """The words of the article's entity mentions and keys (left to the entity channels)."""
    names = {word for mention in analyzed.mentions for word in words(mention.text)}
    names.update(word for mention in analyzed.mentions for word in mention.key.split())
    return names


def _title_vector(analyzed: AnalyzedArticle, names: set[str]) -> dict[str, float]:
    vector: dict[str, float] = {}
    for word in words(analyzed.article.title):
        if not word.isdigit() and word not in names and _key_of(word) not in names:
            vector[word] = rarity(word)
    return vector


def _lead_vector(analyzed: AnalyzedArticle) -> dict[str, float]:
    """The distinctive words of the organizations both the headline and the lead name.

    The lead is the first sentence of the body that does not repeat the headline; an
    organization named there and in the headline is what the article is about (a name
    only the lead gives, or only the headline, may be a passing mention or a tagger's
    slip).
    """
    title = analyzed.article.title.strip()
    lead = _lead_sentence(analyzed)
    if lead is None or not title:
        return {}
    headline = {_key_of(word) for word in words(title)} | set(words(title))
    vector: dict[str, float] = {}
    for mention in analyzed.mentions:
        if mention.kind is not EntityKind.ORGANIZATION:
            continue
        if not lead.start <= mention.span.start < lead.end:
            continue
        parts = [word for word in mention.key.split() if not word.isdigit()]
        if not parts or headline.isdisjoint(parts):
            continue
        distinct = [word for word in parts if rarity(word) >= _DISTINCT_NAME_RARITY]
        for word in distinct or [max(parts, key=rarity)]:
            vector[word] = 1.0
    return vector


def _headline_people(analyzed: AnalyzedArticle) -> dict[str, float]:
    """The keys of the people the headline names (by surname), each 1.

    Only keys that read as names: no word of the key is a common word or one the
    article writes in lower case ("Lindsay Lohan Checks Out" is the tagger's reading of
    a capitalised headline, not a person).
    """
    headline = set(words(analyzed.article.title))
    lower = {_stem(word) for word in _LOWER_WORD.findall(analyzed.article.text)}
    return {
        mention.key: 1.0
        for mention in analyzed.mentions
        if mention.kind is EntityKind.PERSON
        and mention.key.split()
        and mention.key.split()[-1] in headline
        and all(
            rarity(word) > _NAME_WORD_RARITY and _stem(word) not in lower
            for word in mention.key.split()
        )
    }


def _stem(word: str) -> str:
    """A word without an inflection's ending ("checks", "checked" -> "check")."""
    return _INFLECTION.sub("", word) if len(word) > _SHORTEST_INFLECTED else word


def rival_headline_people(left: StoryFeatures, right: StoryFeatures) -> bool:
    """Whether each headline names a person the other article never names.

    "Klitschko stops Rahman in Mannheim" and "Klitschko stops Thompson in Bern" share
    their champion and every word of what happened, but each headline's opponent is
    absent from the other report: two bouts, not one.
    """
    left_people = left.channels.get(HEADLINE_PEOPLE_CHANNEL)
    right_people = right.channels.get(HEADLINE_PEOPLE_CHANNEL)
    if not left_people or not right_people:
        return False
    left_named, right_named = named_words(left), named_words(right)
    return any(key.split()[-1] not in right_named for key in left_people) and any(
        key.split()[-1] not in left_named for key in right_people
    )


def named_words(features: StoryFeatures) -> set[str]:
    """Every word the article names or uses: its entity keys' words and its terms.

    What a lead organization is looked for in: a name the other article wrote but its
    tagger missed still counts as named.
    """
    channels = features.channels
    found = {word for key in channels.get("entities", {}) for word in key.split()}
    found.update(channels.get("t", {}))
    found.update(channels.get("title", {}))
    return found


def rival_leads(left: StoryFeatures, right: StoryFeatures) -> bool | None:
    """Whether two articles' leads name only organizations the other never names.

    None when a side names no organization in its lead (the rule has nothing to go on).
    """
    left_lead = left.channels.get(LEAD_CHANNEL)
    right_lead = right.channels.get(LEAD_CHANNEL)
    if not left_lead or not right_lead:
        return None
    return named_words(right).isdisjoint(left_lead) and named_words(left).isdisjoint(right_lead)


def _top(vector: Mapping[str, float], count: int) -> list[str]:
    return [key for key, _ in sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))[:count]]


def lead_text(analyzed: AnalyzedArticle) -> str:
    """The headline and first sentences: what the embedding model is given."""
    text = analyzed.article.text
    sentences = [text[span.start : span.end] for span in analyzed.sentences[:LEAD_SENTENCES]]
    if not sentences:
        sentences = [text[:1000]]
    return " ".join([analyzed.article.title.strip(), *sentences]).strip()


def story_features(
    analyzed: AnalyzedArticle, embedding: Sequence[float] | None = None
) -> StoryFeatures:
    """Build the clustering view of one analyzed article.

    Args:
        analyzed: the article's analysis.
        embedding: the sentence embedding of :func:`lead_text`, when a model is at hand.
    """
    names = _name_words(analyzed)
    codes = code_mentions(analyzed.article.text)
    terms = _term_vector(analyzed, names)
    days = _date_vector(analyzed)
    raw: dict[str, dict[str, float]] = {
        "t": terms,
        "title": _title_vector(analyzed, names),
        "n": _number_vector(analyzed, codes),
        "d": days,
        **_entity_vectors(analyzed),
    }
    raw[LEAD_CHANNEL] = _lead_vector(analyzed)
    raw[HEADLINE_PEOPLE_CHANNEL] = _headline_people(analyzed)
    raw[CODE_CHANNEL] = _code_vector(codes)
    raw[LEAD_CODE_CHANNEL] = _lead_code_vector(analyzed, codes)
    raw[ANCHOR_CHANNEL] = _anchor_vector(analyzed)
    channels = {
        name: vector
        for name in (
            *CHANNELS,
            LEAD_CHANNEL,
            HEADLINE_PEOPLE_CHANNEL,
            *CODE_CHANNELS,
            ANCHOR_CHANNEL,
        )
        if (vector := _normalized(raw.get(name, {})))
    }
    entities = raw["entities"]
    blocking = [f"e:{key}" for key in _top(entities, _BLOCKING_ENTITIES)]
    blocking.extend(f"t:{key}" for key in _top(terms, _BLOCKING_TERMS))
    article = analyzed.article
    return StoryFeatures(
        article.id, article.published, channels, _rounded_unit(embedding), tuple(blocking)
    )


def _rounded_unit(embedding: Sequence[float] | None) -> tuple[float, ...] | None:
    if embedding is None:
        return None
    norm = math.sqrt(sum(float(value) * float(value) for value in embedding))
    if norm == 0.0 or not math.isfinite(norm):
        return None
    return tuple(round(float(value) / norm, EMBEDDING_DECIMALS) for value in embedding)


def dot(left: Mapping[str, float], right: Mapping[str, float]) -> float:
    """Dot product of two sparse vectors (iterating over the smaller one)."""
    if len(left) > len(right):
        left, right = right, left
    return sum(value * right.get(key, 0.0) for key, value in left.items())


#: Texts given to the embedding model at once.
_ENCODE_BATCH = 256


def features_for(
    analyses: Sequence[AnalyzedArticle], encoder: Encoder | None
) -> list[StoryFeatures]:
    """Build the clustering views of many articles, embedding their leads in batches.

    Args:
        analyses: the analyzed articles.
        encoder: the sentence-embedding model, or None for the words-only path.
    """
    result: list[StoryFeatures] = []
    for start in range(0, len(analyses), _ENCODE_BATCH):
        batch = analyses[start : start + _ENCODE_BATCH]
        if encoder is None:
            result.extend(story_features(analyzed) for analyzed in batch)
            continue
        matrix = encoder.encode([lead_text(analyzed) for analyzed in batch])
        result.extend(
            story_features(analyzed, [float(value) for value in matrix[row]])
            for row, analyzed in enumerate(batch)
        )
    return result
