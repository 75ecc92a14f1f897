"""Two different acts of named subjects, however many names and words they share.

"The Dornland Data Protection Authority has fined Aurelis Airways over the breach" and
"The Dornland Data Protection Authority is investigating the breach" name one body, one
airline, one breach, and score as one statement; but a fine is no investigation, and a
report of the one is no support for the other (a false escalation must not read as
corroborated). Two claims are two acts when the same named subject stands before
each one's verb, the verbs are of different acts (:mod:`corrobora.reconcile.predicates`,
:mod:`corrobora.align.synonyms`), and neither verb is a word of the other claim.

So are two claims that name the same two rivals, each with the other as its subject,
in verbs of different acts: "Mayor Kjellvin held an early lead over Ravelo" and "Ravelo
narrowly won over Kjellvin" share every name, but a win of the one is no support for
an early lead of the other. A denial of one rival's act is no support for the other's
act either: "Ravelo moved narrowly ahead of Kjellvin" and "Kjellvin would not concede
defeat to Ravelo" are two facts.

So are two claims of one act by two different named subjects with different figures:
"Renata Osterhold was sentenced to 12 years" and "Tarrow was sentenced to five years"
(two defendants), or two regulators each ordering a recall of so many batches, are two
acts, not one act whose doer and figure the sources disagree on
(:func:`same_act_of_other_subjects`). Two people of one surname under two first
names ("Ilan Velder", "Tomas Velder") are two subjects whatever they did
(:func:`acts_of_namesakes`).

An act told as what led to another ("ordered the recall after an impurity was found")
is no support for that other act either (:func:`act_and_its_background`).

A denial of a thing is no support for another act on that thing: "No plea offer was
ever made" and "Osterhold rejected a plea offer" are never one fact in agreement
(:func:`denies_what_other_acts_on`).

And a forecast of an act is no support for another act reported done: "the campaign is
expected to ask for a recount" and "the campaign filed its request for a recount" are
two facts, whatever their names and words share (:func:`forecast_and_other_act`), and
so are two forecasts of two acts: "he will likely be signed on as director" and "a
change in director could be likely" (:func:`predictions_of_other_acts`).

A denial is no support for a statement in another verb that it does not deny: "the dam
has not been damaged" and "there are fears for the dam" share the dam and nothing said
of it (:func:`denial_of_another_thing`). Nor are two acts one fact because they fall on
one date: "the union has called strike days for March 19 and 20" and "we have asked the
court to rule that the strike notice for March 19 and 20 is invalid" share the date and
a topic word (:func:`other_acts_on_one_date`). Nor is a report of what stands only in a
claim's background clause support for the claim's act: "the operator is preparing to
ask for an injunction, as the country braces for a rail strike on Tuesday" and "a rail
strike left stations empty on Tuesday" (:func:`shares_only_background`).

A refusal to tell is no support for what another claim tells: "the pastor declined to
say whether the chapel had received threats" and "he did not know of any threats to the
chapel" are two facts (:func:`refusal_and_other_act`), and so are two named people's
own refusals or knowledge (:func:`own_acts_of_two_people`). A clause split from a
sentence acts on what its sibling clauses name, and is no support for an act on another
named thing (:func:`acts_on_other_named_things`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from ..align.synonyms import synonym_term
from ..extract.quantities import clock_unit
from ..model import AGE_UNIT, Claim, Modality
from ..text import canonical_key
from .amounts import one_named_amount
from .conflicts import negation_conflict, place_left, ranks_held
from .figures import values_by_unit
from .name_slips import spelt_alike
from .predicates import (
    act_phase,
    inflects,
    one_motion,
    opposite_predicates,
    planned_predicate,
    predicate_class,
    same_predicate_class,
)
from .quotes import same_speaker
from .roles import IRREGULAR_FORMS

__all__ = [
    "act_and_its_background",
    "acts_at_other_places",
    "acts_of_namesakes",
    "acts_on_other_named_things",
    "acts_on_other_things",
    "conviction_and_charge",
    "counts_of_a_part_and_a_whole",
    "counts_of_other_heads",
    "counts_of_other_nouns",
    "denial_of_another_scope",
    "denial_of_another_thing",
    "denial_verb_and_other_act",
    "denies_what_other_acts_on",
    "different_acts",
    "different_acts_of_one_subject",
    "different_acts_of_one_thing",
    "different_acts_of_two_subjects",
    "forecast_and_other_act",
    "named_after_verb",
    "other_acts_on_one_date",
    "own_acts_of_two_people",
    "places_acted_at",
    "predictions_of_other_acts",
    "quote_of_another_act",
    "refusal_and_other_act",
    "same_act_of_other_subjects",
    "shares_only_background",
    "sources_count_other_acts",
    "subject_words",
    "things_acted_on",
    "times_of_two_ends",
]

_WORD = re.compile(r"[a-z][a-z'’-]*")


@lru_cache(maxsize=8192)
def _subject_words(predicate: str, text: str) -> str:
    """The words of ``text`` before the verb of ``predicate``, lower-cased ("" if none)."""
    verb = predicate.split(" ")[0]
    words = _WORD.findall(text.lower())
    for n, word in enumerate(words):
        if inflects(verb, word):
            return " ".join(words[:n])
    return ""


def subject_words(claim: Claim) -> str:
    """The words of a claim before its verb, lower-cased ("" if none).

    A verb whose form does not inflect its lemma ("won" of "win", "held" of "hold") is
    found among the claim's terms, which keep the order of its words.
    """
    found = _subject_words(claim.predicate, claim.text)
    if found or claim.predicate not in claim.terms:
        return found
    return " ".join(claim.terms[: claim.terms.index(claim.predicate)])


def _other_acts(first: Claim, second: Claim, *, denials: bool = False) -> bool:
    """True when both claims state acts, firmly worded apart: no class, word or verb shared.

    A negated act counts only with ``denials``: one subject's denial is weighed against
    that subject's other acts as a conflict, not kept apart from them. One sum told in
    two verbs ("agreed a fee of", "will pay") is one act
    (:func:`~corrobora.reconcile.amounts.one_named_amount`).
    """
    if not first.predicate or not second.predicate:
        return False
    if not denials and (first.negated or second.negated):
        return False
    if same_predicate_class(first.predicate, second.predicate):
        return False
    if synonym_term(first.predicate) == synonym_term(second.predicate):
        return False
    if _names_act(second, first.predicate) or _names_act(first, second.predicate):
        return False
    if one_motion(
        (first.predicate, first.text, first.terms), (second.predicate, second.text, second.terms)
    ):
        return False  # "skidded off the runway", "ran off the runway": one movement
    return not one_named_amount(first, second)


def _names_act(claim: Claim, predicate: str) -> bool:
    """True when one of the claim's terms is the verb ``predicate``, its class or its noun.

    "foiled a hijack attempt and arrested 23 pirates" names the act of "captured 23
    pirates" (a verb of its class, :func:`~corrobora.reconcile.predicates.predicate_class`);
    "announces his nomination of Dr. Benjamin" names the act of "is nominating" her: a
    term that is the verb's stem and a short ending (-ion, -ment, -al) is its noun.
    """
    if predicate and predicate_class(predicate) in _term_classes(claim.terms):
        return True
    stem = predicate[:-1] if predicate.endswith("e") else predicate
    if len(stem) < _LEAST_STEM:
        return False
    return any(term.startswith(stem) for term in _noun_terms(claim.terms))


@lru_cache(maxsize=8192)
def _term_classes(terms: tuple[str, ...]) -> frozenset[str]:
    """The verb classes of a claim's terms (read once per claim, asked for every pair)."""
    return frozenset(predicate_class(term) for term in terms if term)


@lru_cache(maxsize=8192)
def _noun_terms(terms: tuple[str, ...]) -> tuple[str, ...]:
    """A claim's terms that end as a verb's noun does (read once per claim)."""
    return tuple(term for term in terms if term.endswith(_NOUN_ENDINGS))


#: The least length of a verb's stem whose nouns are read (shorter stems start other words).
_LEAST_STEM = 5
#: Endings that make a noun of a verb's stem: "nomination", "announcement", "refusal".
_NOUN_ENDINGS = ("ion", "ment", "al", "ure")


