"""When two claims' predicates state one thing, and when they state opposites.

A claim's predicate (:attr:`corrobora.model.Claim.predicate`) is a lemma. Reports word
one event with different verbs ("the recall will begin on March 3" against "will start
on March 4"), and a few verbs are the opposite of others ("the assembly passed the
bill" against "rejected the bill"). The classes below are the verbs news uses for the
same act; the opposites are pairs of classes that cannot both be true of one act
("may sell the unit" against "intends to keep the unit").

Two kinds of class are wide: a change of an amount is one act whichever verb of its
direction a report uses ("may reduce the risk" against "cuts the risk", "raises
prices" against "increases prices"), and so is a finding ("the benefit was seen"
against "found no benefit", "observed", "detected", "recorded"): each states one thing
of what was found, so a hedge or a denial of one is weighed against the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..inflection import inflects

__all__ = [
    "act_phase",
    "existence_predicates",
    "finding_predicate",
    "inflects",
    "light_predicate",
    "one_motion",
    "one_use",
    "opposite_predicates",
    "opposite_qualities",
    "planned_predicate",
    "predicate_class",
    "quality_words",
    "same_predicate_class",
    "takes_place_predicate",
]

_CLASSES: tuple[frozenset[str], ...] = tuple(
    frozenset(word.strip() for word in words.split(","))
    for words in (
        # a fire or a fight "broke out" when it started
        "begin, start, commence, break out",
        "end, finish, conclude",
        "kill, die",
        "injure, hurt, wound",
        "arrest, detain, capture, apprehend",
        # hostages "were released" or "were freed": one act
        "release, free, liberate",
        "foil, thwart, repulse, avert",
        "nominate, name, pick, choose, appoint, select",
        "resign, quit, step down",
        "sack, fire, dismiss, oust",
        # a club "picked up" or "re-signed" a player: it signed him
        "sign, re-sign, pick up",
        "cut, eliminate, shed, slash, axe, reduce, lower, decrease, lessen, trim, curb",
        "increase, raise, boost, hike",
        # a count said to have risen to a level or reached it: "have risen to 27",
        # "have reached 43"
        "rise, climb, reach, grow, mount",
        "find, see, observe, detect, identify, record, notice, spot, discover, show, confirm",
        "pass, approve, adopt",
        "reject, defeat",
        "win",
        "lose",
        "accept",
        "refuse, decline",
        "convict",
        "acquit",
        "open, reopen, re-open",
        "close, shut",
        "learn, brief, inform",
        "sell, divest, offload",
        "keep, retain",
    )
)
_CLASS_OF = {word: min(members) for members in _CLASSES for word in members}
_OPPOSITES = frozenset(
    frozenset((_CLASS_OF[a], _CLASS_OF[b]))
    for a, b in (
        ("pass", "reject"),
        ("win", "lose"),
        ("accept", "reject"),
        ("accept", "refuse"),
        ("convict", "acquit"),
        ("open", "close"),
        ("resign", "sack"),
        ("increase", "cut"),
        ("sell", "keep"),
    )
)


def predicate_class(predicate: str) -> str:
    """The name of the class of verbs ``predicate`` belongs to, or the predicate itself."""
    return _CLASS_OF.get(predicate, predicate)


def same_predicate_class(a: str, b: str) -> bool:
    """True when two non-empty predicates state one act ("begin", "start")."""
    return bool(a) and bool(b) and predicate_class(a) == predicate_class(b)


_PARTICLE = r"(?:off|onto|into|out\s+of|across|over|through|down|along|past)"
#: A verb, a particle of direction and the noun of its object: "skidded off the runway".
_MOTION = re.compile(
    rf"\b(?P<verb>[a-z]+)\s+(?P<particle>{_PARTICLE})\s+"
    r"(?:(?:the|a|an|its|their|his|her)\s+)?(?P<object>[a-z][a-z-]*)",
    re.IGNORECASE,
)


@lru_cache(maxsize=16_384)
def _motions(predicate: str, text: str, terms: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """The (particle, object) pairs that follow the predicate's verb in ``text``.

    The verb is the predicate inflected ("skidded" of "skid") or, for an irregular form
    ("ran" of "run"), a word that is no form of any other term of the wording: "pushed
    the jet off the runway" does not read "jet off the runway". Cached: a story weighs
    each claim against every other one.
    """
    others = [t for t in terms if t != predicate]
    found = set()
    for match in _MOTION.finditer(text):
        verb = match.group("verb").lower()
        regular = inflects(predicate, verb)
        if regular or (predicate and not any(inflects(t, verb) for t in others)):
            particle = " ".join(match.group("particle").lower().split())
            found.add((particle, match.group("object").lower().removesuffix("s")))
    return frozenset(found)


def one_motion(
    first: tuple[str, str, Iterable[str]], second: tuple[str, str, Iterable[str]]
) -> bool:
    """True when two wordings (predicate, text, terms) tell one act by verb, particle, object.

    News words one movement with different verbs but the same particle and object:
    "skidded off the runway", "ran off the runway" and "veered off the runway" are one
    act, as are "slid off the road" and "ran off the road".
    """
    motions = _motions(first[0], first[1], tuple(first[2]))
    return bool(motions) and bool(motions & _motions(second[0], second[1], tuple(second[2])))


#: Verbs of using a thing, whatever it is: "police did not use tear gas", "deployed".
_USE = frozenset({"use", "employ", "deploy"})
#: Verbs that tell one use of a weapon: "police fired tear gas", "shot rubber bullets".
_DISCHARGE = frozenset({"fire", "shoot", "launch", "lob"})
#: Things a weapon discharges, or the weapons: what "fire" and "use" share as object.
_FIRED = frozenset(
    {
        "gas",
        "bullet",
        "round",
        "shell",
        "missile",
        "rocket",
        "grenade",
        "cannon",
        "canister",
        "flare",
        "projectile",
        "ammunition",
        "weapon",
        "gun",
        "firearm",
        "rifle",
        "spray",
        "dart",
        "taser",
    }
)
#: How many words apart a verb and the noun of its object may be ("fire tear gas",
#: "tear gas was used", "did not use any tear gas").
_OBJECT_REACH = 4
_CLAUSE_WORDS = re.compile(r"[a-z]+|[,;:.]")


def _used_things(verbs: frozenset[str], text: str) -> set[str]:
    """The weapons or munitions written next to a form of one of ``verbs`` in ``text``.

    The noun may follow the verb ("fired tear gas") or come before it, as in a passive
    ("tear gas was used"); a comma or full stop between them ends the reach.
    """
    words = _CLAUSE_WORDS.findall(text.lower())
    found = set()
    for i, word in enumerate(words):
        if not any(_verb_form(verb, word) for verb in verbs):
            continue
        for side in (
            words[i + 1 : i + 1 + _OBJECT_REACH],
            words[max(0, i - _OBJECT_REACH) : i][::-1],
        ):
            for near in side:
                if near in ",;:.":
                    break
                found |= {near, near.removesuffix("s")} & _FIRED
    return found


def _verb_form(verb: str, word: str) -> bool:
    """True when ``word`` is a form of ``verb``, its irregular past included ("shot")."""
    return inflects(verb, word) or (verb == "shoot" and word == "shot")


def one_use(denied: tuple[str, str], other: str) -> bool:
    """True when two wordings tell one use of one weapon with two verbs.

    "Police did not use tear gas" (or "denied that tear gas was used") and "saw police
    fire tear gas" state one act: to fire a weapon is to use it. ``denied`` is the
    (predicate, text) of a wording whose own verb is one of using or firing; ``other``
    is a text that writes the other verb anywhere ("saw police fire tear gas"). Both
    must name one weapon or munition next to their verb: "did not use force" says
    nothing of a gun fired, nor "fired the coach" of tear gas.
    """
    predicate, text = denied
    if predicate in _USE:
        own, others = _USE, _DISCHARGE
    elif predicate in _DISCHARGE:
        own, others = _DISCHARGE, _USE
    else:
        return False
    return bool(_used_things(own, text) & _used_things(others, other))


#: Verbs that give an event as planned for a day: "talks are scheduled for Friday",
#: "the vote is set for May 4", "a hearing is planned on Monday".
_PLANNED = frozenset({"schedule", "plan", "set", "slate", "fix", "due", "expect"})
#: Verbs that date when an event takes place, planned or held: "talks will resume on
#: Thursday", "the talks are scheduled for Friday", "the summit opens on May 2".
_TAKING_PLACE = _PLANNED | frozenset(
    {"hold", "resume", "reconvene", "convene", "meet", "begin", "start", "open", "take"}
)


def planned_predicate(predicate: str) -> bool:
    """True for a verb that gives an event as planned, not done ("scheduled")."""
    return predicate in _PLANNED


#: Verbs that say little without their object: "we are not done yet", "would do
#: whatever it takes", "it has".
_LIGHT = frozenset({"do", "be", "have", "get", "go", "make", "take"})


def light_predicate(predicate: str) -> bool:
    """True for a verb whose meaning lies in its object ("do", "make", "take")."""
    return predicate in _LIGHT


def takes_place_predicate(predicate: str) -> bool:
    """True for a verb that dates when an event takes place ("scheduled", "resume")."""
    return predicate in _TAKING_PLACE


def opposite_predicates(a: str, b: str) -> bool:
    """True when two predicates state opposite acts ("pass" against "reject")."""
    return frozenset((predicate_class(a), predicate_class(b))) in _OPPOSITES


#: The classes of verbs that open something and that close it: the two ends of one span.
_STARTS = frozenset({"begin", "open"})
_ENDS = frozenset({"end", "close"})
#: A verb of starting before the act it starts: "began to cast their ballots",
#: "started voting", "commenced counting".
_STARTED_ACT = re.compile(
    r"\b(?:began|begun|begins?|beginning|start(?:s|ed|ing)?|commenc(?:e|es|ed|ing))"
    r"\s+(?:to\s+[a-z]|[a-z]+ing\b)",
    re.IGNORECASE,
)
#: The same for ending: "finished counting", "ceased operating", "stopped voting".
_ENDED_ACT = re.compile(
    r"\b(?:end(?:s|ed)?|finish(?:es|ed)?|ceas(?:e|es|ed)|stop(?:s|ped)?)\s+[a-z]+ing\b",
    re.IGNORECASE,
)

#: Any verb of starting or of ending, wherever it stands in a wording.
_START_WORD = re.compile(
    r"\b(?:open(?:s|ed)?|began|begun|begins?|start(?:s|ed)?|commenc(?:e|es|ed))\b", re.IGNORECASE
)
_END_WORD = re.compile(
    r"\b(?:clos(?:e|es|ed)|shut|end(?:s|ed)?|finish(?:es|ed)?|ceas(?:e|es|ed))\b", re.IGNORECASE
)


def act_phase(predicate: str, text: str) -> str:
    """Which end of a span a wording tells: "start", "end" or "" (neither, or both).

    "Polls opened at 7 a.m." and "voters began to cast their ballots" tell a start,
    "booths were closed at 6 p.m." and "the vote ended" an end: two times of one day
    they give are the two ends of one span, not two values of one time.
    """
    kind = predicate_class(predicate)
    starts = kind in {_CLASS_OF[word] for word in _STARTS} or bool(_STARTED_ACT.search(text))
    ends = kind in {_CLASS_OF[word] for word in _ENDS} or bool(_ENDED_ACT.search(text))
    if starts and not ends:
        ends = _END_WORD.search(text) is not None  # "opened at 7 and closed at 8"
    elif ends and not starts:
        starts = _START_WORD.search(text) is not None
    if starts == ends:
        return ""
    return "start" if starts else "end"


_FINDING = frozenset(
    [
        "find",
        "discover",
        "detect",
        "uncover",
        "identify",
        "record",
        "register",
        "report",
        "document",
        "observe",
        "notice",
        "spot",
        "occur",
        "happen",
    ]
)
"""Verbs that assert a thing exists: it was found, reported, or it occurred."""

#: An existential "there is": "there were", "there had been", "there will be no".
_EXISTENTIAL = re.compile(
    r"\bthere\s+(?:(?:has|have|had|will|would|could|may|might|must)\s+)?"
    r"(?:(?:not|never)\s+)?(?:is|are|was|were|be|been)\b|\bthere['’]s\b",
    re.IGNORECASE,
)


def finding_predicate(predicate: str) -> bool:
    """True for a verb that asserts a thing exists ("found", "detected", "occurred")."""
    return predicate in _FINDING


def existence_predicates(
    first: str, first_text: str, second: str, second_terms: Iterable[str]
) -> bool:
    """True when one wording says whether a thing exists and the other that it was found.

    ``first`` is the noun of an existential ("there had been no irregularities" gives
    "irregularity") and ``second`` a verb of finding or occurring whose wording names that
    noun ("irregularities had been found"): both state whether the thing was there, so a
    negation of one against the other is a denial of the same thing.
    """
    return (
        second in _FINDING
        and first not in _FINDING
        and first in set(second_terms)
        and _EXISTENTIAL.search(first_text) is not None
    )


_QUALITIES: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(left.split()), frozenset(right.split()))
    for left, right in (
        ("mandatory compulsory imposed", "voluntary optional advisory advised"),
        ("peaceful", "violent"),
        ("legal lawful", "illegal unlawful"),
        ("permanent", "temporary"),
        ("deliberate intentional", "accidental"),
        ("guilty", "innocent"),
        ("emergency", "precautionary"),
    )
)
"""Qualities news states of one thing that cannot both hold: a "mandatory" evacuation
is no "voluntary" one, an "emergency" landing no "precautionary" one."""


#: An act said to be imposed on whoever does it: "the recall was ordered by the
#: regulator", "the company was forced to recall", "were required to leave".
_IMPOSED = re.compile(
    r"\b(?:was|were|been|is|are|being)\s+(?:ordered|forced|required|compelled)\b", re.IGNORECASE
)


#: An act only advised: "residents were advised to leave", "were urged to leave".
_ADVISED = re.compile(
    r"\b(?:was|were|been|is|are|being)\s+(?:advised|urged|encouraged|asked)\s+to\b",
    re.IGNORECASE,
)


def quality_words(terms: Iterable[str], text: str) -> frozenset[str]:
    """A wording's terms, with "imposed" or "advised" when it says how its act came.

    "The recall was ordered by the regulator" then states the opposite quality of
    "the recall is voluntary", and "residents were ordered to leave" of "were advised
    to leave" (:func:`opposite_qualities`); the noun "an evacuation order" does not,
    since "a voluntary evacuation order" is one.
    """
    found = frozenset(terms)
    if _IMPOSED.search(text):
        found |= {"imposed"}
    if _ADVISED.search(text):
        found |= {"advised"}
    return found


def opposite_qualities(terms_a: Iterable[str], terms_b: Iterable[str]) -> tuple[str, str] | None:
    """The two opposite qualities two wordings state, one each, else None.

    Each wording must state its quality and not the other's: "a mandatory evacuation"
    against "a voluntary evacuation order" gives ("mandatory", "voluntary").
    """
    first, second = set(terms_a), set(terms_b)
    for left, right in _QUALITIES:
        for one, other in ((left, right), (right, left)):
            said, opposed = first & one, second & other
            if said and opposed and not first & other and not second & one:
                return min(said), min(opposed)
    return None
