"""What caused something, as each report states it, and where reports differ.

The first question about a collapse, a crash or a fire is its cause, and reports
differ: "The collapse was caused by a barge striking one of the piers", "The collapse
was caused by structural fatigue in the main girders", "The cause of the collapse is
not yet known". Such sentences share little but the thing caused, so alignment alone
leaves them apart. A claim states a cause when it reads:

- "X was caused by Y" (also "triggered", "sparked", "started", hedged "may have been
  caused by"), "X was due to Y", "X was blamed on Y", "X was attributed to Y";
- "the cause of X was Y";
- "Y caused X";
- "N people died from Y" (or "of Y"): Y is the cause of the deaths;
- or that it is not known: "the cause of X is not yet known" (also "unknown",
  "unclear", "under investigation", "yet to be determined"), "it was not clear what
  caused X".

Two claims of one event that state the cause of one thing (their words for it share a
word: "the collapse", or one names the story's incident whatever its kind and the other
names it too: "the emergency" and "the runway excursion") are one fact
(:func:`same_thing_caused`). They conflict
(:func:`cause_conflict`) when their causes share no word, or when one says the cause
is not known and the other names one; a cause named in a report published later than
one that said it was not known updates that report.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from ..align.synonyms import synonym_term
from ..model import Claim, Conflict, ConflictKind, ConflictNature, Evidence
from ..ordering import utc

__all__ = ["Cause", "cause_conflict", "cause_of", "one_thing_caused", "same_thing_caused"]


@dataclass(frozen=True, slots=True)
class Cause:
    """A claim's statement of what caused something.

    ``thing`` and ``because`` are the content words of what was caused and of the
    cause; ``written`` is the cause as the claim words it ("" when not known).
    ``incident`` tells whether the thing is the story's incident, named whatever its
    kind ("any") or by its kind ("kind"; :func:`_incident`).
    """

    thing: frozenset[str]
    because: frozenset[str]
    written: str
    unknown: bool = False
    incident: str = ""


_PHRASE = r"[^,;:.!?\"“”]"
_THING = r"(?P<thing>(?:the|a|an|this|that|its|their|his|her)\s+" + _PHRASE + r"{2,80}?)"
_BECAUSE = r"(?P<because>" + _PHRASE + r"{3,120})"
_UNKNOWN_STATE = (
    r"(?:(?:still|as\s+yet)\s+)?"
    r"(?:not\s+(?:yet\s+)?(?:known|clear|established|determined|confirmed)|unknown|unclear|"
    r"under\s+investigation|being\s+investigated|(?:yet|still)\s+to\s+be\s+"
    r"(?:determined|established|confirmed))"
)
_HEDGE = (
    r"(?:(?:probably|likely|apparently|possibly|almost\s+certainly|"
    r"believed\s+to\s+have\s+been)\s+)?"
)
_BE = (
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|"
    r"(?:may|might|could|would|must)\s+have\s+been)"
)
#: "due to" followed by a verb tells when something is scheduled, not what caused it:
#: "the work is due to start in May", "the court is due to rule on Friday".
_NOT_SCHEDULED = (
    r"(?!\s+(?:be|begin|start|open|close|end|finish|take|arrive|leave|meet|visit|hold|"
    r"launch|expire|return|resume|sign|vote|announce|publish|report|speak|testify|appear|"
    r"deliver|complete|rule|decide|hear|go|come|make|give|enter|reopen|run|face|stand|"
    r"retire|step|travel|fly|land|depart|sail|play|host|release|present|submit|pay|"
    r"receive|join|become|stay|remain|continue|last|conclude|unveil|debate|consider)\b)"
)
#: Patterns in the order they are tried; ``unknown`` ones first, so "the cause of X is
#: not yet known" is no cause named "not yet known".
_UNKNOWN = (
    re.compile(
        r"\bcause\s+of\s+" + _THING + r"\s+(?:is|was|remains|remained|has\s+not\s+been|"
        r"had\s+not\s+been)\s+" + _UNKNOWN_STATE,
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:not\s+(?:yet\s+)?(?:known|clear)|unclear|unknown)\s+what\s+(?:had\s+)?caused\s+"
        + _THING
        + r"(?=\s*(?:[,;:.!?]|$))",
        re.IGNORECASE,
    ),
)
_KNOWN = (
    re.compile(
        r"\bcause\s+of\s+" + _THING + r"\s+(?:was|is|had\s+been|has\s+been)\s+" + _BECAUSE,
        re.IGNORECASE,
    ),
    *(
        re.compile(
            _THING + r"\s+" + _BE + r"\s+" + _HEDGE + verbs + r"\s+" + _BECAUSE, re.IGNORECASE
        )
        for verbs in (
            r"(?:caused|triggered|sparked|started)\s+by",
            r"(?:due\s+to" + _NOT_SCHEDULED + r"|blamed\s+on|attributed\s+to|the\s+result\s+of)",
        )
    ),
    re.compile(
        r"^\s*(?P<because>" + _PHRASE + r"{3,80}?)\s+(?:(?:probably|likely|apparently|may\s+have|"
        r"might\s+have)\s+)?caused\s+" + _THING + r"(?=\s*(?:[,;.]|$))",
        re.IGNORECASE,
    ),
)
#: A count of the dead and what they died of: "three people had died from heat-related
#: illness", "two residents died of smoke inhalation" (the cause of the deaths).
_DIED_OF = re.compile(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens|hundreds|thousands)(?:\s+[a-z-]+){0,2}?\s+(?:(?:have|had|has)\s+)?died\s+"
    r"(?:from|of)\s+" + _BECAUSE,
    re.IGNORECASE,
)
#: The thing a count of the dead tells the cause of: their deaths.
_DEATHS = frozenset({"death"})
_WORD = re.compile(r"[a-z][a-z'’-]*")
#: Words that say nothing of a cause or of the thing caused.
_EMPTY = frozenset(
    {"cause", "caused", "probably", "likely", "apparently", "possibly", "officials",
     "police", "said", "say", "says", "according", "yesterday", "today", "monday",
     "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
     "evening", "night", "afternoon", "earlier", "later"}
)  # fmt: skip


def _content(words: str) -> frozenset[str]:
    """The content words of a phrase, plural "s" dropped: "the main girders" -> girder, main.

    Words news uses for one thing are one word ("blast" and "explosion"; see
    :mod:`corrobora.align.synonyms`).
    """
    found = set()
    for word in _WORD.findall(words.lower()):
        if word in STOP_WORDS or word in _EMPTY or len(word) < 3:
            continue
        single = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
        found.add(synonym_term(single))
    return frozenset(found)


_GENERIC = frozenset({"accident", "incident", "emergency", "mishap", "disaster", "tragedy"})
"""Nouns that name an incident whatever its kind: the story's "the accident"."""
_KINDS = frozenset(
    {"crash", "collision", "excursion", "derailment", "collapse", "explosion", "blast",
     "fire", "blaze", "sinking", "capsizing", "outage", "blackout", "spill"}
)  # fmt: skip
"""Nouns that name a kind of mishap itself, not what followed it (no "delays")."""
_DEFINITE = re.compile(r"^(?:the|this|its)\s+[^\d]*$", re.IGNORECASE)