def different_acts_of_one_subject(first: Claim, second: Claim) -> bool:
    """True when both claims tell what one named subject did, in two acts (see the module)."""
    shared = _shared_names(first, second)
    if not shared or not _other_acts(first, second):
        return False
    left, right = subject_words(first), subject_words(second)
    if not left or not right:
        return False
    return any(key in left and key in right for key in shared)


def _shared_names(first: Claim, second: Claim) -> set[str]:
    """The names both claims give, a full name written by its last word in one included.

    "Hanna Selmer" in one claim and "Selmer" in the other are one name, kept as the
    shorter key both texts write.
    """
    shared = set(first.entity_keys) & set(second.entity_keys)
    for one, other in ((first, second), (second, first)):
        shared |= {
            short
            for short in one.entity_keys
            if " " not in short and any(_surname(full) == short for full in other.entity_keys)
        }
    return shared


#: Words that end a subject's head phrase: a preposition, a relative word, a
#: conjunction or an auxiliary ("the wildfire above the village", "a firefighter
#: injured while fighting", "he was").
_HEAD_ENDS = frozenset(
    {
        "above", "after", "at", "before", "below", "by", "for", "from", "in", "into",
        "near", "of", "on", "over", "under", "with", "who", "which", "that", "while",
        "when", "where", "and", "or", "was", "were", "is", "are", "has", "have", "had",
        "been", "be", "will", "would", "could", "may", "might", "can", "did", "does",
    }
)  # fmt: skip
#: Personal pronouns: a subject that describes nothing, so all two claims with it
#: share is said of it ("he was flown to the hospital in Kell", "he died in the
#: hospital in Kell").
_PERSONAL = frozenset({"he", "she", "we", "i", "you"})
#: Subjects that name no one thing: "it" and "there" open many a sentence of its own.
_NO_HEAD = frozenset({"it", "there", "this", "that", "they", "which", "who"})


def _subject_head(claim: Claim) -> str:
    """The head word of a claim's subject: the last word before a word ending its phrase.

    "wildfire" of "the wildfire above the village of Halden slowed", "firefighter" of
    "a firefighter injured while fighting the fire has died", "he" of "he was flown";
    "" when the subject is empty, a participle ends it first, or it names nothing.
    """
    words = (subject_words(claim) or _before_irregular(claim)).split()
    if words[:1] == ["that"]:
        words = words[1:]  # a clause split from "said that ...": "that results from ..."
    for n, word in enumerate(words):
        if word in _HEAD_ENDS or (n and len(word) > 4 and word.endswith(("ed", "ing"))):
            words = words[:n]
            break
    head = words[-1] if words else ""
    return "" if head in _NO_HEAD else head


def _before_irregular(claim: Claim) -> str:
    """The words of a claim before an irregular form of its verb ("he was" of "he was flown")."""
    forms = IRREGULAR_FORMS.get(claim.predicate.split(" ")[0], frozenset())
    words = _WORD.findall(claim.text.lower())
    at = next((n for n, word in enumerate(words) if word in forms), 0)
    return " ".join(words[:at])


def different_acts_of_one_thing(first: Claim, second: Claim) -> bool:
    """True when both claims tell what one unnamed subject did, in two acts, on no one day.

    "A wildfire burned pine forest above Halden on Monday" and "The wildfire above
    Halden slowed on Wednesday" share the fire and the place, not what is said of
    them; nor do "He was flown to the regional hospital in Kell" and "He died in the
    regional hospital in Kell". Both subjects have one head word, the verbs are of
    different acts (:func:`_other_acts`), no figure is counted by both (a count in
    common is a statement in common: "the fire destroyed 40 homes", "razed 40
    homes"). A subject with a noun for head must be dated on other days in each (a
    fire that burned on Monday and slowed on Wednesday); a personal pronoun ("he")
    describes nothing, so all the claims share is said in two acts, unless dated alike.
    """
    if not _other_acts(first, second) or _count_one_unit(first, second):
        return False
    head = _subject_head(first)
    if not head or head != _subject_head(second):
        return False
    if head in _PERSONAL:
        return not _dates_meet(first, second)
    return _dated_apart(first, second)


def _dated_apart(first: Claim, second: Claim) -> bool:
    """True when both claims give dates and no date of one meets a date of the other."""
    return bool(first.dates) and bool(second.dates) and not _dates_meet(first, second)


def _dates_meet(first: Claim, second: Claim) -> bool:
    """True when a date of one claim overlaps a date of the other."""
    return any(
        x.start <= y.end and y.start <= x.end
        for x in first.dates
        for y in second.dates
        if x.start and x.end and y.start and y.end
    )


def different_acts_of_two_subjects(first: Claim, second: Claim) -> bool:
    """True when two claims name the same rivals, each as the other's subject, in two acts.

    The names before each verb are names the other claim gives too, and the two
    claims' subjects share none of them (see the module). A name either claim's
    entities hold counts for both when both write it: the recognizer may miss a name
    at the start of one sentence ("Ines Vallo held ...") that it finds in another.
    """
    texts = (first.text.lower(), second.text.lower())
    shared = {
        key
        for key in {*first.entity_keys, *second.entity_keys}
        if key and all(key in text for text in texts)
    }
    if len(shared) < 2 or not _other_acts(first, second, denials=True):
        return False
    left, right = subject_words(first), subject_words(second)
    doers = {key for key in shared if key in left}
    others = {key for key in shared if key in right}
    return bool(doers) and bool(others) and not doers & others


def _has_word(words: str, phrase: str) -> bool:
    """True when ``phrase`` stands in ``words`` as whole words.

    A plain scan rather than one compiled pattern per phrase: the phrases are the
    names of every claim, and compiling each costs more than reading the text.
    """
    start = words.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        if not (start and _joins_word(words[start - 1])) and not (
            end < len(words) and _joins_word(words[end])
        ):
            return True
        start = words.find(phrase, start + 1)
    return False


def _joins_word(char: str) -> bool:
    """True for a character that continues a word: a letter, digit, "_", apostrophe or hyphen."""
    return char.isalnum() or char in "_'’-"


def _named_subjects(claim: Claim) -> frozenset[str]:
    """The names before a claim's verb, written whole or by their last word ("Tarrow").

    The source a claim is credited to is no subject of its act ("the ministry said 12
    died"): a speaker's name before the verb is left out.
    """
    subject = subject_words(claim)
    if not subject:
        return frozenset()
    speaker = claim.attribution.source_key if claim.attribution is not None else ""
    return frozenset(
        key
        for key in claim.entity_keys
        if key and key != speaker and (_has_word(subject, key) or _has_word(subject, _surname(key)))
    )


def _surname(key: str) -> str:
    """The last word of a name of two or more words, if long enough to name alone; else ""."""
    words = key.split()
    return words[-1] if len(words) >= 2 and len(words[-1]) >= 3 else ""


def _names_any(claim: Claim, keys: frozenset[str]) -> bool:
    """True when ``claim`` names any of ``keys``, whole or by its last word.

    A last word the claim's own names give to a namesake ("Velder" read as "tomas
    velder") names that namesake, not ``key`` ("ilan velder"). A name written only as
    the owner of the claim's subject ("Ostrand's predecessor, Mira Kolb, was
    fined") names no subject of its act (:func:`_owner_of_subject`).
    """
    text = claim.text.lower()
    return any(
        (key in claim.entity_keys and not _owner_of_subject(claim, key))
        or _has_word(text, key)
        or (
            _surname(key)
            and _has_word(text, _surname(key))
            and not any(_namesakes(key, own) for own in claim.entity_keys)
        )
        for key in keys
    )


def _owner_of_subject(claim: Claim, key: str) -> bool:
    """True when the claim writes ``key`` only as the owner of its subject's head.

    In "Ostrand's predecessor as chair, Mira Kolb, was fined" Ostrand owns the head
    "predecessor"; the subject is the name beside it, Mira Kolb. The name stands
    before the verb with "'s", nowhere in the claim on its own, and another name of the
    claim is its subject.
    """
    subject = subject_words(claim)
    names = [n for n in (key, _surname(key)) if n]
    text = claim.text.lower()
    if any(_has_word(text, n) for n in names):
        return False
    owned = any(_possessive(n).search(subject) for n in names)
    return owned and bool(_named_subjects(claim) - {key})


@lru_cache(maxsize=8192)
def _possessive(name: str) -> re.Pattern[str]:
    """The pattern of ``name`` as whole words followed by "'s" (compiled once per name)."""
    return re.compile(rf"(?<![\w'’-]){re.escape(name)}['’]s?(?![\w-])")


