"""Pairs of claims that state different things, however many words they share.

Term and embedding similarity meet on names and topic words; these tests keep apart
what such scores cannot see: two claims naming different identifiers (batch, flight or
model numbers), a step still awaited against the same step reported done, and two
claims that share only names while saying unrelated things of them, a record's
size against another's count of its unit (:mod:`corrobora.align.records`), and how long
one act lasted on its way to two different outcomes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..extract.quantities import clock_unit
from ..model import Claim, Modality
from .records import record_and_other_count
from .similarity import ENTITY_PREFIX, writes_lemma
from .synonyms import synonym_term, synonym_words

__all__ = [
    "IDENTIFIER",
    "counts_in_two_states",
    "denies_another_act",
    "different_identifiers",
    "figures_of_two_people",
    "names_only_apart",
    "only_in_relative_clause",
    "opposite_qualifiers",
    "pending_and_done",
    "timed_toward_one_end",
    "timed_toward_other_ends",
    "times_of_a_count_and_an_act",
    "told_apart",
]

#: A code of capitals and digits: "HC-2604", "MH17", "F-35", "H5N1" (not "2nd", "5pm").
IDENTIFIER = re.compile(r"\b[A-Z][A-Z0-9]*-?\d[A-Z0-9]*(?:-\d+)?\b")
#: Words that give a step as still to come: "still waiting for", "yet to", "pending".
_PENDING = re.compile(
    r"\b(?:waiting\s+for|awaiting|awaits|await|yet\s+to|pending|not\s+yet)\b", re.IGNORECASE
)
#: Below this embedding cosine, claims that share only names say different things.
_NAMES_ONLY_SEMANTIC = 0.5
#: Words that open a relative clause: what follows describes a thing the claim names
#: ("the company which manages restaurant cars"), not the act the claim tells.
_RELATIVE = frozenset({"which", "who", "whom", "whose"})
#: Marks that close a relative clause set off by commas ("the ferry, which ..., sank").
_CLAUSE_MARKS = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
_WORDS = re.compile(r"[a-z]+")
#: A clock time a count is taken at: "as of 4:00 p.m.", "as at 11 am", "as of noon".
_COUNT_MOMENT = re.compile(
    r"\bas\s+(?:of|at)\s+(?:about\s+|around\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|h\b|gmt|utc)"
    r"|\d{1,2}[:.]\d\d|\d{4}\s*(?:gmt|utc|hours|hrs)|noon|midday|midnight)",
    re.IGNORECASE,
)


def identifiers(claim: Claim) -> frozenset[str]:
    """The codes a claim names ("HC-2604"), in capitals without hyphens."""
    return frozenset(m.group().replace("-", "") for m in IDENTIFIER.finditer(claim.text))


def different_identifiers(first: Claim, second: Claim) -> bool:
    """True when both claims name codes and share none of them.

    "Batch HC-2604 was recalled" and "the recall widened to batch HC-2618" share the
    recall but not the batch: one is no support for the other's details.
    """
    left, right = identifiers(first), identifiers(second)
    return bool(left) and bool(right) and not left & right


def pending(claim: Claim) -> bool:
    """True when a claim gives what it tells of as still awaited."""
    return _awaits(claim.text)


@lru_cache(maxsize=8192)
def _awaits(text: str) -> bool:
    """True when a text gives a step as still to come (once per wording, not per pair)."""
    return _PENDING.search(text) is not None


def pending_and_done(first: Claim, second: Claim) -> bool:
    """True when one claim awaits a step the other, firmly and not negated, reports.

    "Officials were still waiting for the test results" and "tests have confirmed the
    link" are two states of the matter, not one fact: a later report that the step is
    done must not corroborate the wording that it is pending.
    """
    if pending(first) == pending(second):
        return False
    done = second if pending(first) else first
    return not done.negated and done.modality is Modality.ASSERTED


def denies_another_act(first: Claim, second: Claim) -> bool:
    """True when one claim denies an act that leads to the act the other states.

    "The prime minister did not ask Ms Varrin to resign" and "Elsa Varrin resigned on
    Monday" share the names and the resignation, but the one denies the asking, the
    other reports the resigning: a resignation is no support for the denial, and a
    denial is weighed (as a negation) only against the act it denies. A denial in
    another verb of the same finding ("found no benefit" against "the benefit was
    seen") names no act of the other's and is still weighed against it.
    """
    if first.negated == second.negated or not first.predicate or not second.predicate:
        return False
    denial, other = (first, second) if first.negated else (second, first)
    if synonym_term(denial.predicate) == synonym_term(other.predicate):
        return False
    return denial.predicate not in other.terms and other.predicate in denial.terms


def names_only_apart(shared: set[str], semantic: float | None) -> bool:
    """True when claims share only names and their meanings do not meet either.

    "4,000 people from Tullsby were told to leave" and "schools in Tullsby are closed"
    share the place and nothing said of it; headlines of one event worded apart
    ("X to host the Oscars", "X returns as Oscars emcee") share only names too, but
    their embeddings meet, so the embedding cosine decides.
    """
    if not shared or semantic is None or semantic >= _NAMES_ONLY_SEMANTIC:
        return False
    return all(term.startswith(ENTITY_PREFIX) for term in shared)


@lru_cache(maxsize=8192)
def _relative_clause_words(text: str, verb: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of ``text`` outside relative clauses after its verb, and those inside.

    A relative clause runs from "which", "who" or "whose" to the next comma or dash,
    or to the end of the text. One before the claim's verb ("adults who cycle to work
    may lower their blood pressure") may run into the act told, and is not read.
    """
    outside: set[str] = set()
    inside: set[str] = set()
    seen_verb = False
    for part in _CLAUSE_MARKS.split(text.lower()):
        words = _WORDS.findall(part)
        at = len(words)
        for n, word in enumerate(words):
            if seen_verb and n and word in _RELATIVE:
                at = n
                break
            seen_verb = seen_verb or writes_lemma(verb, frozenset((word,)))
        outside.update(words[:at])
        inside.update(words[at + 1 :])
    return frozenset(outside), frozenset(inside)


def only_in_relative_clause(term: str, claim: Claim) -> bool:
    """True when the claim writes the plain-word ``term`` only in a relative clause.

    "The robbers escaped with 60,000 euros from the company which manages restaurant
    cars" tells of an escape, not of cars: "cars" describes the company, so a claim
    that shares the escape and the cars ("escaped in another car") shares one word of
    the act told, not two. Only a clause after the claim's verb is read; a term never
    found written (an irregular form) is not in one.
    """
    verb = claim.predicate.split(" ")[0]
    if not verb:
        return False
    outside, inside = _relative_clause_words(claim.text, verb)
    forms = synonym_words(term)
    return any(writes_lemma(form, inside) for form in forms) and not any(
        writes_lemma(form, outside) for form in forms
    )


def one_name_other_acts(first: Claim, second: Claim, shared: set[str]) -> bool:
    """True when claims share one name and no other term, and state different acts.

    "They had flown with Aurelis in the past two years" and "Nobody from Aurelis has
    told me anything" share the airline and nothing said of it, however near their
    embeddings: one name is a topic, and flying is not telling. Two names shared
    ("X to host the Oscars", "X returns as Oscars emcee") are left to the scores.
    """
    if len(shared) != 1 or not next(iter(shared)).startswith(ENTITY_PREFIX):
        return False
    if not first.predicate or not second.predicate:
        return False
    return synonym_term(first.predicate) != synonym_term(second.predicate)


@lru_cache(maxsize=8192)
def _count_states(claim: Claim) -> frozenset[tuple[str, str]]:
    """The (unit kind, state) of each count the claim tells in a state ("were trapped")."""
    # read lazily: the figure rules live in ``reconcile``, which imports this package
    from ..reconcile.figures import told_state, unit_kind

    return frozenset(
        (unit_kind(q.unit), state)
        for q in claim.quantities
        if q.unit and (state := told_state(claim, q))
    )


def counts_in_two_states(first: Claim, second: Claim) -> bool:
    """True when both claims count one kind of thing, each in its own state only.

    "Seven employees were trapped near the shooter" and "three other employees
    wounded" count employees trapped and employees wounded: two sets, never one
    measure, however near their words; "two employees were hurt" and "three
    employees were wounded" tell one state (the injured) and stay comparable.
    """
    left, right = _count_states(first), _count_states(second)
    if not left or not right:
        return False
    kinds = {kind for kind, _ in left} & {kind for kind, _ in right}
    return any(
        {s for k, s in left if k == kind}.isdisjoint({s for k, s in right if k == kind})
        for kind in kinds
    )


def figures_of_two_people(first: Claim, second: Claim) -> bool:
    """True when both claims give figures of one kind, each told of someone else.

    "Hansbrough finished with 20 points and nine rebounds" and "Vaughn finished with
    16 points and nine rebounds" are two players' stat lines: two facts, however alike
    their words. Every kind of figure both give must be told of two people only (no
    pair of figures whose owners meet: :func:`~corrobora.reconcile.figures.owners_meet`),
    each owner a name its own claim gives and the other does not
    (:func:`_names_only_own`): "was sentenced on Tuesday to six years" reads no one.
    """
    from ..reconcile.figures import claim_figures, owners_meet, unit_kind  # as above

    left, right = claim_figures(first), claim_figures(second)
    pairs = [
        (x, y) for x in left for y in right if x.unit and unit_kind(x.unit) == unit_kind(y.unit)
    ]
    return bool(pairs) and not any(
        owners_meet(x, y)
        or not _names_only_own(x.owner or x.subject, first, second)
        or not _names_only_own(y.owner or y.subject, second, first)
        for x, y in pairs
    )


def _name_words(claim: Claim) -> frozenset[str]:
    """The words of the names a claim gives ("tyler", "hansbrough")."""
    return frozenset(word for key in claim.entity_keys for word in key.split())


def _names_only_own(owner: str, claim: Claim, other: Claim) -> bool:
    """True when ``owner`` is a word of a name ``claim`` gives and ``other`` does not."""
    return bool(owner) and owner in _name_words(claim) and owner not in _name_words(other)


#: Qualifiers of a noun that exclude each other: "national observers" are no
#: "foreign observers", "domestic flights" no "international flights".
_QUALIFIER_SIDES: tuple[frozenset[str], frozenset[str]] = (
    frozenset({"national", "domestic", "local"}),
    frozenset({"foreign", "international", "overseas"}),
)
_QUALIFIED = re.compile(
    r"\b(?P<side>national|domestic|local|foreign|international|overseas)\s+"
    r"(?P<noun>[a-z]{3,})",
    re.IGNORECASE,
)


#: Nouns a qualifier sorts without making two facts: who reports a thing ("local
#: media reported", "foreign media reported") or a clock ("local time").
_UNSORTED_NOUNS = frozenset(
    {"media", "press", "news", "report", "outlet", "journalist", "reporter", "agency"}
    | {"agencies", "time", "newspaper", "paper", "broadcaster", "television", "tv"}
)


@lru_cache(maxsize=8192)
def _qualified_nouns(text: str) -> frozenset[tuple[int, str]]:
    """(side, noun) of each noun a qualifier of either side writes before it."""
    found: set[tuple[int, str]] = set()
    for match in _QUALIFIED.finditer(text):
        side = 0 if match.group("side").lower() in _QUALIFIER_SIDES[0] else 1
        noun = match.group("noun").lower()
        if noun not in _UNSORTED_NOUNS and noun.removesuffix("s") not in _UNSORTED_NOUNS:
            found.add((side, noun.removesuffix("s")))
    return frozenset(found)


def opposite_qualifiers(first: Claim, second: Claim) -> bool:
    """True when the claims qualify one noun with qualifiers that exclude each other.

    "The elections will be monitored by national observers" and "foreign observers
    monitor the elections" tell of two sets of observers: one is no support for the
    other. A claim that writes both qualifiers of the noun ("national and foreign
    observers") excludes neither.
    """
    left, right = _qualified_nouns(first.text), _qualified_nouns(second.text)
    for side, noun in left:
        if (1 - side, noun) in right and (1 - side, noun) not in left and (side, noun) not in right:
            return True
    return False


def _gives_clock(claim: Claim) -> bool:
    """True when the claim gives a time of day ("13:00 GMT", "6 p.m. local time")."""
    return any(q.unit and clock_unit(q.unit) for q in claim.quantities)


def times_of_a_count_and_an_act(first: Claim, second: Claim) -> bool:
    """True when both give a clock time, one the moment a count was taken, one an act's.

    "Some 2.44 million people cast their ballots as of 4:00 p.m." times a count of
    the voters so far; "voters began to cast their ballots at 8:00 am" times the
    opening of the vote: two facts, not one time the sources disagree on.
    """
    if not _gives_clock(first) or not _gives_clock(second):
        return False
    return (_COUNT_MOMENT.search(first.text) is None) != (_COUNT_MOMENT.search(second.text) is None)


#: Units of the span of an act: how long a deliberation, a search or talks lasted.
_SPAN_UNITS = frozenset({"second", "minute", "hour", "day", "week"})
#: After a span's figure: its unit and the act it measures ("hours of deliberation",
#: "12-hour deliberation"); up to three words, ending before a mark or a joining word.
_SPAN_OF = re.compile(
    r"^(?:-|\s+)[a-z]+\s+(?P<of>of\s+)?(?P<act>(?:[a-z]+\s+){0,2}[a-z]+)", re.IGNORECASE
)
#: How near a span's figure is: "more than", "about", "just over".
_NEAR = (
    r"(?:(?:about|around|nearly|almost|roughly|some|over|just|under|more\s+than|less\s+than"
    r"|at\s+least|another)\s+){0,2}"
)
#: Before a span's figure: a verb and "for" ("deliberated his fate for"), or a verb
#: right before it ("deliberated about 12 hours").
_SPAN_FOR = re.compile(
    r"(?:(?P<act>(?:[\w'’]+\s+){1,4})for\s+|\b(?P<verb>[a-z]+(?:ed|ing))\s+)" + _NEAR + "$",
    re.IGNORECASE,
)
#: After a span's figure: its unit and words that set it off another time ("five days
#: before the game", "two hours later"), not off a step of the act ("12 hours before
#: reaching a verdict", "before it reached one"): an offset, maybe not a length.
_SPAN_OFFSET = re.compile(
    r"^(?:-|\s+)[a-z]+\s+(?:ago|earlier|later|prior|since"
    r"|(?:before|after)\s+(?![a-z]+ing\b|(?:it|he|she|they|we)\b))\b",
    re.IGNORECASE,
)
#: Words that end the act's words after "of": "hours of talks between the sides".
_ACT_STOP = frozenset(
    {"and", "or", "but", "before", "after", "between", "with", "on", "over", "about", "by"}
    | {"in", "at", "to", "for", "the", "a", "an", "that", "which", "while", "when"}
)
#: The endings of one act's noun and verb ("deliberations", "deliberated") left off
#: its key, which keeps the first letters only: a key is a stem, not a lemma.
_ACT_ENDING = re.compile(r"(?:ing|ed|es|s|e)$")
_ACT_KEY = 6
#: The longest word ending in "ed" or "ing" not read as a timed verb ("led", "bring").
_SHORT_VERB = 4
#: Outcomes an act of deciding aims at, by kind: a verdict on guilt, or a sentence.
_OUTCOME_KINDS = (
    ("verdict", re.compile(r"\b(?:verdicts?|convict\w*|acquit\w*|guilt\w*|innocen\w*)", re.I)),
    ("sentence", re.compile(r"\b(?:sentenc\w*|penalt\w*|punish\w*)", re.I)),
)
#: An act of deciding that ended without its outcome: "deadlocked", "unable to agree".
_UNDECIDED = re.compile(
    r"\b(?:deadlock\w*|hung|impasse|stalemate|cannot)\b"
    r"|\b(?:unable|fail(?:ed|s|ing)?)\s+to\b"
    r"|\bwithout\s+(?:reaching|agreeing|deciding|an?\s+(?:verdict|decision|agreement))\b"
    r"|\bno\s+(?:verdict|decision|agreement)\b"
    r"|\b(?:could|did|does|has|have|had|would|can)\s*(?:not|n't)\s+(?:yet\s+)?"
    r"(?:reach|agree|decide|return|come\s+to|convict|sentence)",
    re.IGNORECASE,
)
#: An act of deciding that reached its outcome: "convicted", "before reaching a verdict".
_DECIDED = re.compile(
    r"\b(?:convict(?:ed|s|ing)?|acquit(?:ted|s|ting)?|sentenced|(?:agree|decide)[ds]?"
    r"|found\s+(?:[\w'’]+\s+){0,3}?(?:guilty|innocent)"
    r"|(?:reach|return|deliver|render|hand)(?:ed|ing|s)?\s+(?:down\s+|in\s+)?"
    r"(?:a|an|the|its|their)\s+(?:\w+\s+)?(?:verdict|decision|sentence|agreement|deal))\b",
    re.IGNORECASE,
)


def _act_key(word: str) -> str:
    """The key of an act's word: "deliberation", "deliberated" and "deliberating" share one."""
    return _ACT_ENDING.sub("", word.lower())[:_ACT_KEY]


def _act_after(after: str) -> str:
    """The act a span's figure measures from the words after it ("hours of deliberation")."""
    match = _SPAN_OF.match(after)
    if match is None or (match.group("of") is None and not after.startswith("-")):
        return ""
    act = ""
    for word in match.group("act").lower().split():
        if word not in _ACT_STOP:
            act = word
        elif act:
            break
    return act


def _acts_before(before: str, after: str) -> frozenset[str]:
    """The verbs timed by "for" and the span's figure: "deliberated his fate for".

    A verb right before the figure times nothing when the span sets a time off
    another ("arrested five days before the game"); after "for" it is a length still
    ("questioned him for six hours before charging him").
    """
    match = _SPAN_FOR.search(before)
    if match is None or (match.group("act") is None and _SPAN_OFFSET.match(after)):
        return frozenset()
    words = _WORDS.findall((match.group("act") or match.group("verb")).lower())
    return frozenset(w for w in words if w.endswith(("ed", "ing")) and len(w) > _SHORT_VERB)


@lru_cache(maxsize=8192)
def timed_acts(claim: Claim) -> frozenset[tuple[str, str]]:
    """(act key, unit) of each act the claim gives a span of time of.

    "after 12 hours of deliberation" and "deliberated the case for 40 hours" time one
    act, a deliberation, in hours; a span tied to no act named ("for 12 hours, the
    roads stayed shut") times none.
    """
    found: set[tuple[str, str]] = set()
    for quantity in claim.quantities:
        if quantity.unit not in _SPAN_UNITS:
            continue
        start = quantity.span.start - claim.span.start
        end = quantity.span.end - claim.span.start
        if start < 0 or end > len(claim.text):
            continue
        after = claim.text[end:]
        acts = _acts_before(claim.text[:start], after) | {_act_after(after)}
        found.update((_act_key(act), quantity.unit) for act in acts if act)
    return frozenset(found)


@lru_cache(maxsize=8192)
def _outcome(text: str) -> tuple[frozenset[str], bool, str]:
    """What a text tells of the outcome of an act: (kinds, none reached, verb key).

    The kinds are those it names (a verdict, a sentence); the verb key is that of the
    verb that tells one reached ("convicted"), "" when none is or none was reached.
    """
    kinds = frozenset(kind for kind, words in _OUTCOME_KINDS if words.search(text))
    undecided = _UNDECIDED.search(text) is not None
    decided = _DECIDED.search(text)
    verb = "" if undecided or decided is None else _act_key(decided.group().split()[0])
    return kinds, undecided, verb


def _one_act_timed(first: Claim, second: Claim) -> bool:
    """True when both claims give a span of one act ("deliberation"), in any units."""
    return bool({act for act, _ in timed_acts(first)} & {act for act, _ in timed_acts(second)})


def timed_toward_other_ends(first: Claim, second: Claim) -> bool:
    """True when both time one act and tell it aimed at, or ending in, different outcomes.

    "The jury convicted Voss after 14 hours of deliberation" and "after 26 hours of
    deliberation, the jury was deadlocked" time a deliberation that reached a verdict
    and one that reached none: two deliberations, not one length in dispute; so are
    one "before reaching a verdict" and one "on the sentence". A claim that fails at
    the very step the other reports done ("failed to reach a verdict", "reached a
    verdict") tells one deliberation, its outcome disputed.
    """
    if not _one_act_timed(first, second):
        return False
    left_kinds, left_undecided, left_verb = _outcome(first.text)
    right_kinds, right_undecided, right_verb = _outcome(second.text)
    if len(left_kinds) == len(right_kinds) == 1 and left_kinds != right_kinds:
        return True
    if left_undecided and right_verb:
        return not _writes_key(right_verb, first.text)
    if right_undecided and left_verb:
        return not _writes_key(left_verb, second.text)
    return False


def _writes_key(key: str, text: str) -> bool:
    """True when a word of ``text`` has the act key ``key``."""
    return any(_act_key(word) == key for word in _WORDS.findall(text.lower()))


def timed_toward_one_end(first: Claim, second: Claim) -> bool:
    """True when both time one act in one unit toward one named outcome, naming no one else.

    "The jury deliberated for 38 hours on the sentence" and "after 26 hours of
    deliberations, the jury was deadlocked on the sentence" tell one deliberation
    whose length the sources disagree on, however little else their words share.
    Each claim's names must be among the other's, or one claim name none: "convicted
    Voss after 14 hours" is no length of the deliberation that "convicted Ames".
    """
    if not timed_acts(first) & timed_acts(second):
        return False
    kinds = _outcome(first.text)[0]
    if not kinds or kinds != _outcome(second.text)[0]:
        return False
    left, right = set(first.entity_keys), set(second.entity_keys)
    return (left <= right or right <= left) and not told_apart(first, second)


def told_apart(first: Claim, second: Claim) -> bool:
    """True when two claims are different facts whatever their scores."""
    return (
        different_identifiers(first, second)
        or pending_and_done(first, second)
        or denies_another_act(first, second)
        or counts_in_two_states(first, second)
        or figures_of_two_people(first, second)
        or record_and_other_count(first, second)
        or times_of_a_count_and_an_act(first, second)
        or opposite_qualifiers(first, second)
        or timed_toward_other_ends(first, second)
    )