def _incident(thing: str) -> str:
    """How ``thing`` names the story's incident: "any", "kind" or "" (it does not).

    A definite phrase with no figure ("the 2019 crash" is another) names the incident
    when its last word does: "the emergency" names it whatever its kind ("any"), "the
    runway excursion" names a kind of mishap ("kind"). "the delays" names no incident.
    """
    words = _WORD.findall(thing.lower())
    if _DEFINITE.match(thing.strip()) is None or not words:
        return ""
    head = words[-1].removesuffix("s")
    return "any" if head in _GENERIC else "kind" if head in _KINDS else ""


#: Words that open an indirect question ("investigations into what caused the fire"):
#: a phrase that starts or ends with one asks for a cause and names none.
_QUESTION_WORDS = frozenset(
    {"what", "whatever", "which", "who", "whom", "whose", "how", "why", "where", "when"}
)
#: States of an inquiry, not causes: "an investigation into the cause of the fire was
#: under way", "inquiries into the cause are ongoing".
_INQUIRY_STATE = re.compile(
    r"(?:(?:still|now|already)\s+)?(?:under\s*way|ongoing|continuing|in\s+progress|"
    r"pending|launched|opened|started|begun|beginning)\b",
    re.IGNORECASE,
)
#: Words before "cause" that make it the object of an inquiry, not the subject of "was":
#: "an investigation into the cause of the fire was under way".
_CAUSE_AS_OBJECT = re.compile(
    r"\b(?:into|about|over|on|for|investigat\w*|prob\w*|determin\w*|establish\w*)\s+"
    r"(?:the\s+|a\s+|its\s+)?(?:possible\s+|likely\s+|exact\s+)?$",
    re.IGNORECASE,
)