def _namesakes(first: str, second: str) -> bool:
    """True when two names share their last word but not their first: two bearers.

    "ilan velder" and "tomas velder" are two people of one surname; an initial
    ("t velder") or a name written longer ("tomas j velder") may be the same one.
    """
    one, other = first.split(), second.split()
    if len(one) < 2 or len(other) < 2 or one[-1] != other[-1] or len(one[-1]) < 3:
        return False
    given, given_too = one[0], other[0]
    if len(given) < 2 or len(given_too) < 2:
        return False
    return not (given.startswith(given_too) or given_too.startswith(given))


def acts_of_namesakes(first: Claim, second: Claim) -> bool:
    """True when each claim's subject is another bearer of one surname.

    "Ilan Velder signed a three-year extension" and "Velder (read as Tomas Velder) is
    expected to sign a five-year contract" tell of two people, however alike their
    words: the subject of each is a name whose last word the other's subject shares
    under another first name, and neither claim names the other's subject whole.
    """
    left, right = _named_subjects(first), _named_subjects(second)
    return any(
        _namesakes(x, y)
        and x not in second.entity_keys
        and y not in first.entity_keys
        and not _has_word(second.text.lower(), x)
        and not _has_word(first.text.lower(), y)
        for x in left
        for y in right
    )


def _figures_differ(first: Claim, second: Claim) -> bool:
    """True when both claims count one unit and no count of it is the same."""
    left, right = values_by_unit(first), values_by_unit(second)
    shared = left.keys() & right.keys()
    return bool(shared) and all(not left[unit] & right[unit] for unit in shared)


def _same_act(first: Claim, second: Claim) -> bool:
    """True when both claims firmly state one act (one verb, synonym or class)."""
    if not first.predicate or not second.predicate or first.negated or second.negated:
        return False
    return (
        first.predicate == second.predicate
        or same_predicate_class(first.predicate, second.predicate)
        or synonym_term(first.predicate) == synonym_term(second.predicate)
    )


def same_act_of_other_subjects(first: Claim, second: Claim) -> bool:
    """True when two claims tell one act of two different named subjects, in other figures.

    Each claim names a subject before its verb that the other claim never names, and
    the two count one unit with no count in common (see the module). The same subject
    with two figures is a disagreement, and is left to the conflicts.
    """
    if not _same_act(first, second) or not _figures_differ(first, second):
        return False
    left, right = _named_subjects(first), _named_subjects(second)
    if not left or not right:
        return False
    return not _names_any(second, left) and not _names_any(first, right)


def one_act_on_other_people(first: Claim, second: Claim, people: frozenset[str]) -> bool:
    """True when two claims tell one act done to two different named people.

    "The club placed Ames Rudd on injured reserve" and "Tobin Marsh was placed on
    injured reserve" tell of two players, whatever words they share: the people each
    act is done to (:func:`_acted_on`) are names of ``people`` the other claim never
    names. Two names of who did one act are left to the conflicts (rival answers), and
    so are names of one surname (a nickname, or namesakes, weighed elsewhere) and names
    one keystroke apart ("Tomas Vell", "Tomas Velle": one person spelt two ways).
    """
    if not people or not _same_act(first, second):
        return False
    left, right = _acted_on(first, people), _acted_on(second, people)
    if not left or not right or _last_words(left) & _last_words(right):
        return False
    if any(spelt_alike(a.split(), b.split()) for a in left for b in right):
        return False
    return not _names_any(second, left) and not _names_any(first, right)


def _last_words(keys: frozenset[str]) -> set[str]:
    """The last words of names: one surname in two may be one person ("Bill", "William")."""
    return {key.split()[-1] for key in keys if key.split()}


#: A form of "be" or "get" and a word right after it (an adverb between): the verb
#: of a passive, "was placed", "were quickly arrested".
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?(\w+)")


def _passive(claim: Claim) -> bool:
    """True when the claim's verb stands in the passive ("Tobin Marsh was placed")."""
    verb = claim.predicate.split(" ")[0]
    if not verb:
        return False
    forms = IRREGULAR_FORMS.get(verb, frozenset())
    return any(
        inflects(verb, word) or word in forms
        for word in (m.group(1).lower() for m in _PASSIVE.finditer(claim.text))
    )


def _acted_on(claim: Claim, people: frozenset[str]) -> frozenset[str]:
    """The people the claim's act is done to: its subject in a passive, else its object.

    People named before the verb of an active claim did the act; the source it is
    credited to is no part of it, nor is anyone named among its source's words
    ("producers Lida Vance and Omar Kell announced").
    """
    credit = claim.attribution
    speaker = credit.source_key if credit is not None else ""
    source_words = set(canonical_key(credit.source).split()) if credit else set()
    named = frozenset(
        k
        for k in claim.entity_keys
        if k in people and k != speaker and not set(k.split()) <= source_words
    )
    subjects = _named_subjects(claim) & named
    return subjects if _passive(claim) else named - subjects


#: Words that open a clause of what came before or led to the main act ("ordered the
#: recall after an impurity was found"): the clause is background, not the act told.
_BACKGROUND = frozenset(
    {"after", "before", "following", "because", "since", "once", "amid", "until"}
)
#: Words after which "as" opens a clause of what goes on around the act ("as the
#: country braces for a strike", "as a dispute deepened"), not a credit ("as first
#: reported by") nor a likeness ("as well as").
_CLAUSE_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


#: Words that make what follows "after", "before" or "until" a clause with a verb of its
#: own ("after an impurity was found"), not a time ("shortly before 11 p.m. on
#: Tuesday"): auxiliaries and irregular past forms; a word in "-ed" counts too.
_FINITE = frozenset(
    re.findall(
        r"\S+", "was were is are had has have been be did does could would will may might can"
    )
) | frozenset(form for forms in IRREGULAR_FORMS.values() for form in forms)
#: How many words after "after" or "before" its clause's verb may come.
_CLAUSE_REACH = 6


def _opens_background(words: list[str], n: int) -> bool:
    """True when ``words[n]`` opens a background clause.

    "after", "before", "because" and the like open one only when a verb follows within
    a few words: "shortly before 11 p.m. on Tuesday" is the time of the act itself.
    """
    if words[n] in _BACKGROUND:
        return any(
            word in _FINITE or (len(word) > 4 and word.endswith("ed"))
            for word in words[n + 1 : n + 1 + _CLAUSE_REACH]
        )
    return words[n] == "as" and n + 1 < len(words) and words[n + 1] in _CLAUSE_OPENERS


@lru_cache(maxsize=8192)
def _main_words(predicate: str, text: str) -> tuple[str, ...]:
    """The words of ``text`` up to a background clause after the verb (all if none).

    The verb is the first word inflecting ``predicate``; a verb of irregular form is
    not found, and every word is then main.
    """
    verb = predicate.split(" ")[0]
    words = _WORD.findall(text.lower())
    at = next((n for n, word in enumerate(words) if inflects(verb, word)), None)
    if at is None:
        return tuple(words)
    cut = next((n for n in range(at + 1, len(words)) if _opens_background(words, n)), len(words))
    return tuple(words[:cut])


@lru_cache(maxsize=8192)
def _background_terms(claim: Claim) -> frozenset[str]:
    """The terms of a claim that stand only in a background clause after its verb.

    Read once per claim, not once per pair it is tested in.
    """
    main = _main_words(claim.predicate, claim.text)
    if len(main) == len(_WORD.findall(claim.text.lower())):
        return frozenset()
    return frozenset(
        term
        for term in claim.terms
        if term != claim.predicate and not any(word.startswith(term) for word in main)
    )


def act_and_its_background(first: Claim, second: Claim) -> bool:
    """True when one claim's act is only the background of the other's, another act.

    "An impurity was found in two batches" and "The regulator ordered the recall of two
    batches after an impurity was found": the finding is what led to the order, told
    in a clause after "after", "because" or "following"; the order is the act told, and
    a report of the finding is no support for it. Opposite acts ("the bridge is
    closed", "the bridge reopened two days after the fire closed it") are one thing
    changing state, an update, and are left together.
    """
    if not first.predicate or not second.predicate or first.negated or second.negated:
        return False
    if _same_act(first, second) or opposite_predicates(first.predicate, second.predicate):
        return False
    return _in_background(first, second) or _in_background(second, first)


