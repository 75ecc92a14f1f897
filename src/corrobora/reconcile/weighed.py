"""Which differences between two wordings are disagreements at all.

Two figures are weighed only when they quantify one thing (:func:`things_apart`): "two
counts of murder" and "one count of attempted murder" count two charges, "had worked
there for 15 years" and "for the second time in two months" time two things, and
"found four people" and "allowed one person to leave" count two groups. Hearsay
("reportedly", "according to reports") is weak sourcing, which the fact's confidence
shows, not a hedge that a plain statement disputes (:func:`hearsay_only`). A denial
told by someone the other report never names, who is named in it by a pronoun only,
is of an event its article told as background, not of the other report's event
(:func:`denied_by_a_stranger`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from ..extract.quantities import measure, singular
from ..model import Claim, Quantity, SourceKind
from .figures import unit_kind

__all__ = [
    "Quantified",
    "confirmed",
    "denied_by_a_stranger",
    "hearsay_only",
    "quantified",
    "things_apart",
]


@dataclass(frozen=True, slots=True)
class Quantified:
    """What a figure quantifies, as far as its words tell.

    ``of`` is the complement of the noun it counts ("two counts of attempted murder":
    "attempted murder"), else ""; ``window`` is true for a span of time within which
    something happened ("for the second time in two months"), not one it lasted;
    ``act`` is the verb of what the counted are let, told or made to do ("allowed one
    person to leave": "leave"), else "".
    """

    of: str = ""
    window: bool = False
    act: str = ""


_NOTHING_TOLD = Quantified()

#: The noun a figure counts and its "of" complement: "two counts of murder".
_OF_COMPLEMENT = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+)\s+of\s+"
    r"(?:(?:the|a|an|his|her|their|its|this|that|these|those)\s+)?"
    r"(?P<thing>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})",
    re.IGNORECASE,
)
#: Units of a span of time.
_SPAN_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
)
#: Before a span of time: words that make it the window something happened in.
_WINDOW_BEFORE = re.compile(
    r"\b(?:in|within|(?:in|over|during|within)\s+the\s+(?:past|last|previous|next|first|"
    r"coming|following))\s+(?:(?:about|around|nearly|almost|just|only|less\s+than|"
    r"more\s+than|under|over)\s+)?$",
    re.IGNORECASE,
)
#: A verb whose object is made the doer of a "to" clause after it: "allowed", "ordered".
_CONTROL = (
    r"\b(?:allow|permitt?|order|forc|told|tell|ask|urg|persuad|compell?|enabl|invit|"
    r"encourag|instruct|advis|warn|requir|pressur)(?:s|e|es|ed|ing)?"
)
#: Before a count: such a verb, with a hedge: "allowed only one person to leave".
_CONTROL_BEFORE = re.compile(
    _CONTROL + r"\s+(?:(?:only|just|about|around|some|nearly|almost|at\s+least|more\s+than)\s+)?$",
    re.IGNORECASE,
)
#: After a count: its noun and the verb of the "to" clause it is the doer of.
_TO_ACT_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?to\s+(?P<act>[a-z]+)\b", re.IGNORECASE)
#: After a count: its noun and such a verb in the passive: "two people were allowed to leave".
_TOLD_TO_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:was|were|(?:has|have|had)\s+been)\s+"
    + _CONTROL
    + r"\s+to\s+(?P<act>[a-z]+)\b",
    re.IGNORECASE,
)
#: Words after "to" that open a noun, not a verb: "ordered 200 troops to the border".
_NOT_VERBS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "my"}
    | {"our", "your", "him", "them", "us", "me", "it", "one", "each", "other", "another"}
)
#: How far before a figure the words that tell its role are read.
_REACH = 60


def _complement(text: str, end: int, unit: str) -> str:
    """The "of" complement of the noun of ``unit`` right after a figure, else "".

    A physical measure has none: "two tonnes of cocaine" and "three tonnes of the drug"
    weigh one substance, whatever word names it; "two counts of murder" names a kind.
    """
    if measure(unit) is not None:
        return ""
    found = _OF_COMPLEMENT.match(text, end)
    if found is None or singular(found.group("noun").lower()) != unit:
        return ""
    words = []
    for word in found.group("thing").lower().split():
        if word in STOP_WORDS:
            break
        words.append(word)
    return " ".join([*words[:-1], singular(words[-1])]) if words else ""


def _quantified(claim: Claim, quantity: Quantity) -> Quantified:
    """What one figure of ``claim`` quantifies (:class:`Quantified`)."""
    start = max(0, quantity.span.start - claim.span.start)
    end = max(0, quantity.span.end - claim.span.start)
    before = claim.text[max(0, start - _REACH) : start]
    to_act = _TOLD_TO_AFTER.match(claim.text, end)
    if to_act is None and _CONTROL_BEFORE.search(before):
        to_act = _TO_ACT_AFTER.match(claim.text, end)
    act = to_act.group("act") if to_act is not None else ""
    if not act.islower() or act in _NOT_VERBS:  # "to Kabul", "to the border"
        act = ""
    return Quantified(
        of=_complement(claim.text, end, quantity.unit.lower()),
        window=quantity.unit in _SPAN_UNITS and _WINDOW_BEFORE.search(before) is not None,
        act=act,
    )


@lru_cache(maxsize=8192)
def quantified(claim: Claim) -> Mapping[tuple[float, str], Quantified]:
    """What each figure of a claim quantifies, by value and unit kind (as figures are keyed).

    Figures of no told thing are left out: they are weighed as before.
    """
    found = {}
    for quantity in claim.quantities:
        told = _quantified(claim, quantity)
        if told != _NOTHING_TOLD:
            found[(quantity.value, unit_kind(quantity.unit))] = told
    return found


def things_apart(first: Quantified | None, second: Quantified | None) -> bool:
    """True when two figures quantify two things, so neither disputes the other.

    Two "of" complements apart ("counts of murder", "count of attempted murder") are
    two things; so are a window and a span that lasted ("in two months", "worked for
    15 years"), and a count of those let or made to do an act and any other count
    ("allowed one person to leave", "found four people").
    """
    left, right = first or _NOTHING_TOLD, second or _NOTHING_TOLD
    if left.of and right.of and left.of != right.of:
        return True
    return left.window != right.window or left.act != right.act


#: Words of belief: a clause held likely, not passed on ("is believed to have come").
_BELIEF = re.compile(r"\b(?:believ|thought|think|suspect|suppos|presum|fear)\w*", re.IGNORECASE)
#: A confirmation: "police confirmed", "a confirmed case".
_CONFIRMED = re.compile(r"\bconfirm(?:s|ed|ing|ation)?\b", re.IGNORECASE)
#: A confirmation denied or refused: "could not confirm", "declined to confirm".
_NOT_CONFIRMED = re.compile(
    r"(?:\b(?:not|never|unable\s+to|declined\s+to|refused\s+to)|n['’]t)\s+confirm", re.IGNORECASE
)


def hearsay_only(text: str) -> bool:
    """True when a reported wording passes a report on without a word of belief.

    "According to reports, Voss shot two co-workers" and "Voss reportedly shot two
    co-workers" cite hearsay; "the impurity is believed to have come from a solvent"
    holds it likely, a hedge.
    """
    return _BELIEF.search(text) is None


def confirmed(text: str) -> bool:
    """True when a wording states a confirmation ("police confirmed"), not its refusal."""
    return _CONFIRMED.search(text) is not None and _NOT_CONFIRMED.search(text) is None


_WORDS = re.compile(r"[a-z][a-z'’-]*")


def _named(key: str, text: str, terms: Collection[str]) -> bool:
    """True when a word of the name ``key`` is a word of ``text`` or one of ``terms``."""
    words = set(_WORDS.findall(text.lower())) | set(terms)
    return any(word in words for word in key.split())


def denied_by_a_stranger(denied: Claim, other: Claim, other_keys: Collection[str]) -> bool:
    """True when a denial's speaker is a stranger to the other report and its event.

    "She claimed the shootings 'didn't happen'", of a person its article named before
    in telling another event ("Earlier this year, Ada Quist was charged in a shooting
    in Velby"), denies nothing of "The shootings happened at the Dorrel bakery": the
    person credited is named in the denial by a pronoun only, the other article names
    no one of a word of that name, and the other wording names what the denial does not
    (the place of its event).
    """
    credit = denied.attribution
    if credit is None or credit.kind is not SourceKind.PERSON or not credit.source_key:
        return False
    speaker = credit.source_key
    if _named(speaker, denied.text, ()) or _named(speaker, other.text, other.terms):
        return False
    if any(_named(speaker, key, ()) for key in other_keys):
        return False
    return any(not _named(key, denied.text, denied.terms) for key in other.entity_keys)
