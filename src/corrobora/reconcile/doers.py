"""Who does the act a wording denies, and who does it in the wording that affirms it.

"The three holdouts refused to deliberate" and "one holdout worked a crossword while
the panel deliberated" write one verb, denied in one and affirmed in the other, but
not of one doer: three members of a jury refusing does not deny that the jury as a
whole sat. The doer of a verb is read from the words right before it in its clause
(:func:`doer_words`); a denial whose doer is counted out of a group ("three holdouts",
"some of the senators") and names another thing than the affirming wording's doer
denies nothing that wording states (:func:`part_denies_other_doer`); nor does a denial
of what one named doer did or was deny it of another named doer ("Brandt has never been
a league coach" against "Vell is the third league coach fired this season";
:func:`named_doers_differ`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..align.synonyms import synonym_term
from ..model import Claim
from .predicates import inflects

__all__ = ["doer_words", "named_doers_differ", "part_denies_other_doer"]

_WORDS = re.compile(r"[a-z][a-z'\u2019-]*|\d[\d,.]*|[,;:()\u2013\u2014\"\u201c\u201d]")
#: Words that open a clause: the doer of a verb is written after the last of them.
_OPENERS = frozenset(
    {
        "that", "who", "which", "while", "when", "whereas", "as", "because", "after",
        "before", "and", "but", "or", "said", "says", "say", "told", "tells", "reported",
        "if", "since", "though", "although", "where", "until", "once",
    }
)  # fmt: skip
#: Words between a doer and its verb that deny, hedge or carry tense.
_AUXILIARIES = frozenset(
    {
        "not", "never", "no", "refused", "refuse", "refuses", "declined", "decline",
        "declines", "to", "did", "does", "do", "didn't", "doesn't", "don't", "had", "has",
        "have", "hadn't", "hasn't", "haven't", "was", "were", "is", "are", "will", "would",
        "could", "can", "cannot", "can't", "won't", "wouldn't", "couldn't", "may", "might",
        "should", "must", "also", "still", "even", "reportedly", "allegedly", "all",
        "wasn't", "weren't", "failed",
    }
)  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "these", "those"})
_PRONOUNS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "him", "them"}
)
#: Words that count a part out of a group: "three holdouts", "some of the jurors".
_PART = re.compile(
    r"^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"some|several|few|many|most|both|half|two-thirds)$"
)


@lru_cache(maxsize=8192)
def doer_words(text: str, verb: str) -> tuple[str, ...]:
    """The words of the doer written before the first form of ``verb`` in ``text``.

    They run back from the verb, past its auxiliaries and words of denial ("refused
    to", "did not"), to the start of its clause; none when the verb is not written or
    the clause names its doer by a pronoun.
    """
    words = _WORDS.findall(text.lower())
    at = next((n for n, word in enumerate(words) if inflects(verb, word)), None)
    if at is None:
        return ()
    before = words[:at]
    while before and before[-1] in _AUXILIARIES:
        before.pop()
    doer: list[str] = []
    for word in reversed(before):
        if word in _OPENERS or not word[0].isalnum():
            break
        doer.insert(0, word)
    doer = [word for word in doer if word not in _DETERMINERS]
    if not doer or doer[-1] in _PRONOUNS:
        return ()
    return tuple(doer)


def _one_word(a: str, b: str) -> bool:
    """True when two words are one noun, inflected or not ("holdout", "holdouts")."""
    return a == b or inflects(a, b) or inflects(b, a) or synonym_term(a) == synonym_term(b)


def part_denies_other_doer(denied: Claim, other: Claim) -> bool:
    """True when a part of a group denies the act the other wording tells of another doer.

    The denial's doer is counted ("the three holdouts", "some of the senators") and the
    other's doer shares no word with it: the part refusing leaves the other's act
    standing (see the module).
    """
    verb = denied.predicate.split(" ")[0]
    if not verb:
        return False
    part, whole = doer_words(denied.text, verb), doer_words(other.text, verb)
    if not part or not whole or not any(_PART.match(word) for word in part):
        return False
    return not any(_one_word(a, b) for a in part for b in whole)


def named_doers_differ(denied: Claim, other: Claim) -> bool:
    """True when each wording's subject is a name, and not one name.

    "Brandt has never been a league coach" says nothing of Vell, whom "Vell is the
    third league coach fired this season" tells of: the subjects (:func:`_leading_doer`)
    are names of the claims' entities, share no word and are no two words of one name
    ("Mara" and "Quill" of "Mara Quill"). A subject written as a pronoun or a common
    noun is left to the other rules.
    """
    verb = denied.predicate.split(" ")[0]
    mine, theirs = _leading_doer(denied.text, verb), _leading_doer(other.text, verb)
    if not (_named(mine, denied) and _named(theirs, other)):
        return False
    names = [set(key.split()) for key in (*denied.entity_keys, *other.entity_keys)]
    if any(name & set(mine) and name & set(theirs) for name in names):
        return False  # "Mara" and "Quill": two words of one name, "Mara Quill"
    return not set(mine) & set(theirs)


#: Forms of "be" that end a subject as the auxiliaries do ("is", "was" are among them).
_BE_FORMS = frozenset({"be", "been", "being", "am"})


def _leading_doer(text: str, verb: str) -> tuple[str, ...]:
    """The words of the subject of the first verb of ``text``'s last clause before it.

    The words run from the last opener of a clause ("said", "that") up to the first
    auxiliary, copula or form of ``verb``; none when no such word comes, or the subject
    is a pronoun.
    """
    doer: list[str] = []
    for written in _WORDS.findall(text.lower().replace("\u2019", "'")):
        word = written.strip("'")
        if word in _AUXILIARIES or word in _BE_FORMS or (verb and inflects(verb, word)):
            break
        if word in _OPENERS or not word[0].isalnum():
            doer = []
            continue
        doer.append(word)
    else:
        return ()
    doer = [word for word in doer if word not in _DETERMINERS]
    return () if not doer or doer[-1] in _PRONOUNS else tuple(doer)


def _named(words: tuple[str, ...], claim: Claim) -> bool:
    """True when ``words`` name someone or something, as a name or capitalised words.

    A name the claim's entities hold, or words all written capitalised, two or more of
    them or past the claim's first word ("However, Harbour Lights 2 doesn't", "Night
    Orchard has"), which the recognizer may have missed.
    """
    names = {part for key in claim.entity_keys for part in key.split()}
    if any(word in names for word in words):
        return True
    found = re.search(r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b", claim.text, re.I)
    if found is None or not all(w[:1].isupper() or w[:1].isdigit() for w in found.group().split()):
        return False
    return len(words) >= 2 or found.start() > 0