def _in_background(act: Claim, other: Claim) -> bool:
    """True when ``act``'s verb is only in ``other``'s background, and ``other``'s not in it."""
    if other.predicate in act.terms or act.predicate not in _background_terms(other):
        return False
    return synonym_term(act.predicate) != synonym_term(other.predicate)


#: Verbs that tell only that a thing is or came to be ("no offer was made", "there was
#: no warning", "no reason was given"): their object is the whole of what is told.
_BEING_VERBS = frozenset(
    {
        "be", "exist", "happen", "occur", "have", "hold", "make", "do", "give", "get",
        "receive", "take",
    }
)  # fmt: skip


def denies_what_other_acts_on(first: Claim, second: Claim) -> bool:
    """True when one claim denies a thing that the other tells another act on.

    "He was never offered a plea deal" and "No plea offer was made" deny the offer;
    "Osterhold rejected a plea offer" takes it as made and tells another act, the
    rejection: the denial is no support for the rejection, nor it for the denial. They
    are one fact only where the denial is weighed against the act as a conflict
    (:func:`~corrobora.reconcile.conflicts.negation_conflict`), never as agreeing.
    """
    return _denies_a_thing_acted_on(first, second) and negation_conflict(first, second) is None


def _denies_a_thing_acted_on(first: Claim, second: Claim) -> bool:
    """True when a denial's thing is what the other claim acts on, in another verb.

    The denied thing is the denial's verb named in the other claim ("offered",
    "offer"), or what a verb of being denies ("no plea offer was made"). An other claim
    in a verb of being ("an offer was made") tells the thing itself; one whose verb the
    denial names ("did not ask him to resign") is another act denied
    (:func:`corrobora.align.apart.denies_another_act`).
    """
    if first.negated == second.negated or not first.predicate or not second.predicate:
        return False
    denial, other = (first, second) if first.negated else (second, first)
    if other.predicate in _BEING_VERBS or other.predicate in denial.terms:
        return False
    if synonym_term(denial.predicate) == synonym_term(other.predicate):
        return False
    if denial.predicate in other.terms:
        return denial.predicate not in _BEING_VERBS
    return denial.predicate in _BEING_VERBS and bool(_denied_things(denial) & set(other.terms))


def _denied_things(denial: Claim) -> set[str]:
    """The words of what a denial in a verb of being denies: its terms but names and figures."""
    named = {word for key in denial.entity_keys for word in key.split()}
    return {
        term
        for term in denial.terms
        if term != denial.predicate and term not in named and not term[:1].isdigit()
    }


#: Verbs that deny or contest what they take as object: "denied arson", "disputes the
#: claim", "rejected the allegations".
_DENYING_VERBS = frozenset({"deny", "dispute", "refute", "contest", "rebut", "reject", "repudiate"})


def denial_verb_and_other_act(first: Claim, second: Claim) -> bool:
    """True when one claim denies in a verb of denying and the other states another act.

    "A man has denied arson" and "a man has been charged with arson" share the man and
    the arson, but a denial of a charge is its other side, never its support: the two
    are two facts. Two denials ("denied arson", "rejected the charge") or a denial and
    a negated claim ("did not set the fire") may be one statement, and are left to the
    scores.
    """
    for denial, other in ((first, second), (second, first)):
        if denial.predicate in _DENYING_VERBS and not denial.negated:
            return (
                other.predicate not in _DENYING_VERBS
                and not other.negated
                and _other_acts(first, second)
            )
    return False


def forecast_and_other_act(first: Claim, second: Claim) -> bool:
    """True when one claim forecasts an act and the other reports another act, done.

    "Is expected to ask for a recount" (future: "will", "expected to", "plans to") and
    "filed its request for a recount" (asserted) are of two verbs: what was foreseen
    is no support for what was done, nor the other way round. A forecast in the verb
    of the act done ("will resign", "resigned") is left to the scores, and so is an
    act said planned ("talks are scheduled for Friday"): it reports nothing done.
    """
    modalities = {first.modality, second.modality}
    if modalities != {Modality.FUTURE, Modality.ASSERTED}:
        return False
    done = first if first.modality is Modality.ASSERTED else second
    return not planned_predicate(done.predicate) and _other_acts(first, second)


#: How a claim holds its act foreseen: likely, possible, to come.
_FORESEEN = frozenset({Modality.POSSIBLE, Modality.FUTURE})


def predictions_of_other_acts(first: Claim, second: Claim) -> bool:
    """True when both claims foresee an act, each another act.

    "it seems likely he will be signed on as director" and "a change in director could
    be likely" share the role and the likelihood, not what is foreseen: a signing and a
    change are two predictions, and counting the one as support for the other would
    make opposite outlooks one corroborated fact.
    """
    if first.modality not in _FORESEEN or second.modality not in _FORESEEN:
        return False
    return _other_acts(first, second)


def denial_of_another_thing(first: Claim, second: Claim) -> bool:
    """True when one claim denies and the other firmly states a thing in another verb.

    "The dam has not been damaged" and "there are fears for the dam": neither verb is
    a word of the other claim, and the denial is weighed against neither as a
    conflict (:func:`~corrobora.reconcile.conflicts.negation_conflict`), so what they
    share is a topic; a denial counted as support for it would make it corroborated.
    A denial that counts what the other counts ("no deaths have been caused", "one
    person has died") is a figure of it, and is left to the figures; a verb of being
    ("received no offer", "an offer was made") tells the thing itself, whose words
    decide (:func:`denies_what_other_acts_on`).
    """
    if first.negated == second.negated or not _other_acts(first, second, denials=True):
        return False
    if _count_one_unit(first, second) or {first.predicate, second.predicate} & _BEING_VERBS:
        return False
    return negation_conflict(first, second) is None


def denial_of_another_rank(first: Claim, second: Claim) -> bool:
    """True when a denial denies a rank the affirmed claim never writes.

    "No, she wasn't the first pin-up" and "the greatest American pin-up": the denial is
    of being first (:func:`~corrobora.reconcile.conflicts.ranks_held`), which the other
    does not state, so it neither disputes nor supports being the greatest.
    """
    if first.negated == second.negated:
        return False
    denied, other = (first, second) if first.negated else (second, first)
    return not ranks_held(denied, other.text.lower())


def act_and_place_left(first: Claim, second: Claim) -> bool:
    """True when a name one claim places an act at is the other's place left behind.

    "Voss has checked into rehab in Newport Beach" and "after she left a rehab facility
    in Newport Beach, Voss has checked into the Betty Ford Center": the second tells
    Newport Beach as where she was before (:func:`~corrobora.reconcile.conflicts.place_left`),
    so its act, of one verb but at a name the first does not write, is another, later one.
    """
    if not first.predicate or first.predicate != second.predicate:
        return False
    for key in set(first.entity_keys) & set(second.entity_keys):
        for there, left in ((first, second), (second, first)):
            elsewhere = set(left.entity_keys) - set(there.entity_keys)
            if elsewhere and place_left(left.text, key) and not place_left(there.text, key):
                return True
    return False


#: A preposition that narrows a subject to a part named after it: "traffic from
#: Europe to Algeria", "flights in Norway".
_SCOPE = re.compile(r"\b(?:from|to|in|into|of|for|between|across|within|inside)\s", re.IGNORECASE)


def _scope_names(claim: Claim) -> frozenset[str]:
    """The names a preposition of the claim's subject narrows it to ("europe", "algeria")."""
    subject = subject_words(claim)
    found = _SCOPE.search(subject)
    if found is None:
        return frozenset()
    scope = f" {' '.join(_WORD.findall(subject[found.end() :]))} "
    return frozenset(key for key in claim.entity_keys if f" {key} " in scope)


def denial_of_another_scope(first: Claim, second: Claim) -> bool:
    """True when a denial and a statement narrow their subject to different named parts.

    "Traffic from Europe to Algeria and Tunisia is not affected" and "70% of traffic
    between the continents has been affected": one subject is narrowed by names the
    other claim never writes, so the denial is of another part of the thing, no
    conflict with the statement and no support of it.
    """
    if first.negated == second.negated:
        return False
    for one, other in ((first, second), (second, first)):
        text = f" {' '.join(_WORD.findall(other.text.lower()))} "
        if any(f" {key} " not in text for key in _scope_names(one)):
            return True
    return False