def _names_no_cause(written: str) -> bool:
    """True when a phrase read as a cause asks for one or tells a state of an inquiry."""
    words = _WORD.findall(written.lower())
    if not words or words[0] in _QUESTION_WORDS or words[-1] in _QUESTION_WORDS:
        return True
    return _INQUIRY_STATE.match(written.strip()) is not None


def _cause_in_object(text: str, match: re.Match[str]) -> bool:
    """True when the "cause" a pattern starts at is what an inquiry is into, not a subject."""
    return _CAUSE_AS_OBJECT.search(text[: match.start()]) is not None


@lru_cache(maxsize=4096)
def cause_of(claim: Claim) -> Cause | None:
    """The cause a claim states or says is not known, else None (see the module).

    A negated claim ("was not caused by a barge") names no cause: that is a denial,
    weighed as a negation.
    """
    text = claim.text
    for pattern in _UNKNOWN:
        match = pattern.search(text)
        if match is not None:
            thing, incident = _content(match.group("thing")), _incident(match.group("thing"))
            return Cause(thing, frozenset(), "", True, incident) if thing else None
    if claim.negated:
        return None
    for pattern in _KNOWN:
        match = pattern.search(text)
        if match is None:
            continue
        written = match.group("because").strip()
        if _names_no_cause(written) or (pattern is _KNOWN[0] and _cause_in_object(text, match)):
            continue
        thing, because = _content(match.group("thing")), _content(written)
        if thing and because and not re.match(_UNKNOWN_STATE, written, re.IGNORECASE):
            return Cause(thing, because, written, incident=_incident(match.group("thing")))
    died = _DIED_OF.search(text)
    if died is not None:  # "three people had died from heat-related illness": the deaths'
        written = died.group("because").strip()
        because = _content(written.replace("-", " "))  # "heat-related": of the heat
        return Cause(_DEATHS, because, written) if because else None
    return None


def same_thing_caused(a: Claim, b: Claim) -> bool:
    """True when claims of two articles state the cause of one thing (see the module)."""
    return a.article_id != b.article_id and one_thing_caused(cause_of(a), cause_of(b))


def one_thing_caused(first: Cause | None, second: Cause | None) -> bool:
    """True when two causes read from claims are causes of one thing ("the collapse").

    Their words for the thing share a word, or one names the story's incident whatever
    its kind ("the emergency") and the other names it too ("the runway excursion";
    :func:`_incident`); two kinds ("the collapse", "the fire") are two things. Neither
    may be the other's cause: "the accident was caused by an explosion" and "the
    explosion was caused by a gas leak" tell a chain of causes.
    """
    if first is None or second is None:
        return False
    if first.thing & second.thing:
        return True
    chained = first.because & second.thing or second.because & first.thing
    incidents = {first.incident, second.incident}
    return "any" in incidents and "" not in incidents and not chained


def _named(cause: Cause) -> str:
    return f"'{cause.written}'" if not cause.unknown else "not known"


def cause_conflict(
    a: Claim, b: Claim, published: Mapping[str, datetime | None] | None = None
) -> Conflict | None:
    """A ``cause`` conflict when two claims give different causes of one thing.

    Causes differ when they share no content word, or when one report says the cause
    is not known and the other names one. A cause named in a report published later
    than the one that said it was not known updates it.
    """
    if not same_thing_caused(a, b):
        return None
    first, second = cause_of(a), cause_of(b)
    assert first is not None and second is not None
    if first.unknown and second.unknown:
        return None
    if not first.unknown and not second.unknown and first.because & second.because:
        return None
    nature = ConflictNature.DISAGREEMENT
    if published is not None and first.unknown != second.unknown:
        unknown, known = (a, b) if first.unknown else (b, a)
        said, named = published.get(unknown.article_id), published.get(known.article_id)
        if said is not None and named is not None and utc(said) < utc(named):
            nature = ConflictNature.UPDATE
    return Conflict(
        ConflictKind.CAUSE,
        f"cause {_named(first)} vs {_named(second)}",
        (
            Evidence(a.article_id, a.span, a.text),
            Evidence(b.article_id, b.span, b.text),
        ),
        nature,
    )
