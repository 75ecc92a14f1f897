"""Two different acts of one named subject, however many names and words they share.

"The Dornland Data Protection Authority has fined Aurelis Airways over the breach" and
"The Dornland Data Protection Authority is investigating the breach" name one body, one
airline, one breach, and score as one statement; but a fine is no investigation, and a
report of the one is no support for the other (a false escalation must not read as
corroborated). Two claims are two acts when the same named subject stands before
each one's verb, the verbs are of different acts (:mod:`corrobora.reconcile.predicates`,
:mod:`corrobora.align.synonyms`), and neither verb is a word of the other claim.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..align.synonyms import synonym_term
from ..model import Claim
from .predicates import inflects, same_predicate_class

__all__ = ["different_acts_of_one_subject"]

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


def different_acts_of_one_subject(first: Claim, second: Claim) -> bool:
    """True when both claims tell what one named subject did, in two acts (see the module)."""
    if first.negated or second.negated or not first.predicate or not second.predicate:
        return False
    shared = set(first.entity_keys) & set(second.entity_keys)
    if not shared or same_predicate_class(first.predicate, second.predicate):
        return False
    if synonym_term(first.predicate) == synonym_term(second.predicate):
        return False
    if first.predicate in second.terms or second.predicate in first.terms:
        return False
    left = _subject_words(first.predicate, first.text)
    right = _subject_words(second.predicate, second.text)
    if not left or not right:
        return False
    return any(key in left and key in right for key in shared)