def _count_one_unit(first: Claim, second: Claim) -> bool:
    """True when both claims count something ("no deaths", "one person"): maybe one toll.

    The units of one toll may be worded apart ("dead", "person"); the figures decide.
    A person's age ("a 34-year-old man") describes who is told of and counts nothing:
    an age in common is no toll in common.
    """
    return _counts(first) and _counts(second)


def _counts(claim: Claim) -> bool:
    """True when the claim gives a figure other than a person's age."""
    return any(q.unit != AGE_UNIT for q in claim.quantities)


@lru_cache(maxsize=8192)
def _date_words(claim: Claim) -> frozenset[str]:
    """The terms of a claim that write its dates ("march", "19", "20" of "March 19 and 20").

    A figure the claim counts no unit with ("20" of "March 19 and 20") is taken as
    part of a date it gives.
    """
    if not claim.dates:
        return frozenset()
    written = {
        word
        for d in claim.dates
        for word in _WORD.findall(
            claim.text[d.span.start - claim.span.start : d.span.end - claim.span.start].lower()
        )
    }
    counted = {f"{q.value:g}" for q in claim.quantities if q.unit}
    return frozenset(
        term for term in claim.terms if term in written or (term.isdigit() and term not in counted)
    )


def other_acts_on_one_date(first: Claim, second: Claim) -> bool:
    """True when two claims state other acts and share, besides a date, one word at most.

    "The union has called strike days for March 19 and 20" and "we asked the court to
    rule that the strike notice for March 19 and 20 is invalid": one date and a topic
    ("strike") are no statement in common, and a call is no court challenge. A figure
    both give is: "consumer prices rose 6.2 percent in February" and "inflation stood at
    6.2% in February" state one thing in two verbs.
    """
    if not first.dates or not second.dates or not _other_acts(first, second):
        return False
    dated = _date_words(first) | _date_words(second)
    shared = set(first.terms) & set(second.terms)
    if not shared & dated:
        return False
    named = {word for claim in (first, second) for key in claim.entity_keys for word in key.split()}
    rest = shared - dated
    if any(char.isdigit() for term in rest for char in term):
        return False  # a figure in common is a statement in common ("rose 6.2 percent")
    return len(rest) <= 1 and not rest & named


def shares_only_background(first: Claim, second: Claim) -> bool:
    """True when all two claims of other acts share stands in one's background clause.

    "The operator is preparing to ask for an injunction, as the country braces for a
    rail strike on Tuesday" tells the injunction; "a rail strike left stations empty on
    Tuesday" tells of the strike its background names, and supports nothing it states.
    """
    if not _other_acts(first, second) or opposite_predicates(first.predicate, second.predicate):
        return False
    shared = set(first.terms) & set(second.terms)
    if not shared:
        return False
    return any(
        shared <= _only_in_background(one) and one.predicate not in other.terms
        for one, other in ((first, second), (second, first))
    )


@lru_cache(maxsize=8192)
def _only_in_background(claim: Claim) -> frozenset[str]:
    """The background terms of a claim no word of its main clause inflects.

    Stricter than :func:`_background_terms`: "rail" of "a rail strike" in the
    background is not taken for "railways" in the main clause.
    """
    main = _main_words(claim.predicate, claim.text)
    return frozenset(
        term
        for term in _background_terms(claim) | _loose_background(claim, main)
        if not any(inflects(term, word) for word in main)
    )


def _loose_background(claim: Claim, main: tuple[str, ...]) -> frozenset[str]:
    """The terms of a claim past its main clause, whatever words of the main they begin."""
    if len(main) == len(_WORD.findall(claim.text.lower())):
        return frozenset()
    rest = _WORD.findall(claim.text.lower())[len(main) :]
    return frozenset(
        term
        for term in claim.terms
        if term != claim.predicate and any(inflects(term, word) for word in rest)
    )


def counts_of_other_heads(first: Claim, second: Claim) -> bool:
    """True when all two claims of other acts share is one count, said of other things.

    "Results from all 212 precincts should be in by morning" and "a recount of all 212
    precincts would begin on Monday" count the same precincts, but the count stands in
    each subject beside another head ("results", "recount") and the verbs tell other
    acts: what is said of the results is no support for what is said of the recount.
    A count that is itself the subject ("12 people were killed") is left to the figures.
    """
    if not _other_acts(first, second):
        return False
    units = _shared_counts(first, second)
    if not units or not _only_count_shared(first, second, units):
        return False
    heads = (_subject_head(first), _subject_head(second))
    if not all(heads) or heads[0] == heads[1] or any(h in _PERSONAL for h in heads):
        return False
    return all(
        _counted_in_subject(claim, head, units)
        for claim, head in ((first, heads[0]), (second, heads[1]))
    )


def counts_of_other_nouns(first: Claim, second: Claim) -> bool:
    """True when two claims of other acts give one count, each of another noun's things.

    "charged with sanctioning the murders of six mobsters" and "relied on the testimony
    of six former mobsters" count six mobsters each, but the one tells of six victims,
    the other of six witnesses: the count belongs to "murders" in the one and to
    "testimony" in the other, and neither noun is a word of the other claim. A noun
    that only measures out the count ("a total of", "a group of") names no thing.
    """
    if not _other_acts(first, second):
        return False
    units = _shared_counts(first, second)
    if not units:
        return False
    left, right = _count_noun(first, units), _count_noun(second, units)
    if not left or not right or synonym_term(left) == synonym_term(right):
        return False
    return not _holds_word(second, left) and not _holds_word(first, right)


#: Nouns that measure out a count and name no thing of their own: "a total of 12".
_PARTITIVES = frozenset(
    {
        "total", "group", "number", "handful", "couple", "pair", "set", "series", "sum",
        "batch", "team", "crowd", "dozen", "dozens", "hundreds", "thousands", "lot",
        "lots", "list", "maximum", "minimum", "average", "tally", "toll", "count", "some",
        "all", "each", "any", "none", "one", "two", "most", "many", "several", "both",
    }
)  # fmt: skip


def _count_noun(claim: Claim, units: frozenset[str]) -> str:
    """The noun a shared count stands after in "<noun> of <count>" ("murders of six"), or ""."""
    for quantity in claim.quantities:
        if quantity.unit not in units:
            continue
        written = claim.text[: quantity.span.start - claim.span.start].lower()
        before: list[str] = _WORD.findall(written)
        while before and before[-1] in _DETERMINERS:
            before.pop()
        if len(before) >= 2 and before[-1] == "of" and before[-2] not in _PARTITIVES:
            noun = before[-2]
            if noun not in _DETERMINERS and noun not in _HEAD_ENDS:
                return noun
    return ""


def _holds_word(claim: Claim, word: str) -> bool:
    """True when a term of the claim inflects ``word`` (or ``word`` the term)."""
    return any(inflects(term, word) or inflects(word, term) for term in claim.terms if term)


def _shared_counts(first: Claim, second: Claim) -> frozenset[str]:
    """The units both claims count with one value in common."""
    left, right = values_by_unit(first), values_by_unit(second)
    return frozenset(
        unit
        for unit in left.keys() & right.keys()
        if unit and unit != AGE_UNIT and left[unit] & right[unit]
    )


def _only_count_shared(first: Claim, second: Claim, units: frozenset[str]) -> bool:
    """True when every term both claims give is a figure or a word of a shared unit."""
    unit_words = {word for unit in units for word in unit.split()}
    shared = set(first.terms) & set(second.terms)
    return all(term[:1].isdigit() or term in unit_words for term in shared)


def _counted_in_subject(claim: Claim, head: str, units: frozenset[str]) -> bool:
    """True when a unit is written in the claim's subject after a head that is not the unit."""
    if any(inflects(unit, head) for unit in units):
        return False
    words = (subject_words(claim) or _before_irregular(claim)).split()
    after = words[words.index(head) + 1 :] if head in words else []
    return any(inflects(unit, word) for unit in units for word in after)


def times_of_two_ends(first: Claim, second: Claim) -> bool:
    """True when both claims give a clock time, one of a start and one of an end.

    "Voters began to cast their ballots at 8:00 am (0300 GMT)" and "booths were closed
    at 6:00 p.m. (1300 GMT)" time the opening and the closing of one vote: two acts,
    not one time the sources disagree on (:func:`~corrobora.reconcile.predicates.act_phase`).
    """
    if not _gives_clock(first) or not _gives_clock(second):
        return False
    phases = {act_phase(first.predicate, first.text), act_phase(second.predicate, second.text)}
    return phases == {"start", "end"}


def _gives_clock(claim: Claim) -> bool:
    """True when the claim gives a time of day ("13:00 GMT", "6 p.m. local time")."""
    return any(clock_unit(q.unit) for q in claim.quantities)


#: Words that open an object phrase and are none of its head ("the", "their", "some").
_DETERMINERS = frozenset(
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this",
        "these", "those", "some", "many", "several", "about", "nearly", "almost", "more",
        "than", "at", "least", "up", "to", "around",
    }
)  # fmt: skip
#: Words that end an object phrase besides those ending a subject's: a preposition of
#: place or time, or "to" ("set fire to the vehicle").
_OBJECT_ENDS = _HEAD_ENDS | frozenset(
    {"to", "across", "through", "during", "overnight", "as", "than", "off", "out", "down"}
)


@lru_cache(maxsize=8192)
def _object_head(claim: Claim) -> str:
    """The term its verb acts on: the head of the words right after the verb, or "".

    "thousand" of "forced thousands from their homes", "home" of "destroyed homes in
    Kelmarsh", "home" of "destroyed 40 homes"; "" when a preposition follows the verb
    ("escaped in another car"), the verb is not found, or the head is no term (a
    pronoun: "told them").
    """
    verb, *particles = claim.predicate.split(" ")
    part = next((p for p in re.split(r"[,;:]", claim.text.lower()) if _verb_at(verb, p) >= 0), "")
    words = _WORD.findall(part)
    at = _verb_at(verb, part)
    if at < 0 or (at and words[at - 1] in _FINITE):
        return ""  # "was fired Saturday": a passive verb has its object before it
    rest = words[at + 1 :]
    rest = rest[len(particles) :] if rest[: len(particles)] == particles else rest
    phrase: list[str] = []
    for word in rest:
        if word in _OBJECT_ENDS and (phrase or word not in _DETERMINERS):
            break
        if phrase or word not in _DETERMINERS:
            phrase.append(word)
    head = phrase[-1] if phrase else ""
    if (
        not head
        or head in _date_words(claim)
        or any(head in key.split() for key in claim.entity_keys)
    ):
        return ""  # a time ("fired Saturday") or a name is no thing acted on here
    return next((t for t in claim.terms if t and t != claim.predicate and inflects(t, head)), "")


def _verb_at(verb: str, text: str) -> int:
    """The place among the words of ``text`` of the first form of ``verb`` (-1 if none)."""
    words = _WORD.findall(text)
    return next((n for n, word in enumerate(words) if verb and inflects(verb, word)), -1)


def acts_on_other_things(first: Claim, second: Claim) -> bool:
    """True when one subject does two acts, in two verbs, on two different things.

    "A wildfire forced thousands from their homes" and "The wildfire destroyed homes in
    Kelmarsh" tell of one fire and name the homes, but the one acts on people, the
    other on the homes, which the first names only after a preposition (whence the
    people were forced): two acts. What one verb acts on must stand in the other claim
    in such another role, and what the other acts on nowhere in the first; a count
    both give is a statement in common ("destroyed 40 homes", "razed 40 houses"), and
    verbs of being or light verbs tell little of their object.
    """
    if not _other_acts(first, second) or _count_one_unit(first, second):
        return False
    if {first.predicate, second.predicate} & (_BEING_VERBS | _LIGHT_VERBS):
        return False
    head = _subject_head(first)
    if not head or head != _subject_head(second):
        return False
    left, right = _object_head(first), _object_head(second)
    if not left or not right or synonym_term(left) == synonym_term(right):
        return False
    return (_after_preposition(right, first) and left not in second.terms) or (
        _after_preposition(left, second) and right not in first.terms
    )


def quote_of_another_act(first: Claim, second: Claim) -> bool:
    """True when a quote counts what another act of its own did, not the other claim's act.

    '"The act served Venti well - it kept him out of prison for 30 years," said an
    expert' and "Venti was serving a 12-year sentence" share a name, a verb and a unit;
    but the quote uses "served" of something else and gives its figure of another verb,
    one the other claim never writes, in a count that differs: an opinion of another
    act, no support for the sentence (see :func:`_figure_of_other_verb`).
    """
    return any(
        quote.quoted and not other.quoted and _figure_of_other_verb(quote, other)
        for quote, other in ((first, second), (second, first))
    )


def _figure_of_other_verb(quote: Claim, other: Claim) -> bool:
    """True when ``quote`` writes ``other``'s verb, then its own, and its figure after both.

    Its own verb is none of ``other``'s words (nor their synonyms), and the two count
    one unit in no count in common.
    """
    own, theirs = quote.predicate, other.predicate
    if not own or not theirs or own == theirs or not _figures_differ(quote, other):
        return False
    if _names_act(other, own) or synonym_term(own) in {synonym_term(t) for t in other.terms}:
        return False
    text = quote.text.lower()
    at_own, at_theirs = _form_at(own, text), _form_at(theirs, text)
    if at_theirs < 0 or at_own <= at_theirs:
        return False
    units = values_by_unit(quote).keys() & values_by_unit(other).keys()
    return any(
        q.unit in units and len(_WORD.findall(text[: q.span.start - quote.span.start])) > at_own
        for q in quote.quantities
    )


def _form_at(verb: str, text: str) -> int:
    """The place among the words of ``text`` of the first form of ``verb``, irregular too."""
    lemma = verb.split(" ")[0]
    forms = IRREGULAR_FORMS.get(lemma, frozenset())
    words = _WORD.findall(text)
    return next((n for n, w in enumerate(words) if inflects(lemma, w) or w in forms), -1)


@lru_cache(maxsize=8192)
def named_after_verb(claim: Claim) -> frozenset[str]:
    """The names the claim writes after its verb, in the verb's own clause.

    "Voss has checked into rehab in Newport Beach, Calif." gives "newport beach": where,
    or on whom, the act was done. The source it is credited to is no such name.
    """
    lemma = claim.predicate.split(" ")[0]
    if not lemma:
        return frozenset()
    forms = IRREGULAR_FORMS.get(lemma, frozenset())
    text = claim.text.lower()
    verb = next(
        (m for m in _WORD.finditer(text) if inflects(lemma, m.group()) or m.group() in forms),
        None,
    )
    if verb is None:
        return frozenset()
    clause = re.split(r"[,;:]", text[verb.end() :], maxsplit=1)[0]
    speaker = claim.attribution.source_key if claim.attribution is not None else ""
    return frozenset(k for k in claim.entity_keys if k and k != speaker and _has_word(clause, k))


def places_acted_at(claims: Sequence[Claim]) -> dict[str, frozenset[str]]:
    """Each claim's names after its verb (:func:`named_after_verb`), by claim id.

    A claim that names nothing and whose subject is a pronoun takes those of the latest
    earlier claim of its article with its verb: "She checked in today" after "Voss has
    checked into rehab in Newport Beach" tells of the check-in at Newport Beach ("Nine
    wagons derailed" after "A train derailed near Holm" names its own subject, and
    tells no more of where).
    """
    places: dict[str, frozenset[str]] = {}
    latest: dict[tuple[str, str], frozenset[str]] = {}
    for claim in sorted(claims, key=lambda c: (c.article_id, c.span.start)):
        own = named_after_verb(claim)
        place = (claim.article_id, claim.predicate)
        if own:
            latest[place] = own
        elif not claim.entity_keys and subject_words(claim) in _PRONOUNS:
            own = latest.get(place, frozenset())
        places[claim.id] = own
    return places


#: Subjects that stand for a name told before them.
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})


def acts_at_other_places(
    first: Claim, second: Claim, places: Mapping[str, frozenset[str]] | None = None
) -> bool:
    """True when two claims tell one verb's act at, or on, two different named things.

    "Voss has checked into rehab in Newport Beach" and "the actress checked into the
    Betty Ford Center in Rancho Mirage" are two check-ins, not one told two ways: each
    names after the verb what the other never writes. ``places`` (claim id -> names,
    :func:`places_acted_at`) carries the names of an earlier sentence to one that
    names none ("She checked in today").
    """
    if not _same_act(first, second):
        return False
    places = places or {}
    left = places.get(first.id) or named_after_verb(first)
    right = places.get(second.id) or named_after_verb(second)
    if not left or not right or _words_of(left) & _words_of(right):
        return False
    return not _writes_any(second, left) and not _writes_any(first, right)


#: A name that owns, or is the place of, what is told: "the house of Lena Voss", "the
#: fire at the Voss farm", "Lena Voss's house" (a name after "in" is an area, which may
#: hold another's thing).
_THING_OF = r"\b(?:of|at)\s+(?:the\s+)?{key}\b|\b{key}['’]s?\b"


@lru_cache(maxsize=8192)
def _things_named(claim: Claim) -> frozenset[str]:
    """The names of what the claim's act is done to or at, not of who does or tells it.

    Those after its verb (:func:`named_after_verb`), its subject's in a passive ("the
    Dunmore chapel was damaged"), and names that own or place a thing ("the house of
    Lena Voss").
    """
    speaker = claim.attribution.source_key if claim.attribution is not None else ""
    text = claim.text.lower()
    owned = frozenset(
        key
        for key in claim.entity_keys
        if key and key != speaker and re.search(_THING_OF.format(key=re.escape(key)), text)
    )
    passive = _named_subjects(claim) if _passive(claim) else frozenset()
    return named_after_verb(claim) | passive | owned


def things_acted_on(claims: Sequence[Claim]) -> dict[str, frozenset[str]]:
    """The names a clause that names nothing takes from its sibling clauses, by claim id.

    A clause split from a sentence of several ("The chapel was damaged by fire, and
    investigators suspect arson") tells of what its siblings act on or at
    (:func:`_things_named`); claims that name something, or stand alone, are left out.
    """
    things: dict[str, frozenset[str]] = {}
    for siblings in _clauses_of_sentences(claims):
        for claim in siblings:
            if claim.entity_keys:
                continue
            taken = frozenset().union(*(_things_named(c) for c in siblings if c is not claim))
            if taken:
                things[claim.id] = taken
    return things


#: The most characters between two clauses split from one sentence (", and", "; but").
_CLAUSE_GAP = 12
#: What ends a sentence: a clause that ends so is no part of a longer one.
_SENTENCE_END = (".", "!", "?", '"', "”")


def _clauses_of_sentences(claims: Sequence[Claim]) -> list[list[Claim]]:
    """The runs of two or more claims split from one sentence, each in the text's order.

    Claims of one sentence follow each other closely, and none but the last ends it.
    """
    runs: list[list[Claim]] = []
    ordered = sorted(claims, key=lambda c: (c.article_id, c.span.start))
    for claim in ordered:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and last.article_id == claim.article_id
            and last.sentence == claim.sentence
            and 0 <= claim.span.start - last.span.end <= _CLAUSE_GAP
            and not last.text.rstrip().endswith(_SENTENCE_END)
        ):
            runs[-1].append(claim)
        else:
            runs.append([claim])
    return [run for run in runs if len(run) > 1]


def acts_on_other_named_things(
    first: Claim, second: Claim, things: Mapping[str, frozenset[str]]
) -> bool:
    """True when a split clause and another claim tell of acts on two different named things.

    "investigators suspect arson", split from "The Dunmore chapel was badly damaged by
    fire", and "arson was suspected in the burning of the house of Lena Voss" tell of
    two fires: the clause acts on what its siblings name (``things``,
    :func:`things_acted_on`), the other claim on a thing of its own or of its siblings,
    and neither writes a word of the other's.
    """
    if first.id not in things and second.id not in things:
        return False
    left = things.get(first.id) or _things_named(first)
    right = things.get(second.id) or _things_named(second)
    if not left or not right or _words_of(left) & _words_of(right):
        return False
    return not _writes_any(second, left) and not _writes_any(first, right)


#: A refusal to tell: "declined to say", "refused to comment", "would not say".
_REFUSAL = re.compile(
    r"\b(?:declin|refus)\w*\s+to\s+(?:\w+\s+)?(?:say|comment|discuss|confirm|disclose|reveal"
    r"|elaborate|speculate|answer|specify|identify|detail|tell)\b"
    r"|\b(?:would|will|could|did|does|do|wo)\s*(?:not|n['’]t)\s+(?:say|comment|discuss|confirm"
    r"|disclose|reveal|elaborate|speculate|specify|tell)\b"
)
#: Verbs of what a person knows: an act of the knower's own.
_KNOWING = frozenset({"know", "aware", "recall", "remember"})
#: What ends the clause of a refusal before another act: "would not comment -- but
#: confirmed ...".
_REFUSAL_ENDS = re.compile(r"[,;:()–—]|--|\bbut\b")


@lru_cache(maxsize=8192)
def _refuses_to_tell(claim: Claim) -> bool:
    """True when the claim's act is a refusal to tell ("declined to say whether ... had").

    The claim's verb stands in the refusal or in the clause it governs: "wouldn't comment
    -- but confirmed that he had been approached" tells a confirmation.
    """
    text = claim.text.lower()
    found = _REFUSAL.search(text)
    lemma = claim.predicate.split(" ")[0]
    if found is None or not lemma:
        return False
    forms = IRREGULAR_FORMS.get(lemma, frozenset())
    verb = next(
        (
            m
            for m in _WORD.finditer(text, found.start())
            if inflects(lemma, m.group()) or m.group() in forms
        ),
        None,
    )
    return verb is not None and _REFUSAL_ENDS.search(text, found.start(), verb.start()) is None


def refusal_and_other_act(first: Claim, second: Claim) -> bool:
    """True when one claim tells a refusal to tell, and the other does not.

    "The pastor declined to say whether the chapel had received threats" tells that
    nothing was said; "he did not know of any threats to the chapel" tells what one
    knew: two facts, whatever they share.
    """
    return _refuses_to_tell(first) != _refuses_to_tell(second)


def _own_act_doers(claim: Claim) -> frozenset[str]:
    """Who does the claim's own act of refusing or knowing: its named subject, else its source.

    "he did not know of any threats", credited to Chief Brandt, is Brandt's; none when
    the claim tells no such act, or its doer is unnamed.
    """
    if not _refuses_to_tell(claim) and claim.predicate not in _KNOWING:
        return frozenset()
    named = _named_subjects(claim)
    if named:
        return named
    source = claim.attribution.source_key if claim.attribution is not None else ""
    subject = set(_WORD.findall(subject_words(claim)))
    return frozenset({source}) if source and subject & _PRONOUNS else frozenset()


def own_acts_of_two_people(first: Claim, second: Claim) -> bool:
    """True when two named people each refuse to tell or know something: two acts.

    "Owen Lark declined to say whether threats were received" and "Mira Holt declined
    to say whether threats were received" are each one's refusal, not one fact.
    """
    left, right = _own_act_doers(first), _own_act_doers(second)
    return bool(left) and bool(right) and not _words_of(left) & _words_of(right)


def _words_of(keys: frozenset[str]) -> set[str]:
    """The words (of three letters or more) of some names."""
    return {w for key in keys for w in key.split() if len(w) >= 3}


def _writes_any(claim: Claim, keys: frozenset[str]) -> bool:
    """True when the claim writes a word (of three letters or more) of any of ``keys``."""
    text = claim.text.lower()
    return any(_has_word(text, w) for w in _words_of(keys))


#: Words of a conviction: a verdict or a record of one ("convictions for kidnapping").
_CONVICTION = re.compile(r"\bconvict(?:s|ed|ing|ion|ions)?\b|\bfound\s+guilty\b")
#: Words of an accusation not yet tried: an arrest, a charge, an arraignment, a plea.
_ACCUSATION = re.compile(
    r"\b(?:arrest|charg|arraign|indict|accus|plead|pled\b)[a-z]*", re.IGNORECASE
)


def conviction_and_charge(first: Claim, second: Claim) -> bool:
    """True when one claim tells of a conviction and the other of an accusation only.

    "Rook has a lengthy record, including convictions for kidnapping and attempted
    murder" and "Rook was arrested and will be arraigned on two counts of murder and one
    of kidnapping" share the man and the crimes; but a conviction (a verdict, or a
    record of past ones) is no support for a charge not yet tried, nor the other way
    round: two acts of the law, whatever crimes they name. A claim that tells both
    ("convicted of assault, he was arrested again") is left to the scores.
    """
    return any(
        _tells_conviction(one)
        and not _tells_accusation(one)
        and _tells_accusation(other)
        and not _tells_conviction(other)
        for one, other in ((first, second), (second, first))
    )


@lru_cache(maxsize=8192)
def _tells_conviction(claim: Claim) -> bool:
    """True when the claim writes a conviction ("convicted", "convictions", "found guilty")."""
    return _CONVICTION.search(claim.text.lower()) is not None


@lru_cache(maxsize=8192)
def _tells_accusation(claim: Claim) -> bool:
    """True when the claim writes an arrest, a charge, an arraignment or a plea."""
    return _ACCUSATION.search(claim.text) is not None


#: Words a state may stand after its count by: "millions of computers already compromised".
_COUNT_VERB_REACH = 4
#: Endings of a verb's participle next to a count ("affecting", "compromised").
_PARTICIPLE = re.compile(r"^([a-z]{3,}?)(?:ing|ed|d)$")
#: Marks that end the clause a count is told in.
_CLAUSE_END = re.compile(r"[,;:\"“”()]")


def sources_count_other_acts(first: Claim, second: Claim) -> bool:
    """True when two sources count one thing, one held possible, each by another verb.

    '"A flaw potentially affecting millions of computers," said an expert of one
    firm' and "researchers at another firm say millions of computers were already
    compromised" share the count and the flaw; but a reach one source holds possible
    is no support for what another says was done, in another verb: two statements
    of two speakers, not one fact two sources stand behind.
    """
    if {first.modality, second.modality} not in _HELD_AND_TOLD:
        return False
    left, right = _credited_to(first), _credited_to(second)
    if not left or not right or same_speaker(left, right):
        return False
    verbs_a, verbs_b = _count_verbs(first), _count_verbs(second)
    if not verbs_a or not verbs_b or verbs_a & verbs_b:
        return False
    return not _writes_stem(first, verbs_b) and not _writes_stem(second, verbs_a)


#: A possibility weighed against a firm or reported statement.
_HELD_AND_TOLD = (
    {Modality.POSSIBLE, Modality.ASSERTED},
    {Modality.POSSIBLE, Modality.REPORTED},
)


def _credited_to(claim: Claim) -> str:
    """The key of the source a claim's statement is credited to, else ""."""
    attribution = claim.attribution
    if attribution is None or not attribution.statement:
        return ""
    return attribution.source_key or ""


@lru_cache(maxsize=8192)
def _count_verbs(claim: Claim) -> frozenset[str]:
    """The stems of the verbs that act on the claim's counts, or that state them.

    The word just before a count, if a participle ("potentially affecting millions of
    computers" gives "affect"), and a participle that ends its clause close after it,
    with no verb of being or having between ("millions of computers already
    compromised" gives "compromis"; "four people had died" gives none: the count's own
    verb, not a state it is in). A person's age counts nothing.
    """
    text = claim.text.lower()
    stems: set[str] = set()
    for quantity in claim.quantities:
        if quantity.unit == AGE_UNIT:
            continue
        start = max(0, quantity.span.start - claim.span.start)
        end = max(start, quantity.span.end - claim.span.start)
        before = _CLAUSE_END.split(text[:start])[-1].split()[-1:]
        after = _CLAUSE_END.split(text[end:])[0].split()
        close = len(after) <= _COUNT_VERB_REACH and not set(after) & _BEING_AND_HAVING
        stated = after[-1:] if close else []
        for word in (*before, *stated):
            found = _PARTICIPLE.match(word.strip(".!?'’"))
            if found is not None:
                stems.add(found.group(1))
    return frozenset(stems)


#: Verbs of being and having: a participle after them is the count's own verb.
_BEING_AND_HAVING = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"}
)


def _writes_stem(claim: Claim, stems: frozenset[str]) -> bool:
    """True when a word of the claim begins with one of ``stems``."""
    return any(w.startswith(stem) for w in _WORD.findall(claim.text.lower()) for stem in stems)


def _after_preposition(term: str, claim: Claim) -> bool:
    """True when the claim writes ``term`` after a preposition ("from their homes")."""
    words = _WORD.findall(claim.text.lower())
    for n, word in enumerate(words):
        if not inflects(term, word):
            continue
        at = n - 1
        while at >= 0 and words[at] in _CLAUSE_OPENERS:
            at -= 1
        if at >= 0 and words[at] in _PREPOSITIONS:
            return True
    return False


#: Prepositions after which a noun names a place, a source or a part, not what is acted on.
_PREPOSITIONS = frozenset(
    {"from", "in", "into", "of", "on", "at", "near", "for", "with", "by", "across", "over"}
)
#: Verbs whose meaning lies in their object ("made progress", "took control").
_LIGHT_VERBS = frozenset({"do", "be", "have", "get", "go", "make", "take", "set", "put"})


def different_acts(first: Claim, second: Claim) -> bool:
    """True when two claims state different acts of one subject or of two rivals.

    Or one act of two named subjects in other figures, acts of two namesakes, an act
    and another act it is the background of, a denial of a thing and another act on
    it, a denial in a verb of denying and another act, when one forecasts an act and
    the other reports another act done, two forecasts of two acts, a denial and a
    thing it does not deny, a denial of another named part of a thing or of a rank, an
    act at a place the other left, two acts on one date, an act and its background's
    words, counts of other nouns' things, acts of two verbs on two things, a quote
    that counts what another act of its own did, a past conviction and a charge, or two
    sources' counts of one thing, one held possible, in two verbs, a refusal to tell
    and another act, or two named people's own refusals or knowledge.
    """
    return (
        different_acts_of_one_subject(first, second)
        or different_acts_of_one_thing(first, second)
        or different_acts_of_two_subjects(first, second)
        or same_act_of_other_subjects(first, second)
        or acts_of_namesakes(first, second)
        or act_and_its_background(first, second)
        or denies_what_other_acts_on(first, second)
        or denial_verb_and_other_act(first, second)
        or forecast_and_other_act(first, second)
        or predictions_of_other_acts(first, second)
        or denial_of_another_thing(first, second)
        or denial_of_another_scope(first, second)
        or denial_of_another_rank(first, second)
        or act_and_place_left(first, second)
        or other_acts_on_one_date(first, second)
        or shares_only_background(first, second)
        or counts_of_other_heads(first, second)
        or counts_of_other_nouns(first, second)
        or times_of_two_ends(first, second)
        or acts_on_other_things(first, second)
        or quote_of_another_act(first, second)
        or conviction_and_charge(first, second)
        or sources_count_other_acts(first, second)
        or refusal_and_other_act(first, second)
        or own_acts_of_two_people(first, second)
        or counts_of_a_part_and_a_whole(first, second)
    )


#: How many times the smaller count the larger must be to count the whole of a part.
_PART_OF_WHOLE = 2.0


def counts_of_a_part_and_a_whole(first: Claim, second: Claim) -> bool:
    """True when one claim counts things at a named place or owner, the other far more.

    "About 2,100 customers in Velmor bought bottles from the faulty lot" and "About
    18,000 customers bought bottles from the faulty lots" count a town's part and the
    whole: the larger count many times the smaller (:data:`_PART_OF_WHOLE`), of one
    unit, and only one count is of a named place or owner
    (:func:`~corrobora.reconcile.totals.count_owners`). A count that grows to date
    (:func:`~corrobora.reconcile.updates.done_to_date`) is no part.
    """
    if not first.quantities or not second.quantities:  # most pairs: nothing counted
        return False
    from .totals import count_owners  # read lazily: totals reads the figures' rules
    from .updates import done_to_date

    left, right = _plain_counts(first), _plain_counts(second)
    shared = left.keys() & right.keys()
    if not shared or bool(any(count_owners(first))) == bool(any(count_owners(second))):
        return False
    if done_to_date(first) or done_to_date(second):
        return False
    return all(max(left[u], right[u]) > _PART_OF_WHOLE * min(left[u], right[u]) > 0 for u in shared)


@lru_cache(maxsize=8192)
def _plain_counts(claim: Claim) -> Mapping[str, float]:
    """The claim's counts of things by unit, none a change or an earlier figure (cached)."""
    from .figures import claim_figures, counts_things, unit_kind  # read lazily, as above

    return {
        f.unit: abs(f.value)
        for f in claim_figures(claim)
        if f.unit and counts_things(unit_kind(f.unit)) and not (f.change or f.earlier or f.tally)
    }
